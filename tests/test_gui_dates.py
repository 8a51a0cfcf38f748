"""The date field of every screen, typed one key at a time as a consultant types.

A typed date is kept exactly or refused with a message under the field; the calendar
opens at today; an optional date may stay empty."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtWidgets import QTableView

from app.models.taxonomy import load
from app.ui.assistance.dialogs import MonitoringDialog, ServiceDialog
from app.ui.widgets.datefield import DateField

TAX = load()
# The offscreen platform cannot grab the keyboard for a popup (the calendar).
POPUP = pytest.mark.qt_log_ignore("grabbing the keyboard", "does not support raise")


def show_active(qtbot, window) -> None:
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)


def click_in(qtbot, field: DateField, x: int) -> None:
    """A click somewhere inside the text (as on the month), coming from another field."""
    assert not field.edit.hasFocus()
    qtbot.mouseClick(field.edit, Qt.MouseButton.LeftButton,
                     pos=QPoint(x, field.edit.height() // 2))
    qtbot.wait(20)


@pytest.fixture
def service_dialog(qtbot):
    submitted = []

    def submit(value):
        submitted.append(value)

    dialog = ServiceDialog(TAX, "ru", submit)
    qtbot.addWidget(dialog)
    show_active(qtbot, dialog)
    dialog.service.setFocus()
    return dialog, submitted


def test_a_date_typed_after_a_click_is_the_date_typed(qtbot, service_dialog):
    dialog, submitted = service_dialog
    field = dialog.service_on
    click_in(qtbot, field, field.edit.width() // 3)  # on the month
    qtbot.keyClicks(field.edit, "07.01.2027")
    qtbot.keyClick(field.edit, Qt.Key.Key_Return)  # Enter confirms the dialog
    assert [s.service_on for s in submitted] == [date(2027, 1, 7)]  # in the future: kept
    assert not dialog.isVisible()


def test_an_impossible_date_is_refused_next_to_the_field_and_nothing_saved(
        qtbot, service_dialog):
    dialog, submitted = service_dialog
    field = dialog.service_on
    field.setFocus()
    qtbot.keyClicks(field.edit, "31.02.2026")
    qtbot.keyClick(field.edit, Qt.Key.Key_Return)
    assert submitted == []
    assert dialog.isVisible()
    assert field.message.isVisible()
    assert "31.02.2026" in field.message.text()
    assert "28" in field.message.text()  # February 2026 has 28 days
    assert field.edit.text() == "31.02.2026"  # not turned into 28.02.2026
    assert dialog.errors.text().startswith("Date: ")  # the dialog names the field
    assert dialog.focusWidget() is field.edit
    field.edit.selectAll()
    qtbot.keyClicks(field.edit, "28022026")  # digits alone are a date too
    qtbot.keyClick(field.edit, Qt.Key.Key_Return)
    assert [s.service_on for s in submitted] == [date(2026, 2, 28)]


@pytest.mark.parametrize(("typed", "problem"), [
    ("32.01.2026", "There is no 32.01.2026"),
    ("07.13.2026", "There is no month 13"),
    ("7 января", "is not a date"),
    ("07.01.26", "is not a date"),
    ("07.01.0207", "0207"),
])
def test_what_is_not_a_date_says_why(qtbot, typed, problem):
    field = DateField()
    qtbot.addWidget(field)
    field.edit.setText(typed)
    assert problem in (field.problem() or "")
    assert field.message.text() == field.problem()


@POPUP
def test_the_next_visit_starts_empty_opens_the_calendar_at_today_and_keeps_a_typed_date(
        qtbot):
    submitted = []
    dialog = MonitoringDialog(TAX, "ru", [], submitted.append)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    field = dialog.next_visit
    assert field.edit.text() == ""  # not 01.01.1900
    assert field.value() is None
    field.setFocus()
    qtbot.keyClick(field.edit, Qt.Key.Key_F4)
    assert field.popup is not None
    assert field.popup.isVisible()
    assert field.popup.calendar.selectedDate() == QDate.currentDate()
    assert (field.popup.calendar.yearShown(), field.popup.calendar.monthShown()) == (
        date.today().year, date.today().month)
    qtbot.keyClick(field.popup.calendar, Qt.Key.Key_Escape)
    assert not field.popup.isVisible()
    assert field.edit.text() == ""  # closing the calendar picks nothing
    qtbot.keyClicks(field.edit, "07.01.2027")
    dialog.accept()
    assert [v.next_visit_on for v in submitted] == [date(2027, 1, 7)]


@POPUP
def test_a_date_picked_in_the_calendar_is_shown_and_kept(qtbot):
    field = DateField(optional=True)
    qtbot.addWidget(field)
    field.show()
    field.open_calendar()
    assert field.popup is not None
    field.popup.calendar.setSelectedDate(QDate(2026, 3, 9))
    view = field.popup.calendar.findChild(QTableView)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert field.edit.text() == "09.03.2026"
    assert field.value() == date(2026, 3, 9)
    assert not field.popup.isVisible()


def test_an_optional_date_can_be_emptied_and_a_required_one_cannot(qtbot):
    optional = DateField(date(2026, 5, 1), optional=True)
    required = DateField(date(2026, 5, 1))
    for field in (optional, required):
        qtbot.addWidget(field)
        field.edit.clear()
    assert optional.value() is None
    assert optional.problem() is None
    assert "required" in (required.problem() or "")


def test_a_date_and_time_is_typed_in_local_time_and_kept(qtbot):
    field = DateField(with_time=True)
    qtbot.addWidget(field)
    field.edit.selectAll()
    qtbot.keyClicks(field.edit, "07.01.2027 14:30")
    typed = datetime(2027, 1, 7, 14, 30).astimezone()
    assert field.value() == typed.astimezone(UTC)
    field.edit.selectAll()
    qtbot.keyClicks(field.edit, "07.01.2027 25:00")
    assert "There is no time 25:00" in (field.problem() or "")
    assert field.last_good() == typed.astimezone(UTC)  # for drafts, never for saving


def test_a_crisis_referral_due_time_that_is_no_date_keeps_the_dialog_open(
        qtbot, store, consultant):
    from app.services.crisis.service import CrisisService
    from app.ui.crisis.page import ReferralDialog

    dialog = ReferralDialog(CrisisService(store, consultant.id), "en", [], set())
    qtbot.addWidget(dialog)
    show_active(qtbot, dialog)
    dialog.due.setFocus()
    assert dialog.due.edit.hasSelectedText()  # the whole date: typing replaces it
    qtbot.keyClicks(dialog.due.edit, "31.04.2026 10:00")
    dialog.accept()
    assert dialog.isVisible()  # refused, not turned into 30.04 or 01.05
    assert "There is no 31.04.2026: that month has 30 days" in dialog.due.message.text()
    assert dialog.due.edit.text() == "31.04.2026 10:00"
    dialog.due.edit.selectAll()
    qtbot.keyClicks(dialog.due.edit, "30.04.2026 10:00")
    dialog.accept()
    assert not dialog.isVisible()
    assert dialog.value().due_at == datetime(2026, 4, 30, 10, 0).astimezone().astimezone(UTC)
