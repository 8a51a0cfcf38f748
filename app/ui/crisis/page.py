"""Crisis cases: open cases first, overdue follow-ups in red, the case and its timeline.

For supervisors and specialists: filter the cases, open one, move its referrals on
(accepted, declined with a reason, done), add a referral, a note or a follow-up
contact, close it with a reason. The list is lazy (keyset pages) like the journal.
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import (
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSplitter,
    QTableView,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from app.models import countries
from app.models.crisis import ACCEPTED, ANONYMOUS, DECLINED, DONE, OPEN
from app.services.casework.book import TimelineEvent
from app.services.casework.lifecycle import CaseStateError
from app.services.contacts.service import ContactInput, UserRow
from app.services.crisis.service import REFERRALS, CrisisService
from app.services.crisis.types import (
    CrisisCaseQuery,
    CrisisCaseRecord,
    CrisisCaseRow,
    CrisisReferralInput,
    CrisisReferralRow,
)
from app.services.validation import ValidationError
from app.ui.casework.header import closed_line, opened_line, status_mark
from app.ui.casework.lists import CaseListPage, PagedCaseModel, narrow_combo, setup_case_view
from app.ui.casework.refusals import refusal_text
from app.ui.casework.tables import (
    fill_timeline,
    fit_columns,
    read_only_table,
    table_item,
    timeline_line,
)
from app.ui.crisis.dialogs import CloseDialog, FollowUpDialog, ReasonDialog, ReferralDialog
from app.ui.widgets import msgbox
from app.ui.widgets.formatting import show_date_time
from app.ui.widgets.style import FOCUS_FRAME, heading
from app.ui.widgets.table_models import ID_ROLE

OVERDUE_BG = QColor("#f8d7da")
OVERDUE_FG = QColor("#58151c")
CLOSED_FG = QColor("#6c757d")


class CaseTableModel(PagedCaseModel):
    """Rows of the case list, fetched page by page (newest first)."""

    COLUMNS = ("number", "opened", "type", "where", "danger", "tasks")
    rows: list[CrisisCaseRow]
    query: CrisisCaseQuery
    service: CrisisService

    def __init__(self, crisis: CrisisService, lang: str, parent: Any = None):
        super().__init__(crisis, CrisisCaseQuery(), lang, parent)

    def headers(self) -> list[str]:
        return [self.tr("Number"), self.tr("Opened"), self.tr("Crisis"), self.tr("Where"),
                self.tr("Danger"), self.tr("Tasks")]

    def row_text(self, row: CrisisCaseRow, column: int) -> str:
        tax = self.service.tax
        name = self.COLUMNS[column]
        if name == "number":
            return row.number
        if name == "opened":
            return show_date_time(row.opened_at)
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
            return self.tr("Next: %1").replace("%1", show_date_time(row.next_due))
        return self.tr("No tasks")

    def role_data(self, row: CrisisCaseRow, column: int, role: int) -> Any:
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


# -- the page ---------------------------------------------------------------------------------


class CrisisPage(CaseListPage):
    """The crisis cases of the site, and one case in detail."""

    assistance_requested = Signal(str, str)  # crisis case id and number

    FILTERS = ("open", "overdue", "closed", "all")

    def __init__(self, crisis: CrisisService, users: list[UserRow], lang: str,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.crisis = crisis
        self.users = users
        self.lang = lang
        self.case: CrisisCaseRecord | None = None
        tax = crisis.tax

        self.status_filter = QComboBox()
        for key in self.FILTERS:
            self.status_filter.addItem(key, key)
        self.type_filter = QComboBox()
        self.type_filter.addItem("", None)
        for c in tax["crisis_type"].active():
            self.type_filter.addItem(c.label(lang), c.code)
        self.search = QLineEdit()
        for combo in (self.status_filter, self.type_filter):
            narrow_combo(combo, 12)
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
        setup_case_view(self.view, self.model)
        opened = self.view.fontMetrics().horizontalAdvance("00.00.0000 00:00") + 16
        for col, width in enumerate((100, max(110, opened), 150, 120, 110)):
            self.view.setColumnWidth(col, width)

        # -- the case --
        self.case_title = QLabel()
        heading(self.case_title, 2)
        self.case_info = QLabel()
        self.case_info.setWordWrap(True)
        self.case_info.setTextFormat(Qt.TextFormat.RichText)
        self.referrals = read_only_table(QTableWidget(0, 5))
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

        self.watch_filters([self.status_filter, self.type_filter])
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

    def query(self) -> CrisisCaseQuery:
        key = self.status_filter.currentData()
        status = {"open": OPEN, "overdue": OPEN, "closed": "closed"}.get(key)
        return CrisisCaseQuery(status=status, crisis_type=self.type_filter.currentData(),
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
            opened_line(case.opened_at, case.opened_by),
        ]
        if case.trafficking_status:
            lines.append(status_mark(
                tax["trafficking_status"].label(case.trafficking_status, self.lang)))
        consented = [tax["referral_target"].label(t, self.lang)
                     for t, given in case.consents.items() if given]
        lines.append(self.tr("Consent to pass data: %1").replace(
            "%1", html.escape(", ".join(consented)) if consented else self.tr("none")))
        if case.closure_reason:
            lines.append(closed_line(case.closed_at, tax["crisis_closure_reason"].label(
                case.closure_reason, self.lang)))
        self.case_info.setText("<br>".join(lines))
        for ref in case.referrals:
            self._add_referral_row(ref)
        # Long names elided (the tooltip has them), so «What to do» stays in view.
        fit_columns(self.referrals, 190)
        fill_timeline(self.timeline, self.crisis.timeline(case.id),
                      lambda event: self.event_text(event, case))
        self._update_buttons()

    def _add_referral_row(self, ref: CrisisReferralRow) -> None:
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
        cells = (target, ref.owner_name, show_date_time(ref.due_at), status, ref.action)
        if ref.overdue:
            fg, bg = OVERDUE_FG, OVERDUE_BG
        else:
            fg, bg = (CLOSED_FG if REFERRALS.final(ref.status) else None), None
        for col, text in enumerate(cells):
            self.referrals.setItem(row, col, table_item(text, ref.id, fg, bg))

    def event_text(self, event: TimelineEvent, case: CrisisCaseRecord) -> str:
        tax = self.crisis.tax
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
        return timeline_line(event, text)

    # -- actions --

    def selected_referral(self) -> CrisisReferralRow | None:
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
        allowed = REFERRALS.allowed(ref.status) if ref else ()
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
            text = self.tr("Not possible now: %1").replace(
                "%1", refusal_text(exc, self.crisis.tax, self.lang))
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

    def add_referral(self, referral: CrisisReferralInput) -> bool:
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
