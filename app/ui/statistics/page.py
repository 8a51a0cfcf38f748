"""Statistics: the annual report's tables and charts for any period, on screen.

Choose a period (a year, a quarter, a month, or any dates) and one organisation or
both; the numbers are computed in the background (app.services.statistics.sums) and shown as
one table and one bar chart per section. Every table sorts by a click on its heading
and copies to a spreadsheet with Ctrl+C. The report goes out as PDF, XLSX or CSV,
optionally "for outside release" (small numbers suppressed, no names).
"""

from __future__ import annotations

import logging
import time
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QRectF,
    QSize,
    QSortFilterProxyModel,
    Qt,
    QTimer,
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
    QShortcut,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.models import countries
from app.services.contacts.service import ContactService
from app.services.statistics import report
from app.services.statistics import sums as stats
from app.services.statistics.service import StatisticsService
from app.services.statistics.sums import NOT_RECORDED, Period, Statistics, StatTable
from app.ui.tasks import Task, run_task
from app.ui.widgets import msgbox
from app.ui.widgets.charts import ChartText
from app.ui.widgets.datefield import DateField, to_qdate
from app.ui.widgets.style import heading

log = logging.getLogger("app.ui")

Index = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole + 1


# -- a bar chart without QtCharts ------------------------------------------------------


class BarChart(ChartText, QWidget):
    """Horizontal bars with their values; a second series is hatched, so the chart
    reads the same on a greyscale printout as the PDF's. Its data are its accessible
    description, and Enter shows them as a table."""

    FILLS = (
        (QColor("#3f5f7f"), Qt.BrushStyle.SolidPattern),
        (QColor("#f2c48d"), Qt.BrushStyle.BDiagPattern),
        (QColor("#9fbf8f"), Qt.BrushStyle.SolidPattern),
        (QColor("#d9d9d9"), Qt.BrushStyle.DiagCrossPattern),
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

    def sizeHint(self) -> QSize:
        group = len(self.series) * self._bar_height() + self.GAP
        return QSize(600, self._legend_height() + len(self.categories) * group + 8)

    def _brush(self, index: int) -> tuple[QBrush, QBrush | None]:
        colour, pattern = self.FILLS[index % len(self.FILLS)]
        if pattern == Qt.BrushStyle.SolidPattern:
            return QBrush(colour), None
        return QBrush(colour), QBrush(QColor("#404040"), pattern)

    def _draw_bar(self, painter: QPainter, index: int, rect: QRectF) -> None:
        fill, hatch = self._brush(index)
        painter.fillRect(rect, fill)
        if hatch is not None:
            painter.fillRect(rect, hatch)
        painter.setPen(QPen(QColor("#303030"), 1))
        painter.drawRect(rect)

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self.categories or not self.series:
            return
        painter = QPainter(self)
        self.paint_focus(painter)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        metrics = QFontMetrics(self.font())
        width = self.width()
        label_w = min(max(metrics.horizontalAdvance(c) for c in self.categories) + 12,
                      int(width * 0.38))
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
        for row, category in enumerate(self.categories):
            top = y0 + row * group + self.GAP / 2
            painter.setPen(text_pen)
            label = metrics.elidedText(category, Qt.TextElideMode.ElideRight, label_w - 10)
            painter.drawText(QRectF(0, top, label_w - 6, len(self.series) * bar),
                             int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                             label)
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
        painter.setPen(QPen(QColor("#303030"), 1))
        painter.drawLine(label_w, y0, label_w, y0 + len(self.categories) * group)
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


# -- the page -----------------------------------------------------------------------


class StatisticsPage(QWidget):
    """Period and organisation above; sections on the left; chart and table right."""

    PERIOD_KINDS = ("year", "quarter", "month", "custom")

    def __init__(self, service: ContactService, lang: str, author: str = "",
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.service = service
        self.lang = lang
        self.author = author
        self.stats: Statistics | None = None
        self.tables: dict[str, StatTable] = {}
        self.task: Task | None = None
        self.export_task: Task | None = None
        self._generation = 0
        self._computed_at: float | None = None  # monotonic seconds
        tax = service.tax
        today = date.today()

        self.period_kind = QComboBox()
        for key in self.PERIOD_KINDS:
            self.period_kind.addItem(key, key)
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(today.year)
        self.quarter = QComboBox()
        for q in range(1, 5):
            self.quarter.addItem(str(q), q)
        self.quarter.setCurrentIndex((today.month - 1) // 3)
        self.month = QComboBox()
        locale = QLocale()
        for m in range(1, 13):
            self.month.addItem(locale.standaloneMonthName(m), m)
        self.month.setCurrentIndex(today.month - 1)
        self.date_from = DateField(today.replace(month=1, day=1))
        self.date_to = DateField(today)
        self.organisation = QComboBox()
        self.organisation.addItem("", None)
        for c in tax["organisation"].active():
            self.organisation.addItem(c.label(lang), c.code)
        self.organisation.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.organisation.setMinimumContentsLength(18)
        self.release = QCheckBox()
        self.threshold = QSpinBox()
        self.threshold.setRange(2, 100)
        self.threshold.setValue(report.DEFAULT_THRESHOLD)
        self.refresh_button = QPushButton()
        self.export_button = QPushButton()
        self.export_menu = QMenu(self)
        self.export_actions = {}
        for suffix in (".pdf", ".xlsx", ".csv"):
            action = self.export_menu.addAction(suffix)
            action.triggered.connect(lambda _checked=False, s=suffix: self.export(s))
            self.export_actions[suffix] = action
        self.export_button.setMenu(self.export_menu)
        self.period_label = QLabel()
        self.org_label = QLabel()
        self.period_label.setBuddy(self.period_kind)
        self.org_label.setBuddy(self.organisation)

        self.figures = QLabel()
        self.figures.setWordWrap(True)
        self.figures.setTextFormat(Qt.TextFormat.PlainText)
        self.status = QLabel()
        self.status.setWordWrap(True)

        self.sections = QListWidget()
        self.sections.setMinimumWidth(190)
        self.sections.setMaximumWidth(280)
        self.title = QLabel()
        heading(self.title, 2)
        self.title.setWordWrap(True)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.chart = BarChart()
        self.chart_area = QScrollArea()
        self.chart_area.setWidget(self.chart)
        self.chart_area.setWidgetResizable(True)
        self.chart_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.model = StatTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.view = CopyableTableView()
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.view.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.view.horizontalHeader().setStretchLastSection(False)

        top = QHBoxLayout()
        top.addWidget(self.period_label)
        for w in (self.period_kind, self.year, self.quarter, self.month, self.date_from,
                  self.date_to):
            top.addWidget(w)
        top.addSpacing(12)
        top.addWidget(self.org_label)
        top.addWidget(self.organisation, 1)
        top.addWidget(self.refresh_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.release)
        bottom.addWidget(self.threshold)
        bottom.addWidget(self.export_button)

        detail = QWidget()
        right = QVBoxLayout(detail)
        right.setContentsMargins(0, 0, 0, 0)
        right.addWidget(self.title)
        right.addWidget(self.note)
        self.split = QSplitter(Qt.Orientation.Vertical)
        self.split.addWidget(self.chart_area)
        self.split.addWidget(self.view)
        self.split.setStretchFactor(0, 3)
        self.split.setStretchFactor(1, 2)
        right.addWidget(self.split, 1)
        body = QSplitter(Qt.Orientation.Horizontal)
        body.addWidget(self.sections)
        body.addWidget(detail)
        body.setStretchFactor(1, 1)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.figures)
        layout.addWidget(body, 1)
        layout.addLayout(bottom)

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(250)
        self.timer.timeout.connect(self.recompute)
        for combo in (self.period_kind, self.quarter, self.month, self.organisation):
            combo.currentIndexChanged.connect(self._period_changed)
        self.year.valueChanged.connect(self._period_changed)
        for edit in (self.date_from, self.date_to):
            edit.value_changed.connect(self._period_changed)
        self.sections.currentRowChanged.connect(self._show_section)
        self.release.toggled.connect(self.threshold.setEnabled)
        self.refresh_button.clicked.connect(self.recompute)
        shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.recompute)
        self.threshold.setEnabled(False)
        self.retranslate()
        self._update_inputs()

    # -- words --

    def retranslate(self) -> None:
        self.period_label.setText(self.tr("&Period:"))
        self.org_label.setText(self.tr("&Organisation:"))
        self.year.setAccessibleName(self.tr("Year"))
        self.quarter.setAccessibleName(self.tr("Quarter"))
        self.month.setAccessibleName(self.tr("Month"))
        self.date_from.setAccessibleName(self.tr("From"))
        self.date_to.setAccessibleName(self.tr("To"))
        self.threshold.setAccessibleName(self.tr("Hide numbers below"))
        self.sections.setAccessibleName(self.tr("Sections of the report"))
        self.chart.setAccessibleName(self.tr("Chart of the section"))
        kinds = {"year": self.tr("Year"), "quarter": self.tr("Quarter"),
                 "month": self.tr("Month"), "custom": self.tr("From – to")}
        for i in range(self.period_kind.count()):
            self.period_kind.setItemText(i, kinds[self.period_kind.itemData(i)])
        for i in range(self.quarter.count()):
            self.quarter.setItemText(i, self.tr("Quarter %1").replace("%1", str(i + 1)))
        self.organisation.setItemText(0, self.tr("Both organisations (national)"))
        self.release.setText(self.tr("For outside &release, hide numbers below"))
        self.release.setToolTip(self.tr(
            "Exports for outside release show small numbers as “<5” (and as many others as "
            "needed so that none can be worked out), and leave out every name."))
        self.export_button.setText(self.tr("&Export the report"))
        self.refresh_button.setText(self.tr("Recompu&te"))
        self.refresh_button.setToolTip(self.tr("Count again with the latest records (F5)"))
        self.export_actions[".pdf"].setText(self.tr("PDF document…"))
        self.export_actions[".xlsx"].setText(self.tr("Excel workbook (XLSX)…"))
        self.export_actions[".csv"].setText(self.tr("CSV table…"))
        self._fill_sections()

    def section_title(self, key: str) -> str:
        return {
            "channel": self.tr("Phone and e-mail"),
            "gender": self.tr("Women and men"),
            "topic": self.tr("Topics"),
            "topic_gender": self.tr("Topics by gender"),
            "destination": self.tr("Destination countries"),
            "destination_gender": self.tr("Destinations by gender"),
            "region": self.tr("Regions"),
            "age_group": self.tr("Age groups"),
            "age_gender": self.tr("Age groups by gender"),
            "caller_role": self.tr("Who contacted"),
            "travel_purpose": self.tr("Purpose of travel"),
            "how_heard": self.tr("How they heard of us"),
            "outcome": self.tr("Outcomes"),
            "channel_gender": self.tr("Channel by gender"),
            "crisis": self.tr("Crisis contacts"),
            "over_time": self.tr("Over time"),
            "non_data": self.tr("Without counselling"),
            "organisation": self.tr("Organisations"),
            "services": self.tr("Services given"),
            "recruitment_methods": self.tr("Recruitment methods"),
            "exploitation_types": self.tr("Exploitation types"),
            "directory_types": self.tr("Contacts abroad given: by type"),
            "directory_countries": self.tr("Contacts abroad given: by country"),
            "consultant": self.tr("Consultants"),
        }.get(key, key)

    def section_note(self, table: StatTable) -> str:
        if table.status == "no_data":
            return self.tr("No data recorded yet: this section is filled from case records, "
                           "which this version does not keep yet.")
        notes = []
        if table.key == "non_data":
            notes.append(self.tr("Calls and messages without counselling are counted apart "
                                 "and never appear in the other tables. Percentages are of "
                                 "all of them."))
        elif len(table.columns) == 1 and not table.partition:
            notes.append(self.tr("A contact can count in several rows; percentages are of "
                                 "all consultations."))
        if table.column_list == "gender":
            notes.append(self.tr("Percentages are of all consultations of that gender."))
        if table.row_list == "country" and table.key.startswith("destination"):
            notes.append(self.tr("Contacts without a destination count as “not defined yet”."))
        if table.internal:
            notes.append(self.tr("Internal: never part of a report for outside release."))
        return " ".join(notes)

    def row_label(self, table: StatTable, code: str) -> str:
        tax = self.service.tax
        if code == NOT_RECORDED:
            return self.tr("Not recorded")
        if table.row_list == "country":
            return countries.name(code, self.lang)
        if table.row_list == "period":
            locale = QLocale()
            if len(code) == 7:
                return f"{locale.standaloneMonthName(int(code[5:]))} {code[:4]}"
            d = date.fromisoformat(code)
            return locale.toString(to_qdate(d), QLocale.FormatType.ShortFormat)
        if table.row_list == "user":
            assert self.stats is not None
            return self.stats.consultant_name(code) or self.tr("Not recorded")
        if table.row_list == "crisis":
            return self.tr("Crisis contacts")
        if table.row_list in tax.lists:
            return tax[table.row_list].label(code, self.lang)
        return code

    def row_heading(self, table: StatTable) -> str:
        return {
            "channel": self.tr("Channel"), "gender": self.tr("Gender"),
            "topic": self.tr("Topic"), "country": self.tr("Country"),
            "region": self.tr("Region"), "age_group": self.tr("Age group"),
            "caller_role": self.tr("Who contacted"), "travel_purpose": self.tr("Purpose"),
            "how_heard": self.tr("Source"), "outcome": self.tr("Outcome"),
            "period": self.tr("Period"), "contact_kind": self.tr("Kind"),
            "organisation": self.tr("Organisation"), "user": self.tr("Consultant"),
        }.get(table.row_list, "")

    def column_label(self, table: StatTable, code: str) -> str:
        if table.column_list == "gender":
            return self.service.tax["gender"].label(code, self.lang)
        return {"count": self.tr("Number"), "consultations": self.tr("Consultations"),
                "non_data": self.tr("Without counselling")}.get(code, code)

    # -- the period --

    def _update_inputs(self) -> None:
        kind = self.period_kind.currentData()
        self.year.setVisible(kind in ("year", "quarter", "month"))
        self.quarter.setVisible(kind == "quarter")
        self.month.setVisible(kind == "month")
        self.date_from.setVisible(kind == "custom")
        self.date_to.setVisible(kind == "custom")

    def _period_changed(self, *_args: Any) -> None:
        self._update_inputs()
        self.timer.start()

    def period(self) -> Period:
        kind = self.period_kind.currentData()
        year = self.year.value()
        if kind == "quarter":
            return Period.quarter(year, int(self.quarter.currentData()))
        if kind == "month":
            return Period.month(year, int(self.month.currentData()))
        if kind == "custom":
            first = self.date_from.last_day()
            last = self.date_to.last_day()
            return Period(min(first, last), max(first, last))
        return Period.year(year)

    def set_period(self, period: Period) -> None:
        """Show ``period`` (as a year, quarter or month when it is one)."""
        unit, n = period.unit
        widgets = (self.period_kind, self.year, self.quarter, self.month, self.date_from,
                   self.date_to)
        for w in widgets:
            w.blockSignals(True)
        try:
            self.year.setValue(period.start.year)
            if unit == "year" and n == 1:
                self.period_kind.setCurrentIndex(0)
            elif unit == "quarter" and n == 1:
                self.period_kind.setCurrentIndex(1)
                self.quarter.setCurrentIndex((period.start.month - 1) // 3)
            elif unit in ("month", "quarter", "year") and period.start.month == period.end.month \
                    and period.start.year == period.end.year:
                self.period_kind.setCurrentIndex(2)
                self.month.setCurrentIndex(period.start.month - 1)
            else:
                self.period_kind.setCurrentIndex(3)
                s, e = period.start, period.end
                self.date_from.set_value(s)
                self.date_to.set_value(e)
        finally:
            for w in widgets:
                w.blockSignals(False)
        self._period_changed()

    def organisation_code(self) -> str | None:
        value = self.organisation.currentData()
        return str(value) if value else None

    # -- computing --

    @property
    def busy(self) -> bool:
        return self.task is not None

    STALE_AFTER = 60.0
    """Seconds after which showing the page again counts anew (records keep coming)."""

    def refresh(self) -> None:
        """Compute again soon (after a short pause, so quick changes compute once)."""
        self.timer.start()

    def mark_stale(self) -> None:
        """The records changed: count again when the page is next shown."""
        self._computed_at = None
        if self.isVisible():
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.task is None and (self._computed_at is None or
                                  time.monotonic() - self._computed_at > self.STALE_AFTER):
            self.refresh()

    def recompute(self) -> None:
        self.timer.stop()
        self._generation += 1
        generation = self._generation
        period = self.period()
        org = self.organisation_code()
        store = self.service.store
        tax = self.service.tax
        self.status.setText(self.tr("Computing…"))

        statistics = StatisticsService(store, self.service.user_id)

        def work(progress: Any) -> Statistics:
            return statistics.compute(period, org, progress=progress, tax=tax)

        self.task = run_task(
            work, lambda result: self._computed(generation, result),
            lambda exc: self._failed(generation, exc), parent=self,
            label=self.tr("Computing the statistics…"))

    def _computed(self, generation: int, result: Statistics) -> None:
        if generation != self._generation:
            return  # the period changed meanwhile; a newer computation is running
        self.task = None
        self._computed_at = time.monotonic()
        self.stats = result
        self.tables = {t.key: t for t in result.tables(self.service.tax)}
        self._show_figures()
        current = self.sections.currentItem()
        key = current.data(Qt.ItemDataRole.UserRole) if current else "channel"
        self._fill_sections()
        self.select_section(str(key))
        self.status.setText(self.tr("Computed in %1 s.").replace(
            "%1", QLocale().toString(result.seconds, "f", 2)))

    def _failed(self, generation: int, exc: Exception) -> None:
        if generation != self._generation:
            return
        self.task = None
        if isinstance(exc, stats.StatsCancelled):
            self.status.setText(self.tr("Cancelled."))
            return
        log.error("statistics failed: %s", type(exc).__name__)
        self.status.setText(self.tr("The statistics could not be computed; the log file has "
                                    "the details."))

    def _show_figures(self) -> None:
        s = self.stats
        if s is None:
            self.figures.setText("")
            return
        locale = QLocale()

        def num(n: int) -> str:
            return locale.toString(n)

        def pct(value: float | None, signed: bool = False) -> str:
            if value is None:
                return "—"
            text = locale.toString(value, "f", 1)
            return ("+" + text if signed and value > 0 else text) + " %"

        prev = s.previous
        change = (self.tr("not comparable") if prev.change_pct is None
                  else pct(prev.change_pct, signed=True))
        parts = [
            self.tr("Consultations: %1").replace("%1", num(s.total)),
            self.tr("previous period (%1): %2, change %3").replace(
                "%1", report.period_text(prev.period)).replace("%2", num(prev.total))
            .replace("%3", change),
            self.tr("crisis contacts: %1 (%2)").replace("%1", num(s.crisis)).replace(
                "%2", pct(s.crisis_pct)),
            self.tr("without counselling, counted apart: %1").replace("%1", num(s.non_data)),
        ]
        self.figures.setText(" · ".join(parts))

    # -- sections --

    def _fill_sections(self) -> None:
        keys = list(self.tables) or [
            "channel", "gender", "topic", "topic_gender", "destination", "destination_gender",
            "region", "age_group", "age_gender", "caller_role", "travel_purpose",
            "how_heard", "outcome", "channel_gender", "crisis", "over_time", "non_data",
            *stats.section_keys()]
        self.sections.blockSignals(True)
        current = self.sections.currentItem()
        selected = current.data(Qt.ItemDataRole.UserRole) if current else None
        self.sections.clear()
        for key in keys:
            item = QListWidgetItem(self.section_title(key))
            item.setToolTip(item.text())
            item.setData(Qt.ItemDataRole.UserRole, key)
            table = self.tables.get(key)
            if table is not None and table.status == "no_data":
                item.setForeground(QBrush(QColor("#6c757d")))
            self.sections.addItem(item)
            if key == selected:
                self.sections.setCurrentItem(item)
        self.sections.blockSignals(False)
        # Wide enough for the longest section title in the interface language.
        needed = (self.sections.sizeHintForColumn(0) + 2 * self.sections.frameWidth()
                  + self.sections.verticalScrollBar().sizeHint().width() + 4)
        self.sections.setMaximumWidth(max(280, min(needed, 380)))
        self.sections.setMinimumWidth(min(max(190, needed), 380))

    def select_section(self, key: str) -> None:
        for i in range(self.sections.count()):
            if self.sections.item(i).data(Qt.ItemDataRole.UserRole) == key:
                self.sections.setCurrentRow(i)
                self._show_section(i)
                return
        if self.sections.count():
            self.sections.setCurrentRow(0)
            self._show_section(0)

    def current_table(self) -> StatTable | None:
        item = self.sections.currentItem()
        if item is None:
            return None
        return self.tables.get(str(item.data(Qt.ItemDataRole.UserRole)))

    def _show_section(self, _row: int) -> None:
        table = self.current_table()
        item = self.sections.currentItem()
        self.title.setText(self.section_title(str(item.data(Qt.ItemDataRole.UserRole)))
                           if item else "")
        self.chart.setAccessibleName(self.tr("Chart: %1").replace("%1", self.title.text()))
        self.view.setAccessibleName(self.tr("Table: %1").replace("%1", self.title.text()))
        if table is None:
            self.note.setText("")
            self.model.set_rows([], [], [])
            self.chart.set_data([], [])
            return
        self.note.setText(self.section_note(table))
        self._fill_table(table)
        self._fill_chart(table)

    def _fill_table(self, table: StatTable) -> None:
        locale = QLocale()

        def num(n: int) -> tuple[str, Any]:
            return locale.toString(n), n

        def pct(value: float | None, signed: bool = False) -> tuple[str, Any]:
            if value is None:
                return "—", -1e18
            text = locale.toString(value, "f", 1) + " %"
            return ("+" + text if signed and value > 0 else text), value

        if table.status == "no_data":
            self.model.set_rows([self.tr("Number")], [], [True])
            return
        single = len(table.columns) == 1
        previous = table.previous
        headers = [self.row_heading(table)]
        numeric = [False]
        for c in table.columns:
            headers += [self.column_label(table, c), "%"]
            numeric += [True, True]
        if single and previous is not None:
            headers += [self.tr("Previous period"), self.tr("Change, %")]
            numeric += [True, True]
        if not single and table.column_list == "gender":
            headers.append(self.tr("Total"))
            numeric.append(True)
        rows = []
        for r in table.rows:
            label = self.row_label(table, r)
            cells: list[tuple[str, Any]] = [(label, label.casefold())]
            for c in table.columns:
                cells += [num(table.value(r, c)), pct(table.percent(r, c))]
            if single and previous is not None:
                before = previous.get(r, 0)
                now = table.value(r, table.columns[0])
                cells += [num(before), pct(stats.change_pct(now, before), signed=True)]
            if not single and table.column_list == "gender":
                cells.append(num(table.row_total(r)))
            rows.append(cells)
        self.proxy.sort(-1)
        self.view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.model.set_rows(headers, rows, numeric)

    def _fill_chart(self, table: StatTable) -> None:
        if table.status == "no_data" or not table.chart_rows:
            self.chart.set_data([], [])
            self.chart_area.setVisible(False)
            return
        self.chart_area.setVisible(True)
        locale = QLocale()
        rows = table.rows[:table.chart_rows]
        columns = table.chart_columns or table.columns
        series = []
        for c in columns:
            values: list[int | None] = [table.value(r, c) for r in rows]
            if len(table.columns) == 1:
                texts = []
                for r in rows:
                    p = table.percent(r, c)
                    share = "—" if p is None else locale.toString(p, "f", 1) + " %"
                    texts.append(f"{locale.toString(table.value(r, c))} ({share})")
            else:
                texts = [locale.toString(table.value(r, c)) for r in rows]
            series.append((self.column_label(table, c), values, texts))
        self.chart.set_data([self.row_label(table, r) for r in rows], series)
        # The chart whole when it fits in three fifths of the space, the table below.
        total = sum(self.split.sizes()) or self.split.height()
        wanted = self.chart.sizeHint().height() + 2 * self.chart_area.frameWidth() + 2
        chart_h = min(wanted, int(total * 0.6))
        self.split.setSizes([chart_h, max(total - chart_h, 1)])

    # -- export --

    def export(self, suffix: str) -> None:
        if self.stats is None:
            return
        filters = {".pdf": self.tr("PDF document (*.pdf)"),
                   ".xlsx": self.tr("Excel workbook (*.xlsx)"),
                   ".csv": self.tr("CSV table (*.csv)")}
        period = self.stats.period
        suggested = f"infoline-{period.start.isoformat()}-{period.end.isoformat()}{suffix}"
        path = msgbox.save_file(self, self.tr("Export the report"), filters[suffix], suggested)
        if not path:
            return
        if Path(path).suffix.lower() != suffix:
            path += suffix
        options = report.ReportOptions(
            lang=self.lang, release=self.release.isChecked(), threshold=self.threshold.value(),
            author=self.author, site_name=str(self.service.store.setting("site_name") or ""))
        result = self.stats
        tax = self.service.tax

        statistics = StatisticsService(self.service.store, self.service.user_id)

        def work(_progress: Any) -> Path:  # the export is written to the audit log
            return statistics.write_report(report.build(result, options, tax), path,
                                           result.period, result.organisation)

        self.export_task = run_task(work, self._exported, self._export_failed, parent=self,
                                    label=self.tr("Writing the report…"))

    def _exported(self, path: Path) -> None:
        self.export_task = None
        self.status.setText(self.tr("Report saved: %1").replace("%1", str(path)))

    def _export_failed(self, exc: Exception) -> None:
        self.export_task = None
        detail = str(exc) if isinstance(exc, report.ReportError) else type(exc).__name__
        msgbox.error(self, self.tr("The report was not saved"), self.tr(
            "The report could not be written. Choose another folder or file name."), detail)
