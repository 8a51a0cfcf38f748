"""Sync between sites by files: the site's keys and clock, partners, what each record's
current version is, tombstones, conflicts, the history of files sent and received.

Local tables (never sent): ``sync_site``, ``sync_peer``, ``sync_state``,
``sync_pending``, ``sync_import``, ``sync_export``. Sent to partners:
``sync_tombstone`` (deletions and erasures, no personal data) and ``sync_conflict``
(both versions of a record two sites changed at once, until a supervisor resolves it).
The format and the rules are in docs/sync-format.md.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, RecordMixin, UTCDateTime, new_uuid, utcnow
from app.models.sealed import Sealed

OPEN, ACCEPTED, RESOLVED = "open", "accepted", "resolved"
CONFLICT_STATUSES = (OPEN, ACCEPTED, RESOLVED)

EDIT, DUPLICATE = "edit", "duplicate"
"""Conflict kinds: two sites changed one record; or two records collide on a key that
must be unique (for example a consent for the same case and target)."""

DELETED, ERASED, REDACTED = "deleted", "erased", "redacted"
"""Tombstone kinds: the record was deleted; it was erased (the same, for a person's
data); or it was redacted (it stays, but no version older than the mark is accepted)."""

APPLIED, DUPLICATE_FILE, REFUSED = "applied", "duplicate", "refused"
"""Results of an import in the history."""


class SyncSite(Base):
    """This site's key pair, hybrid logical clock and change counter (one row).

    The private keys live only here: the database file is encrypted at rest.
    """

    __tablename__ = "sync_site"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    sign_private: Mapped[bytes | None] = mapped_column(LargeBinary)
    box_private: Mapped[bytes | None] = mapped_column(LargeBinary)
    keys_created_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    clock: Mapped[int] = mapped_column(BigInteger, default=0)
    seq: Mapped[int] = mapped_column(BigInteger, default=0)


class SyncPeer(Base):
    """A partner site: its public keys, confirmed fingerprint, and what was exchanged."""

    __tablename__ = "sync_peer"
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_uuid)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    site_id: Mapped[str] = mapped_column(String(36))
    site_name: Mapped[str] = mapped_column(String(200), default="")
    organisation: Mapped[str | None] = mapped_column(String(20))
    sign_key: Mapped[bytes] = mapped_column(LargeBinary)
    box_key: Mapped[bytes] = mapped_column(LargeBinary)
    fingerprint: Mapped[str] = mapped_column(String(64), unique=True)
    added_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    added_by: Mapped[str | None] = mapped_column(String(36))
    export_seq: Mapped[int] = mapped_column(BigInteger, default=0)
    last_export_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    last_export_records: Mapped[int | None] = mapped_column(Integer)
    last_import_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    last_import_records: Mapped[int | None] = mapped_column(Integer)


class SyncState(Base):
    """The current version of one record here: its hybrid-logical-clock time, the site
    that made it, its version vector, and the local change number exports follow."""

    __tablename__ = "sync_state"
    tbl: Mapped[str] = mapped_column(String(40), primary_key=True)
    record_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    seen: Mapped[int] = mapped_column(Integer)  # the row's version when stamped
    hlc: Mapped[int] = mapped_column(BigInteger)
    origin: Mapped[str] = mapped_column(String(36))
    vv: Mapped[str] = mapped_column(Text)  # JSON {site id: counter}
    seq: Mapped[int] = mapped_column(BigInteger)
    source: Mapped[str | None] = mapped_column(String(36))  # peer it came from as is
    __table_args__ = (Index("ix_sync_state_seq", "seq"),)


class SyncTombstone(Base):
    """A record deleted, erased or redacted. Carries no personal data."""

    __tablename__ = "sync_tombstone"
    tbl: Mapped[str] = mapped_column(String(40), primary_key=True)
    record_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))
    at: Mapped[datetime] = mapped_column(UTCDateTime())
    site_id: Mapped[str] = mapped_column(String(36))
    hlc: Mapped[int] = mapped_column(BigInteger)
    seq: Mapped[int] = mapped_column(BigInteger)
    __table_args__ = (Index("ix_sync_tombstone_seq", "seq"),)


class SyncConflict(RecordMixin, Base):
    """Two versions of one record made at once on two sites: the winner every site
    chose (the later clock time, then the greater site id) and the other, kept whole
    until a supervisor accepts the winner or takes the other version's fields."""

    __tablename__ = "sync_conflict"
    tbl: Mapped[str] = mapped_column(String(40))
    record_id: Mapped[str] = mapped_column(String(36))
    kind: Mapped[str] = mapped_column(String(20), default=EDIT)
    winner_site: Mapped[str] = mapped_column(String(36))
    winner_hlc: Mapped[int] = mapped_column(BigInteger)
    loser_site: Mapped[str] = mapped_column(String(36))
    loser_hlc: Mapped[int] = mapped_column(BigInteger)
    # JSON of the versions, sealed under the case key (app/models/sealed.py): a conflict
    # of an assistance case holds the client's data.
    winner_data: Mapped[str] = mapped_column(Sealed("sync_conflict", "winner_data"))
    loser_data: Mapped[str] = mapped_column(Sealed("sync_conflict", "loser_data"))
    fields: Mapped[list[str]] = mapped_column(JSON, default=list)
    detected_at: Mapped[datetime] = mapped_column(UTCDateTime())
    status: Mapped[str] = mapped_column(String(20), default=OPEN)
    resolved_by: Mapped[str | None] = mapped_column(String(36))
    resolved_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    resolution: Mapped[str] = mapped_column(String(20), default="")
    __table_args__ = (
        Index("ix_sync_conflict_record", "tbl", "record_id"),
        Index("ix_sync_conflict_status", "status", "detected_at"),
    )


class SyncPending(Base):
    """A received version whose referenced records have not arrived yet (files out of
    order); applied by a later import that brings them."""

    __tablename__ = "sync_pending"
    tbl: Mapped[str] = mapped_column(String(40), primary_key=True)
    record_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    payload: Mapped[str] = mapped_column(Text)
    received_at: Mapped[datetime] = mapped_column(UTCDateTime())


class SyncImport(Base):
    """One file offered for import: applied, a duplicate, or refused (with why)."""

    __tablename__ = "sync_import"
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_uuid)
    at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    user_id: Mapped[str | None] = mapped_column(String(36))
    peer_id: Mapped[str | None] = mapped_column(String(36))
    peer_name: Mapped[str] = mapped_column(String(100), default="")
    file_name: Mapped[str] = mapped_column(String(260))
    file_hash: Mapped[str] = mapped_column(String(64))
    file_id: Mapped[str | None] = mapped_column(String(36))
    result: Mapped[str] = mapped_column(String(20))
    reason: Mapped[str] = mapped_column(Text, default="")
    counts: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    __table_args__ = (Index("ix_sync_import_hash", "file_hash"),
                      Index("ix_sync_import_at", "at"))


class SyncExport(Base):
    """One file written for a partner."""

    __tablename__ = "sync_export"
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_uuid)
    at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    user_id: Mapped[str | None] = mapped_column(String(36))
    peer_id: Mapped[str] = mapped_column(String(36))
    file_name: Mapped[str] = mapped_column(String(260))
    file_id: Mapped[str] = mapped_column(String(36))
    records: Mapped[int] = mapped_column(Integer)
    tombstones: Mapped[int] = mapped_column(Integer)
    full: Mapped[bool] = mapped_column(Boolean, default=False)
    __table_args__ = (Index("ix_sync_export_peer_at", "peer_id", "at"),)
