"""Crisis cases: open cases first, overdue follow-ups in red, the case and its timeline.

For supervisors and specialists: filter the cases, open one, move its referrals on
(accepted, declined with a reason, done), add a referral, a note or a follow-up
contact, close it with a reason. The list is lazy (keyset pages) like the journal.
"""

from __future__ import annotations

import html
from datetime import UTC, datetime, timedelta
from typing import Any

from PySide6.QtCore import (
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
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
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.models import countries
from app.models.crisis import ACCEPTED, ANONYMOUS, DECLINED, DONE, NAMED, OPEN, TRANSITIONS
from app.services.contacts.service import ContactInput, UserRow
from app.services.crisis.service import (
    CaseQuery,
    CaseRecord,
    CaseRow,
    CaseStateError,
    CrisisService,
    EventRow,
    ReferralInput,
    ReferralRow,
)
from app.services.validation import ValidationError
from app.ui.widgets import msgbox
from app.ui.widgets.datefield import DateField, date_problem
from app.ui.widgets.style import ERROR_RED, FOCUS_FRAME, heading
from app.ui.widgets.table_models import ID_ROLE, PagedTableModel

OVERDUE_BG = QColor("#f8d7da")
OVERDUE_FG = QColor("#58151c")
CLOSED_FG = QColor("#6c757d")


def local(moment: datetime | None) -> str:
    return moment.astimezone().strftime("%d.%m.%Y %H:%M") if moment else ""


class CaseTableModel(PagedTableModel):
    """Rows of the case list, fetched page by page (newest first)."""

    COLUMNS = ("number", "opened", "type", "where", "danger", "tasks")
    rows: list[CaseRow]
    query: CaseQuery

    def __init__(self, crisis: CrisisService, lang: str, parent: Any = None):
        super().__init__(CaseQuery(), parent)
        self.crisis = crisis
        self.lang = lang

    def fetch_page(self, after: CaseRow | None, limit: int) -> list[CaseRow]:
        key = (after.opened_at, after.id) if after else None
        return self.crisis.cases(self.query, after=key, limit=limit)

    def headers(self) -> list[str]:
        return [self.tr("Number"), self.tr("Opened"), self.tr("Crisis"), self.tr("Where"),
                self.tr("Danger"), self.tr("Tasks")]

    def row_text(self, row: CaseRow, column: int) -> str:
        tax = self.crisis.tax
        name = self.COLUMNS[column]
        if name == "number":
            return row.number
        if name == "opened":
            return local(row.opened_at)
        if name == "type":
            return tax["crisis_type"].label(row.crisis_type, self.lang)
        if name == "where":
            place = countries.name(row.country, self.lang)
            return f"{place}, {row.city}" if row.city else place
        if name == "danger":
            return tax["danger_level"].label(row.danger, self.lang)
        if row.status != OPEN:
            reason = tax["crisis_closure_reason"].label(row.closure_reason, self.lang)
            return self.tr("Closed: %1").replace("%1", reason)
        if row.overdue:
            return self.tr("%n overdue", "", row.overdue)
        if row.next_due is not None:
            return self.tr("Next: %1").replace("%1", local(row.next_due))
        return self.tr("No tasks")

    def role_data(self, row: CaseRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.BackgroundRole and row.overdue:
            return QBrush(OVERDUE_BG)
        if role == Qt.ItemDataRole.ForegroundRole:
            if row.overdue:
                return QBrush(OVERDUE_FG)
            if row.status != OPEN:
                return QBrush(CLOSED_FG)
        if role == Qt.ItemDataRole.ToolTipRole and row.overdue:
            return self.tr("A follow-up or referral is past its due time")
        return None


# -- small dialogs -----------------------------------------------------------------------------


class ReasonDialog(QDialog):
    """A text the change needs (why a referral was declined, a note)."""

    def __init__(self, title: str, prompt: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.text = QPlainTextEdit()
        self.text.setTabChangesFocus(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        label = QLabel(prompt)
        label.setWordWrap(True)
        layout.addWidget(label)
        layout.addWidget(self.text)
        layout.addWidget(buttons)

    def value(self) -> str:
        return self.text.toPlainText().strip()


class CloseDialog(QDialog):
    def __init__(self, crisis: CrisisService, lang: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Close the case"))
        self.reason = QComboBox()
        for c in crisis.tax["crisis_closure_reason"].active():
            self.reason.addItem(c.label(lang), c.code)
        self.note = QPlainTextEdit()
        self.note.setTabChangesFocus(True)
        form = QFormLayout(self)
        form.addRow(self.tr("&Reason:"), self.reason)
        form.addRow(self.tr("&Note:"), self.note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)


class ReferralDialog(QDialog):
    """A referral or follow-up added to a case after it was opened."""

    def __init__(self, crisis: CrisisService, lang: str, users: list[UserRow],
                 consent: set[str], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add a referral"))
        self.crisis = crisis
        self.target = QComboBox()
        for c in crisis.tax["referral_target"].active():
            self.target.addItem(c.label(lang), c.code)
        self.target.addItem(self.tr("Follow-up call"), None)
        self.mode = QComboBox()
        for code in (NAMED, ANONYMOUS):
            self.mode.addItem(crisis.tax["referral_mode"].label(code, lang), code)
        self.consent = consent
        self.owner = QComboBox()
        self.owner.addItem("—", None)
        for u in users:
            self.owner.addItem(u.full_name, u.id)
        tomorrow = datetime.now(UTC).replace(second=0, microsecond=0) + timedelta(days=1)
        self.due = DateField(tomorrow, with_time=True)
        self.action = QLineEdit()
        self.organisation = QLineEdit()
        form = QFormLayout(self)
        form.addRow(self.tr("&To:"), self.target)
        form.addRow(self.tr("&Data passed:"), self.mode)
        form.addRow(self.tr("&Owner:"), self.owner)
        form.addRow(self.tr("D&ue:"), self.due)
        form.addRow(self.tr("&What to do:"), self.action)
        form.addRow(self.tr("Or&ganisation:"), self.organisation)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.target.currentIndexChanged.connect(self._target_changed)
        self._target_changed()

    def _target_changed(self) -> None:
        target = self.target.currentData()
        allowed = target is not None and target in self.consent
        self.mode.setCurrentIndex(self.mode.findData(NAMED if allowed else ANONYMOUS))
        self.mode.setEnabled(allowed)
        self.owner.setCurrentIndex(max(self.owner.findData(self.crisis.owner_for(target)), 0))

    def accept(self) -> None:
        if date_problem(self) is None:
            super().accept()

    def value(self) -> ReferralInput:
        due = self.due.value()
        assert isinstance(due, datetime)
        return ReferralInput(
            target=self.target.currentData(), mode=str(self.mode.currentData()),
            due_at=due,
            action=self.action.text(), owner_id=self.owner.currentData(),
            organisation=self.organisation.text(), proposed=False)


class FollowUpDialog(QDialog):
    """A later contact about the case: the person calls again, or we call back."""

    def __init__(self, crisis: CrisisService, lang: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Follow-up contact"))
        self.channel = QComboBox()
        for c in crisis.tax["channel"].active():
            self.channel.addItem(c.label(lang), c.code)
        self.started = DateField(datetime.now(UTC).replace(second=0, microsecond=0),
                                 with_time=True)
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        form = QFormLayout(self)
        form.addRow(self.tr("C&hannel:"), self.channel)
        form.addRow(self.tr("Date and &time:"), self.started)
        form.addRow(self.tr("&Notes:"), self.notes)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def accept(self) -> None:
        if date_problem(self) is None:
            super().accept()

    def value(self) -> ContactInput:
        started = self.started.value()
        assert isinstance(started, datetime)
        return ContactInput(channel=str(self.channel.currentData()), started_at=started,
                            notes=self.notes.toPlainText())


# -- the page ---------------------------------------------------------------------------------


class CrisisPage(QWidget):
    """The crisis cases of the site, and one case in detail."""

    changed = Signal()
    assistance_requested = Signal(str, str)  # crisis case id and number

    FILTERS = ("open", "overdue", "closed", "all")

    def __init__(self, crisis: CrisisService, users: list[UserRow], lang: str,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.crisis = crisis
        self.users = users
        self.lang = lang
        self.case: CaseRecord | None = None
        tax = crisis.tax

        self.status_filter = QComboBox()
        for key in self.FILTERS:
            self.status_filter.addItem(key, key)
        self.type_filter = QComboBox()
        self.type_filter.addItem("", None)
        for c in tax["crisis_type"].active():
            self.type_filter.addItem(c.label(lang), c.code)
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        for combo in (self.status_filter, self.type_filter):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(12)
            combo.currentTextChanged.connect(combo.setToolTip)  # a cut choice, whole
        self.type_filter.setMinimumContentsLength(18)  # most crisis types shown whole
        self.filter_labels = [QLabel(), QLabel(), QLabel()]
        for lab, w in zip(self.filter_labels, (self.status_filter, self.type_filter,
                                               self.search), strict=True):
            lab.setBuddy(w)
        self.overdue_banner = QPushButton()
        self.overdue_banner.setObjectName("overdueBanner")
        self.overdue_banner.setFlat(True)
        self.overdue_banner.setStyleSheet(
            "QPushButton#overdueBanner { background: #f8d7da; color: #58151c; padding: 3px 8px;"
            " font-weight: bold; text-align: left; }" + FOCUS_FRAME)
        self.count_label = QLabel()

        self.model = CaseTableModel(crisis, lang, self)
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
        opened = self.view.fontMetrics().horizontalAdvance("00.00.0000 00:00") + 16
        for col, width in enumerate((100, max(110, opened), 150, 120, 110)):
            self.view.setColumnWidth(col, width)

        # -- the case --
        self.case_title = QLabel()
        heading(self.case_title, 2)
        self.case_info = QLabel()
        self.case_info.setWordWrap(True)
        self.case_info.setTextFormat(Qt.TextFormat.RichText)
        self.referrals = QTableWidget(0, 5)
        self.referrals.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.referrals.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.referrals.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.referrals.verticalHeader().hide()
        self.referrals.horizontalHeader().setStretchLastSection(True)
        self.referrals.setWordWrap(False)  # a long text is elided, its tooltip whole
        self.referrals.setMinimumHeight(120)
        self.accept_button = QPushButton()
        self.decline_button = QPushButton()
        self.done_button = QPushButton()
        self.add_referral_button = QPushButton()
        self.timeline = QListWidget()
        self.timeline.setWordWrap(True)
        self.timeline.setAlternatingRowColors(True)
        self.follow_up_button = QPushButton()
        self.note_button = QPushButton()
        self.assistance_button = QPushButton()
        self.close_button = QPushButton()
        self.referrals_label = QLabel()
        self.timeline_label = QLabel()

        filters = QHBoxLayout()
        for lab, w in zip(self.filter_labels, (self.status_filter, self.type_filter,
                                               self.search), strict=True):
            filters.addWidget(lab)
            filters.addWidget(w, 2 if w is self.search else 1)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(filters)
        left_layout.addWidget(self.overdue_banner)
        left_layout.addWidget(self.view, 1)
        left_layout.addWidget(self.count_label)

        ref_buttons = QHBoxLayout()
        for b in (self.accept_button, self.decline_button, self.done_button):
            ref_buttons.addWidget(b)
        ref_buttons.addStretch(1)
        ref_buttons.addWidget(self.add_referral_button)
        case_buttons = QHBoxLayout()
        for b in (self.follow_up_button, self.note_button, self.assistance_button):
            case_buttons.addWidget(b)
        case_buttons.addStretch(1)
        case_buttons.addWidget(self.close_button)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.case_title)
        right_layout.addWidget(self.case_info)
        right_layout.addWidget(self.referrals_label)
        right_layout.addWidget(self.referrals, 2)
        right_layout.addLayout(ref_buttons)
        right_layout.addWidget(self.timeline_label)
        right_layout.addWidget(self.timeline, 3)
        right_layout.addLayout(case_buttons)
        self.detail = right

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 5)
        splitter.setStretchFactor(1, 6)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(300)
        self.search_timer.timeout.connect(self.apply)
        self.search.textChanged.connect(lambda _t: self.search_timer.start())
        self.status_filter.currentIndexChanged.connect(self.apply)
        self.type_filter.currentIndexChanged.connect(self.apply)
        self.view.selectionModel().currentRowChanged.connect(lambda _c, _p: self._selected())
        self.model.modelReset.connect(self._selected)
        self.overdue_banner.clicked.connect(
            lambda: self.status_filter.setCurrentIndex(self.FILTERS.index("overdue")))
        self.referrals.itemSelectionChanged.connect(self._update_buttons)
        self.accept_button.clicked.connect(lambda: self.change_status(ACCEPTED))
        self.done_button.clicked.connect(lambda: self.change_status(DONE))
        self.decline_button.clicked.connect(self._decline)
        self.add_referral_button.clicked.connect(self._add_referral)
        self.note_button.clicked.connect(self._add_note)
        self.assistance_button.clicked.connect(
            lambda: self.case and self.assistance_requested.emit(self.case.id, self.case.number))
        self.follow_up_button.clicked.connect(self._add_follow_up)
        self.close_button.clicked.connect(self._close_or_reopen)
        sc = QShortcut(QKeySequence("Ctrl+F"), self)
        sc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        sc.activated.connect(self.search.setFocus)
        self.retranslate()
        self.apply()

    def retranslate(self) -> None:
        names = {"open": self.tr("Open"), "overdue": self.tr("Overdue follow-ups"),
                 "closed": self.tr("Closed"), "all": self.tr("All")}
        for i, key in enumerate(self.FILTERS):
            self.status_filter.setItemText(i, names[key])
        self.type_filter.setItemText(0, self.tr("Any crisis"))
        for lab, text in zip(self.filter_labels, (self.tr("&Show:"), self.tr("C&risis:"),
                                                  self.tr("&Find:")), strict=True):
            lab.setText(text)
        self.search.setPlaceholderText(self.tr("Case number or city"))
        self.referrals.setHorizontalHeaderLabels([
            self.tr("Referral"), self.tr("Owner"), self.tr("Due"), self.tr("Status"),
            self.tr("What to do")])
        self.referrals_label.setText(self.tr("Referrals and follow-up"))
        self.timeline_label.setText(self.tr("Timeline"))
        self.accept_button.setText(self.tr("&Accepted"))
        self.decline_button.setText(self.tr("Dec&lined…"))
        self.done_button.setText(self.tr("D&one"))
        self.add_referral_button.setText(self.tr("Add a &referral…"))
        self.follow_up_button.setText(self.tr("Follow-up &contact…"))
        self.note_button.setText(self.tr("Add a no&te…"))
        self.assistance_button.setText(self.tr("Ass&istance case…"))
        self.assistance_button.setToolTip(self.tr(
            "Open an assistance case for this person, with what the questionnaire learnt"))
        self._update_buttons()

    # -- the list --

    def query(self) -> CaseQuery:
        key = self.status_filter.currentData()
        status = {"open": OPEN, "overdue": OPEN, "closed": "closed"}.get(key)
        return CaseQuery(status=status, crisis_type=self.type_filter.currentData(),
                         overdue_only=key == "overdue", text=self.search.text())

    def apply(self) -> None:
        self.search_timer.stop()
        current = self.case.id if self.case else None
        self.model.set_query(self.query())
        count = self.crisis.count(self.query())
        self.count_label.setText(self.tr("%n case(s)", "", count))
        overdue = len(self.crisis.overdue())
        self.overdue_banner.setVisible(overdue > 0)
        self.overdue_banner.setText(self.tr("%n follow-up(s) overdue: show them", "", overdue))
        if current and self.select_case(current):
            return
        if self.model.rowCount():
            self.view.selectRow(0)
            self._selected()

    def refresh(self) -> None:
        self.apply()

    def select_case(self, case_id: str) -> bool:
        for i, row in enumerate(self.model.rows):
            if row.id == case_id:
                self.view.selectRow(i)
                self.show_case(case_id)
                return True
        return False

    def _selected(self) -> None:
        index = self.view.currentIndex()
        if index.isValid():
            self.show_case(str(index.data(ID_ROLE)))
        else:
            self.show_case(None)

    # -- the case --

    def show_case(self, case_id: str | None) -> None:
        self.case = self.crisis.get(case_id) if case_id else None
        self.detail.setEnabled(self.case is not None)
        self._fill()

    def _fill(self) -> None:
        case = self.case
        tax = self.crisis.tax
        self.referrals.setRowCount(0)
        self.timeline.clear()
        if case is None:
            self.case_title.setText(self.tr("No case chosen"))
            self.case_info.clear()
            self._update_buttons()
            return
        status = tax["crisis_status"].label(case.status, self.lang)
        self.case_title.setText(f"{case.number} · "
                                f"{tax['crisis_type'].label(case.crisis_type, self.lang)} · "
                                f"{status}")
        place = countries.name(case.country, self.lang)
        if case.city:
            place += f", {case.city}"
        lines = [
            self.tr("Where: %1").replace("%1", html.escape(place)),
            self.tr("Danger: %1").replace("%1", tax["danger_level"].label(case.danger,
                                                                          self.lang)),
            self.tr("Opened %1 by %2").replace("%1", local(case.opened_at)).replace(
                "%2", html.escape(case.opened_by)),
        ]
        if case.trafficking_status:
            lines.append(f"<b style='color:{ERROR_RED}'>" + html.escape(
                tax["trafficking_status"].label(case.trafficking_status, self.lang)) + "</b>")
        consented = [tax["referral_target"].label(t, self.lang)
                     for t, given in case.consents.items() if given]
        lines.append(self.tr("Consent to pass data: %1").replace(
            "%1", html.escape(", ".join(consented)) if consented else self.tr("none")))
        if case.closure_reason:
            reason = tax["crisis_closure_reason"].label(case.closure_reason, self.lang)
            lines.append(self.tr("Closed %1: %2").replace("%1", local(case.closed_at))
                         .replace("%2", html.escape(reason)))
        self.case_info.setText("<br>".join(lines))
        for ref in case.referrals:
            self._add_referral_row(ref)
        self.referrals.resizeColumnsToContents()
        for col in range(self.referrals.columnCount() - 1):
            # Long names elided (the tooltip has them), so «What to do» stays in view.
            self.referrals.setColumnWidth(col, min(self.referrals.columnWidth(col), 190))
        for event in self.crisis.timeline(case.id):
            item = QListWidgetItem(self.event_text(event, case))
            item.setToolTip(item.text())  # a long entry is cut at the edge: shown whole here
            self.timeline.addItem(item)
        self.timeline.scrollToBottom()
        self._update_buttons()

    def _add_referral_row(self, ref: ReferralRow) -> None:
        tax = self.crisis.tax
        row = self.referrals.rowCount()
        self.referrals.insertRow(row)
        target = (tax["referral_target"].label(ref.target, self.lang) if ref.target
                  else self.tr("Follow-up call"))
        if ref.target and ref.mode == ANONYMOUS:
            target += " · " + self.tr("anonymous")
        status = tax["referral_status"].label(ref.status, self.lang)
        if ref.status_reason:
            status += f": {ref.status_reason}"
        cells = (target, ref.owner_name, local(ref.due_at), status, ref.action)
        for col, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setData(ID_ROLE, ref.id)
            item.setToolTip(text)
            if ref.overdue:
                item.setBackground(QBrush(OVERDUE_BG))
                item.setForeground(QBrush(OVERDUE_FG))
            elif ref.status not in TRANSITIONS or not TRANSITIONS[ref.status]:
                item.setForeground(QBrush(CLOSED_FG))
            self.referrals.setItem(row, col, item)

    def event_text(self, event: EventRow, case: CaseRecord) -> str:
        tax = self.crisis.tax
        when = local(event.at)
        who = f" · {event.user_name}" if event.user_name else ""
        data = event.data
        if event.kind == "opened":
            text = self.tr("Case opened; danger: %1").replace(
                "%1", tax["danger_level"].label(data.get("danger"), self.lang))
            if data.get("indicators"):
                text += " · " + self.tr("possible trafficking")
        elif event.kind == "contact":
            text = (self.tr("Contact that opened the case") if data.get("role") == "opening"
                    else self.tr("Follow-up contact"))
        elif event.kind == "answers":
            text = self.tr("Questionnaire answers recorded (version %1)").replace(
                "%1", str(data.get("version")))
        elif event.kind == "consent":
            if "target" in data:
                target = tax["referral_target"].label(data["target"], self.lang)
                text = (self.tr("Consent given: %1") if data.get("given")
                        else self.tr("Consent withdrawn: %1")).replace("%1", target)
            else:
                given = [tax["referral_target"].label(t, self.lang)
                         for t in data.get("given", [])]
                text = self.tr("Consent to pass data: %1").replace(
                    "%1", ", ".join(given) if given else self.tr("none"))
        elif event.kind in ("referral", "follow_up"):
            target = (tax["referral_target"].label(data.get("target"), self.lang)
                      if data.get("target") else self.tr("Follow-up call"))
            mode = tax["referral_mode"].label(data.get("mode"), self.lang)
            text = self.tr("Referral: %1 (%2)").replace("%1", target).replace("%2", mode)
            if event.kind == "follow_up":
                text = self.tr("Follow-up call planned")
        elif event.kind == "referral_status":
            target = (tax["referral_target"].label(data.get("target"), self.lang)
                      if data.get("target") else self.tr("Follow-up call"))
            text = self.tr("%1: %2").replace("%1", target).replace(
                "%2", tax["referral_status"].label(data.get("to"), self.lang))
        elif event.kind == "referral_due":
            text = self.tr("Due time changed")
        elif event.kind == "note":
            text = self.tr("Note")
        elif event.kind == "closed":
            text = self.tr("Case closed: %1").replace(
                "%1", tax["crisis_closure_reason"].label(data.get("reason"), self.lang))
        elif event.kind == "reopened":
            text = self.tr("Case reopened")
        elif event.kind == "trafficking_status":
            text = self.tr("Trafficking status: %1").replace(
                "%1", tax["trafficking_status"].label(data.get("to"), self.lang))
        else:
            text = event.kind
        if event.text:
            text += f": {event.text}"
        return f"{when}{who} — {text}"

    # -- actions --

    def selected_referral(self) -> ReferralRow | None:
        if self.case is None:
            return None
        row = self.referrals.currentRow()
        if row < 0:
            return None
        item = self.referrals.item(row, 0)
        ref_id = item.data(ID_ROLE) if item else None
        return next((r for r in self.case.referrals if r.id == ref_id), None)

    def _update_buttons(self) -> None:
        ref = self.selected_referral()
        is_open = self.case is not None and self.case.status == OPEN
        allowed = TRANSITIONS.get(ref.status, ()) if ref else ()
        self.accept_button.setEnabled(is_open and ACCEPTED in allowed)
        self.decline_button.setEnabled(is_open and DECLINED in allowed)
        self.done_button.setEnabled(is_open and DONE in allowed)
        self.add_referral_button.setEnabled(is_open)
        self.follow_up_button.setEnabled(is_open)
        self.note_button.setEnabled(self.case is not None)
        self.assistance_button.setEnabled(self.case is not None)
        self.close_button.setEnabled(self.case is not None)
        self.close_button.setText(self.tr("C&lose the case…") if is_open or self.case is None
                                  else self.tr("Re&open the case"))

    def _after_change(self) -> None:
        if self.case is not None:
            case_id = self.case.id
            row = self.referrals.currentRow()
            self.model.refresh()
            if not self.select_case(case_id):
                self.show_case(case_id)
            if 0 <= row < self.referrals.rowCount():
                self.referrals.selectRow(row)
        self.changed.emit()

    def _failed(self, exc: Exception) -> None:
        messages = {
            "required": self.tr("Something required is missing: give the reason or choose a "
                                "value."),
            "no_consent": self.tr("No consent to pass the person's data to this target: only "
                                  "anonymous advice is possible."),
            "too_long": self.tr("The text is too long."),
            "unknown_code": self.tr("Unknown value."),
        }
        if isinstance(exc, ValidationError):
            text = " ".join(dict.fromkeys(messages.get(e.problem, e.message)
                                          for e in exc.errors))
        elif isinstance(exc, CaseStateError):
            text = self.tr("Not possible in the present state of the case or the referral.")
        else:
            text = self.tr("The case or the referral no longer exists.")
        msgbox.warn(self, self.tr("Not changed"), text)

    def change_status(self, status: str, reason: str = "") -> bool:
        ref = self.selected_referral()
        if ref is None:
            return False
        try:
            self.crisis.set_referral_status(ref.id, status, reason)
        except (ValidationError, CaseStateError, LookupError) as exc:
            self._failed(exc)
            return False
        self._after_change()
        return True

    def _decline(self) -> None:
        dialog = ReasonDialog(self.tr("Declined"), self.tr("Why was it declined?"), self)
        if dialog.exec() and dialog.value():
            self.change_status(DECLINED, dialog.value())

    def add_referral(self, referral: ReferralInput) -> bool:
        if self.case is None:
            return False
        try:
            self.crisis.add_referral(self.case.id, referral)
        except (ValidationError, CaseStateError) as exc:
            self._failed(exc)
            return False
        self._after_change()
        return True

    def _add_referral(self) -> None:
        if self.case is None:
            return
        consent = {t for t, given in self.case.consents.items() if given}
        dialog = ReferralDialog(self.crisis, self.lang, self.users, consent, self)
        if dialog.exec():
            self.add_referral(dialog.value())

    def add_note(self, text: str) -> bool:
        if self.case is None:
            return False
        try:
            self.crisis.add_note(self.case.id, text)
        except ValidationError as exc:
            self._failed(exc)
            return False
        self._after_change()
        return True

    def _add_note(self) -> None:
        dialog = ReasonDialog(self.tr("Note"), self.tr("Note for the case timeline:"), self)
        if dialog.exec() and dialog.value():
            self.add_note(dialog.value())

    def add_follow_up(self, data: ContactInput) -> bool:
        if self.case is None:
            return False
        try:
            self.crisis.add_follow_up_contact(self.case.id, data)
        except (ValidationError, LookupError) as exc:
            self._failed(exc)
            return False
        self._after_change()
        return True

    def _add_follow_up(self) -> None:
        dialog = FollowUpDialog(self.crisis, self.lang, self)
        if dialog.exec():
            self.add_follow_up(dialog.value())

    def close_case(self, reason: str, note: str = "") -> bool:
        if self.case is None:
            return False
        try:
            self.crisis.close(self.case.id, reason, note)
        except (ValidationError, CaseStateError) as exc:
            self._failed(exc)
            return False
        self._after_change()
        return True

    def _close_or_reopen(self) -> None:
        if self.case is None:
            return
        if self.case.status != OPEN:
            try:
                self.crisis.reopen(self.case.id)
            except CaseStateError as exc:
                self._failed(exc)
                return
            self._after_change()
            return
        dialog = CloseDialog(self.crisis, self.lang, self)
        if dialog.exec():
            self.close_case(str(dialog.reason.currentData()), dialog.note.toPlainText())
