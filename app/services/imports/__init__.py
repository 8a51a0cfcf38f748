"""Importing a legacy spreadsheet of contacts (docs/import.md). Model:
app/models/imports.py."""
