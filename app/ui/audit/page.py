"""Administrators: the audit log, filtered by period, user and action.

The list pages through the log newest first (it can hold millions of entries). The
hash chain is checked in the background each time the page is opened; a problem (an
entry changed, removed or slipped in) is shown in red above the list.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.db import Store
from app.models.taxonomy import load as load_taxonomy
from app.services.audit.log import AuditQuery, AuditRow, AuditService
from app.services.audit.names import RecordName
from app.services.contacts.service import UserRow
from app.ui.audit import words
from app.ui.tasks import Task, run_task
from app.ui.widgets.datefield import DateField
from app.ui.widgets.formatting import show_date_time
from app.ui.widgets.style import ERROR_RED, OK_GREEN, heading
from app.ui.widgets.table_models import Index, PagedTableModel
from app.ui.widgets.tables import read_only_table


class AuditTableModel(PagedTableModel):
    COLUMNS = ("at", "user", "action", "object", "details")
    rows: list[AuditRow]
    query: AuditQuery

    def __init__(self, service: AuditService, parent: Any = None, lang: str = "en"):
        super().__init__(AuditQuery(), parent)
        self.service = service
        self.lang = lang
        self.tax = load_taxonomy()
        self.names: dict[tuple[str, str], RecordName] = {}

    def headers(self) -> list[str]:
        return [self.tr("When"), self.tr("User"), self.tr("Action"), self.tr("Object"),
                self.tr("Details")]

    def fetch_page(self, after: AuditRow | None, limit: int) -> list[AuditRow]:
        rows = self.service.page(self.query, before_seq=after.seq if after else None,
                                 limit=limit)
        self.names.update(self.service.names(rows))  # a page of names in a few queries
        return rows

    def row_text(self, row: AuditRow, column: int) -> str:
        name = self.COLUMNS[column]
        if name == "at":
            return show_date_time(row.at, seconds=True)
        if name == "user":
            return row.username or "—"
        if name == "action":
            return action_name(row.action)
        if name == "object":
            key = (row.object_kind or "", row.object_id or "")
            return words.object_text(row.object_kind, self.names.get(key), self.lang)
        return words.details_text(row.details, self.lang, self.tax)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and role == Qt.ItemDataRole.UserRole:
            return self.rows[index.row()].seq if index.row() < len(self.rows) else None
        if index.isValid() and role == Qt.ItemDataRole.ToolTipRole \
                and index.row() < len(self.rows):
            row = self.rows[index.row()]
            if self.COLUMNS[index.column()] == "details":
                return words.details_text(row.details, self.lang, self.tax)
            if self.COLUMNS[index.column()] == "object":
                return self.row_text(row, index.column()) or None
        return super().data(index, role)


def action_name(action: str) -> str:
    """An audit action as people read it ("account.create" → "account created")."""
    from PySide6.QtCore import QCoreApplication as Q

    names = {
        "login": Q.translate("AuditPage", "logged in"),
        "login_failed": Q.translate("AuditPage", "failed login"),
        "logout": Q.translate("AuditPage", "logged out"),
        "lock": Q.translate("AuditPage", "locked the screen"),
        "unlock": Q.translate("AuditPage", "unlocked the screen"),
        "unlock_failed": Q.translate("AuditPage", "failed unlock"),
        "recovery_unlock": Q.translate("AuditPage", "opened with the recovery code"),
        "create": Q.translate("AuditPage", "created"),
        "change": Q.translate("AuditPage", "changed"),
        "delete": Q.translate("AuditPage", "deleted"),
        "view": Q.translate("AuditPage", "viewed"),
        "print": Q.translate("AuditPage", "printed"),
        "export": Q.translate("AuditPage", "exported"),
        "import": Q.translate("AuditPage", "imported"),
        "import_refused": Q.translate("AuditPage", "import refused"),
        "peer_remove": Q.translate("AuditPage", "partner removed"),
        "erase": Q.translate("AuditPage", "erased personal data"),
        "account_create": Q.translate("AuditPage", "account created"),
        "account_role": Q.translate("AuditPage", "role changed"),
        "account_rename": Q.translate("AuditPage", "account renamed"),
        "login_refused": Q.translate("AuditPage", "login refused"),
        "account_deactivate": Q.translate("AuditPage", "account deactivated"),
        "account_reactivate": Q.translate("AuditPage", "account reactivated"),
        "password_reset": Q.translate("AuditPage", "password reset"),
        "password_change": Q.translate("AuditPage", "password changed"),
        "recovery_new": Q.translate("AuditPage", "new recovery code made"),
        "setup": Q.translate("AuditPage", "database set up"),
        "demo_generate": Q.translate("AuditPage", "demo data made"),
    }
    return names.get(action.replace(".", "_"), action)


class AuditPage(QWidget):
    def __init__(self, store: Store, user: UserRow, lang: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.service = AuditService(store, user.id)
        self.store = store
        self.lang = lang
        self.task: Task | None = None
        self.problems: list[str] | None = None

        self.heading = QLabel()
        heading(self.heading, 3)
        self.chain = QLabel()
        self.chain.setObjectName("auditChain")
        self.chain.setWordWrap(True)
        self.chain.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        today = date.today()
        self.date_from = DateField(today - timedelta(days=6))
        self.date_to = DateField(today)
        self.from_label = QLabel()
        self.from_label.setBuddy(self.date_from)
        self.to_label = QLabel()
        self.to_label.setBuddy(self.date_to)
        self.user = QComboBox()
        self.user_label = QLabel()
        self.user_label.setBuddy(self.user)
        self.action = QComboBox()
        self.action_label = QLabel()
        self.action_label.setBuddy(self.action)
        self.refresh_button = QPushButton()
        self.count_label = QLabel()

        self.model = AuditTableModel(self.service, self, lang)
        self.table = read_only_table(QTableView(), single=False,
                                     resize=QHeaderView.ResizeMode.Interactive, wrap=False)
        self.table.setModel(self.model)
        self.table.setAlternatingRowColors(True)
        for column, width in enumerate((140, 110, 150, 430)):
            self.table.setColumnWidth(column, width)

        filters = QHBoxLayout()
        for w in (self.from_label, self.date_from, self.to_label, self.date_to,
                  self.user_label, self.user, self.action_label, self.action):
            filters.addWidget(w)
        filters.addStretch(1)
        filters.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.chain)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)

        self._users: list[tuple[str, str]] = []
        self.date_from.value_changed.connect(self.apply)
        self.date_to.value_changed.connect(self.apply)
        self.user.currentIndexChanged.connect(self.apply)
        self.action.currentIndexChanged.connect(self.apply)
        self.refresh_button.clicked.connect(self.refresh)
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Audit log"))
        self.from_label.setText(self.tr("&From:"))
        self.to_label.setText(self.tr("&to:"))
        self.user_label.setText(self.tr("&User:"))
        self.action_label.setText(self.tr("&Action:"))
        self.refresh_button.setText(self.tr("&Refresh"))
        self._show_chain()

    # -- filters --

    def _fill_filters(self) -> None:
        from app.services.contacts.service import UserService

        for combo in (self.user, self.action):
            combo.blockSignals(True)
        chosen_user = self.user.currentData()
        chosen_action = self.action.currentData()
        self.user.clear()
        self.user.addItem(self.tr("Everyone"), None)
        for u in UserService(self.store).list():
            self.user.addItem(f"{u.full_name} ({u.username})", u.id)
        self.user.setCurrentIndex(max(0, self.user.findData(chosen_user)))
        self.action.clear()
        self.action.addItem(self.tr("All actions"), None)
        for a in self.service.actions():
            self.action.addItem(action_name(a), a)
        self.action.setCurrentIndex(max(0, self.action.findData(chosen_action)))
        for combo in (self.user, self.action):
            combo.blockSignals(False)

    def query(self) -> AuditQuery:
        start = datetime.combine(self.date_from.last_day(), time.min).astimezone()
        end = datetime.combine(self.date_to.last_day() + timedelta(days=1),
                               time.min).astimezone()
        return AuditQuery(start=start, end=end, user_id=self.user.currentData(),
                          action=self.action.currentData())

    def apply(self) -> None:
        q = self.query()
        self.model.set_query(q)
        n = self.service.count(q)
        self.count_label.setText(self.tr("Entries: %1").replace("%1", str(n)))
        if self.model.rowCount(QModelIndex()):
            self.table.selectRow(0)

    def refresh(self) -> None:
        self._fill_filters()
        self.apply()
        self.check_chain()

    # -- the chain --

    def check_chain(self) -> None:
        if self.task is not None:
            return
        service = AuditService(self.store, self.service.user_id)

        def done(problems: list[str]) -> None:
            self.task = None
            self.problems = list(problems)
            self._show_chain()

        def failed(exc: Exception) -> None:
            self.task = None
            self.problems = [str(exc)]
            self._show_chain()

        self.problems = None
        self._show_chain()
        self.task = run_task(lambda _progress: service.verify(), done, failed, parent=self)

    def _show_chain(self) -> None:
        if self.problems is None:
            self.chain.setStyleSheet("")
            self.chain.setText(self.tr("Checking the chain of entries…"))
        elif self.problems:
            self.chain.setStyleSheet(f"color: {ERROR_RED}; font-weight: bold;")
            self.chain.setText(self.tr(
                "The audit log was altered: entries were changed or removed outside the "
                "app.") + "\n" + "\n".join(self.problems))
        else:
            self.chain.setStyleSheet(f"color: {OK_GREEN};")
            self.chain.setText(self.tr("The chain of entries is intact: nothing was "
                                       "changed or removed."))
