"""The register of staff development: quality-control and other staff meetings, written
examinations and trainings, counted for the annual report."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.models.quality import STAFF_EVENT_TYPES, TOPIC_MAX
from app.services.contacts.service import ConcurrentEditError, UserRow
from app.services.quality import QualityService, StaffEventInput, StaffEventRow
from app.services.validation import FieldError, ValidationError
from app.ui.widgets import msgbox
from app.ui.widgets.datefield import DateField, date_problem
from app.ui.widgets.errors import error_label, show_errors
from app.ui.widgets.formatting import show_date
from app.ui.widgets.tables import read_only_table

ID_ROLE = Qt.ItemDataRole.UserRole


class StaffEventDialog(QDialog):
    def __init__(self, quality: QualityService, people: list[UserRow],
                 event: StaffEventRow | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.quality = quality
        self.record = event
        self.saved: StaffEventRow | None = None
        self.setWindowTitle(self.tr("Staff development") if event is None
                            else self.tr("Edit the record"))
        self.held_on = DateField(event.held_on if event else date.today())
        self.type = QComboBox()
        labels = {"meeting": self.tr("Staff meeting"),
                  "examination": self.tr("Written examination"),
                  "training": self.tr("Training")}
        for code in STAFF_EVENT_TYPES:
            self.type.addItem(labels[code], code)
        self.topic = QLineEdit()
        self.topic.setMaxLength(TOPIC_MAX)
        self.people = QListWidget()
        chosen = set(event.participant_ids) if event else set()
        known = {p.id for p in people}
        for p in people:
            self._add_person(p.id, p.full_name, p.id in chosen)
        if event:
            for pid, name in zip(event.participant_ids, event.participant_names, strict=True):
                if pid not in known:  # someone who left since
                    self._add_person(pid, name, True)
        self.others = QLineEdit()
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumHeight(80)
        self.errors = error_label()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))

        form = QFormLayout()
        for text, widget in ((self.tr("&Date:"), self.held_on), (self.tr("&Type:"), self.type),
                             (self.tr("T&opic:"), self.topic),
                             (self.tr("&Participants (Space ticks):"), self.people),
                             (self.tr("&Others present:"), self.others),
                             (self.tr("&Notes:"), self.notes)):
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, widget)
        self.others.setPlaceholderText(self.tr("e.g. a psychologist, an embassy's consul"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.errors)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        if event is not None:
            self.type.setCurrentIndex(max(self.type.findData(event.type), 0))
            self.topic.setText(event.topic)
            self.others.setText(event.other_participants)
            self.notes.setPlainText(event.notes)
        self.resize(560, 520)
        self.held_on.setFocus()

    def _add_person(self, person_id: str, name: str, checked: bool) -> None:
        item = QListWidgetItem(name)
        item.setData(ID_ROLE, person_id)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.people.addItem(item)

    def collect(self) -> StaffEventInput:
        ids = [str(self.people.item(i).data(ID_ROLE)) for i in range(self.people.count())
               if self.people.item(i).checkState() == Qt.CheckState.Checked]
        return StaffEventInput(self.held_on.last_day(), str(self.type.currentData()),
                               self.topic.text(), ids, self.others.text(),
                               self.notes.toPlainText())

    def message_for(self, error: FieldError) -> str | None:
        return {
            ("topic", "required"): self.tr("Give the topic."),
            ("participant_ids", "required"): self.tr("Tick who took part, or name them."),
            ("held_on", "future"): self.tr("The date is more than a year ahead."),
            ("held_on", "too_early"): self.tr("The date is before 2000."),
        }.get((error.field, error.problem))

    def save(self) -> None:
        if date_problem(self) is not None:
            return
        try:
            self.saved = self.quality.save_staff_event(
                self.collect(), self.record.id if self.record else None,
                expected_version=self.record.version if self.record else None)
        except ValidationError as exc:
            show_errors(self.errors, exc.errors, lead=False, sentence=self.message_for,
                        joiner=" ")
            return
        except ConcurrentEditError:
            msgbox.warn(self, self.tr("Not saved"), self.tr(
                "Someone else changed this record meanwhile; open it again."))
            return
        self.accept()


class StaffTab(QWidget):
    def __init__(self, quality: QualityService, people: list[UserRow], lang: str,
                 today: date | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.quality = quality
        self.people = people
        self.lang = lang
        self.rows: list[StaffEventRow] = []
        today = today or date.today()
        self.start = DateField(date(today.year, 1, 1))
        self.end = DateField(date(today.year, 12, 31))
        for edit in (self.start, self.end):
            edit.value_changed.connect(self.refresh)
        self.period_label = QLabel()
        self.period_label.setBuddy(self.start)
        self.counts = QLabel()
        self.add_button = QPushButton()
        self.edit_button = QPushButton()
        self.delete_button = QPushButton()
        self.table = read_only_table(QTableWidget(0, 4), stretch_last=False)
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        top = QHBoxLayout()
        top.addWidget(self.period_label)
        top.addWidget(self.start)
        top.addWidget(QLabel("–"))
        top.addWidget(self.end)
        top.addStretch(1)
        top.addWidget(self.delete_button)
        top.addWidget(self.edit_button)
        top.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.counts)
        layout.addWidget(self.table, 1)
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit)
        self.delete_button.clicked.connect(self.delete)
        self.table.itemActivated.connect(lambda _i: self.edit())
        sc = QShortcut(QKeySequence("Ctrl+N"), self)
        sc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        sc.activated.connect(self.add)
        self.retranslate()

    def type_label(self, code: str) -> str:
        return {"meeting": self.tr("Staff meeting"),
                "examination": self.tr("Written examination"),
                "training": self.tr("Training")}.get(code, code)

    def retranslate(self) -> None:
        self.period_label.setText(self.tr("&Period:"))
        self.add_button.setText(self.tr("&Add… (Ctrl+N)"))
        self.edit_button.setText(self.tr("&Edit…"))
        self.delete_button.setText(self.tr("Delete"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Date"), self.tr("Type"), self.tr("Topic"), self.tr("Participants")])

    def refresh(self) -> None:
        start, end = self.start.last_day(), self.end.last_day()
        self.rows = self.quality.staff_events(start, end)
        counts = self.quality.staff_event_counts(start, end)
        attendances = sum(r.participant_count for r in self.rows)
        self.counts.setText(
            self.tr("Staff meetings: %1 · written examinations: %2 · trainings: %3 · "
                    "participations: %4")
            .replace("%1", str(counts.get("meeting", 0)))
            .replace("%2", str(counts.get("examination", 0)))
            .replace("%3", str(counts.get("training", 0)))
            .replace("%4", str(attendances)))
        self.table.setRowCount(len(self.rows))
        for r, e in enumerate(self.rows):
            names = ", ".join(n for n in e.participant_names if n)
            if e.other_participants:
                names = f"{names}; {e.other_participants}" if names else e.other_participants
            cells = (show_date(e.held_on), self.type_label(e.type), e.topic,
                     self.tr("%1: %2").replace("%1", str(e.participant_count))
                     .replace("%2", names))
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(r, c, item)
        has = bool(self.rows)
        self.edit_button.setEnabled(has)
        self.delete_button.setEnabled(has)
        if has and self.table.currentRow() < 0:
            self.table.selectRow(0)

    def current(self) -> StaffEventRow | None:
        row = self.table.currentRow()
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def add(self) -> None:
        dialog = StaffEventDialog(self.quality, self.people, parent=self)
        if dialog.exec():
            self.refresh()

    def edit(self) -> None:
        event = self.current()
        if event is None:
            return
        dialog = StaffEventDialog(self.quality, self.people, event, parent=self)
        if dialog.exec():
            self.refresh()

    def delete(self) -> None:
        event = self.current()
        if event is None:
            return
        answer = msgbox.ask(self, self.tr("Delete the record?"),
                            self.tr("«%1» of %2 is removed from the register.")
                            .replace("%1", event.topic)
                            .replace("%2", show_date(event.held_on)),
                            default=msgbox.Button.No)
        if answer == msgbox.Button.Yes:
            self.quality.delete_staff_event(event.id)
            self.refresh()
