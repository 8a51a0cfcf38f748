"""The audit log in words: what was changed, about which record, with which details.

An entry stores column names, codes and ids («fields: how_heard», «organisation:
lastrada», «crisis_case 01a24df8»). These functions give what a person reads: «changed
fields: how they heard of us», «organisation: La Strada», «crisis case K-2026-0016».
Nothing here reads values a change replaced: the log never holds them.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

from app.models import countries
from app.models.taxonomy import Taxonomy
from app.services.audit.names import RecordName
from app.ui.accounts.roles import role_name
from app.ui.messages import record_kind
from app.ui.widgets.formatting import show_date_time

CONTEXT = "AuditWords"

# The fields of the records, as a change's entry names them (its columns).
FIELDS: dict[str, str] = {
    "how_heard": QT_TRANSLATE_NOOP("AuditWords", "how they heard of us"),
    "gender": QT_TRANSLATE_NOOP("AuditWords", "gender"),
    "age_group": QT_TRANSLATE_NOOP("AuditWords", "age group"),
    "region": QT_TRANSLATE_NOOP("AuditWords", "region"),
    "caller_role": QT_TRANSLATE_NOOP("AuditWords", "who contacted"),
    "travel_purpose": QT_TRANSLATE_NOOP("AuditWords", "travel purpose"),
    "outcome": QT_TRANSLATE_NOOP("AuditWords", "outcome"),
    "notes": QT_TRANSLATE_NOOP("AuditWords", "notes"),
    "kind": QT_TRANSLATE_NOOP("AuditWords", "kind"),
    "channel": QT_TRANSLATE_NOOP("AuditWords", "channel"),
    "started_at": QT_TRANSLATE_NOOP("AuditWords", "start time"),
    "ended_at": QT_TRANSLATE_NOOP("AuditWords", "end time"),
    "caller_id": QT_TRANSLATE_NOOP("AuditWords", "caller profile"),
    "consultant_id": QT_TRANSLATE_NOOP("AuditWords", "consultant"),
    "out_of_hours": QT_TRANSLATE_NOOP("AuditWords", "outside working hours"),
    "crisis": QT_TRANSLATE_NOOP("AuditWords", "crisis abroad"),
    "status": QT_TRANSLATE_NOOP("AuditWords", "status"),
    "status_at": QT_TRANSLATE_NOOP("AuditWords", "status date"),
    "status_reason": QT_TRANSLATE_NOOP("AuditWords", "reason of the status"),
    "due_at": QT_TRANSLATE_NOOP("AuditWords", "due time"),
    "closed_at": QT_TRANSLATE_NOOP("AuditWords", "closing time"),
    "closure_reason": QT_TRANSLATE_NOOP("AuditWords", "closure reason"),
    "closure_note": QT_TRANSLATE_NOOP("AuditWords", "closure note"),
    "summary": QT_TRANSLATE_NOOP("AuditWords", "summary"),
    "specialist_id": QT_TRANSLATE_NOOP("AuditWords", "specialist"),
    "owner_id": QT_TRANSLATE_NOOP("AuditWords", "responsible"),
    "search_key": QT_TRANSLATE_NOOP("AuditWords", "search words"),
    "client_name": QT_TRANSLATE_NOOP("AuditWords", "client's name"),
    "client_gender": QT_TRANSLATE_NOOP("AuditWords", "client's gender"),
    "client_birth_date": QT_TRANSLATE_NOOP("AuditWords", "date of birth"),
    "client_phone": QT_TRANSLATE_NOOP("AuditWords", "client's phone"),
    "client_email": QT_TRANSLATE_NOOP("AuditWords", "client's e-mail"),
    "client_address": QT_TRANSLATE_NOOP("AuditWords", "client's address"),
    "client_region": QT_TRANSLATE_NOOP("AuditWords", "client's region"),
    "client_citizenship": QT_TRANSLATE_NOOP("AuditWords", "citizenship"),
    "trafficking_status": QT_TRANSLATE_NOOP("AuditWords", "trafficking status"),
    "exploitation_country": QT_TRANSLATE_NOOP("AuditWords", "country of exploitation"),
    "read_at": QT_TRANSLATE_NOOP("AuditWords", "read by the consultant"),
    "scores": QT_TRANSLATE_NOOP("AuditWords", "scores"),
    "overall": QT_TRANSLATE_NOOP("AuditWords", "overall score"),
    "comments": QT_TRANSLATE_NOOP("AuditWords", "comments"),
    "completed_at": QT_TRANSLATE_NOOP("AuditWords", "completion time"),
    "name": QT_TRANSLATE_NOOP("AuditWords", "name"),
    "full_name": QT_TRANSLATE_NOOP("AuditWords", "full name"),
    "role": QT_TRANSLATE_NOOP("AuditWords", "role"),
    "active": QT_TRANSLATE_NOOP("AuditWords", "active"),
    "phone": QT_TRANSLATE_NOOP("AuditWords", "phone"),
    "phones": QT_TRANSLATE_NOOP("AuditWords", "phones"),
    "email": QT_TRANSLATE_NOOP("AuditWords", "e-mail"),
    "website": QT_TRANSLATE_NOOP("AuditWords", "website"),
    "address": QT_TRANSLATE_NOOP("AuditWords", "address"),
    "city": QT_TRANSLATE_NOOP("AuditWords", "city"),
    "country": QT_TRANSLATE_NOOP("AuditWords", "country"),
    "type": QT_TRANSLATE_NOOP("AuditWords", "type"),
    "numbers": QT_TRANSLATE_NOOP("AuditWords", "numbers"),
    "organisation": QT_TRANSLATE_NOOP("AuditWords", "organisation"),
    "deleted_at": QT_TRANSLATE_NOOP("AuditWords", "deleted"),
    "answers": QT_TRANSLATE_NOOP("AuditWords", "answers of the questionnaire"),
    "danger": QT_TRANSLATE_NOOP("AuditWords", "danger"),
    "plan": QT_TRANSLATE_NOOP("AuditWords", "plan"),
    "given_on": QT_TRANSLATE_NOOP("AuditWords", "date given"),
    "service_on": QT_TRANSLATE_NOOP("AuditWords", "date of the service"),
    "visit_on": QT_TRANSLATE_NOOP("AuditWords", "date of the visit"),
    "next_visit_on": QT_TRANSLATE_NOOP("AuditWords", "next visit"),
    "withdrawn_on": QT_TRANSLATE_NOOP("AuditWords", "withdrawn on"),
    "held_on": QT_TRANSLATE_NOOP("AuditWords", "date"),
    "text": QT_TRANSLATE_NOOP("AuditWords", "text"),
    "nickname": QT_TRANSLATE_NOOP("AuditWords", "nickname"),
    "must_change_password": QT_TRANSLATE_NOOP("AuditWords", "password to be changed"),
    "password_changed_at": QT_TRANSLATE_NOOP("AuditWords", "password changed"),
    "last_login_at": QT_TRANSLATE_NOOP("AuditWords", "last login"),
}

# The keys of an entry's details.
DETAILS: dict[str, str] = {
    "format": QT_TRANSLATE_NOOP("AuditWords", "format"),
    "from": QT_TRANSLATE_NOOP("AuditWords", "from"),
    "to": QT_TRANSLATE_NOOP("AuditWords", "to"),
    "organisation": QT_TRANSLATE_NOOP("AuditWords", "organisation"),
    "release": QT_TRANSLATE_NOOP("AuditWords", "for outside release"),
    "reason": QT_TRANSLATE_NOOP("AuditWords", "reason"),
    "via": QT_TRANSLATE_NOOP("AuditWords", "by"),
    "role": QT_TRANSLATE_NOOP("AuditWords", "role"),
    "accounts": QT_TRANSLATE_NOOP("AuditWords", "accounts"),
    "rows": QT_TRANSLATE_NOOP("AuditWords", "rows"),
    "records": QT_TRANSLATE_NOOP("AuditWords", "records"),
    "tombstones": QT_TRANSLATE_NOOP("AuditWords", "deletions"),
    "full": QT_TRANSLATE_NOOP("AuditWords", "everything"),
    "created": QT_TRANSLATE_NOOP("AuditWords", "created"),
    "updated": QT_TRANSLATE_NOOP("AuditWords", "updated"),
    "unchanged": QT_TRANSLATE_NOOP("AuditWords", "unchanged"),
    "emergency": QT_TRANSLATE_NOOP("AuditWords", "emergency numbers"),
    "lang": QT_TRANSLATE_NOOP("AuditWords", "language"),
    "pages": QT_TRANSLATE_NOOP("AuditWords", "pages"),
    "redacted": QT_TRANSLATE_NOOP("AuditWords", "redacted"),
    "source": QT_TRANSLATE_NOOP("AuditWords", "source"),
    "code": QT_TRANSLATE_NOOP("AuditWords", "reason"),
    "case_key": QT_TRANSLATE_NOOP("AuditWords", "new case key"),
    "entries_removed": QT_TRANSLATE_NOOP("AuditWords", "key entries removed"),
    "threshold": QT_TRANSLATE_NOOP("AuditWords", "smallest number shown"),
}
# Technical details a person does not need on screen (the CLI's JSON keeps them).
HIDDEN = {"print_id", "sha256", "fields"}
LANGUAGES = {"ru": QT_TRANSLATE_NOOP("AuditWords", "Russian"),
             "be": QT_TRANSLATE_NOOP("AuditWords", "Belarusian"),
             "en": QT_TRANSLATE_NOOP("AuditWords", "English")}
REASONS = {"inactive": QT_TRANSLATE_NOOP("AuditWords", "account deactivated"),
           "unsigned": QT_TRANSLATE_NOOP("AuditWords", "account not signed by an administrator"),
           "recovery": QT_TRANSLATE_NOOP("AuditWords", "the recovery code"),
           "legacy_contacts": QT_TRANSLATE_NOOP("AuditWords", "old spreadsheet of contacts")}


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def field_name(column: str) -> str:
    label = FIELDS.get(column)
    return tr(label) if label else column.replace("_", " ")


def _value(key: str, value: Any, lang: str, tax: Taxonomy | None) -> str | None:
    """A detail's value as a person reads it; None: nothing worth showing."""
    if value is None or value in ("", []):
        return None
    if isinstance(value, bool):
        return (QCoreApplication.translate("AuditWords", "yes") if value
                else QCoreApplication.translate("AuditWords", "no"))
    if key == "organisation" and tax is not None and isinstance(value, str):
        try:
            return tax["organisation"].label(value, lang)
        except (KeyError, LookupError):
            return value
    if key == "role" and isinstance(value, str):
        return role_name(value)
    if key == "lang" and isinstance(value, str):
        return tr(LANGUAGES[value]) if value in LANGUAGES else value
    if key in ("reason", "via", "source") and isinstance(value, str):
        return tr(REASONS[value]) if value in REASONS else value.replace("_", " ")
    if key == "format" and isinstance(value, str):
        return value.upper()
    if isinstance(value, str) and len(value) == 10 and value[4] == "-" and value[7] == "-":
        try:
            return QLocale().toString(date.fromisoformat(value), QLocale.FormatType.ShortFormat)
        except ValueError:
            return value
    if isinstance(value, int):
        return QLocale().toString(value)
    if isinstance(value, list):
        return ", ".join(str(v) for v in value if v is not None)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def details_text(details: dict[str, Any], lang: str = "en",
                 tax: Taxonomy | None = None) -> str:
    """An entry's details in words: «changed fields: how they heard of us; format: PDF;
    organisation: …», without empty values, ids or hashes."""
    if not details:
        return ""
    parts = []
    fields = details.get("fields")
    if isinstance(fields, list) and fields:
        parts.append(QCoreApplication.translate("AuditWords", "changed fields: %1").replace(
            "%1", ", ".join(field_name(str(f)) for f in fields)))
    for key, value in sorted(details.items()):
        if key in HIDDEN:
            continue
        shown = _value(key, value, lang, tax)
        if shown is None:
            continue
        label = DETAILS.get(key)
        parts.append(f"{tr(label) if label else key.replace('_', ' ')}: {shown}")
    return "; ".join(parts)


def object_text(kind: str | None, name: RecordName | None, lang: str) -> str:
    """What an entry is about: «crisis case K-2026-0016», «referral (assistance case)
    of A-2026-0003», «contact of 07.12.2026 14:30»; the kind alone when the record is
    gone."""
    if not kind:
        return ""
    what = record_kind(kind)
    if name is None:
        return what
    if name.text:
        return f"{what} {name.text}"
    if name.parent_text:
        return QCoreApplication.translate("AuditWords", "%1 of %2").replace("%1", what).replace(
            "%2", f"{record_kind(name.parent_kind).lower()} {name.parent_text}")
    if name.when is not None:
        return QCoreApplication.translate("AuditWords", "%1 of %2").replace(
            "%1", what).replace("%2", when_text(name.when))
    if name.country:
        return f"{what}: {countries.name(name.country, lang)}"
    return what


def when_text(moment: datetime) -> str:
    return show_date_time(moment)
