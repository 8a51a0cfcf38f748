"""Sync use cases: the site's keys, partners, export, import, conflicts, history.

Permissions (app.services.permissions): the site's key file and partners need
``site.manage``; export, import and the status need ``sync.exchange``; accepting or
resolving a conflict needs ``sync.resolve``.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, NoReturn

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.db import Store
from app.db.store import SCHEMA_HEAD
from app.models.sealed import CaseCipher, CaseKeyMissing, is_sealed
from app.models.sync import (
    ACCEPTED,
    APPLIED,
    DUPLICATE_FILE,
    OPEN,
    REFUSED,
    RESOLVED,
    SyncConflict,
    SyncExport,
    SyncImport,
    SyncPeer,
    SyncSite,
)
from app.services import permissions
from app.services.audit import log as audit
from app.services.files import atomic_write
from app.services.messages import UserError
from app.services.sync import engine, fileformat, keys
from app.services.sync.content import Version
from app.services.sync.engine import Progress, Site, sql_time
from app.services.sync.fileformat import SyncFileError
from app.services.sync.merge import MergeCounts, Merger
from app.services.sync.tables import SPECS

log = logging.getLogger("app.sync")

PEER_NAME_MAX = 100


class SyncError(UserError):
    """A sync action that cannot be done; the message is for the user."""


@dataclass(frozen=True)
class SiteInfo:
    site_id: str
    name: str
    organisation: str | None
    fingerprint: str | None  # None until the key pair exists

    @property
    def display_fingerprint(self) -> str:
        return keys.display(self.fingerprint) if self.fingerprint else ""


@dataclass(frozen=True)
class PeerStatus:
    id: str
    name: str
    site_id: str
    site_name: str
    organisation: str | None
    fingerprint: str
    added_at: datetime
    last_export_at: datetime | None
    last_export_records: int | None
    last_import_at: datetime | None
    last_import_records: int | None
    conflicts_open: int

    @property
    def display_fingerprint(self) -> str:
        return keys.display(self.fingerprint)


@dataclass(frozen=True)
class ExportResult:
    path: Path
    peer: str
    records: int
    tombstones: int
    full: bool
    by_table: dict[str, int]


@dataclass(frozen=True)
class ImportResult:
    file_name: str
    peer: str
    result: str  # applied, duplicate
    counts: dict[str, Any]
    already_at: datetime | None = None

    @property
    def changed(self) -> int:
        c = self.counts
        return int(c.get("inserted", 0) + c.get("updated", 0) + c.get("conflicts", 0)
                   + c.get("deleted", 0))


@dataclass(frozen=True)
class HistoryEntry:
    at: datetime
    peer_name: str
    file_name: str
    result: str
    reason: str
    counts: dict[str, Any]


@dataclass(frozen=True)
class ConflictView:
    id: str
    table: str
    record_id: str
    kind: str
    fields: list[str]
    winner_site: str
    loser_site: str
    winner: dict[str, Any]
    loser: dict[str, Any]
    detected_at: datetime
    status: str
    resolution: str


class SyncRefusedError(SyncError):
    """An import refused; recorded in the history. ``code`` as SyncFileError's."""

    def __init__(self, code: str, message: str):
        super().__init__(message)
        self.code = code


@dataclass
class _Prepared:
    peer_id: str
    peer_name: str
    peer_site: str
    content: engine.Content
    file_id: str
    history: dict[str, Any] = field(default_factory=dict)


class SyncService:
    def __init__(self, store: Store, user_id: str | None):
        self.store = store
        self.user_id = user_id

    # -- permissions --

    def _role(self, s: Session) -> str | None:
        return permissions.role_of(s, self.user_id)  # active accounts only

    def allowed(self, action: str) -> bool:
        with self.store.sessions() as s:
            return permissions.allowed(self._role(s), action)

    @contextmanager
    def _tx(self, action: str) -> Iterator[Session]:
        with self.store.session() as s:
            permissions.require(self._role(s), action)
            yield s

    @staticmethod
    def _raw(s: Session) -> Any:
        return s.connection().connection.driver_connection

    # -- this site --

    def site(self) -> SiteInfo:
        with self.store.sessions() as s:
            row = s.get(SyncSite, 1)
            fp = None
            if row is not None and row.sign_private and row.box_private:
                fp = keys.fingerprint(*keys.public_of(row.sign_private, row.box_private))
            return SiteInfo(self.store.site_id, str(self.store.setting("site_name") or ""),
                            _str_or_none(self.store.setting("organisation")), fp)

    def _ensure_keys(self, s: Session) -> SyncSite:
        row = s.get(SyncSite, 1)
        if row is None:
            row = SyncSite(id=1, clock=0, seq=0)
            s.add(row)
        if not row.sign_private or not row.box_private:
            row.sign_private, row.box_private = keys.generate()
            row.keys_created_at = datetime.now(UTC)
            log.info("site key pair created")
        s.flush()
        return row

    def ensure_keys(self) -> SiteInfo:
        """Create the site's key pair if it has none (site set-up)."""
        with self._tx("site.manage") as s:
            self._ensure_keys(s)
        return self.site()

    def public_keys(self) -> keys.PublicKeys:
        with self._tx("site.manage") as s:
            row = self._ensure_keys(s)
            assert row.sign_private is not None
            assert row.box_private is not None
            sign, box = keys.public_of(row.sign_private, row.box_private)
        return keys.PublicKeys(self.store.site_id, str(self.store.setting("site_name") or ""),
                               _str_or_none(self.store.setting("organisation")), sign, box)

    def write_key_file(self, path: Path) -> keys.PublicKeys:
        """This site's public key file for partners (no secret in it)."""
        public = self.public_keys()
        try:
            with atomic_write(path) as f:
                f.write(keys.key_file_bytes(public))
        except OSError as exc:
            raise SyncError("{path}: cannot write ({reason})", path=path,
                                reason=exc.strerror) from exc
        return public

    # -- partners --

    def add_peer(self, name: str, public: keys.PublicKeys,
                 confirmed_fingerprint: str | None = None) -> PeerStatus:
        """Register a partner from its key file. ``confirmed_fingerprint`` (as read aloud,
        spaces allowed) must match when given."""
        name = name.strip()
        if not name or len(name) > PEER_NAME_MAX:
            raise SyncError("a partner's name is 1 to {limit} characters", limit=PEER_NAME_MAX)
        if confirmed_fingerprint is not None:
            typed = keys.normalise_display(confirmed_fingerprint)
            if len(typed) < 16 or not public.fingerprint.startswith(typed):
                raise SyncError("the fingerprint does not match the key file: do not add "
                                "this partner, and check with them how the file travelled")
        with self._tx("site.manage") as s:
            if public.site_id == self.store.site_id:
                raise SyncError("this key file is this site's own")
            if s.scalar(select(SyncPeer).where(SyncPeer.name == name)) is not None:
                raise SyncError("a partner named {name} exists already", name=name)
            if s.scalar(select(SyncPeer).where(SyncPeer.fingerprint == public.fingerprint)):
                raise SyncError("this partner's key is registered already")
            if s.scalar(select(SyncPeer).where(SyncPeer.site_id == public.site_id)):
                raise SyncError("this partner site is registered already (with another key)")
            peer = SyncPeer(name=name, site_id=public.site_id, site_name=public.site_name,
                            organisation=public.organisation, sign_key=public.sign_key,
                            box_key=public.box_key, fingerprint=public.fingerprint,
                            added_at=datetime.now(UTC), added_by=self.user_id, export_seq=0)
            s.add(peer)
            s.flush()
            pid = peer.id
        log.info("partner %s added", pid)
        return next(p for p in self.peers() if p.id == pid)

    def remove_peer(self, name: str) -> None:
        with self._tx("site.manage") as s:
            peer = s.scalar(select(SyncPeer).where(SyncPeer.name == name))
            if peer is None:
                raise SyncError("no partner named {name}", name=name)
            audit.append(s, "peer_remove", user_id=self.user_id, object_kind="sync_peer",
                         object_id=peer.id)
            s.delete(peer)

    def peers(self) -> list[PeerStatus]:
        with self._tx("sync.exchange") as s:
            open_by_site: dict[str, int] = {}
            for loser, winner, n in s.execute(
                    select(SyncConflict.loser_site, SyncConflict.winner_site, func.count())
                    .where(SyncConflict.status == OPEN)
                    .group_by(SyncConflict.loser_site, SyncConflict.winner_site)):
                for site in {loser, winner}:
                    open_by_site[site] = open_by_site.get(site, 0) + n
            return [PeerStatus(p.id, p.name, p.site_id, p.site_name, p.organisation,
                               p.fingerprint, p.added_at, p.last_export_at,
                               p.last_export_records, p.last_import_at, p.last_import_records,
                               open_by_site.get(p.site_id, 0))
                    for p in s.scalars(select(SyncPeer).order_by(SyncPeer.name))]

    # -- export --

    def export(self, peer_name: str, path: Path, *, full: bool = False,
               progress: Progress | None = None) -> ExportResult:
        """Write one file for ``peer_name`` with every change since the last file to it
        (``full``: everything), encrypted to it and signed; atomically."""
        now = datetime.now(UTC)
        with self._tx("sync.exchange") as s:
            peer = s.scalar(select(SyncPeer).where(SyncPeer.name == peer_name))
            if peer is None:
                raise SyncError("no partner named {name}", name=peer_name)
            own = self._ensure_keys(s)
            assert own.sign_private is not None
            assert own.box_private is not None
            own_fp = keys.fingerprint(*keys.public_of(own.sign_private, own.box_private))
            raw = self._raw(s)
            site = Site.load(raw, self.store.site_id)
            engine.scan(raw, site)
            counts = engine.ExportCounts()
            manifest = {"site_id": self.store.site_id,
                        "site_name": str(self.store.setting("site_name") or ""),
                        "organisation": _str_or_none(self.store.setting("organisation")),
                        "fingerprint": own_fp, "recipient": peer.fingerprint,
                        "schema": SCHEMA_HEAD, "created_at": now.isoformat(), "full": full,
                        **audit.partner_manifest(s, peer.site_id)}
            since = 0 if full else peer.export_seq
            lines = engine.export_lines(raw, site, manifest, since=since,
                                        skip_source=None if full else peer.site_id,
                                        counts=counts, progress=progress,
                                        cipher=self.store.case_cipher)
            data, file_id = fileformat.seal(lines, sign_private=own.sign_private,
                                            sender_fp=own_fp, recipient_box=peer.box_key,
                                            recipient_fp=peer.fingerprint)
            try:
                with atomic_write(path) as f:
                    f.write(data)
            except OSError as exc:
                raise SyncError("{path}: cannot write ({reason})", path=path,
                                reason=exc.strerror) from exc
            site.save(raw)
            peer.export_seq = max(peer.export_seq, counts.mark)
            peer.last_export_at = now
            peer.last_export_records = counts.records + counts.tombstones
            s.add(SyncExport(at=now, user_id=self.user_id, peer_id=peer.id,
                             file_name=path.name[:260], file_id=file_id,
                             records=counts.records, tombstones=counts.tombstones, full=full))
            audit.append(s, "export", user_id=self.user_id, object_kind="sync_peer",
                         object_id=peer.id, details={
                             "records": counts.records, "tombstones": counts.tombstones,
                             "full": full})
        log.info("sync file written for partner %s: %d records, %d tombstones",
                 peer.id, counts.records, counts.tombstones)
        return ExportResult(path, peer_name, counts.records, counts.tombstones, full,
                            dict(counts.by_table))

    # -- import --

    def import_file(self, path: Path, progress: Progress | None = None) -> ImportResult:
        """Check and apply a partner's file in one transaction. A file refused (altered,
        truncated, unknown sender, another addressee, newer format, invalid records) is
        recorded in the history and raises SyncRefusedError; nothing else changes."""
        name = path.name[:260]
        try:
            size = path.stat().st_size
        except FileNotFoundError:
            raise SyncError("{path}: no such file", path=path) from None
        except OSError as exc:
            raise SyncError("{path}: cannot read ({reason})", path=path,
                            reason=exc.strerror) from None
        if size > fileformat.MAX_FILE_BYTES:
            self._refuse(name, "", None, "too_large", "the file is larger than a sync file "
                         "may be")
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise SyncError("{path}: cannot read ({reason})", path=path,
                            reason=exc.strerror) from None
        return self.import_bytes(data, name, progress)

    def import_bytes(self, data: bytes, name: str,
                     progress: Progress | None = None) -> ImportResult:
        digest = fileformat.file_hash(data)
        with self._tx("sync.exchange") as s:
            earlier = s.scalar(select(SyncImport).where(SyncImport.file_hash == digest,
                                                        SyncImport.result == APPLIED)
                               .order_by(SyncImport.at).limit(1))
            own = s.get(SyncSite, 1)
            own_keys = (own.sign_private, own.box_private) if own else (None, None)
            peers = {p.fingerprint: (p.id, p.name, p.site_id, p.sign_key)
                     for p in s.scalars(select(SyncPeer))}
        if earlier is not None:
            self._history(name, digest, earlier.peer_id, earlier.peer_name, earlier.file_id,
                          DUPLICATE_FILE, "imported before", {})
            return ImportResult(name, earlier.peer_name, DUPLICATE_FILE, {},
                                already_at=earlier.at)
        if own_keys[0] is None or own_keys[1] is None:
            self._refuse(name, digest, None, "wrong_addressee",
                         "this site has no key yet, so no file can be addressed to it")
        assert own_keys[0] is not None
        assert own_keys[1] is not None
        own_fp = keys.fingerprint(*keys.public_of(own_keys[0], own_keys[1]))
        try:
            header, compressed = fileformat.open_file(
                data, own_fp=own_fp, box_private=own_keys[1],
                sender_key=lambda fp: peers[fp][3] if fp in peers else None)
            peer = peers[header.sender]
            content = engine.parse(fileformat.lines(compressed), peer[2])
        except SyncFileError as exc:
            known = peers.get(exc.sender or "")
            self._refuse(name, digest, known, exc.code, str(exc))
        prepared = _Prepared(peer[0], peer[1], peer[2], content, header.file_id)
        try:
            counts = self._apply(prepared, progress)
        except SyncFileError as exc:
            self._refuse(name, digest, peer, exc.code, str(exc))
        self._history(name, digest, peer[0], peer[1], header.file_id, APPLIED, "", counts)
        audit.record(self.store, "import", user_id=self.user_id, object_kind="sync_peer",
                     object_id=peer[0], details={
                         k: v for k, v in counts.items() if isinstance(v, int | bool)})
        log.info("sync file from partner %s applied: %s", peer[0], counts)
        return ImportResult(name, peer[1], APPLIED, counts)

    def _apply(self, p: _Prepared, progress: Progress | None) -> dict[str, Any]:
        now = datetime.now(UTC)
        with self._tx("sync.exchange") as s:
            raw = self._raw(s)
            raw.execute("PRAGMA defer_foreign_keys = ON")
            if p.content.tombstones:
                raw.execute("PRAGMA secure_delete = ON")
            site = Site.load(raw, self.store.site_id)
            engine.scan(raw, site)
            site.observe(p.content.max_hlc())
            merger = Merger(raw, site, now, p.peer_site, cipher=self.store.case_cipher)
            ended = merger.add_tombstones(p.content.tombstones)
            waiting = merger.apply(p.content.records, progress)
            merger.end_records(ended)
            self._park(raw, waiting, now)
            self._retry_waiting(raw, site, now, merger.counts)
            merger.counts.waiting = int(raw.execute(
                "SELECT count(*) FROM sync_pending").fetchone()[0])
            site.save(raw)
            if merger.erased_any or ended:
                _scrub(raw)
            try:
                audit.received_from_partner(s, p.peer_site, p.content.manifest)
            except ValueError as exc:
                raise SyncFileError("invalid", f"line 1: {exc}") from None
            peer = s.get(SyncPeer, p.peer_id)
            if peer is not None:
                peer.last_import_at = now
                peer.last_import_records = p.content.count + len(p.content.tombstones)
            counts = merger.counts.as_dict()
            counts["records"] = p.content.count
            counts["tombstones"] = len(p.content.tombstones)
        if merger.erased_any:
            with self.store.engine.connect() as conn:
                conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
                conn.rollback()
        return counts

    def _park(self, raw: Any, waiting: list[Version], now: datetime) -> None:
        cipher = self.store.case_cipher
        raw.executemany(
            "INSERT INTO sync_pending (tbl, record_id, payload, received_at) VALUES "
            "(?, ?, ?, ?) ON CONFLICT (tbl, record_id) DO UPDATE SET payload = "
            "excluded.payload, received_at = excluded.received_at",
            [(v.table, v.id, _seal_payload(cipher, v.to_json()), sql_time(now))
             for v in waiting])

    def _retry_waiting(self, raw: Any, site: Site, now: datetime,
                       counts: MergeCounts) -> None:
        """Versions that waited for records they refer to, tried again until no more
        can be applied."""
        while True:
            rows = raw.execute("SELECT payload FROM sync_pending").fetchall()
            if not rows:
                return
            versions: dict[str, list[Version]] = {}
            for (payload,) in rows:
                o = json.loads(_open_payload(self.store.case_cipher, payload))
                versions.setdefault(o["t"], []).append(
                    Version(o["t"], o["id"], int(o["h"]), o["o"], o["vv"], o["d"],
                            o.get("c") or {}))
            raw.execute("DELETE FROM sync_pending")
            merger = Merger(raw, site, now, None, counts, cipher=self.store.case_cipher)
            waiting = merger.apply(versions)
            self._park(raw, waiting, now)
            if len(waiting) >= len(rows):
                return

    def _refuse(self, name: str, digest: str, peer: Any, code: str, message: str
                ) -> NoReturn:
        peer_id, peer_name = (peer[0], peer[1]) if peer else (None, "")
        self._history(name, digest, peer_id, peer_name, None, REFUSED, message, {"code": code})
        audit.record(self.store, "import_refused", user_id=self.user_id,
                     object_kind="sync_peer" if peer_id else "sync", object_id=peer_id,
                     details={"code": code})
        log.warning("sync file refused (%s)", code)
        raise SyncRefusedError(code, message)

    def _history(self, name: str, digest: str, peer_id: str | None, peer_name: str,
                 file_id: str | None, result: str, reason: str,
                 counts: dict[str, Any]) -> None:
        with self.store.session() as s:
            s.add(SyncImport(at=datetime.now(UTC), user_id=self.user_id, peer_id=peer_id,
                             peer_name=peer_name, file_name=name, file_hash=digest,
                             file_id=file_id, result=result, reason=reason, counts=counts))

    def history(self, limit: int = 200) -> list[HistoryEntry]:
        with self._tx("sync.exchange") as s:
            return [HistoryEntry(h.at, h.peer_name, h.file_name, h.result, h.reason,
                                 dict(h.counts or {}))
                    for h in s.scalars(select(SyncImport).order_by(SyncImport.at.desc())
                                       .limit(limit))]

    def pending_count(self) -> int:
        with self._tx("sync.exchange") as s:
            return int(s.connection().exec_driver_sql(
                "SELECT count(*) FROM sync_pending").scalar() or 0)

    # -- conflicts --

    def conflicts(self, status: str | None = OPEN) -> list[ConflictView]:
        with self._tx("sync.exchange") as s:
            q = select(SyncConflict).where(SyncConflict.deleted_at.is_(None))
            if status is not None:
                q = q.where(SyncConflict.status == status)
            return [ConflictView(c.id, c.tbl, c.record_id, c.kind, list(c.fields or []),
                                 c.winner_site, c.loser_site, json.loads(c.winner_data),
                                 json.loads(c.loser_data), c.detected_at, c.status,
                                 c.resolution)
                    for c in s.scalars(q.order_by(SyncConflict.detected_at.desc(),
                                                  SyncConflict.id))]

    def accept(self, conflict_id: str) -> None:
        """The winner stays; the conflict is closed."""
        now = datetime.now(UTC)
        with self._tx("sync.resolve") as s:
            c = self._open_conflict(s, conflict_id)
            c.status, c.resolution = ACCEPTED, "winner"
            c.resolved_by, c.resolved_at = self.user_id, now
            c.stamp(now, self.user_id)

    def take_other(self, conflict_id: str, fields: list[str] | None = None) -> None:
        """Give the record the other version's values (all, or only ``fields``) as a new
        change made here, which then travels like any other; the conflict is closed."""
        now = datetime.now(UTC)
        with self._tx("sync.resolve") as s:
            c = self._open_conflict(s, conflict_id)
            spec = SPECS.get(c.tbl)
            if spec is None or spec.immutable:
                raise SyncError("this conflict cannot be resolved this way")
            other = json.loads(c.loser_data)
            values: dict[str, Any] = other.get("fields", {})
            wanted = list(c.fields) if fields is None else fields
            raw = self._raw(s)
            row = raw.execute(f"SELECT version FROM {spec.name} WHERE id = ?",
                              (c.record_id,)).fetchone()
            if row is None:
                raise SyncError("the record no longer exists")
            sets: list[str] = []
            params: list[Any] = []
            parts = {child.name: child for child in spec.children}
            for name in wanted:
                if name in parts:
                    child = parts[name]
                    parent = child.columns[child.parent_index]
                    raw.execute(f"DELETE FROM {child.name} WHERE {parent} = ?", (c.record_id,))
                    rows = other.get("parts", {}).get(name, [])
                    raw.executemany(
                        f"INSERT INTO {child.name} ({', '.join(child.columns)}) VALUES "
                        f"({engine.marks(len(child.columns))})",
                        [[r.get(col) for col in child.columns] for r in rows])
                elif name in spec.columns and not engine.is_bookkeeping(name) and name != "id":
                    sets.append(f"{name} = ?")
                    params.append(values.get(name))
                else:
                    raise SyncError("{name}: not a field of this record", name=name)
            sets += ["version = version + 1", "updated_at = ?", "author_id = ?"]
            params += [sql_time(now), self.user_id, c.record_id]
            raw.execute(f"UPDATE {spec.name} SET {', '.join(sets)} WHERE id = ?", params)
            c.status, c.resolution = RESOLVED, "other" if fields is None else "fields"
            c.resolved_by, c.resolved_at = self.user_id, now
            c.stamp(now, self.user_id)

    @staticmethod
    def _open_conflict(s: Session, conflict_id: str) -> SyncConflict:
        c = s.get(SyncConflict, conflict_id)
        if c is None or c.deleted_at is not None:
            raise SyncError("no such conflict")
        if c.status != OPEN:
            raise SyncError("this conflict is resolved already")
        return c


def _seal_payload(cipher: CaseCipher | None, text: str) -> str:
    """A version waiting for its references, sealed when the case key is held: it may be
    an assistance case's."""
    return cipher.seal("sync_pending", "payload", text) if cipher is not None else text


def _open_payload(cipher: CaseCipher | None, text: str) -> str:
    if not is_sealed(text):
        return text
    if cipher is None:
        raise CaseKeyMissing
    return cipher.open("sync_pending", "payload", text)


def _scrub(raw: Any) -> None:
    """After an erasure: merge the full-text index so no old segment keeps the words."""
    raw.execute("INSERT INTO contact_fts(contact_fts) VALUES ('optimize')")


def _str_or_none(value: object) -> str | None:
    return None if value in (None, "") else str(value)
