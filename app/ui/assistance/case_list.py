"""The list of assistance cases as the page shows it: number, client, status, opening
date, next visit, services given, trafficking status; closed ones greyed, a visit due in
the past in the error colour."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush

from app.models.assistance import CLOSED
from app.services.assistance.service import AssistanceService
from app.services.assistance.types import AssistanceCaseQuery, AssistanceCaseRow
from app.ui.assistance.case_file import CLOSED_FG, CRITICAL_FG
from app.ui.casework.lists import PagedCaseModel
from app.ui.widgets.formatting import show_date


class CaseListModel(PagedCaseModel):
    """Rows of the case list, fetched page by page (newest first)."""

    COLUMNS = ("number", "client", "status", "opened", "next_visit", "services",
               "trafficking")
    rows: list[AssistanceCaseRow]
    query: AssistanceCaseQuery
    service: AssistanceService

    def __init__(self, service: AssistanceService, lang: str, parent: Any = None):
        super().__init__(service, AssistanceCaseQuery(), lang, parent)

    def headers(self) -> list[str]:
        names = {"number": self.tr("Number"), "client": self.tr("Client"),
                 "status": self.tr("Status"), "trafficking": self.tr("Trafficking"),
                 "opened": self.tr("Opened"), "services": self.tr("Services"),
                 "next_visit": self.tr("Next visit")}
        return [names[name] for name in self.COLUMNS]

    def row_text(self, row: AssistanceCaseRow, column: int) -> str:
        tax = self.service.tax
        name = self.COLUMNS[column]
        if name == "number":
            return row.number
        if name == "client":
            return row.client_name
        if name == "status":
            if row.status == CLOSED:
                return self.tr("Closed: %1").replace(
                    "%1", tax["closure_reason"].label(row.closure_reason, self.lang))
            return tax["case_status"].label(row.status, self.lang)
        if name == "trafficking":
            return tax["trafficking_status"].label(row.trafficking_status, self.lang) or "—"
        if name == "opened":
            return show_date(row.opened_at.astimezone().date())
        if name == "services":
            return str(row.services_given) if row.services_given else ""
        return show_date(row.next_visit_on)

    def role_data(self, row: AssistanceCaseRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.row_text(row, column)
        if role == Qt.ItemDataRole.ForegroundRole and row.status == CLOSED:
            return QBrush(CLOSED_FG)
        if (role == Qt.ItemDataRole.ForegroundRole and self.COLUMNS[column]
                == "next_visit" and row.next_visit_on and row.next_visit_on < date.today()):
            return QBrush(CRITICAL_FG)
        return None
