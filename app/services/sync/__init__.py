"""Sync between sites by exported files (docs/sync-format.md)."""
