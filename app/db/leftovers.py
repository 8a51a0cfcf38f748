"""Files a killed backup, restore, migration or set-up leaves behind, removed at the
next start.

Every such file is written under a temporary name and renamed only when complete, so a
kill never damages the database or a finished backup; it only leaves the temporary
file, which can be as large as the database:

- ``<backup>.part`` (and its ``-journal``): a backup or its key file being written,
  beside the database, in ``backups/``, or a backup made before a migration;
- ``<db>.keys.<process>.<random>.part``: the key file being saved;
- ``<db>.restoring``, ``<db>.restoring.part``: a restore's copy of the backup;
- ``<db>.encrypting``: an old plain database's encrypted copy;
- ``<db>.setup.part``: a new database before it takes its name;
- ``backups/<backup>.keys`` without its backup: a backup killed after its key file.

:func:`remove_leftovers` runs when a database is opened with the single-instance lock
(the app's start, a restore, a set-up). The files only ever written under that lock go
at once; the others (a backup made by a command, a key file saved by a login) only
when nobody has written them for :data:`STALE_AFTER`, so a backup being made meanwhile
is not cut off. ``<db>.setup.part`` stays while it is needed to finish an interrupted
set-up (its key file is there and the database is not).
"""

from __future__ import annotations

import glob
import logging
import time
from pathlib import Path

from app.db.names import keys_file

log = logging.getLogger("app.db")

STALE_AFTER = 120.0
"""Seconds without a write after which a temporary file has no writer left."""

_UNDER_LOCK = (".restoring", ".restoring.part", ".encrypting", ".setup.part")
"""Temporary files only written while the single-instance lock is held."""

_SIDES = ("", "-journal", "-wal", "-shm")


def _kind(db_name: str, name: str) -> str | None:
    """"lock" (written under the lock only), "any" (by any process), or None (not a
    temporary file of this database)."""
    if not name.startswith(db_name + "."):
        return None
    rest = name[len(db_name):]
    for side in _SIDES:
        for suffix in _UNDER_LOCK:
            if rest == suffix + side:
                return "lock"
    if any(name.endswith(".part" + side) for side in _SIDES):
        return "any"
    return None


def find_leftovers(db_path: Path) -> list[tuple[Path, str]]:
    """The temporary files of ``db_path`` beside it and in its ``backups`` folder, each
    with its kind (see :func:`_kind`); and in ``backups`` a backup's key file whose
    backup was never written (the key file is copied first)."""
    db_path = Path(db_path)
    found: list[tuple[Path, str]] = []
    for folder in (db_path.parent, db_path.parent / "backups"):
        if not folder.is_dir():
            continue
        for p in folder.glob(glob.escape(db_path.name) + ".*"):
            kind = _kind(db_path.name, p.name)
            if kind is None and folder.name == "backups" and p.name.endswith(".backup.keys") \
                    and not p.with_name(p.name[:-len(".keys")]).exists():
                kind = "any"
            if kind is not None and p.is_file():
                found.append((p, kind))
    return sorted(found)


def _setup_witness(db_path: Path) -> bool:
    """Whether ``<db>.setup.part`` is still needed to finish an interrupted set-up."""
    return keys_file(db_path).is_file() and not (
        db_path.exists() and db_path.stat().st_size > 0)


def remove_leftovers(db_path: Path, *, now: float | None = None) -> list[Path]:
    """Remove the temporary files left by killed backups, restores, migrations and
    set-ups of ``db_path`` (the caller holds its single-instance lock); returns them.
    What was removed is logged (names and sizes only)."""
    db_path = Path(db_path)
    now = time.time() if now is None else now
    keep_setup = _setup_witness(db_path)
    removed: list[Path] = []
    size = 0
    for p, kind in find_leftovers(db_path):
        if keep_setup and p.name.startswith(db_path.name + ".setup.part"):
            continue
        try:
            stat = p.stat()
            if kind == "any" and now - stat.st_mtime < STALE_AFTER:
                continue  # perhaps being written right now
            p.unlink()
        except OSError:  # gone meanwhile, or in use (Windows)
            continue
        removed.append(p)
        size += stat.st_size
    if removed:
        log.warning("removed %d file(s) left by an interrupted backup, restore or set-up "
                    "(%d bytes): %s", len(removed), size,
                    ", ".join(sorted(p.name for p in removed)))
    return removed
