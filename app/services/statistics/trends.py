"""Trends: several years (or quarters) side by side, for the screen and the report.

For each period, the consultations by topic, destination, channel, gender and crisis,
and the persons by recruitment method and exploitation type (counted from the cases,
as the report's sections count them). Each dimension is one query that scans the
whole span once and sorts each contact into its period, so five years cost about as
much as one.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import case, func, select

from app.db import Store
from app.models import Contact, ContactDestination, ContactTopic
from app.services.statistics import sums
from app.services.statistics.sums import CONSULTATION, NO_DESTINATION, Period

DIMENSIONS: tuple[str, ...] = ("topic", "destination", "recruitment_methods",
                               "exploitation_types", "channel", "gender", "crisis")
"""What the trends show, in order."""
PERSON_DIMENSIONS = frozenset({"recruitment_methods", "exploitation_types"})
"""Counted in persons (cases), not consultations."""
MAX_YEARS = 10


@dataclass(frozen=True)
class Trends:
    """Counts per period: ``counts[dimension][code]`` has one number per period."""

    periods: tuple[Period, ...]
    organisation: str | None
    totals: tuple[int, ...]  # consultations per period (the shares' denominator)
    counts: dict[str, dict[str, tuple[int, ...]]]

    def codes(self, dimension: str, limit: int | None = None) -> tuple[str, ...]:
        """The codes that occur, the most frequent in the latest period first ("not
        defined" and "other" last); at most ``limit``."""
        rows = self.counts.get(dimension, {})
        last = {NO_DESTINATION: 2, "other": 1}
        found = [c for c, v in rows.items() if any(v)]
        found.sort(key=lambda c: (last.get(c, 0), -rows[c][-1], -sum(rows[c]), c))
        return tuple(found[:limit] if limit else found)

    def share(self, dimension: str, code: str, i: int) -> float | None:
        """The share in percent of the period's consultations (of its persons for the
        case dimensions), or None when there are none."""
        if dimension in PERSON_DIMENSIONS:
            den = sum(v[i] for v in self.counts[dimension].values())
        else:
            den = self.totals[i]
        return None if den == 0 else self.counts[dimension][code][i] * 100 / den


def years(last: int, n: int) -> tuple[Period, ...]:
    """The ``n`` years up to ``last``, oldest first."""
    n = max(1, min(n, MAX_YEARS))
    return tuple(Period.year(y) for y in range(last - n + 1, last + 1))


def quarters(last_year: int, last_quarter: int, n: int) -> tuple[Period, ...]:
    out = []
    y, q = last_year, last_quarter
    for _ in range(max(1, min(n, 4 * MAX_YEARS))):
        out.append(Period.quarter(y, q))
        y, q = (y, q - 1) if q > 1 else (y - 1, 4)
    return tuple(reversed(out))


def compute(store: Store, periods: tuple[Period, ...],
            organisation: str | None = None) -> Trends:
    """The trends over ``periods`` (consecutive or not, oldest first)."""
    if not periods:
        raise ValueError("no period")
    bounds = [p.utc_bounds() for p in periods]
    bucket = case(*[((Contact.started_at >= lo) & (Contact.started_at < hi), i)
                    for i, (lo, hi) in enumerate(bounds)], else_=-1).label("b")
    where: list[Any] = [Contact.started_at >= min(b[0] for b in bounds),
                        Contact.started_at < max(b[1] for b in bounds),
                        Contact.deleted_at.is_(None), Contact.kind == CONSULTATION]
    if organisation is not None:
        where.append(Contact.organisation == organisation)
    n = len(periods)
    counts: dict[str, dict[str, list[int]]] = {d: {} for d in DIMENSIONS}
    totals = [0] * n

    def add(dimension: str, code: object, i: int, value: int) -> None:
        if i < 0:
            return
        key = sums.UNKNOWN if code is None or code == "" else str(code)
        counts[dimension].setdefault(key, [0] * n)[i] += int(value)

    with store.engine.connect() as conn:
        stmt = (select(bucket, Contact.channel, Contact.gender, Contact.crisis, func.count())
                .where(*where).group_by(bucket, Contact.channel, Contact.gender,
                                        Contact.crisis))
        for i, channel, gender, crisis, value in conn.execute(stmt):
            if i < 0:
                continue
            totals[i] += int(value)
            add("channel", channel, i, value)
            add("gender", gender, i, value)
            if crisis:
                add("crisis", "crisis", i, value)
        stmt = (select(bucket, ContactTopic.topic, func.count())
                .select_from(Contact).join(ContactTopic, ContactTopic.contact_id == Contact.id)
                .where(*where).group_by(bucket, ContactTopic.topic))
        for i, code, value in conn.execute(stmt):
            add("topic", code, i, value)
        country = func.coalesce(ContactDestination.country, NO_DESTINATION)
        stmt = (select(bucket, country, func.count())
                .select_from(Contact)
                .join(ContactDestination, ContactDestination.contact_id == Contact.id,
                      isouter=True)
                .where(*where).group_by(bucket, country))
        for i, code, value in conn.execute(stmt):
            add("destination", code, i, value)
        sums.load_sections()
        for key in PERSON_DIMENSIONS:
            counter = sums._SECTIONS.get(key)
            if counter is None:
                continue
            for i, (lo, hi) in enumerate(bounds):
                for code, value in counter(conn, lo, hi, organisation).items():
                    if value:
                        add(key, code, i, value)
        conn.rollback()
    counts.setdefault("crisis", {}).setdefault("crisis", [0] * n)
    return Trends(periods, organisation, tuple(totals),
                  {d: {c: tuple(v) for c, v in rows.items()} for d, rows in counts.items()})
