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
"""

from __future__ import annotations

import logging
import re
import unicodedata
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from app.db import Store
from app.models import (
    AssistanceCase,
    AssistanceCaseCode,
    AssistanceConsent,
    AssistanceEvent,
    AssistanceMonitoring,
    AssistanceReferral,
    AssistanceRelative,
    AssistanceServiceEntry,
    Contact,
    CrisisCase,
    CrisisCaseContact,
    PdfPrint,
    User,
    new_uuid,
    utcnow,
)
from app.models import countries as country_list
from app.models.assistance import (
    ACTIVE,
    CASE_TRANSITIONS,
    CLOSED,
    GIVEN,
    MONITORING_AREAS,
    OPEN,
    PLANNED,
    REFERRAL_TRANSITIONS,
    REFUSED,
    SENT,
)
from app.models.taxonomy import Taxonomy
from app.models.taxonomy import load as load_taxonomy
from app.services.audit.log import append as audit_append
from app.services.audit.log import record as audit_record
from app.services.casework.summary import CaseSummary
from app.services.contacts.service import phone_key
from app.services.permissions import PermissionDeniedError, allowed, role_of
from app.services.records import ConcurrentEditError, live
from app.services.validation import FieldError, ValidationError

log = logging.getLogger("app.assistance")

NUMBER_PREFIX = "A"
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
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


# -- who may do what ----------------------------------------------------------------------

MANAGE = "assistance.manage"
PRINT = "assistance.print"


def may_manage_assistance(role: str | None) -> bool:
    """Whether a user with ``role`` may open, read and change assistance cases
    (social-work specialists, and supervisors and administrators who stand in for
    them); the rule itself is the permission matrix's."""
    return allowed(role, MANAGE)


class AssistancePermissionError(PermissionDeniedError):
    """The user may not work on assistance cases."""


class CaseStateError(Exception):
    """The case, referral or service is not in a state that allows the change."""


class ConcurrentCaseEditError(ConcurrentEditError):
    """The case was changed by someone else since the form loaded it."""


# -- inputs -------------------------------------------------------------------------------


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
class ReferralInput:
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


# -- rows handed to the UI and the PDF (plain, frozen) -----------------------------------


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
class ReferralRow:
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
class CaseRecord:
    """A whole case as its screen and the printed summary show it."""

    id: str
    number: str
    status: str
    site_id: str
    organisation: str | None
    opened_at: datetime
    opened_by: str
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
    referrals: tuple[ReferralRow, ...]
    visits: tuple[VisitRow, ...]
    closed_at: datetime | None
    closure_reason: str | None
    closure_note: str
    version: int

    def input(self) -> CaseInput:
        """The case as an editable input (what :meth:`AssistanceServiceEntry.update` takes)."""
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
class CaseRow:
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
class EventRow:
    id: str
    at: datetime
    kind: str
    user_name: str
    text: str
    data: dict[str, Any]


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


NOT_CLOSED = "not_closed"


@dataclass
class CaseQuery:
    status: str | None = NOT_CLOSED  # a case_status code, NOT_CLOSED, or None for all
    trafficking_status: str | None = None
    specialist_id: str | None = None
    text: str = ""  # part of the number, the client's or a relative's name, a phone


# -- helpers -----------------------------------------------------------------------------


def fold(text: str) -> str:
    """Case, ё/е and spacing folded, as the search column stores text (SQLite's
    lower() folds ASCII only, so Cyrillic is folded here instead)."""
    text = unicodedata.normalize("NFC", text)
    return " ".join(text.split()).casefold().replace("ё", "е")


def parse_cost(text: str) -> int | None:
    """A sum as typed ("12,50", "1 200.5", "") in minor units; ValueError if not one."""
    cleaned = text.strip().replace("\u00a0", "").replace("\u202f", "").replace(" ", "")
    if not cleaned:
        return None
    try:
        value = Decimal(cleaned.replace(",", "."))
    except InvalidOperation:
        raise ValueError(f"{text!r} is not a sum") from None
    if not value.is_finite() or value < 0:
        raise ValueError(f"{text!r} is not a sum")
    minor = (value * 100).quantize(Decimal(1))
    if minor != value * 100:
        raise ValueError(f"{text!r} has more than two decimals")
    return int(minor)


def format_cost(minor: int | None, currency: str = "", lang: str = "en") -> str:
    if minor is None:
        return ""
    whole, cents = divmod(minor, 100)
    grouped = f"{whole:,}"
    if lang != "en":
        grouped = grouped.replace(",", "\u202f")
    sep = "." if lang == "en" else ","
    text = f"{grouped}{sep}{cents:02d}"
    return f"{text} {currency}".strip()


def _local_today(now: datetime) -> date:
    return now.astimezone().date()


def _number(year: int, serial: int) -> str:
    return f"{NUMBER_PREFIX}-{year}-{serial:04d}"


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


class _Errors:
    def __init__(self) -> None:
        self.items: list[FieldError] = []

    def bad(self, name: str, problem: str, message: str, **params: object) -> None:
        self.items.append(FieldError(name, problem, message, params))

    def text(self, name: str, value: str, limit: int, required: bool = False) -> None:
        if required and not value.strip():
            self.bad(name, "required", "is required")
        elif len(value) > limit:
            self.bad(name, "too_long", f"is longer than {limit} characters", limit=limit)

    def code(self, tax: Taxonomy, name: str, list_name: str, value: str | None,
             required: bool = False) -> None:
        if value is None or value == "":
            if required:
                self.bad(name, "required", "is required")
        elif value not in tax[list_name]:
            self.bad(name, "unknown_code", f"{value!r} is not a known code", value=value)

    def day(self, name: str, value: date | None, today: date, *, required: bool = False,
            future: bool = False) -> None:
        if value is None:
            if required:
                self.bad(name, "required", "is required")
            return
        if value < EARLIEST:
            self.bad(name, "too_early", "is too long ago")
        elif not future and value > today:
            self.bad(name, "in_future", "is in the future")

    def raise_if_any(self) -> None:
        if self.items:
            raise ValidationError(self.items)


# -- the service --------------------------------------------------------------------------


class AssistanceService:
    """Assistance cases of one store, worked on by one member of staff."""

    def __init__(self, store: Store, user_id: str | None, tax: Taxonomy | None = None):
        self.store = store
        self.user_id = user_id
        self.tax = tax or load_taxonomy()
        self.site_id = store.site_id

    # -- permissions --

    def _role(self, s: Session) -> str | None:
        return role_of(s, self.user_id)

    def may_manage(self) -> bool:
        with self.store.sessions() as s:
            return may_manage_assistance(self._role(s))

    def may_print(self) -> bool:
        with self.store.sessions() as s:
            return allowed(self._role(s), PRINT)

    def require_print(self) -> None:
        """Raise :class:`AssistancePermissionError` unless the user may print cases."""
        with self.store.sessions() as s:
            self._require(s, PRINT)

    def _require(self, s: Session, action: str = MANAGE) -> None:
        role = self._role(s)
        if not allowed(role, action):
            raise AssistancePermissionError(
                role, action, "only social-work specialists, supervisors and administrators "
                "work on assistance cases" if action == MANAGE else
                "only social-work specialists, supervisors and administrators print "
                "assistance cases")

    @contextmanager
    def _writing(self, action: str = MANAGE) -> Iterator[Session]:
        with self.store.session() as s:
            self._require(s, action)
            s.info["audit_user"] = self.user_id
            yield s

    @contextmanager
    def _reading(self) -> Iterator[Session]:
        with self.store.sessions() as s:
            self._require(s)
            yield s

    def user_name(self, user_id: str | None = None) -> str:
        uid = user_id or self.user_id
        if uid is None:
            return ""
        with self.store.sessions() as s:
            user = s.get(User, uid)
            return user.full_name if user is not None else ""

    # -- checking --

    def check_case(self, data: CaseInput, now: datetime | None = None) -> list[FieldError]:
        """Every problem with ``data``, field by field; empty when it may be saved."""
        today = _local_today(now or utcnow())
        e = _Errors()
        c = data.client
        e.text("client.name", c.name, NAME_MAX, required=True)
        e.code(self.tax, "client.gender", "gender", c.gender, required=True)
        e.day("client.birth_date", c.birth_date, today)
        e.text("client.phone", c.phone, PHONE_MAX)
        e.text("client.email", c.email, EMAIL_MAX)
        if c.email.strip() and not _EMAIL.match(c.email.strip()):
            e.bad("client.email", "invalid_email", "is not an e-mail address")
        e.text("client.address", c.address, ADDRESS_MAX)
        if not (c.phone.strip() or c.email.strip() or c.address.strip()):
            e.bad("client.contact", "required",
                  "give at least one way to reach the client: phone, e-mail or address")
        elif c.phone.strip() and not phone_key(c.phone):
            e.bad("client.phone", "invalid_phone", "has no digits")
        e.code(self.tax, "client.region", "region", c.region)
        if c.citizenship and not country_list.is_valid(c.citizenship):
            e.bad("client.citizenship", "unknown_code", "is not a country code")
        t = data.trafficking
        e.code(self.tax, "trafficking.status", "trafficking_status", t.status)
        e.code(self.tax, "trafficking.decided_by", "trafficking_decided_by", t.decided_by)
        if t.decided_by and not t.status:
            e.bad("trafficking.status", "required", "say which status was decided")
        e.day("trafficking.decided_on", t.decided_on, today)
        for list_name, codes in t.codes().items():
            for code in codes:
                e.code(self.tax, f"trafficking.{list_name}", list_name, code)
        if t.country and not country_list.is_valid(t.country):
            e.bad("trafficking.country", "unknown_code", "is not a country code")
        e.day("trafficking.period_from", t.period_from, today)
        e.day("trafficking.period_to", t.period_to, today)
        if t.period_from and t.period_to and t.period_to < t.period_from:
            e.bad("trafficking.period_to", "before_start", "is before the start")
        e.text("trafficking.notes", t.notes, TEXT_MAX)
        for i, r in enumerate(data.relatives):
            e.text(f"relatives.{i}.name", r.name, NAME_MAX, required=True)
            e.code(self.tax, f"relatives.{i}.relation", "relation", r.relation, required=True)
            e.text(f"relatives.{i}.phone", r.phone, PHONE_MAX)
            e.text(f"relatives.{i}.address", r.address, ADDRESS_MAX)
            e.text(f"relatives.{i}.notes", r.notes, TEXT_MAX)
        e.code(self.tax, "organisation", "organisation", data.organisation)
        return e.items

    def _check_service(self, d: ServiceInput, today: date) -> None:
        e = _Errors()
        e.code(self.tax, "service", "service", d.service, required=True)
        e.code(self.tax, "status", "service_status", d.status, required=True)
        # A planned service may lie ahead; one given or declined has happened.
        e.day("service_on", d.service_on, today, required=True, future=d.status == PLANNED)
        e.code(self.tax, "provider", "service_provider", d.provider, required=True)
        e.text("provider_name", d.provider_name, ORG_MAX,
               required=d.provider == "partner_org")
        if d.cost_minor is not None and not 0 <= d.cost_minor <= COST_MAX_MINOR:
            e.bad("cost", "bad_value", "is not a sum")
        if not re.fullmatch(r"[A-Z]{3}", d.currency or ""):
            e.bad("currency", "bad_value", "is not a currency code")
        e.text("notes", d.notes, TEXT_MAX)
        e.raise_if_any()

    def _check_referral(self, d: ReferralInput, today: date) -> None:
        e = _Errors()
        e.code(self.tax, "target", "referral_target", d.target, required=True)
        e.text("organisation", d.organisation, ORG_MAX)
        e.text("purpose", d.purpose, TEXT_MAX)
        e.day("sent_on", d.sent_on, today, required=True)
        e.raise_if_any()

    def _check_visit(self, d: MonitoringInput, today: date) -> None:
        e = _Errors()
        e.day("visit_on", d.visit_on, today, required=True)
        e.code(self.tax, "method", "monitoring_method", d.method, required=True)
        for area, value in d.areas.items():
            if area not in MONITORING_AREAS:
                e.bad(f"areas.{area}", "unknown_code", f"{area!r} is not an area")
                continue
            e.code(self.tax, f"areas.{area}", "situation_level", value.level, required=True)
            e.text(f"areas.{area}.note", value.note, TEXT_MAX)
        e.code(self.tax, "change", "change_assessment", d.change)
        e.text("summary", d.summary, TEXT_MAX)
        e.day("next_visit_on", d.next_visit_on, today, future=True)
        if d.next_visit_on and d.visit_on and d.next_visit_on < d.visit_on:
            e.bad("next_visit_on", "before_start", "is before the visit")
        e.raise_if_any()

    def _check_consent(self, d: ConsentInput, today: date) -> None:
        e = _Errors()
        e.code(self.tax, "scope", "consent_scope", d.scope, required=True)
        e.code(self.tax, "recipient", "referral_target", d.recipient, required=True)
        e.text("recipient_name", d.recipient_name, ORG_MAX)
        e.day("given_on", d.given_on, today, required=True)
        e.day("expires_on", d.expires_on, today, future=True)
        if d.expires_on and d.given_on and d.expires_on < d.given_on:
            e.bad("expires_on", "before_start", "is before the consent was given")
        e.text("notes", d.notes, TEXT_MAX)
        e.raise_if_any()

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

    def open_case(self, data: CaseInput, *, now: datetime | None = None) -> CaseRecord:
        """Open a case; raises ValidationError and then nothing is saved."""
        now = now or utcnow()
        errors = self.check_case(data, now)
        if errors:
            raise ValidationError(errors)
        with self._writing() as s:
            case_id = self._open(s, data, now)
        log.info("assistance case %s opened", case_id)
        return self._fetch(case_id)

    def _next_number(self, s: Session, year: int) -> tuple[int, str]:
        last = s.scalar(select(func.max(AssistanceCase.serial)).where(
            AssistanceCase.site_id == self.site_id, AssistanceCase.year == year)) or 0
        serial = int(last) + 1
        return serial, _number(year, serial)

    def _record_base(self, now: datetime) -> dict[str, Any]:
        return {"id": new_uuid(), "site_id": self.site_id, "author_id": self.user_id,
                "created_at": now, "updated_at": now}

    def _open(self, s: Session, data: CaseInput, now: datetime) -> str:
        for name, key in (("crisis_case_id", CrisisCase), ("contact_id", Contact)):
            value = getattr(data, name)
            if value is not None and s.scalar(select(key.id).where(key.id == value)) is None:
                raise LookupError(f"no {name[:-3].replace('_', ' ')} {value}")
        year = now.astimezone().year
        serial, number = self._next_number(s, year)
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
        self._event(s, case.id, "opened", now, data={
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

    def _live(self, s: Session, case_id: str) -> AssistanceCase:
        return live(s, AssistanceCase, case_id, "assistance case")

    def _touch(self, case: AssistanceCase, now: datetime) -> None:
        case.version += 1
        case.updated_at = now
        case.author_id = self.user_id

    def _snapshot(self, s: Session, case: AssistanceCase) -> dict[str, Any]:
        codes: dict[str, list[str]] = {ln: [] for ln in CODED_LISTS}
        for c in case.codes:
            codes.setdefault(c.list_name, []).append(c.code)
        relatives = s.scalars(select(AssistanceRelative).where(
            AssistanceRelative.case_id == case.id, AssistanceRelative.deleted_at.is_(None))
            .order_by(AssistanceRelative.created_at, AssistanceRelative.id))
        return {
            "client_name": case.client_name, "client_gender": case.client_gender,
            "client_birth_date": _iso(case.client_birth_date),
            "client_phone": case.client_phone, "client_email": case.client_email,
            "client_address": case.client_address, "client_region": case.client_region,
            "client_citizenship": case.client_citizenship,
            "trafficking_status": case.trafficking_status,
            "status_decided_by": case.status_decided_by,
            "status_decided_on": _iso(case.status_decided_on),
            "exploitation_country": case.exploitation_country,
            "exploitation_from": _iso(case.exploitation_from),
            "exploitation_to": _iso(case.exploitation_to),
            "exploitation_notes": case.exploitation_notes,
            "specialist_id": case.specialist_id,
            **{ln: sorted(v) for ln, v in codes.items()},
            "relatives": [f"{r.name} ({r.relation}) {r.phone} {r.address}".strip()
                          + (" *" if r.assisted else "") + (f" — {r.notes}" if r.notes else "")
                          for r in relatives],
        }

    def update(self, case_id: str, data: CaseInput, *, expected_version: int | None = None,
               now: datetime | None = None) -> CaseRecord:
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
                    self._event(s, case.id, "trafficking_status", now, data={
                        "from": before["trafficking_status"],
                        "to": after["trafficking_status"],
                        "decided_by": case.status_decided_by})
                case.search_key = self._search_key(s, case)
                self._event(s, case.id, "edited", now, data={"changes": changes})
                self._touch(case, now)
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
                   note: str = "", now: datetime | None = None) -> CaseRecord:
        """Move the case on (open → active → monitoring → closed, back to active from
        monitoring, reopened as active). Closing needs a closure reason, and a note
        when the reason is "other"."""
        now = now or utcnow()
        note = note.strip()
        if status not in CASE_TRANSITIONS:
            raise ValidationError([FieldError("status", "unknown_code", "unknown status")])
        if status == CLOSED:
            e = _Errors()
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

    def _move(self, s: Session, case: AssistanceCase, status: str, now: datetime, *,
              reason: str | None = None, note: str = "") -> None:
        before = case.status
        if status not in CASE_TRANSITIONS.get(before, ()):
            raise CaseStateError(f"a case that is {before} cannot become {status}")
        case.status = status
        if status == CLOSED:
            case.closed_at, case.closed_by = now, self.user_id
            case.closure_reason, case.closure_note = reason, note
            self._event(s, case.id, "closed", now, text=note, data={"reason": reason,
                                                                    "from": before})
        else:
            if before == CLOSED:
                case.closed_at = case.closed_by = case.closure_reason = None
                case.closure_note = ""
            kind = "reopened" if before == CLOSED else "status"
            self._event(s, case.id, kind, now, text=note, data={"from": before, "to": status})
        self._touch(case, now)

    def add_note(self, case_id: str, text: str, *, now: datetime | None = None) -> None:
        now = now or utcnow()
        text = unicodedata.normalize("NFC", text.strip())
        e = _Errors()
        e.text("text", text, TEXT_MAX, required=True)
        e.raise_if_any()
        with self._writing() as s:
            case = self._live(s, case_id)
            self._event(s, case_id, "note", now, text=text)
            self._touch(case, now)

    def delete_case(self, case_id: str, *, now: datetime | None = None) -> None:
        """Soft-delete a case opened by mistake (sync propagates the deletion)."""
        now = now or utcnow()
        with self._writing() as s:
            case = self._live(s, case_id)
            case.deleted_at = now
            self._event(s, case_id, "deleted", now)
            self._touch(case, now)

    # -- services --

    def _open_case_for_work(self, s: Session, case_id: str) -> AssistanceCase:
        case = self._live(s, case_id)
        if case.status == CLOSED:
            raise CaseStateError("the case is closed; reopen it first")
        return case

    def add_service(self, case_id: str, data: ServiceInput, *,
                    now: datetime | None = None) -> ServiceRow:
        """Record a service. The first service given to an open case makes it active."""
        now = now or utcnow()
        self._check_service(data, _local_today(now))
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
        self._event(s, case.id, "service", now, text=row.notes, data={
            "service_id": row.id, "service": d.service, "on": d.service_on.isoformat(),
            "status": d.status, "provider": d.provider, "provider_name": row.provider_name})
        self._touch(case, now)
        if d.status == GIVEN and case.status == OPEN:
            self._move(s, case, ACTIVE, now)
        return row.id

    def _live_child(self, s: Session, model: Any, row_id: str) -> Any:
        return live(s, model, row_id, model.__tablename__)

    def update_service(self, service_id: str, data: ServiceInput, *,
                       now: datetime | None = None) -> ServiceRow:
        now = now or utcnow()
        self._check_service(data, _local_today(now))
        assert data.service_on is not None
        with self._writing() as s:
            row = self._live_child(s, AssistanceServiceEntry, service_id)
            case = self._open_case_for_work(s, row.case_id)
            values = {"service": data.service, "service_on": data.service_on,
                      "provider": data.provider, "provider_name": data.provider_name.strip(),
                      "status": data.status, "cost_minor": data.cost_minor,
                      "currency": data.currency,
                      "notes": unicodedata.normalize("NFC", data.notes.strip())}
            changes = {k: [_plain(getattr(row, k)), _plain(v)] for k, v in values.items()
                       if getattr(row, k) != v}
            if not changes:
                return self.service(service_id)
            for k, v in values.items():
                setattr(row, k, v)
            row.stamp(now, self.user_id)
            self._event(s, case.id, "service_changed", now, data={
                "service_id": row.id, "service": row.service, "changes": changes})
            self._touch(case, now)
            if row.status == GIVEN and case.status == OPEN:
                self._move(s, case, ACTIVE, now)
        return self.service(service_id)

    def set_service_status(self, service_id: str, status: str, *,
                           now: datetime | None = None) -> ServiceRow:
        """A planned service given or declined (given today if it lay ahead)."""
        current = self.service(service_id)
        today = _local_today(now or utcnow())
        on = min(current.service_on, today) if status != PLANNED else current.service_on
        data = ServiceInput(current.service, on, current.provider, current.provider_name,
                            status, current.cost_minor, current.currency, current.notes)
        return self.update_service(service_id, data, now=now)

    def _delete_child(self, model: Any, row_id: str, kind: str, now: datetime | None,
                      describe: Any) -> None:
        """Soft-delete a service, referral or visit; the timeline says what it was."""
        now = now or utcnow()
        with self._writing() as s:
            row = self._live_child(s, model, row_id)
            case = self._open_case_for_work(s, row.case_id)
            row.retire(now, self.user_id)
            self._event(s, case.id, f"{kind}_deleted", now,
                        data={f"{kind}_id": row.id, **describe(row)})
            self._touch(case, now)

    def delete_service(self, service_id: str, *, now: datetime | None = None) -> None:
        self._delete_child(AssistanceServiceEntry, service_id, "service", now, lambda row: {
            "service": row.service, "on": row.service_on.isoformat(), "status": row.status})

    def service(self, service_id: str) -> ServiceRow:
        with self._reading() as s:
            return _service_row(self._live_child(s, AssistanceServiceEntry, service_id))

    # -- referrals --

    def add_referral(self, case_id: str, data: ReferralInput, *,
                     now: datetime | None = None) -> ReferralRow:
        now = now or utcnow()
        self._check_referral(data, _local_today(now))
        with self._writing() as s:
            ref_id = self._add_referral(s, self._open_case_for_work(s, case_id), data, now)
        return self.referral(ref_id)

    def _add_referral(self, s: Session, case: AssistanceCase, d: ReferralInput,
                      now: datetime) -> str:
        assert d.sent_on is not None
        row = AssistanceReferral(**self._record_base(now), case_id=case.id, target=d.target,
                                 organisation=d.organisation.strip(),
                                 purpose=unicodedata.normalize("NFC", d.purpose.strip()),
                                 sent_on=d.sent_on, status=SENT, status_reason="",
                                 status_at=now)
        s.add(row)
        s.flush()
        self._event(s, case.id, "referral", now, text=row.purpose, data={
            "referral_id": row.id, "target": d.target, "organisation": row.organisation,
            "on": d.sent_on.isoformat()})
        self._touch(case, now)
        return row.id

    def update_referral(self, referral_id: str, data: ReferralInput, *,
                        now: datetime | None = None) -> ReferralRow:
        now = now or utcnow()
        self._check_referral(data, _local_today(now))
        with self._writing() as s:
            row = self._live_child(s, AssistanceReferral, referral_id)
            case = self._open_case_for_work(s, row.case_id)
            values = {"target": data.target, "organisation": data.organisation.strip(),
                      "purpose": unicodedata.normalize("NFC", data.purpose.strip()),
                      "sent_on": data.sent_on}
            changes = {k: [_plain(getattr(row, k)), _plain(v)] for k, v in values.items()
                       if getattr(row, k) != v}
            if changes:
                for k, v in values.items():
                    setattr(row, k, v)
                row.stamp(now, self.user_id)
                self._event(s, case.id, "referral_changed", now, data={
                    "referral_id": row.id, "target": row.target, "changes": changes})
                self._touch(case, now)
        return self.referral(referral_id)

    def set_referral_status(self, referral_id: str, status: str, reason: str = "", *,
                            now: datetime | None = None) -> ReferralRow:
        """sent → accepted / declined (a reason is required) → done."""
        now = now or utcnow()
        reason = unicodedata.normalize("NFC", reason.strip())
        if status not in REFERRAL_TRANSITIONS:
            raise ValidationError([FieldError("status", "unknown_code", "unknown status")])
        e = _Errors()
        e.text("reason", reason, TEXT_MAX, required=status == REFUSED)
        e.raise_if_any()
        with self._writing() as s:
            self._referral_status(s, self._live_child(s, AssistanceReferral, referral_id),
                                  status, reason, now)
        return self.referral(referral_id)

    def _referral_status(self, s: Session, row: AssistanceReferral, status: str, reason: str,
                         now: datetime) -> None:
        case = self._open_case_for_work(s, row.case_id)
        if status not in REFERRAL_TRANSITIONS[row.status]:
            raise CaseStateError(f"a {row.status} referral cannot become {status}")
        before = row.status
        row.status, row.status_reason, row.status_at = status, reason, now
        row.stamp(now, self.user_id)
        self._event(s, case.id, "referral_status", now, text=reason, data={
            "referral_id": row.id, "target": row.target, "from": before, "to": status})
        self._touch(case, now)

    def delete_referral(self, referral_id: str, *, now: datetime | None = None) -> None:
        self._delete_child(AssistanceReferral, referral_id, "referral", now,
                           lambda row: {"target": row.target})

    def referral(self, referral_id: str) -> ReferralRow:
        with self._reading() as s:
            return _referral_row(self._live_child(s, AssistanceReferral, referral_id))

    # -- monitoring --

    def add_visit(self, case_id: str, data: MonitoringInput, *,
                  now: datetime | None = None) -> VisitRow:
        now = now or utcnow()
        self._check_visit(data, _local_today(now))
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
        self._event(s, case.id, "visit", now, text=row.summary, data={
            "visit_id": row.id, "on": d.visit_on.isoformat(), "method": d.method,
            "change": row.change})
        self._touch(case, now)
        return row.id

    def update_visit(self, visit_id: str, data: MonitoringInput, *,
                     now: datetime | None = None) -> VisitRow:
        now = now or utcnow()
        self._check_visit(data, _local_today(now))
        with self._writing() as s:
            row = self._live_child(s, AssistanceMonitoring, visit_id)
            case = self._open_case_for_work(s, row.case_id)
            values = self._visit_values(data)
            changes = {k: [_plain(getattr(row, k)), _plain(v)] for k, v in values.items()
                       if getattr(row, k) != v}
            if changes:
                for k, v in values.items():
                    setattr(row, k, v)
                row.stamp(now, self.user_id)
                self._event(s, case.id, "visit_changed", now, data={
                    "visit_id": row.id, "on": _iso(row.visit_on), "changes": changes})
                self._touch(case, now)
        return self.visit(visit_id)

    def delete_visit(self, visit_id: str, *, now: datetime | None = None) -> None:
        self._delete_child(AssistanceMonitoring, visit_id, "visit", now,
                           lambda row: {"on": _iso(row.visit_on)})

    def visit(self, visit_id: str) -> VisitRow:
        with self._reading() as s:
            row = self._live_child(s, AssistanceMonitoring, visit_id)
            return _visit_row(row, _names(s, [row.specialist_id]))

    # -- consent --

    def add_consent(self, case_id: str, data: ConsentInput, *,
                    now: datetime | None = None) -> ConsentRow:
        now = now or utcnow()
        self._check_consent(data, _local_today(now))
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
        self._event(s, case.id, "consent", now, text=row.notes, data={
            "consent_id": row.id, "scope": d.scope, "recipient": d.recipient,
            "recipient_name": row.recipient_name, "on": d.given_on.isoformat(),
            "expires_on": _iso(d.expires_on)})
        self._touch(case, now)
        return row.id

    def withdraw_consent(self, consent_id: str, on: date | None = None, *,
                         now: datetime | None = None) -> ConsentRow:
        now = now or utcnow()
        on = on or _local_today(now)
        with self._writing() as s:
            row = self._live_child(s, AssistanceConsent, consent_id)
            if row.withdrawn_on is not None:
                raise CaseStateError("the consent is already withdrawn")
            e = _Errors()
            e.day("withdrawn_on", on, _local_today(now), required=True)
            if on < row.given_on:
                e.bad("withdrawn_on", "before_start", "is before the consent was given")
            e.raise_if_any()
            row.withdrawn_on = on
            row.stamp(now, self.user_id)
            case = self._live(s, row.case_id)
            self._event(s, case.id, "consent_withdrawn", now, data={
                "consent_id": row.id, "scope": row.scope, "recipient": row.recipient,
                "on": on.isoformat()})
            self._touch(case, now)
        return self._consent(consent_id)

    def _consent(self, consent_id: str) -> ConsentRow:
        with self._reading() as s:
            row = self._live_child(s, AssistanceConsent, consent_id)
            return _consent_row(row, _names(s, [row.recorded_by]))

    # -- timeline and print log --

    def _event(self, s: Session, case_id: str, kind: str, at: datetime, *, text: str = "",
               data: dict[str, Any] | None = None) -> None:
        s.add(AssistanceEvent(**self._record_base(at), case_id=case_id, at=at, kind=kind,
                              user_id=self.user_id, text=text, data=data or {}))

    def timeline(self, case_id: str) -> list[EventRow]:
        with self._reading() as s:
            rows = s.execute(
                select(AssistanceEvent, User.full_name)
                .outerjoin(User, User.id == AssistanceEvent.user_id)
                .where(AssistanceEvent.case_id == case_id,
                       AssistanceEvent.deleted_at.is_(None))
                .order_by(AssistanceEvent.at, AssistanceEvent.id)).all()
            return [EventRow(e.id, e.at, e.kind, name or "", e.text, dict(e.data or {}))
                    for e, name in rows]

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
            self._event(s, case.id, "printed", now, data={
                "redacted": redacted, "lang": lang, "pages": pages})
            s.flush()
            audit_append(s, "print", user_id=self.user_id, object_kind="assistance_case",
                         object_id=case.id, details={
                             "print_id": row.id, "redacted": redacted, "lang": lang,
                             "pages": pages, "sha256": sha256})
            return _print_row(row)

    def prints(self, case_id: str | None = None) -> list[PrintRow]:
        """The print log, newest first (of one case, or of all)."""
        cond: list[Any] = [PdfPrint.deleted_at.is_(None)]
        if case_id:
            cond.append(PdfPrint.case_id == case_id)
        with self._reading() as s:
            return [_print_row(p) for p in s.scalars(
                select(PdfPrint).where(*cond).order_by(PdfPrint.printed_at.desc(),
                                                       PdfPrint.id.desc()))]

    # -- reading --

    def get(self, case_id: str) -> CaseRecord:
        """The whole case, as the case page shows it; the view is written to the audit
        log."""
        record = self._fetch(case_id)
        self._log_view(record.id)
        return record

    def _fetch(self, case_id: str) -> CaseRecord:
        with self._reading() as s:
            case = self._live(s, case_id)
            return self._record(s, case)

    def _log_view(self, case_id: str) -> None:
        audit_record(self.store, "view", user_id=self.user_id,
                     object_kind="assistance_case", object_id=case_id)

    def by_number(self, number: str) -> CaseRecord:
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

    def _record(self, s: Session, case: AssistanceCase) -> CaseRecord:
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
        names = _names(s, [case.opened_by, case.specialist_id,
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
        return CaseRecord(
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
            consents=tuple(_consent_row(c, names) for c in consents),
            services=tuple(_service_row(x) for x in services),
            referrals=tuple(_referral_row(r) for r in referrals),
            visits=tuple(_visit_row(v, names) for v in visits),
            closed_at=case.closed_at, closure_reason=case.closure_reason,
            closure_note=case.closure_note, version=case.version)

    def _conditions(self, q: CaseQuery) -> list[Any]:
        cond: list[Any] = [AssistanceCase.deleted_at.is_(None)]
        if q.status == NOT_CLOSED:
            cond.append(AssistanceCase.status != CLOSED)
        elif q.status:
            cond.append(AssistanceCase.status == q.status)
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

    def cases(self, q: CaseQuery | None = None, after: tuple[datetime, str] | None = None,
              limit: int = 200) -> list[CaseRow]:
        """A page of cases, newest first, after the last row's (opened_at, id)."""
        q = q or CaseQuery()
        cond = self._conditions(q)
        if after is not None:
            cond.append(or_(AssistanceCase.opened_at < after[0],
                            and_(AssistanceCase.opened_at == after[0],
                                 AssistanceCase.id < after[1])))
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
                .order_by(AssistanceCase.opened_at.desc(), AssistanceCase.id.desc())
                .limit(limit))
        with self._reading() as s:
            return [CaseRow(
                id=c.id, number=c.number, status=c.status, opened_at=c.opened_at,
                client_name=c.client_name, trafficking_status=c.trafficking_status,
                specialist_name=name or "", services_given=int(n or 0),
                last_service_on=_as_date(last), next_visit_on=_as_date(nxt)
                if c.status != CLOSED else None, closure_reason=c.closure_reason)
                for c, name, n, last, nxt in s.execute(stmt)]

    def count(self, q: CaseQuery | None = None) -> int:
        cond = self._conditions(q or CaseQuery())
        with self._reading() as s:
            return int(s.scalar(select(func.count()).select_from(AssistanceCase)
                                .where(*cond)) or 0)


def matching_cases(s: Session, match: Callable[[str], bool]) -> list[str]:
    """Ids of the cases (deleted ones too) whose search key (number, names, e-mail and
    phone digits, case-folded) satisfies ``match``; the key is opened under the case
    key as each row is read."""
    return [rid for rid, key in s.execute(select(AssistanceCase.id, AssistanceCase.search_key))
            if match(key or "")]


# -- plain rows from records -----------------------------------------------------------


def _plain(value: Any) -> Any:
    if isinstance(value, date):
        return value.isoformat()
    return value


def _as_date(value: Any) -> date | None:
    """A date read through an aggregate or subquery, where the column type may not
    apply (SQLite hands back the stored text)."""
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def _names(s: Session, ids: Any) -> dict[str, str]:
    wanted = {i for i in ids if i}
    if not wanted:
        return {}
    return dict(s.execute(select(User.id, User.full_name).where(User.id.in_(wanted))).all())


def _service_row(r: AssistanceServiceEntry) -> ServiceRow:
    return ServiceRow(r.id, r.case_id, r.service, r.service_on, r.provider, r.provider_name,
                      r.status, r.cost_minor, r.currency, r.notes, r.version)


def _referral_row(r: AssistanceReferral) -> ReferralRow:
    return ReferralRow(r.id, r.case_id, r.target, r.organisation, r.purpose, r.sent_on,
                       r.status, r.status_reason, r.status_at, r.version)


def _visit_row(v: AssistanceMonitoring, names: dict[str, str]) -> VisitRow:
    areas = {a: (getattr(v, a), getattr(v, f"{a}_note")) for a in MONITORING_AREAS}
    return VisitRow(v.id, v.case_id, v.visit_on, v.method, v.specialist_id,
                    names.get(v.specialist_id or "", ""), areas, v.change, v.summary,
                    v.next_visit_on, v.version)


def _consent_row(c: AssistanceConsent, names: dict[str, str]) -> ConsentRow:
    return ConsentRow(c.id, c.scope, c.recipient, c.recipient_name, c.given_on, c.expires_on,
                      c.withdrawn_on, c.notes, names.get(c.recorded_by or "", ""))


def _print_row(p: PdfPrint) -> PrintRow:
    return PrintRow(p.id, p.case_kind, p.case_number, p.printed_at, p.printed_by, p.redacted,
                    p.lang, p.pages, p.sha256)


# -- the case list of the command line -------------------------------------------------


def case_summaries(store: Store) -> list[CaseSummary]:
    """Every assistance case of the store, for ``infoline cases``. The type is the
    trafficking status (``unknown`` when not decided)."""
    stmt = (select(AssistanceCase.number, AssistanceCase.trafficking_status,
                   AssistanceCase.status, AssistanceCase.opened_at, AssistanceCase.site_id)
            .where(AssistanceCase.deleted_at.is_(None))
            .order_by(AssistanceCase.opened_at.desc(), AssistanceCase.id.desc()))
    with store.sessions() as s:
        return [CaseSummary("assistance", r[0], r[1] or "unknown", r[2], r[3], r[4])
                for r in s.execute(stmt)]
