"""The header of a case page: the lines under the case's number that say when it was
opened and by whom, its trafficking status (in the error colour), when it was closed."""

from __future__ import annotations

import html
from datetime import datetime

from PySide6.QtCore import QCoreApplication

from app.ui.widgets.formatting import show_date_time
from app.ui.widgets.style import ERROR_RED


def opened_line(at: datetime, by: str) -> str:
    return QCoreApplication.translate("CaseHeader", "Opened %1 by %2").replace(
        "%1", show_date_time(at)).replace("%2", html.escape(by))


def closed_line(at: datetime | None, reason: str) -> str:
    return QCoreApplication.translate("CaseHeader", "Closed %1: %2").replace(
        "%1", show_date_time(at)).replace("%2", html.escape(reason))


def status_mark(label: str) -> str:
    """A trafficking status, set apart in bold and the error colour."""
    return f"<b style='color:{ERROR_RED}'>" + html.escape(label) + "</b>"
