"""Statistics and reports as a member of staff asks for them: the role is checked and
every export is written to the audit log.

The computations themselves (app/services/statistics/sums.py, report.py) know nothing of users;
the screens and the command line come through here. Supervisors and administrators
see and export statistics (``stats.view``, ``stats.export`` in the permission matrix).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from app.db import Store
from app.services.audit import log as audit
from app.services.permissions import allowed, require_user, user_role
from app.services.statistics import report, report_files, trends
from app.services.statistics import sums as stats

VIEW = "stats.view"
EXPORT = "stats.export"


class StatisticsService:
    def __init__(self, store: Store, user_id: str | None):
        self.store = store
        self.user_id = user_id

    def may_view(self) -> bool:
        return allowed(user_role(self.store, self.user_id), VIEW)

    def may_export(self) -> bool:
        return allowed(user_role(self.store, self.user_id), EXPORT)

    def compute(self, period: stats.Period, organisation: str | None = None,
                **options: Any) -> stats.Statistics:
        """:func:`app.services.statistics.sums.compute` for a user allowed to see statistics."""
        require_user(self.store, self.user_id, VIEW)
        return stats.compute(self.store, period, organisation, **options)

    def trends(self, periods: tuple[stats.Period, ...],
               organisation: str | None = None) -> trends.Trends:
        """:func:`app.services.statistics.trends.compute` for a user allowed to see
        statistics."""
        require_user(self.store, self.user_id, VIEW)
        return trends.compute(self.store, periods, organisation)

    def statistics_json(self, period: stats.Period,
                        organisation: str | None = None) -> dict[str, Any]:
        """The statistics JSON (spec/interfaces.md), an export: logged."""
        require_user(self.store, self.user_id, EXPORT)
        data = stats.compute(self.store, period, organisation, detail=False,
                             internal=False).to_json()
        self.log_export("statistics", "json", period, organisation)
        return data

    def write_report(self, rep: report.Report, path: Path | str,
                     period: stats.Period | None = None,
                     organisation: str | None = None) -> Path:
        """Write a built report (.pdf, .xlsx, .csv) and log the export."""
        require_user(self.store, self.user_id, EXPORT)
        target = report_files.write(rep, path)
        self.log_export("report", target.suffix.lstrip(".").lower(), period, organisation,
                  release=rep.release)
        return target

    def log_export(self, kind: str, fmt: str, period: stats.Period | None,
             organisation: str | None, **more: Any) -> None:
        """Log an export made from :meth:`compute`'s result (printed statistics)."""
        details: dict[str, Any] = {"format": fmt, "organisation": organisation, **more}
        if period is not None:
            details["from"] = period.start.isoformat()
            details["to"] = period.end.isoformat()
        audit.record(self.store, "export", user_id=self.user_id, object_kind=kind,
                     details=details)
