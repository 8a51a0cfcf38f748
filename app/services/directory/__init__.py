"""The directory of contacts abroad and its CSV/XLSX files. Model:
app/models/directory.py."""
