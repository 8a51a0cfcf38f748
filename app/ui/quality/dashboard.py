"""Quality dashboards: scores per consultant and per section over time, the weakest
criteria of the team, reviews done against the plan; exported as XLSX or PDF."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QLocale, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QFont,
    QKeyEvent,
    QPainter,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.services.quality import Dashboard, QualityService, Series
from app.services.quality import export as quality_export
from app.ui.messages import user_text
from app.ui.quality.review_view import local_time, percent_text
from app.ui.tasks import Task, run_task
from app.ui.widgets import msgbox
from app.ui.widgets.charts import ChartText
from app.ui.widgets.datefield import DateField
from app.ui.widgets.style import BORDER_GREY, SERIES_COLOURS
from app.ui.widgets.tables import read_only_table

PALETTE = SERIES_COLOURS


def month_label(key: str) -> str:
    year, month = key.split("-")
    return f"{month}.{year[2:]}"


class TrendChart(ChartText, QWidget):
    """Lines of monthly averages (0–100 %) with the band limits dashed behind them. Its
    data are its accessible description, and Enter shows them as a table."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.months: tuple[str, ...] = ()
        self.series: tuple[Series, ...] = ()
        self.bands: tuple[tuple[float, str], ...] = ()
        self.empty_text = ""
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.init_chart_text()

    def chart_table(self) -> tuple[list[str], list[list[str]]]:
        locale = QLocale()

        def shown(value: float | None) -> str:
            return "—" if value is None else locale.toString(round(value, 1)) + "\u00a0%"

        headers = ["", *(month_label(m) for m in self.months)]
        return headers, [[s.label, *(shown(v) for v in s.values)] for s in self.series]

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self.chart_key(event):
            super().keyPressEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        self.chart_menu(event)

    def sizeHint(self) -> QSize:
        return QSize(640, 220)

    def minimumSizeHint(self) -> QSize:
        return QSize(240, 140)

    def set_data(self, months: tuple[str, ...], series: tuple[Series, ...],
                 bands: tuple[tuple[float, str], ...]) -> None:
        self.months = months
        self.series = tuple(s for s in series if s.n)
        self.bands = bands
        self.update_chart_text()
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self.palette().base())
        self.paint_focus(painter)
        metrics = painter.fontMetrics()
        if not self.series or not self.months:
            painter.setPen(self.palette().placeholderText().color())
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.empty_text)
            return
        legend_width = min(220, max(metrics.horizontalAdvance(s.label) for s in self.series)
                           + 30)
        left = metrics.horizontalAdvance("100 %") + 10
        top = metrics.height() / 2 + 4
        plot = QRectF(left, top, max(self.width() - left - legend_width - 20, 40),
                      max(self.height() - top - metrics.height() - 12, 40))
        grid = QPen(QColor(BORDER_GREY))
        text_pen = QPen(self.palette().text().color())
        for value in range(0, 101, 20):
            y = plot.bottom() - plot.height() * value / 100
            painter.setPen(grid)
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(text_pen)
            painter.drawText(QRectF(0, y - metrics.height() / 2, left - 6, metrics.height()),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             f"{value} %")
        for minimum, colour in self.bands[1:]:
            pen = QPen(QColor(colour))
            pen.setStyle(Qt.PenStyle.DashLine)
            painter.setPen(pen)
            y = plot.bottom() - plot.height() * minimum / 100
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        count = len(self.months)
        step = plot.width() / max(count - 1, 1)

        def x_of(i: int) -> float:
            return plot.left() + (step * i if count > 1 else plot.width() / 2)

        label_every = max(1, int((metrics.horizontalAdvance("00.00") + 12) // max(step, 1)) + 1)
        painter.setPen(text_pen)
        for i, key in enumerate(self.months):
            if i % label_every == 0 or i == count - 1:
                painter.drawText(QRectF(x_of(i) - 30, plot.bottom() + 4, 60, metrics.height()),
                                 Qt.AlignmentFlag.AlignHCenter, month_label(key))
        for n, s in enumerate(self.series):
            colour = QColor(PALETTE[n % len(PALETTE)])
            pen = QPen(colour, 2)
            painter.setPen(pen)
            previous: QPointF | None = None
            for i, value in enumerate(s.values):
                if value is None:
                    continue
                point = QPointF(x_of(i), plot.bottom() - plot.height() * value / 100)
                if previous is not None:
                    painter.drawLine(previous, point)
                painter.setBrush(colour)
                painter.drawEllipse(point, 3, 3)
                previous = point
            y = plot.top() + n * (metrics.height() + 4)
            x = plot.right() + 14
            painter.drawLine(QPointF(x, y + metrics.height() / 2),
                             QPointF(x + 14, y + metrics.height() / 2))
            painter.setPen(text_pen)
            painter.drawText(QRectF(x + 18, y, legend_width - 20, metrics.height()),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             metrics.elidedText(s.label, Qt.TextElideMode.ElideRight,
                                                int(legend_width - 20)))
        painter.end()


def _item(text: str, right: bool = False, bold: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    if right:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    if bold:
        font = QFont(item.font())
        font.setBold(True)
        item.setFont(font)
    return item


def _table() -> QTableWidget:
    return read_only_table(QTableWidget(0, 0), single=False, stretch_last=False)


class DashboardTab(QWidget):
    def __init__(self, quality: QualityService, lang: str, today: date | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.quality = quality
        self.lang = lang
        self.data: Dashboard | None = None
        self.stale = True
        self.task: Task | None = None
        today = today or date.today()
        first = date(today.year - (1 if today.month <= 5 else 0),
                     (today.month - 6) % 12 + 1, 1)
        self.start = DateField(first)
        self.end = DateField(today)
        for edit in (self.start, self.end):
            edit.value_changed.connect(lambda: self.refresh(force=True))
        self.period_label = QLabel()
        self.period_label.setBuddy(self.start)
        self.series_choice = QComboBox()
        self.series_choice.currentIndexChanged.connect(self._draw_chart)
        self.xlsx_button = QPushButton()
        self.pdf_button = QPushButton()
        self.xlsx_button.clicked.connect(lambda: self.export(".xlsx"))
        self.pdf_button.clicked.connect(lambda: self.export(".pdf"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.chart = TrendChart()
        self.chart.setAccessibleName(self.tr("Mean scores by month"))
        self.tables = QTabWidget()
        self.by_consultant = _table()
        self.by_section = _table()
        self.weakest = _table()
        self.plan = _table()
        self.reviews = _table()
        for t in (self.by_consultant, self.by_section, self.weakest, self.plan, self.reviews):
            self.tables.addTab(t, "")

        top = QHBoxLayout()
        top.addWidget(self.period_label)
        top.addWidget(self.start)
        top.addWidget(QLabel("–"))
        top.addWidget(self.end)
        top.addSpacing(12)
        top.addWidget(self.series_choice)
        top.addStretch(1)
        top.addWidget(self.xlsx_button)
        top.addWidget(self.pdf_button)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.chart)
        splitter.addWidget(self.tables)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(splitter, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.period_label.setText(self.tr("&Period:"))
        self.series_choice.setAccessibleName(self.tr("What the chart shows"))
        current = max(self.series_choice.currentIndex(), 0)
        self.series_choice.blockSignals(True)
        self.series_choice.clear()
        self.series_choice.addItem(self.tr("Chart: by consultant"), "consultants")
        self.series_choice.addItem(self.tr("Chart: by section"), "sections")
        self.series_choice.setCurrentIndex(current)
        self.series_choice.blockSignals(False)
        self.xlsx_button.setText(self.tr("Export &XLSX…"))
        self.pdf_button.setText(self.tr("Export P&DF…"))
        self.chart.empty_text = self.tr("No completed reviews in this period.")
        for i, text in enumerate((self.tr("By consultant"), self.tr("By section"),
                                  self.tr("Weakest criteria"), self.tr("Against the plan"),
                                  self.tr("Completed reviews"))):
            self.tables.setTabText(i, text)

    def mark_stale(self) -> None:
        self.stale = True

    def refresh(self, force: bool = False) -> None:
        if not (force or self.stale) and self.data is not None:
            return
        start, end = self.start.last_day(), self.end.last_day()
        if end < start:
            self.summary.setText(self.tr("The period ends before it starts."))
            return
        self.data = self.quality.dashboard(start, end, self.lang)
        self.stale = False
        self._fill()

    # -- filling --

    def _fill(self) -> None:
        d = self.data
        if d is None:
            return
        lang = self.lang
        parts = [self.tr("Completed reviews: %1").replace("%1", str(d.reviewed)),
                 self.tr("team average %1").replace("%1", percent_text(d.team_mean, lang))]
        parts += [f"{b.label}: {b.count}" for b in d.bands]
        parts.append(self.tr("meetings %1, examinations %2, trainings %3")
                     .replace("%1", str(d.staff_counts.get("meeting", 0)))
                     .replace("%2", str(d.staff_counts.get("examination", 0)))
                     .replace("%3", str(d.staff_counts.get("training", 0))))
        self.summary.setText(" · ".join(parts))
        self._fill_trend(self.by_consultant, self.tr("Consultant"), d.consultants)
        self._fill_trend(self.by_section, self.tr("Section"),
                         tuple(s for s in d.sections if s.n))
        self._fill_rows(self.weakest,
                        [self.tr("Criterion"), self.tr("Section"), self.tr("Average"),
                         self.tr("Applied"), self.tr("Scored 0")],
                        [[c.label, c.section_label, percent_text(c.percent, lang),
                          str(c.applicable), str(c.zeros)] for c in d.weakest], right_from=2)
        self._fill_rows(self.plan,
                        [self.tr("Round"), self.tr("Consultant"), self.tr("Planned"),
                         self.tr("Completed"), self.tr("In progress"), self.tr("Done")],
                        [[p.round_name if p.consultant_id is None else "",
                          p.consultant_name if p.consultant_id else self.tr("Whole round"),
                          str(p.planned), str(p.complete), str(p.drafts),
                          percent_text(round(100 * p.complete / p.planned, 1)
                                       if p.planned else None, lang)]
                         for p in d.progress], right_from=2,
                        bold_rows={i for i, p in enumerate(d.progress) if p.consultant_id is None})
        self._fill_rows(self.reviews,
                        [self.tr("Completed"), self.tr("Contact"), self.tr("Consultant"),
                         self.tr("Reviewer"), self.tr("Score"), self.tr("Band"),
                         self.tr("Read")],
                        [[local_time(r.completed_at), local_time(r.contact_started_at),
                          r.consultant_name, r.reviewer_name, percent_text(r.overall, lang),
                          r.band_label, self.tr("yes") if r.read else self.tr("no")]
                         for r in d.reviews], right_from=4, right_to=4)
        self._draw_chart()

    def _fill_trend(self, table: QTableWidget, first: str, rows: tuple[Series, ...]) -> None:
        d = self.data
        assert d is not None
        header = [first, self.tr("Average"), self.tr("Reviews"),
                  *(month_label(m) for m in d.months)]
        body = [[s.label, percent_text(s.mean, self.lang), str(s.n),
                 *(percent_text(v, self.lang) if v is not None else "" for v in s.values)]
                for s in rows]
        self._fill_rows(table, header, body, right_from=1)

    @staticmethod
    def _fill_rows(table: QTableWidget, header: list[str], rows: list[list[str]],
                   right_from: int = 1, right_to: int | None = None,
                   bold_rows: set[int] | None = None) -> None:
        table.clear()
        table.setColumnCount(len(header))
        table.setHorizontalHeaderLabels(header)
        table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                right = c >= right_from and (right_to is None or c <= right_to)
                table.setItem(r, c, _item(text, right, bool(bold_rows and r in bold_rows)))
        table.resizeColumnsToContents()

    def _draw_chart(self) -> None:
        d = self.data
        if d is None:
            return
        which = self.series_choice.currentData()
        series = d.sections if which == "sections" else d.consultants
        self.chart.set_data(d.months, series, d.band_minimums)

    # -- export --

    def export_texts(self) -> quality_export.ExportTexts:
        return quality_export.ExportTexts(
            title=self.tr("Counselling quality"), period=self.tr("Period"),
            generated=self.tr("Made"), site=self.tr("Site"),
            reviewed=self.tr("Completed reviews"), team_mean=self.tr("Team average, %"),
            by_consultant=self.tr("Scores by consultant, %"),
            chart=self.tr("Average score by month, %"),
            by_section=self.tr("Scores by section, %"), weakest=self.tr("Weakest criteria"),
            plan=self.tr("Reviews against the plan"), reviews=self.tr("Completed reviews"),
            bands=self.tr("Band"), staff=self.tr("Staff development"),
            consultant=self.tr("Consultant"), section=self.tr("Section"),
            criterion=self.tr("Criterion"), mean=self.tr("Average, %"),
            count=self.tr("Reviews"), applicable=self.tr("Applied"), zeros=self.tr("Scored 0"),
            round=self.tr("Round"), planned=self.tr("Planned"), complete=self.tr("Completed"),
            drafts=self.tr("In progress"), whole_round=self.tr("Whole round"),
            contact_date=self.tr("Contact"), completed_at=self.tr("Completed"),
            reviewer=self.tr("Reviewer"), score=self.tr("Score, %"), band=self.tr("Band"),
            revision=self.tr("Version"), read=self.tr("Read"), yes=self.tr("yes"),
            no=self.tr("no"), page=self.tr("Page %1"),
            staff_types={"meeting": self.tr("Meetings"),
                         "examination": self.tr("Examinations"),
                         "training": self.tr("Trainings")})

    def export(self, suffix: str) -> None:
        if self.data is None or self.stale:
            self.refresh(force=True)
        d = self.data
        if d is None:
            return
        name = self.tr("quality") + f"-{d.start:%Y%m%d}-{d.end:%Y%m%d}{suffix}"
        filters = self.tr("Excel workbook (*.xlsx)") if suffix == ".xlsx" else self.tr(
            "PDF document (*.pdf)")
        chosen = msgbox.save_file(self, self.tr("Export the dashboard"), filters, name)
        if not chosen:
            return
        path = Path(chosen)
        if path.suffix.lower() != suffix:
            path = path.with_name(path.name + suffix)
        texts = self.export_texts()
        site = str(self.quality.store.setting("site_name") or "")

        def work(_progress: object) -> Path:  # the export is written to the audit log
            return self.quality.export_dashboard(d, path, texts, site)

        def done(result: Path) -> None:
            self.task = None
            msgbox.info(self, self.tr("Exported"),
                        self.tr("The dashboard was saved to %1").replace("%1", str(result)))

        def failed(exc: Exception) -> None:
            self.task = None
            msgbox.error(self, self.tr("Not exported"), user_text(exc))

        self.task = run_task(work, done, failed, parent=self, label=self.tr("Exporting…"))
