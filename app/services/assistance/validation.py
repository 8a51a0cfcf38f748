"""Checks of what a specialist types into an assistance case, and the small parsers
and formatters of its values (sums of money, folded search text).

Each check lists every problem field by field (a :class:`FieldError` names the field,
the kind of problem and, in English, what is wrong) and raises them together, so a form
marks every field at once and nothing is saved.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime
from decimal import Decimal, InvalidOperation

from app.models import countries as country_list
from app.models.assistance import MONITORING_AREAS, PLANNED
from app.models.taxonomy import Taxonomy
from app.services.assistance.types import (
    ADDRESS_MAX,
    COST_MAX_MINOR,
    EARLIEST,
    EMAIL_MAX,
    NAME_MAX,
    ORG_MAX,
    PHONE_MAX,
    TEXT_MAX,
    AssistanceReferralInput,
    CaseInput,
    ConsentInput,
    MonitoringInput,
    ServiceInput,
)
from app.services.contacts.service import phone_key
from app.services.validation import FieldError, ValidationError

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


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


def local_today(now: datetime) -> date:
    return now.astimezone().date()


def iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


class Errors:
    """The problems found so far, field by field."""

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
            self.bad(name, "future", "is in the future")

    def raise_if_any(self) -> None:
        if self.items:
            raise ValidationError(self.items)


def check_case(tax: Taxonomy, data: CaseInput, now: datetime) -> list[FieldError]:
    """Every problem with ``data``, field by field; empty when it may be saved."""
    today = local_today(now)
    e = Errors()
    c = data.client
    e.text("client.name", c.name, NAME_MAX, required=True)
    e.code(tax, "client.gender", "gender", c.gender, required=True)
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
    e.code(tax, "client.region", "region", c.region)
    if c.citizenship and not country_list.is_valid(c.citizenship):
        e.bad("client.citizenship", "unknown_code", "is not a country code")
    t = data.trafficking
    e.code(tax, "trafficking.status", "trafficking_status", t.status)
    e.code(tax, "trafficking.decided_by", "trafficking_decided_by", t.decided_by)
    if t.decided_by and not t.status:
        e.bad("trafficking.status", "required", "say which status was decided")
    e.day("trafficking.decided_on", t.decided_on, today)
    for list_name, codes in t.codes().items():
        for code in codes:
            e.code(tax, f"trafficking.{list_name}", list_name, code)
    if t.country and not country_list.is_valid(t.country):
        e.bad("trafficking.country", "unknown_code", "is not a country code")
    e.day("trafficking.period_from", t.period_from, today)
    e.day("trafficking.period_to", t.period_to, today)
    if t.period_from and t.period_to and t.period_to < t.period_from:
        e.bad("trafficking.period_to", "before_start", "is before the start")
    e.text("trafficking.notes", t.notes, TEXT_MAX)
    for i, r in enumerate(data.relatives):
        e.text(f"relatives.{i}.name", r.name, NAME_MAX, required=True)
        e.code(tax, f"relatives.{i}.relation", "relation", r.relation, required=True)
        e.text(f"relatives.{i}.phone", r.phone, PHONE_MAX)
        e.text(f"relatives.{i}.address", r.address, ADDRESS_MAX)
        e.text(f"relatives.{i}.notes", r.notes, TEXT_MAX)
    e.code(tax, "organisation", "organisation", data.organisation)
    return e.items

def check_service(tax: Taxonomy, d: ServiceInput, today: date) -> None:
    e = Errors()
    e.code(tax, "service", "service", d.service, required=True)
    e.code(tax, "status", "service_status", d.status, required=True)
    # A planned service may lie ahead; one given or declined has happened.
    e.day("service_on", d.service_on, today, required=True, future=d.status == PLANNED)
    e.code(tax, "provider", "service_provider", d.provider, required=True)
    e.text("provider_name", d.provider_name, ORG_MAX,
           required=d.provider == "partner_org")
    if d.cost_minor is not None and not 0 <= d.cost_minor <= COST_MAX_MINOR:
        e.bad("cost", "bad_value", "is not a sum")
    if not re.fullmatch(r"[A-Z]{3}", d.currency or ""):
        e.bad("currency", "bad_value", "is not a currency code")
    e.text("notes", d.notes, TEXT_MAX)
    e.raise_if_any()

def check_referral(tax: Taxonomy, d: AssistanceReferralInput, today: date) -> None:
    e = Errors()
    e.code(tax, "target", "referral_target", d.target, required=True)
    e.text("organisation", d.organisation, ORG_MAX)
    e.text("purpose", d.purpose, TEXT_MAX)
    e.day("sent_on", d.sent_on, today, required=True)
    e.raise_if_any()

def check_visit(tax: Taxonomy, d: MonitoringInput, today: date) -> None:
    e = Errors()
    e.day("visit_on", d.visit_on, today, required=True)
    e.code(tax, "method", "monitoring_method", d.method, required=True)
    for area, value in d.areas.items():
        if area not in MONITORING_AREAS:
            e.bad(f"areas.{area}", "unknown_code", f"{area!r} is not an area")
            continue
        e.code(tax, f"areas.{area}", "situation_level", value.level, required=True)
        e.text(f"areas.{area}.note", value.note, TEXT_MAX)
    e.code(tax, "change", "change_assessment", d.change)
    e.text("summary", d.summary, TEXT_MAX)
    e.day("next_visit_on", d.next_visit_on, today, future=True)
    if d.next_visit_on and d.visit_on and d.next_visit_on < d.visit_on:
        e.bad("next_visit_on", "before_start", "is before the visit")
    e.raise_if_any()

def check_consent(tax: Taxonomy, d: ConsentInput, today: date) -> None:
    e = Errors()
    e.code(tax, "scope", "consent_scope", d.scope, required=True)
    e.code(tax, "recipient", "referral_target", d.recipient, required=True)
    e.text("recipient_name", d.recipient_name, ORG_MAX)
    e.day("given_on", d.given_on, today, required=True)
    e.day("expires_on", d.expires_on, today, future=True)
    if d.expires_on and d.given_on and d.expires_on < d.given_on:
        e.bad("expires_on", "before_start", "is before the consent was given")
    e.text("notes", d.notes, TEXT_MAX)
    e.raise_if_any()
