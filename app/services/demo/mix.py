"""The demo's fixed data, read from the JSON files under app/resources/demo/.

contacts.json holds the mix of the contacts (weights of each choice, after the 2013 report
of the Belarusian infoline 113), staff.json the team and the site's settings, words.json
the Russian words of the notes and caller profiles. :mod:`app.services.demo.data` draws
from them; the files say what each entry means.
"""

from __future__ import annotations

import json
import random
import re
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import resources
from typing import Any, Generic, TypeVar

# -- weighted choices ------------------------------------------------------------------

T = TypeVar("T")


class Pick(Generic[T]):
    """A weighted choice that costs one random number and one bisection."""

    __slots__ = ("cum", "last", "total", "values")

    def __init__(self, weights: Iterable[tuple[T, float]]):
        self.values: list[T] = []
        self.cum: list[float] = []
        total = 0.0
        for value, weight in weights:
            if weight > 0:
                total += weight
                self.values.append(value)
                self.cum.append(total)
        self.total = total
        self.last = len(self.values) - 1

    def __call__(self, rng: random.Random) -> T:
        i = bisect_right(self.cum, rng.random() * self.total)
        return self.values[min(i, self.last)]


def pick(weights: dict[str, float]) -> Pick[str]:
    return Pick(weights.items())


# -- the fixed data, from app/resources/demo/ ----------------------------------------------


def resource(name: str) -> dict[str, Any]:
    """The JSON file ``app/resources/demo/<name>``: each demo module's fixed data."""
    raw = resources.files("app.resources").joinpath(f"demo/{name}").read_text(encoding="utf-8")
    data: dict[str, Any] = json.loads(raw)
    return data


def _picks(weights: dict[str, dict[str, float]]) -> dict[str, Pick[str]]:
    return {key: pick(w) for key, w in weights.items()}


def _counts(pairs: list[list[float]]) -> Pick[int]:
    return Pick((int(n), w) for n, w in pairs)


# The mix (contacts.json: the 2013 report where it says, plausible elsewhere).
_MIX = resource("contacts.json")
KIND = pick(_MIX["kind"])
NON_DATA_CHANNEL = _picks(_MIX["non_data_channel"])
NON_DATA_ORGANISATION = pick(_MIX["non_data_organisation"])
CHANNEL = pick(_MIX["channel"])
GENDER = pick(_MIX["gender"])
AGE_GROUP = pick(_MIX["age_group"])
STUDENT_AGE = pick(_MIX["student_age"])
REGION = pick(_MIX["region"])
CRISIS_REGION = pick(_MIX["crisis_region"])
ROLE = pick(_MIX["role"])
CRISIS_ROLE = pick(_MIX["crisis_role"])
CRISIS_SHARE: float = _MIX["crisis_share"]
REPEAT_SHARE: float = _MIX["repeat_share"]
TOPIC = _picks(_MIX["topic"])
TOPIC_COUNT = _counts(_MIX["topic_count"])
CRISIS_EXTRA_TOPIC = pick(_MIX["crisis_extra_topic"])
NO_DESTINATION_TOPICS = frozenset(_MIX["no_destination_topics"])
DESTINATIONS: dict[str, dict[str, float]] = _MIX["destinations"]
TAIL_SHARE: dict[str, float] = _MIX["tail_share"]
STUDY_DESTINATION = pick(_MIX["study_destination"])
AU_PAIR_DESTINATION = pick(_MIX["au_pair_destination"])
DESTINATION_COUNT = _counts(_MIX["destination_count"])
PURPOSE_BY_TOPIC = _picks(_MIX["purpose_by_topic"])
PURPOSE_OTHER = pick(_MIX["purpose_other"])
HOW_HEARD: dict[str, float] = _MIX["how_heard"]
CAMPAIGN_START: tuple[int, int] = tuple(_MIX["campaign_start"])
OUTCOME_P: dict[str, float] = _MIX["outcome_p"]
CRISIS_OUTCOME_P: dict[str, float] = _MIX["crisis_outcome_p"]
PHONE_HOURS: list[float] = _MIX["hours"]["phone"]
HOURS = {channel: Pick(enumerate(weights)) for channel, weights in _MIX["hours"].items()}
HOLIDAYS = frozenset((int(m), int(d)) for m, d in _MIX["holidays"])

# -- staff (staff.json) -------------------------------------------------------------------


@dataclass(frozen=True)
class Staff:
    username: str
    full_name: str
    role: str
    weight: float  # share of contacts recorded while on the team
    joined: float = 0.0  # fraction of the demo period
    left: float = 1.0


_TEAM = resource("staff.json")
STAFF = tuple(Staff(**person) for person in _TEAM["staff"])
SETTINGS: dict[str, object] = _TEAM["settings"]
SITE_ORGANISATION = str(SETTINGS["organisation"])
WORKING_HOURS: tuple[str, str] = tuple(_TEAM["settings"]["working_hours"])

# -- words for the notes (words.json) ---------------------------------------------------------

_WORDS = resource("words.json")


def _tuples(rows: list[list[str]]) -> list[tuple[str, ...]]:
    return [tuple(row) for row in rows]


# Town of residence by region: (nominative, genitive, prepositional).
TOWNS: dict[str, list[tuple[str, ...]]] = {
    region: _tuples(towns) for region, towns in _WORDS["towns"].items()
}
REGION_GENITIVE: dict[str, str] = _WORDS["region_genitive"]
# Destination country: (in, to, from).
COUNTRY_FORMS: dict[str, tuple[str, ...]] = {
    code: tuple(forms) for code, forms in _WORDS["country_forms"].items()
}
# Who wrote or called, by channel: (masculine or unknown, feminine).
WHO: dict[str, tuple[str, ...]] = {channel: tuple(w) for channel, w in _WORDS["who"].items()}
RELATIVES: tuple[str, ...] = tuple(_WORDS["relatives"])
# Notes by first topic; words.json says what the ``[м|ж]`` pairs and {fields} stand for.
TEMPLATES: dict[str, list[str]] = _WORDS["templates"]
EXTRA_SENTENCES: tuple[str, ...] = tuple(_WORDS["extra_sentences"])
NON_DATA_NOTES: dict[str, tuple[str, ...]] = {
    kind: tuple(notes) for kind, notes in _WORDS["non_data_notes"].items()
}

_GENDERED = re.compile(r"\[([^|\]]*)\|([^\]]*)\]")


def _forms(template: str) -> tuple[str, str]:
    """The masculine and feminine text of a template with ``[м|ж]`` pairs."""
    return _GENDERED.sub(r"\1", template), _GENDERED.sub(r"\2", template)


TEMPLATE_FORMS = {key: [_forms(t) for t in ts] for key, ts in TEMPLATES.items()}

# Caller profiles (fictional): (first name, Latin for the e-mail address).
FEMALE_NAMES: tuple[tuple[str, ...], ...] = tuple(_tuples(_WORDS["female_names"]))
MALE_NAMES: tuple[tuple[str, ...], ...] = tuple(_tuples(_WORDS["male_names"]))
PHONE_PREFIXES: tuple[str, ...] = tuple(_WORDS["phone_prefixes"])
