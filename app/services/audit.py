"""The audit log: appending, reading with filters, and checking the hash chain.

The entries and their chain are defined in app/models/audit.py, which also logs every
created, changed or deleted record as it is saved. This module adds the named events
(logins, views of assistance cases, prints, exports, imports, erasures, account
changes), the read API of the audit screen and :func:`verify_chain`, which
``infoline check`` runs.

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

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.db import Store, register_check
from app.models import AuditEntry, AuditHead
from app.models.audit import GENESIS, append, bulk, entry_hash
from app.services import erasure
from app.services.permissions import require, role_of

__all__ = [
    "AuditQuery",
    "AuditRow",
    "AuditService",
    "append",
    "bulk",
    "check_store",
    "record",
    "verify_chain",
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

    # -- reading --

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
        """The chain check, for the administrators' screen."""
        with self.store.sessions() as s:
            self._require_view(s)
            return verify_chain(s)


def _erasure_entry(session: Session, actor_id: str | None, _action: str, kind: str,
                   person_id: str, counts: dict[str, Any]) -> None:
    """An erasure, logged in its own transaction: the kind of person, the id of the
    erased record and the counts of what went, never what it said."""
    append(session, "erase", user_id=actor_id, object_kind=kind, object_id=person_id,
           details=counts)


erasure.on_audit(_erasure_entry)
register_check("audit log", check_store)
