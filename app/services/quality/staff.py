"""The staff development register: meetings, examinations and trainings, who took
part, and how many of each were held in a period."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import User, new_uuid
from app.models.quality import STAFF_EVENT_TYPES, TOPIC_MAX, StaffEvent
from app.services.contacts.service import ConcurrentEditError
from app.services.quality.base import QualityBase
from app.services.quality.rows import (
    NOTES_MAX,
    REVIEW,
    StaffEventInput,
    StaffEventRow,
    clean_text,
)
from app.services.records import live
from app.services.validation import FieldError, ValidationError


def count_events(s: Session, start: date, end: date) -> dict[str, int]:
    """How many events of each type were held from ``start`` to ``end`` (both
    included)."""
    counts = dict.fromkeys(STAFF_EVENT_TYPES, 0)
    for kind in s.scalars(select(StaffEvent.type).where(
            StaffEvent.deleted_at.is_(None), StaffEvent.held_on >= start,
            StaffEvent.held_on <= end)):
        counts[kind] = counts.get(kind, 0) + 1
    return counts


class StaffRegister(QualityBase):
    """The register of meetings, examinations and trainings."""

    def staff_event_counts(self, start: date, end: date) -> dict[str, int]:
        """How many meetings, examinations and trainings were held from start to end."""
        self._require(REVIEW)
        with self.store.sessions() as s:
            return count_events(s, start, end)

    def staff_events(self, start: date | None = None, end: date | None = None) -> list[
        StaffEventRow
    ]:
        """Events of the register, the latest first."""
        self._require(REVIEW)
        cond: list[Any] = [StaffEvent.deleted_at.is_(None)]
        if start is not None:
            cond.append(StaffEvent.held_on >= start)
        if end is not None:
            cond.append(StaffEvent.held_on <= end)
        with self.store.sessions() as s:
            events = list(s.scalars(select(StaffEvent).where(*cond).order_by(
                StaffEvent.held_on.desc(), StaffEvent.created_at.desc())))
            names = self._names(s, [p for e in events for p in e.participant_ids])
            return [self._event_row(e, names) for e in events]

    @staticmethod
    def _event_row(e: StaffEvent, names: Mapping[str, str]) -> StaffEventRow:
        return StaffEventRow(
            id=e.id, version=e.version, held_on=e.held_on, type=e.type, topic=e.topic,
            participant_ids=tuple(e.participant_ids),
            participant_names=tuple(names.get(p, "") for p in e.participant_ids),
            other_participants=e.other_participants, notes=e.notes)

    def _check_event(self, s: Session, data: StaffEventInput) -> list[FieldError]:
        errors = []
        if data.type not in STAFF_EVENT_TYPES:
            errors.append(FieldError("type", "unknown_code", f"{data.type!r} is not a type"))
        topic = " ".join(data.topic.split())
        if not topic:
            errors.append(FieldError("topic", "required", "is required"))
        elif len(topic) > TOPIC_MAX:
            errors.append(FieldError("topic", "too_long", f"is longer than {TOPIC_MAX} "
                                     "characters", {"limit": TOPIC_MAX}))
        today = datetime.now().date()
        if data.held_on < date(2000, 1, 1):
            errors.append(FieldError("held_on", "too_early", "is before 2000"))
        elif data.held_on > today + timedelta(days=366):
            errors.append(FieldError("held_on", "future", "is more than a year ahead"))
        for name, text, limit in (("other_participants", data.other_participants, NOTES_MAX),
                                  ("notes", data.notes, NOTES_MAX)):
            if len(text) > limit:
                errors.append(FieldError(name, "too_long", f"is longer than {limit} characters",
                                         {"limit": limit}))
        if data.participant_ids:
            known = set(s.scalars(select(User.id).where(User.id.in_(data.participant_ids))))
            if set(data.participant_ids) - known:
                errors.append(FieldError("participant_ids", "unknown_code", "unknown person"))
        elif not data.other_participants.strip():
            errors.append(FieldError("participant_ids", "required", "name the participants"))
        return errors

    def save_staff_event(self, data: StaffEventInput, event_id: str | None = None, *,
                         expected_version: int | None = None) -> StaffEventRow:
        self._require(REVIEW)
        now = self.now()
        with self.store.session() as s:
            errors = self._check_event(s, data)
            if errors:
                raise ValidationError(errors)
            if event_id is None:
                event = StaffEvent(id=new_uuid(), site_id=self.site_id, created_at=now)
                s.add(event)
            else:
                found = live(s, StaffEvent, event_id, "staff event")
                if expected_version is not None and found.version != expected_version:
                    raise ConcurrentEditError(event_id)
                event = found
                event.stamp(now, self.user_id)
            event.held_on = data.held_on
            event.type = data.type
            event.topic = " ".join(data.topic.split())
            event.participant_ids = list(dict.fromkeys(data.participant_ids))
            event.other_participants = clean_text(data.other_participants)
            event.notes = clean_text(data.notes)
            event.author_id = self.user_id
            event.updated_at = now
            s.flush()
            return self._event_row(event, self._names(s, event.participant_ids))

    def delete_staff_event(self, event_id: str) -> None:
        self._require(REVIEW)
        now = self.now()
        with self.store.session() as s:
            event = live(s, StaffEvent, event_id, "staff event")
            event.retire(now, self.user_id)
