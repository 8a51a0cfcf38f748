"""Vetted answers beside the intake form: the approved articles for the topics and
destinations chosen, or those matching what the consultant types.

F9 opens the panel: the focus goes to its search field and the list shows the articles
offered; typing searches the whole knowledge base (word beginnings, any case, ё = е);
Up and Down choose, and the chosen article's text shows below. F10 records the chosen
article as given to the caller (saved with the contact: which article, which
revision); Ctrl+Shift+C copies its text for an e-mail reply. A demo article says so on
its line, in its text and in what is copied.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.services.knowledge.service import Article, ArticleQuery, ArticleRow, KnowledgeService

ID_ROLE = Qt.ItemDataRole.UserRole
SEARCH_DELAY_MS = 150


class _SearchField(QLineEdit):
    """Down moves to the list, as in any search-as-you-type box."""

    down = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Down:
            self.down.emit()
            return
        super().keyPressEvent(event)


class KnowledgePanel(QFrame):
    """The articles for a contact; records which were given."""

    given_changed = Signal()

    def __init__(self, knowledge: KnowledgeService, lang: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.knowledge = knowledge
        self.lang = lang
        self.topics: list[str] = []
        self.destinations: list[str] = []
        self.rows: list[ArticleRow] = []
        self.given: dict[str, int] = {}
        self.current: Article | None = None
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setObjectName("knowledgePanel")

        # The heading folds the panel: folded it is one line (the form beside it must
        # not scroll on a 1366×768 screen); F9 unfolds it.
        self.title = QToolButton()
        self.title.setCheckable(True)
        self.title.setChecked(False)
        self.title.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.title.setArrowType(Qt.ArrowType.RightArrow)
        self.title.setAutoRaise(True)
        self.title.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.title.setIconSize(QSize(10, 10))
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.body = QWidget()
        self.search = _SearchField()
        self.search.setClearButtonEnabled(True)
        self.list = QListWidget()
        self.list.setObjectName("knowledgeList")
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        # Cut with "…" on purpose (the layout check accepts it): the chosen article
        # shows whole right below, and each title is its tooltip.
        self.list.setProperty("elides", True)
        # Two articles at the least, and two lines of the chosen one's text: the form
        # beside them must not scroll on a 1366×768 screen.
        self.list.setMinimumHeight(2 * self.list.fontMetrics().lineSpacing()
                                   + 2 * self.list.frameWidth())
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.text.setObjectName("knowledgeText")
        self.text.setMinimumHeight(2 * self.text.fontMetrics().lineSpacing()
                                   + 2 * self.text.frameWidth())
        self.text.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Expanding)
        self.give_button = QPushButton()
        self.copy_button = QPushButton()
        for b in (self.give_button, self.copy_button):
            b.setAutoDefault(False)
            b.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.hint = QLabel()
        self.hint.setWordWrap(True)

        buttons = QHBoxLayout()
        buttons.addWidget(self.give_button)
        buttons.addWidget(self.copy_button)
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(3)
        body.addWidget(self.search)
        body.addWidget(self.hint)
        body.addWidget(self.list, 1)
        body.addWidget(self.text, 1)
        body.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(3)
        layout.addWidget(self.title)
        layout.addWidget(self.body, 1)
        self._toggled(False)
        self.title.toggled.connect(self._toggled)

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SEARCH_DELAY_MS)
        self.timer.timeout.connect(self._fill)
        self.search.textChanged.connect(lambda _t: self.timer.start())
        self.search.down.connect(self.focus_list)
        self.search.returnPressed.connect(self.focus_list)
        self.list.currentRowChanged.connect(self._show_current)
        self.give_button.clicked.connect(self.give_current)
        self.copy_button.clicked.connect(self.copy_current)
        self.retranslate()
        self._fill()

    def retranslate(self) -> None:
        self._update_title()
        self.search.setPlaceholderText(self.tr("Search the knowledge base"))
        self.give_button.setText(self.tr("Given (F10)"))
        self.copy_button.setText(self.tr("Copy for e-mail"))
        self.copy_button.setToolTip(self.tr("Copies the text for an e-mail reply "
                                            "(Ctrl+Shift+C)"))

    def _update_title(self) -> None:
        title = self.tr("Vetted answers (F9)")
        offered = len(self.rows) if not self.search.text().strip() else 0
        self.title.setText(f"{title}: {offered}" if offered else title)

    def _toggled(self, expanded: bool) -> None:
        self.title.setArrowType(Qt.ArrowType.DownArrow if expanded else Qt.ArrowType.RightArrow)
        self.body.setVisible(expanded)
        # Folded, it takes one line and leaves the rest to the panels above it.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding
                           if expanded else QSizePolicy.Policy.Maximum)

    # -- texts --

    def demo_badge(self) -> str:
        return self.tr("DEMO, not real advice")

    def line(self, row: ArticleRow) -> str:
        marks = []
        if row.fictional:
            marks.append(self.demo_badge())
        if row.kind == "checklist":
            marks.append(self.tr("checklist"))
        if row.stale:
            marks.append(self.tr("to be checked"))
        head = ("✓ " if row.id in self.given else "") + row.title(self.lang)
        return f"{head} [{' · '.join(marks)}]" if marks else head

    def copy_text(self, article: Article) -> str:
        """The article as an e-mail reply takes it (a demo one says so first)."""
        text = article.plain_text(self.lang)
        if article.fictional:
            text = f"[{self.demo_badge()}]\n{text}"
        return text

    # -- content --

    def set_context(self, topics: Sequence[str], destinations: Sequence[str]) -> None:
        """The contact's topics and destinations changed: offer their articles."""
        topics, destinations = list(topics), list(destinations)
        if (topics, destinations) == (self.topics, self.destinations):
            return
        self.topics, self.destinations = topics, destinations
        if not self.search.text().strip():
            self._fill()

    def set_given(self, given: Sequence[Sequence[Any]]) -> None:
        self.given = {str(a): int(r) for a, r in given}
        self._mark()

    def given_list(self) -> list[list[Any]]:
        return [[a, r] for a, r in self.given.items()]

    def refresh(self) -> None:
        self._fill()

    def _fill(self) -> None:
        typed = self.search.text().strip()
        if typed:
            self.rows = self.knowledge.search(ArticleQuery(text=typed), self.lang, limit=50)
        else:
            self.rows = self.knowledge.offered(self.topics, self.destinations, self.lang)
        self.list.blockSignals(True)
        self.list.clear()
        for row in self.rows:
            item = QListWidgetItem()
            item.setData(ID_ROLE, row.id)
            item.setToolTip(row.title(self.lang))
            self.list.addItem(item)
        self.list.blockSignals(False)
        self._mark()
        if typed and not self.rows:
            self.hint.setText(self.tr("No approved article matches."))
        elif not typed and not self.rows:
            self.hint.setText(self.tr("Choose a topic or a destination: the approved "
                                      "articles for them appear here."))
        self.hint.setVisible(not self.rows)
        self.list.setCurrentRow(0 if self.rows else -1)
        self._show_current()
        self._update_title()

    def _mark(self) -> None:
        for i, row in enumerate(self.rows):
            item = self.list.item(i)
            if item is not None:
                item.setText(self.line(row))

    def _show_current(self, *_args: object) -> None:
        row = self.list.currentRow()
        self.current = None
        if 0 <= row < len(self.rows):
            try:
                self.current = self.knowledge.get(self.rows[row].id)
            except LookupError:  # removed or withdrawn meanwhile
                self.current = None
        if self.current is None:
            self.text.clear()
        else:
            self.text.setPlainText(self.copy_text(self.current))
        self.give_button.setEnabled(self.current is not None)
        self.copy_button.setEnabled(self.current is not None)

    # -- keys --

    def open(self) -> None:
        """F9: unfolded, to the search field, the articles offered listed."""
        self.title.setChecked(True)
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()
        # Inside a scrolling form: bring the panel into view.
        parent = self.parentWidget()
        while parent is not None and not isinstance(parent, QScrollArea):
            parent = parent.parentWidget()
        if isinstance(parent, QScrollArea):
            parent.ensureWidgetVisible(self.text)
            parent.ensureWidgetVisible(self.search)

    def focus_list(self) -> None:
        if self.rows:
            self.list.setFocus(Qt.FocusReason.OtherFocusReason)
            if self.list.currentRow() < 0:
                self.list.setCurrentRow(0)

    def give_current(self) -> None:
        """F10: the chosen article is recorded as given (its revision of now)."""
        if self.current is None or not self.isEnabled():
            return
        if self.given.get(self.current.id) != self.current.revision:
            self.given[self.current.id] = self.current.revision
            self._mark()
            self.given_changed.emit()

    def copy_current(self) -> None:
        if self.current is not None:
            clipboard = QGuiApplication.clipboard()
            if clipboard is not None:
                clipboard.setText(self.copy_text(self.current))
