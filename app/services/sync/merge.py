"""Merging a received file's versions and tombstones into the local records by the rules of
app/services/sync/engine.py: newer or older by the version vectors, a conflict decided by
clock time and site and the loser kept, versions that wait for the records they refer to,
unique values and case codes checked, tombstones that end a record for good.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any

from app.models.sealed import SEALED_COLUMNS, CaseCipher, seal_row
from app.models.sync import DUPLICATE, EDIT, ERASED, OPEN, REDACTED
from app.services.sync.content import (
    MAX_CHILD_ROWS,  # noqa: F401 - callers import it from here
    MAX_RECORDS,  # noqa: F401 - callers import it from here
    MAX_VV,  # noqa: F401 - callers import it from here
    Content,  # noqa: F401 - callers import it from here
    Tombstone,
    Version,
    parse,  # noqa: F401 - callers import it from here
)
from app.services.sync.engine import (
    Progress,
    Raw,
    Site,
    chunks,
    conflict_id,
    differing,
    fetch_rows,
    marks,
    remove_record,
    sql_time,
    version_json,
    vv_join,
    vv_le,
    vv_text,
)
from app.services.sync.tables import (
    LOCAL_DEFAULTS,
    ORDER,
    SPECS,
    ChildSpec,
    ForeignKey,
    TableSpec,
)

log = logging.getLogger("app.sync")


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
