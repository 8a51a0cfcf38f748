"""Saving a contact through ContactService.save on a large database (target p95 ≤ 10 ms).

Each save is one transaction with the durability the app uses (WAL, synchronous=FULL),
with topics, destinations, outcomes, a history entry and, for some, a repeat-caller
lookup. The contacts saved here are deleted again afterwards.
"""

from __future__ import annotations

import argparse
import random
import time
from datetime import timedelta
from pathlib import Path

from common import Result, default_db, ensure_db, median, open_db, p95, print_table
from sqlalchemy import bindparam, delete, select

from app.models import Caller, Contact, User, utcnow
from app.services.contacts.service import CallerInput, ContactInput, ContactService

TARGET_P95 = 0.010
SAVES = 300
WARMUP = 20


def _inputs(n: int, phones: list[str], seed: int = 1) -> list[ContactInput]:
    rng = random.Random(seed)
    now = utcnow()
    topics = ["employment_abroad", "passport_visa", "marriage_abroad", "safe_migration",
              "study_abroad", "contacts_abroad"]
    countries = ["RU", "PL", "DE", "TR", "LT", "UA", "IT", "XX"]
    result = []
    for i in range(n):
        start = now - timedelta(minutes=30 + i)
        caller = None
        if phones and rng.random() < 0.1:
            caller = CallerInput(phone=rng.choice(phones))
        result.append(ContactInput(
            channel=rng.choice(["phone", "phone", "email"]),
            started_at=start,
            ended_at=start + timedelta(minutes=rng.randint(2, 25)),
            gender=rng.choice(["female", "female", "male"]),
            age_group="25_34", region=rng.choice(["minsk_city", "brest", "gomel"]),
            caller_role="self", topics=rng.sample(topics, rng.randint(1, 3)),
            destinations=rng.sample(countries, 1), travel_purpose="work",
            how_heard="internet", outcomes=["information_given"],
            notes="Звонившая из Минска интересовалась работой в Польше; рассказали, как "
                  "проверить агентство по лицензии.",
            caller=caller,
        ))
    return result


def run(path: Path) -> list[Result]:
    store = open_db(path)
    try:
        with store.sessions() as s:
            user_id = s.scalar(select(User.id).where(User.username == "consultant"))
            phones = list(s.scalars(select(Caller.phone).where(Caller.phone.is_not(None))
                                    .limit(200)))
        service = ContactService(store, user_id)
        saved: list[str] = []
        times: list[float] = []
        try:
            for i, data in enumerate(_inputs(SAVES + WARMUP, phones)):
                t0 = time.perf_counter()
                record = service.save(data)
                elapsed = time.perf_counter() - t0
                saved.append(record.id)
                if i >= WARMUP:
                    times.append(elapsed)
        finally:
            with store.session() as s:  # children and history go by ON DELETE CASCADE
                s.execute(delete(Contact).where(Contact.id.in_(bindparam("ids", expanding=True))),
                          {"ids": saved})
    finally:
        store.close()
    return [
        Result("save a contact, p95", p95(times), TARGET_P95, f"{SAVES} saves"),
        Result("save a contact, median", median(times)),
    ]


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--contacts", type=int, default=1_000_000)
    parser.add_argument("--db", type=Path)
    args = parser.parse_args()
    print_table(run(ensure_db(args.db or default_db(args.contacts), args.contacts)))
