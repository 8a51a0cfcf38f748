"""Tombstones: how a deletion or an erasure reaches the partner sites.

A tombstone names a record (its table and id), the kind of ending and when; it carries
no personal data. Received, it removes the record's row, its parts and every copy the
sync keeps (conflicts, waiting versions), and from then on no file brings any version
of that record back. A redaction mark is milder: the record stays (in its redacted
version), but no version older than the mark is accepted again and the older copies
the sync kept are forgotten.

The erasure service (app/services/erasure/service.py) calls :func:`record` for each record it
deletes and :func:`record_redaction` for each record it redacts; both work inside the
caller's session, so the tombstone commits or rolls back with the erasure.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session

from app.models.sync import DELETED, ERASED, REDACTED
from app.services.sync.content import Tombstone
from app.services.sync.engine import Site, sql_time
from app.services.sync.merge import Merger
from app.services.sync.tables import SPECS


def _raw(session: Session):  # type: ignore[no-untyped-def]
    session.flush()
    return session.connection().connection.driver_connection


def record(session: Session, table: str, record_id: str, *, erased: bool = True,
           now: datetime, site_id: str) -> None:
    """Record that ``table`` row ``record_id`` was deleted (``erased=True``: erased as a
    person's data) at ``now`` on site ``site_id``. Deleting the row itself is the
    caller's work; this forgets the sync's own copies of its versions here and makes
    partners delete it and never take it back."""
    if table not in SPECS:
        raise ValueError(f"{table}: not a table whose records travel")
    raw = _raw(session)
    site = Site.load(raw, site_id)
    merger = Merger(raw, site, now, None)
    tomb = Tombstone(table, record_id, ERASED if erased else DELETED, sql_time(now),
                     site_id, site.tick())
    merger.add_tombstones([tomb])
    merger._purge_versions(table, record_id)
    raw.execute("DELETE FROM sync_state WHERE tbl = ? AND record_id = ?", (table, record_id))
    site.save(raw)


def record_redaction(session: Session, table: str, record_id: str, *, now: datetime,
                     site_id: str) -> None:
    """Record that ``table`` row ``record_id`` was redacted (personal data removed from
    it) at ``now``: versions made before are refused from now on, here and on partner
    sites, and the copies of them kept for conflicts are forgotten."""
    if table not in SPECS:
        raise ValueError(f"{table}: not a table whose records travel")
    raw = _raw(session)
    site = Site.load(raw, site_id)
    merger = Merger(raw, site, now, None)
    merger.add_tombstones([Tombstone(table, record_id, REDACTED, sql_time(now), site_id,
                                     site.tick())])
    site.save(raw)

