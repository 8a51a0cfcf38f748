"""Infoline Desk: the desk application of a safe-migration and anti-trafficking infoline."""

__version__ = "0.1.0"
