"""The statistics page's own widgets: a bar chart without QtCharts, the table model of
one statistics table, and a table view that copies to a spreadsheet."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import (
    QBrush,
    QColor,
    QContextMenuEvent,
    QFontMetrics,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import QApplication, QTableView, QWidget

from app.ui.widgets.charts import ChartText
from app.ui.widgets.style import BAR_FILLS, INK, INK_SOFT

Index = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole + 1


# -- a bar chart without QtCharts ------------------------------------------------------


class BarChart(ChartText, QWidget):
    """Horizontal bars with their values; a second series is hatched, so the chart
    reads the same on a greyscale printout as the PDF's. Its data are its accessible
    description, and Enter shows them as a table."""

    FILLS = (
        (QColor(BAR_FILLS[0]), Qt.BrushStyle.SolidPattern),
        (QColor(BAR_FILLS[1]), Qt.BrushStyle.BDiagPattern),
        (QColor(BAR_FILLS[2]), Qt.BrushStyle.SolidPattern),
        (QColor(BAR_FILLS[3]), Qt.BrushStyle.DiagCrossPattern),
    )
    BAR = 16
    GAP = 7

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.categories: list[str] = []
        self.series: list[tuple[str, list[int | None], list[str]]] = []
        self.setMinimumHeight(40)
        self.init_chart_text()

    def chart_table(self) -> tuple[list[str], list[list[str]]]:
        headers = ["", *(name for name, _v, _t in self.series)]
        rows = [[c, *(texts[i] for _n, _v, texts in self.series)]
                for i, c in enumerate(self.categories)]
        return headers, rows

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self.chart_key(event):
            super().keyPressEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        self.chart_menu(event)

    def set_data(self, categories: list[str],
                 series: list[tuple[str, list[int | None], list[str]]]) -> None:
        self.categories = categories
        self.series = series
        self.updateGeometry()
        self.setMinimumHeight(self.sizeHint().height())
        self.update_chart_text()
        self.update()

    def _bar_height(self) -> int:
        return self.BAR if len(self.series) <= 1 else 11

    def _legend_height(self) -> int:
        return 22 if len(self.series) > 1 else 0

    def _label_width(self, width: int) -> int:
        metrics = QFontMetrics(self.font())
        return min(max(metrics.horizontalAdvance(c) for c in self.categories) + 12,
                   int(width * 0.38))

    def _row_heights(self, width: int) -> list[float]:
        """Each category's height: its bars, or its label's lines when they wrap (a
        label is never cut)."""
        group = len(self.series) * self._bar_height() + self.GAP
        if not self.categories:
            return []
        metrics = QFontMetrics(self.font())
        label_w = self._label_width(width) - 10
        flags = int(Qt.TextFlag.TextWordWrap)
        return [max(group, metrics.boundingRect(QRect(0, 0, label_w, 10_000), flags,
                                                c).height() + 4)
                for c in self.categories]

    def sizeHint(self) -> QSize:
        width = max(self.width(), 600)
        return QSize(600, self._legend_height() + int(sum(self._row_heights(width))) + 8)

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self.setMinimumHeight(self.sizeHint().height())  # labels wrap anew

    def _brush(self, index: int) -> tuple[QBrush, QBrush | None]:
        colour, pattern = self.FILLS[index % len(self.FILLS)]
        if pattern == Qt.BrushStyle.SolidPattern:
            return QBrush(colour), None
        return QBrush(colour), QBrush(QColor(INK_SOFT), pattern)

    def _draw_bar(self, painter: QPainter, index: int, rect: QRectF) -> None:
        fill, hatch = self._brush(index)
        painter.fillRect(rect, fill)
        if hatch is not None:
            painter.fillRect(rect, hatch)
        painter.setPen(QPen(QColor(INK), 1))
        painter.drawRect(rect)

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self.categories or not self.series:
            return
        painter = QPainter(self)
        self.paint_focus(painter)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        metrics = QFontMetrics(self.font())
        width = self.width()
        label_w = self._label_width(width)
        heights = self._row_heights(width)
        value_w = max(metrics.horizontalAdvance(t) for _n, _v, texts in self.series
                      for t in texts) + 12
        plot_w = max(width - label_w - value_w - 4, 20)
        top_value = max((v or 0) for _n, values, _t in self.series for v in values) or 1
        bar = self._bar_height()
        group = len(self.series) * bar + self.GAP
        y0 = self._legend_height()
        text_pen = QPen(self.palette().color(self.foregroundRole()))
        if y0:
            x = label_w
            for i, (name, _values, _texts) in enumerate(self.series):
                self._draw_bar(painter, i, QRectF(x, 5, 18, 11))
                painter.setPen(text_pen)
                painter.drawText(x + 24, 15, name)
                x += 24 + metrics.horizontalAdvance(name) + 18
        slot = float(y0)
        for row, category in enumerate(self.categories):
            top = slot + (heights[row] - group) / 2 + self.GAP / 2
            painter.setPen(text_pen)
            painter.drawText(QRectF(0, slot, label_w - 6, heights[row]),
                             int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                                 | Qt.TextFlag.TextWordWrap), category)
            slot += heights[row]
            for i, (_name, values, texts) in enumerate(self.series):
                y = top + i * bar
                value = values[row]
                w = 0.0
                if value:
                    w = max(plot_w * value / top_value, 1.0)
                    self._draw_bar(painter, i, QRectF(label_w, y + 1, w, bar - 2))
                painter.setPen(text_pen)
                painter.drawText(QRectF(label_w + w + 4, y, value_w, bar),
                                 int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                                 texts[row])
        painter.setPen(QPen(QColor(INK), 1))
        painter.drawLine(label_w, y0, label_w, int(slot))
        painter.end()


# -- tables -------------------------------------------------------------------------


class StatTableModel(QAbstractTableModel):
    """One statistics table: labels, counts, percentages, previous period, change."""

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self.headers: list[str] = []
        self.rows: list[list[tuple[str, Any]]] = []  # (text shown, value sorted by)
        self.numeric: list[bool] = []

    def set_rows(self, headers: list[str], rows: list[list[tuple[str, Any]]],
                 numeric: list[bool]) -> None:
        self.beginResetModel()
        self.headers = headers
        self.rows = rows
        self.numeric = numeric
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        shown, value = self.rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return shown
        if role == SORT_ROLE:
            return value
        if role == Qt.ItemDataRole.TextAlignmentRole and self.numeric[index.column()]:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class CopyableTableView(QTableView):
    """Ctrl+C copies the selected cells (or the whole table) as tab-separated text,
    headings included, ready to paste into a spreadsheet."""

    def keyPressEvent(self, event: Any) -> None:
        if event.matches(QKeySequence.StandardKey.Copy):
            QApplication.clipboard().setText(self.as_text())
            event.accept()
            return
        super().keyPressEvent(event)

    def as_text(self) -> str:
        model = self.model()
        indexes = self.selectionModel().selectedIndexes() if self.selectionModel() else []
        if len(indexes) > 1:
            rows = sorted({i.row() for i in indexes})
            cols = sorted({i.column() for i in indexes})
        else:
            rows = list(range(model.rowCount()))
            cols = list(range(model.columnCount()))
        lines = ["\t".join(str(model.headerData(c, Qt.Orientation.Horizontal) or "")
                           for c in cols)]
        for r in rows:
            lines.append("\t".join(str(model.index(r, c).data() or "") for c in cols))
        return "\n".join(lines) + "\n"
