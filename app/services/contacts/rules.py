"""The rules a contact is held to before it is saved: working hours, the keys repeat callers
are found by, validation with its field errors, normalisation, and the snapshot and
difference its history records.
"""

from __future__ import annotations

import unicodedata
from dataclasses import replace
from datetime import UTC, datetime, time, timedelta
from typing import Any

from app.models import countries as country_list
from app.models import (
    utcnow,
)
from app.models.contact import NOTES_MAX
from app.models.taxonomy import Taxonomy
from app.services.contacts import readable  # noqa: F401 - registers the "readable values" check
from app.services.contacts.types import (
    CONSULTATION,
    CallerInput,  # noqa: F401 - callers import it from here
    ContactInput,
)
from app.services.validation import FieldError

EARLIEST = datetime(2000, 1, 1, tzinfo=UTC)
MAX_CALL = timedelta(hours=12)
CALLER_FIELD_MAX = {"nickname": 100, "phone": 40, "email": 200}
# -- working hours -------------------------------------------------------------------


def parse_hhmm(value: str) -> time:
    hours, minutes = value.split(":")
    return time(int(hours), int(minutes))


def is_out_of_hours(moment: datetime, hours: tuple[str, str]) -> bool:
    """Whether ``moment`` (aware) falls outside the working hours, in local time."""
    local = moment.astimezone().time()
    start, end = parse_hhmm(hours[0]), parse_hhmm(hours[1])
    if start == end:
        return False  # a line open round the clock
    if start <= end:
        return not (start <= local < end)
    return end <= local < start  # hours spanning midnight


# -- normalisation -------------------------------------------------------------------


def text_key(value: str) -> str | None:
    v = " ".join(value.split()).casefold().replace("ё", "е")
    return v or None


# -- validation ----------------------------------------------------------------------


def validate(data: ContactInput, tax: Taxonomy, now: datetime | None = None) -> list[FieldError]:
    """Every problem with ``data``, field by field; empty when it may be saved."""
    now = now or utcnow()
    errors: list[FieldError] = []

    def bad(field_name: str, problem: str, message: str, **params: object) -> None:
        errors.append(FieldError(field_name, problem, message, params))

    def check_code(field_name: str, list_name: str, value: str | None, required: bool) -> None:
        if value is None or value == "":
            if required:
                bad(field_name, "required", "is required")
            return
        if value not in tax[list_name]:
            bad(field_name, "unknown_code", f"{value!r} is not a known code", value=value)

    check_code("kind", "contact_kind", data.kind, True)
    check_code("channel", "channel", data.channel, True)
    if data.started_at is None:
        bad("started_at", "required", "is required")
    else:
        if data.started_at > now + timedelta(minutes=5):
            bad("started_at", "future", "is in the future")
        if data.started_at < EARLIEST:
            bad("started_at", "too_early", "is before 2000")
        if data.ended_at is not None:
            if data.ended_at < data.started_at:
                bad("ended_at", "before_start", "is before the start")
            elif data.ended_at - data.started_at > MAX_CALL:
                bad("ended_at", "too_long", "is more than 12 hours after the start")
    if len(data.notes) > NOTES_MAX:
        bad("notes", "too_long", f"is longer than {NOTES_MAX} characters", limit=NOTES_MAX)
    if data.kind != CONSULTATION:
        return errors
    check_code("gender", "gender", data.gender, True)
    check_code("age_group", "age_group", data.age_group, False)
    check_code("region", "region", data.region, False)
    check_code("caller_role", "caller_role", data.caller_role, False)
    check_code("travel_purpose", "travel_purpose", data.travel_purpose, False)
    check_code("how_heard", "how_heard", data.how_heard, False)
    if not data.topics:
        bad("topics", "required", "choose at least one topic")
    for t in data.topics:
        check_code("topics", "topic", t, True)
    for o in data.outcomes:
        check_code("outcomes", "outcome", o, True)
    for c in data.destinations:
        if not country_list.is_valid(c):
            bad("destinations", "unknown_code", f"{c!r} is not a country code", value=c)
    if data.organisation is not None and data.organisation not in tax["organisation"]:
        bad("organisation", "unknown_code", f"{data.organisation!r} is not an organisation")
    if data.caller is not None:
        for name, limit in CALLER_FIELD_MAX.items():
            if len(getattr(data.caller, name)) > limit:
                bad(f"caller.{name}", "too_long", f"is longer than {limit} characters",
                    limit=limit)
        email = data.caller.email.strip()
        if email and "@" not in email:
            bad("caller.email", "invalid_email", "is not an e-mail address")
    return errors


def _whole_second(value: datetime | None) -> datetime | None:
    return value.replace(microsecond=0) if value is not None else None


def _normalised(data: ContactInput) -> ContactInput:
    """Non-data contacts carry no counselling details; lists are de-duplicated.

    Times are kept to the second, so what a form shows and gives back stays equal.

    Notes are stored in NFC so that a letter typed as base + combining mark (some
    keyboards and PDFs do) is found by the full-text search like its composed form.
    """
    notes = unicodedata.normalize("NFC", data.notes).strip()
    data = replace(data, started_at=_whole_second(data.started_at),
                   ended_at=_whole_second(data.ended_at))
    if data.kind != CONSULTATION:
        return ContactInput(
            kind=data.kind,
            channel=data.channel,
            started_at=data.started_at,
            ended_at=data.ended_at,
            notes=notes,
        )

    def unique(values: list[str]) -> list[str]:
        return list(dict.fromkeys(values))

    return replace(
        data,
        topics=sorted(set(data.topics)),
        destinations=unique(data.destinations),
        outcomes=sorted(set(data.outcomes)),
        notes=notes,
    )


# Fields compared for the history, in the order the history shows them.
TRACKED = (
    "kind", "channel", "started_at", "ended_at", "gender", "age_group", "region",
    "caller_role", "topics", "destinations", "travel_purpose", "how_heard", "outcomes",
    "crisis", "notes", "caller_id", "organisation",
)


def _snapshot(data: ContactInput) -> dict[str, Any]:
    snap = data.to_json()
    # The same moment given in another time zone is no change.
    for key in ("started_at", "ended_at"):
        value = getattr(data, key)
        snap[key] = value.astimezone(UTC).isoformat() if value else None
    return {k: snap[k] for k in TRACKED}


def _diff(before: dict[str, Any], after: dict[str, Any]) -> dict[str, list[Any]]:
    return {k: [before.get(k), after.get(k)] for k in TRACKED if before.get(k) != after.get(k)}
