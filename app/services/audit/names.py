"""What an audit entry is about, by name: a case by its number, a round by its name, a
contact by when it began, a part of a case by its case's number; never by the id alone,
never by a person's name from a case (only staff accounts are named)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import User
from app.models.assistance import (
    AssistanceCase,
    AssistanceConsent,
    AssistanceEvent,
    AssistanceMonitoring,
    AssistanceReferral,
    AssistanceRelative,
    AssistanceServiceEntry,
    PdfPrint,
)
from app.models.contact import Contact
from app.models.crisis import (
    CrisisCase,
    CrisisCaseContact,
    CrisisCaseEvent,
    CrisisConsent,
    CrisisReferral,
)
from app.models.directory import CountryEmergency, DirectoryEntry
from app.models.quality import Review, ReviewRound
from app.models.sync import SyncPeer


@dataclass(frozen=True)
class RecordName:
    """``text``: the record's own number or name; ``parent_kind``/``parent_text``: the
    case (or round) a part belongs to; ``when``: a contact's start; ``country``: the
    code of a country's emergency numbers."""

    text: str = ""
    parent_kind: str = ""
    parent_text: str = ""
    when: datetime | None = None
    country: str = ""


_CRISIS_PARTS: dict[str, Any] = {
    "crisis_case_contact": CrisisCaseContact, "crisis_consent": CrisisConsent,
    "crisis_referral": CrisisReferral, "crisis_case_event": CrisisCaseEvent,
}
_ASSISTANCE_PARTS: dict[str, Any] = {
    "assistance_relative": AssistanceRelative, "assistance_consent": AssistanceConsent,
    "assistance_service": AssistanceServiceEntry, "assistance_referral": AssistanceReferral,
    "assistance_monitoring": AssistanceMonitoring, "assistance_event": AssistanceEvent,
    "pdf_print": PdfPrint,
}
_OWN: dict[str, tuple[Any, Any]] = {
    "crisis_case": (CrisisCase, CrisisCase.number),
    "assistance_case": (AssistanceCase, AssistanceCase.number),
    "review_round": (ReviewRound, ReviewRound.name),
    "directory_entry": (DirectoryEntry, DirectoryEntry.name),
    "sync_peer": (SyncPeer, SyncPeer.name),
    "app_user": (User, User.full_name),
    "user": (User, User.full_name),
}


def record_names(s: Session, pairs: Iterable[tuple[str | None, str | None]]
                 ) -> dict[tuple[str, str], RecordName]:
    """Names of the records ``(kind, id)``, looked up a kind at a time; a record gone
    (erased, deleted for good) is left out."""
    by_kind: dict[str, set[str]] = {}
    for kind, object_id in pairs:
        if kind and object_id:
            by_kind.setdefault(kind, set()).add(object_id)
    found: dict[tuple[str, str], RecordName] = {}
    for kind, ids in by_kind.items():
        if kind in _OWN:
            model, column = _OWN[kind]
            for object_id, text in s.execute(select(model.id, column).where(
                    model.id.in_(ids))):
                found[(kind, object_id)] = RecordName(text=str(text or ""))
        elif kind in _CRISIS_PARTS or kind in _ASSISTANCE_PARTS:
            model = _CRISIS_PARTS.get(kind) or _ASSISTANCE_PARTS[kind]
            case = CrisisCase if kind in _CRISIS_PARTS else AssistanceCase
            rows = s.execute(select(model.id, case.number).join(
                case, case.id == model.case_id).where(model.id.in_(ids)))
            for object_id, number in rows:
                found[(kind, object_id)] = RecordName(parent_kind=case.__tablename__,
                                                      parent_text=str(number))
        elif kind == "contact":
            for object_id, started in s.execute(select(Contact.id, Contact.started_at).where(
                    Contact.id.in_(ids))):
                found[(kind, object_id)] = RecordName(when=started)
        elif kind == "review":
            rows = s.execute(select(Review.id, Contact.started_at, ReviewRound.name)
                             .outerjoin(Contact, Contact.id == Review.contact_id)
                             .outerjoin(ReviewRound, ReviewRound.id == Review.round_id)
                             .where(Review.id.in_(ids)))
            for object_id, started, round_name in rows:
                found[(kind, object_id)] = RecordName(
                    when=started, parent_kind="review_round" if round_name else "",
                    parent_text=str(round_name or ""))
        elif kind == "country_emergency":
            for object_id, country in s.execute(select(
                    CountryEmergency.id, CountryEmergency.country).where(
                    CountryEmergency.id.in_(ids))):
                found[(kind, object_id)] = RecordName(country=str(country))
    return found
