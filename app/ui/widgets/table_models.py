"""The lazy table model shared by the lists that page through the store.

A subclass names its columns, gives their header texts (through its own `tr`, so the
texts keep their translation context), fetches one page after a given row, and says
what a cell shows. The model holds only the rows fetched so far and asks for the next
page (keyset pagination) when the view scrolls near the end. A page that cannot be read
(the disk, a lock held too long) is said in a message box; the rows already there stay,
and refreshing the list tries again.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QApplication

from app.ui.widgets import msgbox

log = logging.getLogger("app.ui")

PAGE = 200
ID_ROLE = Qt.ItemDataRole.UserRole
Index = QModelIndex | QPersistentModelIndex


class PagedTableModel(QAbstractTableModel):
    """Rows fetched page by page; `rows` holds those fetched so far."""

    COLUMNS: tuple[str, ...] = ()

    def __init__(self, query: Any, parent: Any = None):
        super().__init__(parent)
        self.query = query
        self.rows: list[Any] = []
        self.exhausted = True

    # -- what a subclass provides --

    def headers(self) -> list[str]:
        """The header text of each column, in the order of COLUMNS."""
        raise NotImplementedError

    def fetch_page(self, after: Any, limit: int) -> list[Any]:
        """Up to `limit` rows following the row `after` (None: from the start)."""
        raise NotImplementedError

    def row_text(self, row: Any, column: int) -> str:
        raise NotImplementedError

    def role_data(self, row: Any, column: int, role: int) -> Any:
        """What a cell gives for a role other than display and the row's id."""
        return None

    # -- the model --

    def set_query(self, query: Any) -> None:
        self.beginResetModel()
        self.query = query
        self.rows = []
        self.exhausted = False
        self.endResetModel()
        if self.canFetchMore(QModelIndex()):
            self.fetchMore(QModelIndex())

    def refresh(self) -> None:
        self.set_query(self.query)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and not self.exhausted

    def fetchMore(self, parent: Index) -> None:
        if parent.isValid() or self.exhausted:
            return
        try:
            page = self.fetch_page(self.rows[-1] if self.rows else None, PAGE)
        except Exception as exc:
            # No more pages until a refresh: the view would ask again at once.
            self.exhausted = True
            self._fetch_failed(exc)
            return
        if len(page) < PAGE:
            self.exhausted = True
        if page:
            self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(page) - 1)
            self.rows.extend(page)
            self.endInsertRows()

    def _fetch_failed(self, exc: Exception) -> None:
        """Say that the next rows could not be read (the class of the error in the log,
        never its text, which may quote what a user typed)."""
        log.warning("a page of a list could not be read: %s", type(exc).__name__)
        msgbox.error(
            QApplication.activeWindow(),
            QCoreApplication.translate("PagedTableModel", "The list"),
            QCoreApplication.translate(
                "PagedTableModel",
                "The next rows of the list could not be read. Refresh the list to try again."),
            details=type(exc).__name__)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return self.headers()[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.row_text(row, index.column())
        if role == ID_ROLE:
            return row.id
        found = self.role_data(row, index.column(), role)
        if found is None and role == Qt.ItemDataRole.ToolTipRole:
            # A cell too narrow for its text elides it: the tooltip shows it whole.
            return self.row_text(row, index.column()) or None
        return found
