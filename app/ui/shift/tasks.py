"""A list of callbacks: when, in what state, whom, what was agreed (and whose).

A task past its due time is drawn red and says «overdue» in words too: colour is never
the only signal. The table is read-only; the buttons beside it act on the chosen task.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

from app.services.shift.service import TaskRow
from app.ui.widgets.datefield import format_date_time
from app.ui.widgets.style import ERROR_RED


class TaskTable(QTableWidget):
    """Tasks, soonest due first; double-click or Enter asks to call back."""

    call_back = Signal(str)  # task id

    def __init__(self, *, with_owner: bool = False, parent=None):  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.setObjectName("taskTable")
        self.with_owner = with_owner
        self.rows: list[TaskRow] = []
        self.setColumnCount(5 if with_owner else 4)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.verticalHeader().hide()
        self.setWordWrap(False)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.itemActivated.connect(lambda _item: self._activated())
        self.retranslate()

    def retranslate(self) -> None:
        labels = [self.tr("Due"), self.tr("State"), self.tr("Caller"), self.tr("Agreed")]
        if self.with_owner:
            labels.append(self.tr("Whose"))
        self.setHorizontalHeaderLabels(labels)
        self.set_rows(self.rows)

    def state_text(self, row: TaskRow) -> str:
        if row.status == "done":
            return self.tr("done")
        if row.status == "cancelled":
            return self.tr("cancelled")
        if row.overdue:
            return self.tr("overdue")
        return self.tr("waiting")

    def set_rows(self, rows: list[TaskRow]) -> None:
        current = self.selected_id()
        self.rows = list(rows)
        self.setRowCount(len(rows))
        red = QBrush(QColor(ERROR_RED))
        for i, row in enumerate(rows):
            when = format_date_time(row.due_at)
            if row.outside_hours:
                when += " ☾"
            who = row.caller_label or row.phone or self.tr("(no number)")
            if row.phone and row.phone not in who:
                who = f"{who} · {row.phone}"
            cells = [when, self.state_text(row), who, row.note]
            if self.with_owner:
                cells.append(row.owner_name)
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                item.setData(Qt.ItemDataRole.UserRole, row.id)
                if row.overdue:
                    item.setForeground(red)
                    if col == 1:
                        font = item.font()
                        font.setBold(True)
                        item.setFont(font)
                self.setItem(i, col, item)
            if row.id == current:
                self.selectRow(i)

    def selected_id(self) -> str | None:
        row = self.selected()
        return row.id if row is not None else None

    def selected(self) -> TaskRow | None:
        index = self.currentRow()
        if 0 <= index < len(self.rows) and self.selectionModel().hasSelection():
            return self.rows[index]
        return None

    def select_task(self, task_id: str) -> None:
        for i, row in enumerate(self.rows):
            if row.id == task_id:
                self.selectRow(i)
                return

    def _activated(self) -> None:
        row = self.selected()
        if row is not None and row.open:
            self.call_back.emit(row.id)

