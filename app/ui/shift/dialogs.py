"""The shift's small dialogs: when to call back, to whom a task goes, a debrief request.

Each is opened with ``open()`` (window-modal, the form stays as it was) and read when it
is accepted; nothing is written until then.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.models.shift import NOTE_MAX
from app.services.shift.hours import WorkingHours
from app.services.shift.service import PHONE_MAX
from app.ui.widgets.datefield import DateField, format_date_time
from app.ui.widgets.style import ERROR_RED


def weekday_names() -> tuple[str, ...]:
    """Short names of the days, Monday first."""
    return (QCoreApplication.translate("ShiftDays", "Mon"),
            QCoreApplication.translate("ShiftDays", "Tue"),
            QCoreApplication.translate("ShiftDays", "Wed"),
            QCoreApplication.translate("ShiftDays", "Thu"),
            QCoreApplication.translate("ShiftDays", "Fri"),
            QCoreApplication.translate("ShiftDays", "Sat"),
            QCoreApplication.translate("ShiftDays", "Sun"))


def _buttons(dialog: QDialog, ok_text: str) -> tuple[QHBoxLayout, QPushButton, QPushButton]:
    """OK and Cancel in the app's own words (Qt has no Belarusian for its buttons)."""
    ok = QPushButton(ok_text)
    ok.setDefault(True)
    cancel = QPushButton(QCoreApplication.translate("ShiftDialogs", "Cancel"))
    ok.clicked.connect(dialog.accept)
    cancel.clicked.connect(dialog.reject)
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(ok)
    row.addWidget(cancel)
    return row, ok, cancel


def _error_label() -> QLabel:
    label = QLabel()
    label.setObjectName("shiftError")
    label.setWordWrap(True)
    label.setStyleSheet(f"color: {ERROR_RED};")
    label.hide()
    return label


class CallbackDialog(QDialog):
    """When to call back: a date and time (the next working slot unless changed), the
    number if the caller gave one, a short note, and whether a time outside the working
    hours is kept as it is."""

    def __init__(self, hours: WorkingHours, due: datetime, phone: str = "", note: str = "",
                 parent: QWidget | None = None, *, title: str | None = None,
                 with_details: bool = True):
        super().__init__(parent)
        self.setObjectName("callbackDialog")
        self.hours = hours
        self.setWindowTitle(title or self.tr("Call back"))
        self.due = DateField(due, with_time=True)
        self.keep = QCheckBox(self.tr("Keep this time even outside the working hours"))
        self.phone = QLineEdit(phone)
        self.phone.setMaxLength(PHONE_MAX)
        self.note = QLineEdit(note)
        self.note.setMaxLength(NOTE_MAX)
        self.note.setPlaceholderText(self.tr("What was agreed (optional)"))
        self.hours_label = QLabel()
        self.hours_label.setWordWrap(True)
        self.moved_label = QLabel()
        self.moved_label.setWordWrap(True)
        self.error = _error_label()
        form = QFormLayout()
        form.addRow(self.tr("&When:"), self.due)
        form.addRow("", self.keep)
        if with_details:
            form.addRow(self.tr("&Number:"), self.phone)
            form.addRow(self.tr("N&ote:"), self.note)
        else:
            self.phone.hide()
            self.note.hide()
        buttons, self.ok_button, self.cancel_button = _buttons(
            self, self.tr("Save the callback") if with_details else self.tr("Move"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.hours_label)
        layout.addWidget(self.moved_label)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        names = weekday_names()
        days = (self.tr("every day") if len(hours.days) == 7
                else ", ".join(names[d - 1] for d in hours.days))
        self.hours_label.setText(self.tr("Working hours: %1–%2 (%3).").replace(
            "%1", hours.start.strftime("%H:%M")).replace(
            "%2", hours.end.strftime("%H:%M")).replace("%3", days))
        self.due.value_changed.connect(self._update_moved)
        self.keep.toggled.connect(self._update_moved)
        self._update_moved()
        self.due.setFocus()

    def _update_moved(self) -> None:
        value = self.due.last_good()
        if not isinstance(value, datetime) or self.keep.isChecked() or self.hours.is_open(value):
            self.moved_label.hide()
            return
        self.moved_label.setText(self.tr(
            "The line is closed then: the callback moves to %1.").replace(
            "%1", format_date_time(self.hours.next_opening(value))))
        self.moved_label.show()

    def accept(self) -> None:
        problem = self.due.problem()
        if problem is not None:
            self.error.setText(problem)
            self.error.show()
            self.due.setFocus()
            return
        super().accept()

    def values(self) -> tuple[datetime, bool, str, str]:
        """(due time, keep outside the hours, number, note)."""
        due = self.due.value()
        assert isinstance(due, datetime)
        return due, self.keep.isChecked(), self.phone.text().strip(), self.note.text().strip()


class HandOverDialog(QDialog):
    """To whom a task goes."""

    def __init__(self, staff: list[tuple[str, str]], current: str | None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("handOverDialog")
        self.setWindowTitle(self.tr("Hand the task over"))
        self.person = QComboBox()
        for uid, name in staff:
            if uid != current:
                self.person.addItem(name, uid)
        form = QFormLayout()
        form.addRow(self.tr("&To:"), self.person)
        buttons, self.ok_button, _cancel = _buttons(self, self.tr("Hand over"))
        self.ok_button.setEnabled(self.person.count() > 0)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(buttons)

    def chosen(self) -> str:
        return str(self.person.currentData())


class DebriefDialog(QDialog):
    """Ask a supervisor for a debrief; the note is optional and private."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("debriefDialog")
        self.setWindowTitle(self.tr("Ask for a debrief"))
        intro = QLabel(self.tr(
            "A supervisor will find time to talk the call through with you. The note is "
            "optional: only you and the supervisors read it, and it is never counted."))
        intro.setWordWrap(True)
        self.note = QPlainTextEdit()
        self.note.setTabChangesFocus(True)
        self.note.setPlaceholderText(self.tr("What you would like to talk about (optional)"))
        self.note.setMinimumHeight(90)
        self.error = _error_label()
        buttons, self.ok_button, _cancel = _buttons(self, self.tr("Ask for a debrief"))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.note)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self.setMinimumWidth(460)
        self.note.setFocus(Qt.FocusReason.OtherFocusReason)

    def accept(self) -> None:
        if len(self.note.toPlainText()) > NOTE_MAX:
            self.error.setText(self.tr("The note is longer than %1 characters.").replace(
                "%1", str(NOTE_MAX)))
            self.error.show()
            return
        super().accept()

    def text(self) -> str:
        return self.note.toPlainText().strip()
