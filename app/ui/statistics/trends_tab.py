"""The statistics page's trends tab: several years (or quarters) side by side for one
dimension, computed in the background and shown as the report's trend tables.

It is a part of :class:`app.ui.statistics.page.StatisticsPage` (which inherits it) and
uses the page's widgets and services; its texts are translated in the page's context
("StatisticsPage", see CONTEXT_FIXES in scripts/translations.py).
"""

from __future__ import annotations

import logging
from datetime import date
from typing import Any

from app.services.statistics import report, trends
from app.services.statistics.service import StatisticsService
from app.services.statistics.sums import Period
from app.ui.tasks import run_task

log = logging.getLogger("app.ui")


class TrendsTab:
    """Several years or quarters side by side (mixed into the page)."""

    def trend_periods(self) -> tuple[Period, ...]:
        """The years (or quarters) side by side, ending with the period's."""
        end = self.stats.period.end if self.stats is not None else date.today()
        n = self.trend_count.value()
        if self.trend_unit.currentData() == "quarter":
            return trends.quarters(end.year, (end.month - 1) // 3 + 1, n)
        return trends.years(end.year, n)

    def recompute_trends(self, *_args: Any) -> None:
        if self.stats is None:
            return
        self._trend_generation += 1
        generation = self._trend_generation
        periods = self.trend_periods()
        org = self.stats.organisation
        statistics = StatisticsService(self.service.store, self.service.user_id)
        self.ui.trend_note.setText(self.tr("Computing…"))

        def work(_progress: Any) -> trends.Trends:
            return statistics.trends(periods, org)

        def done(result: trends.Trends) -> None:
            if generation == self._trend_generation:
                self.trend_task = None
                self.trends = result
                self._show_trend()

        def failed(exc: Exception) -> None:
            if generation == self._trend_generation:
                self.trend_task = None
                log.error("trends failed: %s", type(exc).__name__)
                self.ui.trend_note.setText(self.tr(
                    "The trends could not be computed; the log file has the details."))

        self.trend_task = run_task(work, done, failed, parent=self,
                                   label=self.tr("Computing the trends…"))

    def trend_note_text(self) -> None:
        self.ui.trend_note.setText(self.tr(
            "Counts and shares per period; shares are of the period's consultations (of "
            "its persons, for recruitment and exploitation). The last column is the change "
            "of the last period against the one before."))

    def _show_trend(self, *_args: Any) -> None:
        if self.trends is None or self.stats is None:
            self.trend_model.set_rows([], [], [])
            return
        self.trend_note_text()
        dim = str(self.trend_dimension.currentData())
        options = report.ReportOptions(lang=self.lang)
        tables = report.trend_tables(self.trends, self.stats, options, self.service.tax)
        table = next(t for t in tables if t.key == f"trend_{dim}")
        if table.status != "ok":
            self.trend_model.set_rows([self.tr("Number")], [], [True])
            self.ui.trend_note.setText(self.tr("No data for these periods."))
            return
        headers = [table.row_heading, *(c.label for c in table.columns)]
        rows = []
        for row in table.rows:
            cells: list[tuple[str, Any]] = [(row.label, row.label.casefold())]
            for value, column in zip(row.cells, table.columns, strict=True):
                cells.append((report.fmt_cell(value, column.kind, self.lang), value))
            rows.append(cells)
        self.trend_model.set_rows(headers, rows, [False] + [True] * len(table.columns))
