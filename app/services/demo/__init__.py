"""Fictional demo data: contacts and cases (data), quality reviews (quality)."""
