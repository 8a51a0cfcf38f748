"""The sync rules: noticing local changes, writing a file's content, merging one in.

Every record's current version here has a hybrid-logical-clock time (``hlc``), the site
that made it (``origin``) and a version vector (``vv``: how many changes of each site
it includes). A local change is noticed by its row ``version`` moving on; it gets a
new clock time, above every time this site has seen, and its own site's count goes up.

A received version is merged with the local one:

- its vector is included in the local one: already known or older; nothing changes
  (an old file never brings back an old version, nor a deleted record);
- it includes the local vector: it is newer; it replaces the local version;
- neither: both sites changed the record. The version with the later clock time wins,
  then the greater site id, on every site whatever the order of the files; the two
  vectors are joined; the losing version is kept whole in ``sync_conflict`` (which
  travels too) for a supervisor.

These rules make the merge commutative, associative and idempotent, so every site
that has received the same changes holds the same content. A version whose referenced
records have not arrived yet waits in ``sync_pending``. Tombstones (deleted, erased)
end a record for good; a redaction mark refuses every version older than itself.
"""

from __future__ import annotations

import json
import logging
import time
import uuid
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from typing import Any

from app.models.sealed import SEALED_COLUMNS, CaseCipher, open_row, seal_row
from app.models.sync import DELETED, DUPLICATE, EDIT, ERASED, OPEN, REDACTED
from app.services.sync.fileformat import SyncFileError
from app.services.sync.tables import (
    BOOKKEEPING,
    CASE_CODE_LISTS,
    LOCAL_DEFAULTS,
    ORDER,
    SPECS,
    UUID_RE,
    ChildSpec,
    ForeignKey,
    TableSpec,
    case_code_problem,
    referrers,
)

log = logging.getLogger("app.sync")

FORMAT = 1
CHUNK = 500
MAX_RECORDS = 2_000_000
"""Most records (and tombstones) one file may carry."""
MAX_CHILD_ROWS = 10_000
"""Most rows of one kind inside one record (a contact's topics, history…)."""
MAX_VV = 1_000
"""Most sites one version vector may name."""
_HLC_MAX = 2**63 - 1
_CONFLICT_NS = uuid.UUID("6f1c3c1e-5d0b-4a53-9a53-8b8f2f1f2a10")

Progress = Callable[[int, int], bool]
Raw = Any  # a DB-API connection (sqlite3 or SQLCipher), inside the session's transaction


def sql_time(moment: datetime) -> str:
    """A UTC time as the database stores it."""
    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")


def chunks(items: Sequence[Any], size: int = CHUNK) -> Iterator[Sequence[Any]]:
    for i in range(0, len(items), size):
        yield items[i:i + size]


def marks(n: int) -> str:
    return ",".join("?" * n)


def vv_le(a: dict[str, int], b: dict[str, int]) -> bool:
    """Whether version vector ``a`` is included in ``b``."""
    return all(n <= b.get(k, 0) for k, n in a.items())


def vv_join(a: dict[str, int], b: dict[str, int]) -> dict[str, int]:
    out = dict(b)
    for k, n in a.items():
        if n > out.get(k, 0):
            out[k] = n
    return out


def vv_text(vv: dict[str, int]) -> str:
    return json.dumps(vv, sort_keys=True, separators=(",", ":"))


def conflict_id(table: str, record_id: str, winner: tuple[int, str],
                loser: tuple[int, str]) -> str:
    """The same id on every site that notices the same two versions."""
    key = f"{table}\x00{record_id}\x00{winner[0]}\x00{winner[1]}\x00{loser[0]}\x00{loser[1]}"
    return str(uuid.uuid5(_CONFLICT_NS, key))


# -- the site's clock and change counter -------------------------------------------------


@dataclass
class Site:
    """This site's id, hybrid logical clock and change counter, saved with the
    transaction that used them."""

    site_id: str
    clock: int
    seq: int

    @classmethod
    def load(cls, raw: Raw, site_id: str) -> Site:
        row = raw.execute("SELECT clock, seq FROM sync_site WHERE id = 1").fetchone()
        if row is None:
            raw.execute("INSERT INTO sync_site (id, clock, seq) VALUES (1, 0, 0)")
            return cls(site_id, 0, 0)
        return cls(site_id, int(row[0]), int(row[1]))

    def save(self, raw: Raw) -> None:
        raw.execute("UPDATE sync_site SET clock = ?, seq = ? WHERE id = 1",
                    (self.clock, self.seq))

    def tick(self) -> int:
        """A clock time after every time seen: wall-clock milliseconds and a counter."""
        now = int(time.time() * 1000) << 16
        self.clock = max(now, self.clock + 1)
        return self.clock

    def observe(self, hlc: int) -> None:
        self.clock = max(self.clock, hlc)

    def next_seq(self) -> int:
        self.seq += 1
        return self.seq


# -- noticing local changes ---------------------------------------------------------------


def scan(raw: Raw, site: Site) -> int:
    """Give every record changed here since the last scan a new version. Returns how
    many; cheap when nothing changed (one indexed join per table)."""
    me = site.site_id
    changed = 0
    for spec in SPECS.values():
        t = spec.name
        if spec.immutable:
            sql = (f"SELECT r.id, 1, s.vv FROM {t} r LEFT JOIN sync_state s "
                   "ON s.tbl = ? AND s.record_id = r.id WHERE s.record_id IS NULL")
        else:
            sql = (f"SELECT r.id, r.version, s.vv FROM {t} r LEFT JOIN sync_state s "
                   "ON s.tbl = ? AND s.record_id = r.id "
                   "WHERE s.record_id IS NULL OR s.seen != r.version")
        rows = raw.execute(sql, (t,)).fetchall()
        if not rows:
            continue
        out = []
        for rid, version, old in rows:
            vv = json.loads(old) if old else {}
            vv[me] = vv.get(me, 0) + 1
            out.append((t, rid, int(version), site.tick(), me, vv_text(vv), site.next_seq()))
        raw.executemany(
            "INSERT INTO sync_state (tbl, record_id, seen, hlc, origin, vv, seq, source) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, NULL) ON CONFLICT (tbl, record_id) DO UPDATE SET "
            "seen = excluded.seen, hlc = excluded.hlc, origin = excluded.origin, "
            "vv = excluded.vv, seq = excluded.seq, source = NULL", out)
        changed += len(out)
    return changed


# -- reading records ----------------------------------------------------------------------


def fetch_rows(raw: Raw, spec: TableSpec, ids: Sequence[str],
               cipher: CaseCipher | None = None
               ) -> dict[str, tuple[list[Any], dict[str, list[list[Any]]]]]:
    """Rows (as value lists in the spec's column order) and their children, by id.
    Values sealed under the case key are opened with ``cipher`` (app/models/sealed.py):
    a version travels and is compared as its plain values."""
    out: dict[str, tuple[list[Any], dict[str, list[list[Any]]]]] = {}
    cols = ", ".join(spec.columns)
    sealed = spec.name in SEALED_COLUMNS
    for part in chunks(list(ids)):
        for row in raw.execute(f"SELECT {cols} FROM {spec.name} WHERE id IN ({marks(len(part))})",
                               tuple(part)):
            values = open_row(cipher, spec.name, spec.columns, list(row)) if sealed \
                else list(row)
            out[row[spec.id_index]] = (values, {})
        for child in spec.children:
            parent = child.columns[child.parent_index]
            ccols = ", ".join(child.columns)
            rows = raw.execute(f"SELECT {ccols} FROM {child.name} WHERE {parent} IN "
                               f"({marks(len(part))}) ORDER BY {ccols}", tuple(part))
            for row in rows:
                entry = out.get(row[child.parent_index])
                if entry is not None:
                    entry[1].setdefault(child.name, []).append(list(row))
    return out


# -- writing a file's content ---------------------------------------------------------------


@dataclass
class ExportCounts:
    records: int = 0
    tombstones: int = 0
    by_table: dict[str, int] = field(default_factory=dict)
    mark: int = 0


def _line(obj: dict[str, Any]) -> bytes:
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":")).encode("utf-8") + b"\n"


def export_lines(raw: Raw, site: Site, manifest: dict[str, Any], *, since: int,
                 skip_source: str | None, counts: ExportCounts,
                 progress: Progress | None = None,
                 cipher: CaseCipher | None = None) -> Iterator[bytes]:
    """The content of a file: the manifest, every record version and tombstone changed
    after the change number ``since`` (versions received from ``skip_source`` as they
    are, left out), and a closing line with the counts."""
    columns: dict[str, list[str]] = {}
    for spec in SPECS.values():
        columns[spec.name] = list(spec.columns)
        for child in spec.children:
            columns[child.name] = list(child.columns)
    yield _line({"k": "manifest", "format": FORMAT, **manifest, "columns": columns})
    counts.mark = site.seq
    todo = raw.execute("SELECT count(*) FROM sync_state WHERE seq > ?", (since,)).fetchone()[0]
    done = 0
    for spec in SPECS.values():
        states = raw.execute(
            "SELECT record_id, hlc, origin, vv FROM sync_state WHERE tbl = ? AND seq > ? "
            "AND (source IS NULL OR source != ?) ORDER BY record_id",
            (spec.name, since, skip_source or "")).fetchall()
        for part in chunks(states, 2000):
            rows = fetch_rows(raw, spec, [s[0] for s in part], cipher)
            for rid, hlc, origin, vv in part:
                entry = rows.get(rid)
                if entry is None:  # removed here since (by a cascade)
                    continue
                data, children = entry
                rec: dict[str, Any] = {"k": "r", "t": spec.name, "id": rid, "h": hlc,
                                       "o": origin, "vv": json.loads(vv), "d": data}
                if children:
                    rec["c"] = children
                counts.records += 1
                counts.by_table[spec.name] = counts.by_table.get(spec.name, 0) + 1
                yield _line(rec)
            done += len(part)
            if progress is not None and not progress(done, max(todo, 1)):
                raise InterruptedError("export cancelled")
    for tbl, rid, kind, at, origin, hlc in raw.execute(
            "SELECT tbl, record_id, kind, at, site_id, hlc FROM sync_tombstone WHERE seq > ? "
            "ORDER BY tbl, record_id", (since,)).fetchall():
        counts.tombstones += 1
        yield _line({"k": "x", "t": tbl, "id": rid, "kind": kind, "at": str(at),
                     "o": origin, "h": hlc})
    yield _line({"k": "end", "records": counts.records, "tombstones": counts.tombstones})


# -- reading and checking a file's content --------------------------------------------------


@dataclass
class Version:
    table: str
    id: str
    hlc: int
    origin: str
    vv: dict[str, int]
    data: list[Any]
    children: dict[str, list[list[Any]]]

    def to_json(self) -> str:
        return json.dumps({"t": self.table, "id": self.id, "h": self.hlc, "o": self.origin,
                           "vv": self.vv, "d": self.data, "c": self.children},
                          ensure_ascii=False, separators=(",", ":"))


@dataclass(frozen=True)
class Tombstone:
    table: str
    id: str
    kind: str
    at: str
    origin: str
    hlc: int


@dataclass
class Content:
    manifest: dict[str, Any]
    records: dict[str, list[Version]]
    tombstones: list[Tombstone]

    @property
    def count(self) -> int:
        return sum(len(v) for v in self.records.values())

    def max_hlc(self) -> int:
        hs = [v.hlc for vs in self.records.values() for v in vs]
        hs += [t.hlc for t in self.tombstones]
        return max(hs, default=0)


def _invalid(n: int, text: str) -> SyncFileError:
    return SyncFileError("invalid", f"line {n}: {text}")


def _uuid(v: Any) -> bool:
    return isinstance(v, str) and UUID_RE.match(v) is not None


def _hlc(v: Any) -> bool:
    return type(v) is int and 0 < v <= _HLC_MAX


def _check_vv(vv: Any) -> bool:
    if not isinstance(vv, dict) or not vv or len(vv) > MAX_VV:
        return False
    return all(_uuid(k) and type(n) is int and 0 < n <= _HLC_MAX for k, n in vv.items())


def _column_maps(manifest: dict[str, Any]) -> dict[str, list[int] | None]:
    """For each table, where each of our columns sits in the file's rows (None when the
    order is ours). A file with a column this version does not know is refused."""
    columns = manifest.get("columns")
    if not isinstance(columns, dict):
        raise _invalid(1, "the manifest has no column list")
    ours: dict[str, tuple[str, ...]] = {}
    for spec in SPECS.values():
        ours[spec.name] = spec.columns
        for child in spec.children:
            ours[child.name] = child.columns
    maps: dict[str, list[int] | None] = {}
    for table, cols in columns.items():
        if table not in ours:
            raise SyncFileError("newer_format", f"the file has records of a kind this version "
                                f"does not know ({str(table)[:40]}); update the app")
        if not isinstance(cols, list) or not all(isinstance(c, str) for c in cols):
            raise _invalid(1, "the manifest's column list is malformed")
        if tuple(cols) == ours[table]:
            maps[table] = None
            continue
        unknown = set(cols) - set(ours[table])
        missing = set(ours[table]) - set(cols)
        if unknown:
            raise SyncFileError("newer_format", f"the file has fields this version does not "
                                f"know ({table}); update the app")
        if missing:
            raise _invalid(1, f"the file lacks fields of {table}: {', '.join(sorted(missing))}")
        maps[table] = [cols.index(c) for c in ours[table]]
    return maps


def _reorder(row: Any, expected: int, colmap: list[int] | None) -> list[Any] | None:
    if not isinstance(row, list) or len(row) != expected:
        return None
    return row if colmap is None else [row[i] for i in colmap]


def parse(lines: Iterable[bytes], sender_site: str) -> Content:
    """Every line of the content checked: kinds, ids, clock times, every field against
    its column's type and length. The first problem refuses the whole file."""
    it = iter(lines)
    try:
        first = json.loads(next(it))
    except StopIteration:
        raise _invalid(1, "the file is empty") from None
    except (ValueError, RecursionError):
        raise _invalid(1, "the manifest is not readable") from None
    if not isinstance(first, dict) or first.get("k") != "manifest":
        raise _invalid(1, "the manifest is missing")
    fmt = first.get("format")
    if type(fmt) is not int or fmt < 1:
        raise _invalid(1, "the manifest is malformed")
    if fmt > FORMAT:
        raise SyncFileError("newer_format", f"made by a newer version of Infoline Desk "
                            f"(content format {fmt}); update the app")
    if first.get("site_id") != sender_site:
        raise SyncFileError("invalid", "the site named inside the file is not the partner "
                            "whose key signed it")
    maps = _column_maps(first)
    records: dict[str, list[Version]] = {}
    tombstones: list[Tombstone] = []
    seen: set[tuple[str, str]] = set()
    ended: dict[str, Any] | None = None
    n = 1
    for raw_line in it:
        n += 1
        if ended is not None:
            raise _invalid(n, "content after the end")
        if n > MAX_RECORDS + 2:
            raise _invalid(n, f"more than {MAX_RECORDS} records")
        try:
            obj = json.loads(raw_line)
        except (ValueError, RecursionError):  # RecursionError: thousands of nested [
            raise _invalid(n, "not readable") from None
        if not isinstance(obj, dict):
            raise _invalid(n, "not a record")
        kind = obj.get("k")
        if kind == "r":
            v = _parse_record(n, obj, maps)
            key = (v.table, v.id)
            if key in seen:
                raise _invalid(n, f"{v.table} {v.id} appears twice")
            seen.add(key)
            records.setdefault(v.table, []).append(v)
        elif kind == "x":
            tomb = _parse_tombstone(n, obj)
            key = (tomb.table, "x:" + tomb.id)
            if key in seen:
                raise _invalid(n, f"tombstone {tomb.table} {tomb.id} appears twice")
            seen.add(key)
            tombstones.append(tomb)
        elif kind == "end":
            ended = obj
        else:
            raise _invalid(n, "an unknown kind of line")
    if ended is None:
        raise SyncFileError("damaged", "the content is incomplete (no end mark)")
    total = sum(len(v) for v in records.values())
    if ended.get("records") != total or ended.get("tombstones") != len(tombstones):
        raise SyncFileError("damaged", "the content does not hold what its end mark counts")
    return Content(first, records, tombstones)


def _parse_record(n: int, obj: dict[str, Any], maps: dict[str, list[int] | None]) -> Version:
    table = obj.get("t")
    spec = SPECS.get(table) if isinstance(table, str) else None
    if spec is None:
        raise _invalid(n, "a kind of record that does not travel")
    rid: Any = obj.get("id")
    hlc: Any = obj.get("h")
    origin: Any = obj.get("o")
    vv: Any = obj.get("vv")
    if not _uuid(rid):
        raise _invalid(n, f"{spec.name}: malformed id")
    if not _hlc(hlc) or not _uuid(origin) or not _check_vv(vv):
        raise _invalid(n, f"{spec.name} {rid}: malformed version")
    data = _reorder(obj.get("d"), len(spec.columns), maps.get(spec.name))
    if data is None:
        raise _invalid(n, f"{spec.name} {rid}: wrong number of fields")
    for col, check, value in zip(spec.columns, spec.checks, data, strict=True):
        problem = check(value)
        if problem is not None:
            raise _invalid(n, f"{spec.name} {rid}, field {col}: {problem}")
    if data[spec.id_index] != rid:
        raise _invalid(n, f"{spec.name} {rid}: the id does not match")
    children: dict[str, list[list[Any]]] = {}
    given = obj.get("c") or {}
    if not isinstance(given, dict):
        raise _invalid(n, f"{spec.name} {rid}: malformed parts")
    known = {c.name: c for c in spec.children}
    for name, rows in given.items():
        child = known.get(name)
        if child is None or not isinstance(rows, list) or len(rows) > MAX_CHILD_ROWS:
            raise _invalid(n, f"{spec.name} {rid}: malformed parts")
        out = []
        for row in rows:
            values = _reorder(row, len(child.columns), maps.get(child.name))
            if values is None:
                raise _invalid(n, f"{spec.name} {rid}, {name}: wrong number of fields")
            for col, check, value in zip(child.columns, child.checks, values, strict=True):
                problem = check(value)
                if problem is not None:
                    raise _invalid(n, f"{spec.name} {rid}, {name}.{col}: {problem}")
            if values[child.parent_index] != rid:
                raise _invalid(n, f"{spec.name} {rid}, {name}: belongs to another record")
            if name in CASE_CODE_LISTS:
                problem = case_code_problem(name, values[1], values[2])
                if problem is not None:
                    raise _invalid(n, f"{spec.name} {rid}, {name}.code: {problem}")
            out.append(values)
        children[name] = out
    return Version(spec.name, rid, hlc, origin, vv, data, children)


def _parse_tombstone(n: int, obj: dict[str, Any]) -> Tombstone:
    table: Any = obj.get("t")
    rid: Any = obj.get("id")
    kind: Any = obj.get("kind")
    at: Any = obj.get("at")
    origin: Any = obj.get("o")
    hlc: Any = obj.get("h")
    if not isinstance(table, str) or table not in SPECS or not _uuid(rid):
        raise _invalid(n, "a malformed tombstone")
    if kind not in (DELETED, ERASED, REDACTED) or not _uuid(origin) or not _hlc(hlc):
        raise _invalid(n, "a malformed tombstone")
    if not isinstance(at, str) or SPECS["sync_conflict"].checks[
            SPECS["sync_conflict"].columns.index("detected_at")](at) is not None:
        raise _invalid(n, "a malformed tombstone")
    return Tombstone(table, rid, kind, at, origin, hlc)


# -- merging a file in ----------------------------------------------------------------------


@dataclass
class MergeCounts:
    inserted: int = 0
    updated: int = 0
    unchanged: int = 0
    conflicts: int = 0
    waiting: int = 0  # referenced records not here yet
    dropped: int = 0  # deleted or erased here: never brought back
    deleted: int = 0  # records removed by tombstones of the file
    by_table: dict[str, int] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        return {"inserted": self.inserted, "updated": self.updated,
                "unchanged": self.unchanged, "conflicts": self.conflicts,
                "waiting": self.waiting, "dropped": self.dropped, "deleted": self.deleted}

    @property
    def changed(self) -> int:
        return self.inserted + self.updated + self.conflicts + self.deleted


@dataclass
class _State:
    hlc: int
    origin: str
    vv: dict[str, int]
    seen: int


class Merger:
    """Applies versions and tombstones inside the caller's transaction."""

    def __init__(self, raw: Raw, site: Site, now: datetime, peer_site: str | None,
                 counts: MergeCounts | None = None, cipher: CaseCipher | None = None):
        self.raw = raw
        self.cipher = cipher
        """Opens and seals the values sealed under the case key (app/models/sealed.py)."""
        self.site = site
        self.now = now
        self.now_sql = sql_time(now)
        self.peer_site = peer_site
        self.counts = counts or MergeCounts()
        self.gone: dict[tuple[str, str], str] = {}  # (table, id) → kind, as far as looked up
        self.redacted: dict[tuple[str, str], int] = {}
        self.erased_any = False

    # tombstones

    def _load_tombstones(self, keys: Iterable[tuple[str, str]]) -> None:
        by_table: dict[str, list[str]] = {}
        for t, rid in keys:
            if (t, rid) not in self.gone and (t, rid) not in self.redacted:
                by_table.setdefault(t, []).append(rid)
        for t, ids in by_table.items():
            for part in chunks(sorted(set(ids))):
                for rid, kind, hlc in self.raw.execute(
                        "SELECT record_id, kind, hlc FROM sync_tombstone WHERE tbl = ? AND "
                        f"record_id IN ({marks(len(part))})", (t, *part)):
                    if kind == REDACTED:
                        self.redacted[(t, rid)] = int(hlc)
                    else:
                        self.gone[(t, rid)] = kind

    def add_tombstones(self, tombs: list[Tombstone]) -> list[tuple[str, str]]:
        """Record the file's tombstones; returns the records they newly end here."""
        self._load_tombstones((t.table, t.id) for t in tombs)
        ended: list[tuple[str, str]] = []
        for tomb in tombs:
            key = (tomb.table, tomb.id)
            self.site.observe(tomb.hlc)
            if tomb.kind == REDACTED:
                if key in self.gone or self.redacted.get(key, 0) >= tomb.hlc:
                    continue
                self._write_tombstone(tomb)
                self.redacted[key] = tomb.hlc
                self._purge_versions(tomb.table, tomb.id, before=tomb.hlc)
                continue
            old = self.gone.get(key)
            if old in (ERASED, tomb.kind):
                continue
            self._write_tombstone(tomb)
            self.gone[key] = tomb.kind
            self.redacted.pop(key, None)
            if old is None:
                ended.append(key)
        return ended

    def _write_tombstone(self, tomb: Tombstone) -> None:
        self.raw.execute(
            "INSERT INTO sync_tombstone (tbl, record_id, kind, at, site_id, hlc, seq) "
            "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (tbl, record_id) DO UPDATE SET "
            "kind = excluded.kind, at = excluded.at, site_id = excluded.site_id, "
            "hlc = excluded.hlc, seq = excluded.seq",
            (tomb.table, tomb.id, tomb.kind, tomb.at, tomb.origin, tomb.hlc,
             self.site.next_seq()))

    def _purge_versions(self, table: str, rid: str, before: int | None = None) -> None:
        """Forget the copies of a record's versions kept for sync (conflicts, waiting
        versions): all of them, or those older than ``before``."""
        raw = self.raw
        if before is None:
            ids = [r[0] for r in raw.execute(
                "SELECT id FROM sync_conflict WHERE tbl = ? AND record_id = ?", (table, rid))]
            raw.execute("DELETE FROM sync_pending WHERE tbl = ? AND record_id = ?",
                        (table, rid))
        else:
            ids = [r[0] for r in raw.execute(
                "SELECT id FROM sync_conflict WHERE tbl = ? AND record_id = ? AND "
                "(winner_hlc < ? OR loser_hlc < ?)", (table, rid, before, before))]
            for payload, in raw.execute(
                    "SELECT payload FROM sync_pending WHERE tbl = ? AND record_id = ?",
                    (table, rid)).fetchall():
                if int(json.loads(payload)["h"]) < before:
                    raw.execute("DELETE FROM sync_pending WHERE tbl = ? AND record_id = ?",
                                (table, rid))
        for cid in ids:
            raw.execute("DELETE FROM sync_conflict WHERE id = ?", (cid,))
            raw.execute("DELETE FROM sync_state WHERE tbl = 'sync_conflict' AND record_id = ?",
                        (cid,))

    def end_records(self, keys: list[tuple[str, str]]) -> None:
        """Remove records that tombstones ended: the row, its parts, its sync copies.
        References to it from rows that stay are cleared (or those rows removed, when
        the reference is required), as the database's own ON DELETE rules do."""
        for table, rid in keys:
            if self.gone.get((table, rid)) == ERASED:
                self.erased_any = True
            remove_record(self.raw, table, rid)
            self._purge_versions(table, rid)
            self.raw.execute("DELETE FROM sync_state WHERE tbl = ? AND record_id = ?",
                             (table, rid))
            self.counts.deleted += 1

    # versions

    def _states(self, table: str, ids: list[str]) -> dict[str, _State]:
        out: dict[str, _State] = {}
        for part in chunks(ids):
            for rid, hlc, origin, vv, seen in self.raw.execute(
                    "SELECT record_id, hlc, origin, vv, seen FROM sync_state WHERE tbl = ? "
                    f"AND record_id IN ({marks(len(part))})", (table, *part)):
                out[rid] = _State(int(hlc), origin, json.loads(vv), int(seen))
        return out

    def _existing(self, table: str, ids: Iterable[str]) -> set[str]:
        found: set[str] = set()
        wanted = sorted(set(ids))
        for part in chunks(wanted):
            found.update(r[0] for r in self.raw.execute(
                f"SELECT id FROM {table} WHERE id IN ({marks(len(part))})", tuple(part)))
        return found

    def apply(self, versions: dict[str, list[Version]],
              progress: Progress | None = None) -> list[Version]:
        """Merge the versions (by table, any order within); returns those that must wait
        for records they refer to."""
        waiting: list[Version] = []
        accepted: dict[str, set[str]] = {}
        total = sum(len(v) for v in versions.values())
        done = 0
        for table in ORDER:
            batch = versions.get(table)
            if not batch:
                continue
            waiting += self._apply_table(SPECS[table], batch, accepted)
            done += len(batch)
            if progress is not None and not progress(done, max(total, 1)):
                raise InterruptedError("import cancelled")
        return waiting

    def _apply_table(self, spec: TableSpec, batch: list[Version],
                     accepted: dict[str, set[str]]) -> list[Version]:
        raw = self.raw
        table = spec.name
        ids = [v.id for v in batch]
        self._load_tombstones((table, rid) for rid in ids)
        closed: dict[str, bool] = {}
        if table == "sync_conflict":
            ti, ri = spec.columns.index("tbl"), spec.columns.index("record_id")
            si = spec.columns.index("status")
            self._load_tombstones((v.data[ti], v.data[ri]) for v in batch)
            closed = {rid: row[si] != OPEN
                      for rid, (row, _parts) in fetch_rows(raw, spec, ids, self.cipher).items()}
        states = self._states(table, ids)
        present = self._existing(table, ids)
        # decide, version by version
        take: list[tuple[Version, dict[str, int], int, str, str | None]] = []
        keep: list[tuple[str, dict[str, int]]] = []
        conflicts: list[tuple[Version, _State]] = []
        for v in batch:
            key = (table, v.id)
            if key in self.gone or (table == "sync_conflict" and (
                    v.data[ti], v.data[ri]) in self.gone):
                self.counts.dropped += 1
                continue
            if v.hlc < self.redacted.get(key, 0):
                self.counts.dropped += 1
                continue
            st = states.get(v.id)
            if st is None or (v.id not in present and vv_le(st.vv, v.vv)):
                take.append((v, v.vv, v.hlc, v.origin, self.peer_site))
                continue
            if vv_le(v.vv, st.vv):
                self.counts.unchanged += 1
                continue
            if vv_le(st.vv, v.vv):
                take.append((v, v.vv, v.hlc, v.origin, self.peer_site))
                continue
            joined = vv_join(v.vv, st.vv)
            if v.id not in present:  # gone here by a cascade: nothing to keep
                take.append((v, joined, v.hlc, v.origin, None))
                continue
            if table == "sync_conflict":
                # Settling a conflict is for good: a closed version beats an open one
                # whatever the clocks say (a site may see the conflict after it was
                # settled elsewhere); between two settled versions the later wins.
                theirs_closed = v.data[si] != OPEN
                if theirs_closed != (closed.get(v.id, False)):
                    if theirs_closed:
                        take.append((v, joined, v.hlc, v.origin, None))
                    else:
                        keep.append((v.id, joined))
                    continue
            conflicts.append((v, st))
            if (v.hlc, v.origin) > (st.hlc, st.origin):
                take.append((v, joined, v.hlc, v.origin, None))
            else:
                keep.append((v.id, joined))
        if conflicts:
            self._record_conflicts(spec, conflicts)
        # references: to records here, in this file, or ended by a tombstone
        take, waiting = self._check_references(spec, take, accepted)
        take = self._check_unique(spec, take, present)
        accepted.setdefault(table, set()).update(t[0].id for t in take)
        self._write(spec, take, present)
        state_rows = []
        vi = spec.version_index
        for v, vv, hlc, origin, source in take:
            seen = 1 if vi is None else int(v.data[vi])
            state_rows.append((table, v.id, seen, hlc, origin, vv_text(vv),
                               self.site.next_seq(), source))
        raw.executemany(
            "INSERT INTO sync_state (tbl, record_id, seen, hlc, origin, vv, seq, source) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (tbl, record_id) DO UPDATE SET "
            "seen = excluded.seen, hlc = excluded.hlc, origin = excluded.origin, "
            "vv = excluded.vv, seq = excluded.seq, source = excluded.source", state_rows)
        raw.executemany("UPDATE sync_state SET vv = ?, seq = ?, source = NULL "
                        "WHERE tbl = ? AND record_id = ?",
                        [(vv_text(vv), self.site.next_seq(), table, rid) for rid, vv in keep])
        if take or keep:
            self.counts.by_table[table] = self.counts.by_table.get(table, 0) + len(take)
        return waiting

    def _check_references(self, spec: TableSpec, take: list[Any],
                          accepted: dict[str, set[str]]) -> tuple[list[Any], list[Version]]:
        fks: list[tuple[ForeignKey, ChildSpec | None]] = [(fk, None) for fk in spec.fks]
        fks += [(fk, child) for child in spec.children for fk in child.fks]
        if not fks or not take:
            return take, []
        wanted: dict[str, set[str]] = {}
        for v, *_rest in take:
            for fk, child in fks:
                rows = [v.data] if child is None else v.children.get(child.name, [])
                for row in rows:
                    ref = row[fk.index]
                    if ref is not None:
                        wanted.setdefault(fk.target, set()).add(ref)
        known: dict[str, set[str]] = {}
        for target, refs in wanted.items():
            have = set(accepted.get(target, set()))
            if target == spec.name:
                have.update(t[0].id for t in take)
            refs_left = refs - have
            have.update(self._existing(target, refs_left))
            self._load_tombstones((target, r) for r in refs - have)
            known[target] = have
        out: list[Any] = []
        waiting: list[Version] = []
        for item in take:
            v = item[0]
            ok = True
            for fk, child in fks:
                rows = [v.data] if child is None else v.children.get(child.name, [])
                keep_rows = []
                for row in rows:
                    ref = row[fk.index]
                    if ref is None or ref in known[fk.target]:
                        keep_rows.append(row)
                        continue
                    if (fk.target, ref) in self.gone:
                        if child is not None and fk.ondelete != "SET NULL" and not fk.nullable:
                            continue  # the part goes with the record it named
                        if fk.ondelete == "CASCADE" or not fk.nullable:
                            ok = False  # the record goes with the one it belonged to
                            break
                        row[fk.index] = None
                        keep_rows.append(row)
                        continue
                    ok = False
                    waiting.append(v)
                    break
                if not ok:
                    break
                if child is not None:
                    v.children[child.name] = keep_rows
            if ok:
                out.append(item)
            elif not waiting or waiting[-1] is not v:
                self.counts.dropped += 1
        # a record referring to one of its own table that now waits, waits too
        if waiting and any(fk.target == spec.name for fk, _c in fks):
            late = {w.id for w in waiting}
            changed = True
            while changed:
                changed = False
                for item in list(out):
                    if any(fk.target == spec.name and item[0].data[fk.index] in late
                           for fk, c in fks if c is None):
                        out.remove(item)
                        waiting.append(item[0])
                        late.add(item[0].id)
                        changed = True
        self.counts.waiting += len(waiting)
        return out, waiting

    def _check_unique(self, spec: TableSpec, take: list[Any], present: set[str]) -> list[Any]:
        if not spec.uniques or not take:
            return take
        out = []
        claimed: dict[tuple[Any, ...], str] = {}
        for item in take:
            v = item[0]
            clash = None
            for cols in spec.uniques:
                values = tuple(v.data[i] for i in cols)
                if any(x is None for x in values):
                    continue
                where = " AND ".join(f"{spec.columns[i]} = ?" for i in cols)
                row = self.raw.execute(f"SELECT id FROM {spec.name} WHERE {where} AND id != ?",
                                       (*values, v.id)).fetchone()
                other = row[0] if row else claimed.get((cols, *values))
                if other is not None and other != v.id:
                    clash = (cols, other)
                    break
                claimed[(cols, *values)] = v.id
            if clash is None:
                out.append(item)
            elif spec.name == "app_user" and spec.columns[clash[0][0]] == "username":
                # Login names are per site: a partner's "anna" is not ours.
                i = clash[0][0]
                v.data[i] = f"{str(v.data[i])[:50]}~{v.id[:8]}"
                out.append(item)
            else:
                self._duplicate(spec, v, clash[1])
        return out

    def _duplicate(self, spec: TableSpec, v: Version, local_id: str) -> None:
        """Two records that must not both exist (the same key): the one here stays, the
        received one is kept in a conflict for a supervisor."""
        local = fetch_rows(self.raw, spec, [local_id], self.cipher).get(local_id)
        if local is None:
            return
        st = self._states(spec.name, [local_id]).get(local_id)
        here = (st.hlc, st.origin) if st else (0, self.site.site_id)
        self._insert_conflict(spec, v.id, DUPLICATE, here, local, (v.hlc, v.origin),
                              (v.data, v.children), fields=[])

    def _record_conflicts(self, spec: TableSpec, conflicts: list[tuple[Version, _State]]
                          ) -> None:
        if spec.name == "sync_conflict":  # two sites resolved one conflict: last wins
            return
        local = fetch_rows(self.raw, spec, [v.id for v, _s in conflicts], self.cipher)
        for v, st in conflicts:
            mine = local.get(v.id)
            if mine is None:
                continue
            fields = differing(spec, mine, (v.data, v.children))
            if not fields:
                continue  # the same content reached twice: nothing to decide
            theirs = (v.data, v.children)
            if (v.hlc, v.origin) > (st.hlc, st.origin):
                self._insert_conflict(spec, v.id, EDIT, (v.hlc, v.origin), theirs,
                                      (st.hlc, st.origin), mine, fields)
            else:
                self._insert_conflict(spec, v.id, EDIT, (st.hlc, st.origin), mine,
                                      (v.hlc, v.origin), theirs, fields)

    def _insert_conflict(self, spec: TableSpec, rid: str, kind: str, winner: tuple[int, str],
                         winner_data: Any, loser: tuple[int, str], loser_data: Any,
                         fields: list[str]) -> None:
        cid = conflict_id(spec.name, rid, winner, loser)
        row = seal_row(self.cipher, "sync_conflict", ("winner_data", "loser_data"),
                       [version_json(spec, *winner_data), version_json(spec, *loser_data)])
        cur = self.raw.execute(
            "INSERT OR IGNORE INTO sync_conflict (id, created_at, updated_at, site_id, "
            "author_id, version, deleted_at, tbl, record_id, kind, winner_site, winner_hlc, "
            "loser_site, loser_hlc, winner_data, loser_data, fields, detected_at, status, "
            "resolved_by, resolved_at, resolution) VALUES (?, ?, ?, ?, NULL, 1, NULL, ?, ?, "
            "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, NULL, '')",
            (cid, self.now_sql, self.now_sql, self.site.site_id, spec.name, rid, kind,
             winner[1], winner[0], loser[1], loser[0], row[0], row[1], json.dumps(fields),
             self.now_sql, OPEN))
        if cur.rowcount:
            self.counts.conflicts += 1
            log.info("sync conflict on %s %s (%s)", spec.name, rid, kind)

    def _write(self, spec: TableSpec, take: list[Any], present: set[str]) -> None:
        if not take:
            return
        raw = self.raw
        cols = spec.columns
        if spec.name in SEALED_COLUMNS:
            take = [(replace(t[0], data=seal_row(self.cipher, spec.name, cols, t[0].data)),
                     *t[1:]) for t in take]
        inserts = [t[0].data for t in take if t[0].id not in present]
        updates = [t[0] for t in take if t[0].id in present]
        if inserts:
            defaults = LOCAL_DEFAULTS.get(spec.name, {})
            names = [*cols, *defaults]
            raw.executemany(f"INSERT INTO {spec.name} ({', '.join(names)}) VALUES "
                            f"({marks(len(names))})",
                            [[*row, *defaults.values()] for row in inserts])
            self.counts.inserted += len(inserts)
        if updates:
            sets = ", ".join(f"{c} = ?" for i, c in enumerate(cols) if i != spec.id_index)
            rows = [[x for i, x in enumerate(v.data) if i != spec.id_index] + [v.id]
                    for v in updates]
            raw.executemany(f"UPDATE {spec.name} SET {sets} WHERE id = ?", rows)
            self.counts.updated += len(updates)
        for child in spec.children:
            parent = child.columns[child.parent_index]
            if updates:
                for part in chunks([v.id for v in updates]):
                    raw.execute(f"DELETE FROM {child.name} WHERE {parent} IN "
                                f"({marks(len(part))})", tuple(part))
            rows = [row for t in take for row in t[0].children.get(child.name, [])]
            if rows:
                raw.executemany(f"INSERT INTO {child.name} ({', '.join(child.columns)}) "
                                f"VALUES ({marks(len(child.columns))})", rows)


def differing(spec: TableSpec, a: tuple[list[Any], dict[str, list[list[Any]]]],
              b: tuple[list[Any], dict[str, list[list[Any]]]]) -> list[str]:
    """Fields (and parts) in which two versions of a record differ, bookkeeping aside."""
    out = [spec.columns[i] for i in spec.compared if a[0][i] != b[0][i]]
    for child in spec.children:
        if sorted(a[1].get(child.name, [])) != sorted(b[1].get(child.name, [])):
            out.append(child.name)
    return out


def version_json(spec: TableSpec, data: list[Any], children: dict[str, list[list[Any]]]
                 ) -> str:
    """A version as kept in a conflict: fields by name, parts by name."""
    obj: dict[str, Any] = {"fields": dict(zip(spec.columns, data, strict=True))}
    if children:
        named = {c.name: c.columns for c in spec.children}
        obj["parts"] = {name: [dict(zip(named[name], row, strict=True)) for row in rows]
                        for name, rows in children.items()}
    return json.dumps(obj, ensure_ascii=False, sort_keys=True)


def remove_record(raw: Raw, table: str, rid: str) -> None:
    """Delete a record for good: rows that must refer to it go, optional references
    are cleared, then the row (its parts follow by ON DELETE CASCADE)."""
    for ref_table, column, ondelete, nullable in referrers(table):
        if ondelete in ("CASCADE", "SET NULL"):
            continue
        if nullable:
            raw.execute(f"UPDATE {ref_table} SET {column} = NULL WHERE {column} = ?", (rid,))
        else:
            raw.execute(f"DELETE FROM {ref_table} WHERE {column} = ?", (rid,))
    raw.execute(f"DELETE FROM {table} WHERE id = ?", (rid,))


def is_bookkeeping(column: str) -> bool:
    return column in BOOKKEEPING
