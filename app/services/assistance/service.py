"""Assistance cases: a specialist's file on one (presumed) trafficked person.

A case is opened from a crisis case, from a contact, or directly. It holds the client's
identity and contacts (the only place where the app requires personal data), the
relatives involved, the trafficking status and who decided it, the exploitation in
HTCDS codes and consent records; then the services given (Table 3 of the 2013 report),
referrals (sent → accepted / declined with a reason → done) and monitoring visits.
The case moves open → active → monitoring → closed (with a closure reason); every
change is written to the case's timeline, edits with their old and new values.

Who may work on cases is decided by the permission matrix (app/services/permissions.py);
opening a case is written to the audit log, and so is every print. Every write
takes a keyword ``now`` so that the demo data can be dated; the UI leaves it out.

The service is built in layers, one job a module: access.py (who may, the sessions,
the case's moves), entries.py (services, referrals, visits, consent), this module (the
case itself: opening, editing, reading, listing); types.py holds what goes in and out,
validation.py the checks, rows.py the rows made from records.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from collections.abc import Callable
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.db import Store
from app.models import (
    AssistanceCase,
    AssistanceCaseCode,
    AssistanceConsent,
    AssistanceMonitoring,
    AssistanceReferral,
    AssistanceRelative,
    AssistanceServiceEntry,
    Contact,
    CrisisCase,
    CrisisCaseContact,
    PdfPrint,
    User,
    utcnow,
)
from app.models import countries as country_list
from app.models.assistance import CLOSED, GIVEN, OPEN
from app.services.assistance.access import CASES, PRINT, ConcurrentCaseEditError
from app.services.assistance.entries import CaseEntries
from app.services.assistance.rows import (
    consent_row,
    names_of,
    print_row,
    referral_row,
    service_row,
    visit_row,
)
from app.services.assistance.types import (
    CODED_LISTS,
    TEXT_MAX,
    AssistanceCaseQuery,
    AssistanceCaseRecord,
    AssistanceCaseRow,
    CaseInput,
    ClientInput,
    PrintRow,
    RelativeInput,
    RelativeRow,
    TraffickingInput,
)
from app.services.assistance.validation import Errors, check_case, fold, iso
from app.services.audit.log import append as audit_append
from app.services.audit.log import record as audit_record
from app.services.casework.book import TimelineEvent
from app.services.casework.paging import after as after_page
from app.services.casework.paging import as_date, base_conditions, newest_first
from app.services.casework.summary import CaseSummary
from app.services.contacts.service import phone_key
from app.services.records import live
from app.services.validation import FieldError, ValidationError

log = logging.getLogger("app.assistance")


class AssistanceService(CaseEntries):
    """Assistance cases of one store, worked on by one member of staff."""

    # -- checking --

    def check_case(self, data: CaseInput, now: datetime | None = None) -> list[FieldError]:
        """Every problem with ``data``, field by field; empty when it may be saved."""
        return check_case(self.tax, data, now or utcnow())

    # -- opening --

    def from_crisis_case(self, crisis_case_id: str) -> CaseInput:
        """A new case's input filled from a crisis case: what the questionnaire learnt
        about the person, the trafficking status and the coded exploitation."""
        with self._reading() as s:
            crisis = live(s, CrisisCase, crisis_case_id, "crisis case")
            answers = dict(crisis.answers or {})
            codes: dict[str, list[str]] = {}
            for c in crisis.codes:
                codes.setdefault(c.list_name, []).append(c.code)
            contact_id = s.scalar(
                select(CrisisCaseContact.contact_id).where(
                    CrisisCaseContact.case_id == crisis_case_id,
                    CrisisCaseContact.role == "opening"))
            region = s.scalar(select(Contact.region).where(Contact.id == contact_id)) \
                if contact_id else None
            gender = answers.get("person_gender") or "female"
            country = crisis.country if crisis.country != country_list.UNDEFINED else None
            summary = str(answers.get("summary", "")).strip()
            return CaseInput(
                client=ClientInput(gender=gender if gender in self.tax["gender"] else "female",
                                   region=region if answers.get("caller_relation") == "self"
                                   else None),
                trafficking=TraffickingInput(
                    status=crisis.trafficking_status,
                    exploitation_types=sorted(codes.get("exploitation_type", [])),
                    methods_of_control=sorted(codes.get("method_of_control", [])),
                    recruitment_methods=sorted(codes.get("recruitment_method", [])),
                    country=country, notes=summary),
                crisis_case_id=crisis.id, contact_id=contact_id,
                organisation=crisis.organisation)

    def from_contact(self, contact_id: str) -> CaseInput:
        """A new case's input filled from a contact: gender, region, the caller's phone
        or e-mail when the contact has a caller profile, the first destination."""
        with self._reading() as s:
            contact = s.scalar(select(Contact).where(Contact.id == contact_id))
            if contact is None or contact.deleted_at is not None:
                raise LookupError(f"no contact {contact_id}")
            from app.models import Caller

            caller = s.get(Caller, contact.caller_id) if contact.caller_id else None
            destinations = [d.country for d in contact.destinations
                            if d.country != country_list.UNDEFINED]
            gender = contact.gender if contact.gender in ("female", "male", "other") \
                else "female"
            return CaseInput(
                client=ClientInput(
                    gender=gender, region=contact.region if contact.region != "abroad" else None,
                    phone=(caller.phone or "") if caller else "",
                    email=(caller.email or "") if caller else ""),
                trafficking=TraffickingInput(country=destinations[0] if destinations else None),
                contact_id=contact.id, organisation=contact.organisation)

    def linked_cases(self, *, crisis_case_id: str | None = None,
                     contact_id: str | None = None) -> list[tuple[str, str]]:
        """(id, number) of the cases opened from a crisis case or a contact."""
        cond: list[Any] = [AssistanceCase.deleted_at.is_(None)]
        if crisis_case_id:
            cond.append(AssistanceCase.crisis_case_id == crisis_case_id)
        if contact_id:
            cond.append(AssistanceCase.contact_id == contact_id)
        with self.store.sessions() as s:
            return [(r[0], r[1]) for r in s.execute(
                select(AssistanceCase.id, AssistanceCase.number).where(*cond)
                .order_by(AssistanceCase.opened_at))]

    def open_case(self, data: CaseInput, *, now: datetime | None = None) -> AssistanceCaseRecord:
        """Open a case; raises ValidationError and then nothing is saved."""
        now = now or utcnow()
        errors = self.check_case(data, now)
        if errors:
            raise ValidationError(errors)
        with self._writing() as s:
            case_id = self._open(s, data, now)
        log.info("assistance case %s opened", case_id)
        return self._fetch(case_id)

    def _open(self, s: Session, data: CaseInput, now: datetime) -> str:
        for name, key in (("crisis_case_id", CrisisCase), ("contact_id", Contact)):
            value = getattr(data, name)
            if value is not None and s.scalar(select(key.id).where(key.id == value)) is None:
                raise LookupError(f"no {name[:-3].replace('_', ' ')} {value}")
        year = now.astimezone().year
        serial, number = self.book.next_number(s, year)
        organisation = data.organisation or self._site_organisation(s)
        case = AssistanceCase(**self._record_base(now), number=number, year=year,
                              serial=serial, status=OPEN, opened_at=now,
                              opened_by=self.user_id,
                              specialist_id=data.specialist_id or self.user_id,
                              organisation=organisation, crisis_case_id=data.crisis_case_id,
                              contact_id=data.contact_id, closure_note="")
        self._apply(case, data)
        s.add(case)
        s.flush()
        for r in data.relatives:
            self._add_relative(s, case.id, r, now)
        case.search_key = self._search_key(s, case)
        source = ("crisis_case" if data.crisis_case_id else
                  "contact" if data.contact_id else "direct")
        self.book.event(s, case.id, "opened", now, data={
            "source": source, "number": number,
            "crisis_number": s.scalar(select(CrisisCase.number).where(
                CrisisCase.id == data.crisis_case_id)) if data.crisis_case_id else None,
            "trafficking_status": case.trafficking_status})
        return case.id

    @staticmethod
    def _site_organisation(s: Session) -> str | None:
        from app.models import Setting

        row = s.get(Setting, "organisation")
        return str(row.value) if row is not None and row.value else None

    def _apply(self, case: AssistanceCase, data: CaseInput) -> None:
        c, t = data.client, data.trafficking
        case.client_name = " ".join(c.name.split())
        case.client_gender = c.gender
        case.client_birth_date = c.birth_date
        case.client_phone = c.phone.strip()
        case.client_email = c.email.strip()
        case.client_address = c.address.strip()
        case.client_region = c.region or None
        case.client_citizenship = c.citizenship or None
        case.trafficking_status = t.status or None
        case.status_decided_by = t.decided_by or None
        case.status_decided_on = t.decided_on
        case.exploitation_country = t.country or None
        case.exploitation_from = t.period_from
        case.exploitation_to = t.period_to
        case.exploitation_notes = unicodedata.normalize("NFC", t.notes.strip())
        if data.specialist_id:
            case.specialist_id = data.specialist_id
        wanted = {(list_name, code) for list_name, codes in t.codes().items()
                  for code in codes}
        have = {(c.list_name, c.code) for c in case.codes}
        case.codes = [c for c in case.codes if (c.list_name, c.code) in wanted] + [
            AssistanceCaseCode(list_name=ln, code=code) for ln, code in sorted(wanted - have)]

    def _search_key(self, s: Session, case: AssistanceCase) -> str:
        names = list(s.scalars(select(AssistanceRelative.name).where(
            AssistanceRelative.case_id == case.id, AssistanceRelative.deleted_at.is_(None))))
        phones = [case.client_phone, *s.scalars(select(AssistanceRelative.phone).where(
            AssistanceRelative.case_id == case.id, AssistanceRelative.deleted_at.is_(None)))]
        parts = [case.number, case.client_name, case.client_email, *names]
        parts += [p for p in phones if p]
        parts += [phone_key(p) or "" for p in phones if p]
        return " | ".join(fold(p) for p in parts if p)

    # -- changing the case itself --

    def _snapshot(self, s: Session, case: AssistanceCase) -> dict[str, Any]:
        codes: dict[str, list[str]] = {ln: [] for ln in CODED_LISTS}
        for c in case.codes:
            codes.setdefault(c.list_name, []).append(c.code)
        relatives = s.scalars(select(AssistanceRelative).where(
            AssistanceRelative.case_id == case.id, AssistanceRelative.deleted_at.is_(None))
            .order_by(AssistanceRelative.created_at, AssistanceRelative.id))
        return {
            "client_name": case.client_name, "client_gender": case.client_gender,
            "client_birth_date": iso(case.client_birth_date),
            "client_phone": case.client_phone, "client_email": case.client_email,
            "client_address": case.client_address, "client_region": case.client_region,
            "client_citizenship": case.client_citizenship,
            "trafficking_status": case.trafficking_status,
            "status_decided_by": case.status_decided_by,
            "status_decided_on": iso(case.status_decided_on),
            "exploitation_country": case.exploitation_country,
            "exploitation_from": iso(case.exploitation_from),
            "exploitation_to": iso(case.exploitation_to),
            "exploitation_notes": case.exploitation_notes,
            "specialist_id": case.specialist_id,
            **{ln: sorted(v) for ln, v in codes.items()},
            "relatives": [f"{r.name} ({r.relation}) {r.phone} {r.address}".strip()
                          + (" *" if r.assisted else "") + (f" — {r.notes}" if r.notes else "")
                          for r in relatives],
        }

    def update(self, case_id: str, data: CaseInput, *, expected_version: int | None = None,
               now: datetime | None = None) -> AssistanceCaseRecord:
        """Change the client, relatives, trafficking details or the specialist.

        The fields that changed go to the timeline with their old and new values; an
        update that changes nothing writes nothing and keeps the version.
        """
        now = now or utcnow()
        errors = self.check_case(data, now)
        if errors:
            raise ValidationError(errors)
        with self._writing() as s:
            case = self._live(s, case_id)
            if expected_version is not None and case.version != expected_version:
                raise ConcurrentCaseEditError(case_id)
            before = self._snapshot(s, case)
            self._apply(case, data)
            self._sync_relatives(s, case.id, data.relatives, now)
            s.flush()
            after = self._snapshot(s, case)
            changes = {k: [before[k], after[k]] for k in after if before.get(k) != after[k]}
            if changes:
                if "trafficking_status" in changes:
                    self.book.event(s, case.id, "trafficking_status", now, data={
                        "from": before["trafficking_status"],
                        "to": after["trafficking_status"],
                        "decided_by": case.status_decided_by})
                case.search_key = self._search_key(s, case)
                self.book.event(s, case.id, "edited", now, data={"changes": changes})
                self.book.touch(case, now)
        return self._fetch(case_id)

    def _add_relative(self, s: Session, case_id: str, r: RelativeInput, now: datetime) -> None:
        s.add(AssistanceRelative(**self._record_base(now), case_id=case_id,
                                 name=" ".join(r.name.split()), relation=r.relation,
                                 phone=r.phone.strip(), address=r.address.strip(),
                                 assisted=r.assisted, notes=r.notes.strip()))

    def _sync_relatives(self, s: Session, case_id: str, wanted: list[RelativeInput],
                        now: datetime) -> None:
        existing = {r.id: r for r in s.scalars(select(AssistanceRelative).where(
            AssistanceRelative.case_id == case_id, AssistanceRelative.deleted_at.is_(None)))}
        kept = set()
        for r in wanted:
            row = existing.get(r.id or "")
            if row is None:
                self._add_relative(s, case_id, r, now)
                continue
            kept.add(row.id)
            values = {"name": " ".join(r.name.split()), "relation": r.relation,
                      "phone": r.phone.strip(), "address": r.address.strip(),
                      "assisted": r.assisted, "notes": r.notes.strip()}
            if any(getattr(row, k) != v for k, v in values.items()):
                for k, v in values.items():
                    setattr(row, k, v)
                row.stamp(now, self.user_id)
        for rid, row in existing.items():
            if rid not in kept:
                row.retire(now, self.user_id)

    def set_status(self, case_id: str, status: str, *, reason: str | None = None,
                   note: str = "", now: datetime | None = None) -> AssistanceCaseRecord:
        """Move the case on (open → active → monitoring → closed, back to active from
        monitoring, reopened as active). Closing needs a closure reason, and a note
        when the reason is "other"."""
        now = now or utcnow()
        note = note.strip()
        if not CASES.known(status):
            raise ValidationError([FieldError("status", "unknown_code", "unknown status")])
        if status == CLOSED:
            e = Errors()
            e.code(self.tax, "reason", "closure_reason", reason, required=True)
            if reason == "other" and not note:
                e.bad("note", "required", "say why the case is closed")
            e.raise_if_any()
        if len(note) > TEXT_MAX:
            raise ValidationError([FieldError("note", "too_long", "is too long",
                                              {"limit": TEXT_MAX})])
        with self._writing() as s:
            case = self._live(s, case_id)
            self._move(s, case, status, now, reason=reason, note=note)
        return self._fetch(case_id)

    def add_note(self, case_id: str, text: str, *, now: datetime | None = None) -> None:
        now = now or utcnow()
        text = unicodedata.normalize("NFC", text.strip())
        e = Errors()
        e.text("text", text, TEXT_MAX, required=True)
        e.raise_if_any()
        with self._writing() as s:
            case = self._live(s, case_id)
            self.book.event(s, case_id, "note", now, text=text)
            self.book.touch(case, now)

    def delete_case(self, case_id: str, *, now: datetime | None = None) -> None:
        """Soft-delete a case opened by mistake (sync propagates the deletion)."""
        now = now or utcnow()
        with self._writing() as s:
            case = self._live(s, case_id)
            case.deleted_at = now
            self.book.event(s, case_id, "deleted", now)
            self.book.touch(case, now)

    # -- timeline and print log --

    def timeline(self, case_id: str) -> list[TimelineEvent]:
        with self._reading() as s:
            return self.book.timeline(s, case_id)

    def record_print(self, case_id: str, *, redacted: bool, lang: str, pages: int,
                     sha256: str, printed_by: str, now: datetime | None = None) -> PrintRow:
        """Log a printed summary (for the audit log) and note it on the timeline."""
        now = now or utcnow()
        with self._writing(PRINT) as s:
            case = self._live(s, case_id)
            row = PdfPrint(**self._record_base(now), case_kind="assistance", case_id=case.id,
                           case_number=case.number, printed_at=now, user_id=self.user_id,
                           printed_by=printed_by, redacted=redacted, lang=lang, pages=pages,
                           sha256=sha256)
            s.add(row)
            # Not a change of the case: its version stays, so an open edit form still saves.
            self.book.event(s, case.id, "printed", now, data={
                "redacted": redacted, "lang": lang, "pages": pages})
            s.flush()
            audit_append(s, "print", user_id=self.user_id, object_kind="assistance_case",
                         object_id=case.id, details={
                             "print_id": row.id, "redacted": redacted, "lang": lang,
                             "pages": pages, "sha256": sha256})
            return print_row(row)

    def prints(self, case_id: str | None = None) -> list[PrintRow]:
        """The print log, newest first (of one case, or of all)."""
        cond: list[Any] = [PdfPrint.deleted_at.is_(None)]
        if case_id:
            cond.append(PdfPrint.case_id == case_id)
        with self._reading() as s:
            return [print_row(p) for p in s.scalars(
                select(PdfPrint).where(*cond).order_by(PdfPrint.printed_at.desc(),
                                                       PdfPrint.id.desc()))]

    # -- reading --

    def get(self, case_id: str) -> AssistanceCaseRecord:
        """The whole case, as the case page shows it; the view is written to the audit
        log."""
        record = self._fetch(case_id)
        self._log_view(record.id)
        return record

    def _fetch(self, case_id: str) -> AssistanceCaseRecord:
        with self._reading() as s:
            case = self._live(s, case_id)
            return self._record(s, case)

    def _log_view(self, case_id: str) -> None:
        audit_record(self.store, "view", user_id=self.user_id,
                     object_kind="assistance_case", object_id=case_id)

    def by_number(self, number: str) -> AssistanceCaseRecord:
        """A case by its number (this site's first, when two sites share a number);
        the view is written to the audit log."""
        with self._reading() as s:
            found = s.scalar(select(AssistanceCase).where(
                AssistanceCase.number == number.strip().upper(),
                AssistanceCase.deleted_at.is_(None))
                .order_by(AssistanceCase.site_id != self.site_id).limit(1))
            if found is None:
                raise LookupError(f"no assistance case {number.strip()}")
            record = self._record(s, found)
        self._log_view(record.id)
        return record

    def _record(self, s: Session, case: AssistanceCase) -> AssistanceCaseRecord:
        cid = case.id

        def live(model: Any, *order: Any) -> list[Any]:
            return list(s.scalars(select(model).where(
                model.case_id == cid, model.deleted_at.is_(None)).order_by(*order)))

        relatives = live(AssistanceRelative, AssistanceRelative.created_at,
                         AssistanceRelative.id)
        consents = live(AssistanceConsent, AssistanceConsent.given_on, AssistanceConsent.id)
        services = live(AssistanceServiceEntry, AssistanceServiceEntry.service_on,
                        AssistanceServiceEntry.id)
        referrals = live(AssistanceReferral, AssistanceReferral.sent_on, AssistanceReferral.id)
        visits = live(AssistanceMonitoring, AssistanceMonitoring.visit_on,
                      AssistanceMonitoring.id)
        names = names_of(s, [case.opened_by, case.specialist_id,
                           *(c.recorded_by for c in consents),
                           *(v.specialist_id for v in visits)])
        codes: dict[str, list[str]] = {ln: [] for ln in CODED_LISTS}
        for c in case.codes:
            codes.setdefault(c.list_name, []).append(c.code)
        for ln, values in codes.items():  # in the code list's order
            order = {c.code: i for i, c in enumerate(self.tax[ln].codes)} \
                if ln in self.tax.lists else {}
            values.sort(key=lambda v: (order.get(v, 999), v))
        crisis_number = s.scalar(select(CrisisCase.number).where(
            CrisisCase.id == case.crisis_case_id)) if case.crisis_case_id else None
        contact_at = s.scalar(select(Contact.started_at).where(
            Contact.id == case.contact_id)) if case.contact_id else None
        return AssistanceCaseRecord(
            id=cid, number=case.number, status=case.status, site_id=case.site_id,
            organisation=case.organisation, opened_at=case.opened_at,
            opened_by=names.get(case.opened_by or "", ""),
            specialist_id=case.specialist_id,
            specialist_name=names.get(case.specialist_id or "", ""),
            crisis_case_id=case.crisis_case_id, crisis_number=crisis_number,
            contact_id=case.contact_id, contact_started_at=contact_at,
            client=ClientInput(case.client_name, case.client_gender, case.client_birth_date,
                               case.client_phone, case.client_email, case.client_address,
                               case.client_region, case.client_citizenship),
            trafficking=TraffickingInput(
                case.trafficking_status, case.status_decided_by, case.status_decided_on,
                codes["exploitation_type"], codes["method_of_control"],
                codes["recruitment_method"], case.exploitation_country,
                case.exploitation_from, case.exploitation_to, case.exploitation_notes),
            relatives=tuple(RelativeRow(r.id, r.name, r.relation, r.phone, r.address,
                                        r.assisted, r.notes) for r in relatives),
            consents=tuple(consent_row(c, names) for c in consents),
            services=tuple(service_row(x) for x in services),
            referrals=tuple(referral_row(r) for r in referrals),
            visits=tuple(visit_row(v, names) for v in visits),
            closed_at=case.closed_at, closure_reason=case.closure_reason,
            closure_note=case.closure_note, version=case.version)

    def _conditions(self, q: AssistanceCaseQuery) -> list[Any]:
        cond = base_conditions(AssistanceCase, q.status, CLOSED)
        if q.trafficking_status:
            cond.append(AssistanceCase.trafficking_status == q.trafficking_status)
        if q.specialist_id:
            cond.append(AssistanceCase.specialist_id == q.specialist_id)
        text = fold(q.text)
        if text:
            wanted = [text]
            digits = re.sub(r"\D", "", text)
            if len(digits) >= 4 and re.fullmatch(r"[\d\s()+\-.]+", text):
                # A phone however it is written: its digits, or in international form.
                wanted += [digits, phone_key(text) or digits]
            # The search key is sealed under the case key (app/models/sealed.py): the
            # cases are matched here, opened one by one (they number in the hundreds).
            with self.store.sessions() as s:
                ids = matching_cases(s, lambda key: any(w in key for w in wanted))
            cond.append(AssistanceCase.id.in_(ids))
        return cond

    def cases(self, q: AssistanceCaseQuery | None = None, after: tuple[datetime, str] | None = None,
              limit: int = 200) -> list[AssistanceCaseRow]:
        """A page of cases, newest first, after the last row's (opened_at, id)."""
        q = q or AssistanceCaseQuery()
        cond = self._conditions(q) + after_page(AssistanceCase, after)
        given = (AssistanceServiceEntry.case_id == AssistanceCase.id,
                 AssistanceServiceEntry.deleted_at.is_(None),
                 AssistanceServiceEntry.status == GIVEN)
        n_given = select(func.count()).where(*given).scalar_subquery()
        last_on = select(func.max(AssistanceServiceEntry.service_on)).where(*given) \
            .scalar_subquery()
        next_visit = (select(AssistanceMonitoring.next_visit_on).where(
            AssistanceMonitoring.case_id == AssistanceCase.id,
            AssistanceMonitoring.deleted_at.is_(None))
            .order_by(AssistanceMonitoring.visit_on.desc(), AssistanceMonitoring.id.desc())
            .limit(1).scalar_subquery())
        stmt = (select(AssistanceCase, User.full_name, n_given, last_on, next_visit)
                .outerjoin(User, User.id == AssistanceCase.specialist_id)
                .where(*cond)
                .order_by(*newest_first(AssistanceCase)).limit(limit))
        with self._reading() as s:
            return [AssistanceCaseRow(
                id=c.id, number=c.number, status=c.status, opened_at=c.opened_at,
                client_name=c.client_name, trafficking_status=c.trafficking_status,
                specialist_name=name or "", services_given=int(n or 0),
                last_service_on=as_date(last), next_visit_on=as_date(nxt)
                if c.status != CLOSED else None, closure_reason=c.closure_reason)
                for c, name, n, last, nxt in s.execute(stmt)]

    def count(self, q: AssistanceCaseQuery | None = None) -> int:
        cond = self._conditions(q or AssistanceCaseQuery())
        with self._reading() as s:
            return int(s.scalar(select(func.count()).select_from(AssistanceCase)
                                .where(*cond)) or 0)


def matching_cases(s: Session, match: Callable[[str], bool]) -> list[str]:
    """Ids of the cases (deleted ones too) whose search key (number, names, e-mail and
    phone digits, case-folded) satisfies ``match``; the key is opened under the case
    key as each row is read."""
    return [rid for rid, key in s.execute(select(AssistanceCase.id, AssistanceCase.search_key))
            if match(key or "")]


# -- the case list of the command line -------------------------------------------------


def case_summaries(store: Store) -> list[CaseSummary]:
    """Every assistance case of the store, for ``infoline cases``. The type is the
    trafficking status (``unknown`` when not decided)."""
    stmt = (select(AssistanceCase.number, AssistanceCase.trafficking_status,
                   AssistanceCase.status, AssistanceCase.opened_at, AssistanceCase.site_id)
            .where(AssistanceCase.deleted_at.is_(None))
            .order_by(*newest_first(AssistanceCase)))
    with store.sessions() as s:
        return [CaseSummary("assistance", r[0], r[1] or "unknown", r[2], r[3], r[4])
                for r in s.execute(stmt)]
