"""The history of one contact: who changed which field, when, from what to what."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.models import countries
from app.services.contacts.service import ContactService
from app.ui.widgets.formatting import show_date_time

# Which code list labels each field's values.
FIELD_LISTS = {
    "kind": "contact_kind", "channel": "channel", "gender": "gender", "age_group": "age_group",
    "region": "region", "caller_role": "caller_role", "topics": "topic",
    "travel_purpose": "travel_purpose", "how_heard": "how_heard", "outcomes": "outcome",
    "organisation": "organisation",
}


def history_table(dialog: QDialog, headers: list[str]) -> QTableWidget:
    """Lay out a history dialog: a read-only table (When, Who, What, Before, After; the
    last two stretch) above a Close button. Returns the table."""
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setWordWrap(True)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
    header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(table)
    layout.addWidget(buttons)
    dialog.resize(900, 420)
    return table


def fill_table(table: QTableWidget, rows: list[tuple[str, str, str, str, str]]) -> None:
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.setItem(r, c, QTableWidgetItem(text))
    table.resizeRowsToContents()


class HistoryDialog(QDialog):
    def __init__(self, service: ContactService, contact_id: str, lang: str,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.service = service
        self.lang = lang
        self.setWindowTitle(self.tr("History of the contact"))
        self.table = history_table(self, [
            self.tr("When"), self.tr("Who"), self.tr("What"), self.tr("Before"),
            self.tr("After")])
        self._fill(contact_id)

    def field_label(self, field: str) -> str:
        return {
            "kind": self.tr("Kind"), "channel": self.tr("Channel"),
            "started_at": self.tr("Date and time"), "ended_at": self.tr("End"),
            "gender": self.tr("Gender"), "age_group": self.tr("Age group"),
            "region": self.tr("Region"), "caller_role": self.tr("Caller's role"),
            "topics": self.tr("Topics"), "destinations": self.tr("Destinations"),
            "travel_purpose": self.tr("Travel purpose"),
            "how_heard": self.tr("How they heard of us"), "outcomes": self.tr("Outcome"),
            "crisis": self.tr("Crisis"), "notes": self.tr("Notes"),
            "caller_id": self.tr("Caller profile"), "organisation": self.tr("Organisation"),
        }.get(field, field)

    def value_text(self, field: str, value: Any) -> str:
        if value is None or value in ([], ""):
            return "—"
        if isinstance(value, bool):
            return self.tr("yes") if value else self.tr("no")
        if field in ("started_at", "ended_at"):
            return show_date_time(datetime.fromisoformat(value), seconds=True)
        if field == "destinations":
            return ", ".join(countries.name(c, self.lang) for c in value)
        if field == "caller_id":
            return self.tr("linked")
        if field in FIELD_LISTS:
            codes = self.service.tax[FIELD_LISTS[field]]
            if isinstance(value, list):
                return ", ".join(codes.label(v, self.lang) for v in value)
            return codes.label(str(value), self.lang)
        return str(value)

    def _fill(self, contact_id: str) -> None:
        rows: list[tuple[str, str, str, str, str]] = []
        for change in self.service.history(contact_id):
            when = show_date_time(change.changed_at, seconds=True)
            if change.action == "create":
                rows.append((when, change.user_name, self.tr("Recorded"), "", ""))
                continue
            if change.action == "import":  # a legacy spreadsheet: which file, which row
                source = change.changes.get("source", [None, ""])[1] or ""
                rows.append((when, change.user_name, self.tr("Imported from a file"), "",
                             str(source)))
                continue
            for field, (before, after) in change.changes.items():
                rows.append((when, change.user_name, self.field_label(field),
                             self.value_text(field, before), self.value_text(field, after)))
        fill_table(self.table, rows)
