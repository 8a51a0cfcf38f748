"""Erasing a person's data, and the retention review of old cases.

An administrator erases a person — a caller profile, or the client of an assistance
case — everywhere the person appears: the profile or the client's identity, the
free text of every contact, crisis case and assistance case that belongs to them
(notes, answers typed as text, relatives, consent recipients, timeline texts), the
number and notes of their callbacks, debrief notes about their contacts and handover
notes that name them, the
change history of those contacts, the drafts that mention them, and the full-text
index. What counts for the statistics stays: dates, channels, codes, gender, age
group, region, countries. Records that held nothing but personal data (the caller
profile, relatives) are deleted and leave a tombstone for the partner sites; the
others travel as an ordinary change of their redacted version.

Deleted pages are overwritten (``secure_delete``), the full-text index is merged so
no old segment keeps the words, and the write-ahead log is truncated. Backups made
before the erasure still hold the data until they rotate out (docs/security.md).

The audit entry names the kind of person, the record ids and the counts, never the
erased data itself.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import delete, or_, select
from sqlalchemy.orm import Session

from app.db import Store
from app.models import (
    AssistanceCase,
    AssistanceConsent,
    AssistanceEvent,
    AssistanceMonitoring,
    AssistanceReferral,
    AssistanceRelative,
    AssistanceServiceEntry,
    Caller,
    Contact,
    ContactChange,
    CrisisCase,
    CrisisCaseContact,
    CrisisCaseEvent,
    CrisisReferral,
    DebriefRequest,
    Draft,
    HandoverNote,
    ShiftTask,
)
from app.models import questionnaire as questionnaires
from app.models.audit import append as audit_append
from app.services import permissions
from app.services.assistance.service import matching_cases
from app.services.contacts.phones import phone_key
from app.services.messages import UserError
from app.services.recruiters.service import erase_for_contacts
from app.services.sync import tombstones

ERASED = "[erased]"
"""What replaces a required name: the record stays, the person does not."""

RETENTION_SETTING = "retention_years"
RETENTION_DEFAULT_YEARS = 5
"""Closed cases older than this are listed for review; nothing is erased by itself."""

CALLER = "caller"
CLIENT = "client"

_SEARCH_MIN = 2


@dataclass(frozen=True)
class Person:
    """A person that can be erased, as the administrator's search shows it."""

    kind: str  # caller, client
    id: str  # caller id, or assistance case id
    label: str  # nickname/phone/e-mail, or the client's name and case number
    contacts: int
    cases: tuple[str, ...]  # case numbers


@dataclass
class ErasureResult:
    kind: str
    id: str
    contacts: int = 0
    crisis_cases: int = 0
    assistance_cases: int = 0
    relatives: int = 0
    history: int = 0
    drafts: int = 0
    tasks: int = 0
    tombstones: list[tuple[str, str]] = field(default_factory=list)  # deleted records
    redacted: list[tuple[str, str]] = field(default_factory=list)  # kept, without the person

    def counts(self) -> dict[str, int]:
        return {"contacts": self.contacts, "crisis_cases": self.crisis_cases,
                "assistance_cases": self.assistance_cases, "relatives": self.relatives,
                "history": self.history, "drafts": self.drafts, "tasks": self.tasks}


@dataclass(frozen=True)
class RetentionItem:
    kind: str  # assistance, crisis
    id: str
    number: str
    closed_at: datetime


class ErasureError(UserError):
    """The person cannot be erased (not found, already erased). For the user."""


class ErasureService:
    def __init__(self, store: Store, actor_id: str | None):
        self.store = store
        self.actor_id = actor_id

    # -- permission --

    def _role(self, s: Session) -> str | None:
        return permissions.role_of(s, self.actor_id)  # active accounts only

    def may_erase(self) -> bool:
        with self.store.sessions() as s:
            return permissions.allowed(self._role(s), "erasure.run")

    def _require(self, s: Session) -> None:
        permissions.require(self._role(s), "erasure.run")

    # -- finding the person --

    def find(self, text: str, limit: int = 50) -> list[Person]:
        """Caller profiles and clients matching ``text`` (name, phone digits, e-mail)."""
        text = text.strip()
        with self.store.sessions() as s:
            self._require(s)
            if len(text) < _SEARCH_MIN:
                return []
            folded = text.casefold()
            digits = re.sub(r"\D", "", text)
            conds = [Caller.nickname_key.contains(folded, autoescape=True),
                     Caller.email_key.contains(folded, autoescape=True)]
            if len(digits) >= 3:
                conds.append(Caller.phone_key.contains(digits, autoescape=True))
                key = phone_key(text)  # "8 912 345-67-89" finds "+79123456789"
                if key and key != digits:
                    conds.append(Caller.phone_key == key)
            people: list[Person] = []
            for c in s.scalars(select(Caller).where(or_(*conds)).limit(limit)):
                contact_ids = self._caller_contacts(s, c.id)
                numbers = tuple(sorted({k.number for k in self._crisis_cases(s, contact_ids)}))
                label = " · ".join(x for x in (c.nickname, c.phone, c.email) if x)
                people.append(Person(CALLER, c.id, label, len(contact_ids), numbers))
            # The search key is sealed (app/models/sealed.py): matched once opened.
            ids = matching_cases(s, lambda key: folded in key)
            clients = 0
            for case in s.scalars(
                    select(AssistanceCase).where(AssistanceCase.id.in_(ids))
                    .order_by(AssistanceCase.opened_at.desc())):
                if case.client_name == ERASED:
                    continue
                if clients >= limit:
                    break
                clients += 1
                contacts = 1 if case.contact_id else 0
                people.append(Person(CLIENT, case.id, f"{case.client_name} ({case.number})",
                                     contacts, (case.number,)))
            return people

    # -- erasing --

    def erase(self, kind: str, person_id: str, now: datetime | None = None) -> ErasureResult:
        """Erase the person in one transaction; see the module's description."""
        now = now or datetime.now(UTC)
        result = ErasureResult(kind, person_id)
        with self.store.session() as s:
            self._require(s)
            s.connection().exec_driver_sql("PRAGMA secure_delete = ON")
            if kind == CALLER:
                self._erase_caller(s, person_id, now, result)
            elif kind == CLIENT:
                self._erase_client(s, person_id, now, result)
            else:
                raise ErasureError("unknown kind of person: {kind}", kind=kind)
            # Partner sites delete or redact their copies with the next sync file, and
            # refuse the older versions of these records from then on.
            for table, rid in result.tombstones:
                tombstones.record(s, table, rid, erased=True, now=now,
                                  site_id=self.store.site_id)
            for table, rid in result.redacted:
                tombstones.record_redaction(s, table, rid, now=now, site_id=self.store.site_id)
            # Logged in the same transaction: the kind of person, the id of the erased
            # record and the counts of what went, never what it said.
            audit_append(s, "erase", user_id=self.actor_id, object_kind=kind,
                         object_id=person_id, details=result.counts())
        self._scrub_files()
        return result

    def _erase_caller(self, s: Session, caller_id: str, now: datetime,
                      result: ErasureResult) -> None:
        caller = s.get(Caller, caller_id)
        if caller is None:
            raise ErasureError("this caller profile no longer exists (already erased?)")
        traces = [x for x in (caller.nickname, caller.phone, caller.email) if x]
        contact_ids = self._caller_contacts(s, caller_id)
        self._redact_contacts(s, contact_ids, now, result)
        for crisis in self._crisis_cases(s, contact_ids):
            self._redact_crisis(s, crisis, now, result)
        for assisted in s.scalars(select(AssistanceCase)
                                  .where(AssistanceCase.contact_id.in_(contact_ids))):
            self._redact_assistance(s, assisted, now, result)
        result.drafts += self._drop_drafts(s, [*contact_ids, caller_id], traces)
        self._redact_shift(s, contact_ids, caller_id, traces, now, result)
        s.delete(caller)
        result.tombstones.append(("caller", caller_id))

    def _erase_client(self, s: Session, case_id: str, now: datetime,
                      result: ErasureResult) -> None:
        case = s.get(AssistanceCase, case_id)
        if case is None:
            raise ErasureError("this assistance case no longer exists")
        if case.client_name == ERASED:
            raise ErasureError("this client's data has already been erased")
        traces = [x for x in (case.client_name, case.client_phone, case.client_email) if x]
        contact_ids = [case.contact_id] if case.contact_id else []
        if case.crisis_case_id:
            crisis = s.get(CrisisCase, case.crisis_case_id)
            if crisis is not None:
                self._redact_crisis(s, crisis, now, result)
                contact_ids += list(s.scalars(
                    select(CrisisCaseContact.contact_id)
                    .where(CrisisCaseContact.case_id == crisis.id)))
        contact_ids = sorted(set(contact_ids))
        self._redact_contacts(s, contact_ids, now, result)
        self._redact_assistance(s, case, now, result)
        result.drafts += self._drop_drafts(s, [*contact_ids, case_id], traces)
        self._redact_shift(s, contact_ids, None, traces, now, result)

    # -- the pieces --

    @staticmethod
    def _caller_contacts(s: Session, caller_id: str) -> list[str]:
        return list(s.scalars(select(Contact.id).where(Contact.caller_id == caller_id)))

    @staticmethod
    def _crisis_cases(s: Session, contact_ids: list[str]) -> list[CrisisCase]:
        if not contact_ids:
            return []
        case_ids = select(CrisisCaseContact.case_id).where(
            CrisisCaseContact.contact_id.in_(contact_ids))
        return list(s.scalars(select(CrisisCase).where(CrisisCase.id.in_(case_ids))))

    def _redact_contacts(self, s: Session, contact_ids: list[str], now: datetime,
                         result: ErasureResult) -> None:
        if not contact_ids:
            return
        for contact in s.scalars(select(Contact).where(Contact.id.in_(contact_ids))):
            contact.notes = ""  # the full-text index follows through its trigger
            contact.caller_id = None
            contact.stamp(now, self.actor_id)
            result.redacted.append((Contact.__tablename__, contact.id))
            result.contacts += 1
        # What the person told about recruiters goes with them.
        result.tombstones.extend(erase_for_contacts(s, contact_ids))
        history = s.execute(delete(ContactChange)
                            .where(ContactChange.contact_id.in_(contact_ids)))
        result.history += int(getattr(history, "rowcount", 0) or 0)
        for cid in contact_ids:
            s.add(ContactChange(contact_id=cid, changed_at=now, user_id=self.actor_id,
                                site_id=self.store.site_id, action="erased", changes={}))

    def _redact_crisis(self, s: Session, case: CrisisCase, now: datetime,
                       result: ErasureResult) -> None:
        case.city = ""
        case.closure_note = ""
        case.answers = _without_free_text(case.questionnaire, case.questionnaire_version,
                                          case.answers)
        case.stamp(now, self.actor_id)
        result.redacted.append((CrisisCase.__tablename__, case.id))
        _blank(s, CrisisCaseEvent, case.id, ("text",), now, self.actor_id, result,
               data={})
        _blank(s, CrisisReferral, case.id, ("action", "status_reason"), now, self.actor_id,
               result)
        result.crisis_cases += 1

    def _redact_assistance(self, s: Session, case: AssistanceCase, now: datetime,
                           result: ErasureResult) -> None:
        case.client_name = ERASED
        case.client_phone = ""
        case.client_email = ""
        case.client_address = ""
        case.search_key = ""
        case.exploitation_notes = ""
        case.closure_note = ""
        case.client_birth_date = None
        case.stamp(now, self.actor_id)
        result.redacted.append((AssistanceCase.__tablename__, case.id))
        for rel in s.scalars(select(AssistanceRelative)
                             .where(AssistanceRelative.case_id == case.id)):
            result.tombstones.append(("assistance_relative", rel.id))
            s.delete(rel)
            result.relatives += 1
        actor = self.actor_id
        _blank(s, AssistanceConsent, case.id, ("recipient_name", "notes"), now, actor, result)
        _blank(s, AssistanceServiceEntry, case.id, ("notes",), now, actor, result)
        _blank(s, AssistanceReferral, case.id, ("purpose", "status_reason"), now, actor,
               result)
        _blank(s, AssistanceMonitoring, case.id,
               ("housing_note", "work_note", "health_note", "safety_note", "legal_note",
                "summary"), now, actor, result)
        _blank(s, AssistanceEvent, case.id, ("text",), now, actor, result)
        result.assistance_cases += 1

    def _redact_shift(self, s: Session, contact_ids: list[str], caller_id: str | None,
                      traces: list[str], now: datetime, result: ErasureResult) -> None:
        """The person's callbacks keep their times and owners, not the number, the notes
        or the link to the profile; debrief notes about their contacts and handover
        notes that name them are emptied."""
        conds: list[Any] = [ShiftTask.contact_id.in_(contact_ids),
                 ShiftTask.done_contact_id.in_(contact_ids)]
        if caller_id is not None:
            conds.append(ShiftTask.caller_id == caller_id)
        for task in s.scalars(select(ShiftTask).where(or_(*conds))):
            task.phone, task.note, task.close_reason, task.caller_id = "", "", "", None
            task.stamp(now, self.actor_id)
            result.redacted.append((ShiftTask.__tablename__, task.id))
            result.tasks += 1
        for req in s.scalars(select(DebriefRequest)
                             .where(DebriefRequest.contact_id.in_(contact_ids))):
            req.note = ""
            req.stamp(now, self.actor_id)
            result.redacted.append((DebriefRequest.__tablename__, req.id))
        needles = [t.casefold() for t in traces if len(t) >= 3]
        # a number however it was written: its last seven digits (the subscriber's)
        numbers = [d[-7:] for d in (re.sub(r"\D", "", t) for t in traces) if len(d) >= 7]
        if not needles and not numbers:
            return
        for note in s.scalars(select(HandoverNote).where(HandoverNote.text != "")):
            text = note.text.casefold()
            if any(n in text for n in needles) or any(
                    n in re.sub(r"\D", "", text) for n in numbers):
                note.text = ""
                note.stamp(now, self.actor_id)
                result.redacted.append((HandoverNote.__tablename__, note.id))

    @staticmethod
    def _drop_drafts(s: Session, record_ids: list[str], traces: list[str]) -> int:
        """Delete drafts of these records, and drafts whose text mentions the person."""
        dropped = 0
        needles = [t.casefold() for t in traces if len(t) >= 3]
        # a phone however it was typed: its last nine digits (the national number)
        numbers = [d[-9:] for d in (re.sub(r"\D", "", t) for t in traces) if len(d) >= 7]
        for draft in s.scalars(select(Draft)):
            text = _flatten(draft.payload).casefold()
            digits = re.sub(r"\D", "", text)
            if (draft.record_id in record_ids or any(n in text for n in needles)
                    or any(n in digits for n in numbers)
                    or any(rid in text for rid in record_ids)):
                s.delete(draft)
                dropped += 1
        return dropped

    def _scrub_files(self) -> None:
        """Merge the full-text index and empty the write-ahead log after an erasure."""
        with self.store.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA secure_delete = ON")
            conn.exec_driver_sql("INSERT INTO contact_fts(contact_fts) VALUES ('optimize')")
            conn.commit()
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
            conn.commit()

    # -- retention --

    def retention_years(self) -> int:
        value = self.store.setting(RETENTION_SETTING, RETENTION_DEFAULT_YEARS)
        return int(value) if isinstance(value, int | str) else RETENTION_DEFAULT_YEARS

    def set_retention_years(self, years: int) -> None:
        with self.store.sessions() as s:
            self._require(s)
        if not 1 <= years <= 100:
            raise ErasureError("the retention period must be between 1 and 100 years")
        self.store.set_setting(RETENTION_SETTING, years)

    def due_for_review(self, now: datetime | None = None) -> list[RetentionItem]:
        """Closed cases whose closing is older than the retention period, oldest first."""
        now = now or datetime.now(UTC)
        cutoff = now - timedelta(days=365 * self.retention_years())
        items: list[RetentionItem] = []
        with self.store.sessions() as s:
            self._require(s)
            for kind, model in (("assistance", AssistanceCase), ("crisis", CrisisCase)):
                rows = s.execute(select(model.id, model.number, model.closed_at)
                                 .where(model.closed_at.is_not(None),
                                        model.closed_at < cutoff,
                                        model.deleted_at.is_(None)))
                items += [RetentionItem(kind, r[0], r[1], r[2]) for r in rows
                          if r[2] is not None]
        return sorted(items, key=lambda i: i.closed_at)


def _blank(s: Session, model: Any, case_id: str, fields: Iterable[str], now: datetime,
           actor: str | None, result: ErasureResult, **values: Any) -> None:
    """Empty the free-text ``fields`` (and set ``values``) of a case's child records."""
    for row in s.scalars(select(model).where(model.case_id == case_id)):
        for name in fields:
            setattr(row, name, "")
        for name, value in values.items():
            setattr(row, name, value)
        row.stamp(now, actor)
        result.redacted.append((model.__tablename__, row.id))


def _without_free_text(qid: str, version: int, answers: dict[str, Any]) -> dict[str, Any]:
    """The answers with every typed-in text removed; coded answers kept."""
    try:
        known = questionnaires.load(qid, version).questions
    except (questionnaires.QuestionnaireError, OSError, KeyError):
        known = {}
    kept: dict[str, Any] = {}
    for key, value in (answers or {}).items():
        question = known.get(key)
        if question is not None:
            if question.type not in ("text", "textarea"):
                kept[key] = value
        elif not isinstance(value, str) or _CODE.fullmatch(value):
            kept[key] = value  # an answer the questionnaire no longer asks: codes only
    return kept


_CODE = re.compile(r"[a-z0-9_.-]{0,40}|[A-Z]{2}")


def _flatten(value: Any) -> str:
    if isinstance(value, dict):
        return " ".join(f"{k} {_flatten(v)}" for k, v in value.items())
    if isinstance(value, list | tuple):
        return " ".join(_flatten(v) for v in value)
    return "" if value is None else str(value)
