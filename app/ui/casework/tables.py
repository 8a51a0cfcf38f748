"""The tables and the timeline of one case, and how they show dates.

A case's referrals, services, consents and relatives are short lists shown whole in
read-only tables: a long text is elided and its tooltip shows it whole, each cell
carries its row's id. The timeline is a list of sentences, oldest first, scrolled to the
newest.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QListWidget,
    QListWidgetItem,
    QTableWidget,
    QTableWidgetItem,
)

from app.services.casework.book import TimelineEvent
from app.ui.widgets.formatting import show_date_time
from app.ui.widgets.table_models import ID_ROLE

COLUMN_CAP = 230
"""Widest a column gets from its contents: a long service name or organisation is
elided (its tooltip shows it whole), so every column stays in view."""


def read_only_table(table: QTableWidget) -> QTableWidget:
    """Whole rows chosen one at a time, nothing edited in place, no row numbers."""
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.setWordWrap(False)  # a long text is elided, its tooltip whole
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    return table


def fit_columns(table: QTableWidget, cap: int = COLUMN_CAP) -> None:
    """Columns as wide as their contents, but none but the last wider than ``cap``."""
    table.resizeColumnsToContents()
    for col in range(table.columnCount() - 1):
        if table.columnWidth(col) > cap:
            table.setColumnWidth(col, cap)


def table_item(text: str, row_id: str, fg: QColor | None = None,
               bg: QColor | None = None) -> QTableWidgetItem:
    """A cell: its text (whole in the tooltip), its row's id, its colours."""
    item = QTableWidgetItem(text)
    item.setData(ID_ROLE, row_id)
    item.setToolTip(text)
    if fg is not None:
        item.setForeground(QBrush(fg))
    if bg is not None:
        item.setBackground(QBrush(bg))
    return item


def add_row(table: QTableWidget, cells: Iterable[str], row_id: str, fg: QColor | None = None,
            bg: QColor | None = None) -> None:
    row = table.rowCount()
    table.insertRow(row)
    for col, text in enumerate(cells):
        table.setItem(row, col, table_item(text, row_id, fg, bg))


def selected_id(table: QTableWidget) -> str | None:
    """The id of the row chosen in ``table``, if any."""
    row = table.currentRow()
    item = table.item(row, 0) if row >= 0 else None
    return str(item.data(ID_ROLE)) if item is not None else None


def fill_timeline(timeline: QListWidget, events: Iterable[TimelineEvent],
                  text: Callable[[TimelineEvent], str]) -> None:
    """The timeline's sentences, oldest first, the newest in view."""
    timeline.clear()
    for event in events:
        item = QListWidgetItem(text(event))
        item.setToolTip(item.text())  # a long entry is cut at the edge: shown whole here
        timeline.addItem(item)
    timeline.scrollToBottom()


def timeline_line(event: TimelineEvent, text: str) -> str:
    """One entry: when, who, what."""
    who = f" · {event.user_name}" if event.user_name else ""
    return f"{show_date_time(event.at)}{who} — {text}"
