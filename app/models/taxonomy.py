"""The code lists of spec/taxonomy.md, kept as versioned data in app/resources/taxonomy.

Codes are stable; labels exist in English, Russian and Belarusian. A retired code
(``"retired": true``) stays readable but is not offered for new records. A label the
specification keeps short may carry a ``"hint"`` (by language) that explains it where
it is chosen.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

LANGUAGES = ("ru", "be", "en")
FALLBACK = "en"


def _fold(text: str) -> str:
    """Case and ё/е folded, spaces collapsed: how people type a label."""
    return " ".join(text.split()).casefold().replace("ё", "е")


@dataclass(frozen=True)
class Code:
    code: str
    labels: dict[str, str]
    retired: bool = False
    extra: dict[str, Any] = field(default_factory=dict)

    def label(self, lang: str) -> str:
        return self.labels.get(lang) or self.labels[FALLBACK]

    def hint(self, lang: str) -> str:
        """What the label means, for a label too short to say it ("" if none)."""
        hints = self.extra.get("hint") or {}
        return str(hints.get(lang) or hints.get(FALLBACK) or "")


@dataclass(frozen=True)
class CodeList:
    name: str
    codes: tuple[Code, ...]

    def __contains__(self, code: object) -> bool:
        return any(c.code == code for c in self.codes)

    def __iter__(self):  # type: ignore[no-untyped-def]
        return iter(self.codes)

    def active(self) -> list[Code]:
        return [c for c in self.codes if not c.retired]

    def get(self, code: str) -> Code:
        for c in self.codes:
            if c.code == code:
                return c
        raise KeyError(f"{code!r} is not a code of the list {self.name!r}")

    def label(self, code: str | None, lang: str) -> str:
        if code is None:
            return ""
        try:
            return self.get(code).label(lang)
        except KeyError:
            return code

    def lookup(self, value: str) -> str | None:
        """The code for a code or a label in any language (case-insensitive)."""
        folded = _fold(value)
        for c in self.codes:
            if c.code.casefold() == folded:
                return c.code
            if any(_fold(lab) == folded for lab in c.labels.values()):
                return c.code
        # Earlier labels, kept when a label is improved ("aliases" in the code list),
        # as old files write them.
        for c in self.codes:
            if any(_fold(str(alias)) == folded for alias in c.extra.get("aliases", ())):
                return c.code
        return None


@dataclass(frozen=True)
class Taxonomy:
    version: int
    lists: dict[str, CodeList]

    def __getitem__(self, name: str) -> CodeList:
        return self.lists[name]

    def organisation_for_region(self, region: str | None) -> str | None:
        """The organisation responsible for a region, or None (the receiving site's)."""
        if not region or region not in self.lists["region"]:
            return None
        org = self.lists["region"].get(region).extra.get("organisation")
        return str(org) if org else None


def parse(data: dict[str, Any]) -> Taxonomy:
    lists = {}
    for name, rows in data["lists"].items():
        codes = []
        for source in rows:
            row = dict(source)
            code = row.pop("code")
            retired = bool(row.pop("retired", False))
            labels = {lang: row.pop(lang) for lang in LANGUAGES if lang in row}
            codes.append(Code(code, labels, retired, row))
        lists[name] = CodeList(name, tuple(codes))
    return Taxonomy(int(data["version"]), lists)


@cache
def load() -> Taxonomy:
    text = (
        resources.files("app.resources")
        .joinpath("taxonomy/taxonomy.json")
        .read_text(encoding="utf-8")
    )
    return parse(json.loads(text))


COUNTRY = "country"
"""Not a list of the taxonomy: an ISO 3166 country code (app.models.countries)."""

CODE_COLUMNS: dict[tuple[str, str], str] = {
    ("contact", "kind"): "contact_kind",
    ("contact", "channel"): "channel",
    ("contact", "organisation"): "organisation",
    ("contact", "gender"): "gender",
    ("contact", "age_group"): "age_group",
    ("contact", "region"): "region",
    ("contact", "caller_role"): "caller_role",
    ("contact", "travel_purpose"): "travel_purpose",
    ("contact", "how_heard"): "how_heard",
    ("contact_topic", "topic"): "topic",
    ("contact_outcome", "outcome"): "outcome",
    ("contact_destination", "country"): COUNTRY,
    ("directory_entry", "country"): COUNTRY,
    ("directory_entry", "type"): "directory_type",
    ("country_emergency", "country"): COUNTRY,
    ("knowledge_topic", "topic"): "topic",
    ("knowledge_destination", "country"): COUNTRY,
    ("crisis_case", "organisation"): "organisation",
    ("crisis_case", "crisis_type"): "crisis_type",
    ("crisis_case", "country"): COUNTRY,
    ("crisis_case", "danger"): "danger_level",
    ("crisis_case", "trafficking_status"): "trafficking_status",
    ("crisis_case", "status"): "crisis_status",
    ("crisis_case", "closure_reason"): "crisis_closure_reason",
    ("crisis_referral", "target"): "referral_target",
    ("crisis_referral", "mode"): "referral_mode",
    ("crisis_referral", "status"): "referral_status",
    ("assistance_case", "organisation"): "organisation",
    ("assistance_case", "status"): "case_status",
    ("assistance_case", "client_gender"): "gender",
    ("assistance_case", "client_region"): "region",
    ("assistance_case", "client_citizenship"): COUNTRY,
    ("assistance_case", "trafficking_status"): "trafficking_status",
    ("assistance_case", "status_decided_by"): "trafficking_decided_by",
    ("assistance_case", "exploitation_country"): COUNTRY,
    ("assistance_case", "closure_reason"): "closure_reason",
    ("assistance_service", "service"): "service",
    ("assistance_service", "provider"): "service_provider",
    ("assistance_service", "status"): "service_status",
    ("assistance_referral", "target"): "referral_target",
    ("assistance_referral", "status"): "referral_status",
    ("assistance_relative", "relation"): "relation",
    ("assistance_consent", "scope"): "consent_scope",
    ("assistance_monitoring", "method"): "monitoring_method",
    ("assistance_monitoring", "housing"): "situation_level",
    ("assistance_monitoring", "work"): "situation_level",
    ("assistance_monitoring", "health"): "situation_level",
    ("assistance_monitoring", "safety"): "situation_level",
    ("assistance_monitoring", "legal"): "situation_level",
    ("assistance_monitoring", "change"): "change_assessment",
}
"""Columns that hold a code, and the list it comes from (retired codes included): what
a partner's file and ``infoline check`` hold them to."""


def is_code(list_name: str, value: object) -> bool:
    """Whether ``value`` is a code of ``list_name`` (or a country code for COUNTRY)."""
    if not isinstance(value, str):
        return False
    if list_name == COUNTRY:
        from app.models import countries

        return countries.is_valid(value)
    return value in load()[list_name]
