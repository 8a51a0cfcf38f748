"""The supervisor's page of recruiters: who keeps coming up across calls and sites.

The table shows each recruiter once however callers spelt it, with the number of
contacts and sites that named it, when it was first and last named and, for an agency,
whether the list of licensed agencies holds it. Filters: named by several callers, new
this month, agencies not licensed. Enter (or "Show the contacts") lists the contacts
behind the chosen recruiter, with who entered each mention and when; that opening is
written to the audit log. The alert threshold for the start page is set here; an
administrator imports the list of licensed agencies here too.

:func:`recruiters_page` builds the page for the main window (for ``recruiters.view``,
when first shown); :func:`add_recruiters_alert` puts the alert on the start page for
every role.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services.messages import UserError
from app.services.recruiters.agencies import (
    EXPIRED,
    LICENSED,
    AgencyFileError,
    AgencyService,
    ImportProblem,
    ImportResult,
)
from app.services.recruiters.service import UNLICENSED, Pattern, RecruiterService
from app.services.statistics.recruiters import count_recruiter_kinds
from app.services.statistics.sums import Period
from app.ui.messages import user_text
from app.ui.recruiters.intake import Words
from app.ui.tasks import Task, run_task
from app.ui.widgets import import_problems, msgbox
from app.ui.widgets.datefield import DateField
from app.ui.widgets.formatting import show_date, show_date_time
from app.ui.widgets.style import ERROR_RED, heading

if TYPE_CHECKING:
    from app.db import Store

ALL, SEVERAL, NEW, UNLICENSED_ONLY = range(4)


class _Table(QTableWidget):
    """A read-only table whose Enter opens the chosen row."""

    def __init__(self, on_enter: object = None):
        super().__init__()
        self.on_enter = on_enter
        self.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.verticalHeader().hide()
        self.horizontalHeader().setStretchLastSection(True)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and callable(self.on_enter):
            self.on_enter()
            return
        super().keyPressEvent(event)


class ListDateDialog(QDialog):
    """The date the Ministry gave the list being imported."""

    def __init__(self, name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import the list of licensed agencies"))
        self.field = DateField(datetime.now().date())
        form = QFormLayout(self)
        text = QLabel(self.tr("The date of the list in %1, as the Ministry gave it:").replace(
            "%1", name))
        text.setWordWrap(True)
        form.addRow(text)
        form.addRow(self.tr("List dated"), self.field)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Import"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def value(self) -> date | None:
        return self.field.date_value()


class RecruitersPage(QWidget):
    def __init__(self, service: RecruiterService, agencies: AgencyService,
                 may_import: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("recruitersPage")
        self.service = service
        self.agencies = agencies
        self.words = Words(self)
        self.patterns: list[Pattern] = []
        self.shown: list[Pattern] = []
        self.task: Task | None = None
        self.title = QLabel()
        heading(self.title, 3)
        self.list_label = QLabel()
        self.list_label.setObjectName("agencyListDate")
        self.list_label.setWordWrap(True)
        self.kinds_label = QLabel()
        self.kinds_label.setObjectName("recruiterKinds")
        self.kinds_label.setWordWrap(True)
        self.filter = QComboBox()
        self.filter.setObjectName("recruiterFilter")
        for _ in range(4):
            self.filter.addItem("")
        self.filter_label = QLabel()
        self.filter_label.setBuddy(self.filter)
        self.threshold = QSpinBox()
        self.threshold.setObjectName("alertThreshold")
        self.threshold.setRange(2, 1000)
        self.threshold_label = QLabel()
        self.threshold_label.setBuddy(self.threshold)
        self.save_threshold = QPushButton()
        self.import_button = QPushButton()
        self.import_button.setObjectName("importAgencies")
        self.import_button.setVisible(may_import)
        self.table = _Table(self.show_contacts)
        self.table.setObjectName("recruiterPatterns")
        self.table.setColumnCount(7)
        self.show_button = QPushButton()
        self.behind_label = QLabel()
        self.behind_label.setWordWrap(True)
        self.behind = _Table()
        self.behind.setObjectName("contactsBehind")
        self.behind.setColumnCount(5)
        self.problem = QLabel()
        self.problem.setStyleSheet(f"color: {ERROR_RED};")
        self.problem.setWordWrap(True)
        self.problem.hide()

        top = QHBoxLayout()
        top.addWidget(self.filter_label)
        top.addWidget(self.filter)
        top.addStretch(1)
        top.addWidget(self.threshold_label)
        top.addWidget(self.threshold)
        top.addWidget(self.save_threshold)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        head = QHBoxLayout()
        head.addWidget(self.behind_label, 1)
        head.addWidget(self.show_button)
        lower_layout.addLayout(head)
        lower_layout.addWidget(self.behind, 1)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(lower)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        listed = QHBoxLayout()
        listed.addWidget(self.list_label, 1)
        listed.addWidget(self.import_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(listed)
        layout.addWidget(self.kinds_label)
        layout.addLayout(top)
        layout.addWidget(self.problem)
        layout.addWidget(split, 1)

        self.filter.currentIndexChanged.connect(lambda _i: self._fill())
        self.show_button.clicked.connect(self.show_contacts)
        self.save_threshold.clicked.connect(self._save_threshold)
        self.import_button.clicked.connect(self.import_list)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Recruiters named by callers"))
        self.filter_label.setText(self.tr("&Show"))
        for i, text in enumerate((self.tr("All recruiters"),
                                  self.tr("Named by several callers"),
                                  self.tr("New this month"),
                                  self.tr("Agencies without a licence"))):
            self.filter.setItemText(i, text)
        self.threshold_label.setText(self.tr("&Alert on the start page from"))
        self.threshold.setSuffix(self.tr(" contacts in 30 days"))
        self.save_threshold.setText(self.tr("Save"))
        self.import_button.setText(self.tr("Import a new list…"))
        self.show_button.setText(self.tr("Show the contacts (Enter)"))
        self.behind_label.setText(self.tr(
            "Choose a recruiter and press Enter to see the contacts behind it (the "
            "opening is written to the audit log)."))
        self.table.setHorizontalHeaderLabels([
            self.tr("Recruiter"), self.tr("Kinds"), self.tr("Contacts"), self.tr("Sites"),
            self.tr("First named"), self.tr("Last named"), self.tr("Licence")])
        self.behind.setHorizontalHeaderLabels([
            self.tr("Contact of"), self.tr("Consultant"), self.tr("As the caller said it"),
            self.tr("Entered by"), self.tr("Entered on")])
        for table, wide in ((self.table, 0), (self.behind, 2)):
            header = table.horizontalHeader()
            header.setStretchLastSection(False)
            header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            header.setSectionResizeMode(wide, QHeaderView.ResizeMode.Stretch)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()

    def refresh(self) -> None:
        self.problem.hide()
        try:
            self.patterns = self.service.patterns()
            current = self.agencies.current()
            self.threshold.setValue(self.service.threshold())
            year = datetime.now().year
            kinds = count_recruiter_kinds(self.service.store, self.service.user_id,
                                          Period.year(year))
        except UserError as exc:
            self._refused(exc)
            return
        if current is None:
            self.list_label.setText(self.tr(
                "No list of licensed agencies has been imported yet."))
        else:
            text = self.tr("List of licensed agencies dated %1: %2 agencies.").replace(
                "%1", show_date(current.list_date)).replace("%2", str(current.agencies))
            if current.fictional:
                text += " " + self.tr("(fictional, demo)")
            self.list_label.setText(text)
        self.kinds_label.setText(self.tr("Contacts naming them in %1: %2").replace(
            "%1", str(year)).replace("%2", ", ".join(
                f"{self.words.kind(k).lower()} {n}" for k, n in kinds.items())))
        self._fill()

    def _visible(self) -> list[Pattern]:
        choice = self.filter.currentIndex()
        now = datetime.now().astimezone()
        month = now.replace(day=1, hour=0, minute=0, second=0, microsecond=0)
        if choice == SEVERAL:
            return [p for p in self.patterns if p.contacts > 1]
        if choice == NEW:
            return [p for p in self.patterns if p.first_at >= month.astimezone(UTC)]
        if choice == UNLICENSED_ONLY:
            return [p for p in self.patterns if p.licence in (UNLICENSED, EXPIRED)]
        return list(self.patterns)

    def licence_text(self, p: Pattern) -> str:
        if p.licence == LICENSED:
            return self.tr("licensed")
        if p.licence == EXPIRED:
            return self.tr("licence expired")
        if p.licence == UNLICENSED:
            return self.tr("not in the list of %1").replace("%1", show_date(p.list_date))
        return ""

    def _fill(self) -> None:
        self.shown = self._visible()
        self.table.setRowCount(len(self.shown))
        for row, p in enumerate(self.shown):
            spelt = p.text if len(p.spellings) == 1 else self.tr("%1 (also: %2)").replace(
                "%1", p.text).replace("%2", "; ".join(p.spellings[1:4]))
            cells = (spelt, ", ".join(self.words.kind(k) for k in p.kinds), str(p.contacts),
                     str(p.sites), show_date(p.first_at), show_date(p.last_at),
                     self.licence_text(p))
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col == 6 and p.licence in (UNLICENSED, EXPIRED):
                    item.setForeground(Qt.GlobalColor.darkRed)
                self.table.setItem(row, col, item)
        self.table.resizeRowsToContents()
        if self.shown:
            self.table.selectRow(0)
        self.behind.setRowCount(0)

    def show_contacts(self) -> None:
        row = self.table.currentRow()
        if not 0 <= row < len(self.shown):
            return
        try:
            rows = self.service.contacts_behind(self.shown[row].key)
        except UserError as exc:
            self._refused(exc)
            return
        self.behind.setRowCount(len(rows))
        for i, r in enumerate(rows):
            cells = (show_date_time(r.started_at),
                     r.consultant, f"{self.words.kind(r.kind)}: {r.text}", r.entered_by,
                     show_date_time(r.entered_at))
            for col, text in enumerate(cells):
                self.behind.setItem(i, col, QTableWidgetItem(text))
        self.behind.resizeRowsToContents()

    def _save_threshold(self) -> None:
        try:
            self.service.set_threshold(self.threshold.value())
        except UserError as exc:
            self._refused(exc)

    def _refused(self, exc: UserError) -> None:
        self.problem.setText(user_text(exc))
        self.problem.show()

    # -- the list of licensed agencies --

    def import_list(self) -> None:
        path = msgbox.open_file(self, self.tr("Import the list of licensed agencies"),
                                self.tr("Agency lists (*.csv *.xlsx)"))
        if not path:
            return
        dialog = ListDateDialog(Path(path).name, self)
        accepted = dialog.exec()
        list_date = dialog.value()
        dialog.deleteLater()
        if not accepted or list_date is None:
            return
        self.task = run_task(
            lambda _progress: self.agencies.import_file(path, list_date),
            lambda result: self._imported(path, result), self._import_failed, parent=self,
            label=self.tr("Importing the list…"))

    def _imported(self, path: str, result: ImportResult) -> None:
        self.task = None
        name = Path(path).name
        if not result.ok:
            msgbox.error(self, self.tr("Nothing imported"), self.tr(
                "%1 has %2 problem(s); nothing was imported. Correct the file and import "
                "it again.").replace("%1", name).replace("%2", str(len(result.problems))),
                "\n".join(self.problem_text(p) for p in result.problems))
            return
        self.refresh()
        msgbox.info(self, self.tr("List imported"), self.tr(
            "%1 agencies, list dated %2.").replace("%1", str(result.agencies)).replace(
                "%2", show_date(result.list_date)))

    def _import_failed(self, exc: Exception) -> None:
        self.task = None
        if isinstance(exc, AgencyFileError | UserError):
            msgbox.error(self, self.tr("Nothing imported"), self.file_problem_text(exc))
            return
        raise exc

    def problem_text(self, problem: ImportProblem) -> str:
        """A problem of the file in the interface language: where, then what (the
        command line prints the English one)."""
        return import_problems.cell_problem(problem.row, problem.column, problem.code,
                                            dict(problem.params), problem.message)

    def file_problem_text(self, exc: UserError) -> str:
        """A file that cannot be read at all, in the interface language."""
        code = str(exc.params.get("code", ""))
        return import_problems.file_problem(code, exc.params, user_text(exc)) if code \
            else user_text(exc)


class AlertLabel(QLabel):
    """On the start page: recruiters named often lately."""

    def __init__(self, service: RecruiterService, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("recruiterAlert")
        self.service = service
        # Names come from callers and partner sites' files: shown as typed, never markup.
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.setStyleSheet(f"color: {ERROR_RED}; font-weight: bold;")
        self.hide()

    def refresh(self) -> None:
        try:
            alerts = self.service.alerts()
        except UserError:
            alerts = []
        if not alerts:
            self.hide()
            return
        self.setText(self.tr("Named by several callers in the last 30 days: %1").replace(
            "%1", "; ".join(self.tr("%1 (%2 contacts)").replace("%1", text).replace(
                "%2", str(n)) for text, n in alerts[:5])))
        self.show()


def add_recruiters_alert(window: QWidget) -> AlertLabel:
    """The start page's alert of recruiters named often lately, for every role; shown
    at login, refreshed whenever a contact is started, saved or closed."""
    store: Store = window.service.store  # type: ignore[attr-defined]
    alert = AlertLabel(RecruiterService(store, window.user.id))  # type: ignore[attr-defined]
    panel = window.start_panel  # type: ignore[attr-defined]
    panel.layout().insertWidget(panel.layout().count() - 1, alert)
    window.intake.activity.connect(alert.refresh)  # type: ignore[attr-defined]
    alert.refresh()
    return alert


def recruiters_page(window: QWidget) -> RecruitersPage:
    """The page for the main window (offered to ``recruiters.view`` only), built when
    it is first shown."""
    store: Store = window.service.store  # type: ignore[attr-defined]
    user_id: str | None = window.user.id  # type: ignore[attr-defined]
    return RecruitersPage(RecruiterService(store, user_id), AgencyService(store, user_id),
                          window.may("agencies.import"))  # type: ignore[attr-defined]
