"""What the assistance service takes and hands back: inputs, rows, the list's filter,
and the limits of the fields.

Plain dataclasses, so a screen, the printed summary or a background task holds no live
database object.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, datetime

from app.models.assistance import GIVEN
from app.services.casework.book import CaseHeading
from app.services.casework.paging import NOT_CLOSED, CaseQuery

NAME_MAX = 200
PHONE_MAX = 40
EMAIL_MAX = 200
ADDRESS_MAX = 1000
ORG_MAX = 300
TEXT_MAX = 20_000
COST_MAX_MINOR = 10**11
EARLIEST = date(1900, 1, 1)
CODED_LISTS = ("exploitation_type", "method_of_control", "recruitment_method")
"""The HTCDS lists a case keeps one row per code, in the order the PDF shows them."""


@dataclass
class ClientInput:
    """Who the client is and how to reach her. Personal data: required here only."""

    name: str = ""
    gender: str = "female"
    birth_date: date | None = None
    phone: str = ""
    email: str = ""
    address: str = ""
    region: str | None = None
    citizenship: str | None = "BY"


@dataclass
class RelativeInput:
    name: str = ""
    relation: str = "parent"
    phone: str = ""
    address: str = ""
    assisted: bool = False
    notes: str = ""
    id: str | None = None  # None: a new relative


@dataclass
class TraffickingInput:
    status: str | None = None  # trafficking_status (HTCDS)
    decided_by: str | None = None  # trafficking_decided_by
    decided_on: date | None = None
    exploitation_types: list[str] = field(default_factory=list)
    methods_of_control: list[str] = field(default_factory=list)
    recruitment_methods: list[str] = field(default_factory=list)
    country: str | None = None
    period_from: date | None = None
    period_to: date | None = None
    notes: str = ""

    def codes(self) -> dict[str, list[str]]:
        return {"exploitation_type": self.exploitation_types,
                "method_of_control": self.methods_of_control,
                "recruitment_method": self.recruitment_methods}


@dataclass
class CaseInput:
    client: ClientInput = field(default_factory=ClientInput)
    trafficking: TraffickingInput = field(default_factory=TraffickingInput)
    relatives: list[RelativeInput] = field(default_factory=list)
    specialist_id: str | None = None
    crisis_case_id: str | None = None
    contact_id: str | None = None
    organisation: str | None = None


@dataclass
class ServiceInput:
    service: str = "counselling"
    service_on: date | None = None
    provider: str = "own_staff"
    provider_name: str = ""
    status: str = GIVEN
    cost_minor: int | None = None
    currency: str = "BYN"
    notes: str = ""


@dataclass
class AssistanceReferralInput:
    """A referral of the client to another organisation or service."""

    target: str = "other_organisation"
    organisation: str = ""
    purpose: str = ""
    sent_on: date | None = None


@dataclass
class AreaInput:
    level: str = "unknown"  # situation_level
    note: str = ""


@dataclass
class MonitoringInput:
    visit_on: date | None = None
    method: str = "home_visit"
    specialist_id: str | None = None
    areas: dict[str, AreaInput] = field(default_factory=dict)
    change: str | None = None  # change_assessment
    summary: str = ""
    next_visit_on: date | None = None


@dataclass
class ConsentInput:
    scope: str = "case_history"
    recipient: str = "other_organisation"
    recipient_name: str = ""
    given_on: date | None = None
    expires_on: date | None = None
    notes: str = ""


# -- rows handed to the UI and the PDF (plain, frozen) ------------------------------------


@dataclass(frozen=True)
class RelativeRow:
    id: str
    name: str
    relation: str
    phone: str
    address: str
    assisted: bool
    notes: str


@dataclass(frozen=True)
class ConsentRow:
    id: str
    scope: str
    recipient: str
    recipient_name: str
    given_on: date
    expires_on: date | None
    withdrawn_on: date | None
    notes: str
    recorded_by: str

    def active(self, today: date) -> bool:
        return self.withdrawn_on is None and (self.expires_on is None
                                              or self.expires_on >= today)


@dataclass(frozen=True)
class ServiceRow:
    id: str
    case_id: str
    service: str
    service_on: date
    provider: str
    provider_name: str
    status: str
    cost_minor: int | None
    currency: str
    notes: str
    version: int


@dataclass(frozen=True)
class AssistanceReferralRow:
    """A referral of an assistance case, with its lifecycle's present state."""

    id: str
    case_id: str
    target: str
    organisation: str
    purpose: str
    sent_on: date
    status: str
    status_reason: str
    status_at: datetime
    version: int


@dataclass(frozen=True)
class VisitRow:
    id: str
    case_id: str
    visit_on: date
    method: str
    specialist_id: str | None
    specialist_name: str
    areas: dict[str, tuple[str, str]]  # area → (situation_level, note)
    change: str | None
    summary: str
    next_visit_on: date | None
    version: int


@dataclass(frozen=True)
class AssistanceCaseRecord(CaseHeading):
    """A whole case as its screen and the printed summary show it."""

    specialist_id: str | None
    specialist_name: str
    crisis_case_id: str | None
    crisis_number: str | None
    contact_id: str | None
    contact_started_at: datetime | None
    client: ClientInput
    trafficking: TraffickingInput
    relatives: tuple[RelativeRow, ...]
    consents: tuple[ConsentRow, ...]
    services: tuple[ServiceRow, ...]
    referrals: tuple[AssistanceReferralRow, ...]
    visits: tuple[VisitRow, ...]
    closed_at: datetime | None
    closure_reason: str | None
    closure_note: str
    version: int

    def input(self) -> CaseInput:
        """The case as an editable input (what :meth:`AssistanceService.update` takes)."""
        relatives = [RelativeInput(r.name, r.relation, r.phone, r.address, r.assisted,
                                   r.notes, r.id) for r in self.relatives]
        return CaseInput(client=replace(self.client), trafficking=replace(
            self.trafficking, exploitation_types=list(self.trafficking.exploitation_types),
            methods_of_control=list(self.trafficking.methods_of_control),
            recruitment_methods=list(self.trafficking.recruitment_methods)),
            relatives=relatives, specialist_id=self.specialist_id,
            crisis_case_id=self.crisis_case_id, contact_id=self.contact_id,
            organisation=self.organisation)

    def services_by_type(self) -> dict[str, int]:
        """How many times each service type was given (Table 3's rows)."""
        counts: dict[str, int] = {}
        for s in self.services:
            if s.status == GIVEN:
                counts[s.service] = counts.get(s.service, 0) + 1
        return counts


@dataclass(frozen=True)
class AssistanceCaseRow:
    """A case as the list shows it."""

    id: str
    number: str
    status: str
    opened_at: datetime
    client_name: str
    trafficking_status: str | None
    specialist_name: str
    services_given: int
    last_service_on: date | None
    next_visit_on: date | None
    closure_reason: str | None


@dataclass(frozen=True)
class PrintRow:
    id: str
    case_kind: str
    case_number: str
    printed_at: datetime
    printed_by: str
    redacted: bool
    lang: str
    pages: int
    sha256: str


@dataclass
class AssistanceCaseQuery(CaseQuery):
    """What the list of assistance cases shows: those not closed unless asked otherwise."""

    status: str | None = NOT_CLOSED  # a case_status code, NOT_CLOSED, or None for all
    text: str = ""  # part of the number, the client's or a relative's name, a phone
    trafficking_status: str | None = None
    specialist_id: str | None = None
