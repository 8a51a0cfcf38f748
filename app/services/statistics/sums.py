"""Statistics of the contacts of a period: the numbers of the infoline's annual report.

Everything is counted in SQL (``GROUP BY`` over the indexed start time), never by
loading contacts into Python, and all queries of one computation run in one read
transaction, so the tables agree with each other even while consultants keep saving.

Periods are local calendar dates, inclusive at both ends; contacts store their start
in UTC, so the local-day bounds are converted to UTC instants first (as the contact
list does); :class:`Period` and its comparison live in :mod:`.periods` and are
imported from here as before. Counselling contacts (``kind = consultation``) are
counted in every table; non-data contacts (silent, hung up, prank…) are counted apart
and never appear in the topic, gender or destination tables.

The result is plain data (:class:`Statistics`) that the screen, the report writers and
the command line share; :meth:`Statistics.to_json` is the statistics JSON, version 1,
of spec/interfaces.md.
"""

from __future__ import annotations

import importlib
import logging
import sys
import time as clock
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any, Literal

from sqlalchemy import Connection, and_, case, func, literal, select
from sqlalchemy.sql.elements import ColumnElement

from app.db import Store
from app.models import Contact, ContactDestination, ContactOutcome, ContactTopic, User
from app.models import countries as country_list
from app.models.taxonomy import Taxonomy
from app.models.taxonomy import load as load_taxonomy
from app.services.statistics.periods import (
    Period,
    PreviousPeriod,
    change_pct,
)

log = logging.getLogger("app.stats")

CONSULTATION = "consultation"
UNKNOWN = "unknown"
NOT_RECORDED = "not_recorded"
"""Row key for contacts where an optional field without an ``unknown`` code is empty."""
NO_DESTINATION = country_list.UNDEFINED
JSON_VERSION = 1

Progress = Callable[[int, int], bool]


class StatsCancelled(Exception):  # noqa: N818 - the caller's word for it
    """The progress callback asked to stop."""


# -- results ---------------------------------------------------------------------------

Counts = dict[str, int]
Cross = dict[str, dict[str, int]]


@dataclass(frozen=True)
class StatTable:
    """One table of the report, language-neutral: codes, not labels.

    ``rows`` and ``columns`` are codes; ``row_list`` and ``column_list`` name what
    labels them (a code list of the taxonomy, or ``country``, ``period``, ``user``).
    ``denominators`` are what each column's percentages are of. ``partition`` says
    that every contact is in exactly one row, so the rows add up to the total;
    otherwise (topics, destinations) a contact may count in several rows.
    ``previous`` holds the previous period's count per row, for single-column
    tables computed with the comparison. ``internal`` tables name staff and are
    left out of anything meant for outside release. A ``no_data`` table is a
    section whose records do not exist yet.
    """

    key: str
    rows: tuple[str, ...]
    row_list: str
    columns: tuple[str, ...]
    column_list: str | None
    cells: dict[tuple[str, str], int]
    denominators: tuple[int, ...]
    partition: bool = True
    previous: Counts | None = None
    internal: bool = False
    status: Literal["ok", "no_data"] = "ok"
    chart_rows: int = 0  # how many rows a chart shows (0: no chart)
    chart_columns: tuple[str, ...] = ()

    def value(self, row: str, column: str) -> int:
        return self.cells.get((row, column), 0)

    def row_total(self, row: str) -> int:
        return sum(self.value(row, c) for c in self.columns)

    def percent(self, row: str, column: str) -> float | None:
        """Share of the column's denominator in percent, or None when it is 0."""
        den = self.denominators[self.columns.index(column)]
        if den == 0:
            return None
        return self.value(row, column) * 100 / den


@dataclass(frozen=True)
class Statistics:
    """Every number of one period, for one organisation or both (``None``)."""

    period: Period
    organisation: str | None
    total: int
    non_data: int
    crisis: int
    previous: PreviousPeriod
    by_kind: Counts  # non-data contacts by kind
    by_channel: Counts
    by_gender: Counts
    by_topic: Counts
    by_topic_gender: Cross
    by_destination: Counts
    by_destination_gender: Cross
    by_region: Counts
    by_how_heard: Counts
    by_age_group: Counts = field(default_factory=dict)
    by_age_gender: Cross = field(default_factory=dict)
    by_caller_role: Counts = field(default_factory=dict)
    by_travel_purpose: Counts = field(default_factory=dict)
    by_outcome: Counts = field(default_factory=dict)
    by_organisation: Counts = field(default_factory=dict)
    by_channel_gender: Cross = field(default_factory=dict)
    crisis_by_gender: Counts = field(default_factory=dict)
    over_time: Counts = field(default_factory=dict)
    by_consultant: dict[str, tuple[str, int, int]] = field(default_factory=dict)
    previous_counts: dict[str, Counts] | None = None
    sections: dict[str, Counts | None] = field(default_factory=dict)
    computed_at: datetime = field(default_factory=lambda: datetime.now(UTC))
    seconds: float = 0.0

    @property
    def crisis_pct(self) -> float | None:
        return None if self.total == 0 else self.crisis * 100 / self.total

    def to_json(self) -> dict[str, Any]:
        """The statistics JSON, version 1 (spec/interfaces.md), key for key."""
        prev = self.previous
        return {
            "version": JSON_VERSION,
            "period": {"from": self.period.start.isoformat(), "to": self.period.end.isoformat()},
            "organisation": self.organisation,
            "total": self.total,
            "non_data": self.non_data,
            "by_channel": dict(self.by_channel),
            "by_gender": dict(self.by_gender),
            "by_topic": dict(self.by_topic),
            "by_topic_gender": {k: dict(v) for k, v in self.by_topic_gender.items()},
            "by_destination": dict(self.by_destination),
            "by_destination_gender": {k: dict(v) for k, v in self.by_destination_gender.items()},
            "by_region": dict(self.by_region),
            "by_how_heard": dict(self.by_how_heard),
            "crisis": self.crisis,
            "previous_period": {
                "from": prev.period.start.isoformat(),
                "to": prev.period.end.isoformat(),
                "total": prev.total,
                "change_pct": prev.change_pct,
            },
        }

    # -- the tables of the screen and the report --

    def tables(self, tax: Taxonomy | None = None) -> list[StatTable]:
        """The report's tables in the order it shows them."""
        tax = tax or load_taxonomy()
        genders = _ordered(_codes(tax, "gender"), self.by_gender)
        prev = self.previous_counts or {}
        total = self.total

        def single(key: str, counts: Counts, row_list: str, *, partition: bool = True,
                   order: Iterable[str] | None = None, chart: int = 99,
                   denominator: int | None = None) -> StatTable:
            rows = tuple(order) if order is not None else tuple(counts)
            return StatTable(
                key=key, rows=rows, row_list=row_list, columns=("count",), column_list=None,
                cells={(r, "count"): counts.get(r, 0) for r in rows},
                denominators=(total if denominator is None else denominator,),
                partition=partition, previous=prev.get(key),
                chart_rows=min(chart, len(rows)),
            )

        def cross(key: str, counts: Cross, row_list: str, rows: Iterable[str], *,
                  partition: bool, chart: int = 99) -> StatTable:
            rows = tuple(rows)
            # Charts compare the genders that make up a real share of the callers
            # (women and men); the table keeps every gender.
            chart_columns = tuple(g for g in genders
                                  if self.by_gender.get(g, 0) * 20 >= max(total, 1))
            return StatTable(
                key=key, rows=rows, row_list=row_list, columns=genders, column_list="gender",
                cells={(r, g): counts.get(r, {}).get(g, 0) for r in rows for g in genders},
                denominators=tuple(self.by_gender.get(g, 0) for g in genders),
                partition=partition, chart_rows=min(chart, len(rows)),
                chart_columns=chart_columns,
            )

        topics_by_count = _by_count(self.by_topic)
        destinations_by_count = _by_count(self.by_destination)
        tables = [
            single("channel", self.by_channel, "channel"),
            single("gender", self.by_gender, "gender"),
            single("topic", self.by_topic, "topic", partition=False, order=topics_by_count),
            cross("topic_gender", self.by_topic_gender, "topic", topics_by_count,
                  partition=False),
            single("destination", self.by_destination, "country", partition=False,
                   order=destinations_by_count, chart=10),
            cross("destination_gender", self.by_destination_gender, "country",
                  destinations_by_count, partition=False, chart=10),
            single("region", self.by_region, "region"),
            single("age_group", self.by_age_group, "age_group"),
            cross("age_gender", self.by_age_gender, "age_group", self.by_age_group,
                  partition=True),
            single("caller_role", self.by_caller_role, "caller_role"),
            single("travel_purpose", self.by_travel_purpose, "travel_purpose"),
            single("how_heard", self.by_how_heard, "how_heard"),
            single("outcome", self.by_outcome, "outcome", partition=False),
            cross("channel_gender", self.by_channel_gender, "channel", self.by_channel,
                  partition=True),
            StatTable(
                key="crisis", rows=("crisis",), row_list="crisis", columns=genders,
                column_list="gender",
                cells={("crisis", g): self.crisis_by_gender.get(g, 0) for g in genders},
                denominators=tuple(self.by_gender.get(g, 0) for g in genders),
                partition=False,
            ),
            single("over_time", self.over_time, "period"),
            single("non_data", self.by_kind, "contact_kind",
                   denominator=self.non_data, chart=99),
        ]
        if self.organisation is None:
            tables.append(single("organisation", self.by_organisation, "organisation"))
        for key, counts in self.sections.items():
            if counts is None:
                tables.append(StatTable(
                    key=key, rows=(), row_list=_SECTION_LISTS.get(key, key), columns=("count",),
                    column_list=None, cells={}, denominators=(0,), partition=False,
                    status="no_data"))
            else:
                row_list = _SECTION_LISTS.get(key, key)
                tables.append(single(key, counts, row_list, partition=False,
                                     order=_by_count(counts),
                                     chart=10 if row_list == "country" else 99))
        if self.by_consultant:
            rows = tuple(sorted(self.by_consultant, key=lambda u: self.by_consultant[u][0]))
            cells: dict[tuple[str, str], int] = {}
            for uid in rows:
                _name, consultations, non_data = self.by_consultant[uid]
                cells[(uid, "consultations")] = consultations
                cells[(uid, "non_data")] = non_data
            tables.append(StatTable(
                key="consultant", rows=rows, row_list="user",
                columns=("consultations", "non_data"), column_list="measure", cells=cells,
                denominators=(total, self.non_data), internal=True))
        return tables

    def consultant_name(self, user_id: str) -> str:
        entry = self.by_consultant.get(user_id)
        return entry[0] if entry else ""


def _codes(tax: Taxonomy, name: str) -> list[str]:
    """Every code of a list, retired ones included (old records keep them)."""
    return [c.code for c in tax[name].codes]


def _by_count(counts: Counts) -> tuple[str, ...]:
    """Codes by descending count; "not defined" and "other" last, as the report shows."""
    last = {NO_DESTINATION: 2, "other": 1}
    return tuple(sorted(counts, key=lambda k: (last.get(k, 0), -counts[k], k)))


def _ordered(codes: Iterable[str], counts: dict[str, Any]) -> tuple[str, ...]:
    """The list's codes in list order, then codes found in the data but not in the list."""
    listed = list(codes)
    return tuple(listed + [k for k in counts if k not in listed])


# -- sections that other areas fill in ---------------------------------------------------

SectionCounter = Callable[[Connection, datetime, datetime, str | None], Counts]
"""Counts of a section for UTC bounds ``[start, end)`` and an organisation (or None)."""

_SECTION_LISTS = {
    "services": "service",
    "recruitment_methods": "recruitment_method",
    "exploitation_types": "exploitation_type",
}
_SECTIONS: dict[str, SectionCounter | None] = dict.fromkeys(_SECTION_LISTS)
"""Report sections computed from records other areas keep: the services given to
assisted persons (Table 3 of the annual report, from assistance cases) and the
recruitment methods and exploitation types found (from crisis cases). Until those
records exist, the report says "no data recorded yet" instead of a number."""


SECTION_PROVIDERS: tuple[str, ...] = ("app.services.crisis.service",
                                      "app.services.directory.service",
                                      "app.services.statistics.cases")
"""Modules that keep such records; importing one registers its sections' counters."""


def register_section(key: str, counter: SectionCounter, code_list: str | None = None) -> None:
    """Let the module that keeps a section's records count them for the report."""
    _SECTIONS[key] = counter
    if code_list:
        _SECTION_LISTS[key] = code_list


def load_sections() -> None:
    """Import the modules that provide sections, so that every counter is registered
    whichever part of the app (screen, command line) computes the statistics."""
    for name in SECTION_PROVIDERS:
        if name in sys.modules:
            continue
        try:
            importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name != name:
                raise
            log.info("no section provider %s in this version", name)


def section_keys() -> tuple[str, ...]:
    load_sections()
    return tuple(_SECTIONS)


# -- computing -------------------------------------------------------------------------


def _ckey(value: object, fallback: str) -> str:
    return fallback if value is None or value == "" else str(value)


class _Query:
    """The filters shared by every query of one computation."""

    def __init__(self, start: datetime, end: datetime, organisation: str | None):
        self.start = start
        self.end = end
        self.organisation = organisation

    def where(self, *, consultations: bool = True) -> list[ColumnElement[bool]]:
        cond: list[ColumnElement[bool]] = [
            Contact.started_at >= self.start,
            Contact.started_at < self.end,
            Contact.deleted_at.is_(None),
        ]
        if consultations:
            cond.append(Contact.kind == CONSULTATION)
        if self.organisation is not None:
            cond.append(Contact.organisation == self.organisation)
        return cond


class _Counter:
    """Runs the queries on one connection, for the period and, optionally, the one
    before: with ``compare``, each query scans both periods at once (they are next
    to each other) and groups by which one a contact belongs to."""

    def __init__(self, conn: Connection, period: Period, organisation: str | None,
                 compare: bool, previous: Period):
        self.conn = conn
        start, end = period.utc_bounds()
        prev_start, prev_end = previous.utc_bounds()
        self.start = start
        self.compare = compare
        self.current = _Query(start, end, organisation)
        self.both = _Query(prev_start, end, organisation)
        # 1: this period; 0: the days compared with; 2: days between them, not counted
        # (the rest of the previous year when only its first days are compared).
        self.flag = case((Contact.started_at >= start, 1),
                         (Contact.started_at < prev_end, 0), else_=2)

    def _scope(self) -> tuple[_Query, ColumnElement[Any]]:
        if self.compare:
            return self.both, self.flag
        return self.current, literal(1)

    def by_columns(self, *columns: Any) -> tuple[dict[tuple[Any, ...], int],
                                                 dict[tuple[Any, ...], int]]:
        """Consultations grouped by contact columns: (current, previous) counts."""
        q, flag = self._scope()
        flag_col = flag.label("cur")
        stmt = (select(flag_col, *columns, func.count())
                .where(*q.where()).group_by(flag_col, *columns))
        current: dict[tuple[Any, ...], int] = {}
        previous: dict[tuple[Any, ...], int] = {}
        for row in self.conn.execute(stmt):
            if row[0] == 2:
                continue
            target = current if row[0] == 1 else previous
            target[tuple(row[1:-1])] = int(row[-1])
        return current, previous

    def by_child(self, child_column: Any, child_key: Any, outer: bool = False,
                 fallback: str = NO_DESTINATION) -> tuple[Cross, Counts]:
        """Consultations by a child table's value and gender (current), and by value
        alone (previous period). With ``outer``, a contact without a child row counts
        under ``fallback``."""
        q, flag = self._scope()
        flag_col = flag.label("cur")
        value = func.coalesce(child_column, fallback) if outer else child_column
        join_on = child_key == Contact.id
        stmt = (select(flag_col, value.label("v"), Contact.gender, func.count())
                .select_from(Contact)
                .join(child_key.table, join_on, isouter=outer)
                .where(*q.where())
                .group_by(flag_col, value, Contact.gender))
        current: Cross = {}
        previous: Counts = {}
        for cur, v, gender, n in self.conn.execute(stmt):
            if cur == 2:
                continue
            if cur == 1:
                current.setdefault(str(v), {})[str(gender)] = int(n)
            else:
                previous[str(v)] = previous.get(str(v), 0) + int(n)
        return current, previous

    def by_kind(self) -> tuple[Counts, Counts]:
        """All contacts (non-data too) by kind, in both periods (always compared: the
        previous total is part of every result)."""
        flag = self.flag.label("cur")
        stmt = (select(flag, Contact.kind, func.count())
                .where(*self.both.where(consultations=False))
                .group_by(flag, Contact.kind))
        current: Counts = {}
        previous: Counts = {}
        for cur, kind, n in self.conn.execute(stmt):
            if cur != 2:
                (current if cur == 1 else previous)[str(kind)] = int(n)
        return current, previous

    def over_time(self, period: Period) -> Counts:
        """Consultations per day or month of the period, in one scan."""
        buckets = period.buckets()
        sums: list[Any] = []
        for _key, sub in buckets:
            lo, hi = sub.utc_bounds()
            sums.append(func.sum(case((and_(Contact.started_at >= lo,
                                            Contact.started_at < hi), 1), else_=0))
                        .label(f"b{len(sums)}"))
        result: Counts = {key: 0 for key, _ in buckets}
        # SQLite caps the columns of a result; long periods go in slices.
        for first in range(0, len(sums), 500):
            part = sums[first:first + 500]
            row = self.conn.execute(select(*part).where(*self.current.where())).one()
            for i, value in enumerate(row):
                result[buckets[first + i][0]] = int(value or 0)
        return result

    def by_consultant(self) -> dict[str, tuple[str, int, int]]:
        consult = func.sum(case((Contact.kind == CONSULTATION, 1), else_=0))
        stmt = (select(Contact.consultant_id, User.full_name, consult, func.count())
                .select_from(Contact)
                .outerjoin(User, User.id == Contact.consultant_id)
                .where(*self.current.where(consultations=False))
                .group_by(Contact.consultant_id, User.full_name))
        result = {}
        for uid, name, consultations, n in self.conn.execute(stmt):
            key = uid or NOT_RECORDED
            result[key] = (name or "", int(consultations or 0), int(n) - int(consultations or 0))
        return result


def _fill(codes: Iterable[str], counts: Counts) -> Counts:
    """Every code of the list with its count (0 when none), then any other code found."""
    result = dict.fromkeys(codes, 0)
    for k, v in counts.items():
        result[k] = result.get(k, 0) + v
    return result


def _sum_first(grouped: dict[tuple[Any, ...], int], index: int, fallback: str) -> Counts:
    result: Counts = {}
    for key, n in grouped.items():
        k = _ckey(key[index], fallback)
        result[k] = result.get(k, 0) + n
    return result


def _cross(grouped: dict[tuple[Any, ...], int], row_index: int, col_index: int,
           row_fallback: str) -> Cross:
    result: Cross = {}
    for key, n in grouped.items():
        r = _ckey(key[row_index], row_fallback)
        c = _ckey(key[col_index], UNKNOWN)
        inner = result.setdefault(r, {})
        inner[c] = inner.get(c, 0) + n
    return result


def compute(
    store: Store,
    period: Period,
    organisation: str | None = None,
    *,
    detail: bool = True,
    compare: bool = True,
    internal: bool = True,
    progress: Progress | None = None,
    tax: Taxonomy | None = None,
    today: date | None = None,
) -> Statistics:
    """Every number of ``period`` for ``organisation`` (None: both, national).

    ``detail`` False computes only what the statistics JSON needs (the command line's
    ``stats --json``); ``compare`` adds the previous period's count to every row of
    the single-column tables; ``internal`` adds the table of contacts per consultant.
    ``progress(done, total)`` is called after each query; False stops with
    :class:`StatsCancelled`. A period not over on ``today`` (default: the local date) is
    compared with the same days of the previous period (:meth:`Period.comparison`).
    """
    t0 = clock.perf_counter()
    previous_period, elapsed = period.comparison(today)
    tax = tax or load_taxonomy()
    compare = compare and detail
    if detail:
        load_sections()
    sections = [k for k, f in _SECTIONS.items() if f is not None] if detail else []
    steps = (8 + (1 if internal else 0) + len(sections)) if detail else 4
    done = 0

    def step() -> None:
        nonlocal done
        done += 1
        if progress is not None and not progress(done, steps):
            raise StatsCancelled

    genders = _codes(tax, "gender")
    with store.engine.connect() as conn:
        # One read transaction: every query sees the same snapshot of the file.
        counter = _Counter(conn, period, organisation, compare, previous_period)
        if progress is not None and not progress(0, steps):
            raise StatsCancelled
        kinds, prev_kinds = counter.by_kind()
        step()
        total = kinds.get(CONSULTATION, 0)
        prev_total = prev_kinds.get(CONSULTATION, 0)
        by_kind = {k: n for k, n in kinds.items() if k != CONSULTATION}
        # One scan for the columns of the contact itself with few values each:
        # channel × gender × crisis × region × how heard (a few thousand groups at most).
        cgc, cgc_prev = counter.by_columns(Contact.channel, Contact.gender, Contact.crisis,
                                           Contact.region, Contact.how_heard)
        step()
        topic_gender, topic_prev = counter.by_child(ContactTopic.topic, ContactTopic.contact_id)
        step()
        dest_gender, dest_prev = counter.by_child(
            ContactDestination.country, ContactDestination.contact_id, outer=True)
        step()

        stats: dict[str, Any] = {}
        previous_counts: dict[str, Counts] = {}
        if detail:
            age, age_prev = counter.by_columns(Contact.age_group, Contact.gender)
            step()
            role, role_prev = counter.by_columns(Contact.caller_role, Contact.travel_purpose,
                                                 Contact.organisation)
            step()
            outcome, outcome_prev = counter.by_child(ContactOutcome.outcome,
                                                     ContactOutcome.contact_id)
            step()
            stats["over_time"] = counter.over_time(period)
            step()
            stats["by_age_group"] = _fill(_codes(tax, "age_group"),
                                          _sum_first(age, 0, UNKNOWN))
            stats["by_age_gender"] = _cross(age, 0, 1, UNKNOWN)
            stats["by_caller_role"] = _fill(_codes(tax, "caller_role"),
                                            _sum_first(role, 0, NOT_RECORDED))
            stats["by_travel_purpose"] = _fill(_codes(tax, "travel_purpose"),
                                               _sum_first(role, 1, UNKNOWN))
            stats["by_organisation"] = _fill(_codes(tax, "organisation"),
                                             _sum_first(role, 2, NOT_RECORDED))
            stats["by_outcome"] = _fill(_codes(tax, "outcome"),
                                        {k: sum(v.values()) for k, v in outcome.items()})
            stats["by_channel_gender"] = _cross(cgc, 0, 1, UNKNOWN)
            crisis_by_gender: Counts = dict.fromkeys(genders, 0)
            for group, n in cgc.items():
                if group[2]:
                    key = _ckey(group[1], UNKNOWN)
                    crisis_by_gender[key] = crisis_by_gender.get(key, 0) + n
            stats["crisis_by_gender"] = crisis_by_gender
            if internal:
                stats["by_consultant"] = counter.by_consultant()
                step()
            found: dict[str, Counts | None] = dict.fromkeys(_SECTIONS)
            for key in sections:
                counter_fn = _SECTIONS[key]
                assert counter_fn is not None
                start, end = period.utc_bounds()
                found[key] = counter_fn(conn, start, end, organisation)
                step()
            stats["sections"] = found
            if compare:
                previous_counts = {
                    "channel": _sum_first(cgc_prev, 0, UNKNOWN),
                    "gender": _sum_first(cgc_prev, 1, UNKNOWN),
                    "topic": topic_prev,
                    "destination": dest_prev,
                    "region": _sum_first(cgc_prev, 3, UNKNOWN),
                    "how_heard": _sum_first(cgc_prev, 4, UNKNOWN),
                    "age_group": _sum_first(age_prev, 0, UNKNOWN),
                    "caller_role": _sum_first(role_prev, 0, NOT_RECORDED),
                    "travel_purpose": _sum_first(role_prev, 1, UNKNOWN),
                    "organisation": _sum_first(role_prev, 2, NOT_RECORDED),
                    "outcome": outcome_prev,
                    "non_data": {k: n for k, n in prev_kinds.items() if k != CONSULTATION},
                }
        conn.rollback()

    by_gender_raw = _sum_first(cgc, 1, UNKNOWN)
    topic_gender_full = {t: _fill(genders, topic_gender.get(t, {}))
                         for t in _ordered(_codes(tax, "topic"), topic_gender)}
    dest_gender_full = {d: _fill(genders, inner) for d, inner in
                        sorted(dest_gender.items(), key=lambda kv: (-sum(kv[1].values()),
                                                                   kv[0]))}
    crisis = sum(n for group, n in cgc.items() if group[2])
    result = Statistics(
        period=period,
        organisation=organisation,
        total=total,
        non_data=sum(by_kind.values()),
        crisis=crisis,
        previous=PreviousPeriod(previous_period, prev_total, change_pct(total, prev_total),
                                elapsed),
        by_kind=_fill([c for c in _codes(tax, "contact_kind") if c != CONSULTATION],
                      by_kind),
        by_channel=_fill(_codes(tax, "channel"), _sum_first(cgc, 0, UNKNOWN)),
        by_gender=_fill(genders, by_gender_raw),
        by_topic={t: sum(v.values()) for t, v in topic_gender_full.items()},
        by_topic_gender=topic_gender_full,
        by_destination={d: sum(v.values()) for d, v in dest_gender_full.items()},
        by_destination_gender=dest_gender_full,
        by_region=_fill(_codes(tax, "region"), _sum_first(cgc, 3, UNKNOWN)),
        by_how_heard=_fill(_codes(tax, "how_heard"), _sum_first(cgc, 4, UNKNOWN)),
        previous_counts=previous_counts or None,
        seconds=clock.perf_counter() - t0,
        **stats,
    )
    if progress is not None:
        progress(steps, steps)
    log.info("statistics %s org=%s: %d consultations in %.3f s", period, organisation,
             total, result.seconds)
    return result


def statistics_json(store: Store, period: Period, organisation: str | None = None) -> dict[
    str, Any
]:
    """The statistics JSON of spec/interfaces.md for a period and organisation."""
    return compute(store, period, organisation, detail=False).to_json()
