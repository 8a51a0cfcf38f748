"""Administrators: erase a person's data, and review old closed cases (retention).

The erasure itself (one transaction, then the scrubbing of freed pages) runs in the
background with a progress dialog, so the window stays responsive; the page refuses a
second one until it ends."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services.erasure.service import (
    CALLER,
    ErasureError,
    ErasureResult,
    ErasureService,
    Person,
)
from app.ui.messages import user_text
from app.ui.tasks import Task, run_task
from app.ui.widgets import msgbox
from app.ui.widgets.formatting import show_date
from app.ui.widgets.style import heading
from app.ui.widgets.tables import read_only_table


class ConfirmErasure(QDialog):
    """The last question before an erasure: the administrator types the confirmation
    word, so a stray Enter never erases anyone."""

    def __init__(self, person: Person, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Erase personal data"))
        self.word = self.tr("ERASE")
        what = (self.tr("the caller profile") if person.kind == CALLER
                else self.tr("the client of the assistance case"))
        text = QLabel(self.tr(
            "This erases %1 «%2» everywhere: the profile or identity, the notes of %3 "
            "contact(s), the free text of the linked cases, their change history and "
            "drafts. Codes used by the statistics stay. It cannot be undone, and partner "
            "sites receive the erasure with the next sync file.")
            .replace("%1", what).replace("%2", person.label)
            .replace("%3", str(person.contacts)))
        text.setWordWrap(True)
        self.typed = QLineEdit()
        self.typed.setPlaceholderText(self.word)
        form = QFormLayout()
        prompt = QLabel(self.tr("Type %1 to confirm:").replace("%1", self.word))
        prompt.setBuddy(self.typed)
        form.addRow(prompt, self.typed)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.erase_button = self.buttons.addButton(self.tr("Erase"),
                                                   QDialogButtonBox.ButtonRole.AcceptRole)
        self.erase_button.setEnabled(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.typed.textChanged.connect(
            lambda t: self.erase_button.setEnabled(t.strip().upper() == self.word.upper()))
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)


class ErasurePage(QWidget):
    def __init__(self, service: ErasureService, parent: QWidget | None = None):
        super().__init__(parent)
        self.service = service
        self.people: list[Person] = []
        self.task: Task | None = None  # the erasure running in the background

        title = QLabel(self.tr("Erase a person's data"))
        heading(title, 3)
        self.query = QLineEdit()
        self.query.setPlaceholderText(self.tr("Name, phone or e-mail of a caller or client"))
        self.query.setClearButtonEnabled(True)
        self.search_button = QPushButton(self.tr("Find"))
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Kind"), self.tr("Person"), self.tr("Contacts"), self.tr("Cases")])
        read_only_table(self.table, resize=QHeaderView.ResizeMode.Interactive,
                        stretch_last=False)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.erase_button = QPushButton(self.tr("Erase…"))
        self.erase_button.setEnabled(False)
        self.status = QLabel()
        self.status.setWordWrap(True)

        retention_title = QLabel(self.tr("Retention"))
        heading(retention_title, 2)
        self.years = QSpinBox()
        self.years.setRange(1, 100)
        self.years.setValue(service.retention_years())
        self.save_years = QPushButton(self.tr("Apply"))
        self.due = QTableWidget(0, 3)
        self.due.setHorizontalHeaderLabels(
            [self.tr("Case"), self.tr("Kind"), self.tr("Closed")])
        read_only_table(self.due, rows=False, single=False,
                        resize=QHeaderView.ResizeMode.Interactive, stretch_last=False)
        self.due.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.due_label = QLabel()
        self.due_label.setWordWrap(True)

        search_row = QHBoxLayout()
        search_row.addWidget(self.query, 1)
        search_row.addWidget(self.search_button)
        years_row = QHBoxLayout()
        years_label = QLabel(self.tr("Years after closing when a case is listed for review:"))
        years_label.setBuddy(self.years)
        years_row.addWidget(years_label)
        years_row.addWidget(self.years)
        years_row.addWidget(self.save_years)
        years_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(search_row)
        layout.addWidget(self.table, 2)
        actions = QHBoxLayout()
        actions.addWidget(self.status, 1)
        actions.addWidget(self.erase_button)
        layout.addLayout(actions)
        layout.addWidget(retention_title)
        layout.addLayout(years_row)
        layout.addWidget(self.due_label)
        layout.addWidget(self.due, 1)

        self.query.returnPressed.connect(self.search)
        self.search_button.clicked.connect(self.search)
        self.table.itemSelectionChanged.connect(self._update_erase_button)
        self.erase_button.clicked.connect(self.erase_selected)
        self.save_years.clicked.connect(self.apply_years)
        self.refresh_due()

    def erasing(self) -> bool:
        """Whether an erasure is running in the background."""
        return self.task is not None and self.task.running

    def _update_erase_button(self) -> None:
        self.erase_button.setEnabled(self.selected() is not None and not self.erasing())

    def selected(self) -> Person | None:
        rows = self.table.selectionModel().selectedRows()
        return self.people[rows[0].row()] if rows else None

    def search(self) -> None:
        self.people = self.service.find(self.query.text())
        self.table.setRowCount(len(self.people))
        kinds = {CALLER: self.tr("Caller profile")}
        for row, p in enumerate(self.people):
            cells = [kinds.get(p.kind, self.tr("Assistance client")), p.label,
                     str(p.contacts), ", ".join(p.cases)]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col == 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, col, item)
        self.table.resizeColumnsToContents()
        self.status.setText(self.tr("Found: %1").replace("%1", str(len(self.people)))
                            if self.query.text().strip() else "")
        if self.people:
            self.table.selectRow(0)
            self.table.setFocus()

    def erase_selected(self) -> None:
        person = self.selected()
        if person is None or self.erasing():
            return
        dialog = ConfirmErasure(person, self)
        if not dialog.exec():
            return
        service = self.service
        self.search_button.setEnabled(False)
        self.task = run_task(
            lambda _progress: service.erase(person.kind, person.id), self._erased,
            self._erase_failed, parent=self, label=self.tr("Erasing personal data…"),
            cancellable=False)
        self._update_erase_button()

    def _erased(self, result: ErasureResult) -> None:
        self.search_button.setEnabled(True)
        self.search()
        self._update_erase_button()
        self.status.setText(self.tr(
            "Erased: %1 contact(s), %2 crisis case(s), %3 assistance case(s), "
            "%4 draft(s).").replace("%1", str(result.contacts))
            .replace("%2", str(result.crisis_cases))
            .replace("%3", str(result.assistance_cases)).replace("%4", str(result.drafts)))

    def _erase_failed(self, exc: Exception) -> None:
        self.search_button.setEnabled(True)
        self._update_erase_button()
        if not isinstance(exc, ErasureError):
            raise exc  # unexpected: the crash hook's message, as on any screen
        msgbox.error(self, self.tr("Erase personal data"), user_text(exc))

    def apply_years(self) -> None:
        try:
            self.service.set_retention_years(self.years.value())
        except ErasureError as exc:
            msgbox.error(self, self.tr("Retention"), user_text(exc))
            return
        self.refresh_due()

    def refresh_due(self) -> None:
        items = self.service.due_for_review()
        kinds = {"assistance": self.tr("Assistance case"), "crisis": self.tr("Crisis case")}
        self.due.setRowCount(len(items))
        for row, item in enumerate(items):
            closed = show_date(item.closed_at)
            for col, text in enumerate((item.number, kinds[item.kind], closed)):
                self.due.setItem(row, col, QTableWidgetItem(text))
        self.due_label.setText(
            self.tr("%1 closed case(s) are older than the retention period: review them "
                    "and erase what is no longer needed.").replace("%1", str(len(items)))
            if items else self.tr("No closed case is older than the retention period."))
