"""A year's statistics (target ≤ 2 × the same numbers by hand-written SQL on the same file).

The app's side is ``app.services.statistics.sums.compute`` for the last whole calendar year in the
database, as ``infoline stats --json`` runs it: every number of the statistics JSON.
The reference is the same numbers computed with the bare driver and one hand-written
query per number (total, contacts without counselling, channel, gender, topics by
gender, destinations by gender, region, how heard, crisis, the previous year's
total), with the same local-day bounds. Both are checked to agree before timing, then timed
alternately (medians of five runs each).

The statistics page (every table, with the previous year's count on each row) is
measured the same way against hand-written SQL for the same tables: one plain
``GROUP BY`` per table and period, as one would write them by hand (the months with
SQLite's own ``localtime``); the small sections counted from the cases run the app's
own counting functions on both sides. Also measured, for information: the trends of the
five years up to it, and writing the year's published report (with those trends) as
PDF, DOCX and XLSX.
"""

from __future__ import annotations

import argparse
import tempfile
from datetime import date
from pathlib import Path
from typing import Any

from common import (
    Result,
    db_key,
    default_db,
    ensure_db,
    median,
    open_db,
    print_table,
    timed,
)

from app.db import sqlite as sqlite_store
from app.services.statistics import report, report_files, trends
from app.services.statistics import sums as stats
from app.services.statistics.sums import Period

FACTOR = 2.0
REPEAT = 5

WHERE = ("c.started_at >= ? AND c.started_at < ? AND c.deleted_at IS NULL "
         "AND c.kind = 'consultation'")
HAND = {
    "total": f"SELECT count(*) FROM contact c WHERE {WHERE}",
    "non_data": "SELECT count(*) FROM contact c WHERE c.started_at >= ? AND c.started_at < ? "
                "AND c.deleted_at IS NULL AND c.kind != 'consultation'",
    "by_channel": f"SELECT c.channel, count(*) FROM contact c WHERE {WHERE} GROUP BY 1",
    "by_gender": f"SELECT c.gender, count(*) FROM contact c WHERE {WHERE} GROUP BY 1",
    "by_region": f"SELECT coalesce(c.region, 'unknown'), count(*) FROM contact c "
                 f"WHERE {WHERE} GROUP BY 1",
    "by_how_heard": f"SELECT coalesce(c.how_heard, 'unknown'), count(*) FROM contact c "
                    f"WHERE {WHERE} GROUP BY 1",
    "crisis": f"SELECT count(*) FROM contact c WHERE {WHERE} AND c.crisis",
    "by_topic_gender": f"SELECT t.topic, c.gender, count(*) FROM contact c "
                       f"JOIN contact_topic t ON t.contact_id = c.id WHERE {WHERE} "
                       "GROUP BY 1, 2",
    "by_destination_gender": f"SELECT coalesce(d.country, 'XX'), c.gender, count(*) "
                             "FROM contact c LEFT JOIN contact_destination d "
                             f"ON d.contact_id = c.id WHERE {WHERE} GROUP BY 1, 2",
    "previous": f"SELECT count(*) FROM contact c WHERE {WHERE}",
}


def _bound(moment: Any) -> str:
    """How the app stores a UTC moment in SQLite (naive, microseconds)."""
    return moment.replace(tzinfo=None).isoformat(sep=" ", timespec="microseconds")


def hand_written(path: Path, period: Period, key: bytes | None) -> dict[str, Any]:
    start, end = (_bound(b) for b in period.utc_bounds())
    prev_start, prev_end = (_bound(b) for b in period.previous().utc_bounds())
    conn = sqlite_store.connect(path, key)
    try:
        out: dict[str, Any] = {}
        for key, sql in HAND.items():
            args = (prev_start, prev_end) if key == "previous" else (start, end)
            rows = conn.execute(sql, args).fetchall()
            if key in ("by_topic_gender", "by_destination_gender"):
                cross: dict[str, dict[str, int]] = {}
                for value, gender, n in rows:
                    cross.setdefault(value, {})[gender] = n
                out[key] = cross
            elif key.startswith("by_"):
                out[key] = dict(rows)
            else:
                out[key] = rows[0][0]
        return out
    finally:
        conn.close()


PAGE_COLUMNS = ("channel", "gender", "region", "how_heard", "age_group", "caller_role",
                "travel_purpose", "organisation")
PAGE_CURRENT = {
    "crisis_by_gender": f"SELECT c.gender, count(*) FROM contact c WHERE {WHERE} AND c.crisis "
                        "GROUP BY 1",
    "channel_gender": f"SELECT c.channel, c.gender, count(*) FROM contact c WHERE {WHERE} "
                      "GROUP BY 1, 2",
    "age_gender": f"SELECT c.age_group, c.gender, count(*) FROM contact c WHERE {WHERE} "
                  "GROUP BY 1, 2",
    "topic_gender": HAND["by_topic_gender"],
    "destination_gender": HAND["by_destination_gender"],
    "months": f"SELECT strftime('%Y-%m', c.started_at, 'localtime'), count(*) FROM contact c "
              f"WHERE {WHERE} GROUP BY 1",
    "consultants": "SELECT c.consultant_id, u.full_name, sum(c.kind = 'consultation'), "
                   "count(*) FROM contact c LEFT JOIN app_user u ON u.id = c.consultant_id "
                   "WHERE c.started_at >= ? AND c.started_at < ? AND c.deleted_at IS NULL "
                   "GROUP BY 1, 2",
}
PAGE_BOTH = {
    "kinds": "SELECT c.kind, count(*) FROM contact c WHERE c.started_at >= ? "
             "AND c.started_at < ? AND c.deleted_at IS NULL GROUP BY 1",
    "topic": f"SELECT t.topic, count(*) FROM contact c JOIN contact_topic t "
             f"ON t.contact_id = c.id WHERE {WHERE} GROUP BY 1",
    "destination": f"SELECT coalesce(d.country, 'XX'), count(*) FROM contact c "
                   f"LEFT JOIN contact_destination d ON d.contact_id = c.id WHERE {WHERE} "
                   "GROUP BY 1",
    "outcome": f"SELECT o.outcome, count(*) FROM contact c JOIN contact_outcome o "
               f"ON o.contact_id = c.id WHERE {WHERE} GROUP BY 1",
    **{col: f"SELECT c.{col}, count(*) FROM contact c WHERE {WHERE} GROUP BY 1"
       for col in PAGE_COLUMNS},
}


def hand_written_page(path: Path, period: Period, key: bytes | None, store: Any) -> int:
    """Every table of the statistics page by hand-written SQL; the number of rows."""
    start, end = period.utc_bounds()
    prev_start, prev_end = period.previous().utc_bounds()
    current = (_bound(start), _bound(end))
    previous = (_bound(prev_start), _bound(prev_end))
    conn = sqlite_store.connect(path, key)
    rows = 0
    try:
        for sql in PAGE_CURRENT.values():
            rows += len(conn.execute(sql, current).fetchall())
        for sql in PAGE_BOTH.values():
            for bounds in (current, previous):
                rows += len(conn.execute(sql, bounds).fetchall())
    finally:
        conn.close()
    stats.load_sections()
    with store.engine.connect() as sa_conn:  # the case sections: the same functions
        for counter in stats._SECTIONS.values():
            if counter is not None:
                rows += len(counter(sa_conn, start, end, None))
        sa_conn.rollback()
    return rows


def _agree(app: dict[str, Any], hand: dict[str, Any]) -> None:
    """The app's JSON and the hand-written numbers must be the same numbers."""
    def nonzero(d: dict[str, int]) -> dict[str, int]:
        return {k: v for k, v in d.items() if v}

    assert app["total"] == hand["total"]
    assert app["non_data"] == hand["non_data"]
    assert app["crisis"] == hand["crisis"]
    assert app["previous_period"]["total"] == hand["previous"]
    for key in ("by_channel", "by_gender", "by_region", "by_how_heard"):
        assert nonzero(app[key]) == nonzero(hand[key]), key
    for key in ("by_topic_gender", "by_destination_gender"):
        mine = {k: nonzero(v) for k, v in app[key].items() if nonzero(v)}
        assert mine == hand[key], key


def run(path: Path) -> list[Result]:
    year = date.today().year - 1  # the last whole year
    period = Period.year(year)
    key = db_key(path)  # unlocked once: the argon2id cost is not part of the timing
    store = open_db(path)
    try:
        app_json = stats.compute(store, period, detail=False).to_json()
        _agree(app_json, hand_written(path, period, key))
        # Alternately, so that whatever else the machine does weighs on both alike.
        hand_times: list[float] = []
        app_times: list[float] = []
        for _ in range(REPEAT):
            hand_times += timed(lambda: hand_written(path, period, key), 1, warmup=0)
            app_times += timed(lambda: stats.compute(store, period, detail=False), 1,
                               warmup=0)
        hand, mine = median(hand_times), median(app_times)
        page_hand: list[float] = []
        page_app: list[float] = []
        for _ in range(max(REPEAT // 2, 1)):
            page_hand += timed(lambda: hand_written_page(path, period, key, store), 1,
                               warmup=0)
            page_app += timed(lambda: stats.compute(store, period), 1, warmup=0)
        full_hand, full = median(page_hand), median(page_app)
        result = stats.compute(store, period)
        years = trends.years(year, 5)
        trend = median(timed(lambda: trends.compute(store, years), 3))
        found = trends.compute(store, years)
        with tempfile.TemporaryDirectory(prefix="infoline-bench-") as tmp:
            rep = report.build(result, report.ReportOptions(lang="ru", trends=found))
            pdf = median(timed(lambda: report_files.write(rep, Path(tmp) / "r.pdf"), 3))
            docx = median(timed(lambda: report_files.write(rep, Path(tmp) / "r.docx"), 3))
            xlsx = median(timed(lambda: report_files.write(rep, Path(tmp) / "r.xlsx"), 3))
    finally:
        store.close()
    note = f"{app_json['total']:,} consultations in {year}"
    return [
        Result(f"statistics {year}: hand-written SQL (reference)", hand, None, note),
        Result(f"statistics {year}: the app (stats --json)", mine, FACTOR * hand,
               f"{mine / hand:.2f} × hand-written SQL"),
        Result(f"statistics page {year}: hand-written SQL (reference)", full_hand, None,
               "every table, with the previous year"),
        Result(f"statistics page {year}: the app (every table)", full, FACTOR * full_hand,
               f"{full / full_hand:.2f} × hand-written SQL"),
        Result(f"trends {year - 4}–{year} (five years side by side)", trend),
        Result(f"report {year} as PDF (publication with the trends)", pdf),
        Result(f"report {year} as DOCX", docx),
        Result(f"report {year} as XLSX", xlsx),
        Result(f"report {year}: statistics, trends and PDF", full + trend + pdf, None,
               "what the manager waits for"),
    ]


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--contacts", type=int, default=1_000_000)
    parser.add_argument("--db", type=Path)
    args = parser.parse_args()
    print_table(run(ensure_db(args.db or default_db(args.contacts), args.contacts)))
