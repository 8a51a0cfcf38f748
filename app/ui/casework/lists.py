"""The list half of a case page: cases newest first, filtered, fetched page by page.

A page shows a filter bar and the list on the left, the chosen case on the right. The
list model asks its service for one keyset page at a time (app/services/casework/
paging.py); typing in the search field waits for a pause before the list is asked
again, and Ctrl+F goes to that field.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QTableView,
    QWidget,
)

from app.services.casework.paging import page_key
from app.ui.widgets.table_models import ID_ROLE, PagedTableModel

SEARCH_PAUSE_MS = 300
"""How long typing in the search field must pause before the list is asked again."""


class PagedCaseModel(PagedTableModel):
    """Rows of a case list, fetched page by page (newest first) from ``service.cases``."""

    def __init__(self, service: Any, query: Any, lang: str, parent: Any = None):
        super().__init__(query, parent)
        self.service = service
        self.lang = lang

    def fetch_page(self, after: Any, limit: int) -> list[Any]:
        return list(self.service.cases(self.query, after=page_key(after), limit=limit))


def setup_case_view(view: QTableView, model: PagedCaseModel) -> None:
    """A read-only list of whole rows, one chosen at a time, columns the user may widen."""
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    view.setWordWrap(False)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)


def narrow_combo(combo: QComboBox, letters: int) -> None:
    """A filter choice that keeps the bar narrow: as wide as ``letters`` characters."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(letters)


class CaseListPage(QWidget):
    """The behaviour both case pages share; each builds its widgets and gives ``model``,
    ``view``, ``search``, ``apply()`` and ``show_case()``."""

    changed = Signal()

    model: PagedCaseModel
    view: QTableView
    search: QLineEdit

    def watch_filters(self, combos: list[QComboBox]) -> None:
        """Ask the list again when a filter changes, or when typing pauses; Ctrl+F goes
        to the search field; choosing a row shows its case."""
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_PAUSE_MS)
        self.search_timer.timeout.connect(self.apply)
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _t: self.search_timer.start())
        for combo in combos:
            combo.currentIndexChanged.connect(self.apply)
        self.view.selectionModel().currentRowChanged.connect(lambda _c, _p: self._selected())
        self.model.modelReset.connect(self._selected)
        self.shortcut("Ctrl+F", self.search.setFocus)

    def shortcut(self, keys: str, slot: Any) -> None:
        """A key for the page and everything on it."""
        sc = QShortcut(QKeySequence(keys), self)
        sc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        sc.activated.connect(slot)

    def apply(self) -> None:
        raise NotImplementedError

    def show_case(self, case_id: str | None) -> None:
        raise NotImplementedError

    def refresh(self) -> None:
        self.apply()

    def select_case(self, case_id: str) -> bool:
        """Choose the case in the list and show it; False when the list does not hold it."""
        for i, row in enumerate(self.model.rows):
            if row.id == case_id:
                self.view.selectRow(i)
                self.show_case(case_id)
                return True
        return False

    def _selected(self) -> None:
        index = self.view.currentIndex()
        self.show_case(str(index.data(ID_ROLE)) if index.isValid() else None)
