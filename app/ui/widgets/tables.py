"""The one set-up of a read-only table: a list the user reads and picks from, never
edits in place (a dialog edits the record)."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

T = TypeVar("T", bound=QTableView)

Resize = QHeaderView.ResizeMode


def read_only_table(table: T, *, rows: bool = True, single: bool = True,
                    resize: QHeaderView.ResizeMode = Resize.ResizeToContents,
                    stretch_last: bool = True, wrap: bool = True) -> T:
    """Set ``table`` up as a read-only list and return it.

    Never edited in place; no row numbers. ``rows``: a click selects the whole row (a
    record), otherwise one cell. ``single``: one row at a time, otherwise several (to
    copy them). ``resize``: how the columns take their width (``Interactive``: set by
    the screen, then by the user). ``stretch_last``: the last column takes the room
    left. ``wrap``: long texts wrap in their cell, otherwise they are cut.
    """
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    if rows:
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    if single:
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().hide()
    table.setWordWrap(wrap)
    header = table.horizontalHeader()
    header.setSectionResizeMode(resize)
    header.setStretchLastSection(stretch_last)
    return table
