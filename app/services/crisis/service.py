"""Crisis cases: opening one from the questionnaire, referrals, follow-up, closing.

A case is opened together with the contact that brought it, in one transaction
(:meth:`CrisisService.open_case`). The questionnaire's rules propose referrals; the
consultant confirms or changes them. A referral passes the person's data on only with
their consent to that target (mode ``named``); without it only anonymous advice is
possible, and that is what gets recorded. A consent counts only with who gave it (the
person or the caller on their behalf; when is the moment it is recorded): a target ticked
without that is not a recorded consent. Every referral is a task with an owner, a
due time and a status (sent → accepted / declined with a reason → done); a task still
pending after its due time is overdue. Everything that happens is written to the
case's timeline.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import exists, func, or_, select
from sqlalchemy.orm import Session

from app.db import Store
from app.models import (
    Contact,
    CrisisCase,
    CrisisCaseCode,
    CrisisCaseContact,
    CrisisCaseEvent,
    CrisisConsent,
    CrisisReferral,
    Draft,
    User,
    new_uuid,
    utcnow,
)
from app.models import countries as country_list
from app.models import questionnaire as qn
from app.models.crisis import (
    ANONYMOUS,
    CLOSED,
    DECLINED,
    NAMED,
    OPEN,
    PENDING,
    SENT,
    TRANSITIONS,
)
from app.models.taxonomy import Taxonomy
from app.models.taxonomy import load as load_taxonomy
from app.services.casework.book import CaseBook, CaseKind, TimelineEvent
from app.services.casework.lifecycle import CaseStateError, Lifecycle
from app.services.casework.paging import after as after_page
from app.services.casework.paging import as_utc, base_conditions, newest_first
from app.services.casework.summary import CaseSummary
from app.services.contacts.service import (
    CONSULTATION,
    ContactInput,
    ContactRecord,
    ContactService,
    parse_hhmm,
)
from app.services.crisis import rules
from app.services.crisis.types import (
    CODED_QUESTIONS,
    CONSENT_BY,
    CRISIS_TOPIC,
    DRAFT_FORM,
    NOTE_MAX,
    QUESTIONNAIRE,
    REASON_MAX,
    CrisisCaseQuery,
    CrisisCaseRecord,
    CrisisCaseRow,
    CrisisReferralInput,
    CrisisReferralRow,
    CrisisSubmission,
    EmergencyInfo,
    OpenedCase,
)
from app.services.permissions import require, role_of
from app.services.records import live
from app.services.validation import FieldError, ValidationError

log = logging.getLogger("app.crisis")

CRISIS_CASES: CaseKind[CrisisCase] = CaseKind(CrisisCase, CrisisCaseEvent, "K", "crisis case")
REFERRALS = Lifecycle(TRANSITIONS, "referral_status")
"""A crisis referral's or follow-up task's lifecycle: sent → accepted / declined → done."""


class CrisisService:
    """Crisis cases of one store, worked on by one member of staff."""

    def __init__(self, store: Store, user_id: str | None, contacts: ContactService | None = None,
                 tax: Taxonomy | None = None):
        self.store = store
        self.user_id = user_id
        self.tax = tax or load_taxonomy()
        self.contacts = contacts or ContactService(store, user_id, self.tax)
        self.site_id = store.site_id
        self.book = CaseBook(CRISIS_CASES, self.site_id, user_id)

    # -- permissions --

    def _require(self) -> None:
        """Crisis work (``crisis.run``) is open to every active account; a missing,
        deactivated or unknown user is refused."""
        with self.store.sessions() as s:
            require(role_of(s, self.user_id), "crisis.run")

    # -- the questionnaire and its rules --

    @staticmethod
    def questionnaire(version: int | None = None) -> qn.Questionnaire:
        return qn.load(QUESTIONNAIRE, version)

    def working_end(self) -> Any:
        return parse_hhmm(self.contacts.working_hours()[1])

    def owner_for(self, target: str | None) -> str | None:
        """Who must act on our side: the specialist or manager for internal targets,
        otherwise the consultant who refers (and follows it through)."""
        if target is None or target not in self.tax["referral_target"]:
            return self.user_id
        role = self.tax["referral_target"].get(target).extra.get("internal")
        if not role:
            return self.user_id
        with self.store.sessions() as s:
            found = s.scalar(
                select(User.id).where(User.role == role, User.active.is_(True),
                                      User.deleted_at.is_(None))
                .order_by(User.full_name).limit(1))
        return found or self.user_id

    def propose(self, answers: dict[str, Any], now: datetime | None = None,
                version: int | None = None, lang: str = "en") -> list[CrisisReferralInput]:
        """The referrals the rules propose for ``answers``: named where the person
        consented to the target, anonymous advice otherwise."""
        q = self.questionnaire(version)
        now = now or utcnow()
        consent = rules.recorded_consent(q, answers)
        owners: dict[str | None, str | None] = {}
        out = []
        for p in q.propose(answers, now, self.working_end()):
            if p.target not in owners:
                owners[p.target] = self.owner_for(p.target)
            mode = NAMED if p.target in consent else ANONYMOUS
            out.append(CrisisReferralInput(
                target=p.target, due_at=p.due_at, mode=mode,
                action="; ".join(a.get(lang) for a in p.actions),
                owner_id=owners[p.target], proposed=True, rules=list(p.rules)))
        return out

    def emergency_info(self, country: str | None, lang: str = "en") -> EmergencyInfo | None:
        """Emergency numbers of a country (the directory's, else the questionnaire's
        table) and the Belarusian missions there, when the directory has them."""
        if not country or country == country_list.UNDEFINED:
            return None
        numbers, from_directory, missions = "", False, []
        try:
            from app.services.directory.service import DirectoryService
        except ImportError:  # pragma: no cover - the directory is optional here
            DirectoryService = None  # type: ignore[assignment,misc]  # noqa: N806
        if DirectoryService is not None:
            try:
                directory = DirectoryService(self.store, self.user_id, self.tax)
                found = directory.emergency(country)
                if found is not None and found.numbers.strip():
                    numbers, from_directory = found.numbers.strip(), True
                for e in directory.for_countries([country], lang):
                    if e.type == "belarus_mission":
                        phones = ", ".join(e.phone_list()[:2])
                        missions.append(f"{e.name}: {phones}" if phones else e.name)
            except Exception:  # a directory that cannot answer must not stop a rescue
                log.exception("directory lookup failed")
        if not numbers:
            numbers = self.questionnaire().emergency_number(country) or ""
        return EmergencyInfo(country, numbers, from_directory, tuple(missions))

    # -- checking and opening --

    def check_submission(self, sub: CrisisSubmission) -> list[FieldError]:
        return rules.check_submission(self.tax, sub)

    def crisis_contact(self, data: ContactInput, sub: CrisisSubmission) -> ContactInput:
        """The contact as saved with a case (see :func:`rules.crisis_contact`)."""
        return rules.crisis_contact(data, sub)

    def open_case(
        self,
        contact: ContactInput,
        sub: CrisisSubmission,
        *,
        contact_id: str | None = None,
        expected_version: int | None = None,
        contact_draft_id: str | None = None,
        crisis_draft_id: str | None = None,
        now: datetime | None = None,
    ) -> OpenedCase:
        """Save the contact and open its crisis case in one transaction.

        Raises ValidationError (for the contact's fields, the answers or the referrals;
        a named referral without consent is refused) and then nothing is saved. Both
        drafts go in the same transaction.
        """
        self._require()
        errors = self.check_submission(sub)
        if errors:
            raise ValidationError(errors)
        q = qn.load(sub.questionnaire, sub.version)
        now = now or utcnow()
        answers = q.completed(sub.answers)
        data = self.crisis_contact(contact, sub)
        opened: dict[str, str] = {}

        def write(s: Session, saved_contact_id: str) -> None:
            if crisis_draft_id:
                draft = s.get(Draft, crisis_draft_id)
                if draft is not None:
                    s.delete(draft)
            opened["id"] = self._write_case(
                s, q, answers, sub, saved_contact_id, now,
                organisation=self._organisation_of(s, saved_contact_id))

        record = self.contacts.save(data, contact_id, draft_id=contact_draft_id,
                                    expected_version=expected_version, also=write)
        case = self.get(opened["id"])
        log.info("crisis case %s opened (contact %s)", case.id, record.id)
        return OpenedCase(record, case)

    @staticmethod
    def _organisation_of(s: Session, contact_id: str) -> str | None:
        return s.scalar(select(Contact.organisation).where(Contact.id == contact_id))

    def _write_case(self, s: Session, q: qn.Questionnaire, answers: dict[str, Any],
                    sub: CrisisSubmission, contact_id: str, now: datetime, *,
                    organisation: str | None) -> str:
        assessment = q.assess(answers)
        year = now.astimezone().year
        serial, number = self.book.next_number(s, year)
        status = sub.trafficking_status or ("possible" if assessment.possible_trafficking
                                            else None)
        case = CrisisCase(
            id=new_uuid(), site_id=self.site_id, author_id=self.user_id, created_at=now,
            updated_at=now, number=number, year=year, serial=serial, status=OPEN,
            opened_at=now, opened_by=self.user_id, organisation=organisation,
            crisis_type=answers["crisis_type"], country=answers["country"],
            city=str(answers.get("city", "")).strip(), danger=assessment.danger,
            can_speak_freely=answers.get("speak_freely"), trafficking_status=status,
            indicators=[r.id for r in assessment.fired], questionnaire=q.id,
            questionnaire_version=q.version, answers=answers, closure_note="",
        )
        case.codes = [
            CrisisCaseCode(list_name=list_name, code=code)
            for qid, list_name in CODED_QUESTIONS.items()
            for code in dict.fromkeys(answers.get(qid, []))
        ]
        s.add(case)
        s.flush()
        consent_q = q.consent_question()
        given = rules.recorded_consent(q, answers)
        given_by = answers.get(CONSENT_BY) if given else None
        for target in consent_q.option_codes():
            s.add(CrisisConsent(site_id=self.site_id, author_id=self.user_id, created_at=now,
                                updated_at=now, case_id=case.id, target=target,
                                given=target in given,
                                given_by=given_by if target in given else None,
                                recorded_at=now, recorded_by=self.user_id))
        self.book.event(s, case.id, "opened", now, data={
            "danger": assessment.danger, "indicators": [r.id for r in assessment.fired],
            "trafficking_status": status, "crisis_type": case.crisis_type,
            "country": case.country}, contact_id=contact_id)
        self._link(s, case.id, contact_id, "opening", now)
        self.book.event(s, case.id, "answers", now,
                    data={"questionnaire": q.id, "version": q.version, "answers": answers})
        self.book.event(s, case.id, "consent", now,
                    data={"given": sorted(given), "given_by": given_by})
        for r in sub.referrals:
            self._add_referral(s, case.id, r, now)
        return case.id

    def _link(self, s: Session, case_id: str, contact_id: str, role: str,
              now: datetime) -> None:
        s.add(CrisisCaseContact(site_id=self.site_id, author_id=self.user_id, created_at=now,
                                updated_at=now, case_id=case_id, contact_id=contact_id,
                                role=role))
        self.book.event(s, case_id, "contact", now, contact_id=contact_id, data={"role": role})

    def _add_referral(self, s: Session, case_id: str, r: CrisisReferralInput, now: datetime) -> str:
        ref = CrisisReferral(
            id=new_uuid(), site_id=self.site_id, author_id=self.user_id, created_at=now,
            updated_at=now, case_id=case_id, kind=r.kind, target=r.target,
            mode=ANONYMOUS if r.target is None else r.mode,
            owner_id=r.owner_id, organisation=r.organisation.strip(),
            action=r.action.strip(), due_at=r.due_at.astimezone(UTC), status=SENT,
            status_reason="", status_at=now, proposed=r.proposed, rules=list(r.rules))
        s.add(ref)
        s.flush()
        self.book.event(s, case_id, r.kind, now, referral_id=ref.id, text=ref.action, data={
            "target": ref.target, "mode": ref.mode, "due_at": ref.due_at.isoformat(),
            "owner_id": ref.owner_id, "proposed": ref.proposed})
        return ref.id

    # -- changing a case --

    def consents(self, case_id: str) -> set[str]:
        with self.store.sessions() as s:
            return set(s.scalars(select(CrisisConsent.target).where(
                CrisisConsent.case_id == case_id, CrisisConsent.given.is_(True),
                CrisisConsent.deleted_at.is_(None))))

    def add_referral(self, case_id: str, r: CrisisReferralInput) -> CrisisReferralRow:
        """A referral or follow-up added to an open case; named ones need consent."""
        self._require()
        now = utcnow()
        with self.store.session() as s:
            case = self.book.live(s, case_id)
            if case.status != OPEN:
                raise CaseStateError("the case is closed; reopen it first")
            consent = set(s.scalars(select(CrisisConsent.target).where(
                CrisisConsent.case_id == case_id, CrisisConsent.given.is_(True))))
            errors = rules.check_referrals(self.tax, [r], consent)
            if errors:
                raise ValidationError(errors)
            ref_id = self._add_referral(s, case_id, r, now)
            self.book.touch(case, now)
        return self.referral(ref_id)

    def set_consent(self, case_id: str, target: str, given: bool,
                    given_by: str | None = None) -> None:
        """Record consent to a target given (or withdrawn) later in the case."""
        self._require()
        if target not in self.tax["referral_target"]:
            raise ValidationError([FieldError("target", "unknown_code", "unknown target")])
        if given and not (given_by or "").strip():
            raise ValidationError([FieldError("given_by", "required",
                                              "a consent needs who gave it")])
        now = utcnow()
        with self.store.session() as s:
            case = self.book.live(s, case_id)
            row = s.scalar(select(CrisisConsent).where(CrisisConsent.case_id == case_id,
                                                       CrisisConsent.target == target))
            if row is None:
                row = CrisisConsent(site_id=self.site_id, case_id=case_id, target=target,
                                    created_at=now)
                s.add(row)
            else:
                row.stamp(now, self.user_id)
            row.given, row.given_by = given, given_by if given else None
            row.recorded_at, row.recorded_by = now, self.user_id
            row.updated_at, row.author_id = now, self.user_id
            self.book.event(s, case_id, "consent", now,
                        data={"target": target, "given": given, "given_by": given_by})
            self.book.touch(case, now)

    def set_referral_status(self, referral_id: str, status: str,
                            reason: str = "") -> CrisisReferralRow:
        """Move a referral on: sent → accepted / declined (a reason is required) → done."""
        self._require()
        reason = reason.strip()
        if not REFERRALS.known(status):
            raise ValidationError([FieldError("status", "unknown_code", "unknown status")])
        if status == DECLINED and not reason:
            raise ValidationError([FieldError("reason", "required", "give the reason")])
        if len(reason) > REASON_MAX:
            raise ValidationError([FieldError("reason", "too_long", "is too long",
                                              {"limit": REASON_MAX})])
        now = utcnow()
        with self.store.session() as s:
            ref = live(s, CrisisReferral, referral_id, "referral")
            before = self.book.move_referral(ref, REFERRALS, status, reason, now)
            self.book.event(s, ref.case_id, "referral_status", now, referral_id=ref.id,
                        text=reason, data={"from": before, "to": status,
                                           "target": ref.target})
            self.book.touch(self.book.live(s, ref.case_id), now)
        return self.referral(referral_id)

    def reschedule(self, referral_id: str, due_at: datetime) -> CrisisReferralRow:
        self._require()
        now = utcnow()
        with self.store.session() as s:
            ref = live(s, CrisisReferral, referral_id, "referral")
            if ref.status not in PENDING:
                raise CaseStateError("only a pending task can be rescheduled")
            old = ref.due_at
            ref.due_at = due_at.astimezone(UTC)
            ref.stamp(now, self.user_id)
            self.book.event(s, ref.case_id, "referral_due", now, referral_id=ref.id, data={
                "from": old.isoformat(), "to": ref.due_at.isoformat()})
        return self.referral(referral_id)

    def add_note(self, case_id: str, text: str) -> None:
        self._require()
        text = text.strip()
        if not text:
            raise ValidationError([FieldError("text", "required", "is required")])
        if len(text) > NOTE_MAX:
            raise ValidationError([FieldError("text", "too_long", "is too long",
                                              {"limit": NOTE_MAX})])
        now = utcnow()
        with self.store.session() as s:
            case = self.book.live(s, case_id)
            self.book.event(s, case_id, "note", now, text=text)
            self.book.touch(case, now)

    def add_follow_up_contact(self, case_id: str, data: ContactInput,
                              draft_id: str | None = None) -> ContactRecord:
        """Record a later contact about the case (a call from the person or a relative,
        a call back) and link it to the case, in one transaction."""
        self._require()
        data = replace(data, kind=CONSULTATION, crisis=True,
                       topics=list(dict.fromkeys([*data.topics, CRISIS_TOPIC])))
        with self.store.sessions() as s:
            case = self.book.live(s, case_id)
            country = case.country
        if country != country_list.UNDEFINED and country not in data.destinations:
            data = replace(data, destinations=[*data.destinations, country])

        def link(s: Session, contact_id: str) -> None:
            case = self.book.live(s, case_id)
            now = utcnow()
            self._link(s, case_id, contact_id, "follow_up", now)
            self.book.touch(case, now)

        return self.contacts.save(data, draft_id=draft_id, also=link)

    def link_contact(self, case_id: str, contact_id: str) -> None:
        """Attach an already saved contact to a case."""
        self._require()
        now = utcnow()
        with self.store.session() as s:
            case = self.book.live(s, case_id)
            known = s.scalar(select(CrisisCaseContact.id).where(
                CrisisCaseContact.case_id == case_id,
                CrisisCaseContact.contact_id == contact_id))
            if known:
                return
            if s.scalar(select(Contact.id).where(Contact.id == contact_id)) is None:
                raise LookupError(f"no contact {contact_id}")
            self._link(s, case_id, contact_id, "follow_up", now)
            self.book.touch(case, now)

    def set_trafficking_status(self, case_id: str, status: str | None) -> None:
        self._require()
        if status is not None and status not in self.tax["trafficking_status"]:
            raise ValidationError([FieldError("trafficking_status", "unknown_code",
                                              "is not a known code")])
        now = utcnow()
        with self.store.session() as s:
            case = self.book.live(s, case_id)
            before = case.trafficking_status
            if before == status:
                return
            case.trafficking_status = status
            self.book.event(s, case_id, "trafficking_status", now,
                        data={"from": before, "to": status})
            self.book.touch(case, now)

    def close(self, case_id: str, reason: str, note: str = "") -> CrisisCaseRecord:
        """Close a case with a reason (crisis_closure_reason). Tasks still pending stay
        as they are, but a closed case has nothing overdue."""
        self._require()
        if reason not in self.tax["crisis_closure_reason"]:
            raise ValidationError([FieldError("reason", "required" if not reason
                                              else "unknown_code", "choose a reason")])
        note = note.strip()
        if reason == "other" and not note:
            raise ValidationError([FieldError("note", "required", "say why")])
        now = utcnow()
        with self.store.session() as s:
            case = self.book.live(s, case_id)
            if case.status == CLOSED:
                raise CaseStateError("the case is already closed")
            case.status, case.closed_at, case.closed_by = CLOSED, now, self.user_id
            case.closure_reason, case.closure_note = reason, note
            self.book.event(s, case_id, "closed", now, text=note, data={"reason": reason})
            self.book.touch(case, now)
        return self.get(case_id)

    def reopen(self, case_id: str, note: str = "") -> CrisisCaseRecord:
        self._require()
        now = utcnow()
        with self.store.session() as s:
            case = self.book.live(s, case_id)
            if case.status != CLOSED:
                raise CaseStateError("the case is not closed")
            case.status, case.closed_at, case.closed_by = OPEN, None, None
            case.closure_reason, case.closure_note = None, ""
            self.book.event(s, case_id, "reopened", now, text=note.strip())
            self.book.touch(case, now)
        return self.get(case_id)

    # -- reading --

    def _referral_rows(self, s: Session, cond: list[Any], now: datetime,
                       limit: int | None = None) -> list[CrisisReferralRow]:
        stmt = (
            select(CrisisReferral, CrisisCase.number, CrisisCase.status, User.full_name)
            .join(CrisisCase, CrisisCase.id == CrisisReferral.case_id)
            .outerjoin(User, User.id == CrisisReferral.owner_id)
            .where(CrisisReferral.deleted_at.is_(None), *cond)
            .order_by(CrisisReferral.due_at, CrisisReferral.id)
        )
        if limit:
            stmt = stmt.limit(limit)
        return [
            CrisisReferralRow(
                id=r.id, case_id=r.case_id, case_number=number, kind=r.kind,
                target=r.target, mode=r.mode, owner_id=r.owner_id, owner_name=name or "",
                organisation=r.organisation, action=r.action, due_at=r.due_at,
                status=r.status, status_reason=r.status_reason, status_at=r.status_at,
                proposed=r.proposed,
                overdue=case_status == OPEN and r.status in PENDING and r.due_at < now)
            for r, number, case_status, name in s.execute(stmt)
        ]

    def referral(self, referral_id: str) -> CrisisReferralRow:
        with self.store.sessions() as s:
            rows = self._referral_rows(s, [CrisisReferral.id == referral_id], utcnow())
        if not rows:
            raise LookupError(f"no referral {referral_id}")
        return rows[0]

    def overdue(self, now: datetime | None = None, owner_id: str | None = None,
                limit: int = 500) -> list[CrisisReferralRow]:
        """Tasks of open cases still pending after their due time, most overdue first."""
        self._require()
        now = now or utcnow()
        cond = [CrisisReferral.status.in_(PENDING), CrisisReferral.due_at < now,
                CrisisCase.status == OPEN, CrisisCase.deleted_at.is_(None)]
        if owner_id:
            cond.append(CrisisReferral.owner_id == owner_id)
        with self.store.sessions() as s:
            return self._referral_rows(s, cond, now, limit)

    def get(self, case_id: str) -> CrisisCaseRecord:
        self._require()
        now = utcnow()
        with self.store.sessions() as s:
            case = self.book.live(s, case_id)
            opener = s.get(User, case.opened_by) if case.opened_by else None
            codes: dict[str, list[str]] = {}
            for c in sorted(case.codes, key=lambda c: (c.list_name, c.code)):
                codes.setdefault(c.list_name, []).append(c.code)
            consents = {
                c.target: c.given for c in s.scalars(select(CrisisConsent).where(
                    CrisisConsent.case_id == case_id, CrisisConsent.deleted_at.is_(None)))
            }
            contacts = s.execute(
                select(CrisisCaseContact.contact_id, CrisisCaseContact.role, Contact.started_at)
                .join(Contact, Contact.id == CrisisCaseContact.contact_id)
                .where(CrisisCaseContact.case_id == case_id,
                       CrisisCaseContact.deleted_at.is_(None))
                .order_by(Contact.started_at)).all()
            referrals = self._referral_rows(s, [CrisisReferral.case_id == case_id], now)
            return CrisisCaseRecord(
                id=case.id, number=case.number, status=case.status, site_id=case.site_id,
                organisation=case.organisation, opened_at=case.opened_at,
                opened_by=opener.full_name if opener else "", crisis_type=case.crisis_type,
                country=case.country, city=case.city, danger=case.danger,
                can_speak_freely=case.can_speak_freely,
                trafficking_status=case.trafficking_status,
                indicators=tuple(case.indicators or ()), questionnaire=case.questionnaire,
                questionnaire_version=case.questionnaire_version, answers=dict(case.answers),
                codes={k: tuple(v) for k, v in codes.items()}, consents=consents,
                consent_given_by=case.answers.get("consent_by"),
                referrals=tuple(referrals),
                contacts=tuple((r[0], r[1], r[2]) for r in contacts),
                closed_at=case.closed_at, closure_reason=case.closure_reason,
                closure_note=case.closure_note, version=case.version,
            )

    def by_number(self, number: str) -> CrisisCaseRecord:
        self._require()
        with self.store.sessions() as s:
            found = s.scalar(select(CrisisCase.id).where(
                func.upper(CrisisCase.number) == number.strip().upper(),
                CrisisCase.deleted_at.is_(None)).order_by(CrisisCase.site_id == self.site_id)
                .limit(1))
        if found is None:
            raise LookupError(f"no crisis case {number}")
        return self.get(found)

    def cases_of_contact(self, contact_id: str) -> list[str]:
        with self.store.sessions() as s:
            return list(s.scalars(select(CrisisCaseContact.case_id).where(
                CrisisCaseContact.contact_id == contact_id,
                CrisisCaseContact.deleted_at.is_(None))))

    def timeline(self, case_id: str) -> list[TimelineEvent]:
        self._require()
        with self.store.sessions() as s:
            return self.book.timeline(s, case_id)

    def _case_conditions(self, q: CrisisCaseQuery, now: datetime) -> list[Any]:
        cond = base_conditions(CrisisCase, q.status, CLOSED)
        if q.crisis_type:
            cond.append(CrisisCase.crisis_type == q.crisis_type)
        if q.country:
            cond.append(CrisisCase.country == q.country)
        text = q.text.strip()
        if text:
            folded = text.casefold()
            # Case numbers are ASCII; cities are matched as typed and case-folded in
            # Python-side forms below only for ASCII (SQLite lower() folds ASCII only).
            cond.append(or_(func.upper(CrisisCase.number).contains(text.upper()),
                            func.lower(CrisisCase.city).contains(folded),
                            CrisisCase.city.contains(text)))
        if q.overdue_only:
            cond.append(CrisisCase.status == OPEN)
            cond.append(exists().where(
                CrisisReferral.case_id == CrisisCase.id, CrisisReferral.deleted_at.is_(None),
                CrisisReferral.status.in_(PENDING), CrisisReferral.due_at < now))
        return cond

    def cases(self, q: CrisisCaseQuery | None = None, after: tuple[datetime, str] | None = None,
              limit: int = 200, now: datetime | None = None) -> list[CrisisCaseRow]:
        """A page of cases, newest first, after the last row's (opened_at, id)."""
        self._require()
        q = q or CrisisCaseQuery()
        now = now or utcnow()
        cond = self._case_conditions(q, now) + after_page(CrisisCase, after)
        pending = (CrisisReferral.case_id == CrisisCase.id, CrisisReferral.deleted_at.is_(None),
                   CrisisReferral.status.in_(PENDING))
        n_pending = select(func.count()).where(*pending).scalar_subquery()
        n_overdue = select(func.count()).where(*pending, CrisisReferral.due_at < now) \
            .scalar_subquery()
        next_due = select(func.min(CrisisReferral.due_at)).where(*pending).scalar_subquery()
        stmt = (select(CrisisCase, n_pending, n_overdue, next_due).where(*cond)
                .order_by(*newest_first(CrisisCase)).limit(limit))
        with self.store.sessions() as s:
            out = []
            for c, pend, over, raw_due in s.execute(stmt):
                due = as_utc(raw_due)
                is_open = c.status == OPEN
                out.append(CrisisCaseRow(
                    id=c.id, number=c.number, status=c.status, opened_at=c.opened_at,
                    crisis_type=c.crisis_type, country=c.country, city=c.city,
                    danger=c.danger, trafficking_status=c.trafficking_status,
                    pending=int(pend or 0) if is_open else 0,
                    overdue=int(over or 0) if is_open else 0,
                    next_due=due if is_open else None, closure_reason=c.closure_reason))
            return out

    def count(self, q: CrisisCaseQuery | None = None, now: datetime | None = None) -> int:
        self._require()
        q = q or CrisisCaseQuery()
        cond = self._case_conditions(q, now or utcnow())
        with self.store.sessions() as s:
            return int(s.scalar(select(func.count()).select_from(CrisisCase).where(*cond)) or 0)

    # -- drafts --

    def save_draft(self, draft_id: str | None, payload: dict[str, Any],
                   contact_draft_id: str | None = None) -> str:
        return self.contacts.save_draft(draft_id, DRAFT_FORM, payload, contact_draft_id)

    def drafts(self) -> list[Any]:
        return self.contacts.drafts(DRAFT_FORM)

    def discard_draft(self, draft_id: str) -> None:
        self.contacts.discard_draft(draft_id)


# -- the command line and other lists of cases ---------------------------------------------


def case_summaries(store: Store) -> list[CaseSummary]:
    """Every crisis case of the store, newest first, for ``infoline cases``."""
    now = utcnow()
    overdue = (
        select(func.count()).where(
            CrisisReferral.case_id == CrisisCase.id, CrisisReferral.deleted_at.is_(None),
            CrisisReferral.status.in_(PENDING), CrisisReferral.due_at < now)
        .scalar_subquery())
    stmt = (select(CrisisCase.number, CrisisCase.crisis_type, CrisisCase.status,
                   CrisisCase.opened_at, CrisisCase.site_id, overdue)
            .where(CrisisCase.deleted_at.is_(None))
            .order_by(*newest_first(CrisisCase)))
    with store.sessions() as s:
        return [CaseSummary("crisis", r[0], r[1], r[2], r[3], r[4],
                            int(r[5] or 0) if r[2] == OPEN else 0)
                for r in s.execute(stmt)]
