"""Destination countries: ISO 3166-1 alpha-2 from pycountry, names in the UI language.

:func:`search` finds countries the way a consultant types them during a call: Russian,
Belarusian or English names, any part of a name, ё typed as е, with or without spaces,
hyphens and apostrophes, everyday short names (США, ОАЭ, Чехия) and the ISO code.
"""

from __future__ import annotations

import gettext
import re
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
    "CZ": ("czech republic", "чешская республика", "чехия", "чэхія"),
    "NL": ("holland", "голландия", "галандыя"),
    "BY": ("белоруссия", "belarus"),
    "IR": ("iran", "иран", "іран"),
    "SY": ("syria", "сирия", "сірыя"),
    "LA": ("laos", "лаос"),
    "TW": ("taiwan", "тайвань", "тайвань"),
    "TZ": ("tanzania", "танзания", "танзанія"),
    "VE": ("venezuela", "венесуэла", "венесуэла"),
    "BO": ("bolivia", "боливия", "балівія"),
    "KP": ("north korea", "северная корея", "кндр", "паўночная карэя"),
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


_SEPARATORS = re.compile(r"[\s\-‐‑‒–—_.,;:()/]+")
_DROPPED = re.compile(r"[\'’ʼ`´\"«»]")


def normalise(text: str) -> str:
    """Lower case, ё as е, apostrophes dropped, any run of spaces, hyphens or
    punctuation as one space: the form both the names and a search are compared in."""
    folded = _DROPPED.sub("", text.casefold().replace("ё", "е"))
    return _SEPARATORS.sub(" ", folded).strip()


@cache
def _search_index() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """Every country (and "not defined") with all its names, normalised; built once."""
    by_code: dict[str, list[str]] = {}
    for code in (*all_codes(), UNDEFINED):
        names_of = by_code.setdefault(code, [])
        if code == UNDEFINED:
            names_of.extend(_UNDEFINED_NAMES.values())
        else:
            country = pycountry.countries.get(alpha_2=code)
            for attr in ("name", "common_name", "official_name"):
                value = getattr(country, attr, None)
                if value:
                    names_of.append(str(value))
            names_of.extend(name(code, lang) for lang in ("ru", "be"))
        names_of.extend(_ALIASES.get(code, ()))
    index = []
    for code, raw in by_code.items():
        seen: dict[str, None] = {}
        for n in raw:
            norm = normalise(n)
            if norm:
                seen[norm] = None
        index.append((code, tuple(seen)))
    return tuple(index)


def _rank(query: str, compact: str, names_of: tuple[str, ...]) -> int | None:
    best: int | None = None
    for n in names_of:
        if n == query:
            return 0
        if n.startswith(query):
            rank = 1
        elif f" {query}" in f" {n}":
            rank = 2
        elif query in n or compact in n.replace(" ", ""):
            rank = 3
        else:
            continue
        best = rank if best is None else min(best, rank)
    return best


def search(text: str) -> dict[str, int]:
    """The countries matching what was typed, each with its rank: 0 the whole name or
    the code, 1 the name starts with it, 2 a word of the name does, 3 any part.
    An empty search matches nothing (the caller shows every country then)."""
    query = normalise(text)
    if not query:
        return {}
    compact = query.replace(" ", "")
    found: dict[str, int] = {}
    code = text.strip().upper()
    if len(code) == 2 and (code == UNDEFINED or code in _code_set()):
        found[code] = 0
    for c, names_of in _search_index():
        rank = _rank(query, compact, names_of)
        if rank is not None and (c not in found or rank < found[c]):
            found[c] = rank
    return found
