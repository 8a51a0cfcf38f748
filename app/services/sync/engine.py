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

This module holds the rules' shared pieces (clock, vectors, noticing changes, writing a
file's content); reading a file's content is in :mod:`app.services.sync.content` and the
merge itself in :mod:`app.services.sync.merge`.
"""

from __future__ import annotations

import json
import logging
import time
import uuid
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from app.models.sealed import SEALED_COLUMNS, CaseCipher, open_row
from app.services.sync.content import (
    FORMAT,
    MAX_CHILD_ROWS,  # noqa: F401 - callers import it from here
    MAX_RECORDS,  # noqa: F401 - callers import it from here
    MAX_VV,  # noqa: F401 - callers import it from here
    Content,  # noqa: F401 - callers import it from here
    parse,  # noqa: F401 - callers import it from here
)
from app.services.sync.tables import (
    BOOKKEEPING,
    SPECS,
    TableSpec,
    referrers,
)

log = logging.getLogger("app.sync")

CHUNK = 500
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
