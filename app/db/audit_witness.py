"""Witnesses of the audit log's newest entry, kept outside the database.

The database keeps its newest audit entry's number and hash in ``audit_head``. Someone
with the database key can still remove entries from the end and set that row to the
new last entry (dropping the triggers that refuse it and making them again): the chain
that is left is sound. What they do not reach as easily is a copy of the head kept
somewhere else, a **witness** ``{"seq", "hash", "at"}``:

- the key file beside the database (``audit_head``), written at moments that cost
  nothing noticeable: a login, a logout or lock, and before each backup; never per entry;
- each backup's copy of the key file (``<backup>.keys``), as it was at that backup;
- each partner site: every sync file carries the sender's head, the partner keeps the
  last ones it received and sends them back in its own files
  (:mod:`app.services.audit.log`).

``infoline check`` compares each witness with the log: a witness ahead of the log means
entries were removed from its end; a witness whose entry has another hash means the
log was rewritten. A witness is never moved on past a log that contradicts it, so a
login after the damage does not wipe the evidence. A restore of an older backup
removes entries on purpose: it notes its time in the key file, and witnesses written
before it are not compared any more.
"""

from __future__ import annotations

import json
import logging
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Protocol

from app.db import sqlite as sqlite_store
from app.db.backup_files import list_backups
from app.db.keyring import Keyring, KeyringError

log = logging.getLogger("app.db")

KEY = "audit_head"
"""The witness's field in the key file."""
RESTORED_KEY = "audit_restored_at"
"""When the database was last replaced by a backup (key file field, ISO 8601 UTC)."""

_HASH = re.compile(r"^[0-9a-f]{64}$")
_MAX_SEQ = (1 << 63) - 1


class _Connection(Protocol):
    def execute(self, sql: str, params: tuple[Any, ...] = ..., /) -> Any: ...


@dataclass(frozen=True)
class Witness:
    """The newest audit entry as seen at ``at``: its number and hash."""

    seq: int
    hash: str
    at: datetime

    def to_json(self) -> dict[str, Any]:
        return {"seq": self.seq, "hash": self.hash,
                "at": self.at.astimezone(UTC).isoformat()}

    @classmethod
    def from_json(cls, value: object) -> Witness | None:
        """The witness in ``value``, or None when it is not one (absent or malformed)."""
        if not isinstance(value, dict):
            return None
        seq, digest, at = value.get("seq"), value.get("hash"), value.get("at")
        if type(seq) is not int or not 0 < seq <= _MAX_SEQ:
            return None
        if not isinstance(digest, str) or not _HASH.match(digest):
            return None
        when = _time(at)
        return None if when is None else cls(seq, digest, when)

    def when(self) -> str:
        return self.at.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC")


def _time(value: object) -> datetime | None:
    if not isinstance(value, str) or len(value) > 40:
        return None
    try:
        when = datetime.fromisoformat(value)
    except ValueError:
        return None
    return when if when.tzinfo else when.replace(tzinfo=UTC)


# -- the log's side ------------------------------------------------------------------------


def head_of(conn: _Connection, now: datetime | None = None) -> Witness | None:
    """The newest entry of the log as a witness, None when the log is empty."""
    row = conn.execute("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
    if row is None:
        return None
    return Witness(int(row[0]), str(row[1]), now or datetime.now(UTC))


def compare(conn: _Connection, witness: Witness, source: str) -> list[str]:
    """What ``witness`` (kept by ``source``: "the key file", "partner X" …) says is
    missing from the log; empty when the log still holds the entry it saw."""
    row = conn.execute("SELECT seq FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
    last = int(row[0]) if row else 0
    if witness.seq > last:
        gap = (f"entry {witness.seq}" if witness.seq == last + 1
               else f"entries {last + 1} to {witness.seq}")
        return [f"audit log: {gap} removed from the end ({source} recorded entry "
                f"{witness.seq} as the newest on {witness.when()})"]
    row = conn.execute("SELECT hash FROM audit_log WHERE seq = ?", (witness.seq,)).fetchone()
    if row is not None and row[0] != witness.hash:
        return [f"audit log: entry {witness.seq} is not the one {source} recorded on "
                f"{witness.when()} (entries were removed and others written in their place)"]
    return []  # a missing entry in the middle: the chain check reports it


# -- the key file ------------------------------------------------------------------------


def _raw(ring: Keyring) -> dict[str, Any]:
    return ring.fields(KEY, RESTORED_KEY)


def restored_at(ring: Keyring) -> datetime | None:
    return _time(_raw(ring).get(RESTORED_KEY))


def record(db_path: Path, conn: _Connection, ring: Keyring | None = None) -> bool:
    """Write the log's head to the key file of ``db_path`` (read through ``conn``, a
    connection to that database); False when nothing was written: no key file, an
    empty log, or a witness there that the log contradicts (kept as evidence)."""
    try:
        ring = ring or (Keyring.load(db_path) if Keyring.exists(db_path) else None)
        if ring is None:
            return False
        fields = _raw(ring)
        old = Witness.from_json(fields.get(KEY))
        head = head_of(conn)
        if head is None:
            return False
        if old is not None and compare(conn, old, "the key file"):
            log.warning("the audit log contradicts the head recorded in the key file; "
                        "the record is kept (infoline check reports it)")
            return False
        return ring.set_fields({KEY: head.to_json()}, expect={KEY: fields.get(KEY)})
    except (OSError, KeyringError) as exc:  # a witness must never stop a login or a backup
        log.warning("the audit log's head could not be written to the key file (%s)",
                    type(exc).__name__)
        return False


def record_store(store: Any) -> bool:
    """:func:`record` for an open :class:`app.db.Store`."""
    with store.engine.connect() as conn:
        driver = conn.connection.driver_connection
        try:
            return record(store.path, driver)
        finally:
            conn.rollback()


def after_restore(db_path: Path, key: bytes | None) -> None:
    """The database was replaced by a backup: the key file's witness becomes the
    restored log's head, and the time of the restore is noted (older witnesses then
    describe entries the restore removed on purpose)."""
    if not Keyring.exists(db_path):
        return
    try:
        ring = Keyring.load(db_path)
        conn = sqlite_store.connect(db_path, key)
        try:
            head = head_of(conn)
        finally:
            conn.close()
        fields = _raw(ring)
        now = datetime.now(UTC)
        ring.set_fields({KEY: head.to_json() if head else None,
                         RESTORED_KEY: now.isoformat()},
                        expect=fields)
    except (OSError, KeyringError, sqlite_store.DatabaseError) as exc:
        log.warning("the restore could not be noted in the key file (%s)",
                    type(exc).__name__)


# -- infoline check ------------------------------------------------------------------------


def _witness_in_file(path: Path) -> Witness | None:
    """The witness in a copy of the key file (beside a backup); None when there is none
    or the file cannot be read (the backup's own checks say so)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError):
        return None
    return Witness.from_json(data.get(KEY)) if isinstance(data, dict) else None


def file_problems(db_path: Path, conn: _Connection) -> list[str]:
    """The witnesses of the key file and of each backup in the backups folder,
    compared with the log (``conn``: a connection to the database)."""
    problems: list[str] = []
    since: datetime | None = None
    if Keyring.exists(db_path):
        try:
            ring = Keyring.load(db_path)
        except KeyringError:
            ring = None  # the login already said what is wrong with it
        if ring is not None:
            since = restored_at(ring)
            own = Witness.from_json(_raw(ring).get(KEY))
            if own is not None:
                problems += compare(conn, own, "the key file")
    for backup in list_backups(db_path):
        witness = _witness_in_file(backup.keys_path)
        if witness is None or (since is not None and witness.at < since):
            continue
        problems += compare(conn, witness, f"the backup {backup.path.name}")
    return problems


def restore_time(db_path: Path) -> datetime | None:
    """When the database was last replaced by a backup, from its key file."""
    if not Keyring.exists(db_path):
        return None
    try:
        return restored_at(Keyring.load(db_path))
    except KeyringError:
        return None
