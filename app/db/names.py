"""The names of the files that belong to a database, and whether a file is an
unencrypted database, without importing anything heavy (the login screen asks before
the database layer and its driver are loaded)."""

from __future__ import annotations

from pathlib import Path


def keys_file(db_path: Path | str) -> Path:
    """The key file beside the database: the database key wrapped per user."""
    db_path = Path(db_path)
    return db_path.with_name(db_path.name + ".keys")


SQLITE_HEADER = b"SQLite format 3\x00"
"""The first bytes of an unencrypted SQLite file (an encrypted one's look random)."""


def is_plain_database(path: Path) -> bool:
    """Whether ``path`` is an unencrypted SQLite file (by its header)."""
    try:
        with path.open("rb") as f:
            return f.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except OSError:
        return False
