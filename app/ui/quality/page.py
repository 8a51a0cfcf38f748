"""The quality area for supervisors: review rounds, dashboards, the staff development
register, and their own reviews. Consultants get :class:`MyReviewsPage` instead."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.services.contacts.service import ContactService, UserRow
from app.services.quality import COMPLETE, DRAFT, QualityService, RoundItem, RoundRow
from app.services.validation import ValidationError
from app.ui.quality.dashboard import DashboardTab
from app.ui.quality.my_reviews import MyReviewsPage
from app.ui.quality.review_dialog import ReviewDialog
from app.ui.quality.review_view import local_time, percent_text
from app.ui.quality.round_dialog import RoundDialog
from app.ui.quality.staff_register import StaffTab
from app.ui.widgets import msgbox
from app.ui.widgets.style import OK_GREEN
from app.ui.widgets.tables import read_only_table

ID_ROLE = Qt.ItemDataRole.UserRole


def _cell(text: str, data: object = None, right: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    if data is not None:
        item.setData(ID_ROLE, data)
    if right:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


def _table(columns: int) -> QTableWidget:
    return read_only_table(QTableWidget(0, columns), wrap=False)


class RoundsTab(QWidget):
    """Rounds with their progress; the contacts of the chosen round; unread feedback."""

    changed = Signal()

    def __init__(self, quality: QualityService, contacts: ContactService, lang: str,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.quality = quality
        self.contacts = contacts
        self.lang = lang
        self.rubric = quality.rubric
        self.new_button = QPushButton()
        self.delete_button = QPushButton()
        self.open_button = QPushButton()
        self.rounds = _table(7)
        self.items = _table(8)
        self.rounds_label = QLabel()
        self.items_label = QLabel()
        self.rounds_label.setBuddy(self.rounds)
        self.items_label.setBuddy(self.items)
        self.unread_box = QGroupBox()
        self.unread = _table(3)
        self.unread.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.unread.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.unread.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.unread.horizontalHeader().setStretchLastSection(False)
        self.unread_empty = QLabel()
        self.unread_empty.setWordWrap(True)
        unread_layout = QVBoxLayout(self.unread_box)
        unread_layout.addWidget(self.unread, 1)
        unread_layout.addWidget(self.unread_empty)
        self.unread_box.setMaximumWidth(420)
        self.unread_box.setMinimumWidth(340)  # a consultant's full name, not «Анна Ков…»

        top = QHBoxLayout()
        top.addWidget(self.rounds_label)
        top.addStretch(1)
        top.addWidget(self.delete_button)
        top.addWidget(self.new_button)
        rounds_part = QWidget()
        rounds_layout = QVBoxLayout(rounds_part)
        rounds_layout.setContentsMargins(0, 0, 0, 0)
        rounds_layout.addLayout(top)
        rounds_layout.addWidget(self.rounds)
        items_head = QHBoxLayout()
        items_head.addWidget(self.items_label)
        items_head.addStretch(1)
        items_head.addWidget(self.open_button)
        items_part = QWidget()
        items_layout = QVBoxLayout(items_part)
        items_layout.setContentsMargins(0, 0, 0, 0)
        items_layout.addLayout(items_head)
        items_layout.addWidget(self.items)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(rounds_part)
        splitter.addWidget(items_part)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.unread_box)

        self.new_button.clicked.connect(self.new_round)
        self.delete_button.clicked.connect(self.delete_round)
        self.open_button.clicked.connect(self.open_current)
        self.rounds.itemSelectionChanged.connect(self._round_chosen)
        self.items.itemActivated.connect(lambda _i: self.open_current())
        sc = QShortcut(QKeySequence("Ctrl+N"), self)
        sc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        sc.activated.connect(self.new_round)
        self.retranslate()

    def retranslate(self) -> None:
        self.new_button.setText(self.tr("&New round… (Ctrl+N)"))
        self.delete_button.setText(self.tr("Delete the round"))
        self.open_button.setText(self.tr("&Review (Enter)"))
        self.rounds_label.setText(self.tr("Review &rounds"))
        self.items_label.setText(self.tr("Contacts of the &round"))
        self.unread_box.setTitle(self.tr("Feedback not read yet"))
        self.rounds.setHorizontalHeaderLabels([
            self.tr("Round"), self.tr("Period"), self.tr("Planned"), self.tr("Completed"),
            self.tr("In progress"), self.tr("Supervisor"), self.tr("Seed")])
        self.items.setHorizontalHeaderLabels([
            self.tr("Consultant"), self.tr("Contact"), self.tr("Channel"),
            self.tr("Drawn from"), self.tr("Status"), self.tr("Score"), self.tr("Band"),
            self.tr("Read")])
        self.unread.setHorizontalHeaderLabels(
            [self.tr("Consultant"), self.tr("Unread"), self.tr("Waiting since")])
        self.unread_empty.setText(self.tr("Every consultant has read their feedback."))

    # -- filling --

    def refresh(self) -> None:
        chosen = self.current_round_id()
        rows = self.quality.rounds()
        self.rounds.blockSignals(True)
        self.rounds.setRowCount(len(rows))
        select_row = 0
        for r, rnd in enumerate(rows):
            period = f"{rnd.period_start:%d.%m.%Y} – {rnd.period_end:%d.%m.%Y}"
            done = rnd.complete == rnd.planned  # said with a tick, not by colour alone
            cells = [_cell(rnd.name, rnd.id), _cell(period), _cell(str(rnd.planned), right=True),
                     _cell(("✓ " if done else "") + str(rnd.complete), right=True),
                     _cell(str(rnd.drafts), right=True),
                     _cell(rnd.reviewer_name), _cell(str(rnd.seed), right=True)]
            if rnd.complete == rnd.planned:
                for cell in cells:
                    cell.setForeground(QBrush(QColor(OK_GREEN)))
            for c, cell in enumerate(cells):
                self.rounds.setItem(r, c, cell)
            if rnd.id == chosen:
                select_row = r
        self.rounds.blockSignals(False)
        self.rounds.resizeColumnsToContents()
        if rows:
            self.rounds.selectRow(select_row)
        self._round_chosen()
        self.delete_button.setEnabled(bool(rows))
        self._fill_unread()

    def _fill_unread(self) -> None:
        rows = self.quality.unread_feedback()
        self.unread.setRowCount(len(rows))
        for r, u in enumerate(rows):
            self.unread.setItem(r, 0, _cell(u.consultant_name, u.consultant_id))
            self.unread.setItem(r, 1, _cell(str(u.unread), right=True))
            self.unread.setItem(r, 2, _cell(local_time(u.oldest, with_time=False)))
        self.unread.setVisible(bool(rows))
        self.unread_empty.setVisible(not rows)

    def current_round_id(self) -> str | None:
        row = self.rounds.currentRow()
        item = self.rounds.item(row, 0) if row >= 0 else None
        return str(item.data(ID_ROLE)) if item is not None else None

    def current_item(self) -> RoundItem | None:
        row = self.items.currentRow()
        item = self.items.item(row, 0) if row >= 0 else None
        data = item.data(ID_ROLE) if item is not None else None
        return data if isinstance(data, RoundItem) else None

    def _round_chosen(self) -> None:
        round_id = self.current_round_id()
        self.fill_items(round_id)

    def status_text(self, item: RoundItem) -> str:
        text = {"todo": self.tr("Not started"), DRAFT: self.tr("Draft"),
                COMPLETE: self.tr("Completed")}.get(item.status, item.status)
        if item.local_draft:
            text += " · " + self.tr("unsaved work")
        return text

    def _stratum_text(self, item: RoundItem) -> str:
        if not item.stratum:
            return ""
        tax = self.contacts.tax
        for list_name in ("channel", "topic", "contact_kind"):
            if item.stratum in tax[list_name]:
                return tax[list_name].label(item.stratum, self.lang)
        return item.stratum

    def fill_items(self, round_id: str | None, select_contact: str | None = None) -> None:
        items = self.quality.round_items(round_id) if round_id else []
        # Drawn by channel, the stratum is the channel column already.
        self.items.setColumnHidden(3, not any(
            it.stratum and it.stratum != it.channel for it in items))
        keep = select_contact or (self.current_item().contact_id if self.current_item() else None)
        self.items.setRowCount(len(items))
        select_row = 0
        for r, it in enumerate(items):
            band = self.rubric.band(it.band)
            channel = self.contacts.tax["channel"].label(it.channel, self.lang) if (
                it.channel) else "—"
            read = "" if it.status != COMPLETE else (
                local_time(it.read_at, with_time=False) if it.read_at else self.tr("not yet"))
            cells = [
                _cell(it.consultant_name, it),
                _cell(local_time(it.contact_started_at) if it.contact_started_at
                      else self.tr("deleted")),
                _cell(channel), _cell(self._stratum_text(it)), _cell(self.status_text(it)),
                _cell(percent_text(it.overall, self.lang) if it.status != "todo" else "",
                      right=True),
                _cell(band.label(self.lang) if band and it.status == COMPLETE else ""),
                _cell(read),
            ]
            if band is not None and it.status == COMPLETE:
                cells[6].setForeground(QBrush(QColor(band.colour)))
            if it.status == "todo":
                font = cells[4].font()
                font.setBold(True)
                cells[4].setFont(font)
            for c, cell in enumerate(cells):
                self.items.setItem(r, c, cell)
            if it.contact_id == keep:
                select_row = r
        self.items.resizeColumnsToContents()
        if items:
            self.items.selectRow(select_row)
        self.open_button.setEnabled(bool(items))

    # -- actions --

    def new_round(self) -> None:
        dialog = RoundDialog(self.quality, self.lang, parent=self)
        if dialog.exec() and dialog.created is not None:
            self.refresh()
            self._select_round(dialog.created)
            self.items.setFocus()
            self.changed.emit()

    def _select_round(self, rnd: RoundRow) -> None:
        for r in range(self.rounds.rowCount()):
            if self.rounds.item(r, 0).data(ID_ROLE) == rnd.id:
                self.rounds.selectRow(r)
                return

    def delete_round(self) -> None:
        round_id = self.current_round_id()
        if round_id is None:
            return
        answer = msgbox.ask(self, self.tr("Delete the round?"), self.tr(
            "The round and its draft reviews are removed. A round with completed reviews "
            "cannot be deleted."), default=msgbox.Button.No)
        if answer != msgbox.Button.Yes:
            return
        try:
            self.quality.delete_round(round_id)
        except ValidationError:
            msgbox.warn(self, self.tr("Not deleted"), self.tr(
                "This round has completed reviews: it stays in the record."))
            return
        self.refresh()
        self.changed.emit()

    def open_current(self) -> None:
        item = self.current_item()
        if item is None:
            return
        if item.contact_started_at is None and item.review_id is None:
            msgbox.info(self, self.tr("Contact deleted"), self.tr(
                "This contact was deleted after the sample was drawn; there is nothing to "
                "review."))
            return
        dialog = self.open_review(item)
        dialog.exec()
        self.after_review(item)

    def open_review(self, item: RoundItem) -> ReviewDialog:
        return ReviewDialog(self.quality, self.contacts, self.lang, contact_id=item.contact_id,
                            round_id=item.round_id, review_id=item.review_id, parent=self)

    def after_review(self, item: RoundItem) -> None:
        """Back in the list: the next contact still to review is selected."""
        self.refresh()
        items = [self.items.item(r, 0).data(ID_ROLE) for r in range(self.items.rowCount())]
        current = next((r for r, it in enumerate(items) if it.contact_id == item.contact_id), -1)
        if current >= 0 and items[current].status == COMPLETE:
            pending = [r for r, it in enumerate(items) if it.status != COMPLETE]
            target = next((r for r in pending if r > current), pending[0] if pending else -1)
            if target >= 0:
                self.items.selectRow(target)
        self.items.setFocus()
        self.changed.emit()


class QualityPage(QWidget):
    """Supervisors' and administrators' quality area (a page of the main window)."""

    unread_changed = Signal(int)

    def __init__(self, quality: QualityService, contacts: ContactService,
                 people: list[UserRow], lang: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.quality = quality
        self.tabs = QTabWidget()
        self.rounds = RoundsTab(quality, contacts, lang)
        self.dashboard = DashboardTab(quality, lang)
        self.staff = StaffTab(quality, people, lang)
        self.mine = MyReviewsPage(quality, contacts, lang)
        self.tabs.addTab(self.rounds, "")
        self.tabs.addTab(self.dashboard, "")
        self.tabs.addTab(self.staff, "")
        self.tabs.addTab(self.mine, "")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self.tabs.currentChanged.connect(lambda _i: self.refresh())
        self.rounds.changed.connect(self.dashboard.mark_stale)
        self.mine.unread_changed.connect(self._mine_changed)
        self.retranslate()

    def retranslate(self) -> None:
        self.tabs.setTabText(0, self.tr("Review rounds"))
        self.tabs.setTabText(1, self.tr("Dashboard"))
        self.tabs.setTabText(2, self.tr("Staff development"))
        self._mine_changed(self.mine.unread)

    def nav_title(self) -> str:
        return self.tr("Quality")

    def _mine_changed(self, unread: int) -> None:
        title = self.tr("My reviews")
        self.tabs.setTabText(3, f"{title} ({unread})" if unread else title)
        self.unread_changed.emit(unread)

    def refresh(self) -> None:
        page = self.tabs.currentWidget()
        if page is self.rounds:
            self.rounds.refresh()
        elif page is self.dashboard:
            self.dashboard.refresh()
        elif page is self.staff:
            self.staff.refresh()
        elif page is self.mine:
            self.mine.refresh()

