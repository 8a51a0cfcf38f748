"""Fictional quality-control data for the demo database: review rounds of the last
months with completed reviews (consultants getting better over time, the team weak on
the same criteria), feedback read and unread, one correction, and a year of staff
meetings, examinations and trainings.

Called by app.services.demo.data after the contacts are written; the same seed gives the
same rounds and scores. Everything goes through :class:`QualityService`, so the rows
are what the app itself would write.
"""

from __future__ import annotations

import logging
import random
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import delete, func, select

from app.db import Store
from app.models import Contact, Review, ReviewRound, StaffEvent, User
from app.models import rubric as rubrics
from app.models.rubric import Score
from app.services.contacts.service import CONSULTATION
from app.services.demo.mix import resource
from app.services.quality import (
    QualityService,
    ReviewInput,
    RoundSpec,
    StaffEventInput,
)

log = logging.getLogger("app.demo")
_DATA = resource("quality.json")  # the fixed data: app/resources/demo/quality.json

MONTHS = _DATA["months"]
ROUNDS = 4
PER_CONSULTANT = 3

# How hard each criterion is for the team (subtracted from a consultant's skill).
DIFFICULTY = _DATA["difficulty"]
# Criteria that often do not apply, and how often.
NOT_APPLICABLE = _DATA["not_applicable"]

PRAISE = _DATA["praise"]
ADVICE = _DATA["advice"]
STAFF_EVENTS = _DATA["staff_events"]


def _month_start(d: date, back: int) -> date:
    y, m = divmod(d.year * 12 + d.month - 1 - back, 12)
    return date(y, m + 1, 1)


def _month_end(first: date) -> date:
    nxt = _month_start(first, -1)
    return nxt - timedelta(days=1)


def _scores(rng: random.Random, skill: float, crisis: bool) -> dict[str, Score]:
    rubric = rubrics.load()
    scores: dict[str, Score] = {}
    for c in rubric.criteria:
        if c.code == "safety.immediate_danger" and not crisis:
            scores[c.code] = rubrics.NA
            continue
        if c.na_allowed and rng.random() < NOT_APPLICABLE.get(c.code, 0.0):
            scores[c.code] = rubrics.NA
            continue
        p = max(0.05, min(0.97, skill - DIFFICULTY.get(c.code, 0.0)))
        r = rng.random()
        scores[c.code] = 2 if r < p else (1 if r < p + (1 - p) * 0.6 else 0)
    return scores


def _feedback(rng: random.Random, result: rubrics.Result) -> str:
    weak = sorted((v, k) for k, v in result.sections.items() if v is not None)
    parts = [PRAISE[rng.randrange(len(PRAISE))]]
    for _value, section in weak[:2]:
        if _value < 90:
            parts.append(ADVICE[section])
    if result.critical:
        parts.append("Обсудим этот звонок на ближайшей встрече по контролю качества.")
    return " ".join(parts)


def generate(store: Store, seed: int, now: datetime) -> int:
    """Add the quality demo data; returns the number of completed reviews.

    On failure, removes what it wrote (the caller then removes the rest).
    """
    try:
        return _generate(store, seed, now)
    except BaseException:
        with store.session() as s:
            for model in (Review, ReviewRound, StaffEvent):
                s.execute(delete(model))
        raise


def _generate(store: Store, seed: int, now: datetime) -> int:
    rng = random.Random(f"quality/{seed}")
    with store.sessions() as s:
        supervisor = s.scalar(select(User.id).where(User.username == "supervisor"))
        consultants = list(s.execute(select(User.id, User.username).where(
            User.role == "consultant").order_by(User.username)))
    if supervisor is None or not consultants:
        return 0
    # Each consultant's skill at the start, and how much it grows per round.
    skill = {cid: 0.2 + 0.45 * rng.random() for cid, _ in consultants}
    growth = {cid: 0.03 + 0.06 * rng.random() for cid, _ in consultants}
    today = now.astimezone().date()
    completed = 0
    clock_value = [now]
    quality = QualityService(store, supervisor, clock=lambda: clock_value[0])
    for back in range(ROUNDS, 0, -1):
        first = _month_start(today, back)
        last = _month_end(first)
        lo = datetime.combine(first, datetime.min.time()).astimezone(UTC)
        hi = datetime.combine(last + timedelta(days=1), datetime.min.time()).astimezone(UTC)
        with store.sessions() as s:
            active = [cid for cid, _ in consultants if s.scalar(
                select(func.count()).select_from(Contact).where(
                    Contact.consultant_id == cid, Contact.kind == CONSULTATION,
                    Contact.started_at >= lo, Contact.started_at < hi))]
        if not active:
            continue
        clock_value[0] = min(now, hi + timedelta(days=1, hours=10))
        rnd = quality.start_round(RoundSpec(
            name=f"Контроль качества: {MONTHS[first.month - 1]} {first.year}",
            period_start=first, period_end=last, consultant_ids=tuple(active),
            per_consultant=PER_CONSULTANT, stratify="channel" if back % 2 else None,
            seed=rng.randrange(1, 2**31 - 1)))
        items = quality.round_items(rnd.id)
        newest = back == 1
        for n, item in enumerate(items):
            if newest and n % 3 == 2:
                continue  # not reviewed yet
            with store.sessions() as s:
                crisis = bool(s.scalar(select(Contact.crisis).where(
                    Contact.id == item.contact_id)))
            level = skill[item.consultant_id] + growth[item.consultant_id] * (ROUNDS - back)
            scores = _scores(rng, level, crisis)
            result = rubrics.score(rubrics.load(), scores)
            clock_value[0] = min(now, clock_value[0] + timedelta(hours=3 + rng.randrange(30)))
            if newest and n % 3 == 1:
                partial = dict(list(scores.items())[: len(scores) // 2])
                quality.save_review(ReviewInput(partial), contact_id=item.contact_id,
                                    round_id=rnd.id)
                continue
            review = quality.save_review(
                ReviewInput(scores, feedback=_feedback(rng, result)),
                contact_id=item.contact_id, round_id=rnd.id, complete=True)
            completed += 1
            if back == ROUNDS and n == 0:
                # A supervisor's correction: a new version with its reason.
                clock_value[0] = min(now, clock_value[0] + timedelta(days=1))
                fixed = dict(scores)
                fixed["record.fields_complete"] = 1
                review = quality.correct_review(
                    review.id, ReviewInput(fixed, feedback=review.input.feedback + " "
                                           "Регион абонента в записи не указан."),
                    "Пропустила незаполненное поле «Регион»")
            read_after = timedelta(days=rng.randrange(1, 6))
            if back > 1 and rng.random() < 0.9:
                _mark_read(store, review.id, clock_value[0] + read_after)
    _staff_events(quality, supervisor, [cid for cid, _ in consultants], today, rng)
    log.info("demo quality data: %d completed reviews", completed)
    return completed


def _mark_read(store: Store, review_id: str, when: datetime) -> None:
    with store.sessions() as s:
        consultant = s.scalar(select(Review.consultant_id).where(Review.id == review_id))
    QualityService(store, consultant, clock=lambda: when).mark_read(review_id)


def _staff_events(quality: QualityService, supervisor: str, consultants: list[str],
                  today: date, rng: random.Random) -> None:
    def add(held_on: date, kind: str, topic: str, others: str = "") -> None:
        present = [c for c in consultants if rng.random() < 0.85] or consultants[:1]
        quality.save_staff_event(StaffEventInput(held_on, kind, topic, [supervisor, *present],
                                                 other_participants=others))

    for back in range(12, 0, -1):
        first = _month_start(today, back)
        add(first + timedelta(days=rng.randrange(2, 9)), "meeting",
            "Контроль качества консультирования: разбор звонков")
    for back, day, kind, topic, others in STAFF_EVENTS:
        first = _month_start(today, back)
        add(first.replace(day=min(day, _month_end(first).day)), kind, topic, others)

