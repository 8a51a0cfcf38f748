"""Every benchmark against the targets of spec/PRODUCT.md, printed as one table.

    python3 bench/run_all.py [--contacts N] [--db PATH] [--rebuild]

Builds a demo database of N contacts (default 1,000,000) the first time and keeps it
for the next runs (under /tmp unless --db says where).
"""

from __future__ import annotations

import argparse
import platform
import time
from pathlib import Path

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

SUITES = {
    "save": bench_save.run,
    "list": bench_list.run,
    "search": bench_search.run,
    "startup": bench_startup.run,
    "stats": bench_stats.run,
    "pdf": bench_pdf.run,
    "sync": bench_sync.run,
    "typing": bench_typing.run,
}
NEEDS_NO_BIG_DB = {"pdf", "sync"}
"""Suites that make their own small database when the big one is not there."""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--contacts", type=int, default=DEFAULT_CONTACTS,
                        help="contacts in the demo database (default: %(default)s)")
    parser.add_argument("--db", type=Path, help="demo database to use or build")
    parser.add_argument("--rebuild", action="store_true", help="build the database anew")
    parser.add_argument("--only", choices=sorted(SUITES), action="append",
                        help="run only this benchmark (repeatable)")
    args = parser.parse_args()
    path = args.db or default_db(args.contacts)
    if not set(args.only or SUITES) <= NEEDS_NO_BIG_DB or path.exists():
        path = ensure_db(path, args.contacts, args.rebuild)
    size = f"database {path.stat().st_size / 1e9:.2f} GB" if path.exists() else "no database"
    print(f"Python {platform.python_version()}, SQLite {sqlite_store.dbapi.sqlite_version} "
          f"(SQLCipher), "
          f"{platform.machine()}, {size}")
    results: list[Result] = []
    for name in args.only or list(SUITES):
        t0 = time.perf_counter()
        print(f"running {name} …", flush=True)
        results += SUITES[name](path)
        print(f"  ({time.perf_counter() - t0:.0f} s)", flush=True)
    print()
    print(f"At {args.contacts:,} contacts (ratio = measured / target; ≤ 1.00 meets it):")
    print_table(results)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
