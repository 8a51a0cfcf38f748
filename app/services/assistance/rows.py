"""Plain rows made from the assistance records, for the screens and the printed
summary (frozen dataclasses of app/services/assistance/types.py: no live database
object leaves a session)."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import (
    AssistanceConsent,
    AssistanceMonitoring,
    AssistanceReferral,
    AssistanceServiceEntry,
    PdfPrint,
    User,
)
from app.models.assistance import MONITORING_AREAS
from app.services.assistance.types import (
    AssistanceReferralRow,
    ConsentRow,
    PrintRow,
    ServiceRow,
    VisitRow,
)


def plain(value: Any) -> Any:
    """A value as the timeline's record of a change keeps it (a date as ISO text)."""
    if isinstance(value, date):
        return value.isoformat()
    return value


def names_of(s: Session, ids: Any) -> dict[str, str]:
    wanted = {i for i in ids if i}
    if not wanted:
        return {}
    return dict(s.execute(select(User.id, User.full_name).where(User.id.in_(wanted))).all())


def service_row(r: AssistanceServiceEntry) -> ServiceRow:
    return ServiceRow(r.id, r.case_id, r.service, r.service_on, r.provider, r.provider_name,
                      r.status, r.cost_minor, r.currency, r.notes, r.version)


def referral_row(r: AssistanceReferral) -> AssistanceReferralRow:
    return AssistanceReferralRow(r.id, r.case_id, r.target, r.organisation, r.purpose, r.sent_on,
                       r.status, r.status_reason, r.status_at, r.version)


def visit_row(v: AssistanceMonitoring, names: dict[str, str]) -> VisitRow:
    areas = {a: (getattr(v, a), getattr(v, f"{a}_note")) for a in MONITORING_AREAS}
    return VisitRow(v.id, v.case_id, v.visit_on, v.method, v.specialist_id,
                    names.get(v.specialist_id or "", ""), areas, v.change, v.summary,
                    v.next_visit_on, v.version)


def consent_row(c: AssistanceConsent, names: dict[str, str]) -> ConsentRow:
    return ConsentRow(c.id, c.scope, c.recipient, c.recipient_name, c.given_on, c.expires_on,
                      c.withdrawn_on, c.notes, names.get(c.recorded_by or "", ""))


def print_row(p: PdfPrint) -> PrintRow:
    return PrintRow(p.id, p.case_kind, p.case_number, p.printed_at, p.printed_by, p.redacted,
                    p.lang, p.pages, p.sha256)
