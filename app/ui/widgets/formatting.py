"""Dates and times as the screens show them, in one way, through QLocale.

Every screen shows a date as ``07.01.2027`` and a time as ``14:30`` (``14:30:05`` where
seconds matter), in every interface language: the national numeric form that
consultants read in Russian and Belarusian and the same form the date field takes when
they type (app/ui/widgets/datefield.py), so what is shown can be typed back. The
formatting goes through the interface language's QLocale (set by app/ui/i18n.py), so
its digits and any name of a month or day follow the language. A moment stored in UTC
is shown in the computer's local time.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime

DATE_PATTERN = "dd.MM.yyyy"
TIME_PATTERN = "HH:mm"
SECONDS_PATTERN = "HH:mm:ss"


def _local(value: datetime) -> datetime:
    """A moment in local time (a naive one is taken as local already)."""
    return value.astimezone() if value.tzinfo else value


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _qtime(value: datetime) -> QTime:
    return QTime(value.hour, value.minute, value.second)


def show_date(value: date | datetime | None) -> str:
    """A calendar day, or the local day of a moment ("" for none)."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        value = _local(value).date()
    return QLocale().toString(_qdate(value), DATE_PATTERN)


def show_time(value: datetime, seconds: bool = False) -> str:
    """The local time of a moment."""
    return QLocale().toString(_qtime(_local(value)),
                              SECONDS_PATTERN if seconds else TIME_PATTERN)


def show_date_time(value: datetime | None, seconds: bool = False) -> str:
    """A moment's local day and time ("" for none)."""
    if value is None:
        return ""
    local = _local(value)
    moment = QDateTime(_qdate(local.date()), _qtime(local))
    pattern = f"{DATE_PATTERN} {SECONDS_PATTERN if seconds else TIME_PATTERN}"
    return QLocale().toString(moment, pattern)
