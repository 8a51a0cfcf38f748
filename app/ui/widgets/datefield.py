"""The one field for a date, or a date and a time, on every screen.

A date is typed as digits: ``07.01.2027``, ``7.1.2027`` or ``07012027`` (with a time,
``07.01.2027 14:30``). What is typed is kept exactly as typed, or refused with a message
right under the field: 31.02.2026 is not quietly turned into 28.02.2026, a date in the
future is not dropped, and a field that is optional may be left empty (it never shows a
placeholder date such as 1900). The calendar button (or F4, or Alt+Down) opens a calendar
at the date in the field, or at today.

Whether a date is allowed (in the future, too long ago, before another date) is for the
service to say; the field only says whether what was typed is a date at all.
"""

from __future__ import annotations

import re
from calendar import monthrange
from datetime import UTC, date, datetime, time

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import (
    QCalendarWidget,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.ui.widgets.formatting import show_date, show_date_time
from app.ui.widgets.style import ERROR_RED

ERROR_STYLE = f"color: {ERROR_RED};"
FIRST_YEAR, LAST_YEAR = 1900, 2999

_DATE = re.compile(r"(\d{1,2})[.,/\- ](\d{1,2})[.,/\- ](\d{4})")
_DIGITS = re.compile(r"(\d{2})(\d{2})(\d{4})")
_TIME = re.compile(r"(\d{1,2})[:.]?(\d{2})")


class DateError(ValueError):
    """What was typed is not a date (or a date and time); the message says why."""


def parse_date(text: str) -> date:
    """A date as typed (day, month, year); DateError, in words, when it is none."""
    text = text.strip()
    match = _DATE.fullmatch(text) or _DIGITS.fullmatch(text)
    if match is None:
        raise DateError(
            QCoreApplication.translate(
                "DateField", "«%1» is not a date: type the day, month and year, as 07.01.2027"
            ).replace("%1", text)
        )
    day, month, year = (int(g) for g in match.groups())
    if not FIRST_YEAR <= year <= LAST_YEAR:
        year_typed = match.group(3)
        raise DateError(
            QCoreApplication.translate("DateField", "%1 is not a year the field accepts (%2–%3)")
            .replace("%1", year_typed)
            .replace("%2", str(FIRST_YEAR))
            .replace("%3", str(LAST_YEAR))
        )
    if not 1 <= month <= 12:
        raise DateError(
            QCoreApplication.translate(
                "DateField", "There is no month %1: months are 1 to 12"
            ).replace("%1", str(month))
        )
    days = monthrange(year, month)[1]
    if not 1 <= day <= days:
        raise DateError(
            QCoreApplication.translate("DateField", "There is no %1: that month has %2 days")
            .replace("%1", f"{day:02d}.{month:02d}.{year}")
            .replace("%2", str(days))
        )
    return date(year, month, day)


def parse_time(text: str) -> time:
    match = _TIME.fullmatch(text.strip())
    if match is None:
        raise DateError(
            QCoreApplication.translate(
                "DateField", "«%1» is not a time: type hours and minutes, as 14:30"
            ).replace("%1", text.strip())
        )
    hour, minute = int(match.group(1)), int(match.group(2))
    if hour > 23 or minute > 59:
        raise DateError(
            QCoreApplication.translate(
                "DateField", "There is no time %1: hours are 0 to 23, minutes 0 to 59"
            ).replace("%1", f"{hour:02d}:{minute:02d}")
        )
    return time(hour, minute)


def parse_date_time(text: str) -> datetime:
    """A local date and time as typed, returned in UTC."""
    text = " ".join(text.split())
    digits = re.fullmatch(r"(\d{8})(\d{4})", text)
    if digits:
        day_part, time_part = digits.group(1), digits.group(2)
    else:
        day_part, _sep, time_part = text.rpartition(" ")
        if not day_part or not _TIME.fullmatch(time_part):
            raise DateError(
                QCoreApplication.translate(
                    "DateField", "«%1» is not a date and time: type them as 07.01.2027 14:30"
                ).replace("%1", text)
            )
    local = datetime.combine(parse_date(day_part), parse_time(time_part))
    return local.astimezone(UTC)


def to_qdate(value: date) -> QDate:
    """A calendar day as Qt's date (the calendar popup, locale formatting)."""
    return QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> date:
    """Qt's date as a calendar day."""
    return date(value.year(), value.month(), value.day())


def format_date(value: date) -> str:
    """The day as the field shows it (and takes it typed): 07.01.2027."""
    return show_date(value)


def format_date_time(value: datetime) -> str:
    """The local day and time as the field shows them: 07.01.2027 14:30."""
    return show_date_time(value)


class _Line(QLineEdit):
    """The typing part: all of it is selected when the field is entered, so what is
    typed replaces the date instead of going into the middle of it."""

    calendar_requested = Signal()

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self._keys_since_focus = 0
        if event.reason() != Qt.FocusReason.PopupFocusReason:
            self.selectAll()
        if event.reason() == Qt.FocusReason.MouseFocusReason:
            # The click places the cursor after focusing: select again after it,
            # unless typing has begun.
            QTimer.singleShot(0, self._select_if_untouched)

    def _select_if_untouched(self) -> None:
        if not getattr(self, "_keys_since_focus", 0):
            self.selectAll()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        self._keys_since_focus = getattr(self, "_keys_since_focus", 0) + 1
        if event.key() == Qt.Key.Key_F4 or (
            event.key() == Qt.Key.Key_Down and event.modifiers() & Qt.KeyboardModifier.AltModifier
        ):
            self.calendar_requested.emit()
            return
        super().keyPressEvent(event)


class _Popup(QFrame):
    """The calendar, as a popup under the field."""

    def __init__(self, parent: QWidget):
        super().__init__(parent, Qt.WindowType.Popup)
        self.setFrameShape(QFrame.Shape.Box)
        self.calendar = QCalendarWidget()
        self.calendar.setGridVisible(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(1, 1, 1, 1)
        layout.addWidget(self.calendar)


class DateField(QWidget):
    """A date (``with_time``: a date and a time) typed or picked from a calendar.

    ``value()`` is what the field holds: a ``date`` (or an aware ``datetime`` in UTC),
    None when an optional field is empty; it raises :class:`DateError` when the text is
    not one. ``problem()`` says so under the field, and dialogs check it before saving.
    """

    changed = Signal()  # the text changed (typed, set, or picked)
    value_changed = Signal()  # the text became another date (what filters follow)

    def __init__(
        self,
        value: date | datetime | None = None,
        *,
        optional: bool = False,
        with_time: bool = False,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.optional = optional
        self.with_time = with_time
        self._last_good: date | datetime | None = None
        self.edit = _Line()
        self.edit.setObjectName("dateText")
        self.edit.setMaxLength(40)
        self.button = QToolButton()
        self.button.setObjectName("calendarButton")
        self.button.setText("▾")
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.message = QLabel()
        self.message.setObjectName("dateProblem")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.hide()
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(2)
        row.addWidget(self.edit, 1)
        row.addWidget(self.button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(row)
        layout.addWidget(self.message)
        self.setFocusProxy(self.edit)
        self.popup: _Popup | None = None
        self.edit.textChanged.connect(self._typed)
        self.edit.editingFinished.connect(self._finished)
        self.edit.calendar_requested.connect(self.open_calendar)
        self.button.clicked.connect(self.open_calendar)
        self.retranslate()
        fm = self.edit.fontMetrics()
        sample = "00.00.0000 00:00" if with_time else "00.00.0000"
        self.edit.setMinimumWidth(fm.horizontalAdvance(sample + "  ") + 12)
        self.set_value(value if value is not None or optional else self._today())

    def retranslate(self) -> None:
        self.edit.setPlaceholderText(
            QCoreApplication.translate("DateField", "dd.mm.yyyy hh:mm")
            if self.with_time
            else QCoreApplication.translate("DateField", "dd.mm.yyyy")
        )
        self.button.setToolTip(QCoreApplication.translate("DateField", "Calendar (F4)"))

    def _today(self) -> date | datetime:
        if self.with_time:
            return datetime.now(UTC).replace(second=0, microsecond=0)
        return date.today()

    # -- value --

    def text(self) -> str:
        return self.edit.text()

    def set_value(self, value: date | datetime | None) -> None:
        if value is None:
            self.edit.setText("")
        elif self.with_time:
            assert isinstance(value, datetime)
            self.edit.setText(format_date_time(value))
        else:
            day = value.date() if isinstance(value, datetime) else value
            self.edit.setText(format_date(day))
        self.edit.setCursorPosition(0)
        self._remember(value)
        self.message.hide()

    def value(self) -> date | datetime | None:
        return self._read()

    def _read(self) -> date | datetime | None:
        text = self.edit.text().strip()
        if not text:
            if self.optional:
                return None
            raise DateError(
                QCoreApplication.translate("DateField", "A date is required here")
                if not self.with_time
                else QCoreApplication.translate("DateField", "A date and time are required here")
            )
        return parse_date_time(text) if self.with_time else parse_date(text)

    def date_value(self) -> date | None:
        value = self._read()
        return value.date() if isinstance(value, datetime) else value

    def last_good(self) -> date | datetime | None:
        """The last value the field held that was a date: for drafts and clocks while
        the consultant is still typing. Never for saving: that is :meth:`value`."""
        return self._last_good

    def last_day(self) -> date:
        """The day of :meth:`last_good` (today if there never was one): what a filter
        uses while the field's text is not a date, its message saying so."""
        value = self._last_good
        if isinstance(value, datetime):
            return value.astimezone().date()
        return value or date.today()

    def problem(self) -> str | None:
        """Why what was typed is not a date, shown under the field; None when it is."""
        try:
            self._read()
        except DateError as exc:
            self.message.setText(str(exc))
            self.message.show()
            return str(exc)
        self.message.hide()
        return None

    def _typed(self, _text: str) -> None:
        try:
            value = self._read()
        except DateError:
            pass
        else:
            self.message.hide()
            self._remember(value)
        self.changed.emit()

    def _remember(self, value: date | datetime | None) -> None:
        if value != self._last_good:
            self._last_good = value
            self.value_changed.emit()

    def _finished(self) -> None:
        if self.problem() is None:
            value = self._read()
            if value is not None:
                shown = (
                    format_date_time(value) if isinstance(value, datetime) else (format_date(value))
                )
                if shown != self.edit.text():
                    self.edit.setText(shown)

    # -- calendar --

    def open_calendar(self) -> None:
        if self.popup is None:
            self.popup = _Popup(self)
            self.popup.calendar.clicked.connect(self._picked)
            self.popup.calendar.activated.connect(self._picked)
            self.popup.calendar.installEventFilter(self)
        try:
            current = self.date_value()
        except DateError:
            current = None
        local = current or date.today()
        self.popup.calendar.setSelectedDate(to_qdate(local))
        self.popup.calendar.setCurrentPage(local.year, local.month)
        self.popup.adjustSize()
        self.popup.move(self.mapToGlobal(self.edit.geometry().bottomLeft()))
        self.popup.show()
        self.popup.calendar.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            self.popup is not None
            and watched is self.popup.calendar
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Escape
        ):
            self.popup.hide()
            self.edit.setFocus()
            return True
        return super().eventFilter(watched, event)

    def _picked(self, picked: QDate) -> None:
        day = from_qdate(picked)
        if self.with_time:
            try:
                held = self._read()
            except DateError:
                held = None
            clock = held.astimezone().time() if isinstance(held, datetime) else time(9, 0)
            self.set_value(datetime.combine(day, clock).astimezone(UTC))
        else:
            self.set_value(day)
        if self.popup is not None:
            self.popup.hide()
        self.edit.setFocus()


def date_problem(window: QWidget) -> str | None:
    """The first date field of ``window`` whose text is not a date: its message shown
    under it, the field focused. None when every date field holds a date."""
    for field in window.findChildren(DateField):
        if not field.isVisibleTo(window):
            continue
        problem = field.problem()
        if problem is not None:
            field.setFocus()
            return problem
    return None
