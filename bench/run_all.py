"""Every benchmark against the targets of spec/PRODUCT.md, printed as one table.

    python3 bench/run_all.py [--contacts N] [--db PATH] [--rebuild] [--quick]

Builds a demo database of N contacts (default 1,000,000) the first time and keeps it
for the next runs (under /tmp unless --db says where). A benchmark that fails is named
in the table and on one line of stderr; the others still run and print their rows, and
the exit status is 1. ``--quick`` repeats each measurement once or twice: a check that
every benchmark runs, not a measurement.
"""

from __future__ import annotations

import argparse
import platform
import sys
import time
from collections.abc import Callable
from pathlib import Path

import bench_agencies
import bench_knowledge
import bench_list
import bench_pdf
import bench_save
import bench_search
import bench_startup
import bench_stats
import bench_sync
import bench_typing
from common import DEFAULT_CONTACTS, Result, default_db, ensure_db, print_table

from app.db import sqlite as sqlite_store

SUITES: dict[str, Callable[[Path], list[Result]]] = {
    "save": bench_save.run,
    "list": bench_list.run,
    "search": bench_search.run,
    "startup": bench_startup.run,
    "stats": bench_stats.run,
    "pdf": bench_pdf.run,
    "sync": lambda path: bench_sync.run(path, records=SYNC_RECORDS[0]),
    "typing": bench_typing.run,
    "knowledge": bench_knowledge.run,
    "agencies": bench_agencies.run,
}
NEEDS_NO_BIG_DB = {"pdf", "sync", "knowledge", "agencies"}
"""Suites that make their own small database when the big one is not there."""
SYNC_RECORDS = [bench_sync.RECORDS]
"""Contacts in the sync benchmark: 100,000, or fewer when the database has fewer."""

QUICK = [
    (bench_save, "SAVES", 10), (bench_save, "WARMUP", 2),
    (bench_list, "REPEAT", 1), (bench_search, "REPEAT", 1),
    (bench_startup, "RUNS", 1), (bench_stats, "REPEAT", 1), (bench_pdf, "REPEAT", 1),
    (bench_knowledge, "REPEAT", 1), (bench_knowledge, "ARTICLES", 2000),
    (bench_typing, "WRITES", 10), (bench_typing, "WARMUP", 2), (bench_typing, "KEYS", 30),
    (bench_agencies, "REPEAT", 2),
]
"""What ``--quick`` repeats less (module, constant, value)."""


def run_suites(names: list[str], path: Path) -> tuple[list[Result], list[str]]:
    """The rows of every suite that ran, and one line per suite that failed."""
    results: list[Result] = []
    failures: list[str] = []
    for name in names:
        t0 = time.perf_counter()
        print(f"running {name} …", flush=True)
        try:
            rows = SUITES[name](path)
            results += rows
            failures += [f"{name}: {r.what}: {r.note}" for r in rows
                         if r.note.startswith("failed")]
        except (Exception, SystemExit) as exc:  # one failure must not hide the others
            what = " ".join(str(exc).split()) or "no message"
            failures.append(f"{name}: {type(exc).__name__}: {what}")
            results.append(Result(f"{name} benchmark", None, None,
                                  f"FAILED: {type(exc).__name__}: {what}"[:200]))
        print(f"  ({time.perf_counter() - t0:.0f} s)", flush=True)
    return results, failures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--contacts", type=int, default=DEFAULT_CONTACTS,
                        help="contacts in the demo database (default: %(default)s)")
    parser.add_argument("--db", type=Path, help="demo database to use or build")
    parser.add_argument("--rebuild", action="store_true", help="build the database anew")
    parser.add_argument("--only", choices=sorted(SUITES), action="append",
                        help="run only this benchmark (repeatable)")
    parser.add_argument("--quick", action="store_true",
                        help="one or two runs of each: checks that every benchmark runs")
    args = parser.parse_args()
    if args.contacts < 1:
        parser.error("--contacts: must be at least 1")
    if args.quick:
        for module, name, value in QUICK:
            setattr(module, name, value)
    SYNC_RECORDS[0] = min(bench_sync.RECORDS, args.contacts)
    path = args.db or default_db(args.contacts)
    if not set(args.only or SUITES) <= NEEDS_NO_BIG_DB or path.exists():
        path = ensure_db(path, args.contacts, args.rebuild)
    size = f"database {path.stat().st_size / 1e9:.2f} GB" if path.exists() else "no database"
    print(f"Python {platform.python_version()}, SQLite {sqlite_store.dbapi.sqlite_version} "
          f"(SQLCipher), "
          f"{platform.machine()}, {size}")
    results, failures = run_suites(args.only or list(SUITES), path)
    print()
    print(f"At {args.contacts:,} contacts (ratio = measured / target; ≤ 1.00 meets it):")
    print_table(results)
    for line in failures:
        print(f"benchmark failed: {line}", file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main())
