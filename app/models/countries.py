"""Destination countries: ISO 3166-1 alpha-2 from pycountry, names in the UI language."""

from __future__ import annotations

import gettext
from functools import cache

import pycountry

UNDEFINED = "XX"
_UNDEFINED_NAMES = {"en": "Not defined yet", "ru": "Не определена", "be": "Не вызначана"}


@cache
def _translator(lang: str) -> gettext.NullTranslations:
    if lang == "en":
        return gettext.NullTranslations()
    return gettext.translation(
        "iso3166-1", pycountry.LOCALES_DIR, languages=[lang], fallback=True
    )


def _english_name(country: object) -> str:
    return str(getattr(country, "common_name", None) or country.name)  # type: ignore[attr-defined]


@cache
def all_codes() -> tuple[str, ...]:
    return tuple(sorted(c.alpha_2 for c in pycountry.countries))


def is_valid(code: str) -> bool:
    return code == UNDEFINED or code in _code_set()


@cache
def _code_set() -> frozenset[str]:
    return frozenset(all_codes())


@cache
def name(code: str, lang: str) -> str:
    if code == UNDEFINED:
        return _UNDEFINED_NAMES.get(lang, _UNDEFINED_NAMES["en"])
    country = pycountry.countries.get(alpha_2=code)
    if country is None:
        return code
    translated = _translator(lang).gettext(country.name)
    if lang == "en":
        return _english_name(country)
    return translated


def names(lang: str) -> list[tuple[str, str]]:
    """(code, name) for every country, sorted by name in that language."""
    pairs = [(c, name(c, lang)) for c in all_codes()]
    pairs.sort(key=lambda p: p[1].casefold())
    return pairs


# Everyday names that differ from the ISO names pycountry translates ("Россия" for
# «Российская Федерация»), as old spreadsheets and people write them.
_ALIASES = {
    "RU": ("russia", "россия", "расія", "рф"),
    "US": ("usa", "u.s.a.", "america", "сша", "америка", "зша"),
    "GB": ("uk", "great britain", "britain", "england", "великобритания", "англия",
           "вялікабрытанія", "англія"),
    "AE": ("uae", "emirates", "оаэ", "эмираты", "ааэ", "эміраты"),
    "KR": ("south korea", "korea", "южная корея", "корея", "паўднёвая карэя", "карэя"),
    "MD": ("moldova", "молдова", "молдавия", "малдова"),
    "TR": ("turkey", "турция", "турцыя"),
    "DE": ("германія", "нямеччына"),
    "CZ": ("czech republic", "чешская республика"),
    "NL": ("holland", "голландия", "галандыя"),
    "BY": ("белоруссия",),
    "VN": ("viet nam", "вьетнам", "в'етнам"),
    UNDEFINED: ("not defined", "not defined yet", "unknown", "не определена", "неизвестно",
                "не вызначана", "невядома"),
}
_ALIAS_CODES = {alias: code for code, names in _ALIASES.items() for alias in names}


def lookup(value: str) -> str | None:
    """The alpha-2 code for a code or a country name in a supported language."""
    v = value.strip()
    if v.upper() == UNDEFINED or is_valid(v.upper()):
        return v.upper()
    folded = v.casefold()
    if folded.replace("ё", "е") in _ALIAS_CODES:
        return _ALIAS_CODES[folded.replace("ё", "е")]
    if folded in (n.casefold() for n in _UNDEFINED_NAMES.values()):
        return UNDEFINED
    for lang in ("en", "ru", "be"):
        for code in all_codes():
            if name(code, lang).casefold() == folded:
                return code
    return None
