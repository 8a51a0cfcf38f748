"""The shift in the main window: callbacks asked for in the contact form, the follow-up
contact that completes one, the tasks on the start page, and the debrief offer.

The contact form is left as it is: ticking the outcome «callback agreed» (or Ctrl+R
in the form) asks when, and the callback is written when the contact is saved (a new
contact has no id before). A contact started from a task ("Call back now") is that
task's follow-up: saving it completes the task. If the form is discarded, or the app
stops before the save, the task stays open: nothing agreed is lost.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QPushButton

from app.services.messages import UserError
from app.services.shift.service import ShiftService
from app.ui.messages import user_text
from app.ui.shift.dialogs import CallbackDialog, DebriefDialog
from app.ui.shift.page import ShiftPage, StartTasks
from app.ui.widgets import msgbox
from app.ui.widgets.datefield import format_date_time

CALLBACK_OUTCOME = "callback_agreed"
REFRESH_MS = 60_000
"""How often the start page looks at the clock (a task turns red when due)."""
OFFER_MS = 120_000
"""How long the offer of a debrief stays in the status bar after a crisis contact."""


class ShiftController(QObject):
    def __init__(self, window: Any, service: ShiftService, page: ShiftPage):
        """``window``: the main window (its contact form, start panel, status bar and
        pages), which imports this module."""
        super().__init__(window)
        self.window = window
        self.service = service
        self.page = page
        self.form = window.intake
        # What the consultant chose in the dialog for the contact in progress.
        self.pending: tuple[datetime, bool, str, str] | None = None
        self.follow_up_of: str | None = None  # the task the contact in progress answers
        self.dialog: CallbackDialog | None = None
        self._had_callback = False
        self._saved_seen = False

        since = service.begin_shift()  # at login: "since my last shift" counts from here
        page.set_since(since)
        self.start = StartTasks(service)
        self.start.since = since
        self.start.refresh()
        panel_layout = window.start_panel.layout()
        panel_layout.insertWidget(panel_layout.count() - 1, self.start)  # type: ignore[attr-defined]

        self.debrief_offer = QPushButton()
        self.debrief_offer.setObjectName("debriefOffer")
        self.debrief_offer.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.debrief_offer.hide()
        window.statusBar().addPermanentWidget(self.debrief_offer)
        self._offer_contact: str | None = None
        self.offer_timer = QTimer(self)
        self.offer_timer.setSingleShot(True)
        self.offer_timer.setInterval(OFFER_MS)
        self.offer_timer.timeout.connect(self.debrief_offer.hide)
        self.debrief_offer.clicked.connect(self._debrief_from_offer)

        self.clock = QTimer(self)
        self.clock.setInterval(REFRESH_MS)
        self.clock.timeout.connect(self.start.refresh)
        self.clock.start()

        self.callback_key = shortcut = QShortcut(QKeySequence("Ctrl+R"), self.form)
        shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        shortcut.activated.connect(self.ask_when)
        self.form.outcomes.changed.connect(self._outcomes_changed)
        self.form.saved.connect(self._saved)
        self.form.closed.connect(self._closed)
        self.form.activity.connect(self._activity)
        self.start.call_back.connect(self.call_back)
        self.start.open_shift.connect(lambda: window.show_page("shift"))
        page.call_back.connect(self.call_back)
        page.changed.connect(self.start.refresh)
        self.retranslate()

    def retranslate(self) -> None:
        self.debrief_offer.setText(self.tr("Ask for a debrief…"))
        self.callback_key.setWhatsThis(self.tr("Agree a callback: ask when to call back"))
        self.start.retranslate()

    # -- asking when --

    def _activity(self) -> None:
        if self.form.active and not self._had_callback:
            self._had_callback = CALLBACK_OUTCOME in self.form.outcomes.codes()

    def _outcomes_changed(self) -> None:
        if getattr(self.form, "_loading", False) or not self.form.active:
            return
        ticked = CALLBACK_OUTCOME in self.form.outcomes.codes()
        if ticked and not self._had_callback and self.pending is None:
            self.ask_when()
        self._had_callback = ticked

    def ask_when(self) -> None:
        """The small dialog: when, the number, what was agreed."""
        if not self.form.active or self.dialog is not None:
            return
        due = self.pending[0] if self.pending else self.service.default_due()
        phone = self.pending[2] if self.pending else self.form.phone.text().strip()
        dialog = CallbackDialog(self.service.hours(), due, phone,
                                self.pending[3] if self.pending else "", self.window)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.finished.connect(self._answered)
        self.dialog = dialog
        dialog.open()

    def _answered(self, result: int) -> None:
        dialog, self.dialog = self.dialog, None
        if dialog is None:
            return
        if result == QDialog.DialogCode.Accepted:
            self.pending = dialog.values()
            if CALLBACK_OUTCOME not in self.form.outcomes.codes():
                codes = [*self.form.outcomes.codes(), CALLBACK_OUTCOME]
                self._had_callback = True
                self.form.outcomes.set_codes(codes)
            self.window.statusBar().showMessage(self.tr(
                "Callback for %1: it is saved with the contact.").replace(
                "%1", format_date_time(self.pending[0])), 8000)
        dialog.deleteLater()
        if self.form.active:
            self.form.setFocus()

    # -- saving --

    def _saved(self, record: Any) -> None:
        self._saved_seen = True
        contact_id = str(getattr(record, "id", "") or "")
        data = getattr(record, "input", None)
        outcomes = list(getattr(data, "outcomes", []) or [])
        messages = []
        try:
            if self.follow_up_of and contact_id:
                self.service.complete(self.follow_up_of, contact_id)
                messages.append(self.tr("The callback is done."))
            if CALLBACK_OUTCOME in outcomes and contact_id and \
                    self.service.callback_of_contact(contact_id) is None:
                due, keep, phone, note = self.pending or (
                    self.service.default_due(), False, "", "")
                task = self.service.add_callback(contact_id, due, phone=phone, note=note,
                                                 keep_outside_hours=keep)
                messages.append(self.tr("Callback %1 is in your tasks.").replace(
                    "%1", format_date_time(task.due_at)))
        except UserError as exc:
            msgbox.warn(self.window, self.tr("Callback"), user_text(exc))
        finally:
            self.pending = None
            self.follow_up_of = None
            self._had_callback = False
        if getattr(data, "crisis", False) and contact_id:
            self._offer_contact = contact_id
            self.debrief_offer.show()
            self.offer_timer.start()
        if messages:
            self.window.statusBar().showMessage(" ".join(messages), 8000)
        self.refresh()

    def _closed(self) -> None:
        """The form closed: after a save (``saved`` comes right after) or a discard."""
        self._saved_seen = False
        QTimer.singleShot(0, self._forget_if_discarded)

    def _forget_if_discarded(self) -> None:
        if not self._saved_seen and not self.form.active:
            self.pending = None
            self.follow_up_of = None
            self._had_callback = False
            self.window.statusBar().clearMessage()

    def refresh(self) -> None:
        self.start.refresh()
        if self.window.stack.currentWidget() is self.page:
            self.page.refresh()

    # -- calling back --

    def call_back(self, task_id: str) -> None:
        """A new phone contact that is this task's follow-up: the caller's profile or
        number filled in; saving it completes the task."""
        try:
            task = self.service.task(task_id)
        except UserError as exc:
            msgbox.warn(self.window, self.tr("Callback"), user_text(exc))
            self.refresh()
            return
        if not task.open:
            self.refresh()
            return
        self.window.new_phone()
        if not self.form.active or self.form.record_id is not None:
            return  # another contact is in progress: the window said so
        self.follow_up_of = task.id
        if task.caller_id:
            try:
                summary = self.form.service.caller_summary(task.caller_id)
            except LookupError:
                summary = None
            if summary is not None:
                self.form.nickname.setText(summary.nickname)
                self.form.phone.setText(summary.phone)
                self.form.email.setText(summary.email)
        elif task.phone:
            self.form.phone.setText(task.phone)
        agreed = format_date_time(task.due_at)
        self.window.statusBar().showMessage(self.tr(
            "Calling back (agreed for %1): saving this contact completes the task.").replace(
            "%1", agreed))

    # -- debrief --

    def _debrief_from_offer(self) -> None:
        self.debrief_offer.hide()
        dialog = DebriefDialog(self.window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            self.service.request_debrief(self._offer_contact, dialog.text())
        except UserError as exc:
            msgbox.warn(self.window, self.tr("Debrief"), user_text(exc))
            return
        self.window.statusBar().showMessage(self.tr(
            "A supervisor will see your request."), 8000)
