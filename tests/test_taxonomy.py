"""The code lists in app/resources/taxonomy against spec/taxonomy.md; countries.

The specification's code lists are read from tests/data/taxonomy.md, a copy of the
product specification's spec/taxonomy.md kept in the repository, so these tests
always run."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from app.models import countries
from app.models.taxonomy import LANGUAGES, load, parse

SPEC = Path(__file__).resolve().parent / "data" / "taxonomy.md"
# Russian spelling the specification gets wrong and the application writes correctly:
# «неизвестно» is one word.
SPELLING = {"Не известно": "Неизвестно"}


def _spec_sections() -> dict[str, list[str]]:
    """Lines of each ``## name …`` section, keyed by the list's name (first word)."""
    sections: dict[str, list[str]] = {}
    current = None
    text = SPEC.read_text(encoding="utf-8")
    for wrong, right in SPELLING.items():
        text = text.replace(wrong, right)
    for line in text.splitlines():
        if line.startswith("## "):
            current = line[3:].split()[0]
            sections[current] = []
        elif current is not None:
            sections[current].append(line)
    return sections


def _spec_tables() -> dict[str, list[dict[str, str]]]:
    tables = {}
    for name, lines in _spec_sections().items():
        rows = [ln for ln in lines if ln.startswith("|")]
        if not rows:
            continue
        header = [c.strip() for c in rows[0].strip("|").split("|")]
        tables[name] = [
            dict(zip(header, (c.strip() for c in row.strip("|").split("|")), strict=True))
            for row in rows[2:]
        ]
    return tables


def _spec_dotted_codes() -> dict[str, list[str]]:
    """Lists given as ``a · b (explanation) · c`` rather than as a table."""
    lists = {}
    for name, lines in _spec_sections().items():
        if any(ln.startswith("|") for ln in lines):
            continue
        text = " ".join(ln for ln in lines if not ln.startswith("("))
        text = re.sub(r"\([^)]*\)", "", text)
        if "·" in text:
            lists[name] = [w.strip() for w in text.split("·")]
    return lists


def test_the_spec_is_parsed():
    tables = _spec_tables()
    assert {"contact_kind", "channel", "gender", "region", "topic"} <= set(tables)
    assert tables["channel"][0] == {"code": "phone", "en": "Phone call", "ru": "Телефонный звонок"}
    assert _spec_dotted_codes()["travel_purpose"][0] == "work"


def test_every_tabled_list_matches_the_spec_exactly():
    tax = load()
    shared = [name for name in _spec_tables() if name in tax.lists]
    assert len(shared) >= 8, shared
    for name in shared:
        spec_rows = _spec_tables()[name]
        codes = tax[name].codes
        assert [c.code for c in codes] == [r["code"] for r in spec_rows], name
        for code, row in zip(codes, spec_rows, strict=True):
            assert code.labels["en"] == row["en"], (name, code.code)
            assert code.labels["ru"] == row["ru"], (name, code.code)
            assert code.labels.get("be", "").strip(), (name, code.code, "no Belarusian label")


def test_every_listed_list_has_the_spec_codes():
    tax = load()
    shared = [name for name in _spec_dotted_codes() if name in tax.lists]
    assert {"travel_purpose", "outcome"} <= set(shared)
    for name in shared:
        codes = tax[name].codes
        assert [c.code for c in codes] == _spec_dotted_codes()[name], name
        for code in codes:
            assert all(code.labels.get(lang, "").strip() for lang in LANGUAGES), code


def test_travel_purpose_russian_labels_match_the_spec():
    lines = _spec_sections()["travel_purpose"]
    (ru_line,) = [ln for ln in lines if ln.startswith("(")]
    ru = [w.strip() for w in ru_line.strip("()").split("·")]
    assert [c.labels["ru"] for c in load()["travel_purpose"]] == ru


def test_organisations_are_the_two_of_the_spec():
    assert [c.code for c in load()["organisation"]] == ["lastrada", "bwc"]
    for code in load()["organisation"]:
        assert all(code.labels.get(lang) for lang in LANGUAGES)


def test_regions_map_to_organisations_as_the_spec_says():
    tax = load()
    rows = _spec_tables()["region"]
    assert len(rows) == 9
    for row in rows:
        expected = None if row["organisation"] == "receiving site" else row["organisation"]
        assert tax.organisation_for_region(row["code"]) == expected, row["code"]
    assert tax.organisation_for_region(None) is None
    assert tax.organisation_for_region("") is None
    assert tax.organisation_for_region("atlantis") is None


def test_codes_are_unique_and_well_formed():
    for name, code_list in load().lists.items():
        codes = [c.code for c in code_list]
        assert len(codes) == len(set(codes)), name
        assert all(re.fullmatch(r"[a-z0-9_]+", c) for c in codes), name


@pytest.mark.parametrize(
    ("list_name", "value", "code"),
    [
        ("channel", "phone", "phone"),
        ("channel", "PHONE", "phone"),
        ("channel", "Phone call", "phone"),
        ("channel", "  телефонный ЗВОНОК ", "phone"),
        ("channel", "Тэлефонны званок", "phone"),
        ("region", "г. минск", "minsk_city"),
        ("region", "BREST REGION", "brest"),
        ("region", "Могилёвская область", "mogilev"),
        ("topic", "ДРУГОЕ", "other"),
        ("topic", "Au-pair programmes", "au_pair"),
        ("travel_purpose", "пмж", "permanent_residence"),
        ("gender", "жаночы", "female"),
        ("channel", "fax", None),
        ("channel", "", None),
    ],
)
def test_lookup_by_code_or_label_in_any_language(list_name, value, code):
    assert load()[list_name].lookup(value) == code


def test_every_label_leads_back_to_its_code():
    for code_list in load().lists.values():
        for code in code_list:
            for label in code.labels.values():
                found = code_list.lookup(label.upper())
                # Two codes of one list never share a label.
                assert found == code.code, (code_list.name, label)


def test_labels_fall_back_to_english_and_unknown_codes_show_as_is():
    tax = parse({"version": 3, "lists": {"x": [
        {"code": "a", "en": "A", "ru": "А"},
        {"code": "old", "en": "Old", "retired": True, "extra_field": 1},
    ]}})
    assert tax.version == 3
    assert tax["x"].label("a", "be") == "A"
    assert tax["x"].label("a", "ru") == "А"
    assert tax["x"].label("zzz", "ru") == "zzz"
    assert tax["x"].label(None, "ru") == ""
    assert [c.code for c in tax["x"].active()] == ["a"]
    assert "old" in tax["x"]
    assert tax["x"].get("old").extra == {"extra_field": 1}
    with pytest.raises(KeyError):
        tax["x"].get("zzz")


# -- countries -------------------------------------------------------------------------


def test_country_names_in_three_languages():
    assert countries.name("DE", "en") == "Germany"
    assert countries.name("DE", "ru") == "Германия"
    assert countries.name("DE", "be") == "Германія"
    assert countries.name("PL", "ru") == "Польша"
    assert countries.name("LT", "be") == "Літва"
    for lang in ("en", "ru", "be"):
        assert countries.name("XX", lang)
    assert countries.name("XX", "ru") == "Не определена"


@pytest.mark.parametrize(
    ("value", "code"),
    [("Германия", "DE"), ("германия", "DE"), ("Germany", "DE"), ("Германія", "DE"),
     ("de", "DE"), (" PL ", "PL"), ("Польша", "PL"), ("xx", "XX"), ("XX", "XX"),
     ("Atlantis", None), ("ZZ", None), ("", None)],
)
def test_country_lookup(value, code):
    assert countries.lookup(value) == code


def test_country_codes():
    codes = countries.all_codes()
    assert len(codes) >= 249
    assert "BY" in codes
    assert "XX" not in codes
    assert countries.is_valid("XX")
    assert countries.is_valid("DE")
    assert not countries.is_valid("ZZ")
    assert not countries.is_valid("de")


def test_country_names_are_sorted_in_the_language():
    for lang in ("ru", "be", "en"):
        names = countries.names(lang)
        assert len(names) == len(countries.all_codes())
        folded = [n.casefold() for _, n in names]
        assert folded == sorted(folded)
    ru = dict(countries.names("ru"))
    assert ru["BY"] == "Беларусь"


def test_unknown_is_spelled_as_one_word_in_every_list_and_questionnaire():
    resources = Path(__file__).resolve().parents[1] / "app" / "resources"
    for path in [resources / "taxonomy" / "taxonomy.json",
                 *sorted((resources / "questionnaires").glob("*.json"))]:
        text = path.read_text(encoding="utf-8")
        assert "Не известно" not in text, path.name
    labels = [c.labels["ru"] for name in ("region", "how_heard", "travel_purpose")
              for c in load()[name]]
    assert "Неизвестно" in labels
