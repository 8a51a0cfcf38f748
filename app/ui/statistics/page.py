"""Statistics: the annual report's tables and charts for any period, on screen.

Choose a period (a year, a quarter, a month, or any dates) and one organisation or
both; the numbers are computed in the background (app.services.statistics.sums) and shown as
one table and one bar chart per section. Every table sorts by a click on its heading
and copies to a spreadsheet with Ctrl+C. A second tab shows several years (or
quarters) side by side; a third keeps the manager's texts for the published report of
the period. The report goes out as PDF, DOCX, XLSX or CSV, optionally "for outside
release" (small numbers suppressed, no names); a chart alone as PNG or SVG.

The layout is the Qt Designer form app/forms/statistics_page.ui (compiled by
scripts/build_forms.py); the widgets it cannot name (the date fields, the chart, the
copying table) are put into its empty slots here.

The page's class is in parts, each in a module beside this one that it inherits: the
exports (export.py), the texts tab (texts_tab.py), the trends tab (trends_tab.py) and
the campaigns tab (campaigns_tab.py); this module keeps the set-up, the period, the
computing and the sections. The parts' texts are translated in this class's context.
"""

from __future__ import annotations

import logging
import time
from datetime import date
from typing import Any

from PySide6.QtCore import QLocale, QSortFilterProxyModel, Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QListWidgetItem,
    QMenu,
    QPlainTextEdit,
    QWidget,
)

from app.forms.ui_statistics_page import Ui_StatisticsPage
from app.models import countries
from app.models.reports import TEXT_BLOCKS
from app.services.contacts.service import ContactService
from app.services.statistics import campaigns, report, trends
from app.services.statistics import sums as stats
from app.services.statistics.service import StatisticsService
from app.services.statistics.sums import NOT_RECORDED, Period, Statistics, StatTable
from app.ui.statistics.campaigns_tab import CampaignsTab
from app.ui.statistics.export import ReportExport
from app.ui.statistics.texts_tab import ReportTextsTab
from app.ui.statistics.trends_tab import TrendsTab
from app.ui.statistics.widgets import (
    SORT_ROLE,
    BarChart,
    CopyableTableView,
    StatTableModel,
)
from app.ui.tasks import Task, run_task
from app.ui.widgets.datefield import DateField, to_qdate
from app.ui.widgets.style import MUTED_GREY, heading

log = logging.getLogger("app.ui")


# -- the page -----------------------------------------------------------------------


class StatisticsPage(ReportExport, ReportTextsTab, TrendsTab, CampaignsTab, QWidget):
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
        self.trend_task: Task | None = None
        self.trends: trends.Trends | None = None
        self._generation = 0
        self._trend_generation = 0
        self._computed_at: float | None = None  # monotonic seconds
        self._texts_for: tuple[Period, str | None] | None = None
        tax = service.tax
        today = date.today()

        # The layout is the Designer form app/forms/statistics_page.ui.
        self.ui = Ui_StatisticsPage()
        self.ui.setupUi(self)
        ui = self.ui
        self.period_label, self.period_kind, self.year = ui.period_label, ui.period_kind, ui.year
        self.quarter, self.month, self.organisation = ui.quarter, ui.month, ui.organisation
        self.org_label, self.refresh_button, self.figures = (ui.org_label, ui.refresh_button,
                                                             ui.figures)
        self.tabs, self.sections, self.title, self.note = ui.tabs, ui.sections, ui.title, ui.note
        self.split, self.chart_area, self.status = ui.split, ui.chart_area, ui.status
        self.release, self.threshold, self.export_button = (ui.release, ui.threshold,
                                                            ui.export_button)
        self.chart_button, self.save_texts_button = ui.chart_button, ui.save_texts_button
        self.trend_dimension, self.trend_count, self.trend_unit = (
            ui.trend_dimension, ui.trend_count, ui.trend_unit)
        self.text_edits: dict[str, QPlainTextEdit] = {
            b: getattr(ui, f"text_{b}") for b in TEXT_BLOCKS}
        heading(self.title, 2)

        for key in self.PERIOD_KINDS:
            self.period_kind.addItem(key, key)
        self.year.setValue(today.year)
        for q in range(1, 5):
            self.quarter.addItem(str(q), q)
        self.quarter.setCurrentIndex((today.month - 1) // 3)
        locale = QLocale()
        for m in range(1, 13):
            self.month.addItem(locale.standaloneMonthName(m), m)
        self.month.setCurrentIndex(today.month - 1)
        self.date_from = DateField(today.replace(month=1, day=1))
        self.date_to = DateField(today)
        ui.date_from_layout.addWidget(self.date_from)
        ui.date_to_layout.addWidget(self.date_to)
        self.organisation.addItem("", None)
        for c in tax["organisation"].active():
            self.organisation.addItem(c.label(lang), c.code)
        self.threshold.setValue(report.DEFAULT_THRESHOLD)
        self.export_menu = QMenu(self)
        self.export_actions = {}
        for suffix in report.FORMATS:
            action = self.export_menu.addAction(suffix)
            action.triggered.connect(lambda _checked=False, s=suffix: self.export(s))
            self.export_actions[suffix] = action
        self.export_button.setMenu(self.export_menu)

        self.chart = BarChart()
        self.chart_area.setWidget(self.chart)
        self.split.setStretchFactor(0, 3)
        self.split.setStretchFactor(1, 2)
        ui.body.setStretchFactor(1, 1)
        self.model = StatTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.view = CopyableTableView()
        ui.table_layout.addWidget(self.view)
        for view, proxy in ((self.view, self.proxy), (ui.trend_view, None)):
            if proxy is not None:
                view.setModel(proxy)
            view.setSortingEnabled(proxy is not None)
            view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            view.setAlternatingRowColors(True)
            view.verticalHeader().hide()
            view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
            view.horizontalHeader().setSectionResizeMode(
                QHeaderView.ResizeMode.ResizeToContents)
            view.horizontalHeader().setStretchLastSection(False)
        self.view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.trend_model = StatTableModel(self)
        ui.trend_view.setModel(self.trend_model)
        self.trend_view = ui.trend_view
        for dim in trends.DIMENSIONS:
            self.trend_dimension.addItem(dim, dim)
        self.trend_unit.addItem("years", "year")
        self.trend_unit.addItem("quarters", "quarter")
        # Campaigns: the dates are the app's date fields, put into the form's slots.
        self.campaign_from = DateField(today)
        self.campaign_to = DateField(optional=True)
        ui.campaign_from_layout.addWidget(self.campaign_from)
        ui.campaign_to_layout.addWidget(self.campaign_to)
        for code in tax["how_heard"].active():
            ui.campaign_channel.addItem(code.label(lang), code.code)
        self.campaign_chart = BarChart()
        ui.campaign_chart_area.setWidget(self.campaign_chart)
        self.campaign_model = StatTableModel(self)
        ui.campaign_view.setModel(self.campaign_model)
        ui.campaign_view.verticalHeader().hide()
        ui.campaign_view.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.campaign_rows: list[campaigns.CampaignRow] = []
        self.campaign_effect: campaigns.CampaignEffect | None = None

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
        self.chart_button.clicked.connect(self.save_chart)
        self.save_texts_button.clicked.connect(self.save_texts)
        self.trend_dimension.currentIndexChanged.connect(self._show_trend)
        self.trend_count.valueChanged.connect(self.recompute_trends)
        self.trend_unit.currentIndexChanged.connect(self.recompute_trends)
        self.tabs.currentChanged.connect(self._tab_changed)
        ui.add_campaign_button.clicked.connect(self.add_campaign)
        ui.remove_campaign_button.clicked.connect(self.remove_campaign)
        ui.campaign_list.currentRowChanged.connect(self._show_campaign)
        shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.recompute)
        self.threshold.setEnabled(False)
        self.retranslate()
        self._update_inputs()

    # -- words --

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)
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
        self.export_actions[".pdf"].setText(self.tr("PDF document…"))
        self.export_actions[".docx"].setText(self.tr("Word document (DOCX), to edit…"))
        self.export_actions[".xlsx"].setText(self.tr("Excel workbook (XLSX)…"))
        self.export_actions[".csv"].setText(self.tr("CSV table…"))
        dims = {"topic": self.tr("Topics"), "destination": self.tr("Destination countries"),
                "recruitment_methods": self.tr("Recruitment methods"),
                "exploitation_types": self.tr("Exploitation types"),
                "channel": self.tr("Phone and e-mail"), "gender": self.tr("Women and men"),
                "crisis": self.tr("Crisis contacts")}
        for i in range(self.trend_dimension.count()):
            self.trend_dimension.setItemText(i, dims[self.trend_dimension.itemData(i)])
        units = {"year": self.tr("years"), "quarter": self.tr("quarters")}
        for i in range(self.trend_unit.count()):
            self.trend_unit.setItemText(i, units[self.trend_unit.itemData(i)])
        self.trend_note_text()
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
        self._load_texts()
        if self.tabs.currentWidget() is self.ui.tab_trends:
            self.recompute_trends()
        else:
            self.trends = None

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
        compared = (self.tr("the same days of the previous period (%1): %2, change %3")
                    if prev.same_days else self.tr("previous period (%1): %2, change %3"))
        parts = [
            self.tr("Consultations: %1").replace("%1", num(s.total)),
            compared.replace("%1", report.period_text(prev.period)).replace(
                "%2", num(prev.total)).replace("%3", change),
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
                item.setForeground(QBrush(QColor(MUTED_GREY)))
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

    # -- the tabs (their parts are in trends_tab.py and campaigns_tab.py) --

    def _tab_changed(self, _index: int) -> None:
        if self.tabs.currentWidget() is self.ui.tab_trends and self.trends is None:
            self.recompute_trends()
        if self.tabs.currentWidget() is self.ui.tab_campaigns:
            self.load_campaigns()
