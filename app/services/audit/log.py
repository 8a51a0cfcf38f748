"""The audit log: appending, reading with filters, and checking the hash chain.

The entries and their chain are defined in app/models/audit.py, which also logs every
created, changed or deleted record as it is saved. This module adds the named events
(logins, views of assistance cases, prints, exports, imports, erasures, account
changes), the read API of the audit screen and :func:`verify_chain`, which
``infoline check`` runs, with :func:`protection_problems` (the triggers that refuse
changes, as migration 0007 made them) and :func:`witness_problems` (the log's newest
entry as the key file, the backups and the partner sites last saw it; see
app/db/audit_witness.py).

Actions in use (``object_kind`` in brackets):

- ``login``, ``login_failed``, ``logout``, ``lock``, ``unlock``, ``unlock_failed``,
  ``recovery_unlock`` (``user``);
- ``create``, ``change``, ``delete`` (the record's table: ``contact``,
  ``assistance_case``, ``directory_entry``, ``review``…), details ``fields`` for a change;
- ``view`` (``assistance_case``), ``print`` (``assistance_case``);
- ``export`` (``statistics``, ``report``, ``quality_dashboard``, ``directory``, ``sync``),
  ``import`` (``legacy_contacts``, ``directory``, ``sync``), ``erase``;
- ``account_create``, ``account_role``, ``account_deactivate``, ``account_reactivate``,
  ``password_reset``, ``password_change`` (``user``), ``setup``, ``demo_generate``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.db import Store, audit_witness, register_check
from app.db.audit_witness import Witness
from app.models import AuditEntry, AuditHead, Setting
from app.models.audit import GENESIS, append, bulk, entry_hash
from app.services.audit.names import RecordName, record_names
from app.services.permissions import require, role_of

__all__ = [
    "AuditQuery",
    "AuditRow",
    "AuditService",
    "append",
    "bulk",
    "check_store",
    "partner_manifest",
    "protection_problems",
    "received_from_partner",
    "record",
    "verify_chain",
    "witness_problems",
]

PAGE_SIZE = 200


@dataclass(frozen=True)
class AuditRow:
    seq: int
    at: datetime
    site_id: str
    user_id: str | None
    username: str
    action: str
    object_kind: str | None
    object_id: str | None
    details: dict[str, Any]


@dataclass(frozen=True)
class AuditQuery:
    """Filters of the audit screen; None means any. ``end`` is exclusive."""

    start: datetime | None = None
    end: datetime | None = None
    user_id: str | None = None
    username: str | None = None
    action: str | None = None
    object_kind: str | None = None
    object_id: str | None = None


def _row(e: AuditEntry) -> AuditRow:
    return AuditRow(e.seq, e.at, e.site_id, e.user_id, e.username, e.action, e.object_kind,
                    e.object_id, dict(e.details or {}))


def record(store: Store, action: str, *, user_id: str | None,
           object_kind: str | None = None, object_id: str | None = None,
           details: Mapping[str, Any] | None = None, username: str | None = None) -> None:
    """Append one entry in a transaction of its own (for events that change nothing
    else: a view, an export, a login)."""
    with store.session() as s:
        append(s, action, user_id=user_id, object_kind=object_kind, object_id=object_id,
               details=details, username=username)


def verify_chain(session: Session) -> list[str]:
    """What is wrong with the audit log's chain: an entry changed, removed or slipped in
    since it was written. Empty when the log is intact."""
    problems: list[str] = []
    expected, prev = 1, GENESIS
    last: AuditEntry | None = None
    for entry in session.scalars(select(AuditEntry).order_by(AuditEntry.seq)):
        if entry.seq != expected:
            if entry.seq > expected:
                gap = (f"entry {expected}" if entry.seq == expected + 1
                       else f"entries {expected} to {entry.seq - 1}")
                problems.append(f"audit log: {gap} removed")
            else:  # pragma: no cover - the primary key keeps seq unique and ordered
                problems.append(f"audit log: entry {entry.seq} out of order")
        elif entry.prev_hash != prev:
            problems.append(f"audit log: entry {entry.seq} does not follow entry "
                            f"{entry.seq - 1} (an entry was changed or slipped in)")
        if entry_hash(entry.prev_hash, entry) != entry.hash:
            problems.append(f"audit log: entry {entry.seq} was changed after it was written")
        expected, prev, last = entry.seq + 1, entry.hash, entry
    head = session.scalar(select(AuditHead).where(AuditHead.id == 1))
    if last is None:
        if head is not None:
            problems.append(f"audit log: all {head.seq} entries removed")
        return problems
    if head is None:
        problems.append("audit log: the record of its newest entry is missing")
    elif head.seq > last.seq:
        gap = (f"entry {head.seq}" if head.seq == last.seq + 1
               else f"entries {last.seq + 1} to {head.seq}")
        problems.append(f"audit log: {gap} removed from the end")
    elif head.seq < last.seq:
        problems.append(f"audit log: entries after {head.seq} were added behind the app's back")
    elif head.hash != last.hash:
        problems.append(f"audit log: entry {last.seq} was replaced")
    return problems


def check_store(store: Store) -> list[str]:
    """The audit part of ``infoline check``."""
    with store.sessions() as s:
        return verify_chain(s)


# -- what protects the log -----------------------------------------------------------------

_REFUSAL = "SELECT RAISE(ABORT, 'the audit log is append-only'); END"
PROTECTION: dict[str, tuple[str, str]] = {
    "audit_log_no_update": ("audit_log", "CREATE TRIGGER audit_log_no_update BEFORE UPDATE "
                            f"ON audit_log BEGIN {_REFUSAL}"),
    "audit_log_no_delete": ("audit_log", "CREATE TRIGGER audit_log_no_delete BEFORE DELETE "
                            f"ON audit_log BEGIN {_REFUSAL}"),
    "audit_head_no_delete": ("audit_head", "CREATE TRIGGER audit_head_no_delete BEFORE "
                             f"DELETE ON audit_head BEGIN {_REFUSAL}"),
}
"""The triggers migration 0007 makes, by name: their table and SQL (a test checks that
a migrated database holds exactly these)."""
COLUMNS: dict[str, list[tuple[str, str, int, int]]] = {
    "audit_log": [("seq", "INTEGER", 1, 1), ("at", "DATETIME", 1, 0),
                  ("site_id", "VARCHAR(36)", 1, 0), ("user_id", "VARCHAR(36)", 0, 0),
                  ("username", "VARCHAR(64)", 1, 0), ("action", "VARCHAR(40)", 1, 0),
                  ("object_kind", "VARCHAR(40)", 0, 0), ("object_id", "VARCHAR(64)", 0, 0),
                  ("details", "JSON", 1, 0), ("prev_hash", "VARCHAR(64)", 1, 0),
                  ("hash", "VARCHAR(64)", 1, 0)],
    "audit_head": [("id", "INTEGER", 1, 1), ("seq", "INTEGER", 1, 0),
                   ("hash", "VARCHAR(64)", 1, 0)],
}
"""The log's tables as migration 0007 makes them: (name, type, not null, primary key)."""


def _sql(text: object) -> str:
    return " ".join(str(text or "").split())


def protection_problems(store: Store) -> list[str]:
    """The triggers that refuse changing or removing entries, and the log's tables,
    compared with what the migrations make: a trigger missing or changed, a trigger
    added on the log's tables (one that silently drops new entries, say), a column
    changed. Empty when all is as the migrations left it."""
    problems: list[str] = []
    with store.engine.connect() as conn:
        triggers = {str(name): (str(table), _sql(sql)) for name, table, sql in
                    conn.exec_driver_sql("SELECT name, tbl_name, sql FROM sqlite_master "
                                         "WHERE type = 'trigger'")}
        columns = {t: [(str(r[1]), str(r[2]).upper(), int(r[3]), int(r[5])) for r in
                       conn.exec_driver_sql(f"PRAGMA table_info({t})")] for t in COLUMNS}
        conn.rollback()
    for name, (table, sql) in PROTECTION.items():
        found = triggers.get(name)
        if found is None:
            problems.append(f"audit log: the trigger {name} that protects {table} is "
                            "missing (entries can be changed or removed unnoticed)")
        elif found != (table, _sql(sql)):
            problems.append(f"audit log: the trigger {name} that protects {table} is not "
                            "the one the app made")
    watched = re.compile(r"\b(audit_log|audit_head)\b", re.IGNORECASE)
    for name, (table, sql) in sorted(triggers.items()):
        if name not in PROTECTION and (table in COLUMNS or watched.search(sql)):
            problems.append(f"audit log: a trigger the app did not make ({name[:60]}) acts "
                            f"on {table if table in COLUMNS else 'the audit log'}")
    for table, expected in COLUMNS.items():
        if not columns[table]:
            problems.append(f"audit log: the table {table} is missing")
        elif columns[table] != expected:
            problems.append(f"audit log: the table {table} is not as the app made it")
    return problems


# -- witnesses of the newest entry -----------------------------------------------------------

MAX_PARTNER_HEADS = 10
"""Heads of a partner's log kept (and sent back to it) per partner, newest last."""
_RECEIVED = "audit_heads_received/"
"""Setting (+ partner's site id): the partner's heads as its files carried them."""
_RETURNED = "audit_heads_returned/"
"""Setting (+ partner's site id): this site's heads as the partner sent them back."""


def _driver(session: Session) -> Any:
    """The driver's own connection of ``session`` (plain SQL, ``?`` parameters)."""
    return session.connection().connection.driver_connection


def _witness_list(value: object) -> list[Witness]:
    if not isinstance(value, list):
        return []
    return [w for w in (Witness.from_json(v) for v in value) if w is not None]


def partner_manifest(session: Session, partner_site_id: str) -> dict[str, Any]:
    """Fields for the manifest of a file to a partner: this log's head
    (``audit_head``), and this partner's heads as received here
    (``your_audit_heads``), which it compares with its own log."""
    fields: dict[str, Any] = {}
    head = audit_witness.head_of(_driver(session))
    if head is not None:
        fields["audit_head"] = head.to_json()
    theirs = _witness_list(session.scalar(
        select(Setting.value).where(Setting.key == _RECEIVED + partner_site_id)))
    if theirs:
        fields["your_audit_heads"] = [w.to_json() for w in theirs]
    return fields


def received_from_partner(session: Session, partner_site_id: str,
                          manifest: Mapping[str, Any]) -> None:
    """Keep what a partner's file said of the logs: its head (kept here, sent back in
    the files to it) and this site's heads as it received them (compared by
    ``infoline check``). Both are optional (files of older versions have neither);
    ValueError when present but malformed."""
    head = manifest.get("audit_head")
    theirs = Witness.from_json(head)
    if head is not None and theirs is None:
        raise ValueError("the manifest's audit head is malformed")
    returned = manifest.get("your_audit_heads")
    ours = _witness_list(returned)
    if returned is not None and (not isinstance(returned, list) or
                                 len(returned) > MAX_PARTNER_HEADS or
                                 len(ours) != len(returned)):
        raise ValueError("the manifest's list of this site's audit heads is malformed")
    if theirs is not None:
        row = session.get(Setting, _RECEIVED + partner_site_id)
        kept = [w for w in _witness_list(row.value if row else None)
                if (w.seq, w.hash) != (theirs.seq, theirs.hash)]
        value = [w.to_json() for w in [*kept, theirs][-MAX_PARTNER_HEADS:]]
        if row is None:
            session.add(Setting(key=_RECEIVED + partner_site_id, value=value))
        else:
            row.value = value
    if returned is not None:
        row = session.get(Setting, _RETURNED + partner_site_id)
        value = [w.to_json() for w in ours]
        if row is None:
            session.add(Setting(key=_RETURNED + partner_site_id, value=value))
        else:
            row.value = value


def witness_problems(store: Store) -> list[str]:
    """The log's newest entry as the key file, each backup and each partner last saw
    it, compared with the log: entries removed from the end, or the log rewritten."""
    from app.models.sync import SyncPeer

    since = audit_witness.restore_time(store.path)
    with store.sessions() as s:
        conn = _driver(s)
        problems = audit_witness.file_problems(store.path, conn)
        names = {p.site_id: p.name for p in s.scalars(select(SyncPeer))}
        for row in s.scalars(select(Setting).where(Setting.key.startswith(_RETURNED))):
            site = row.key[len(_RETURNED):]
            source = f"partner {names.get(site, site)}"
            for witness in reversed(_witness_list(row.value)):  # newest first
                found = [] if since is not None and witness.at < since else \
                    audit_witness.compare(conn, witness, source)
                if found:  # one line per partner is enough
                    problems += found
                    break
    return problems


class AuditService:
    """Reading the audit log (administrators), and the events the user interface logs
    itself (logout, lock, unlock)."""

    def __init__(self, store: Store, user_id: str | None):
        self.store = store
        self.user_id = user_id

    def _require_view(self, s: Session) -> None:
        require(role_of(s, self.user_id), "audit.view")

    # -- events of the session --

    def log(self, action: str, *, details: Mapping[str, Any] | None = None) -> None:
        """An event of the user's own session: ``logout``, ``lock``, ``unlock`` or
        ``unlock_failed``. Open to every account."""
        if action not in ("logout", "lock", "unlock", "unlock_failed"):
            raise ValueError(f"not a session event: {action}")
        record(self.store, action, user_id=self.user_id, object_kind="user",
               object_id=self.user_id, details=details)
        if action in ("logout", "lock"):  # the user leaves: a cheap moment for a witness
            audit_witness.record_store(self.store)

    # -- reading --

    def names(self, rows: list[AuditRow]) -> dict[tuple[str, str], RecordName]:
        """What the entries ``rows`` are about, by name (a case's number, a round's
        name…): see :func:`app.services.audit.names.record_names`."""
        with self.store.sessions() as s:
            self._require_view(s)
            return record_names(s, ((r.object_kind, r.object_id) for r in rows))


    @staticmethod
    def _conditions(q: AuditQuery) -> list[Any]:
        cond: list[Any] = []
        if q.start is not None:
            cond.append(AuditEntry.at >= q.start)
        if q.end is not None:
            cond.append(AuditEntry.at < q.end)
        if q.user_id is not None:
            cond.append(AuditEntry.user_id == q.user_id)
        if q.username is not None:
            cond.append(AuditEntry.username == q.username)
        if q.action is not None:
            cond.append(AuditEntry.action == q.action)
        if q.object_kind is not None:
            cond.append(AuditEntry.object_kind == q.object_kind)
        if q.object_id is not None:
            cond.append(AuditEntry.object_id == q.object_id)
        return cond

    def page(self, q: AuditQuery | None = None, *, before_seq: int | None = None,
             limit: int = PAGE_SIZE) -> list[AuditRow]:
        """Up to ``limit`` entries matching ``q``, newest first; the next page starts
        ``before_seq`` = the last row's seq."""
        cond = self._conditions(q or AuditQuery())
        if before_seq is not None:
            cond.append(AuditEntry.seq < before_seq)
        with self.store.sessions() as s:
            self._require_view(s)
            return [_row(e) for e in s.scalars(
                select(AuditEntry).where(*cond).order_by(AuditEntry.seq.desc())
                .limit(max(1, limit)))]

    def count(self, q: AuditQuery | None = None) -> int:
        with self.store.sessions() as s:
            self._require_view(s)
            return int(s.scalar(select(func.count()).select_from(AuditEntry)
                                .where(*self._conditions(q or AuditQuery()))) or 0)

    def get(self, seq: int) -> AuditRow:
        with self.store.sessions() as s:
            self._require_view(s)
            entry = s.get(AuditEntry, seq)
            if entry is None:
                raise LookupError(f"no audit entry {seq}")
            return _row(entry)

    def actions(self) -> list[str]:
        """The actions that occur, for the screen's filter."""
        with self.store.sessions() as s:
            self._require_view(s)
            return sorted(s.scalars(select(AuditEntry.action).distinct()))

    def object_kinds(self) -> list[str]:
        with self.store.sessions() as s:
            self._require_view(s)
            return sorted(k for k in s.scalars(select(AuditEntry.object_kind).distinct()) if k)

    def verify(self) -> list[str]:
        """The chain check, for the administrators' screen, with the triggers that
        protect the log and its witnesses outside the database."""
        with self.store.sessions() as s:
            self._require_view(s)
            problems = verify_chain(s)
        return problems + protection_problems(self.store) + witness_problems(self.store)


register_check("audit log", check_store)
register_check("audit log triggers", protection_problems)
register_check("audit log witnesses", witness_problems)
