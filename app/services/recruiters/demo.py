"""A fictional licensed-agency list and recruiters named in demo contacts.

The list is marked fictional and its agencies have invented names («Вымышленный
Горизонт»), registration numbers starting 999 (no real УНП does) and addresses in no
real street. A few demo contacts of the last weeks name recruiters: one agency in
several spellings by several callers (so the supervisor's page and the start page's
alert have something to show), an agency not in the list, a phone number in the unused
+999 code, and agency checks recorded on some of them.
"""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta

from sqlalchemy import select

from app.db import Store
from app.models import (
    AgencyCheck,
    AgencyList,
    Contact,
    LicensedAgency,
    RecruiterMention,
    new_uuid,
)
from app.models.audit import bulk
from app.services.recruiters.agencies import EXPIRED, LICENSED, NOT_FOUND
from app.services.recruiters.keys import agency_search_key, mention_key

DEMO_AGENCIES: tuple[tuple[str, str, str, int, int | None, str], ...] = (
    # name, УНП, licence, licensed years ago, ends in years (None: no end), address
    ("ООО «Вымышленный Горизонт»", "999000101", "ДЕМО-0101", 4, 2, "г. Минск, ул. Примерная, 1"),
    ("ЧУП «Выдуманная Работа»", "999000102", "ДЕМО-0102", 6, -1, "г. Гомель, ул. Образцовая, 2"),
    ("ООО «Демо-Вояж»", "999000103", "ДЕМО-0103", 2, 3, "г. Брест, пр. Условный, 3"),
    ("Fictional Staffing LLC", "999000104", "ДЕМО-0104", 1, None, "г. Гродно, ул. Макетная, 4"),
    ("ОДО «Сказочный Труд»", "999000105", "ДЕМО-0105", 3, 1, "г. Витебск, ул. Пробная, 5"),
)

DEMO_MENTIONS: tuple[tuple[str, str], ...] = (
    # Several callers, one unlicensed agency, spelt their own ways.
    ("agency", "ООО «Мираж-Трэвел»"), ("agency", "мираж трэвел"),
    ("website", "mirazh-trevel.example"), ("social", "@mirazh_trevel"),
    ("agency", "Мираж Трэвел"),
    # A licensed one, and one whose licence has ended.
    ("agency", "Вымышленный горизонт"), ("agency", "Выдуманная работа"),
    ("phone", "+999 29 000-00-11"), ("phone", "+999 29 000 00 11"),
    ("person", "«Вербовщица Алла» (вымышленная)"),
)


def add_demo_recruiters(store: Store, *, staff_ids: dict[str, str], now: datetime,
                        seed: int) -> int:
    """Write the demo agency list and mentions; returns the number of mentions."""
    rng = random.Random(seed + 18)
    site_id = store.site_id
    admin = staff_ids.get("admin")
    with bulk(), store.session() as s:
        recent = list(s.scalars(select(Contact).where(
            Contact.started_at >= now - timedelta(days=25), Contact.deleted_at.is_(None))
            .order_by(Contact.started_at)))
        if not recent:
            recent = list(s.scalars(select(Contact).order_by(Contact.started_at.desc())
                                    .limit(len(DEMO_MENTIONS))))
        if not recent:
            return 0
        today = now.astimezone().date()
        listed = AgencyList(id=new_uuid(), list_date=today - timedelta(days=20),
                            imported_at=now - timedelta(days=18), imported_by=admin,
                            source_name="demo-agencies.csv", agencies=len(DEMO_AGENCIES),
                            fictional=True, created_at=now - timedelta(days=18),
                            updated_at=now - timedelta(days=18), site_id=site_id,
                            author_id=admin)
        older = AgencyList(id=new_uuid(), list_date=today - timedelta(days=200),
                           imported_at=now - timedelta(days=198), imported_by=admin,
                           source_name="demo-agencies-old.csv", agencies=4, fictional=True,
                           replaced_at=now - timedelta(days=18),
                           created_at=now - timedelta(days=198),
                           updated_at=now - timedelta(days=18), site_id=site_id,
                           author_id=admin, version=2)
        s.add_all([older, listed])
        s.flush()
        for name, unp, number, since, ends, address in DEMO_AGENCIES:
            s.add(LicensedAgency(
                id=new_uuid(), list_id=listed.id, name=name, unp=unp, licence_number=number,
                licence_from=_years(today, -since),
                licence_until=None if ends is None else _years(today, ends),
                address=address, search_key=agency_search_key(name, unp, number)))
        picked = rng.sample(recent, min(len(DEMO_MENTIONS), len(recent)))
        for (kind, text), contact in zip(DEMO_MENTIONS, picked, strict=False):
            at = contact.ended_at or contact.started_at
            who = contact.consultant_id
            s.add(RecruiterMention(
                id=new_uuid(), contact_id=contact.id, kind=kind, role="recruiter", text=text,
                match_key=mention_key(kind, text), entered_at=at, entered_by=who,
                created_at=at, updated_at=at, site_id=site_id, author_id=who))
        checks = ((0, "Мираж", NOT_FOUND, None), (5, "горизонт", LICENSED, 0),
                  (6, "999000102", EXPIRED, 1))
        for index, query, answer, agency in checks:
            if index >= len(picked):
                continue
            contact = picked[index]
            at = contact.ended_at or contact.started_at
            found = DEMO_AGENCIES[agency] if agency is not None else None
            s.add(AgencyCheck(
                id=new_uuid(), contact_id=contact.id, checked_at=at,
                checked_by=contact.consultant_id, query=query, answer=answer,
                agency_name=found[0] if found else "", unp=found[1] if found else "",
                licence_until=(None if found is None or found[4] is None
                               else _years(today, found[4])),
                list_date=listed.list_date, created_at=at, updated_at=at, site_id=site_id,
                author_id=contact.consultant_id))
        return len(picked)


def _years(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


__all__ = ["DEMO_AGENCIES", "add_demo_recruiters"]
