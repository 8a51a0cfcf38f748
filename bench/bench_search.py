"""Full-text and repeat-caller search (target ≤ 50 ms at 1 M contacts).

Full text: the first page (200 rows) of the contact list filtered by a word of the notes,
Cyrillic and case-insensitive. "минск" is a common word (every city, region and visa
centre mention); "кипр" a rare one. Repeat callers: ContactService.find_callers by a
phone number (the caller with the most contacts, so the largest summary).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from common import Result, default_db, ensure_db, median, open_db, print_table, timed
from sqlalchemy import func, select

from app.models import Caller, Contact, User
from app.services.contacts.service import ContactQuery, ContactService

TARGET = 0.050
REPEAT = 10


def run(path: Path) -> list[Result]:
    store = open_db(path)
    try:
        with store.sessions() as s:
            consultant = s.scalar(select(User.id).where(User.username == "consultant"))
        service = ContactService(store, consultant)
        with store.sessions() as s:
            # The caller with the most contacts: the slowest summary to build.
            phone = s.scalar(
                select(Caller.phone).join(Contact, Contact.caller_id == Caller.id)
                .where(Caller.phone.is_not(None)).group_by(Caller.id)
                .order_by(func.count().desc()).limit(1)
            )
        results = []
        for word in ("минск", "Кипр"):
            query = ContactQuery(text=word)
            rows = service.page(query, limit=200)
            results.append(Result(
                f"full-text «{word}», first 200 rows",
                median(timed(lambda q=query: service.page(q, limit=200), REPEAT)), TARGET,
                f"{len(rows)} rows",
            ))
        if phone:
            found = service.find_callers(phone=phone)
            results.append(Result(
                "repeat caller by phone",
                median(timed(lambda: service.find_callers(phone=phone), REPEAT)), TARGET,
                f"{found[0].contact_count} contacts" if found else "not found",
            ))
        else:
            results.append(Result("repeat caller by phone", None, TARGET, "no caller profiles"))
        return results
    finally:
        store.close()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--contacts", type=int, default=1_000_000)
    parser.add_argument("--db", type=Path)
    args = parser.parse_args()
    print_table(run(ensure_db(args.db or default_db(args.contacts), args.contacts)))
