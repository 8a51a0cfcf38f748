"""The store: opening the database file, migrations, and SQLite-specific pieces."""

from app.db.store import (
    AlreadyOpenError,
    Store,
    StoreError,
    WrongKeyError,
    open_store,
    register_check,
)

__all__ = [
    "AlreadyOpenError", "Store", "StoreError", "WrongKeyError", "open_store", "register_check",
]
