"""What the crisis service takes and hands back: inputs, rows, the list's filter.

Plain dataclasses, so a screen or a background task holds no live database object.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from app.models.crisis import ANONYMOUS, FOLLOW_UP, OPEN, REFERRAL
from app.services.casework.book import CaseHeading
from app.services.casework.paging import CaseQuery
from app.services.contacts.service import ContactRecord

QUESTIONNAIRE = "crisis"
DRAFT_FORM = "crisis"
CRISIS_TOPIC = "crisis_abroad"
CASE_OPENED = "crisis_case_opened"
CONSENT_BY = "consent_by"  # the question: who gave the consent
REASON_MAX = 2000
NOTE_MAX = 20_000
# Coded answers kept one row per code (for statistics): question id → list name.
CODED_QUESTIONS = {
    "methods_of_control": "method_of_control",
    "recruitment_method": "recruitment_method",
    "exploitation_type": "exploitation_type",
    "needs": "need",
}




@dataclass
class CrisisReferralInput:
    """A referral (a target) or a follow-up call (no target) to create."""

    target: str | None
    due_at: datetime
    mode: str = ANONYMOUS
    action: str = ""
    owner_id: str | None = None
    organisation: str = ""
    proposed: bool = False
    rules: list[str] = field(default_factory=list)

    @property
    def kind(self) -> str:
        return FOLLOW_UP if self.target is None else REFERRAL

    def to_json(self) -> dict[str, Any]:
        return {"target": self.target, "due_at": self.due_at.isoformat(), "mode": self.mode,
                "action": self.action, "owner_id": self.owner_id,
                "organisation": self.organisation, "proposed": self.proposed,
                "rules": list(self.rules)}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> CrisisReferralInput:
        return cls(target=data.get("target"), due_at=datetime.fromisoformat(data["due_at"]),
                   mode=data.get("mode", ANONYMOUS), action=data.get("action", ""),
                   owner_id=data.get("owner_id"), organisation=data.get("organisation", ""),
                   proposed=bool(data.get("proposed")), rules=list(data.get("rules", [])))


@dataclass
class CrisisSubmission:
    """What the finished questionnaire hands over: answers and confirmed referrals."""

    answers: dict[str, Any]
    referrals: list[CrisisReferralInput]
    version: int
    questionnaire: str = QUESTIONNAIRE
    trafficking_status: str | None = None  # None: from the answers
    # Directory entries (contacts abroad) given during the questionnaire: recorded on
    # the contact with those the contact form already gave.
    directory_given: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class CrisisReferralRow:
    """A referral or follow-up task as the case and the overdue list show it."""

    id: str
    case_id: str
    case_number: str
    kind: str
    target: str | None
    mode: str
    owner_id: str | None
    owner_name: str
    organisation: str
    action: str
    due_at: datetime
    status: str
    status_reason: str
    status_at: datetime
    proposed: bool
    overdue: bool


@dataclass(frozen=True)
class CrisisCaseRow:
    """A case as the list shows it."""

    id: str
    number: str
    status: str
    opened_at: datetime
    crisis_type: str
    country: str
    city: str
    danger: str
    trafficking_status: str | None
    pending: int
    overdue: int
    next_due: datetime | None
    closure_reason: str | None


@dataclass(frozen=True)
class CrisisCaseRecord(CaseHeading):
    """A whole case as its screen (and the printed summary) shows it."""

    crisis_type: str
    country: str
    city: str
    danger: str
    can_speak_freely: str | None
    trafficking_status: str | None
    indicators: tuple[str, ...]
    questionnaire: str
    questionnaire_version: int
    answers: dict[str, Any]
    codes: dict[str, tuple[str, ...]]
    consents: dict[str, bool]
    consent_given_by: str | None
    referrals: tuple[CrisisReferralRow, ...]
    contacts: tuple[tuple[str, str, datetime], ...]  # contact id, role, started at
    closed_at: datetime | None
    closure_reason: str | None
    closure_note: str
    version: int


@dataclass(frozen=True)
class OpenedCase:
    contact: ContactRecord
    case: CrisisCaseRecord


@dataclass
class CrisisCaseQuery(CaseQuery):
    """What the list of crisis cases shows: open ones unless asked otherwise."""

    status: str | None = OPEN  # open, closed, or None for all
    text: str = ""  # part of the number, or of the city
    crisis_type: str | None = None
    overdue_only: bool = False
    country: str | None = None


@dataclass(frozen=True)
class EmergencyInfo:
    """What the consultant tells a person in danger: numbers and the embassy."""

    country: str
    numbers: str
    from_directory: bool
    missions: tuple[str, ...]
