"""The names of the files that belong to a database, without importing anything heavy
(the login screen asks for them before the database layer is loaded)."""

from __future__ import annotations

from pathlib import Path


def keys_file(db_path: Path | str) -> Path:
    """The key file beside the database: the database key wrapped per user."""
    db_path = Path(db_path)
    return db_path.with_name(db_path.name + ".keys")
