"""Fictional assistance cases for the demo database: seventeen women's cases, as in the
2013 report, written through the same service as real cases (app/services/demo/data.py
calls :func:`add_demo_cases`)."""

from __future__ import annotations

import logging
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import or_, select

from app.db import Store
from app.models import AssistanceReferral, CrisisCase
from app.models.assistance import (
    ACCEPTED,
    ACTIVE,
    CLOSED,
    DONE,
    GIVEN,
    MONITORING,
    MONITORING_AREAS,
    OPEN,
    PLANNED,
    REFUSED,
)
from app.services.assistance.service import AssistanceService
from app.services.assistance.types import (
    AreaInput,
    AssistanceReferralInput,
    CaseInput,
    ClientInput,
    ConsentInput,
    MonitoringInput,
    RelativeInput,
    ServiceInput,
    TraffickingInput,
)
from app.services.assistance.validation import local_today
from app.services.demo.mix import resource

log = logging.getLogger("app.assistance")
_DATA = resource("assistance.json")  # the fixed data: app/resources/demo/assistance.json

# Table 3 of the 2013 report: of 17 clients, how many received each service.
DEMO_TABLE3 = _DATA["demo_table3"]
_DEMO_NAMES = _DATA["demo_names"]
_DEMO_PLACES = _DATA["demo_places"]
_DEMO_STORIES = _DATA["demo_stories"]
_PARTNERS = _DATA["partners"]


def _demo_plan(seed: int) -> list[set[str]]:
    """Which services each of the 17 demo clients receives, so that the counts of
    clients per service are exactly those of Table 3."""
    import random

    rng = random.Random(seed * 7 + 3)
    n = len(_DEMO_NAMES)
    plan: list[set[str]] = [set() for _ in range(n)]
    for service, clients in DEMO_TABLE3.items():
        for i in rng.sample(range(n), clients):
            plan[i].add(service)
    return plan


_SERVICE_COST = _DATA["service_cost"]


def add_demo_cases(store: Store, *, staff_ids: dict[str, str], now: datetime,
                   seed: int = 113) -> int:
    """Seventeen fictional assistance cases of women (as in 2013) opened over the last
    year, each with the services of Table 3, referrals, consent and monitoring visits,
    written through the same code as real cases, in one transaction."""
    import random

    rng = random.Random(seed)
    specialist = staff_ids.get("specialist")
    service = AssistanceService(store, specialist)
    plan = _demo_plan(seed)
    today = local_today(now)
    written = 0

    def at(day: date, hour: int = 11) -> datetime:
        moment = datetime.combine(day, time(hour, rng.randint(0, 59)))
        return min(moment.astimezone(UTC), now)

    with store.session() as s:
        # Crisis cases handed over (or showing trafficking) become some of the cases.
        crisis_cases = list(s.execute(
            select(CrisisCase.id, CrisisCase.opened_at).where(or_(
                CrisisCase.closure_reason == "assistance_case",
                CrisisCase.trafficking_status.is_not(None)))
            .order_by(CrisisCase.opened_at)).all())[:4]
        for i, ((first, last), services) in enumerate(zip(_DEMO_NAMES, plan, strict=True)):
            opened_day = today - timedelta(days=352 - i * 21 + rng.randint(0, 4))
            opened = at(opened_day, 10)
            crisis_id = None
            for j, (cid, crisis_opened) in enumerate(crisis_cases):
                if opened - timedelta(days=60) <= crisis_opened <= opened - timedelta(days=1):
                    crisis_id = cid
                    del crisis_cases[j]
                    break
            place, region = _DEMO_PLACES[i % len(_DEMO_PLACES)]
            _kind, exploitation, control, recruitment, country, story = \
                _DEMO_STORIES[i % len(_DEMO_STORIES)]
            born = date(opened_day.year - rng.randint(19, 38), rng.randint(1, 12),
                        rng.randint(1, 28))
            # Women's surnames: the mother's is the daughter's.
            mother = f"{rng.choice(('Галина', 'Нина', 'Тамара', 'Валентина'))} {last}"
            relatives = [RelativeInput(mother, "parent", f"+375 29 000-{40 + i:02d}-{i:02d}",
                                       assisted=i % 3 == 0,
                                       notes="Звонила на линию, искала дочь." if i % 3 == 0
                                       else "")]
            status = "actual" if i % 3 != 2 else "possible"
            data = CaseInput(
                client=ClientInput(
                    name=f"{first} {last}", gender="female", birth_date=born,
                    phone=f"+375 {rng.choice((29, 33, 44))} 000-{10 + i:02d}-{rng.randint(10, 99)}",
                    email=f"client{i + 1:02d}@example.org" if i % 2 else "",
                    address=f"{place}, ул. Примерная, д. {3 + i}, кв. {10 + 2 * i}",
                    region=region, citizenship="BY"),
                trafficking=TraffickingInput(
                    status=status, decided_by="police" if status == "actual" else "ngo",
                    decided_on=opened_day + timedelta(days=rng.randint(3, 20))
                    if status == "actual" else opened_day,
                    exploitation_types=exploitation, methods_of_control=control,
                    recruitment_methods=recruitment, country=country,
                    period_from=opened_day - timedelta(days=rng.randint(90, 400)),
                    period_to=opened_day - timedelta(days=rng.randint(5, 30)),
                    notes=story),
                relatives=relatives, specialist_id=specialist,
                crisis_case_id=crisis_id,
                organisation="lastrada" if i % 4 else "bwc")
            if data.trafficking.decided_on and data.trafficking.decided_on > today:
                data.trafficking.decided_on = today
            problems = service.check_case(data, now)
            if problems:  # the demo follows the rules real cases follow
                raise ValueError(f"demo assistance case {i}: {problems}")
            case_id = service._open(s, data, opened)
            case = service._live(s, case_id)
            service._add_consent(s, case, ConsentInput(
                "case_history", "social_worker", given_on=opened_day,
                notes="Подписано информированное согласие."), opened)
            if "police_mediation" in services:
                service._add_consent(s, case, ConsentInput(
                    "identity", "police", given_on=opened_day), opened)
            # Services over the first months: counselling first, then the rest.
            age = (today - opened_day).days
            day = opened_day
            for code in sorted(services, key=lambda c: (c != "counselling", c)):
                day = min(day + timedelta(days=rng.randint(0, 12)), today)
                given = age > 21  # the newest case: services still planned
                low, high = _SERVICE_COST.get(code, (0, 0))
                provider = "own_staff"
                name = ""
                partner = {"medical": 1, "legal_aid": 2, "shelter": 3,
                           "police_mediation": 4}.get(code)
                if partner is not None:
                    provider, name = "partner_org", _PARTNERS[partner]
                notes = {"counselling": "Первичная консультация, оценка потребностей.",
                         "psychological": "Курс из шести встреч с психологом.",
                         "search_return_justice": "Сопровождение при даче показаний."}.get(
                    code, "")
                service._add_service(s, case, ServiceInput(
                    code, day, provider, name, GIVEN if given else PLANNED,
                    rng.randint(low, high) if high else None, "BYN", notes),
                    at(day, 14))
            # Referrals: to the police when mediated, to a lawyer or psychologist.
            if "police_mediation" in services:
                ref_day = min(opened_day + timedelta(days=rng.randint(1, 10)), today)
                ref_id = service._add_referral(s, case, AssistanceReferralInput(
                    "police", _PARTNERS[4], "Заявление о преступлении, защита при даче "
                    "показаний.", ref_day), at(ref_day, 12))
                ref = s.get(AssistanceReferral, ref_id)
                assert ref is not None
                if age > 20:
                    service._referral_status(s, ref, ACCEPTED, "", at(min(
                        ref_day + timedelta(days=3), today), 15))
                if age > 120:
                    service._referral_status(s, ref, DONE, "", at(min(
                        ref_day + timedelta(days=60), today), 15))
            if "legal_aid" in services or i % 5 == 1:
                ref_day = min(opened_day + timedelta(days=rng.randint(5, 25)), today)
                ref_id = service._add_referral(s, case, AssistanceReferralInput(
                    "lawyer", _PARTNERS[2], "Взыскание невыплаченной зарплаты.", ref_day),
                    at(ref_day, 12))
                ref = s.get(AssistanceReferral, ref_id)
                assert ref is not None
                if i % 5 == 1 and age > 40:
                    service._referral_status(s, ref, REFUSED, "Клиентка решила не обращаться "
                                             "в суд.", at(min(ref_day + timedelta(days=7),
                                                              today), 16))
            # Monitoring: every two or three months after the first services.
            levels = ["difficult", "difficult", "critical", "satisfactory", "difficult"]
            visit_day = opened_day + timedelta(days=45)
            visits = 0
            while visit_day < today - timedelta(days=3) and visits < 4:
                levels = [_better(level, rng) for level in levels]
                change = "better" if visits else None
                if visits and rng.random() < 0.15:
                    change = "no_change"
                service._add_visit(s, case, MonitoringInput(
                    visit_on=visit_day, method=("home_visit", "office", "phone")[visits % 3],
                    specialist_id=specialist,
                    areas={area: AreaInput(level, _DEMO_AREA_NOTES[area].get(level, ""))
                           for area, level in zip(MONITORING_AREAS, levels, strict=True)},
                    change=change, summary=_DEMO_SUMMARY[min(visits, 3)],
                    next_visit_on=visit_day + timedelta(days=75)), at(visit_day, 13))
                visits += 1
                visit_day += timedelta(days=rng.randint(60, 90))
            # Where the case stands: the oldest closed, then monitoring, active, open.
            if i < 5 and age > 200:
                if case.status == OPEN:
                    service._move(s, case, ACTIVE, opened)
                if visits:
                    service._move(s, case, MONITORING, at(opened_day + timedelta(days=46), 17))
                service._move(s, case, CLOSED, at(min(opened_day + timedelta(days=300),
                                                       today - timedelta(days=5)), 17),
                              reason="goals_met" if i != 3 else "lost_contact",
                              note="Трудоустроена, живёт с семьёй." if i != 3 else "")
            elif visits and case.status == ACTIVE:
                service._move(s, case, MONITORING, at(opened_day + timedelta(days=46), 17))
            written += 1
    log.info("demo data: %d assistance cases", written)
    return written


_LEVELS = ("critical", "difficult", "satisfactory", "good")


def _better(level: str, rng: Any) -> str:
    i = _LEVELS.index(level)
    if i < len(_LEVELS) - 1 and rng.random() < 0.6:
        return _LEVELS[i + 1]
    return level


_DEMO_AREA_NOTES = _DATA["demo_area_notes"]
_DEMO_SUMMARY = _DATA["demo_summary"]

