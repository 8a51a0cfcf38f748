"""The Shift page, and the short version of it on the start page.

What is waiting for me (my callbacks, crisis follow-ups that are mine or due today,
unread quality reviews, directory entries to check), what happened since my last shift
(new crisis cases, notes left for the next shift), a note for the next consultant, and
asking for a debrief. Supervisors also see every consultant's open callbacks and the
debrief requests.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.services.messages import UserError
from app.services.shift.service import Handover, ShiftService, TaskRow
from app.ui.messages import user_text
from app.ui.shift.dialogs import CallbackDialog, DebriefDialog, HandOverDialog
from app.ui.shift.tasks import TaskTable
from app.ui.widgets import msgbox
from app.ui.widgets.datefield import format_date_time
from app.ui.widgets.style import ERROR_RED, heading


def _list(name: str) -> QListWidget:
    view = QListWidget()
    view.setObjectName(name)
    view.setWordWrap(True)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    return view


class TaskButtons(QWidget):
    """Call back now, hand over, move, cancel: on the task chosen in a table."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.call = QPushButton()
        self.hand = QPushButton()
        self.move = QPushButton()
        self.cancel = QPushButton()
        self.history = QPushButton()
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for b in (self.call, self.hand, self.move, self.cancel, self.history):
            row.addWidget(b)
        row.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.call.setText(self.tr("Call back now"))
        self.hand.setText(self.tr("Hand over…"))
        self.move.setText(self.tr("Another time…"))
        self.cancel.setText(self.tr("Not needed…"))
        self.history.setText(self.tr("History"))


class ShiftPage(QWidget):
    """The "shift" page of the main window."""

    call_back = Signal(str)  # task id: record the follow-up contact
    changed = Signal()  # tasks changed here: the start page follows

    def __init__(self, service: ShiftService, lang: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("shiftPage")
        self.service = service
        self.lang = lang
        self.supervisor = service.can("shift.supervise")
        self.since: datetime | None = None
        self.view: Handover | None = None

        self.title = QLabel()
        heading(self.title, 3)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.tabs = QTabWidget()

        # -- waiting for me --
        waiting = QWidget()
        self.my_tasks = TaskTable()
        self.my_buttons = TaskButtons()
        self.follow_ups_label = QLabel()
        self.follow_ups = _list("followUps")
        self.other_label = QLabel()
        self.other_label.setWordWrap(True)
        lay = QVBoxLayout(waiting)
        lay.addWidget(self.my_tasks, 3)
        lay.addWidget(self.my_buttons)
        lay.addWidget(self.follow_ups_label)
        lay.addWidget(self.follow_ups, 2)
        lay.addWidget(self.other_label)
        self.tabs.addTab(waiting, "")

        # -- since my last shift --
        since = QWidget()
        self.since_label = QLabel()
        self.since_label.setWordWrap(True)
        self.notes_label = QLabel()
        self.notes = _list("handoverNotes")
        self.cases_label = QLabel()
        self.cases = _list("newCrisisCases")
        lay = QVBoxLayout(since)
        lay.addWidget(self.since_label)
        lay.addWidget(self.notes_label)
        lay.addWidget(self.notes, 3)
        lay.addWidget(self.cases_label)
        lay.addWidget(self.cases, 2)
        self.tabs.addTab(since, "")

        # -- supervisors: the team --
        self.team_tasks: TaskTable | None = None
        self.team_buttons: TaskButtons | None = None
        self.debriefs: QListWidget | None = None
        self.debrief_seen: QPushButton | None = None
        if self.supervisor:
            team = QWidget()
            self.team_tasks = TaskTable(with_owner=True)
            self.team_buttons = TaskButtons()
            self.team_buttons.call.hide()
            self.debriefs_label = QLabel()
            self.debriefs = _list("debriefRequests")
            self.debrief_seen = QPushButton()
            lay = QVBoxLayout(team)
            lay.addWidget(self.team_tasks, 3)
            lay.addWidget(self.team_buttons)
            lay.addWidget(self.debriefs_label)
            lay.addWidget(self.debriefs, 2)
            row = QHBoxLayout()
            row.addWidget(self.debrief_seen)
            row.addStretch(1)
            lay.addLayout(row)
            self.tabs.addTab(team, "")
            self.debrief_seen.clicked.connect(self._debrief_seen)

        # -- the note for the next shift --
        self.note_label = QLabel()
        self.note = QPlainTextEdit()
        self.note.setObjectName("handoverNote")
        self.note.setTabChangesFocus(True)
        self.note.setMaximumHeight(70)
        self.note_button = QPushButton()
        self.debrief_button = QPushButton()
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(f"color: {ERROR_RED};")
        self.error.hide()
        note_row = QHBoxLayout()
        note_row.addWidget(self.note, 1)
        side = QVBoxLayout()
        side.addWidget(self.note_button)
        side.addWidget(self.debrief_button)
        side.addStretch(1)
        note_row.addLayout(side)

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.note_label)
        layout.addLayout(note_row)
        layout.addWidget(self.error)

        self._connect(self.my_tasks, self.my_buttons)
        if self.team_tasks is not None and self.team_buttons is not None:
            self._connect(self.team_tasks, self.team_buttons)
        self.note_button.clicked.connect(self.leave_note)
        self.debrief_button.clicked.connect(lambda: self.ask_debrief(None))
        self.retranslate()

    def _connect(self, table: TaskTable, buttons: TaskButtons) -> None:
        table.call_back.connect(self.call_back)
        buttons.call.clicked.connect(
            lambda: self._with(table, lambda row: self.call_back.emit(row.id)))
        buttons.hand.clicked.connect(lambda: self._with(table, self.hand_over))
        buttons.move.clicked.connect(lambda: self._with(table, self.move))
        buttons.cancel.clicked.connect(lambda: self._with(table, self.cancel))
        buttons.history.clicked.connect(
            lambda: self._with(table, lambda row: self.show_history(row.id), True))

    def retranslate(self) -> None:
        self.title.setText(self.tr("Shift"))
        self.tabs.setTabText(0, self.tr("Waiting for me"))
        self.tabs.setTabText(1, self.tr("Since my last shift"))
        if self.supervisor:
            self.tabs.setTabText(2, self.tr("Everyone's open callbacks"))
            self.debriefs_label.setText(self.tr("Requests for a debrief:"))
            if self.debrief_seen is not None:
                self.debrief_seen.setText(self.tr("Talked it through"))
        self.follow_ups_label.setText(self.tr("Crisis follow-ups (mine, or due today):"))
        self.notes_label.setText(self.tr("Notes left for the next shift:"))
        self.cases_label.setText(self.tr("New crisis cases:"))
        self.note_label.setText(self.tr("&Note for the next shift:"))
        self.note_label.setBuddy(self.note)
        self.note_button.setText(self.tr("Leave the note"))
        self.debrief_button.setText(self.tr("Ask for a debrief…"))
        self.my_buttons.retranslate()
        self.my_tasks.retranslate()
        if self.team_buttons is not None and self.team_tasks is not None:
            self.team_buttons.retranslate()
            self.team_tasks.retranslate()
        self._show()

    # -- reading --

    def set_since(self, since: datetime) -> None:
        self.since = since

    def refresh(self) -> None:
        try:
            self.view = self.service.handover(self.since)
        except UserError as exc:
            self._problem(exc)
            return
        self._show()

    def _show(self) -> None:
        view = self.view
        if view is None:
            return
        self.my_tasks.set_rows(view.my_tasks)
        self.summary.setText(summary_text(view))
        self.follow_ups.clear()
        for f in view.follow_ups:
            state = self.tr("overdue") if f.overdue else self.tr("due")
            text = self.tr("%1: %2 %3 (%4)").replace("%1", f.case_number).replace(
                "%2", state).replace("%3", format_date_time(f.due_at)).replace(
                "%4", self.tr("follow-up call") if f.kind == "follow_up" else self.tr("referral"))
            self.follow_ups.addItem(QListWidgetItem(text))
        other = []
        if view.unread_reviews:
            other.append(self.tr("Unread quality reviews: %1 (page «My reviews»).").replace(
                "%1", str(view.unread_reviews)))
        if view.entries_to_check:
            other.append(self.tr("Directory entries to check: %1.").replace(
                "%1", str(view.entries_to_check)))
        self.other_label.setText("\n".join(other))
        self.other_label.setVisible(bool(other))
        self.since_label.setText(self.tr("Since %1:").replace(
            "%1", format_date_time(view.since)))
        self.notes.clear()
        for n in view.notes:
            self.notes.addItem(QListWidgetItem(f"{format_date_time(n.written_at)}, "
                                               f"{n.author_name}: {n.text}"))
        if not view.notes:
            self.notes.addItem(QListWidgetItem(self.tr("No notes.")))
        self.cases.clear()
        for _cid, number, opened in view.new_crisis_cases:
            self.cases.addItem(QListWidgetItem(f"{number} — {format_date_time(opened)}"))
        if not view.new_crisis_cases:
            self.cases.addItem(QListWidgetItem(self.tr("None.")))
        if self.team_tasks is not None and view.team_tasks is not None:
            self.team_tasks.set_rows(view.team_tasks)
        if self.debriefs is not None:
            self.debriefs.clear()
            for d in view.debriefs:
                text = f"{format_date_time(d.requested_at)}, {d.requester_name}"
                if d.note:
                    text += f": {d.note}"
                item = QListWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, d.id)
                self.debriefs.addItem(item)

    # -- acting --

    def _with(self, table: TaskTable, action: Callable[[TaskRow], None],
              any_state: bool = False) -> None:
        row = table.selected()
        if row is None:
            msgbox.info(self, self.tr("Shift"), self.tr("Choose a task in the list first."))
            return
        if row.open or any_state:
            action(row)

    def _problem(self, exc: BaseException) -> None:
        self.error.setText(user_text(exc))
        self.error.show()

    def _done(self) -> None:
        self.error.hide()
        self.refresh()
        self.changed.emit()

    def hand_over(self, row: TaskRow) -> None:
        dialog = HandOverDialog(self.service.staff(), row.owner_id, self)
        if dialog.exec() != HandOverDialog.DialogCode.Accepted:
            return
        try:
            self.service.hand_over(row.id, dialog.chosen())
        except UserError as exc:
            self._problem(exc)
            return
        self._done()

    def move(self, row: TaskRow) -> None:
        dialog = CallbackDialog(self.service.hours(), row.due_at, parent=self,
                                title=self.tr("Another time"), with_details=False)
        if dialog.exec() != CallbackDialog.DialogCode.Accepted:
            return
        due, keep, _phone, _note = dialog.values()
        try:
            self.service.move(row.id, due, keep)
        except UserError as exc:
            self._problem(exc)
            return
        self._done()

    def cancel(self, row: TaskRow) -> None:
        if msgbox.ask(self, self.tr("Not needed any more?"), self.tr(
                "Close this callback without calling back (the caller called again, the "
                "number was wrong…)?"), default=msgbox.Button.No) != msgbox.Button.Yes:
            return
        try:
            self.service.cancel(row.id)
        except UserError as exc:
            self._problem(exc)
            return
        self._done()

    def show_history(self, task_id: str) -> None:
        lines = []
        kinds = {"created": self.tr("agreed"), "handed": self.tr("handed over"),
                 "moved": self.tr("moved"), "done": self.tr("done"),
                 "cancelled": self.tr("cancelled")}
        for e in self.service.history(task_id):
            line = f"{format_date_time(e.at)} — {kinds.get(e.kind, e.kind)} ({e.user_name})"
            if e.kind == "handed":
                line += " " + self.tr("from %1 to %2").replace("%1", e.from_name or "—").replace(
                    "%2", e.to_name or "—")
            if e.due_at is not None:
                line += " " + self.tr("for %1").replace("%1", format_date_time(e.due_at))
            lines.append(line)
        msgbox.info(self, self.tr("History of the task"), "\n".join(lines))

    def leave_note(self) -> None:
        try:
            self.service.write_note(self.note.toPlainText())
        except UserError as exc:
            self._problem(exc)
            return
        self.note.clear()
        self._done()

    def ask_debrief(self, contact_id: str | None) -> bool:
        dialog = DebriefDialog(self)
        if dialog.exec() != DebriefDialog.DialogCode.Accepted:
            return False
        try:
            self.service.request_debrief(contact_id, dialog.text())
        except UserError as exc:
            self._problem(exc)
            return False
        self._done()
        return True

    def _debrief_seen(self) -> None:
        if self.debriefs is None:
            return
        item = self.debriefs.currentItem()
        if item is None:
            return
        try:
            self.service.debrief_seen(str(item.data(Qt.ItemDataRole.UserRole)))
        except UserError as exc:
            self._problem(exc)
            return
        self._done()


def summary_text(view: Handover) -> str:
    """One line: what waits, how much of it is overdue, what is new."""
    parts = [QCoreApplication.translate("ShiftSummary", "Callbacks waiting: %1").replace(
        "%1", str(len(view.my_tasks)))]
    late = sum(1 for task in view.my_tasks if task.overdue)
    if late:
        parts.append(QCoreApplication.translate("ShiftSummary", "overdue: %1").replace(
            "%1", str(late)))
    if view.follow_ups:
        parts.append(QCoreApplication.translate("ShiftSummary", "crisis follow-ups: %1").replace(
            "%1", str(len(view.follow_ups))))
    if view.notes:
        parts.append(QCoreApplication.translate(
            "ShiftSummary", "notes for the next shift: %1").replace("%1", str(len(view.notes))))
    return " · ".join(parts)


class StartTasks(QWidget):
    """On the start page: my callbacks, the overdue ones red, and the way to the Shift
    page."""

    call_back = Signal(str)
    open_shift = Signal()

    def __init__(self, service: ShiftService, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("startTasks")
        self.service = service
        self.since: datetime | None = None
        self.view: Handover | None = None  # what was last read: the words follow the language
        self.title = QLabel()
        heading(self.title, 1)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.table = TaskTable()
        self.table.setMaximumHeight(170)
        self.call_button = QPushButton()
        self.shift_button = QPushButton()
        row = QHBoxLayout()
        row.addWidget(self.title)
        row.addStretch(1)
        row.addWidget(self.call_button)
        row.addWidget(self.shift_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.summary)
        layout.addWidget(self.table)
        self.table.call_back.connect(self.call_back)
        self.call_button.clicked.connect(self._call)
        self.shift_button.clicked.connect(self.open_shift)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("My tasks"))
        self.call_button.setText(self.tr("Call back now"))
        self.shift_button.setText(self.tr("Shift page"))
        self.table.retranslate()
        self._show()

    def _call(self) -> None:
        task_id = self.table.selected_id() or (
            self.table.rows[0].id if self.table.rows else None)
        if task_id:
            self.call_back.emit(task_id)

    def refresh(self) -> None:
        """Read the tasks again (at login, on the clock, when one changed)."""
        try:
            self.view = self.service.handover(self.since)
        except UserError:
            self.hide()
            return
        self._show()

    def _show(self) -> None:
        view = self.view
        if view is None:
            return
        self.table.set_rows(view.my_tasks)
        self.table.setVisible(bool(view.my_tasks))
        self.call_button.setEnabled(bool(view.my_tasks))
        self.summary.setText(summary_text(view) if view.waiting or view.notes
                             else self.tr("No callbacks waiting."))
