"""Assistance cases and their PDF summary. Model: app/models/assistance.py."""
