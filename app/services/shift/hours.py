"""The infoline's working hours: when a callback can be made.

The hours are the site's setting ``working_hours`` (["08:00", "20:00"], the same the
contact form uses for its "outside working hours" mark) and the days the setting
``working_days`` (ISO weekdays, 1 = Monday … 7 = Sunday). Infoline 113 answers every
day from 8 a.m. till 8 p.m. (its annual report), so the default is every day.
Times are compared in local time; the database keeps UTC.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta

DEFAULT_HOURS = ("08:00", "20:00")
DEFAULT_DAYS: tuple[int, ...] = (1, 2, 3, 4, 5, 6, 7)
DAYS_SETTING = "working_days"
HOURS_SETTING = "working_hours"

DEFAULT_DELAY = timedelta(hours=1)
"""A callback's time when the consultant does not choose one: an hour from now (then
rounded up to a quarter of an hour and moved into the working hours)."""


def _hhmm(value: str) -> time:
    hours, minutes = value.split(":")
    return time(int(hours), int(minutes))


@dataclass(frozen=True)
class WorkingHours:
    start: time
    end: time
    days: tuple[int, ...]

    @classmethod
    def of(cls, hours: object, days: object) -> WorkingHours:
        """From the settings' stored values; anything unreadable gives the default."""
        try:
            if not (isinstance(hours, list | tuple) and len(hours) == 2):
                raise ValueError
            start, end = _hhmm(str(hours[0])), _hhmm(str(hours[1]))
        except ValueError:
            start, end = _hhmm(DEFAULT_HOURS[0]), _hhmm(DEFAULT_HOURS[1])
        wanted = days if isinstance(days, list | tuple) else DEFAULT_DAYS
        good = tuple(sorted({d for d in wanted if isinstance(d, int) and 1 <= d <= 7}))
        return cls(start, end, good or DEFAULT_DAYS)

    def is_open(self, moment: datetime) -> bool:
        local = moment.astimezone()
        if local.isoweekday() not in self.days:
            return False
        t = local.time()
        if self.start == self.end:
            return True
        if self.start < self.end:
            return self.start <= t < self.end
        return t >= self.start or t < self.end  # hours spanning midnight

    def next_opening(self, moment: datetime) -> datetime:
        """``moment`` when the line is open then, else the next opening time (UTC)."""
        if self.is_open(moment):
            return moment.astimezone(UTC)
        local = moment.astimezone()
        for days_ahead in range(9):
            day = (local + timedelta(days=days_ahead)).date()
            opening = datetime.combine(day, self.start).astimezone()
            if opening > local and opening.isoweekday() in self.days:
                return opening.astimezone(UTC)
        return moment.astimezone(UTC)  # not reached: some day is always open

    def place(self, due: datetime, keep_outside: bool = False) -> tuple[datetime, bool]:
        """Where a callback due at ``due`` goes: the next opening time when the line is
        closed then, unless the consultant keeps the time. Returns (time, moved)."""
        if keep_outside or self.is_open(due):
            return due.astimezone(UTC), False
        return self.next_opening(due), True

    def default_due(self, now: datetime) -> datetime:
        """The next working slot a callback gets unless the consultant chooses."""
        later = (now + DEFAULT_DELAY).astimezone(UTC).replace(second=0, microsecond=0)
        extra = (-later.minute) % 15
        return self.place(later + timedelta(minutes=extra))[0]
