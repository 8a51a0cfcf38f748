"""What every chart offers besides its drawing: its data as text.

A chart is a picture to a screen reader. :class:`ChartText` makes a chart widget
reachable with Tab, gives it its data as its accessible description ("Minsk: 120;
Gomel: 80 …"), draws a focus frame when it has the focus, and shows the same data as a
table on Enter, Space or T (the "show as table" key), or from its context menu.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QContextMenuEvent, QKeyEvent, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QMenu,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

TABLE_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space, Qt.Key.Key_T)


def as_text(headers: list[str], rows: list[list[str]]) -> str:
    """The rows as one sentence a screen reader can say: "Minsk: 120, 55 %; …"."""
    parts = []
    for row in rows:
        values = [f"{h} {v}" if h and len(headers) > 2 else v
                  for h, v in zip(headers[1:], row[1:], strict=False)]
        parts.append(f"{row[0]}: {', '.join(values)}")
    return "; ".join(parts)


class TableDialog(QDialog):
    """A chart's data as a table, for reading, sorting and copying."""

    def __init__(self, title: str, headers: list[str], rows: list[list[str]],
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.table = QTableWidget(len(rows), len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAccessibleName(title)
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                self.table.setItem(r, c, QTableWidgetItem(value))
        self.table.resizeColumnsToContents()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(560, 420)


class ChartText:
    """Mixed into a chart widget that implements :meth:`chart_table`."""

    def chart_table(self) -> tuple[list[str], list[list[str]]]:
        raise NotImplementedError

    def init_chart_text(self) -> None:
        widget = self._widget()
        widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.table_dialog: TableDialog | None = None

    def _widget(self) -> QWidget:
        assert isinstance(self, QWidget)
        return self

    def update_chart_text(self) -> None:
        """Called when the data change: the description follows them."""
        widget = self._widget()
        headers, rows = self.chart_table()
        text = as_text(headers, rows) if rows else QCoreApplication.translate(
            "charts", "No data")
        widget.setAccessibleDescription(text + ". " + QCoreApplication.translate(
            "charts", "Enter shows the data as a table."))

    def show_table(self) -> TableDialog:
        widget = self._widget()
        headers, rows = self.chart_table()
        title = widget.accessibleName() or QCoreApplication.translate("charts", "Chart data")
        self.table_dialog = TableDialog(title, headers, rows, widget)
        self.table_dialog.open()
        return self.table_dialog

    def chart_key(self, event: QKeyEvent) -> bool:
        """Whether the key was the "show as table" key (and handled)."""
        if event.key() in TABLE_KEYS and event.modifiers() in (
                Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier):
            self.show_table()
            return True
        return False

    def chart_menu(self, event: QContextMenuEvent) -> None:
        menu = QMenu(self._widget())
        menu.addAction(QCoreApplication.translate("charts", "Show as a table (Enter)"),
                       self.show_table)
        menu.exec(event.globalPos())

    def paint_focus(self, painter: QPainter) -> None:
        widget = self._widget()
        if widget.hasFocus():
            pen = QPen(widget.palette().highlight().color(), 2)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(widget.rect().adjusted(1, 1, -1, -1))
