"""Quality-review rubrics: versioned data in app/resources/rubrics, and how they score.

A rubric has sections of criteria. Each criterion is scored 0, 1 or 2, or marked not
applicable (``"na"``) where the rubric allows it; anchor texts say when to give which
score. A section's score is its points as a percentage of the maximum of the criteria
that apply; the overall score is the same percentage over every criterion that
applies, and the band is the highest one whose minimum it reaches.

A rubric file never changes once reviews use it: a changed rubric is a new file with
a new version, and every review keeps the key of the rubric it was scored with.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

LANGUAGES = ("en", "ru", "be")
FALLBACK = "en"
NA = "na"
POINTS = (0, 1, 2)
MAX_POINTS = 2
CURRENT = "counselling-v1"
"""The rubric new reviews are scored with."""

Score = int | str
"""0, 1, 2, or ``NA``."""

_CODE = re.compile(r"^[a-z][a-z0-9_]*$")
_KEY = re.compile(r"^[a-z][a-z0-9_]*-v[0-9]+$")
_COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")


class RubricError(ValueError):
    """A rubric file that does not follow the format; the message says where."""


Texts = dict[str, str]


def _text(texts: Mapping[str, str], lang: str) -> str:
    return texts.get(lang) or texts[FALLBACK]


@dataclass(frozen=True)
class Criterion:
    code: str  # unique in the rubric: "<section>.<criterion>"
    section: str
    texts: Texts
    anchors: dict[str, Texts]  # "0", "1", "2" and, if allowed, "na"
    critical: bool = False

    @property
    def na_allowed(self) -> bool:
        return NA in self.anchors

    def text(self, lang: str) -> str:
        return _text(self.texts, lang)

    def anchor(self, score: Score, lang: str) -> str:
        texts = self.anchors.get(str(score))
        return _text(texts, lang) if texts else ""


@dataclass(frozen=True)
class Section:
    code: str
    titles: Texts
    criteria: tuple[Criterion, ...]

    def title(self, lang: str) -> str:
        return _text(self.titles, lang)


@dataclass(frozen=True)
class Band:
    code: str
    minimum: float
    labels: Texts
    colour: str

    def label(self, lang: str) -> str:
        return _text(self.labels, lang)


@dataclass(frozen=True)
class Rubric:
    key: str  # "<id>-v<version>", the name of its file and what reviews store
    id: str
    version: int
    titles: Texts
    scale: dict[str, Texts]
    bands: tuple[Band, ...]  # ascending minimum, the first at 0
    sections: tuple[Section, ...]

    def title(self, lang: str) -> str:
        return _text(self.titles, lang)

    def scale_label(self, score: Score, lang: str) -> str:
        return _text(self.scale[str(score)], lang)

    @property
    def criteria(self) -> tuple[Criterion, ...]:
        return tuple(c for s in self.sections for c in s.criteria)

    def criterion(self, code: str) -> Criterion:
        for c in self.criteria:
            if c.code == code:
                return c
        raise KeyError(f"{code!r} is not a criterion of {self.key}")

    def section(self, code: str) -> Section:
        for s in self.sections:
            if s.code == code:
                return s
        raise KeyError(f"{code!r} is not a section of {self.key}")

    def band(self, code: str | None) -> Band | None:
        return next((b for b in self.bands if b.code == code), None)

    def band_for(self, overall: float | None) -> Band | None:
        if overall is None:
            return None
        found = None
        for b in self.bands:
            if overall >= b.minimum:
                found = b
        return found


# -- scoring -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Result:
    """What a set of scores comes to. Percentages are rounded to one decimal."""

    sections: dict[str, float | None]  # None: every criterion of the section is N/A
    overall: float | None  # None: nothing applicable scored yet
    band: str | None
    points: int
    maximum: int
    missing: tuple[str, ...]  # criteria not scored yet, in rubric order
    critical: tuple[str, ...]  # critical criteria scored 0

    @property
    def complete(self) -> bool:
        return not self.missing


def percent(points: int, maximum: int) -> float | None:
    return round(100.0 * points / maximum, 1) if maximum else None


def check_scores(rubric: Rubric, scores: Mapping[str, Any]) -> list[str]:
    """Problems with ``scores`` (unknown criteria, bad values), as English sentences."""
    problems = []
    known = {c.code: c for c in rubric.criteria}
    for code, value in scores.items():
        criterion = known.get(code)
        if criterion is None:
            problems.append(f"{code!r} is not a criterion of {rubric.key}")
        elif value == NA:
            if not criterion.na_allowed:
                problems.append(f"{code!r} cannot be marked not applicable")
        elif isinstance(value, bool) or value not in POINTS:
            problems.append(f"{code!r}: {value!r} is not 0, 1, 2 or {NA!r}")
    return problems


def score(rubric: Rubric, scores: Mapping[str, Any]) -> Result:
    """Section scores, overall score and band of ``scores`` (criteria not scored yet
    count as neither points nor maximum). Raises ValueError for invalid scores."""
    problems = check_scores(rubric, scores)
    if problems:
        raise ValueError("; ".join(problems))
    sections: dict[str, float | None] = {}
    points = maximum = 0
    missing: list[str] = []
    critical: list[str] = []
    for section in rubric.sections:
        s_points = s_max = 0
        for c in section.criteria:
            value = scores.get(c.code)
            if value is None:
                missing.append(c.code)
            elif value != NA:
                s_points += int(value)
                s_max += MAX_POINTS
                if value == 0 and c.critical:
                    critical.append(c.code)
        sections[section.code] = percent(s_points, s_max)
        points += s_points
        maximum += s_max
    overall = percent(points, maximum)
    band = rubric.band_for(overall)
    return Result(sections, overall, band.code if band else None, points, maximum,
                  tuple(missing), tuple(critical))


# -- loading -----------------------------------------------------------------------------


def _texts(value: Any, where: str) -> Texts:
    if not isinstance(value, dict):
        raise RubricError(f"{where}: expected texts in {', '.join(LANGUAGES)}")
    missing = [lang for lang in LANGUAGES if not str(value.get(lang, "")).strip()]
    if missing:
        raise RubricError(f"{where}: no text in {', '.join(missing)}")
    return {lang: str(value[lang]).strip() for lang in LANGUAGES}


def _code(value: Any, where: str) -> str:
    if not isinstance(value, str) or not _CODE.match(value):
        raise RubricError(f"{where}: {value!r} is not a code (a-z, 0-9, _)")
    return value


def parse(data: Any, key: str) -> Rubric:
    """A rubric from its JSON data; RubricError says what is wrong and where."""
    if not isinstance(data, dict):
        raise RubricError(f"{key}: not a JSON object")
    if data.get("format") != 1:
        raise RubricError(f"{key}: unknown format {data.get('format')!r} (expected 1)")
    rubric_id = _code(data.get("id"), f"{key}: id")
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise RubricError(f"{key}: version must be a positive whole number")
    if key != f"{rubric_id}-v{version}":
        raise RubricError(f"{key}: the file must be named {rubric_id}-v{version}.json")
    titles = _texts(data.get("title"), f"{key}: title")
    scale_data = data.get("scale")
    if not isinstance(scale_data, dict) or set(scale_data) != {"0", "1", "2", NA}:
        raise RubricError(f"{key}: scale must name 0, 1, 2 and {NA}")
    scale = {k: _texts(v, f"{key}: scale {k}") for k, v in scale_data.items()}

    bands_data = data.get("bands")
    if not isinstance(bands_data, list) or not bands_data:
        raise RubricError(f"{key}: bands must be a non-empty list")
    bands: list[Band] = []
    for i, b in enumerate(bands_data):
        where = f"{key}: band {i + 1}"
        if not isinstance(b, dict):
            raise RubricError(f"{where}: not an object")
        minimum = b.get("min")
        if not isinstance(minimum, int | float) or isinstance(minimum, bool) or not (
                0 <= minimum <= 100):
            raise RubricError(f"{where}: min must be a number from 0 to 100")
        if bands and minimum <= bands[-1].minimum:
            raise RubricError(f"{where}: minimums must rise from band to band")
        colour = str(b.get("colour", "#555555"))
        if not _COLOUR.match(colour):
            raise RubricError(f"{where}: colour {colour!r} is not #rrggbb")
        bands.append(Band(_code(b.get("code"), f"{where}: code"), float(minimum),
                          _texts(b.get("label"), f"{where}: label"), colour))
    if bands[0].minimum != 0:
        raise RubricError(f"{key}: the first band must start at 0")
    if len({b.code for b in bands}) != len(bands):
        raise RubricError(f"{key}: two bands share a code")

    sections_data = data.get("sections")
    if not isinstance(sections_data, list) or not sections_data:
        raise RubricError(f"{key}: sections must be a non-empty list")
    sections: list[Section] = []
    seen: set[str] = set()
    for s in sections_data:
        if not isinstance(s, dict):
            raise RubricError(f"{key}: a section is not an object")
        s_code = _code(s.get("code"), f"{key}: section code")
        where = f"{key}: section {s_code}"
        if s_code in seen:
            raise RubricError(f"{where}: the code is used twice")
        seen.add(s_code)
        criteria_data = s.get("criteria")
        if not isinstance(criteria_data, list) or not criteria_data:
            raise RubricError(f"{where}: no criteria")
        criteria: list[Criterion] = []
        for c in criteria_data:
            if not isinstance(c, dict):
                raise RubricError(f"{where}: a criterion is not an object")
            c_code = f"{s_code}.{_code(c.get('code'), f'{where}: criterion code')}"
            if c_code in seen:
                raise RubricError(f"{key}: criterion {c_code} is defined twice")
            seen.add(c_code)
            anchors_data = c.get("anchors")
            if not isinstance(anchors_data, dict) or not {"0", "1", "2"} <= set(anchors_data):
                raise RubricError(f"{key}: criterion {c_code}: anchors for 0, 1 and 2 needed")
            extra = set(anchors_data) - {"0", "1", "2", NA}
            if extra:
                raise RubricError(f"{key}: criterion {c_code}: unknown anchors {sorted(extra)}")
            anchors = {k: _texts(v, f"{key}: criterion {c_code} anchor {k}")
                       for k, v in anchors_data.items()}
            criteria.append(Criterion(
                c_code, s_code, _texts(c.get("text"), f"{key}: criterion {c_code}"),
                anchors, bool(c.get("critical", False))))
        sections.append(Section(s_code, _texts(s.get("title"), where), tuple(criteria)))
    return Rubric(key, rubric_id, version, titles, scale, tuple(bands), tuple(sections))


def available() -> list[str]:
    """Keys of the rubric files shipped with the app."""
    folder = resources.files("app.resources").joinpath("rubrics")
    return sorted(p.name[:-5] for p in folder.iterdir() if p.name.endswith(".json"))


@cache
def load(key: str = CURRENT) -> Rubric:
    if not _KEY.match(key):
        raise RubricError(f"{key!r} is not a rubric name")
    path = resources.files("app.resources").joinpath(f"rubrics/{key}.json")
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise RubricError(f"no rubric {key!r}") from exc
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise RubricError(f"{key}: not valid JSON ({exc})") from exc
    return parse(data, key)
