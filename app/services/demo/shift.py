"""Fictional shift data for the demo database: callbacks of the demo consultant (one
overdue, one due later today, one handed over by a colleague, one done by a follow-up
contact), a handover note from the last shift and a colleague's request for a debrief
after a crisis call.

Called by app.services.demo.data after the contacts are written; the rows are written
with the app's own models, so they are what the app itself would write.
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta

from sqlalchemy import select

from app.db import Store
from app.models import Contact, new_uuid
from app.models import shift as m
from app.models.shift import DebriefRequest, HandoverNote, ShiftTask, ShiftTaskEvent
from app.services.demo.mix import resource

log = logging.getLogger("app.demo")
_DATA = resource("shift.json")  # the fixed data: app/resources/demo/shift.json

_NOTES = _DATA["notes"]
HANDOVER = _DATA["handover"]

DEBRIEF = _DATA["debrief"]


def add_demo_shift(store: Store, *, staff_ids: dict[str, str], now: datetime) -> int:
    """A few tasks and one handover note; returns how many tasks."""
    consultant = staff_ids.get("consultant")
    colleague = staff_ids.get("mnovik") or consultant
    supervisor = staff_ids.get("supervisor") or consultant
    if consultant is None:
        return 0
    site = store.site_id
    with store.session() as s:
        s.info["audit_bulk"] = True  # demo data: no audit entry per row
        contacts = list(s.scalars(
            select(Contact).where(Contact.consultant_id.in_((consultant, colleague)),
                                  Contact.caller_id.is_not(None),
                                  Contact.deleted_at.is_(None), Contact.started_at < now)
            .order_by(Contact.started_at.desc()).limit(len(_NOTES) * 2)))[::2]
        plan = ((-timedelta(hours=2), consultant, None, m.OPEN),
                (timedelta(hours=3), consultant, None, m.OPEN),
                (timedelta(hours=1), consultant, colleague, m.OPEN),
                (-timedelta(days=1), consultant, None, m.DONE))
        written = 0
        for (offset, owner, handed_from, status), contact, note in zip(
                plan, contacts, _NOTES, strict=False):
            created = contact.started_at
            due = now + offset
            task = ShiftTask(
                id=new_uuid(), kind=m.CALLBACK, contact_id=contact.id,
                caller_id=contact.caller_id, phone="", note=note, due_at=due,
                outside_hours=False, owner_id=owner, created_by=handed_from or owner,
                status=m.OPEN, close_reason="", site_id=site, author_id=owner,
                created_at=created, updated_at=created)
            s.add(task)
            events: list[tuple[datetime, str, str | None, str | None, str | None]] = [
                (created, m.CREATED, handed_from or owner, None, handed_from or owner)]
            if handed_from:
                events.append((created + timedelta(minutes=30), m.HANDED, supervisor,
                               handed_from, owner))
            if status == m.DONE:
                later = next((c for c in contacts if c.started_at > due), None)
                task.status, task.closed_at, task.closed_by = m.DONE, due, owner
                task.done_contact_id = later.id if later is not None else None
                events.append((due, m.COMPLETED, owner, None, None))
            for at, kind, user, from_user, to_user in events:
                s.add(ShiftTaskEvent(id=new_uuid(), task_id=task.id, at=at, kind=kind,
                                     user_id=user, from_user_id=from_user, to_user_id=to_user,
                                     due_at=due if kind == m.CREATED else None, site_id=site,
                                     author_id=user, created_at=at, updated_at=at))
            written += 1
        at = now - timedelta(hours=14)
        s.add(HandoverNote(id=new_uuid(), written_at=at, written_by=colleague, text=HANDOVER,
                           site_id=site, author_id=colleague, created_at=at, updated_at=at))
        crisis = s.scalar(select(Contact).where(Contact.consultant_id == colleague,
                                                Contact.crisis.is_(True))
                          .order_by(Contact.started_at.desc()).limit(1))
        if crisis is not None:
            at = crisis.started_at + timedelta(minutes=30)
            s.add(DebriefRequest(id=new_uuid(), requested_at=at, requested_by=colleague,
                                 contact_id=crisis.id, note=DEBRIEF, status=m.REQUESTED,
                                 site_id=site, author_id=colleague, created_at=at,
                                 updated_at=at))
    log.info("demo data: %d tasks, 1 handover note, a debrief request", written)
    return written
