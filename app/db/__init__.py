"""The store: opening the database file, migrations, and SQLite-specific pieces."""

from app.db.store import Store, StoreError, open_store

__all__ = ["Store", "StoreError", "open_store"]
