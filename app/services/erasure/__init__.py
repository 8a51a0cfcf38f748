"""Erasing a person's data on request (docs/security.md)."""
