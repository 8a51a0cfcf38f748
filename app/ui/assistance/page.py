"""Assistance cases: the list of a site's cases, and one case's file in tabs.

For social-work specialists: find a case (by number, the client's or a relative's name
or a phone, Cyrillic case-insensitive), open a new one (directly, from a crisis case or
from a contact), and keep its file: the client and relatives, trafficking details,
consent, services (Table 3), referrals and their lifecycle, monitoring visits and the
timeline; move it open → active → monitoring → closed; print its summary, full or
redacted, as a PDF that opens in the system's viewer.

Keyboard: Ctrl+N new case, Ctrl+F find, Ctrl+1…7 the tabs, Insert adds to the tab
shown, Enter edits the row chosen, Delete removes it, Ctrl+P prints the summary and
Ctrl+Shift+P the redacted one.
"""

from __future__ import annotations

import html
from datetime import date, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QEvent,
    QObject,
    QStandardPaths,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QStyle,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.forms.fields import CodeCombo
from app.models import countries
from app.models.assistance import (
    ACCEPTED,
    CASE_TRANSITIONS,
    CLOSED,
    DECLINED,
    DONE,
    GIVEN,
    MONITORING_AREAS,
    PLANNED,
    REFERRAL_TRANSITIONS,
    REFUSED,
)
from app.services.assistance.service import (
    NOT_CLOSED,
    AreaInput,
    AssistancePermissionError,
    AssistanceService,
    CaseInput,
    CaseQuery,
    CaseRecord,
    CaseRow,
    CaseStateError,
    ConcurrentCaseEditError,
    ConsentInput,
    EventRow,
    MonitoringInput,
    ReferralInput,
    ServiceInput,
    TraffickingInput,
    VisitRow,
    format_cost,
)
from app.services.contacts.phones import phone_display
from app.services.contacts.service import UserRow
from app.services.validation import ValidationError
from app.ui.assistance.dialogs import (
    ClientDialog,
    ConsentDialog,
    MonitoringDialog,
    NoteDialog,
    ReasonDialog,
    ReferralDialog,
    ServiceDialog,
    StatusDialog,
    TraffickingDialog,
    describe_errors,
    stretch_last,
)
from app.ui.messages import user_text
from app.ui.tasks import Task, run_task
from app.ui.widgets import msgbox
from app.ui.widgets.style import ERROR_RED, heading
from app.ui.widgets.table_models import ID_ROLE, PagedTableModel

CLOSED_FG = QColor("#6c757d")
PLANNED_FG = QColor("#6c757d")
CRITICAL_FG = QColor(ERROR_RED)
TABS = ("client", "trafficking", "consent", "services", "referrals", "monitoring", "timeline")


def local(moment: datetime | None) -> str:
    return moment.astimezone().strftime("%d.%m.%Y %H:%M") if moment else ""


def day(value: date | None) -> str:
    return value.strftime("%d.%m.%Y") if value else ""


class CaseListModel(PagedTableModel):
    """Rows of the case list, fetched page by page (newest first)."""

    COLUMNS = ("number", "client", "status", "opened", "next_visit", "services",
               "trafficking")
    rows: list[CaseRow]
    query: CaseQuery

    def __init__(self, service: AssistanceService, lang: str, parent: Any = None):
        super().__init__(CaseQuery(), parent)
        self.service = service
        self.lang = lang

    def fetch_page(self, after: CaseRow | None, limit: int) -> list[CaseRow]:
        key = (after.opened_at, after.id) if after else None
        return self.service.cases(self.query, after=key, limit=limit)

    def headers(self) -> list[str]:
        names = {"number": self.tr("Number"), "client": self.tr("Client"),
                 "status": self.tr("Status"), "trafficking": self.tr("Trafficking"),
                 "opened": self.tr("Opened"), "services": self.tr("Services"),
                 "next_visit": self.tr("Next visit")}
        return [names[name] for name in self.COLUMNS]

    def row_text(self, row: CaseRow, column: int) -> str:
        tax = self.service.tax
        name = self.COLUMNS[column]
        if name == "number":
            return row.number
        if name == "client":
            return row.client_name
        if name == "status":
            if row.status == CLOSED:
                return self.tr("Closed: %1").replace(
                    "%1", tax["closure_reason"].label(row.closure_reason, self.lang))
            return tax["case_status"].label(row.status, self.lang)
        if name == "trafficking":
            return tax["trafficking_status"].label(row.trafficking_status, self.lang) or "—"
        if name == "opened":
            return row.opened_at.astimezone().strftime("%d.%m.%Y")
        if name == "services":
            return str(row.services_given) if row.services_given else ""
        return day(row.next_visit_on)

    def role_data(self, row: CaseRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.row_text(row, column)
        if role == Qt.ItemDataRole.ForegroundRole and row.status == CLOSED:
            return QBrush(CLOSED_FG)
        if (role == Qt.ItemDataRole.ForegroundRole and self.COLUMNS[column]
                == "next_visit" and row.next_visit_on and row.next_visit_on < date.today()):
            return QBrush(CRITICAL_FG)
        return None


def _table(columns: int) -> QTableWidget:
    table = QTableWidget(0, columns)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.setWordWrap(False)
    stretch_last(table)
    return table


COLUMN_CAP = 230
"""Widest a column gets from its contents: a long service name or organisation is
elided (its tooltip shows it whole), so every column stays in view."""


def _fit_columns(table: QTableWidget) -> None:
    table.resizeColumnsToContents()
    for col in range(table.columnCount() - 1):
        if table.columnWidth(col) > COLUMN_CAP:
            table.setColumnWidth(col, COLUMN_CAP)


def _item(text: str, row_id: str, fg: QColor | None = None) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setData(ID_ROLE, row_id)
    item.setToolTip(text)
    if fg is not None:
        item.setForeground(QBrush(fg))
    return item


class CasesPage(QWidget):
    """The assistance cases of the site, and one case in detail."""

    changed = Signal()
    opened = Signal(str)  # the id of a case just opened

    FILTERS = (NOT_CLOSED, "open", "active", "monitoring", CLOSED, "all")

    def __init__(self, service: AssistanceService, users: list[UserRow], lang: str,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.service = service
        self.users = users
        self.lang = lang
        self.case: CaseRecord | None = None
        self.dialog: QDialog | None = None
        self.print_task: Task | None = None
        self.last_pdf: str | None = None
        tax = service.tax

        # -- the list --
        self.status_filter = QComboBox()
        for key in self.FILTERS:
            self.status_filter.addItem(key, key)
        self.trafficking_filter = CodeCombo(tax["trafficking_status"], lang, empty="")
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.status_filter.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.status_filter.setMinimumContentsLength(10)
        self.trafficking_filter.setMinimumContentsLength(10)
        self.filter_labels = [QLabel(), QLabel(), QLabel()]
        for lab, w in zip(self.filter_labels, (self.status_filter, self.trafficking_filter,
                                               self.search), strict=True):
            lab.setBuddy(w)
        self.new_button = QPushButton()
        self.count_label = QLabel()
        self.model = CaseListModel(service, lang, self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.setWordWrap(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        margin = self.view.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin)
        widths = (95, 150, 110, 80, 80, 60)
        for col in range(self.model.columnCount()):
            width = widths[col] if col < len(widths) else 100
            # At least the column's title («Следующий визит») in the interface language.
            title = str(self.model.headerData(col, Qt.Orientation.Horizontal) or "")
            needed = self.view.fontMetrics().horizontalAdvance(title) + 2 * margin + 6
            self.view.setColumnWidth(col, max(width, needed))

        # -- the case --
        self.case_title = QLabel()
        heading(self.case_title, 2)
        self.case_info = QLabel()
        self.case_info.setWordWrap(True)
        self.case_info.setTextFormat(Qt.TextFormat.RichText)
        self.status_button = QPushButton()
        self.print_button = QPushButton()
        self.redacted_button = QPushButton()
        self.print_status = QLabel()
        self.print_status.setWordWrap(True)
        self.tabs = QTabWidget()

        # client
        self.client_info = QLabel()
        self.client_info.setTextFormat(Qt.TextFormat.RichText)
        self.client_info.setWordWrap(True)
        self.client_info.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.client_info.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.relatives = _table(4)
        self.edit_client_button = QPushButton()
        self.relatives_label = QLabel()
        client_tab = QWidget()
        lay = QVBoxLayout(client_tab)
        lay.addWidget(self.client_info)
        lay.addWidget(self.relatives_label)
        lay.addWidget(self.relatives, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.edit_client_button)
        lay.addLayout(row)

        # trafficking
        self.trafficking_info = QLabel()
        self.trafficking_info.setTextFormat(Qt.TextFormat.RichText)
        self.trafficking_info.setWordWrap(True)
        self.trafficking_info.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.trafficking_info.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse)
        self.edit_trafficking_button = QPushButton()
        trafficking_tab = QWidget()
        lay = QVBoxLayout(trafficking_tab)
        lay.addWidget(self.trafficking_info, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.edit_trafficking_button)
        lay.addLayout(row)

        # consent
        self.consents = _table(5)
        self.add_consent_button = QPushButton()
        self.withdraw_button = QPushButton()
        consent_tab = self._list_tab(self.consents, [self.add_consent_button,
                                                     self.withdraw_button])

        # services
        self.services = _table(6)
        self.services_summary = QLabel()
        self.services_summary.setWordWrap(True)
        self.add_service_button = QPushButton()
        self.edit_service_button = QPushButton()
        self.given_button = QPushButton()
        self.service_declined_button = QPushButton()
        self.delete_service_button = QPushButton()
        services_tab = self._list_tab(self.services, [
            self.add_service_button, self.edit_service_button, self.given_button,
            self.service_declined_button, self.delete_service_button], self.services_summary)

        # referrals
        self.referrals = _table(4)
        self.add_referral_button = QPushButton()
        self.accept_button = QPushButton()
        self.decline_button = QPushButton()
        self.done_button = QPushButton()
        self.delete_referral_button = QPushButton()
        referrals_tab = self._list_tab(self.referrals, [
            self.add_referral_button, self.accept_button, self.decline_button,
            self.done_button, self.delete_referral_button])

        # monitoring
        # Areas of life down, visits across (newest on the right): each line shows how
        # one area changed, as the printed summary does.
        self.visits = _table(0)
        self.visits.setRowCount(len(MONITORING_AREAS) + 2)
        self.visits.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectColumns)
        self.visits.verticalHeader().show()
        self.visits.horizontalHeader().setStretchLastSection(False)
        self.visit_detail = QLabel()
        self.visit_detail.setWordWrap(True)
        self.visit_detail.setTextFormat(Qt.TextFormat.RichText)
        self.visit_detail.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.add_visit_button = QPushButton()
        self.edit_visit_button = QPushButton()
        self.delete_visit_button = QPushButton()
        monitoring_tab = self._list_tab(self.visits, [
            self.add_visit_button, self.edit_visit_button, self.delete_visit_button],
            below=self.visit_detail)

        # timeline
        self.timeline = QListWidget()
        self.timeline.setWordWrap(True)
        self.timeline.setAlternatingRowColors(True)
        self.note_button = QPushButton()
        timeline_tab = self._list_tab(self.timeline, [self.note_button])

        for tab in (client_tab, trafficking_tab, consent_tab, services_tab, referrals_tab,
                    monitoring_tab, timeline_tab):
            self.tabs.addTab(tab, "")

        filters = QGridLayout()
        filters.addWidget(self.filter_labels[0], 0, 0)
        filters.addWidget(self.status_filter, 0, 1)
        filters.addWidget(self.filter_labels[1], 0, 2)
        filters.addWidget(self.trafficking_filter, 0, 3)
        filters.addWidget(self.filter_labels[2], 1, 0)
        filters.addWidget(self.search, 1, 1, 1, 3)
        filters.setColumnStretch(1, 1)
        filters.setColumnStretch(3, 1)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(filters)
        left_layout.addWidget(self.view, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label, 1)
        bottom.addWidget(self.new_button)
        left_layout.addLayout(bottom)

        head_buttons = QHBoxLayout()
        head_buttons.addWidget(self.status_button)
        head_buttons.addStretch(1)
        head_buttons.addWidget(self.print_button)
        head_buttons.addWidget(self.redacted_button)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.case_title)
        right_layout.addWidget(self.case_info)
        right_layout.addLayout(head_buttons)
        right_layout.addWidget(self.print_status)
        right_layout.addWidget(self.tabs, 1)
        self.detail = right

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 7)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([520, 800])  # in proportion: the list shows number to next visit
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(300)
        self.search_timer.timeout.connect(self.apply)
        self.search.textChanged.connect(lambda _t: self.search_timer.start())
        self.status_filter.currentIndexChanged.connect(self.apply)
        self.trafficking_filter.currentIndexChanged.connect(self.apply)
        self.view.selectionModel().currentRowChanged.connect(lambda _c, _p: self._selected())
        self.model.modelReset.connect(self._selected)
        self.new_button.clicked.connect(lambda _checked=False: self.new_case())
        self.status_button.clicked.connect(self.change_status)
        self.print_button.clicked.connect(lambda: self.print_summary(False))
        self.redacted_button.clicked.connect(lambda: self.print_summary(True))
        self.edit_client_button.clicked.connect(self.edit_client)
        self.edit_trafficking_button.clicked.connect(self.edit_trafficking)
        self.add_consent_button.clicked.connect(self.add_consent)
        self.withdraw_button.clicked.connect(self.withdraw_consent)
        self.add_service_button.clicked.connect(self.add_service)
        self.edit_service_button.clicked.connect(self.edit_service)
        self.given_button.clicked.connect(lambda: self.mark_service(GIVEN))
        self.service_declined_button.clicked.connect(lambda: self.mark_service(DECLINED))
        self.delete_service_button.clicked.connect(self.delete_service)
        self.add_referral_button.clicked.connect(self.add_referral)
        self.accept_button.clicked.connect(lambda: self.referral_status(ACCEPTED))
        self.done_button.clicked.connect(lambda: self.referral_status(DONE))
        self.decline_button.clicked.connect(self.decline_referral)
        self.delete_referral_button.clicked.connect(self.delete_referral)
        self.add_visit_button.clicked.connect(self.add_visit)
        self.edit_visit_button.clicked.connect(self.edit_visit)
        self.delete_visit_button.clicked.connect(self.delete_visit)
        self.note_button.clicked.connect(self.add_note)
        for table in (self.services, self.referrals, self.visits, self.consents):
            table.itemSelectionChanged.connect(self._update_buttons)
            table.installEventFilter(self)
        self.services.doubleClicked.connect(lambda _i: self.edit_service())
        self.visits.doubleClicked.connect(lambda _i: self.edit_visit())
        self.visits.itemSelectionChanged.connect(self._show_visit)
        self.timeline.installEventFilter(self)
        self._shortcut("Ctrl+F", self.search.setFocus)
        self._shortcut("Ctrl+N", lambda: self.new_case(None))
        self._shortcut("Ctrl+P", lambda: self.print_summary(False))
        self._shortcut("Ctrl+Shift+P", lambda: self.print_summary(True))
        for i in range(len(TABS)):
            self._shortcut(f"Ctrl+{i + 1}", lambda i=i: self.show_tab(TABS[i]))
        self.retranslate()
        self.apply()

    def _shortcut(self, keys: str, slot: Any) -> None:
        sc = QShortcut(QKeySequence(keys), self)
        sc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        sc.activated.connect(slot)

    @staticmethod
    def _list_tab(table: QWidget, buttons: list[QPushButton], above: QWidget | None = None,
                  below: QWidget | None = None) -> QWidget:
        tab = QWidget()
        lay = QVBoxLayout(tab)
        if above is not None:
            lay.addWidget(above)
        lay.addWidget(table, 3)
        if below is not None:
            lay.addWidget(below, 2)
        row = QHBoxLayout()
        row.addWidget(buttons[0])
        row.addStretch(1)
        for b in buttons[1:]:
            row.addWidget(b)
        lay.addLayout(row)
        return tab

    def retranslate(self) -> None:
        names = {NOT_CLOSED: self.tr("Not closed"), "open": self.tr("Open"),
                 "active": self.tr("Active"), "monitoring": self.tr("Monitoring"),
                 CLOSED: self.tr("Closed"), "all": self.tr("All")}
        for i, key in enumerate(self.FILTERS):
            self.status_filter.setItemText(i, names[key])
        self.trafficking_filter.setItemText(0, self.tr("Any status"))
        for lab, text in zip(self.filter_labels, (self.tr("&Show:"), self.tr("S&tatus:"),
                                                  self.tr("&Find:")), strict=True):
            lab.setText(text)
        self.search.setPlaceholderText(self.tr("Number, name or phone"))
        self.new_button.setText(self.tr("&New case…"))
        self.new_button.setToolTip(self.tr("Open a new assistance case (Ctrl+N)"))
        self.status_button.setText(self.tr("Change stat&us…"))
        self.print_button.setText(self.tr("&Print summary…"))
        self.print_button.setToolTip(self.tr("The case summary as a PDF (Ctrl+P)"))
        self.redacted_button.setText(self.tr("Re&dacted PDF…"))
        self.redacted_button.setToolTip(self.tr(
            "A summary without names, phone numbers, addresses and dates of birth, for "
            "sharing (Ctrl+Shift+P)"))
        for i, text in enumerate((self.tr("Client"), self.tr("Trafficking"),
                                  self.tr("Consent"), self.tr("Services"),
                                  self.tr("Referrals"), self.tr("Monitoring"),
                                  self.tr("Timeline"))):
            self.tabs.setTabText(i, text)
            self.tabs.setTabToolTip(i, f"Ctrl+{i + 1}")
        self.relatives_label.setText(self.tr("Relatives involved"))
        self.relatives.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Relation"),
                                                  self.tr("Phone"), self.tr("Notes")])
        self.edit_client_button.setText(self.tr("&Edit client…"))
        self.edit_trafficking_button.setText(self.tr("&Edit trafficking details…"))
        self.consents.setHorizontalHeaderLabels([
            self.tr("What"), self.tr("With whom"), self.tr("Given"), self.tr("Valid"),
            self.tr("Notes")])
        self.add_consent_button.setText(self.tr("&Record consent…"))
        self.withdraw_button.setText(self.tr("&Withdrawn"))
        self.services.setHorizontalHeaderLabels([
            self.tr("Date"), self.tr("Service"), self.tr("Provided by"), self.tr("Status"),
            self.tr("Cost"), self.tr("Notes")])
        self.add_service_button.setText(self.tr("&Add a service…"))
        self.add_service_button.setToolTip(self.tr("Insert"))
        self.edit_service_button.setText(self.tr("&Edit…"))
        self.given_button.setText(self.tr("&Given"))
        self.service_declined_button.setText(self.tr("Dec&lined"))
        self.delete_service_button.setText(self.tr("Remo&ve"))
        self.referrals.setHorizontalHeaderLabels([
            self.tr("Sent"), self.tr("To"), self.tr("Status"), self.tr("Purpose")])
        self.add_referral_button.setText(self.tr("&Add a referral…"))
        self.add_referral_button.setToolTip(self.tr("Insert"))
        self.accept_button.setText(self.tr("A&ccepted"))
        self.decline_button.setText(self.tr("Dec&lined…"))
        self.done_button.setText(self.tr("D&one"))
        self.delete_referral_button.setText(self.tr("Remo&ve"))
        tax = self.service.tax
        self.visits.setVerticalHeaderLabels(
            [tax["monitoring_area"].label(a, self.lang) for a in MONITORING_AREAS]
            + [self.tr("Change"), self.tr("How")])
        self.add_visit_button.setText(self.tr("&Add a visit…"))
        self.add_visit_button.setToolTip(self.tr("Insert"))
        self.edit_visit_button.setText(self.tr("&Edit…"))
        self.delete_visit_button.setText(self.tr("Remo&ve"))
        self.note_button.setText(self.tr("Add a no&te…"))
        self._fill()

    # -- the list --

    def query(self) -> CaseQuery:
        key = self.status_filter.currentData()
        status = None if key == "all" else key
        return CaseQuery(status=status, trafficking_status=self.trafficking_filter.code(),
                         text=self.search.text())

    def apply(self) -> None:
        self.search_timer.stop()
        current = self.case.id if self.case else None
        self.model.set_query(self.query())
        count = self.service.count(self.query())
        self.count_label.setText(self.tr("%n case(s)", "", count))
        # No case is opened by itself: opening one is a view of a person's data, written
        # to the audit log, so only the user's own choice opens it.
        if current and not self.select_case(current):
            self.show_case(None)

    def refresh(self) -> None:
        self.apply()

    def select_case(self, case_id: str) -> bool:
        for i, row in enumerate(self.model.rows):
            if row.id == case_id:
                self.view.selectRow(i)
                self.show_case(case_id)
                return True
        return False

    def open_case_by_id(self, case_id: str) -> None:
        """Show a case, whatever the filters (they are reset when it is not listed)."""
        if not self.select_case(case_id):
            self.status_filter.setCurrentIndex(self.FILTERS.index("all"))
            self.trafficking_filter.setCurrentIndex(0)
            self.search.clear()
            self.apply()
            if not self.select_case(case_id):
                self.show_case(case_id)

    def _selected(self) -> None:
        index = self.view.currentIndex()
        self.show_case(str(index.data(ID_ROLE)) if index.isValid() else None)

    def show_tab(self, key: str) -> None:
        self.tabs.setCurrentIndex(TABS.index(key))

    # -- the case --

    def show_case(self, case_id: str | None) -> None:
        try:
            self.case = self.service.get(case_id) if case_id else None
        except LookupError:
            self.case = None
        self.detail.setEnabled(self.case is not None)
        self._fill()

    def _fill(self) -> None:
        case = self.case
        tax = self.service.tax
        for table in (self.relatives, self.consents, self.services, self.referrals):
            table.setRowCount(0)
        self.visits.setColumnCount(0)
        self.timeline.clear()
        self.visit_detail.clear()
        if case is None:
            self.case_title.setText(self.tr("No case chosen"))
            self.case_info.clear()
            self.client_info.clear()
            self.trafficking_info.clear()
            self.services_summary.clear()
            self._update_buttons()
            return
        status = tax["case_status"].label(case.status, self.lang)
        self.case_title.setText(f"{case.number} · {case.client.name} · {status}")
        lines = [self.tr("Opened %1 by %2").replace("%1", local(case.opened_at))
                 .replace("%2", html.escape(case.opened_by or "—")),
                 self.tr("Specialist: %1").replace("%1", html.escape(case.specialist_name
                                                                     or "—"))]
        if case.crisis_number:
            lines.append(self.tr("From crisis case %1").replace("%1", case.crisis_number))
        elif case.contact_started_at:
            lines.append(self.tr("From the contact of %1").replace(
                "%1", local(case.contact_started_at)))
        if case.trafficking.status:
            lines.append(f"<b style='color:{ERROR_RED}'>" + html.escape(
                tax["trafficking_status"].label(case.trafficking.status, self.lang)) + "</b>")
        if case.status == CLOSED:
            lines.append(self.tr("Closed %1: %2").replace("%1", local(case.closed_at))
                         .replace("%2", html.escape(tax["closure_reason"].label(
                             case.closure_reason, self.lang))))
        self.case_info.setText(" · ".join(lines))
        self._fill_client(case)
        self._fill_trafficking(case)
        self._fill_consents(case)
        self._fill_services(case)
        self._fill_referrals(case)
        self._fill_visits(case)
        for event in self.service.timeline(case.id):
            item = QListWidgetItem(self.event_text(event))
            item.setToolTip(item.text())  # a long entry is cut at the edge: shown whole here
            self.timeline.addItem(item)
        self.timeline.scrollToBottom()
        self._update_buttons()

    def _rows(self, pairs: list[tuple[str, str]]) -> str:
        cells = "".join(
            f"<tr><td style='color:#555; padding-right:12px'>{html.escape(k)}</td>"
            f"<td>{html.escape(v) if v else '—'}</td></tr>" for k, v in pairs)
        return f"<table>{cells}</table>"

    def _fill_client(self, case: CaseRecord) -> None:
        tax, c = self.service.tax, case.client
        self.client_info.setText(
            "<p style='color:#664d03'>" + html.escape(self.tr(
                "Personal data: keep it confidential.")) + "</p>" + self._rows([
                    (self.tr("Name"), c.name),
                    (self.tr("Gender"), tax["gender"].label(c.gender, self.lang)),
                    (self.tr("Date of birth"), day(c.birth_date)),
                    (self.tr("Phone"), phone_display(c.phone)), (self.tr("E-mail"), c.email),
                    (self.tr("Address"), c.address),
                    (self.tr("Region"), tax["region"].label(c.region, self.lang)),
                    (self.tr("Citizenship"), countries.name(c.citizenship, self.lang)
                     if c.citizenship else "")]))
        for r in case.relatives:
            row = self.relatives.rowCount()
            self.relatives.insertRow(row)
            relation = tax["relation"].label(r.relation, self.lang)
            if r.assisted:
                relation += " · " + self.tr("assisted")
            for col, text in enumerate((r.name, relation, phone_display(r.phone), r.notes)):
                self.relatives.setItem(row, col, _item(text, r.id))
        _fit_columns(self.relatives)

    def _fill_trafficking(self, case: CaseRecord) -> None:
        tax, t = self.service.tax, case.trafficking

        def codes(list_name: str, values: list[str]) -> str:
            return "; ".join(tax[list_name].label(v, self.lang) for v in values)

        period = ""
        if t.period_from or t.period_to:
            period = f"{day(t.period_from)} – {day(t.period_to)}"
        self.trafficking_info.setText(self._rows([
            (self.tr("Status"), tax["trafficking_status"].label(t.status, self.lang)),
            (self.tr("Decided by"), tax["trafficking_decided_by"].label(t.decided_by,
                                                                        self.lang)),
            (self.tr("Decided on"), day(t.decided_on)),
            (self.tr("Type of exploitation"), codes("exploitation_type",
                                                    t.exploitation_types)),
            (self.tr("Methods of control"), codes("method_of_control", t.methods_of_control)),
            (self.tr("Recruitment"), codes("recruitment_method", t.recruitment_methods)),
            (self.tr("Country of exploitation"), countries.name(t.country, self.lang)
             if t.country else ""),
            (self.tr("Period"), period), (self.tr("Notes"), t.notes)]))

    def _fill_consents(self, case: CaseRecord) -> None:
        tax = self.service.tax
        today = date.today()
        for c in case.consents:
            row = self.consents.rowCount()
            self.consents.insertRow(row)
            who = tax["referral_target"].label(c.recipient, self.lang)
            if c.recipient_name:
                who += f": {c.recipient_name}"
            if c.withdrawn_on:
                valid = self.tr("withdrawn %1").replace("%1", day(c.withdrawn_on))
            elif c.expires_on:
                valid = self.tr("until %1").replace("%1", day(c.expires_on))
            else:
                valid = self.tr("no end date")
            fg = None if c.active(today) else CLOSED_FG
            for col, text in enumerate((tax["consent_scope"].label(c.scope, self.lang), who,
                                        day(c.given_on), valid, c.notes)):
                self.consents.setItem(row, col, _item(text, c.id, fg))
        _fit_columns(self.consents)

    def _fill_services(self, case: CaseRecord) -> None:
        tax = self.service.tax
        for s in case.services:
            row = self.services.rowCount()
            self.services.insertRow(row)
            provider = tax["service_provider"].label(s.provider, self.lang)
            if s.provider_name:
                provider = s.provider_name if s.provider == "partner_org" else \
                    f"{provider}: {s.provider_name}"
            fg = PLANNED_FG if s.status != GIVEN else None
            cells = (day(s.service_on), tax["service"].label(s.service, self.lang), provider,
                     tax["service_status"].label(s.status, self.lang),
                     format_cost(s.cost_minor, s.currency, self.lang), s.notes)
            for col, text in enumerate(cells):
                self.services.setItem(row, col, _item(text, s.id, fg))
        _fit_columns(self.services)
        counts = case.services_by_type()
        given = sum(counts.values())
        parts = [f"{tax['service'].label(code, self.lang)}: {n}"
                 for code, n in counts.items()]
        self.services_summary.setText(
            self.tr("Given: %n service(s)", "", given) + ("  ·  " + "; ".join(parts)
                                                          if parts else ""))

    def _fill_referrals(self, case: CaseRecord) -> None:
        tax = self.service.tax
        for r in case.referrals:
            row = self.referrals.rowCount()
            self.referrals.insertRow(row)
            to = tax["referral_target"].label(r.target, self.lang)
            if r.organisation:
                to += f": {r.organisation}"
            status = tax["referral_status"].label(r.status, self.lang)
            status += f", {day(r.status_at.astimezone().date())}"
            if r.status_reason:
                status += f": {r.status_reason}"
            fg = CLOSED_FG if not REFERRAL_TRANSITIONS.get(r.status) else None
            for col, text in enumerate((day(r.sent_on), to, status, r.purpose)):
                self.referrals.setItem(row, col, _item(text, r.id, fg))
        _fit_columns(self.referrals)

    def _fill_visits(self, case: CaseRecord) -> None:
        tax = self.service.tax
        self.visits.setColumnCount(len(case.visits))
        self.visits.setHorizontalHeaderLabels([day(v.visit_on) for v in case.visits])
        for col, v in enumerate(case.visits):
            for row, area in enumerate(MONITORING_AREAS):
                level = v.areas[area][0]
                item = _item(tax["situation_level"].label(level, self.lang), v.id,
                             CRITICAL_FG if level == "critical" else None)
                if v.areas[area][1]:
                    item.setToolTip(v.areas[area][1])
                self.visits.setItem(row, col, item)
            self.visits.setItem(len(MONITORING_AREAS), col, _item(
                tax["change_assessment"].label(v.change, self.lang) or "—", v.id))
            self.visits.setItem(len(MONITORING_AREAS) + 1, col, _item(
                tax["monitoring_method"].label(v.method, self.lang), v.id))
        self.visits.resizeColumnsToContents()
        if case.visits:
            self.visits.selectColumn(len(case.visits) - 1)
            self.visits.scrollToItem(self.visits.item(0, len(case.visits) - 1))

    def _show_visit(self) -> None:
        visit = self._selected_visit()
        if visit is None:
            self.visit_detail.clear()
            return
        tax = self.service.tax
        pairs = [(tax["monitoring_area"].label(a, self.lang),
                  tax["situation_level"].label(visit.areas[a][0], self.lang)
                  + (f": {visit.areas[a][1]}" if visit.areas[a][1] else ""))
                 for a in MONITORING_AREAS]
        pairs.append((self.tr("Assessment"), visit.summary))
        pairs.append((self.tr("Next visit"), day(visit.next_visit_on)))
        pairs.append((self.tr("Specialist"), visit.specialist_name))
        self.visit_detail.setText(self._rows(pairs))

    def event_text(self, event: EventRow) -> str:
        tax = self.service.tax
        d = event.data
        kind = event.kind
        if kind == "opened":
            text = self.tr("Case opened")
            if d.get("crisis_number"):
                text += " · " + self.tr("from crisis case %1").replace("%1", d["crisis_number"])
        elif kind == "edited":
            groups = []
            for key in d.get("changes", {}):
                group = (self.tr("client's details") if key.startswith("client_") else
                         self.tr("relatives") if key == "relatives" else
                         self.tr("specialist") if key == "specialist_id" else
                         self.tr("trafficking details"))
                if group not in groups:
                    groups.append(group)
            text = self.tr("Changed: %1").replace("%1", ", ".join(groups))
        elif kind == "trafficking_status":
            text = self.tr("Trafficking status: %1").replace(
                "%1", tax["trafficking_status"].label(d.get("to"), self.lang) or "—")
        elif kind == "status":
            text = self.tr("Case status: %1").replace(
                "%1", tax["case_status"].label(d.get("to"), self.lang))
        elif kind == "closed":
            text = self.tr("Case closed: %1").replace(
                "%1", tax["closure_reason"].label(d.get("reason"), self.lang))
        elif kind == "reopened":
            text = self.tr("Case reopened")
        elif kind == "service":
            text = self.tr("Service (%1): %2").replace(
                "%1", tax["service_status"].label(d.get("status"), self.lang)).replace(
                "%2", tax["service"].label(d.get("service"), self.lang))
        elif kind == "service_changed":
            text = self.tr("Service changed: %1").replace(
                "%1", tax["service"].label(d.get("service"), self.lang))
        elif kind == "service_deleted":
            text = self.tr("Service removed: %1").replace(
                "%1", tax["service"].label(d.get("service"), self.lang))
        elif kind == "referral":
            text = self.tr("Referral sent: %1").replace(
                "%1", tax["referral_target"].label(d.get("target"), self.lang))
        elif kind == "referral_status":
            text = self.tr("Referral to %1: %2").replace(
                "%1", tax["referral_target"].label(d.get("target"), self.lang)).replace(
                "%2", tax["referral_status"].label(d.get("to"), self.lang))
        elif kind == "referral_changed":
            text = self.tr("Referral changed: %1").replace(
                "%1", tax["referral_target"].label(d.get("target"), self.lang))
        elif kind == "referral_deleted":
            text = self.tr("Referral removed: %1").replace(
                "%1", tax["referral_target"].label(d.get("target"), self.lang))
        elif kind in ("visit", "visit_changed", "visit_deleted"):
            text = {"visit": self.tr("Monitoring visit of %1"),
                    "visit_changed": self.tr("Monitoring visit of %1 changed"),
                    "visit_deleted": self.tr("Monitoring visit of %1 removed")}[kind]
            on = d.get("on")
            text = text.replace("%1", day(date.fromisoformat(on)) if on else "")
        elif kind in ("consent", "consent_withdrawn"):
            text = (self.tr("Consent: %1 → %2") if kind == "consent"
                    else self.tr("Consent withdrawn: %1 → %2"))
            text = text.replace("%1", tax["consent_scope"].label(d.get("scope"), self.lang)) \
                .replace("%2", tax["referral_target"].label(d.get("recipient"), self.lang))
        elif kind == "note":
            text = self.tr("Note")
        elif kind == "printed":
            text = (self.tr("Redacted summary printed") if d.get("redacted")
                    else self.tr("Summary printed"))
        else:
            text = kind
        if event.text and kind not in ("service", "visit", "consent"):
            text += f": {event.text}"
        who = f" · {event.user_name}" if event.user_name else ""
        return f"{local(event.at)}{who} — {text}"

    # -- selections and buttons --

    def _selected_id(self, table: QTableWidget) -> str | None:
        row = table.currentRow()
        item = table.item(row, 0) if row >= 0 else None
        return str(item.data(ID_ROLE)) if item is not None else None

    def _selected_service(self) -> Any:
        sid = self._selected_id(self.services)
        return next((s for s in self.case.services if s.id == sid), None) if self.case else None

    def _selected_referral(self) -> Any:
        rid = self._selected_id(self.referrals)
        return next((r for r in self.case.referrals if r.id == rid), None) if self.case \
            else None

    def _selected_visit(self) -> VisitRow | None:
        col = self.visits.currentColumn()
        item = self.visits.item(0, col) if col >= 0 else None
        vid = str(item.data(ID_ROLE)) if item is not None else None
        return next((v for v in self.case.visits if v.id == vid), None) if self.case else None

    def _selected_consent(self) -> Any:
        cid = self._selected_id(self.consents)
        return next((c for c in self.case.consents if c.id == cid), None) if self.case \
            else None

    def _update_buttons(self) -> None:
        case = self.case
        has = case is not None
        working = has and case is not None and case.status != CLOSED
        service = self._selected_service()
        referral = self._selected_referral()
        visit = self._selected_visit()
        consent = self._selected_consent()
        allowed = REFERRAL_TRANSITIONS.get(referral.status, ()) if referral else ()
        self.status_button.setEnabled(has and bool(CASE_TRANSITIONS.get(case.status, ()))
                                      if case else False)
        for b in (self.print_button, self.redacted_button, self.edit_client_button,
                  self.edit_trafficking_button, self.note_button, self.add_consent_button):
            b.setEnabled(has)
        self.withdraw_button.setEnabled(consent is not None and consent.withdrawn_on is None)
        for b in (self.add_service_button, self.add_referral_button, self.add_visit_button):
            b.setEnabled(working)
        self.edit_service_button.setEnabled(working and service is not None)
        self.delete_service_button.setEnabled(working and service is not None)
        self.given_button.setEnabled(working and service is not None
                                     and service.status != GIVEN)
        self.service_declined_button.setEnabled(working and service is not None
                                                and service.status == PLANNED)
        self.accept_button.setEnabled(working and ACCEPTED in allowed)
        self.decline_button.setEnabled(working and REFUSED in allowed)
        self.done_button.setEnabled(working and DONE in allowed)
        self.delete_referral_button.setEnabled(working and referral is not None)
        self.edit_visit_button.setEnabled(working and visit is not None)
        self.delete_visit_button.setEnabled(working and visit is not None)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) \
                and event.modifiers() == Qt.KeyboardModifier.NoModifier:
            key = event.key()
            actions: dict[Any, dict[Any, Any]] = {
                self.services: {Qt.Key.Key_Insert: self.add_service,
                                Qt.Key.Key_Return: self.edit_service,
                                Qt.Key.Key_Enter: self.edit_service,
                                Qt.Key.Key_Delete: self.delete_service},
                self.referrals: {Qt.Key.Key_Insert: self.add_referral,
                                 Qt.Key.Key_Delete: self.delete_referral},
                self.visits: {Qt.Key.Key_Insert: self.add_visit,
                              Qt.Key.Key_Return: self.edit_visit,
                              Qt.Key.Key_Enter: self.edit_visit,
                              Qt.Key.Key_Delete: self.delete_visit},
                self.consents: {Qt.Key.Key_Insert: self.add_consent},
                self.timeline: {Qt.Key.Key_Insert: self.add_note},
            }
            action = actions.get(watched, {}).get(key)
            if action is not None:
                action()
                return True
        return super().eventFilter(watched, event)

    # -- changing --

    def _problem(self, exc: Exception, labels: dict[str, str] | None = None) -> str:
        if isinstance(exc, ValidationError):
            # In the dialog's words when a dialog asked (its catalogue has them).
            return describe_errors(self.dialog or self, exc.errors, labels or {})
        if isinstance(exc, ConcurrentCaseEditError):
            return self.tr("Someone else changed this case meanwhile. Close this window and "
                           "open the case again.")
        if isinstance(exc, CaseStateError):
            return self.tr("Not possible now: %1").replace("%1", user_text(exc))
        if isinstance(exc, AssistancePermissionError):
            return self.tr("Only social-work specialists work on assistance cases.")
        return user_text(exc)

    def _run(self, change: Any, labels: dict[str, str] | None = None) -> str | None:
        """Make a change; the problem as text, or None when it is saved."""
        try:
            change()
        except (ValidationError, CaseStateError, ConcurrentCaseEditError,
                AssistancePermissionError, LookupError) as exc:
            return self._problem(exc, labels)
        self._after_change()
        return None

    def _act(self, change: Any) -> bool:
        """A change without a dialog: a problem goes to a message box."""
        problem = self._run(change)
        if problem:
            msgbox.warn(self, self.tr("Not changed"), problem)
            return False
        return True

    def _after_change(self) -> None:
        if self.case is None:
            return
        case_id = self.case.id
        tab = self.tabs.currentIndex()
        rows = {t: t.currentRow() for t in (self.services, self.referrals, self.consents)}
        self.model.set_query(self.model.query)
        if not self.select_case(case_id):
            self.show_case(case_id)
        self.tabs.setCurrentIndex(tab)
        for table, row in rows.items():
            if 0 <= row < table.rowCount():
                table.selectRow(row)
        self.changed.emit()

    def _show(self, dialog: QDialog) -> None:
        """Open a dialog window-modally; it stays reachable as ``self.dialog``."""
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog = dialog
        before = QApplication.focusWidget()
        if before is None or not self.isAncestorOf(before):
            before = self.view
        dialog.finished.connect(lambda _r: self._dialog_done(dialog, before))
        dialog.open()

    def _dialog_done(self, dialog: QDialog, before: QWidget) -> None:
        if self.dialog is dialog:
            self.dialog = None
        # Back where the keyboard was (the table of the tab), ready for the next key.
        target = before if before.isVisible() and before.isEnabled() else self.view
        target.setFocus()

    # -- opening cases --

    def new_case(self, data: CaseInput | None = None, source: str = "") -> None:
        data = data or CaseInput()
        if not data.specialist_id:
            data.specialist_id = self.service.user_id

        def submit(value: CaseInput) -> str | None:
            try:
                record = self.service.open_case(value)
            except (ValidationError, LookupError, AssistancePermissionError) as exc:
                return self._problem(exc, dialog.labels)
            self.apply()
            self.open_case_by_id(record.id)
            self.changed.emit()
            self.opened.emit(record.id)
            return None

        dialog = ClientDialog(self.service.tax, self.lang, data, submit, self.users, new=True,
                              source=source, parent=self)
        self._show(dialog)

    def _existing(self, linked: list[tuple[str, str]]) -> bool:
        """When cases were already opened from the same source: show one, or go on."""
        if not linked:
            return False
        numbers = ", ".join(n for _i, n in linked)
        answer = msgbox.choose(
            self, self.tr("Assistance case exists"),
            self.tr("An assistance case was already opened from this: %1. Show it, or open "
                    "another one?").replace("%1", numbers),
            [("show", self.tr("Show it")), ("new", self.tr("Open another")),
             ("cancel", self.tr("Cancel"))], default="show", escape="cancel")
        if answer == "show":
            self.open_case_by_id(linked[-1][0])
            return True
        return answer == "cancel"

    def open_from_crisis(self, crisis_case_id: str, number: str = "") -> None:
        if self._existing(self.service.linked_cases(crisis_case_id=crisis_case_id)):
            return
        try:
            data = self.service.from_crisis_case(crisis_case_id)
        except (LookupError, AssistancePermissionError) as exc:
            msgbox.warn(self, self.tr("Not possible"), self._problem(exc))
            return
        self.new_case(data, self.tr(
            "From crisis case %1: the trafficking status and the exploitation recorded "
            "there are taken over.").replace("%1", number))

    def open_from_contact(self, contact_id: str, when: str = "") -> None:
        if self._existing(self.service.linked_cases(contact_id=contact_id)):
            return
        try:
            data = self.service.from_contact(contact_id)
        except (LookupError, AssistancePermissionError) as exc:
            msgbox.warn(self, self.tr("Not possible"), self._problem(exc))
            return
        self.new_case(data, self.tr("From the contact of %1.").replace("%1", when))

    # -- the case itself --

    def edit_client(self) -> None:
        if self.case is None:
            return
        case = self.case
        version = case.version

        def submit(value: CaseInput) -> str | None:
            return self._run(lambda: self.service.update(case.id, value,
                                                         expected_version=version),
                             dialog.labels)

        dialog = ClientDialog(self.service.tax, self.lang, case.input(), submit, self.users,
                              parent=self)
        self._show(dialog)

    def edit_trafficking(self) -> None:
        if self.case is None:
            return
        case = self.case
        version = case.version

        def submit(value: TraffickingInput) -> str | None:
            data = case.input()
            data.trafficking = value
            return self._run(lambda: self.service.update(case.id, data,
                                                         expected_version=version),
                             dialog.labels)

        dialog = TraffickingDialog(self.service.tax, self.lang, case.input().trafficking,
                                   submit, parent=self)
        self._show(dialog)

    def change_status(self) -> None:
        if self.case is None:
            return
        case = self.case

        def submit(value: tuple[str, str | None, str]) -> str | None:
            status, reason, note = value
            return self._run(lambda: self.service.set_status(case.id, status, reason=reason,
                                                             note=note), dialog.labels)

        dialog = StatusDialog(self.service.tax, self.lang, case.status, submit, parent=self)
        self._show(dialog)

    def add_note(self) -> None:
        if self.case is None:
            return
        case_id = self.case.id

        def submit(value: str) -> str | None:
            return self._run(lambda: self.service.add_note(case_id, value),
                             {"text": self.tr("Note")})

        self._show(NoteDialog(submit, parent=self))

    # -- services --

    def add_service(self) -> None:
        if self.case is None or self.case.status == CLOSED:
            return
        case_id = self.case.id

        def submit(value: ServiceInput) -> str | None:
            return self._run(lambda: self.service.add_service(case_id, value), dialog.labels)

        dialog = ServiceDialog(self.service.tax, self.lang, submit, parent=self)
        self.show_tab("services")
        self._show(dialog)

    def edit_service(self) -> None:
        current = self._selected_service()
        if current is None or self.case is None or self.case.status == CLOSED:
            return

        def submit(value: ServiceInput) -> str | None:
            return self._run(lambda: self.service.update_service(current.id, value),
                             dialog.labels)

        data = ServiceInput(current.service, current.service_on, current.provider,
                            current.provider_name, current.status, current.cost_minor,
                            current.currency, current.notes)
        dialog = ServiceDialog(self.service.tax, self.lang, submit, data, parent=self)
        self._show(dialog)

    def mark_service(self, status: str) -> bool:
        current = self._selected_service()
        if current is None:
            return False
        return self._act(lambda: self.service.set_service_status(current.id, status))

    def delete_service(self) -> None:
        current = self._selected_service()
        if current is None or self.case is None or self.case.status == CLOSED:
            return
        label = self.service.tax["service"].label(current.service, self.lang)
        if msgbox.ask(self, self.tr("Remove the service?"), self.tr(
                "Remove “%1” of %2 from the case? The timeline keeps a note of it.")
                .replace("%1", label).replace("%2", day(current.service_on))) \
                != msgbox.Button.Yes:
            return
        self._act(lambda: self.service.delete_service(current.id))

    # -- referrals --

    def add_referral(self) -> None:
        if self.case is None or self.case.status == CLOSED:
            return
        case_id = self.case.id

        def submit(value: ReferralInput) -> str | None:
            return self._run(lambda: self.service.add_referral(case_id, value), dialog.labels)

        dialog = ReferralDialog(self.service.tax, self.lang, submit, parent=self)
        self.show_tab("referrals")
        self._show(dialog)

    def referral_status(self, status: str, reason: str = "") -> bool:
        current = self._selected_referral()
        if current is None:
            return False
        return self._act(lambda: self.service.set_referral_status(current.id, status, reason))

    def decline_referral(self) -> None:
        current = self._selected_referral()
        if current is None:
            return

        def submit(reason: str) -> str | None:
            return self._run(lambda: self.service.set_referral_status(current.id, REFUSED,
                                                                      reason),
                             {"reason": self.tr("Reason")})

        self._show(ReasonDialog(submit, parent=self))

    def delete_referral(self) -> None:
        current = self._selected_referral()
        if current is None or self.case is None or self.case.status == CLOSED:
            return
        if msgbox.ask(self, self.tr("Remove the referral?"), self.tr(
                "Remove this referral from the case? The timeline keeps a note of it.")) \
                != msgbox.Button.Yes:
            return
        self._act(lambda: self.service.delete_referral(current.id))

    # -- monitoring --

    def _visit_dialog(self, submit: Any, data: MonitoringInput | None = None) -> None:
        dialog = MonitoringDialog(self.service.tax, self.lang, self.users, submit, data,
                                  parent=self)
        self.show_tab("monitoring")
        self._show(dialog)

    def add_visit(self) -> None:
        if self.case is None or self.case.status == CLOSED:
            return
        case_id = self.case.id
        last = self.case.visits[-1] if self.case.visits else None

        def submit(value: MonitoringInput) -> str | None:
            return self._run(lambda: self.service.add_visit(case_id, value),
                             self.dialog_labels())

        # A new visit starts from how things stood at the last one.
        data = MonitoringInput(
            visit_on=date.today(), specialist_id=self.service.user_id,
            areas={a: AreaInput(last.areas[a][0], "") for a in MONITORING_AREAS}
            if last else {})
        self._visit_dialog(submit, data)

    def dialog_labels(self) -> dict[str, str]:
        return dict(getattr(self.dialog, "labels", {}))

    def edit_visit(self) -> None:
        visit = self._selected_visit()
        if visit is None or self.case is None or self.case.status == CLOSED:
            return

        def submit(value: MonitoringInput) -> str | None:
            return self._run(lambda: self.service.update_visit(visit.id, value),
                             self.dialog_labels())

        data = MonitoringInput(visit.visit_on, visit.method, visit.specialist_id,
                               {a: AreaInput(*visit.areas[a]) for a in MONITORING_AREAS},
                               visit.change, visit.summary, visit.next_visit_on)
        self._visit_dialog(submit, data)

    def delete_visit(self) -> None:
        visit = self._selected_visit()
        if visit is None or self.case is None or self.case.status == CLOSED:
            return
        if msgbox.ask(self, self.tr("Remove the visit?"), self.tr(
                "Remove the monitoring visit of %1? The timeline keeps a note of it.")
                .replace("%1", day(visit.visit_on))) != msgbox.Button.Yes:
            return
        self._act(lambda: self.service.delete_visit(visit.id))

    # -- consent --

    def add_consent(self) -> None:
        if self.case is None:
            return
        case_id = self.case.id

        def submit(value: ConsentInput) -> str | None:
            return self._run(lambda: self.service.add_consent(case_id, value), dialog.labels)

        dialog = ConsentDialog(self.service.tax, self.lang, submit, parent=self)
        self.show_tab("consent")
        self._show(dialog)

    def withdraw_consent(self) -> bool:
        consent = self._selected_consent()
        if consent is None:
            return False
        return self._act(lambda: self.service.withdraw_consent(consent.id))

    # -- the summary --

    def print_summary(self, redacted: bool) -> None:
        """Write the case summary (full or redacted) where the user chooses, then open
        it in the system's viewer; the print is recorded in the print log."""
        if self.case is None or self.print_task is not None:
            return
        case = self.case
        name = f"{case.number}-redacted.pdf" if redacted else f"{case.number}.pdf"
        folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation)
        suggested = str(Path(folder) / name) if folder else name
        title = self.tr("Save the redacted summary") if redacted else \
            self.tr("Save the case summary")
        path = msgbox.save_file(self, title, self.tr("PDF document (*.pdf)"), suggested,
                                "pdf")
        if not path:
            return
        if Path(path).suffix.lower() != ".pdf":
            path += ".pdf"
        service, lang = self.service, self.lang

        def work(_progress: Any) -> Any:
            from app.services.assistance.case_pdf import write_case_pdf

            return write_case_pdf(service, case.id, path, lang=lang, redacted=redacted)

        self.print_status.setText(self.tr("Writing the summary…"))
        self.print_task = run_task(work, lambda row: self._printed(path, row),
                                   self._print_failed, parent=self,
                                   label=self.tr("Writing the summary…"))

    def _printed(self, path: str, row: Any) -> None:
        self.print_task = None
        self.last_pdf = path
        self.print_status.setText(self.tr("Summary saved: %1 (%n page(s))", "", row.pages)
                                  .replace("%1", path))
        if self.case is not None:
            self.show_case(self.case.id)
        if not msgbox.open_externally(path):
            msgbox.info(self, self.tr("Summary saved"), self.tr(
                "The summary was saved as %1, but no program to show PDF files was found. "
                "Open the file from its folder to print it.").replace("%1", path))

    def _print_failed(self, exc: Exception) -> None:
        self.print_task = None
        self.print_status.clear()
        detail = exc.strerror if isinstance(exc, OSError) and exc.strerror else \
            type(exc).__name__
        msgbox.error(self, self.tr("The summary was not saved"), self.tr(
            "The summary could not be written. Choose another folder or file name."),
            str(detail))
