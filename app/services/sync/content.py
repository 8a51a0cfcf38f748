"""Reading and checking a sync file's content: every line parsed and checked (ids, clock
times, version vectors, columns mapped to this version's order) before anything is merged
(app/services/sync/engine.py). The limits a file is held to are here too.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from app.models.sync import DELETED, ERASED, REDACTED
from app.services.sync.fileformat import SyncFileError
from app.services.sync.tables import (
    CASE_CODE_LISTS,
    SPECS,
    UUID_RE,
    case_code_problem,
)

FORMAT = 1
MAX_RECORDS = 2_000_000
"""Most records (and tombstones) one file may carry."""
MAX_CHILD_ROWS = 10_000
"""Most rows of one kind inside one record (a contact's topics, history…)."""
MAX_VV = 1_000
"""Most sites one version vector may name."""
_HLC_MAX = 2**63 - 1
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
