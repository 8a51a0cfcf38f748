"""The entries of an assistance case's file: the services given (Table 3 of the 2013
report), referrals and their lifecycle, monitoring visits, consent records.

Each entry is added, changed or removed in one transaction with a timeline entry and a
new version of its case; a closed case takes none until it is reopened.
"""

from __future__ import annotations

import unicodedata
from datetime import date, datetime
from typing import Any

from sqlalchemy.orm import Session

from app.models import (
    AssistanceCase,
    AssistanceConsent,
    AssistanceMonitoring,
    AssistanceReferral,
    AssistanceServiceEntry,
    utcnow,
)
from app.models.assistance import ACTIVE, GIVEN, MONITORING_AREAS, OPEN, PLANNED, REFUSED, SENT
from app.services.assistance.access import REFERRALS, AssistanceAccess
from app.services.assistance.rows import (
    consent_row,
    names_of,
    plain,
    referral_row,
    service_row,
    visit_row,
)
from app.services.assistance.types import (
    TEXT_MAX,
    AreaInput,
    AssistanceReferralInput,
    AssistanceReferralRow,
    ConsentInput,
    ConsentRow,
    MonitoringInput,
    ServiceInput,
    ServiceRow,
    VisitRow,
)
from app.services.assistance.validation import (
    Errors,
    check_consent,
    check_referral,
    check_service,
    check_visit,
    iso,
    local_today,
)
from app.services.casework.lifecycle import CaseStateError
from app.services.validation import FieldError, ValidationError


class CaseEntries(AssistanceAccess):
    """Services, referrals, monitoring visits and consent of the cases."""

    # -- services --

    def add_service(self, case_id: str, data: ServiceInput, *,
                    now: datetime | None = None) -> ServiceRow:
        """Record a service. The first service given to an open case makes it active."""
        now = now or utcnow()
        check_service(self.tax, data, local_today(now))
        with self._writing() as s:
            service_id = self._add_service(s, self._open_case_for_work(s, case_id), data, now)
        return self.service(service_id)

    def _add_service(self, s: Session, case: AssistanceCase, d: ServiceInput,
                     now: datetime) -> str:
        assert d.service_on is not None
        row = AssistanceServiceEntry(**self._record_base(now), case_id=case.id, service=d.service,
                                service_on=d.service_on, provider=d.provider,
                                provider_name=d.provider_name.strip(), status=d.status,
                                cost_minor=d.cost_minor, currency=d.currency,
                                notes=unicodedata.normalize("NFC", d.notes.strip()))
        s.add(row)
        s.flush()
        self.book.event(s, case.id, "service", now, text=row.notes, data={
            "service_id": row.id, "service": d.service, "on": d.service_on.isoformat(),
            "status": d.status, "provider": d.provider, "provider_name": row.provider_name})
        self.book.touch(case, now)
        if d.status == GIVEN and case.status == OPEN:
            self._move(s, case, ACTIVE, now)
        return row.id

    def update_service(self, service_id: str, data: ServiceInput, *,
                       now: datetime | None = None) -> ServiceRow:
        now = now or utcnow()
        check_service(self.tax, data, local_today(now))
        assert data.service_on is not None
        with self._writing() as s:
            row = self._live_child(s, AssistanceServiceEntry, service_id)
            case = self._open_case_for_work(s, row.case_id)
            values = {"service": data.service, "service_on": data.service_on,
                      "provider": data.provider, "provider_name": data.provider_name.strip(),
                      "status": data.status, "cost_minor": data.cost_minor,
                      "currency": data.currency,
                      "notes": unicodedata.normalize("NFC", data.notes.strip())}
            changes = {k: [plain(getattr(row, k)), plain(v)] for k, v in values.items()
                       if getattr(row, k) != v}
            if not changes:
                return self.service(service_id)
            for k, v in values.items():
                setattr(row, k, v)
            row.stamp(now, self.user_id)
            self.book.event(s, case.id, "service_changed", now, data={
                "service_id": row.id, "service": row.service, "changes": changes})
            self.book.touch(case, now)
            if row.status == GIVEN and case.status == OPEN:
                self._move(s, case, ACTIVE, now)
        return self.service(service_id)

    def set_service_status(self, service_id: str, status: str, *,
                           now: datetime | None = None) -> ServiceRow:
        """A planned service given or declined (given today if it lay ahead)."""
        current = self.service(service_id)
        today = local_today(now or utcnow())
        on = min(current.service_on, today) if status != PLANNED else current.service_on
        data = ServiceInput(current.service, on, current.provider, current.provider_name,
                            status, current.cost_minor, current.currency, current.notes)
        return self.update_service(service_id, data, now=now)

    def delete_service(self, service_id: str, *, now: datetime | None = None) -> None:
        self._delete_child(AssistanceServiceEntry, service_id, "service", now, lambda row: {
            "service": row.service, "on": row.service_on.isoformat(), "status": row.status})

    def service(self, service_id: str) -> ServiceRow:
        with self._reading() as s:
            return service_row(self._live_child(s, AssistanceServiceEntry, service_id))

    # -- referrals --

    def add_referral(self, case_id: str, data: AssistanceReferralInput, *,
                     now: datetime | None = None) -> AssistanceReferralRow:
        now = now or utcnow()
        check_referral(self.tax, data, local_today(now))
        with self._writing() as s:
            ref_id = self._add_referral(s, self._open_case_for_work(s, case_id), data, now)
        return self.referral(ref_id)

    def _add_referral(self, s: Session, case: AssistanceCase, d: AssistanceReferralInput,
                      now: datetime) -> str:
        assert d.sent_on is not None
        row = AssistanceReferral(**self._record_base(now), case_id=case.id, target=d.target,
                                 organisation=d.organisation.strip(),
                                 purpose=unicodedata.normalize("NFC", d.purpose.strip()),
                                 sent_on=d.sent_on, status=SENT, status_reason="",
                                 status_at=now)
        s.add(row)
        s.flush()
        self.book.event(s, case.id, "referral", now, text=row.purpose, data={
            "referral_id": row.id, "target": d.target, "organisation": row.organisation,
            "on": d.sent_on.isoformat()})
        self.book.touch(case, now)
        return row.id

    def update_referral(self, referral_id: str, data: AssistanceReferralInput, *,
                        now: datetime | None = None) -> AssistanceReferralRow:
        now = now or utcnow()
        check_referral(self.tax, data, local_today(now))
        with self._writing() as s:
            row = self._live_child(s, AssistanceReferral, referral_id)
            case = self._open_case_for_work(s, row.case_id)
            values = {"target": data.target, "organisation": data.organisation.strip(),
                      "purpose": unicodedata.normalize("NFC", data.purpose.strip()),
                      "sent_on": data.sent_on}
            changes = {k: [plain(getattr(row, k)), plain(v)] for k, v in values.items()
                       if getattr(row, k) != v}
            if changes:
                for k, v in values.items():
                    setattr(row, k, v)
                row.stamp(now, self.user_id)
                self.book.event(s, case.id, "referral_changed", now, data={
                    "referral_id": row.id, "target": row.target, "changes": changes})
                self.book.touch(case, now)
        return self.referral(referral_id)

    def set_referral_status(self, referral_id: str, status: str, reason: str = "", *,
                            now: datetime | None = None) -> AssistanceReferralRow:
        """sent → accepted / declined (a reason is required) → done."""
        now = now or utcnow()
        reason = unicodedata.normalize("NFC", reason.strip())
        if not REFERRALS.known(status):
            raise ValidationError([FieldError("status", "unknown_code", "unknown status")])
        e = Errors()
        e.text("reason", reason, TEXT_MAX, required=status == REFUSED)
        e.raise_if_any()
        with self._writing() as s:
            self._referral_status(s, self._live_child(s, AssistanceReferral, referral_id),
                                  status, reason, now)
        return self.referral(referral_id)

    def _referral_status(self, s: Session, row: AssistanceReferral, status: str, reason: str,
                         now: datetime) -> None:
        case = self._open_case_for_work(s, row.case_id)
        before = self.book.move_referral(row, REFERRALS, status, reason, now)
        self.book.event(s, case.id, "referral_status", now, text=reason, data={
            "referral_id": row.id, "target": row.target, "from": before, "to": status})
        self.book.touch(case, now)

    def delete_referral(self, referral_id: str, *, now: datetime | None = None) -> None:
        self._delete_child(AssistanceReferral, referral_id, "referral", now,
                           lambda row: {"target": row.target})

    def referral(self, referral_id: str) -> AssistanceReferralRow:
        with self._reading() as s:
            return referral_row(self._live_child(s, AssistanceReferral, referral_id))

    # -- monitoring --

    def add_visit(self, case_id: str, data: MonitoringInput, *,
                  now: datetime | None = None) -> VisitRow:
        now = now or utcnow()
        check_visit(self.tax, data, local_today(now))
        with self._writing() as s:
            visit_id = self._add_visit(s, self._open_case_for_work(s, case_id), data, now)
        return self.visit(visit_id)

    def _visit_values(self, d: MonitoringInput) -> dict[str, Any]:
        values: dict[str, Any] = {
            "visit_on": d.visit_on, "method": d.method,
            "specialist_id": d.specialist_id or self.user_id, "change": d.change or None,
            "summary": unicodedata.normalize("NFC", d.summary.strip()),
            "next_visit_on": d.next_visit_on}
        for area in MONITORING_AREAS:
            a = d.areas.get(area, AreaInput())
            values[area] = a.level
            values[f"{area}_note"] = unicodedata.normalize("NFC", a.note.strip())
        return values

    def _add_visit(self, s: Session, case: AssistanceCase, d: MonitoringInput,
                   now: datetime) -> str:
        assert d.visit_on is not None
        row = AssistanceMonitoring(**self._record_base(now), case_id=case.id,
                                   **self._visit_values(d))
        s.add(row)
        s.flush()
        self.book.event(s, case.id, "visit", now, text=row.summary, data={
            "visit_id": row.id, "on": d.visit_on.isoformat(), "method": d.method,
            "change": row.change})
        self.book.touch(case, now)
        return row.id

    def update_visit(self, visit_id: str, data: MonitoringInput, *,
                     now: datetime | None = None) -> VisitRow:
        now = now or utcnow()
        check_visit(self.tax, data, local_today(now))
        with self._writing() as s:
            row = self._live_child(s, AssistanceMonitoring, visit_id)
            case = self._open_case_for_work(s, row.case_id)
            values = self._visit_values(data)
            changes = {k: [plain(getattr(row, k)), plain(v)] for k, v in values.items()
                       if getattr(row, k) != v}
            if changes:
                for k, v in values.items():
                    setattr(row, k, v)
                row.stamp(now, self.user_id)
                self.book.event(s, case.id, "visit_changed", now, data={
                    "visit_id": row.id, "on": iso(row.visit_on), "changes": changes})
                self.book.touch(case, now)
        return self.visit(visit_id)

    def delete_visit(self, visit_id: str, *, now: datetime | None = None) -> None:
        self._delete_child(AssistanceMonitoring, visit_id, "visit", now,
                           lambda row: {"on": iso(row.visit_on)})

    def visit(self, visit_id: str) -> VisitRow:
        with self._reading() as s:
            row = self._live_child(s, AssistanceMonitoring, visit_id)
            return visit_row(row, names_of(s, [row.specialist_id]))

    # -- consent --

    def add_consent(self, case_id: str, data: ConsentInput, *,
                    now: datetime | None = None) -> ConsentRow:
        now = now or utcnow()
        check_consent(self.tax, data, local_today(now))
        with self._writing() as s:
            case = self._live(s, case_id)
            consent_id = self._add_consent(s, case, data, now)
        return self._consent(consent_id)

    def _add_consent(self, s: Session, case: AssistanceCase, d: ConsentInput,
                     now: datetime) -> str:
        assert d.given_on is not None
        row = AssistanceConsent(**self._record_base(now), case_id=case.id, scope=d.scope,
                                recipient=d.recipient,
                                recipient_name=d.recipient_name.strip(), given_on=d.given_on,
                                expires_on=d.expires_on, withdrawn_on=None,
                                notes=d.notes.strip(), recorded_by=self.user_id)
        s.add(row)
        s.flush()
        self.book.event(s, case.id, "consent", now, text=row.notes, data={
            "consent_id": row.id, "scope": d.scope, "recipient": d.recipient,
            "recipient_name": row.recipient_name, "on": d.given_on.isoformat(),
            "expires_on": iso(d.expires_on)})
        self.book.touch(case, now)
        return row.id

    def withdraw_consent(self, consent_id: str, on: date | None = None, *,
                         now: datetime | None = None) -> ConsentRow:
        now = now or utcnow()
        on = on or local_today(now)
        with self._writing() as s:
            row = self._live_child(s, AssistanceConsent, consent_id)
            if row.withdrawn_on is not None:
                raise CaseStateError("the consent is already withdrawn")
            e = Errors()
            e.day("withdrawn_on", on, local_today(now), required=True)
            if on < row.given_on:
                e.bad("withdrawn_on", "before_start", "is before the consent was given")
            e.raise_if_any()
            row.withdrawn_on = on
            row.stamp(now, self.user_id)
            case = self._live(s, row.case_id)
            self.book.event(s, case.id, "consent_withdrawn", now, data={
                "consent_id": row.id, "scope": row.scope, "recipient": row.recipient,
                "on": on.isoformat()})
            self.book.touch(case, now)
        return self._consent(consent_id)

    def _consent(self, consent_id: str) -> ConsentRow:
        with self._reading() as s:
            row = self._live_child(s, AssistanceConsent, consent_id)
            return consent_row(row, names_of(s, [row.recorded_by]))
