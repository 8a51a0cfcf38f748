"""The contact journal: today's contacts by default, filters, full-text search.

The table model holds only the rows fetched so far and asks the service for the next
page (keyset pagination on start time) when the view scrolls near the end, so a
million contacts open as fast as a hundred.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.models import countries
from app.services.contacts.service import (
    CONSULTATION,
    LIST_COUNT_CAP,
    ContactQuery,
    ContactRecord,
    ContactService,
    ListRow,
    UserRow,
)
from app.ui.widgets.datefield import DateField
from app.ui.widgets.formatting import show_date_time
from app.ui.widgets.style import FOCUS_FRAME, MUTED_GREY, NOTICE_BACKGROUND, NOTICE_TEXT
from app.ui.widgets.table_models import ID_ROLE, PagedTableModel
from app.ui.widgets.tables import read_only_table


class ContactTableModel(PagedTableModel):
    """Rows of the contact list, fetched page by page."""

    COLUMNS = ("time", "kind", "gender", "topics", "destinations", "consultant", "notes")
    rows: list[ListRow]
    query: ContactQuery

    def __init__(self, service: ContactService, lang: str, parent: Any = None):
        super().__init__(ContactQuery(), parent)
        self.service = service
        self.lang = lang

    def fetch_page(self, after: ListRow | None, limit: int) -> list[ListRow]:
        key = (after.started_at, after.seq) if after else None
        return self.service.page(self.query, after=key, limit=limit)

    def headers(self) -> list[str]:
        return [
            self.tr("Date and time"), self.tr("Kind / channel"), self.tr("Gender"),
            self.tr("Topics"), self.tr("Destinations"), self.tr("Consultant"), self.tr("Notes"),
        ]

    def row_text(self, row: ListRow, column: int) -> str:
        tax = self.service.tax
        name = self.COLUMNS[column]
        if name == "time":
            text = show_date_time(row.started_at)
            return text + (" ☾" if row.out_of_hours else "")
        if name == "kind":
            channel = tax["channel"].label(row.channel, self.lang)
            if row.kind != CONSULTATION:
                return f"{tax['contact_kind'].label(row.kind, self.lang)} · {channel}"
            return ("⚠ " if row.crisis else "") + channel
        if name == "gender":
            return tax["gender"].label(row.gender, self.lang) if row.kind == CONSULTATION else ""
        if name == "topics":
            return ", ".join(tax["topic"].label(t, self.lang) for t in row.topics)
        if name == "destinations":
            return ", ".join(countries.name(c, self.lang) for c in row.destinations)
        if name == "consultant":
            return row.consultant_name
        return row.notes_preview

    def role_data(self, row: ListRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == 0 and row.out_of_hours:
                return self.tr("Taken outside working hours")
            if column == 1 and row.crisis:
                return self.tr("Crisis situation abroad")
            return None
        if role == Qt.ItemDataRole.ForegroundRole and row.kind != CONSULTATION:
            return QBrush(QColor(MUTED_GREY))
        if role == Qt.ItemDataRole.BackgroundRole and row.out_of_hours and column == 0:
            return QBrush(QColor(NOTICE_BACKGROUND))
        return None


class ContactListPage(QWidget):
    """Filters above the lazy table; Enter opens a contact, Ctrl+H its history."""

    open_contact = Signal(str)
    show_history = Signal(str)

    PERIODS = ("today", "yesterday", "week", "month", "year", "all", "custom")

    def __init__(self, service: ContactService, users: list[UserRow], lang: str,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.service = service
        self.lang = lang
        tax = service.tax

        self.period = QComboBox()
        for key in self.PERIODS:
            self.period.addItem(key, key)
        self.date_from = DateField()
        self.date_to = DateField()
        self.consultant = QComboBox()
        self.consultant.addItem("", None)
        for u in users:
            self.consultant.addItem(u.full_name, u.id)
        self.channel = QComboBox()
        self.channel.addItem("", None)
        for c in tax["channel"].active():
            self.channel.addItem(c.label(lang), c.code)
        self.topic = QComboBox()
        self.topic.addItem("", None)
        for c in tax["topic"].active():
            self.topic.addItem(c.label(lang), c.code)
        self.kind = QComboBox()
        for key in ("all", CONSULTATION, "non_data"):
            self.kind.addItem(key, key)
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.count_label = QLabel()
        # A contact just saved that the filters hide: said, with a way to show it.
        self.hidden_banner = QPushButton()
        self.hidden_banner.setObjectName("hiddenSaved")
        self.hidden_banner.setFlat(True)
        self.hidden_banner.setStyleSheet(
            f"QPushButton#hiddenSaved {{ background: {NOTICE_BACKGROUND}; color: {NOTICE_TEXT};"
            " padding: 3px 8px; text-align: left; }" + FOCUS_FRAME)
        self.hidden_banner.hide()
        self.hidden_saved: ContactRecord | None = None
        self.opened_id: str | None = None  # the contact opened from here, to come back to
        self.open_button = QPushButton()
        self.history_button = QPushButton()

        self.model = ContactTableModel(service, lang, self)
        self.view = read_only_table(QTableView(), resize=QHeaderView.ResizeMode.Interactive,
                                    wrap=False)
        self.view.setModel(self.model)
        self.view.setAlternatingRowColors(True)
        for col, width in enumerate((130, 170, 80, 260, 160, 150)):
            self.view.setColumnWidth(col, width)

        self.filter_labels: list[QLabel] = [QLabel() for _ in range(6)]
        for combo in (self.consultant, self.channel, self.topic, self.kind, self.period):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(12)
        # Two rows: what to look for, then which contacts.
        filters = QVBoxLayout()
        rows = (QHBoxLayout(), QHBoxLayout())
        widgets = (self.search, self.period, self.consultant, self.channel, self.topic,
                   self.kind)
        for i, (lab, widget) in enumerate(zip(self.filter_labels, widgets, strict=True)):
            lab.setBuddy(widget)
            row = rows[0] if i < 2 else rows[1]
            row.addWidget(lab)
            row.addWidget(widget, 3 if widget is self.search else 1)
            if widget is self.period:
                row.addWidget(self.date_from)
                row.addWidget(self.date_to)
        for row in rows:
            filters.addLayout(row)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label, 1)
        bottom.addWidget(self.history_button)
        bottom.addWidget(self.open_button)

        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.hidden_banner)
        layout.addWidget(self.view, 1)
        layout.addLayout(bottom)

        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(300)
        self.search_timer.timeout.connect(self.apply)
        self.search.textChanged.connect(lambda _t: self.search_timer.start())
        self.search.returnPressed.connect(self.apply)
        for combo in (self.period, self.consultant, self.channel, self.topic, self.kind):
            combo.currentIndexChanged.connect(self.apply)
        for edit in (self.date_from, self.date_to):
            edit.value_changed.connect(self.apply)
        self.view.activated.connect(lambda _i: self._open())
        self.search.installEventFilter(self)
        self.hidden_banner.clicked.connect(self.show_hidden_saved)
        self.open_button.clicked.connect(self._open)
        self.history_button.clicked.connect(self._history)
        sc = QShortcut(QKeySequence("Alt+W"), self)
        sc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        sc.activated.connect(self.show_hidden_saved)
        sc = QShortcut(QKeySequence("Ctrl+H"), self)
        sc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        sc.activated.connect(self._history)
        sc = QShortcut(QKeySequence.StandardKey.Find, self)
        sc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        sc.activated.connect(self.search.setFocus)
        self.model.modelReset.connect(self._update_buttons)
        self.model.rowsInserted.connect(self._update_buttons)

        QWidget.setTabOrder(self.search, self.period)
        self.retranslate()
        self.apply()

    def retranslate(self) -> None:
        texts = [self.tr("&Search:"), self.tr("&Period:"), self.tr("C&onsultant:"),
                 self.tr("C&hannel:"), self.tr("&Topic:"), self.tr("&Kind:")]
        for lab, text in zip(self.filter_labels, texts, strict=True):
            lab.setText(text)
        periods = {
            "today": self.tr("Today"), "yesterday": self.tr("Yesterday"),
            "week": self.tr("Last 7 days"), "month": self.tr("Last 30 days"),
            "year": self.tr("This year"), "all": self.tr("All time"),
            "custom": self.tr("From – to"),
        }
        for i in range(self.period.count()):
            self.period.setItemText(i, periods[self.period.itemData(i)])
        kinds = {"all": self.tr("All kinds"), CONSULTATION: self.tr("Consultations"),
                 "non_data": self.tr("Calls without counselling")}
        for i in range(self.kind.count()):
            self.kind.setItemText(i, kinds[self.kind.itemData(i)])
        for combo in (self.consultant, self.channel, self.topic):
            combo.setItemText(0, self.tr("All"))
        self.search.setPlaceholderText(self.tr("Words from the notes (Ctrl+F)"))
        self.open_button.setText(self.tr("Op&en (Enter)"))
        self.history_button.setText(self.tr("Histor&y (Ctrl+H)"))

    def period_bounds(self) -> tuple[datetime | None, datetime | None]:
        """UTC bounds of the chosen period of local calendar days."""
        key = self.period.currentData()
        today = date.today()

        def start_of(d: date) -> datetime:
            return datetime.combine(d, time()).astimezone().astimezone(UTC)

        if key == "today":
            return start_of(today), start_of(today + timedelta(days=1))
        if key == "yesterday":
            return start_of(today - timedelta(days=1)), start_of(today)
        if key == "week":
            return start_of(today - timedelta(days=6)), start_of(today + timedelta(days=1))
        if key == "month":
            return start_of(today - timedelta(days=29)), start_of(today + timedelta(days=1))
        if key == "year":
            return start_of(today.replace(month=1, day=1)), start_of(today + timedelta(days=1))
        if key == "custom":
            first = self.date_from.last_day()
            last = self.date_to.last_day()
            return start_of(first), start_of(last + timedelta(days=1))
        return None, None

    def current_query(self) -> ContactQuery:
        start, end = self.period_bounds()
        kind = self.kind.currentData()
        return ContactQuery(
            start=start, end=end, consultant_id=self.consultant.currentData(),
            channel=self.channel.currentData(), topic=self.topic.currentData(),
            text=self.search.text().strip(), kind=None if kind == "all" else kind,
        )

    def apply(self) -> None:
        custom = self.period.currentData() == "custom"
        self.date_from.setVisible(custom)
        self.date_to.setVisible(custom)
        query = self.current_query()
        self.model.set_query(query)
        total = self.service.count(query, cap=LIST_COUNT_CAP)
        if total > LIST_COUNT_CAP:
            self.count_label.setText(self.tr("More than %1 contacts: narrow the period or the "
                                             "search").replace("%1", f"{LIST_COUNT_CAP:,}".replace(
                                                 ",", "\u202f")))
        else:
            self.count_label.setText(self.tr("%n contact(s)", "", total))
        if self.model.rowCount():
            self.view.selectRow(0)

    def refresh(self) -> None:
        """Up to date, on the same contact as before when it is still listed."""
        keep = self.selected_id()
        self.apply()
        if keep:
            self.select_contact(keep, pages=3)

    def selected_id(self) -> str | None:
        index = self.view.currentIndex()
        if not index.isValid():
            return None
        value = self.model.data(self.model.index(index.row(), 0), ID_ROLE)
        return str(value) if value else None

    def _update_buttons(self, *_args: Any) -> None:
        has = self.model.rowCount() > 0
        self.open_button.setEnabled(has)
        self.history_button.setEnabled(has)

    def _open(self) -> None:
        contact_id = self.selected_id()
        if contact_id:
            self.opened_id = contact_id
            self.open_contact.emit(contact_id)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Down from the search box goes into the results (Enter then opens one)."""
        if (watched is self.search and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent) and event.key() == Qt.Key.Key_Down
                and self.model.rowCount() > 0):
            self.search_timer.stop()
            self.apply()  # what was typed, searched now rather than in a moment
            if self.model.rowCount() > 0:
                self.view.setFocus()
                current = self.view.currentIndex()
                self.view.setCurrentIndex(current if current.isValid()
                                          else self.model.index(0, 0))
            return True
        return super().eventFilter(watched, event)

    def select_contact(self, contact_id: str, pages: int = 200) -> bool:
        """Make the contact the current row (fetching up to ``pages`` more pages as
        needed); False if the filters leave it out."""
        for _page in range(pages + 1):
            for row, item in enumerate(self.model.rows):
                if item.id == contact_id:
                    index = self.model.index(row, 0)
                    self.view.setCurrentIndex(index)
                    self.view.scrollTo(index)
                    return True
            if not self.model.canFetchMore(QModelIndex()):
                return False
            self.model.fetchMore(QModelIndex())
        return False

    def contact_saved(self, record: ContactRecord) -> bool:
        """A contact was saved: the list is brought up to date, the contact chosen in it;
        if the filters hide it, the banner says so and offers to show it. True when
        the journal is where the contact was opened from (to go back to)."""
        came_from_here = self.opened_id == record.id
        self.opened_id = None
        self.refresh()
        if self.select_contact(record.id):
            self.hidden_saved = None
            self.hidden_banner.hide()
        else:
            self.hidden_saved = record
            when = show_date_time(record.input.started_at)
            self.hidden_banner.setText(self.tr(
                "The contact just saved (%1) is not in this list: the filters leave it out. "
                "Show it (Alt+W)").replace("%1", when))
            self.hidden_banner.show()
        if came_from_here:
            QTimer.singleShot(0, self.view.setFocus)
        return came_from_here

    def show_hidden_saved(self) -> None:
        """The day of the contact just saved, with no other filter; the contact chosen."""
        record = self.hidden_saved
        if record is None:
            return
        day = record.input.started_at.astimezone().date()
        widgets = (self.period, self.consultant, self.channel, self.topic, self.kind,
                   self.search, self.date_from, self.date_to)
        for w in widgets:
            w.blockSignals(True)
        try:
            self.period.setCurrentIndex(self.period.findData("custom"))
            for combo in (self.consultant, self.channel, self.topic, self.kind):
                combo.setCurrentIndex(0)
            self.search.clear()
            self.date_from.set_value(day)
            self.date_to.set_value(day)
        finally:
            for w in widgets:
                w.blockSignals(False)
        self.apply()
        self.hidden_saved = None
        self.hidden_banner.hide()
        self.select_contact(record.id)
        self.view.setFocus()

    def _history(self) -> None:
        contact_id = self.selected_id()
        if contact_id:
            self.show_history.emit(contact_id)
