"""Fictional crisis cases for the demo database, opened from demo contacts and written
through the same service as real cases (app/services/demo/data.py calls
:func:`add_demo_cases`)."""

from __future__ import annotations

import logging
import random
from datetime import datetime, timedelta

from sqlalchemy import Connection, select
from sqlalchemy.orm import Session

from app.db import Store
from app.models import Contact, CrisisCase, CrisisReferral
from app.models import countries as country_list
from app.models import questionnaire as qn
from app.models.crisis import ACCEPTED, ANONYMOUS, CLOSED, DECLINED, DONE, NAMED
from app.services.contacts.service import parse_hhmm
from app.services.crisis.service import CrisisService
from app.services.crisis.types import QUESTIONNAIRE, CrisisReferralInput, CrisisSubmission
from app.services.demo.mix import resource

log = logging.getLogger("app.crisis")
_DATA = resource("crisis.json")  # the fixed data: app/resources/demo/crisis.json

_DEMO_SCENARIOS = _DATA["demo_scenarios"]
# (scenario index, state), newest contacts first: fresh cases open, then overdue, then
# older ones closed.
_DEMO_CASES = _DATA["demo_cases"]
_CLOSING = {int(k): tuple(v) for k, v in _DATA["closing"].items()}


def add_demo_cases(conn: Connection, *, store: Store, staff_ids: dict[str, str],
                   now: datetime, seed: int = 113) -> int:
    """Fictional crisis cases in every state (open, overdue, closed), each linked to a
    crisis contact of the demo data, written through the same code as real cases."""
    rng = random.Random(seed)
    q = qn.load(QUESTIONNAIRE)
    consultant = staff_ids.get("consultant")
    specialist = staff_ids.get("specialist")
    supervisor = staff_ids.get("supervisor")
    written = 0
    with conn.begin(), Session(bind=conn) as s:
        crisis_contacts = list(s.scalars(
            select(Contact).where(Contact.crisis.is_(True), Contact.deleted_at.is_(None))
            .order_by(Contact.started_at.desc()).limit(len(_DEMO_CASES))))
        for (index, state), contact in zip(_DEMO_CASES, crisis_contacts, strict=False):
            opened = contact.started_at
            scenario = {k: v for k, v in _DEMO_SCENARIOS[index].items() if v is not None}
            country = next((d.country for d in contact.destinations
                            if d.country != country_list.UNDEFINED), "PL")
            answers = {**scenario, "country": country}
            answers = q.completed(answers)
            problems = q.check(answers)
            if problems:  # the demo follows the questionnaire it ships with
                raise ValueError(f"demo scenario {index}: {problems}")
            service = CrisisService(store, contact.consultant_id)
            owners = {"social_worker": specialist, "infoline_manager": supervisor}
            referrals = [
                CrisisReferralInput(
                    target=p.target, due_at=p.due_at,
                    mode=NAMED if p.target in answers.get("consent", []) else ANONYMOUS,
                    action="; ".join(a.get("ru") for a in p.actions),
                    owner_id=owners.get(p.target or "", contact.consultant_id or consultant),
                    proposed=True, rules=list(p.rules))
                for p in q.propose(answers, opened, parse_hhmm("20:00"))
            ]
            sub = CrisisSubmission(answers=answers, referrals=referrals, version=q.version)
            case_id = service._write_case(s, q, answers, sub, contact.id, opened,
                                          organisation=contact.organisation)
            s.flush()
            _demo_progress(s, service, case_id, state, index, opened, now, rng)
            written += 1
        s.flush()
    log.info("demo data: %d crisis cases", written)
    return written


def _demo_progress(s: Session, service: CrisisService, case_id: str, state: str, index: int,
                   opened: datetime, now: datetime, rng: random.Random) -> None:
    """What happened to a demo case since it was opened."""
    refs = list(s.scalars(select(CrisisReferral).where(CrisisReferral.case_id == case_id)
                          .order_by(CrisisReferral.due_at)))
    case = s.get(CrisisCase, case_id)
    assert case is not None

    def move(ref: CrisisReferral, status: str, at: datetime, reason: str = "") -> None:
        before = ref.status
        ref.status, ref.status_reason, ref.status_at = status, reason, at
        ref.stamp(at, ref.author_id)
        service.book.event(s, case_id, "referral_status", at, referral_id=ref.id,
                           text=reason,
                           data={"from": before, "to": status, "target": ref.target})

    if state == "open":
        # Fresh: tasks due in the coming hours and days.
        for i, ref in enumerate(refs):
            ref.due_at = max(ref.due_at, now + timedelta(hours=2 + 10 * i))
        return
    if state == "overdue":
        for ref in refs[:1]:
            move(ref, ACCEPTED, opened + timedelta(hours=3))
        for i, ref in enumerate(refs):
            ref.due_at = min(ref.due_at, now - timedelta(days=1 + i % 2, hours=i))
        service.book.event(s, case_id, "note", opened + timedelta(days=1),
                           text="Перезвонили, абонент недоступен. Попробуем ещё раз.")
        return
    # closed: every task settled, one declined with a reason.
    for i, ref in enumerate(refs):
        at = min(opened + timedelta(days=1 + i), now)
        if ref.target == "lawyer" and rng.random() < 0.7:
            move(ref, DECLINED, at, "Человек решил обратиться к юристу на месте.")
            continue
        move(ref, ACCEPTED, at)
        move(ref, DONE, min(at + timedelta(days=1), now))
    reason, note = _CLOSING.get(index, ("resolved", ""))
    closed_at = min(opened + timedelta(days=max(2, len(refs) + 1)), now)
    case.status, case.closed_at, case.closed_by = CLOSED, closed_at, case.opened_by
    case.closure_reason, case.closure_note = reason, note
    service.book.event(s, case_id, "closed", closed_at, text=note, data={"reason": reason})
