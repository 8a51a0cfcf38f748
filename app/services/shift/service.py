"""The shift: callbacks as tasks, handing them over, notes for the next shift, debrief
requests, and what is waiting for a consultant when they log in.

Everyone (``shift.own``) keeps their own tasks, hands them to a colleague, writes
handover notes and asks for a debrief; supervisors and administrators
(``shift.supervise``) also see every consultant's open tasks and every debrief request.
A debrief request's note is read only by its requester and the supervisors, and no
statistic counts these requests. Every change is a record (audit log, sync); see
app/models/shift.py.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session, aliased

from app.db import Store
from app.models import (
    Caller,
    Contact,
    CrisisCase,
    CrisisReferral,
    DirectoryEntry,
    Review,
    User,
    new_uuid,
    utcnow,
)
from app.models import shift as m
from app.models.shift import DebriefRequest, HandoverNote, ShiftTask, ShiftTaskEvent
from app.services import permissions
from app.services.directory.service import DirectoryService
from app.services.messages import UserError
from app.services.shift.hours import DAYS_SETTING, HOURS_SETTING, WorkingHours

OWN = "shift.own"
SUPERVISE = "shift.supervise"
PHONE_MAX = 40
SEEN_PREFIX = "shift_seen:"
"""Setting (local to the site) with the start of a user's previous shift."""
RECENT = timedelta(days=7)
"""How far back "since my last shift" looks when there was no previous shift."""


class ShiftError(UserError):
    """A refusal about a task, a note or a debrief request, for the user."""


@dataclass(frozen=True)
class TaskRow:
    id: str
    kind: str
    contact_id: str | None
    contact_started_at: datetime | None
    caller_id: str | None
    caller_label: str
    phone: str
    note: str
    due_at: datetime
    outside_hours: bool
    owner_id: str | None
    owner_name: str
    status: str
    closed_at: datetime | None
    done_contact_id: str | None
    overdue: bool
    version: int

    @property
    def open(self) -> bool:
        return self.status == m.OPEN


@dataclass(frozen=True)
class TaskEventRow:
    at: datetime
    kind: str
    user_name: str
    from_name: str
    to_name: str
    due_at: datetime | None


@dataclass(frozen=True)
class NoteRow:
    id: str
    written_at: datetime
    author_name: str
    text: str


@dataclass(frozen=True)
class DebriefRow:
    id: str
    requested_at: datetime
    requester_id: str | None
    requester_name: str
    contact_id: str | None
    note: str
    status: str


@dataclass(frozen=True)
class FollowUpRow:
    """A crisis case's referral or follow-up someone has to act on."""

    id: str
    case_id: str
    case_number: str
    kind: str
    due_at: datetime
    overdue: bool
    mine: bool


@dataclass
class Handover:
    """What the Shift page and the login show."""

    since: datetime
    my_tasks: list[TaskRow] = field(default_factory=list)
    follow_ups: list[FollowUpRow] = field(default_factory=list)
    unread_reviews: int = 0
    entries_to_check: int = 0
    new_crisis_cases: list[tuple[str, str, datetime]] = field(default_factory=list)
    notes: list[NoteRow] = field(default_factory=list)
    team_tasks: list[TaskRow] | None = None  # supervisors: every consultant's open tasks
    debriefs: list[DebriefRow] = field(default_factory=list)

    @property
    def overdue(self) -> int:
        return sum(1 for t in self.my_tasks if t.overdue) + sum(
            1 for f in self.follow_ups if f.overdue)

    @property
    def waiting(self) -> int:
        return len(self.my_tasks) + len(self.follow_ups)


class ShiftService:
    def __init__(self, store: Store, user_id: str | None):
        self.store = store
        self.user_id = user_id

    # -- permission --

    def _role(self, s: Session) -> str | None:
        return permissions.role_of(s, self.user_id)

    def _require(self, s: Session, action: str = OWN) -> str:
        role = self._role(s)
        permissions.require(role, action)
        assert role is not None
        return role

    def can(self, action: str) -> bool:
        with self.store.sessions() as s:
            return permissions.allowed(self._role(s), action)

    # -- working hours --

    def hours(self) -> WorkingHours:
        return WorkingHours.of(self.store.setting(HOURS_SETTING),
                               self.store.setting(DAYS_SETTING))

    def set_working_days(self, days: list[int]) -> None:
        """The days the line works (ISO weekdays); administrators (``site.manage``)."""
        with self.store.sessions() as s:
            self._require(s, "site.manage")
        if not days or any(not isinstance(d, int) or isinstance(d, bool) or not 1 <= d <= 7
                           for d in days):
            raise ShiftError("the working days must be one or more of 1 (Monday) to "
                             "7 (Sunday)")
        self.store.set_setting(DAYS_SETTING, sorted(set(days)))

    def default_due(self, now: datetime | None = None) -> datetime:
        return self.hours().default_due(now or utcnow())

    # -- tasks --

    def add_callback(self, contact_id: str | None, due_at: datetime | None, *,
                     phone: str = "", note: str = "", keep_outside_hours: bool = False,
                     owner_id: str | None = None, now: datetime | None = None) -> TaskRow:
        """A callback agreed in the contact ``contact_id``, due at ``due_at`` (moved to
        the next opening time when the line is closed then, unless kept). The caller's
        profile comes from the contact; ``phone`` is a number given without one."""
        now = now or utcnow()
        if due_at is None:
            raise ShiftError("a callback needs a due time")
        _aware(due_at)
        phone = " ".join(phone.split())
        _check_length(phone, note)
        due, _moved = self.hours().place(due_at, keep_outside_hours)
        with self.store.session() as s:
            self._require(s)
            owner = owner_id or self.user_id
            self._require_staff(s, owner)
            caller_id = None
            if contact_id is not None:
                contact = s.scalar(select(Contact).where(Contact.id == contact_id))
                if contact is None or contact.deleted_at is not None:
                    raise ShiftError("the contact of this callback no longer exists")
                caller_id = contact.caller_id
            task = ShiftTask(
                id=new_uuid(), kind=m.CALLBACK, contact_id=contact_id, caller_id=caller_id,
                phone=phone, note=note.strip(), due_at=due,
                outside_hours=keep_outside_hours and not self.hours().is_open(due),
                owner_id=owner, created_by=self.user_id, status=m.OPEN, close_reason="",
                site_id=self.store.site_id, author_id=self.user_id, created_at=now,
                updated_at=now)
            s.add(task)
            self._event(s, task.id, m.CREATED, now, to_user=owner, due_at=due)
            s.flush()
            return self._rows(s, [ShiftTask.id == task.id], now)[0]

    def callback_of_contact(self, contact_id: str) -> TaskRow | None:
        """The callback agreed in this contact (open or closed), if any."""
        with self.store.sessions() as s:
            self._require(s)
            rows = self._rows(s, [ShiftTask.contact_id == contact_id], utcnow())
            return rows[0] if rows else None

    def task(self, task_id: str) -> TaskRow:
        with self.store.sessions() as s:
            self._require(s)
            rows = self._rows(s, [ShiftTask.id == task_id], utcnow())
        if not rows:
            raise ShiftError("this task no longer exists")
        return rows[0]

    def my_tasks(self, now: datetime | None = None, *, closed: bool = False) -> list[TaskRow]:
        """The user's open tasks, soonest due first (with ``closed``, the closed ones of
        the last week too)."""
        now = now or utcnow()
        with self.store.sessions() as s:
            self._require(s)
            cond = [ShiftTask.owner_id == self.user_id]
            if closed:
                cond.append(or_(ShiftTask.status == m.OPEN, ShiftTask.closed_at >= now - RECENT))
            else:
                cond.append(ShiftTask.status == m.OPEN)
            return self._rows(s, cond, now)

    def team_tasks(self, now: datetime | None = None) -> list[TaskRow]:
        """Every consultant's open tasks (supervisors)."""
        now = now or utcnow()
        with self.store.sessions() as s:
            self._require(s, SUPERVISE)
            return self._rows(s, [ShiftTask.status == m.OPEN], now)

    def due_count(self, now: datetime | None = None) -> tuple[int, int]:
        """(open, overdue) tasks of the user."""
        now = now or utcnow()
        with self.store.sessions() as s:
            if not permissions.allowed(self._role(s), OWN):
                return 0, 0
            base = select(func.count()).select_from(ShiftTask).where(
                ShiftTask.owner_id == self.user_id, ShiftTask.status == m.OPEN,
                ShiftTask.deleted_at.is_(None))
            total = int(s.scalar(base) or 0)
            late = int(s.scalar(base.where(ShiftTask.due_at <= now)) or 0)
            return total, late

    def hand_over(self, task_id: str, to_user_id: str, now: datetime | None = None) -> TaskRow:
        """Give the task to a colleague; its history keeps who, when and from whom."""
        now = now or utcnow()
        with self.store.session() as s:
            role = self._require(s)
            task = self._open_task(s, task_id)
            if task.owner_id != self.user_id and not permissions.allowed(role, SUPERVISE):
                raise ShiftError("only the task's owner or a supervisor may hand it over")
            self._require_staff(s, to_user_id)
            before = task.owner_id
            if before == to_user_id:
                return self._rows(s, [ShiftTask.id == task_id], now)[0]
            task.owner_id = to_user_id
            task.stamp(now, self.user_id)
            self._event(s, task.id, m.HANDED, now, from_user=before, to_user=to_user_id)
            s.flush()
            return self._rows(s, [ShiftTask.id == task_id], now)[0]

    def move(self, task_id: str, due_at: datetime, keep_outside_hours: bool = False,
             now: datetime | None = None) -> TaskRow:
        """A new due time (moved into the working hours unless kept)."""
        now = now or utcnow()
        due, _moved = self.hours().place(_aware(due_at), keep_outside_hours)
        with self.store.session() as s:
            self._require(s)
            task = self._open_task(s, task_id)
            task.due_at = due
            task.outside_hours = keep_outside_hours and not self.hours().is_open(due)
            task.stamp(now, self.user_id)
            self._event(s, task.id, m.MOVED, now, due_at=due)
            s.flush()
            return self._rows(s, [ShiftTask.id == task_id], now)[0]

    def complete(self, task_id: str, contact_id: str, now: datetime | None = None) -> TaskRow:
        """Done: the follow-up contact ``contact_id`` was recorded. Doing it again with
        the same contact changes nothing (the form may report a save twice)."""
        now = now or utcnow()
        with self.store.session() as s:
            self._require(s)
            task = s.get(ShiftTask, task_id)
            if task is None or task.deleted_at is not None:
                raise ShiftError("this task no longer exists")
            if task.status == m.DONE and task.done_contact_id == contact_id:
                return self._rows(s, [ShiftTask.id == task_id], now)[0]
            if task.status != m.OPEN:
                raise ShiftError("this task is closed already")
            contact = s.scalar(select(Contact).where(Contact.id == contact_id))
            if contact is None or contact.deleted_at is not None:
                raise ShiftError("the contact of this callback no longer exists")
            task.status, task.closed_at, task.closed_by = m.DONE, now, self.user_id
            task.done_contact_id = contact_id
            task.stamp(now, self.user_id)
            self._event(s, task.id, m.COMPLETED, now)
            s.flush()
            return self._rows(s, [ShiftTask.id == task_id], now)[0]

    def cancel(self, task_id: str, reason: str = "", now: datetime | None = None) -> TaskRow:
        """Not needed any more (the caller called again, a wrong number…)."""
        now = now or utcnow()
        _check_length("", reason)
        with self.store.session() as s:
            self._require(s)
            task = self._open_task(s, task_id)
            task.status, task.closed_at, task.closed_by = m.CANCELLED, now, self.user_id
            task.close_reason = reason.strip()
            task.stamp(now, self.user_id)
            self._event(s, task.id, m.CANCELLED_EVENT, now)
            s.flush()
            return self._rows(s, [ShiftTask.id == task_id], now)[0]

    def history(self, task_id: str) -> list[TaskEventRow]:
        with self.store.sessions() as s:
            self._require(s)
            names = self._staff_names(s)
            return [TaskEventRow(e.at, e.kind, names.get(e.user_id or "", ""),
                                 names.get(e.from_user_id or "", ""),
                                 names.get(e.to_user_id or "", ""), e.due_at)
                    for e in s.scalars(select(ShiftTaskEvent)
                                       .where(ShiftTaskEvent.task_id == task_id,
                                              ShiftTaskEvent.deleted_at.is_(None))
                                       .order_by(ShiftTaskEvent.at, ShiftTaskEvent.id))]

    def staff(self) -> list[tuple[str, str]]:
        """(id, name) of the active accounts a task can be handed to."""
        with self.store.sessions() as s:
            self._require(s)
            return [(u.id, u.full_name) for u in s.scalars(
                select(User).where(User.active.is_(True), User.deleted_at.is_(None))
                .order_by(User.full_name))]

    # -- handover notes --

    def write_note(self, text: str, now: datetime | None = None) -> NoteRow:
        now = now or utcnow()
        text = text.strip()
        if not text:
            raise ShiftError("a handover note cannot be empty")
        _check_length("", text)
        with self.store.session() as s:
            self._require(s)
            note = HandoverNote(id=new_uuid(), written_at=now, written_by=self.user_id,
                                text=text, site_id=self.store.site_id,
                                author_id=self.user_id, created_at=now, updated_at=now)
            s.add(note)
            s.flush()
            return NoteRow(note.id, now, self._staff_names(s).get(self.user_id or "", ""),
                           text)

    def notes(self, since: datetime) -> list[NoteRow]:
        """Handover notes written since ``since``, newest first."""
        with self.store.sessions() as s:
            self._require(s)
            names = self._staff_names(s)
            return [NoteRow(n.id, n.written_at, names.get(n.written_by or "", ""), n.text)
                    for n in s.scalars(select(HandoverNote)
                                       .where(HandoverNote.written_at >= since,
                                              HandoverNote.deleted_at.is_(None))
                                       .order_by(HandoverNote.written_at.desc()))]

    # -- debrief requests --

    def request_debrief(self, contact_id: str | None = None, note: str = "",
                        now: datetime | None = None) -> DebriefRow:
        """Ask a supervisor for a debrief after a hard call; the note is optional."""
        now = now or utcnow()
        _check_length("", note)
        with self.store.session() as s:
            self._require(s)
            req = DebriefRequest(id=new_uuid(), requested_at=now, requested_by=self.user_id,
                                 contact_id=contact_id, note=note.strip(), status=m.REQUESTED,
                                 site_id=self.store.site_id, author_id=self.user_id,
                                 created_at=now, updated_at=now)
            s.add(req)
            s.flush()
            return self._debrief_rows(s, [DebriefRequest.id == req.id])[0]

    def debriefs(self, *, open_only: bool = True) -> list[DebriefRow]:
        """Supervisors: every request; everyone else: their own."""
        with self.store.sessions() as s:
            role = self._require(s)
            cond = [] if permissions.allowed(role, SUPERVISE) else [
                DebriefRequest.requested_by == self.user_id]
            if open_only:
                cond.append(DebriefRequest.status == m.REQUESTED)
            return self._debrief_rows(s, cond)

    def debrief_seen(self, request_id: str, now: datetime | None = None) -> None:
        """A supervisor has talked with the consultant."""
        now = now or utcnow()
        with self.store.session() as s:
            self._require(s, SUPERVISE)
            req = s.get(DebriefRequest, request_id)
            if req is None or req.deleted_at is not None:
                raise ShiftError("no such debrief request")
            if req.status == m.SEEN:
                return
            req.status, req.seen_at, req.seen_by = m.SEEN, now, self.user_id
            req.stamp(now, self.user_id)

    # -- the handover --

    def last_shift(self) -> datetime | None:
        """When the user's previous shift began (None: never on this site)."""
        value = self.store.setting(SEEN_PREFIX + str(self.user_id))
        try:
            return datetime.fromisoformat(str(value)).astimezone(UTC) if value else None
        except ValueError:
            return None

    def begin_shift(self, now: datetime | None = None) -> datetime:
        """Mark the start of a shift; returns the start of the previous one (or a week
        ago), which "since my last shift" counts from."""
        now = now or utcnow()
        before = self.last_shift() or now - RECENT
        self.store.set_setting(SEEN_PREFIX + str(self.user_id), now.isoformat())
        return before

    def handover(self, since: datetime | None = None, now: datetime | None = None) -> Handover:
        now = now or utcnow()
        since = since or self.last_shift() or now - RECENT
        out = Handover(since=since)
        with self.store.sessions() as s:
            role = self._require(s)
            supervisor = permissions.allowed(role, SUPERVISE)
            out.my_tasks = self._rows(s, [ShiftTask.owner_id == self.user_id,
                                          ShiftTask.status == m.OPEN], now)
            if supervisor:
                out.team_tasks = self._rows(s, [ShiftTask.status == m.OPEN], now)
            out.follow_ups = self._follow_ups(s, now)
            out.unread_reviews = int(s.scalar(
                select(func.count()).select_from(Review).where(
                    Review.consultant_id == self.user_id, Review.status == "complete",
                    Review.read_at.is_(None), Review.deleted_at.is_(None),
                    Review.superseded_at.is_(None))) or 0)
            if permissions.allowed(role, "directory.edit"):
                cutoff = DirectoryService(self.store, self.user_id).stale_before(now)
                verified = DirectoryEntry.verified_at
                out.entries_to_check = int(s.scalar(
                    select(func.count()).select_from(DirectoryEntry).where(
                        DirectoryEntry.retired_at.is_(None), DirectoryEntry.deleted_at.is_(None),
                        or_(DirectoryEntry.verified_by == self.user_id,
                            DirectoryEntry.verified_by.is_(None)),
                        verified.is_(None) | (verified < cutoff))) or 0)
            out.new_crisis_cases = [
                (r[0], r[1], r[2]) for r in s.execute(
                    select(CrisisCase.id, CrisisCase.number, CrisisCase.opened_at)
                    .where(CrisisCase.opened_at >= since, CrisisCase.deleted_at.is_(None))
                    .order_by(CrisisCase.opened_at.desc()).limit(50))]
            out.debriefs = self._debrief_rows(s, [DebriefRequest.status == m.REQUESTED]) \
                if supervisor else []
        out.notes = self.notes(since)
        return out

    def _follow_ups(self, s: Session, now: datetime) -> list[FollowUpRow]:
        """Referrals and follow-ups of open crisis cases the user must act on, and any
        due by the end of today."""
        if not permissions.allowed(self._role(s), "crisis.run"):
            return []
        start_of_day = now.astimezone().replace(hour=0, minute=0, second=0, microsecond=0)
        end_of_day = (start_of_day + timedelta(days=1)).astimezone(UTC)
        rows = s.execute(
            select(CrisisReferral.id, CrisisReferral.case_id, CrisisCase.number,
                   CrisisReferral.kind, CrisisReferral.due_at, CrisisReferral.owner_id)
            .join(CrisisCase, CrisisCase.id == CrisisReferral.case_id)
            .where(CrisisReferral.deleted_at.is_(None), CrisisCase.deleted_at.is_(None),
                   CrisisCase.status == "open",
                   CrisisReferral.status.in_(("sent", "accepted")),
                   or_(CrisisReferral.owner_id == self.user_id,
                       CrisisReferral.due_at.between(start_of_day.astimezone(UTC),
                                                     end_of_day)))
            .order_by(CrisisReferral.due_at).limit(200))
        return [FollowUpRow(r[0], r[1], r[2], r[3], r[4], r[4] <= now,
                            r[5] == self.user_id) for r in rows]

    # -- the pieces --

    def _open_task(self, s: Session, task_id: str) -> ShiftTask:
        task = s.get(ShiftTask, task_id)
        if task is None or task.deleted_at is not None:
            raise ShiftError("this task no longer exists")
        if task.status != m.OPEN:
            raise ShiftError("this task is closed already")
        return task

    @staticmethod
    def _require_staff(s: Session, user_id: str | None) -> None:
        user = s.get(User, user_id) if user_id else None
        if user is None or not user.active or user.deleted_at is not None:
            name = user.full_name if user is not None else str(user_id)
            raise ShiftError("{name} cannot take tasks (no active account)", name=name)

    def _event(self, s: Session, task_id: str, kind: str, now: datetime, *,
               from_user: str | None = None, to_user: str | None = None,
               due_at: datetime | None = None) -> None:
        s.add(ShiftTaskEvent(id=new_uuid(), task_id=task_id, at=now, kind=kind,
                             user_id=self.user_id, from_user_id=from_user, to_user_id=to_user,
                             due_at=due_at, site_id=self.store.site_id,
                             author_id=self.user_id, created_at=now, updated_at=now))

    @staticmethod
    def _staff_names(s: Session) -> dict[str, str]:
        return {r[0]: r[1] for r in s.execute(select(User.id, User.full_name))}

    def _rows(self, s: Session, cond: Sequence[Any], now: datetime) -> list[TaskRow]:
        owner = aliased(User)
        stmt = (select(ShiftTask, owner.full_name, Contact.started_at, Caller.nickname,
                       Caller.phone)
                .outerjoin(owner, owner.id == ShiftTask.owner_id)
                .outerjoin(Contact, Contact.id == ShiftTask.contact_id)
                .outerjoin(Caller, Caller.id == ShiftTask.caller_id)
                .where(ShiftTask.deleted_at.is_(None), *cond)
                .order_by(ShiftTask.due_at, ShiftTask.id))
        out = []
        for t, owner_name, started, nickname, caller_phone in s.execute(stmt):
            label = " · ".join(x for x in (nickname, caller_phone) if x)
            out.append(TaskRow(
                id=t.id, kind=t.kind, contact_id=t.contact_id, contact_started_at=started,
                caller_id=t.caller_id, caller_label=label, phone=t.phone or caller_phone or "",
                note=t.note, due_at=t.due_at, outside_hours=t.outside_hours,
                owner_id=t.owner_id, owner_name=owner_name or "", status=t.status,
                closed_at=t.closed_at, done_contact_id=t.done_contact_id,
                overdue=t.status == m.OPEN and t.due_at <= now, version=t.version))
        return out

    def _debrief_rows(self, s: Session, cond: Sequence[Any]) -> list[DebriefRow]:
        names = self._staff_names(s)
        return [DebriefRow(r.id, r.requested_at, r.requested_by,
                           names.get(r.requested_by or "", ""), r.contact_id, r.note, r.status)
                for r in s.scalars(select(DebriefRequest)
                                   .where(DebriefRequest.deleted_at.is_(None),
                                          *cond)
                                   .order_by(DebriefRequest.requested_at.desc()))]


def _aware(moment: datetime) -> datetime:
    if moment.tzinfo is None:
        raise ValueError("naive datetime given as a due time")
    return moment


def _check_length(phone: str, note: str) -> None:
    if len(phone) > PHONE_MAX:
        raise ShiftError("the phone number is longer than {limit} characters",
                         limit=PHONE_MAX)
    if len(note) > m.NOTE_MAX:
        raise ShiftError("the note is longer than {limit} characters", limit=m.NOTE_MAX)
