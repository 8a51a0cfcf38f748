"""The backups' files in the backups folder beside a database: their names, which say
whose backup each is, when it was taken and why, and the key file beside each. Apart
from making and restoring backups (app.db.backup), so that what checks the audit log's
witnesses in them (app.db.audit_witness) can list them without the backup machinery."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

FOLDER = "backups"
SUFFIX = ".backup"
AUTOMATIC = frozenset({"daily", "exit"})
"""Reasons whose backups rotate; the others (manual, before-restore, …) stay."""

_NAME = re.compile(r"^(?P<db>.+)\.(?P<stamp>\d{8}T\d{6}\d{0,6}Z)\.(?P<reason>[a-z-]+)"
                   + re.escape(SUFFIX) + "$")
_STAMP = "%Y%m%dT%H%M%S%fZ"


@dataclass(frozen=True)
class BackupFile:
    path: Path
    db_name: str
    taken_at: datetime  # UTC
    reason: str

    @property
    def keys_path(self) -> Path:
        return keys_path_for(self.path)


def folder_for(db_path: Path) -> Path:
    return Path(db_path).parent / FOLDER


def keys_path_for(backup: Path) -> Path:
    return backup.with_name(backup.name + ".keys")


def backup_name(db_path: Path, when: datetime, reason: str) -> str:
    if not re.fullmatch(r"[a-z-]+", reason):
        raise ValueError(f"backup reason {reason!r}: lowercase letters and dashes")
    return f"{db_path.name}.{when.astimezone(UTC).strftime(_STAMP)}.{reason}{SUFFIX}"


def parse(path: Path) -> BackupFile | None:
    m = _NAME.match(path.name)
    if m is None:
        return None
    stamp = m["stamp"]
    digits = stamp[:-1]
    fmt = "%Y%m%dT%H%M%S%f" if len(digits) > 15 else "%Y%m%dT%H%M%S"
    try:
        when = datetime.strptime(digits, fmt).replace(tzinfo=UTC)
    except ValueError:
        return None
    return BackupFile(path, m["db"], when, m["reason"])


def list_backups(db_path: Path) -> list[BackupFile]:
    """The backups of ``db_path`` in its backups folder, newest first."""
    db_path = Path(db_path)
    folder = folder_for(db_path)
    if not folder.is_dir():
        return []
    found = [b for p in folder.glob(f"*{SUFFIX}")
             if (b := parse(p)) is not None and b.db_name == db_path.name]
    return sorted(found, key=lambda b: b.taken_at, reverse=True)
