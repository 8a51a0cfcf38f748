"""Finding a country as a consultant types it during a call; labels a caller understands."""

from __future__ import annotations

import time

import pytest

from app.models import countries
from app.models.taxonomy import load


def best(typed: str) -> str:
    found = countries.search(typed)
    assert found, f"nothing found for {typed!r}"
    rank = min(found.values())
    return min(code for code, r in found.items() if r == rank)


@pytest.mark.parametrize(("typed", "code"), [
    ("пол", "PL"), ("Польша", "PL"), ("ПОЛЬША", "PL"), ("Польшча", "PL"), ("Poland", "PL"),
    ("United K", "GB"), ("united kingdom", "GB"), ("Великобритания", "GB"), ("UK", "GB"),
    ("Эмираты", "AE"), ("ОАЭ", "AE"), ("оаэ", "AE"), ("Объединённые Арабские", "AE"),
    ("объединенные арабские", "AE"), ("Аб'яднаныя", "AE"), ("абяднаныя", "AE"),
    ("США", "US"), ("Соединённые Штаты", "US"), ("Злучаныя", "US"),
    ("Чехия", "CZ"), ("Чэхія", "CZ"), ("Czech Republic", "CZ"), ("Czechia", "CZ"),
    ("Гвинея-Бисау", "GW"), ("гвинея бисау", "GW"), ("гвинеябисау", "GW"),
    ("Молдавия", "MD"), ("Корея", "KR"), ("Германія", "DE"), ("Нямеччына", "DE"),
    ("de", "DE"), ("XX", "XX"), ("не определена", "XX"),
])
def test_every_spelling_a_consultant_types_finds_the_country(typed, code):
    assert best(typed) == code


def test_a_name_that_starts_with_the_letters_comes_before_one_that_contains_them():
    found = countries.search("пол")
    assert found["PL"] < found["PF"]  # Польша before Французская Полинезия


def test_an_empty_search_or_nonsense_finds_nothing():
    assert countries.search("") == {}
    assert countries.search("   ") == {}
    assert countries.search("Атлантида") == {}


def test_the_search_is_cheap():
    countries.search("warm-up")
    started = time.perf_counter()
    for typed in ("п", "по", "пол", "поль", "польш", "польша"):
        countries.search(typed)
    assert (time.perf_counter() - started) / 6 < 0.02  # per key, on a loaded machine


def test_au_pair_is_explained_and_old_files_still_import_it():
    """The label stays the specification's «Au-pair»; what it means comes with it as a
    hint in every language (shown where it is chosen), and files that wrote the
    label with the explanation in brackets still import."""
    purpose = load()["travel_purpose"]
    hints = {"ru": "принимающей семье", "be": "прымаючай сям'і", "en": "host family"}
    for lang, words in hints.items():
        assert purpose.label("au_pair", lang) == "Au-pair"
        assert words in purpose.get("au_pair").hint(lang)
    assert purpose.get("work").hint("ru") == ""  # a label that says it all has none
    assert purpose.lookup("Au-pair") == "au_pair"
    assert purpose.lookup("au-pair") == "au_pair"
    assert purpose.lookup("Au-pair (жизнь в принимающей семье, помощь с детьми)") == "au_pair"
    assert purpose.lookup("Au pair (living with a host family, helping with children)") == (
        "au_pair")
    assert load()["region"].lookup("minsk") is None  # still ambiguous, still refused
