"""The audit log: who did what, when, from which site, chained by hashes.

Entries are only ever appended. Each entry's hash covers the previous entry's hash and
the entry itself (SHA-256 over the previous hash and the entry's canonical JSON), so
changing, removing or slipping in an entry breaks the chain from that point on. The
newest entry's number and hash are also kept in ``audit_head``, so removing entries
from the end shows too. Triggers made by migration 0007 refuse UPDATE and DELETE on
both tables; the chain catches what is done to the file behind the app's back.

Entries never hold personal data: object kinds and ids, codes, counts and formats, but
no names, phone numbers, addresses or note text.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import UTC, datetime
from typing import Any, cast

from sqlalchemy import (
    JSON,
    Index,
    Integer,
    String,
    Table,
    event,
    insert,
    inspect,
    select,
    update,
)
from sqlalchemy.orm import Mapped, Session, mapped_column

from app.models.accounts import User
from app.models.base import Base, TrackedMixin, UTCDateTime, new_uuid, utcnow
from app.models.contact import Setting

GENESIS = "0" * 64
"""The "previous hash" of the first entry."""


class AuditEntry(Base):
    """One thing someone did. ``seq`` counts from 1 without gaps."""

    __tablename__ = "audit_log"
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    site_id: Mapped[str] = mapped_column(String(36))
    user_id: Mapped[str | None] = mapped_column(String(36))
    username: Mapped[str] = mapped_column(String(64), default="")
    action: Mapped[str] = mapped_column(String(40))
    object_kind: Mapped[str | None] = mapped_column(String(40))
    object_id: Mapped[str | None] = mapped_column(String(64))
    details: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))

    __table_args__ = (
        Index("ix_audit_log_at", "at", "seq"),
        Index("ix_audit_log_user", "user_id", "at"),
        Index("ix_audit_log_action", "action", "at"),
        Index("ix_audit_log_object", "object_kind", "object_id"),
    )


class AuditHead(Base):
    """The newest entry's number and hash (one row), updated with every append."""

    __tablename__ = "audit_head"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    seq: Mapped[int] = mapped_column(Integer)
    hash: Mapped[str] = mapped_column(String(64))


def _iso(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def canonical(entry: AuditEntry) -> str:
    """The entry as canonical JSON: sorted keys, no spaces, UTC time to the microsecond."""
    return json.dumps({
        "seq": entry.seq,
        "at": _iso(entry.at),
        "site_id": entry.site_id,
        "user_id": entry.user_id,
        "username": entry.username,
        "action": entry.action,
        "object_kind": entry.object_kind,
        "object_id": entry.object_id,
        "details": entry.details or {},
    }, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def entry_hash(prev_hash: str, entry: AuditEntry) -> str:
    """SHA-256 of the previous hash followed by the entry's canonical JSON, as hex."""
    return hashlib.sha256((prev_hash + canonical(entry)).encode("utf-8")).hexdigest()


# -- appending ----------------------------------------------------------------------------

_AUDIT = cast(Table, AuditEntry.__table__)
_HEAD = cast(Table, AuditHead.__table__)

_bulk: ContextVar[bool] = ContextVar("audit_bulk", default=False)


@contextmanager
def bulk() -> Iterator[None]:
    """Within this block, saved records are not logged one by one.

    For work that logs itself as one entry instead: a legacy or sync import, the
    demo data, an erasure. Entries appended explicitly are still written.
    """
    token = _bulk.set(True)
    try:
        yield
    finally:
        _bulk.reset(token)


def _site_id(session: Session) -> str:
    value = session.execute(
        select(Setting.value).where(Setting.key == "site_id")).scalar_one_or_none()
    return str(value) if value else ""


def append(session: Session, action: str, *, user_id: str | None,
           object_kind: str | None = None, object_id: str | None = None,
           details: Mapping[str, Any] | None = None, username: str | None = None,
           site_id: str | None = None, at: datetime | None = None) -> AuditEntry:
    """Append one entry in ``session``'s transaction (logged only if it commits).

    ``username`` defaults to the account's username; ``details`` must be plain JSON
    (strings, numbers, booleans, lists, objects) and never personal data.
    """
    if username is None:
        username = ""
        if user_id:
            name = session.execute(
                select(User.username).where(User.id == user_id)).scalar_one_or_none()
            username = name or ""
    head = session.execute(select(_HEAD.c.seq, _HEAD.c.hash).where(_HEAD.c.id == 1)).first()
    seq, prev = (int(head[0]) + 1, str(head[1])) if head else (1, GENESIS)
    entry = AuditEntry(
        seq=seq, at=(at or utcnow()).astimezone(UTC),
        site_id=site_id if site_id is not None else _site_id(session),
        user_id=user_id, username=username[:64], action=action, object_kind=object_kind,
        object_id=object_id, details=dict(details or {}), prev_hash=prev,
    )
    entry.hash = entry_hash(prev, entry)
    session.execute(insert(_AUDIT).values(
        seq=entry.seq, at=entry.at, site_id=entry.site_id, user_id=entry.user_id,
        username=entry.username, action=entry.action, object_kind=entry.object_kind,
        object_id=entry.object_id, details=entry.details, prev_hash=entry.prev_hash,
        hash=entry.hash))
    if head is None:
        session.execute(insert(_HEAD).values(id=1, seq=entry.seq, hash=entry.hash))
    else:
        session.execute(update(_HEAD).where(_HEAD.c.id == 1).values(
            seq=entry.seq, hash=entry.hash))
    return entry


# -- changes of records, logged as they are flushed --------------------------------------

NOT_LOGGED_PER_RECORD = frozenset({
    "app_user",           # account changes get their own entries (services/accounts/service.py)
    "pdf_print",          # a print is logged as "print"
    "import_ledger",      # an import is logged as "import"
    "assistance_event",   # timelines repeat the change they describe
    "crisis_case_event",
})
_BOOKKEEPING = frozenset({"version", "updated_at", "author_id", "created_at"})


def _changed_fields(obj: TrackedMixin) -> list[str]:
    state = inspect(obj)
    return sorted(
        attr.key for attr in state.mapper.column_attrs
        if attr.key not in _BOOKKEEPING and state.attrs[attr.key].history.has_changes()
    )


def _record_changes(session: Session, _context: object, _instances: object) -> None:
    """Log every created, changed or deleted synchronisable record of this flush.

    The entry names the record's table and id and, for a change, the names of the
    changed fields (never their values). The person is the session's
    ``info["audit_user"]`` when a service set it, else the record's author.
    """
    if _bulk.get() or session.info.get("audit_bulk"):
        return
    found: list[tuple[str, TrackedMixin, list[str] | None]] = []
    for obj in session.new:
        if isinstance(obj, TrackedMixin):
            found.append(("create", obj, None))
    for obj in session.dirty:
        if isinstance(obj, TrackedMixin) and session.is_modified(obj,
                                                                 include_collections=False):
            changed = _changed_fields(obj)
            if not changed:
                continue
            action = "delete" if "deleted_at" in changed and obj.deleted_at else "change"
            found.append((action, obj, changed))
    for obj in session.deleted:
        if isinstance(obj, TrackedMixin):
            found.append(("delete", obj, None))
    if not found:
        return
    with session.no_autoflush:
        for action, obj, fields in found:
            table = obj.__tablename__  # type: ignore[attr-defined]
            if table in NOT_LOGGED_PER_RECORD:
                continue
            if getattr(obj, "id", None) is None:  # the column default comes only at INSERT
                obj.id = new_uuid()  # type: ignore[attr-defined]
            actor = session.info.get("audit_user", obj.author_id)
            append(session, action, user_id=actor, object_kind=table,
                   object_id=str(getattr(obj, "id", "") or "") or None,
                   details={"fields": fields} if fields else None)


event.listen(Session, "before_flush", _record_changes)
