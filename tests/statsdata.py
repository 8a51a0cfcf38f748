"""A small data set whose every statistic is known, shared by the statistics tests.

Two consecutive years (2012, 2013), both organisations, a contact with two topics,
contacts without a destination and with "not defined yet", contacts without
counselling, a deleted contact, and contacts on both sides of the year's local
boundary. The expected numbers are written out by hand below.
"""

from __future__ import annotations

import os
import time
from datetime import datetime
from zoneinfo import ZoneInfo

from sqlalchemy import update

from app.db import Store
from app.models import Contact
from app.services.contacts.service import ContactInput, ContactService, UserService

MINSK = ZoneInfo("Europe/Minsk")


def local(y: int, m: int, d: int, hh: int = 12, mm: int = 0) -> datetime:
    return datetime(y, m, d, hh, mm, tzinfo=MINSK)


def use_minsk_time(monkeypatch) -> None:
    """Run in Minsk's time zone (UTC+3), so local and UTC days differ."""
    monkeypatch.setenv("TZ", "Europe/Minsk")
    time.tzset()


def restore_time() -> None:
    time.tzset()


def without_case_sections(monkeypatch) -> None:
    """The statistics as if no area registered a section from its case records."""
    from app.services.statistics import sums as stats

    stats.load_sections()  # registered for good first, so nothing registers into the copy
    monkeypatch.setattr(stats, "SECTION_PROVIDERS", ())
    monkeypatch.setattr(stats, "_SECTIONS", dict.fromkeys(stats._SECTIONS))


def consultation(when: datetime, channel: str, gender: str, region: str | None,
                 topics: list[str], destinations: list[str], how_heard: str | None = None,
                 crisis: bool = False, **extra: object) -> ContactInput:
    return ContactInput(kind="consultation", channel=channel, started_at=when, gender=gender,
                        region=region, topics=topics, destinations=destinations,
                        how_heard=how_heard, crisis=crisis, **extra)  # type: ignore[arg-type]


def build(store: Store) -> dict[str, str]:
    """Fill ``store``; returns the ids of the consultants by name."""
    assert os.environ.get("TZ") == "Europe/Minsk"
    store.set_setting("organisation", "bwc")  # the receiving site's organisation
    users = UserService(store)
    anna = users.add("Анна Ковальчук")
    oleg = users.add("=Олег Жук")  # a name a spreadsheet would run as a formula
    a = ContactService(store, anna.id)
    o = ContactService(store, oleg.id)
    # 2013: five consultations, two without counselling.
    a.save(consultation(local(2013, 1, 15), "phone", "female", "minsk_city",
                        ["employment_abroad", "passport_visa"], ["RU", "PL"], "tv",
                        age_group="25_34", caller_role="self"))
    a.save(consultation(local(2013, 3, 1), "email", "female", "brest", ["marriage_abroad"],
                        [], "internet", crisis=True, age_group="18_24",
                        caller_role="relative"))
    o.save(consultation(local(2013, 6, 30), "phone", "male", "gomel", ["employment_abroad"],
                        ["RU"], None, age_group="35_44"))
    o.save(consultation(local(2013, 12, 31, 23, 30), "email", "male", "vitebsk",
                        ["employment_abroad"], ["XX"], "friends_family"))
    a.save(consultation(local(2013, 7, 10), "chat", "unknown", None, ["other"], ["DE"],
                        "unknown"))
    a.save(ContactInput(kind="silent", channel="phone", started_at=local(2013, 2, 2)))
    o.save(ContactInput(kind="abusive", channel="phone", started_at=local(2013, 5, 5)))
    # 2012: the previous year, 29 February included.
    a.save(consultation(local(2012, 2, 29), "phone", "female", "minsk_city",
                        ["safe_migration"], ["TR"], "tv"))
    o.save(consultation(local(2012, 12, 31, 22), "email", "male", "brest",
                        ["passport_visa"], []))
    # Outside 2013 by local time, inside it by UTC.
    a.save(consultation(local(2014, 1, 1, 0, 30), "phone", "female", "minsk_city",
                        ["employment_abroad"], ["RU"]))
    # A deleted contact counts nowhere.
    gone = a.save(consultation(local(2013, 4, 4), "letter", "female", "grodno",
                               ["study_abroad"], ["LT"]))
    with store.session() as s:
        s.execute(update(Contact).where(Contact.id == gone.id)
                  .values(deleted_at=datetime(2014, 1, 2, tzinfo=MINSK)))
    return {"anna": anna.id, "oleg": oleg.id}


GENDERS = ("female", "male", "other", "unknown")


def genders(female: int = 0, male: int = 0, other: int = 0, unknown: int = 0) -> dict:
    return {"female": female, "male": male, "other": other, "unknown": unknown}


TOPICS = ("employment_abroad", "passport_visa", "marriage_abroad", "study_abroad", "au_pair",
          "trafficking_risk", "safe_migration", "crisis_abroad", "children_rights",
          "contacts_abroad", "immigration", "foreigners_in_belarus", "missing_person", "other")
REGIONS = ("minsk_city", "minsk_region", "vitebsk", "mogilev", "brest", "grodno", "gomel",
           "abroad", "unknown")
HOW_HEARD = ("tv", "internet", "social_media", "radio", "print", "outdoor", "friends_family",
             "state_body", "previous_contact", "other", "unknown")


def expected_2013() -> dict:
    """The statistics JSON of 2013, both organisations, worked out by hand."""
    by_topic = dict.fromkeys(TOPICS, 0)
    by_topic.update(employment_abroad=3, passport_visa=1, marriage_abroad=1, other=1)
    by_topic_gender = {t: genders() for t in TOPICS}
    by_topic_gender["employment_abroad"] = genders(female=1, male=2)
    by_topic_gender["passport_visa"] = genders(female=1)
    by_topic_gender["marriage_abroad"] = genders(female=1)
    by_topic_gender["other"] = genders(unknown=1)
    by_region = dict.fromkeys(REGIONS, 0)
    by_region.update(minsk_city=1, brest=1, gomel=1, vitebsk=1, unknown=1)
    by_how_heard = dict.fromkeys(HOW_HEARD, 0)
    by_how_heard.update(tv=1, internet=1, friends_family=1, unknown=2)
    return {
        "version": 1,
        "period": {"from": "2013-01-01", "to": "2013-12-31"},
        "organisation": None,
        "total": 5,
        "non_data": 2,
        "by_channel": {"phone": 2, "email": 2, "chat": 1, "in_person": 0, "letter": 0},
        "by_gender": genders(female=2, male=2, unknown=1),
        "by_topic": by_topic,
        "by_topic_gender": by_topic_gender,
        "by_destination": {"RU": 2, "XX": 2, "PL": 1, "DE": 1},
        "by_destination_gender": {
            "RU": genders(female=1, male=1), "XX": genders(female=1, male=1),
            "PL": genders(female=1), "DE": genders(unknown=1),
        },
        "by_region": by_region,
        "by_how_heard": by_how_heard,
        "crisis": 1,
        "previous_period": {"from": "2012-01-01", "to": "2012-12-31", "total": 2,
                            "change_pct": 150.0},
    }
