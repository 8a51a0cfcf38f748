"""One PDF case summary (target: ≤ 150 ms).

Measured as the specialist waits for it: ``write_case_pdf`` reads the whole case and its
timeline, lays out the summary (Cyrillic in the bundled DejaVu Sans, page X of Y),
writes the file atomically with fsync and records the print in the log. The case is the
demo case with the most services, visits and timeline entries. The redacted variant
and the layout alone are shown for reference. The print log entries the benchmark
writes are removed again.

A database without assistance cases (built before they existed) is not used: the
summary's cost does not depend on the number of contacts, so a small demo database
is made in a temporary folder instead.
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

from common import Result, median, open_db, print_table, timed
from sqlalchemy import delete, func, select

from app.db import Store, open_store
from app.models import AssistanceEvent, PdfPrint, User
from app.services.assistance.case_pdf import render, write_case_pdf
from app.services.assistance.service import AssistanceService
from app.services.demo import data as demo

TARGET = 0.150
REPEAT = 20


def _largest_case(store: Store) -> str | None:
    with store.sessions() as s:
        return s.scalar(
            select(AssistanceEvent.case_id).group_by(AssistanceEvent.case_id)
            .order_by(func.count().desc()).limit(1))


def _measure(store: Store, note: str) -> list[Result]:
    case_id = _largest_case(store)
    assert case_id is not None
    with store.sessions() as s:
        user_id = s.scalar(select(User.id).where(User.username == "specialist"))
    service = AssistanceService(store, user_id)
    record = service.get(case_id)
    events = service.timeline(case_id)
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "summary.pdf"
        full = timed(lambda: write_case_pdf(service, case_id, out, lang="ru"), REPEAT)
        redacted = timed(lambda: write_case_pdf(service, case_id, out, lang="ru",
                                                redacted=True), REPEAT)
        layout = timed(lambda: render(record, events, lang="ru"), REPEAT)
        pages = render(record, events, lang="ru").pages
    with store.session() as s:  # the benchmark's own prints leave no trace
        s.execute(delete(PdfPrint).where(PdfPrint.case_id == case_id))
        s.execute(delete(AssistanceEvent).where(AssistanceEvent.case_id == case_id,
                                                AssistanceEvent.kind == "printed"))
    detail = (f"{record.number}: {len(record.services)} services, {len(record.visits)} "
              f"visits, {len(events)} timeline entries, {pages} pages{note}")
    return [
        Result("PDF case summary (read, lay out, write, log)", median(full), TARGET, detail),
        Result("PDF case summary, redacted", median(redacted), TARGET),
        Result("PDF case summary, layout alone", median(layout)),
    ]


def run(path: Path | None = None) -> list[Result]:
    if path is not None and path.exists():
        store = open_db(path)
        try:
            if _largest_case(store) is not None:
                return _measure(store, "")
        finally:
            store.close()
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(Path(tmp) / "demo.sqlite3")
        try:
            demo.generate(store, contacts=2000, seed=113)
            return _measure(store, " (small demo database)")
        finally:
            store.close()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", type=Path, help="a demo database with assistance cases")
    args = parser.parse_args()
    print_table(run(args.db))
