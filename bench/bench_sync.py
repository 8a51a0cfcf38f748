"""Sync import (target: ≥ 25 % of raw SQLite insert throughput for the same rows).

A site with 100,000 contacts (each with a topic and its history entry) writes a full
sync file for a partner; the partner imports it: signature check, decryption,
decompression, every field validated, the merge (version vectors, references, unique
keys) and the writes, in one transaction, with the full-text index kept by its
triggers. The reference inserts exactly the same rows into a fresh database of the
same schema (triggers included) with plain ``executemany`` on the driver's connection,
in one transaction. Both databases are files in a temporary folder.

    python3 bench/bench_sync.py [--records N]
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from common import Result, print_table

from app.db import Store, open_store
from app.models import new_uuid
from app.services.contacts.service import UserService
from app.services.sync.service import SyncService
from app.services.sync.tables import LOCAL_DEFAULTS, SPECS

RECORDS = 100_000
TARGET_SHARE = 0.25
WORDS = ("звонила", "по поводу", "работы", "в Польше", "визы", "договор", "агентство",
         "паспорт", "консультация", "перезвонить", "Минск", "Гомель", "сестра", "Германия")


def _fill(store: Store, n: int, user_id: str) -> None:
    """n contacts with a topic and a history entry each, written straight to the file."""
    rng = random.Random(113)
    site = store.site_id
    start = datetime(2024, 1, 1, tzinfo=UTC)
    contacts, topics, history = [], [], []
    cols = SPECS["contact"].columns
    for i in range(n):
        cid = new_uuid()
        when = (start + timedelta(minutes=7 * i)).strftime("%Y-%m-%d %H:%M:%S.%f")
        row = dict.fromkeys(cols)
        row.update(id=cid, kind="consultation", channel=rng.choice(["phone", "email"]),
                   started_at=when, consultant_id=user_id, organisation="lastrada",
                   gender=rng.choice(["female", "male"]), age_group="25_34",
                   region="minsk_city", crisis=0, out_of_hours=0,
                   notes=" ".join(rng.choice(WORDS) for _ in range(12)),
                   created_at=when, updated_at=when, site_id=site, author_id=user_id,
                   version=1)
        contacts.append([row[c] for c in cols])
        topics.append((cid, rng.choice(["employment_abroad", "passport_visa", "study_abroad"])))
        history.append((new_uuid(), cid, when, user_id, site, "create", "{}"))
    with store.session() as s:
        raw = s.connection().connection.driver_connection
        raw.executemany(f"INSERT INTO contact ({', '.join(cols)}) VALUES "
                        f"({', '.join('?' * len(cols))})", contacts)
        raw.executemany("INSERT INTO contact_topic (contact_id, topic) VALUES (?, ?)", topics)
        raw.executemany("INSERT INTO contact_change (id, contact_id, changed_at, user_id, "
                        "site_id, action, changes) VALUES (?, ?, ?, ?, ?, ?, ?)", history)


def _site(folder: Path, name: str) -> tuple[Store, SyncService]:
    store = open_store(folder / f"{name}.sqlite3")
    store.set_setting("site_name", name)
    admin = UserService(store).add(f"Admin {name}", role="administrator",
                                   username=f"admin-{name}")
    sync = SyncService(store, admin.id)
    sync.ensure_keys()
    return store, sync


def _raw_insert(folder: Path, source: Store) -> float:
    """The same rows into a fresh database, plain executemany in one transaction."""
    store = open_store(folder / "raw.sqlite3")
    tables = ["app_user", "contact", "contact_topic", "contact_change"]
    rows = {}
    cols = {}
    with source.engine.connect() as conn:
        for t in tables:
            spec_cols = (SPECS[t].columns if t in SPECS else
                         SPECS["contact"].children[[c.name for c in SPECS["contact"].children]
                                                   .index(t)].columns)
            # columns that do not travel get the values the import gives them
            local = LOCAL_DEFAULTS.get(t, {})
            cols[t] = [*spec_cols, *local]
            rows[t] = [(*row, *local.values()) for row in conn.exec_driver_sql(
                f"SELECT {', '.join(spec_cols)} FROM {t}")]
        conn.rollback()
    try:
        with store.session() as s:
            raw = s.connection().connection.driver_connection
            raw.execute("DELETE FROM app_user")
            t0 = time.perf_counter()
            for t in tables:
                raw.executemany(f"INSERT INTO {t} ({', '.join(cols[t])}) VALUES "
                                f"({', '.join('?' * len(cols[t]))})", rows[t])
        return time.perf_counter() - t0
    finally:
        store.close()


def run(_path: Path | None = None, records: int = RECORDS) -> list[Result]:
    with tempfile.TemporaryDirectory(prefix="infoline-bench-sync-") as tmp:
        folder = Path(tmp)
        a_store, a = _site(folder, "a")
        b_store, b = _site(folder, "b")
        try:
            a.add_peer("b", b.public_keys())
            b.add_peer("a", a.public_keys())
            _fill(a_store, records, a.user_id or "")
            t0 = time.perf_counter()
            a.export("b", folder / "a-to-b.ilsync", full=True)
            export_s = time.perf_counter() - t0
            size = (folder / "a-to-b.ilsync").stat().st_size
            t0 = time.perf_counter()
            result = b.import_file(folder / "a-to-b.ilsync")
            import_s = time.perf_counter() - t0
            assert result.counts["inserted"] == records + 1, result.counts
            t0 = time.perf_counter()
            again = b.import_file(folder / "a-to-b.ilsync")
            reimport_s = time.perf_counter() - t0
            assert again.result == "duplicate"
            raw_s = _raw_insert(folder, a_store)
        finally:
            a_store.close()
            b_store.close()
    share = raw_s / import_s
    return [
        Result(f"sync import of {records:,} contacts (vs {TARGET_SHARE:.0%} of raw insert)",
               import_s, raw_s / TARGET_SHARE,
               f"{share:.0%} of raw throughput; raw executemany {raw_s:.2f} s"),
        Result(f"sync export of the same (file {size / 1e6:.1f} MB)", export_s),
        Result("re-import of the same file (recognised, nothing changed)", reimport_s),
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--records", type=int, default=RECORDS)
    args = parser.parse_args()
    print_table(run(None, args.records))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
