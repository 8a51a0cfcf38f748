"""Opening and scrolling the contact list (target: first rows ≤ 100 ms at 1 M contacts).

The list asks ContactService.page for 200 rows, newest first, then the next 200 after
the last row's key as the user scrolls; the status line shows ContactService.count, capped at
LIST_COUNT_CAP as the journal does ("more than 10 000").
"""

from __future__ import annotations

import argparse
from pathlib import Path

from common import Result, default_db, ensure_db, median, open_db, print_table, timed

from app.services.contacts.service import LIST_COUNT_CAP, ContactQuery, ContactService

TARGET_FIRST_ROWS = 0.100
REPEAT = 10


def run(path: Path) -> list[Result]:
    store = open_db(path)
    try:
        service = ContactService(store, None)
        query = ContactQuery()
        first = service.page(query, limit=200)
        key = (first[-1].started_at, first[-1].seq)
        deep = key
        for _ in range(25):  # 5,000 rows down
            rows = service.page(query, after=deep, limit=200)
            if not rows:  # a small database ends sooner
                break
            deep = (rows[-1].started_at, rows[-1].seq)
        consultations = ContactQuery(kind="consultation")
        return [
            Result("contact list: first 200 rows",
                   median(timed(lambda: service.page(query, limit=200), REPEAT)),
                   TARGET_FIRST_ROWS),
            Result("contact list: next 200 rows (scroll)",
                   median(timed(lambda: service.page(query, after=key, limit=200), REPEAT)),
                   TARGET_FIRST_ROWS),
            Result("contact list: 200 rows, 5,000 down",
                   median(timed(lambda: service.page(query, after=deep, limit=200), REPEAT)),
                   TARGET_FIRST_ROWS),
            Result("contact list: count (status line, capped as shown)",
                   median(timed(lambda: service.count(query, cap=LIST_COUNT_CAP), REPEAT)),
                   TARGET_FIRST_ROWS),
            Result("contact list: exact count of all (not shown)",
                   median(timed(lambda: service.count(query), REPEAT)), None),
            Result("contact list: consultations only, first 200",
                   median(timed(lambda: service.page(consultations, limit=200), REPEAT)),
                   TARGET_FIRST_ROWS),
        ]
    finally:
        store.close()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--contacts", type=int, default=1_000_000)
    parser.add_argument("--db", type=Path)
    args = parser.parse_args()
    print_table(run(ensure_db(args.db or default_db(args.contacts), args.contacts)))
