"""The knowledge base: vetted articles and checklists (see service.py)."""
