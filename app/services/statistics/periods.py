"""Periods of the statistics: local calendar dates, inclusive at both ends.

A :class:`Period` is whole years, quarters, months or plain days; it knows the period
just before it, the like-for-like comparison of a period not over yet, its UTC bounds
(contacts store their start in UTC) and its sub-periods for the table over time.
:class:`PreviousPeriod` is what a period's total is compared with. The counting is in
:mod:`app.services.statistics.sums`, which re-exports these names.
"""

from __future__ import annotations

from calendar import monthrange
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Literal

PeriodUnit = Literal["year", "quarter", "month", "day"]


# -- calendar periods ---------------------------------------------------------------------------


def _add_months(d: date, months: int) -> date:
    """The first day of the month ``months`` after (or before) ``d``'s month."""
    index = d.year * 12 + d.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def _shift_months(d: date, months: int) -> date:
    """The same day ``months`` later (or earlier); the month's last day when it has no
    such day (29 February 2024 a year back is 28 February 2023)."""
    first = _add_months(d, months)
    return first.replace(day=min(d.day, monthrange(first.year, first.month)[1]))


def _last_day(d: date) -> date:
    return d.replace(day=monthrange(d.year, d.month)[1])


def local_midnight_utc(d: date) -> datetime:
    """The UTC instant at which the local calendar day ``d`` begins."""
    return datetime.combine(d, time()).astimezone().astimezone(UTC)


@dataclass(frozen=True)
class Period:
    """Local calendar dates from ``start`` to ``end``, both included."""

    start: date
    end: date

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise ValueError(f"the period ends ({self.end}) before it starts ({self.start})")

    @classmethod
    def year(cls, year: int) -> Period:
        return cls(date(year, 1, 1), date(year, 12, 31))

    @classmethod
    def quarter(cls, year: int, quarter: int) -> Period:
        if not 1 <= quarter <= 4:
            raise ValueError("a quarter is 1 to 4")
        first = date(year, 3 * quarter - 2, 1)
        return cls(first, _last_day(date(year, 3 * quarter, 1)))

    @classmethod
    def month(cls, year: int, month: int) -> Period:
        first = date(year, month, 1)
        return cls(first, _last_day(first))

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    def _whole_months(self) -> int:
        """How many whole calendar months the period is made of (0: it is not)."""
        if self.start.day != 1 or self.end != _last_day(self.end):
            return 0
        return (self.end.year - self.start.year) * 12 + self.end.month - self.start.month + 1

    @property
    def unit(self) -> tuple[PeriodUnit, int]:
        """What the period is made of: whole years, quarters, months, or days; how many."""
        months = self._whole_months()
        if months:
            if self.start.month == 1 and months % 12 == 0:
                return "year", months // 12
            if self.start.month % 3 == 1 and months % 3 == 0:
                return "quarter", months // 3
            return "month", months
        return "day", self.days

    def previous(self) -> Period:
        """The period just before, of the same length.

        The same number of whole calendar years, quarters or months when the period is
        made of them (2013 → 2012 with its 29 February; February → January), otherwise
        the same number of days.
        """
        months = self._whole_months()
        if months:
            return Period(_add_months(self.start, -months), self.start - timedelta(days=1))
        end = self.start - timedelta(days=1)
        return Period(end - timedelta(days=self.days - 1), end)

    def comparison(self, today: date | None = None) -> tuple[Period, Period | None]:
        """The period to compare with, and the days of this one it is compared over.

        A period that is over (or has not begun) is compared with :meth:`previous`; the
        second value is None. A period that is not over yet (its end is after
        ``today``) is compared like with like: its days up to ``today`` against the
        same days of the previous period (1 January – 7 December 2026 against
        1 January – 7 December 2025); the second value is then those days of this
        period.
        """
        today = today or date.today()
        if self.end <= today or today < self.start:
            return self.previous(), None
        elapsed = Period(self.start, today)
        months = self._whole_months()
        if months:
            return Period(_shift_months(self.start, -months),
                          _shift_months(today, -months)), elapsed
        shift = timedelta(days=self.days)
        return Period(self.start - shift, today - shift), elapsed

    def utc_bounds(self) -> tuple[datetime, datetime]:
        """UTC instants ``[from, to)`` of the local calendar days of the period."""
        return local_midnight_utc(self.start), local_midnight_utc(self.end + timedelta(days=1))

    def buckets(self) -> list[tuple[str, Period]]:
        """Sub-periods for the table over time: days for up to 62 days, else months."""
        if self.days <= 62:
            return [(d.isoformat(), Period(d, d)) for d in
                    (self.start + timedelta(days=i) for i in range(self.days))]
        result = []
        first = self.start.replace(day=1)
        while first <= self.end:
            sub = Period(max(first, self.start), min(_last_day(first), self.end))
            result.append((first.strftime("%Y-%m"), sub))
            first = _add_months(first, 1)
        return result

    def __str__(self) -> str:
        return f"{self.start.isoformat()} – {self.end.isoformat()}"


# -- comparison ----------------------------------------------------------------------


@dataclass(frozen=True)
class PreviousPeriod:
    """What a period is compared with. ``period`` is exactly the days taken; when the
    period is not over yet, ``elapsed`` is its days so far, compared with the same
    days of the previous period (None: the whole periods are compared)."""

    period: Period
    total: int
    change_pct: float | None
    elapsed: Period | None = None

    @property
    def same_days(self) -> bool:
        return self.elapsed is not None


def change_pct(current: int, previous: int) -> float | None:
    """Change against the previous number in percent, one decimal; None if it was 0."""
    if previous == 0:
        return None
    return round((current - previous) * 100 / previous, 1)
