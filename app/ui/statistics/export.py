"""The statistics page's exports: the report of the period computed, written in the
background as PDF, DOCX, XLSX or CSV (optionally for outside release), and the chart
shown, alone, as PNG or SVG; each export is written to the audit log.

It is a part of :class:`app.ui.statistics.page.StatisticsPage` (which inherits it) and
uses the page's widgets and services; its texts are translated in the page's context
("StatisticsPage", see CONTEXT_FIXES in scripts/translations.py).
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

from app.services.statistics import blocks, campaigns, charts, report
from app.services.statistics.service import StatisticsService
from app.ui.tasks import run_task
from app.ui.widgets import msgbox


class ReportExport:
    """Writing the report (PDF, DOCX, XLSX, CSV) and saving a chart (mixed into the page)."""

    def export(self, suffix: str) -> None:
        if self.stats is None:
            return
        filters = {".pdf": self.tr("PDF document (*.pdf)"),
                   ".docx": self.tr("Word document (*.docx)"),
                   ".xlsx": self.tr("Excel workbook (*.xlsx)"),
                   ".csv": self.tr("CSV table (*.csv)")}
        period = self.stats.period
        suggested = f"infoline-{period.start.isoformat()}-{period.end.isoformat()}{suffix}"
        path = msgbox.save_file(self, self.tr("Export the report"), filters[suffix], suggested)
        if not path:
            return
        if Path(path).suffix.lower() != suffix:
            path += suffix
        if self._texts_changed() and not self.save_texts():
            return
        result = self.stats
        tax = self.service.tax
        statistics = StatisticsService(self.service.store, self.service.user_id)
        store = self.service.store
        trend_periods = self.trend_periods()
        options = report.ReportOptions(
            lang=self.lang, release=self.release.isChecked(), threshold=self.threshold.value(),
            author=self.author, site_name=str(store.setting("site_name") or ""),
            texts=blocks.load(store, result.period, result.organisation))
        user_id = self.service.user_id

        def work(_progress: Any) -> Path:  # the export is written to the audit log
            found = statistics.trends(trend_periods, result.organisation)
            effects = campaigns.started_in(store, user_id, result.period, result.organisation)
            built = report.build(result, replace(options, trends=found, campaigns=effects),
                                 tax)
            return statistics.write_report(built, path, result.period, result.organisation)

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

    def save_chart(self) -> None:
        """The chart shown, alone, as a PNG picture or an SVG drawing."""
        table = self.current_table()
        if self.stats is None or table is None:
            return
        options = report.ReportOptions(lang=self.lang, release=self.release.isChecked(),
                                       threshold=self.threshold.value())
        built = report.build(self.stats, options, self.service.tax).table(table.key)
        if built is None or built.chart is None:
            self.status.setText(self.tr("This section has no chart."))
            return
        period = self.stats.period
        suggested = f"{table.key}-{period.start.isoformat()}-{period.end.isoformat()}.png"
        path = msgbox.save_file(self, self.tr("Save the chart"), self.tr(
            "PNG picture (*.png);;SVG drawing (*.svg)"), suggested)
        if not path:
            return
        if Path(path).suffix.lower() not in (".png", ".svg"):
            path += ".png"
        try:
            written = charts.write_chart(built.chart, path)
        except report.ReportError as exc:
            msgbox.error(self, self.tr("The chart was not saved"), self.tr(
                "The chart could not be written. Choose another folder or file name."),
                str(exc))
            return
        StatisticsService(self.service.store, self.service.user_id).log_export(
            "chart", written.suffix.lstrip("."), period, self.stats.organisation,
            release=self.release.isChecked())
        self.status.setText(self.tr("Chart saved: %1").replace("%1", str(written)))
