"""The store: opening the database file, migrations, and SQLite-specific pieces.

The names below are loaded on first use, so that importing a light part of the
package (the key file, the errors) does not import SQLAlchemy.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app.db.errors import AlreadyOpenError, BusyError, StoreError, WrongKeyError

if TYPE_CHECKING:
    from app.db.store import Store, open_store, register_check

__all__ = [
    "AlreadyOpenError", "BusyError", "Store", "StoreError", "WrongKeyError", "open_store",
    "register_check",
]

_FROM_STORE = frozenset({"Store", "open_store", "register_check"})


def __getattr__(name: str) -> Any:
    if name in _FROM_STORE:
        from app.db import store

        return getattr(store, name)
    raise AttributeError(f"module 'app.db' has no attribute {name!r}")
