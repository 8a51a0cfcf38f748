"""Importing a legacy spreadsheet: preview, column mapping, error report, import.

The file is read and checked in the background as soon as it is chosen and again
whenever a column mapping changes; "Import" is possible only when the check found no
problem. The import itself writes everything in one transaction (or nothing), see
app.services.imports.legacy and docs/import.md.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services.contacts.service import ContactService
from app.services.imports import legacy as legacy_import
from app.services.imports.legacy import COLUMNS, ImportFileError, Parsed, Problem, RawTable
from app.ui.tasks import Task, run_task
from app.ui.widgets import msgbox
from app.ui.widgets.import_problems import encoding_name, fill

log = logging.getLogger("app.ui")

PREVIEW_ROWS = 200


LEAVE_OUT = "-"

# Column names seen in the infoline's old spreadsheets, offered as the first guess
# of a mapping (the user sees and can change every guess).
SUGGESTIONS = {
    "дата": "date", "дата_обращения": "date", "дата_и_время": "date", "время": "date",
    "date_and_time": "date", "datetime": "date", "канал": "channel", "вид": "kind",
    "тип": "kind", "від": "kind", "пол": "gender", "sex": "gender", "возраст": "age_group",
    "узрост": "age_group", "age": "age_group", "возрастная_группа": "age_group",
    "регион": "region", "область": "region", "рэгіён": "region", "вобласць": "region",
    "организация": "organisation", "арганізацыя": "organisation",
    "organization": "organisation", "ngo": "organisation", "тема": "topics",
    "темы": "topics", "тематика": "topics", "тэма": "topics", "тэмы": "topics",
    "topic": "topics", "страна": "destinations", "страны": "destinations",
    "страна_назначения": "destinations", "краіна": "destinations", "краіны": "destinations",
    "country": "destinations", "countries": "destinations", "destination": "destinations",
    "кризис": "crisis", "крызіс": "crisis", "откуда_узнали": "how_heard",
    "источник": "how_heard", "крыніца": "how_heard", "source": "how_heard",
    "примечание": "notes", "примечания": "notes", "комментарий": "notes",
    "заметки": "notes", "заўвагі": "notes", "каментарый": "notes", "note": "notes",
    "comment": "notes", "comments": "notes",
}


class ImportDialog(QDialog):
    def __init__(self, service: ContactService, lang: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.service = service
        self.lang = lang
        self.raw: RawTable | None = None
        self.parsed: Parsed | None = None
        self.path: Path | None = None
        self.task: Task | None = None
        self.imported_count = 0
        self._generation = 0

        self.file_edit = QLineEdit()
        self.file_edit.setReadOnly(True)
        self.choose_button = QPushButton()
        self.file_info = QLabel()
        self.mapping_box = QGroupBox()
        self.mapping_form = QFormLayout(self.mapping_box)
        self.mapping_hint = QLabel()
        self.mapping_hint.setWordWrap(True)
        self.mapping_form.addRow(self.mapping_hint)
        self.combos: dict[str, QComboBox] = {}
        self.preview = QTableWidget(0, 0)
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview.setWordWrap(False)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.problems = QListWidget()
        self.problems.setWordWrap(True)
        self.buttons = QDialogButtonBox()
        self.import_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.import_button.setEnabled(False)

        top = QHBoxLayout()
        self.file_label = QLabel()
        self.file_label.setBuddy(self.choose_button)
        top.addWidget(self.file_label)
        top.addWidget(self.file_edit, 1)
        top.addWidget(self.choose_button)
        self.preview_label = QLabel()
        self.problems_label = QLabel()
        upper = QWidget()
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.addWidget(self.preview_label)
        upper_layout.addWidget(self.preview)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.problems_label)
        lower_layout.addWidget(self.problems)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(upper)
        split.addWidget(lower)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.file_info)
        layout.addWidget(self.mapping_box)
        layout.addWidget(split, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)
        self.mapping_box.setVisible(False)

        self.check_timer = QTimer(self)
        self.check_timer.setSingleShot(True)
        self.check_timer.setInterval(150)
        self.check_timer.timeout.connect(self.check)
        self.choose_button.clicked.connect(self.choose_file)
        self.import_button.clicked.connect(self.start_import)
        self.close_button.clicked.connect(self.reject)
        self.retranslate()
        self.resize(980, 680)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Import a legacy spreadsheet"))
        self.file_label.setText(self.tr("&File:"))
        self.choose_button.setText(self.tr("&Choose…"))
        self.mapping_box.setTitle(self.tr("Columns to map"))
        self.mapping_hint.setText(self.tr(
            "These columns are not part of the interchange format. Say which column each "
            "one is, or leave it out."))
        self.preview_label.setText(self.tr("The file (first %1 rows):").replace(
            "%1", str(PREVIEW_ROWS)))
        self.problems_label.setText(self.tr("Problems found:"))
        self.import_button.setText(self.tr("&Import"))
        if self.raw is None:
            self.summary.setText(self.tr(
                "Choose a CSV or XLSX file with the columns date, channel, kind, "
                "gender, age_group, region, organisation, topics, destinations, crisis, "
                "how_heard, notes. Values may be codes or labels in any language."))

    def column_label(self, column: str) -> str:
        return {
            "date": self.tr("date — date and time"), "channel": self.tr("channel"),
            "kind": self.tr("kind — consultation or a contact without counselling"),
            "gender": self.tr("gender"), "age_group": self.tr("age group"),
            "region": self.tr("region"), "organisation": self.tr("organisation"),
            "topics": self.tr("topics"), "destinations": self.tr("destination countries"),
            "crisis": self.tr("crisis (yes/no)"),
            "how_heard": self.tr("how they heard of the infoline"), "notes": self.tr("notes"),
        }[column]

    def problem_text(self, problem: Problem) -> str:
        """A problem in the interface language: where, then what."""
        p = problem.param
        what = {
            "bad_encoding": self.tr("not UTF-8, UTF-16 or Windows-1251 text; save the file "
                                    "as “CSV UTF-8”") if not p("byte") else fill(self.tr(
                                        "not readable as %1 text (byte %2)"),
                                        encoding_name(p("encoding")), p("byte")),
            "xlsx_too_large": self.tr("the workbook is too large to read (more than %1 MB "
                                      "uncompressed)").replace("%1", p("limit")),
            "cell_too_long": self.tr("a cell is longer than %1 characters").replace(
                "%1", p("limit")),
            "too_many_columns": self.tr("more than %1 columns").replace("%1", p("max")),
            "not_text": self.tr("not a text file"),
            "too_many_rows": self.tr("more than %1 rows; split the file").replace(
                "%1", p("max")),
            "bad_csv": self.tr("not valid CSV (%1)").replace("%1", p("detail")),
            "empty": self.tr("the file is empty"),
            "bad_xlsx": self.tr("not a readable XLSX workbook"),
            "cannot_read": self.tr("the file cannot be read (%1)").replace("%1", p("detail")),
            "unnamed_column": self.tr("this column has data but no name"),
            "bad_mapping": self.tr("mapped to “%1”, which is not a column of the interchange "
                                   "format").replace("%1", p("target")),
            "unknown_column": self.tr("unknown column: map it to a known column above, or "
                                      "leave it out"),
            "second_column": fill(self.tr("a second column for “%1” (the first is “%2”)"),
                                   p("target"), p("first")),
            "missing_column": self.tr("the required column “%1” is missing").replace(
                "%1", p("column")),
            "unknown_value": fill(self.tr("“%1” is not a known value (codes: %2, or their "
                                           "labels)"), p("value"), p("codes")),
            "too_long": self.tr("longer than %1 characters").replace("%1", p("limit")),
            "required": self.tr("is required"),
            "bad_date": self.tr("“%1” is not a date (write 2013-03-14 or 2013-03-14T09:30)")
            .replace("%1", p("value")),
            "unknown_topic": self.tr("“%1” is not a known topic").replace("%1", p("value")),
            "unknown_country": self.tr("“%1” is not a country (ISO 3166 code such as PL, or "
                                       "its name)").replace("%1", p("value")),
            "not_yes_no": self.tr("“%1” is neither yes nor no").replace("%1", p("value")),
            "future": self.tr("is in the future"),
            "too_early": self.tr("is before 2000"),
            "details_dropped": self.tr("a contact without counselling keeps no counselling "
                                       "details; not imported: %1").replace(
                                           "%1", p("columns")),
            "extra_cells": self.tr("more cells than the header has columns"),
            "no_rows": self.tr("the file has no rows under its header"),
            "duplicate": fill(self.tr("these contacts were already imported on %1 from “%2” "
                                       "(%3 contacts); nothing imported"),
                               p("when"), p("file"), p("rows")),
            "cancelled": self.tr("cancelled; nothing imported"),
        }.get(problem.code, problem.message)
        if problem.row is not None and problem.column is not None:
            return fill(self.tr("row %1, column %2: %3"), str(problem.row), problem.column,
                         what)
        if problem.row is not None:
            return fill(self.tr("row %1: %2"), str(problem.row), what)
        return what

    def read_as(self, raw: RawTable) -> str:
        """How a CSV was read: "Windows-1251, cells separated by semicolons"."""
        separated = {",": self.tr("cells separated by commas"),
                     ";": self.tr("cells separated by semicolons"),
                     "\t": self.tr("cells separated by tabs")}.get(raw.delimiter, "")
        return fill(self.tr("read as %1, %2"), encoding_name(raw.encoding), separated)

    # -- the file --

    def choose_file(self) -> None:
        path = msgbox.open_file(self, self.tr("Import a legacy spreadsheet"),
                                self.tr("Spreadsheets (*.csv *.xlsx)"))
        if path:
            self.load(Path(path))

    def load(self, path: Path) -> None:
        """Read ``path`` in the background, then show it and check it."""
        self.path = path
        self.file_edit.setText(str(path))
        self.raw = None
        self.parsed = None
        self.import_button.setEnabled(False)
        self.problems.clear()
        self.summary.setText(self.tr("Reading the file…"))
        self._generation += 1
        generation = self._generation
        self.task = run_task(lambda _progress: legacy_import.read_file(path),
                             lambda raw: self._read(generation, raw),
                             lambda exc: self._failed(generation, exc), parent=self,
                             label=self.tr("Reading the file…"))

    def _read(self, generation: int, raw: RawTable) -> None:
        if generation != self._generation:
            return
        self.task = None
        self.raw = raw
        info = fill(self.tr("%1: %2 rows, %3 columns"), raw.file_format.upper(),
                     str(len(raw.rows)), str(len(raw.header)))
        if raw.encoding:
            info = fill(self.tr("%1; %2"), info, self.read_as(raw))
        self.file_info.setText(info)
        self._fill_preview(raw)
        self._fill_mapping(raw)
        self.check()

    def _fill_preview(self, raw: RawTable) -> None:
        rows = raw.rows[:PREVIEW_ROWS]
        width = len(raw.header)
        self.preview.clear()
        self.preview.setColumnCount(width)
        self.preview.setRowCount(len(rows))
        self.preview.setHorizontalHeaderLabels(list(raw.header))
        self.preview.setVerticalHeaderLabels([str(n) for n, _cells in rows])
        for r, (_number, cells) in enumerate(rows):
            for c in range(width):
                value = cells[c] if c < len(cells) else ""
                item = QTableWidgetItem(value if len(value) <= 200 else value[:199] + "…")
                item.setToolTip(value[:2000])
                self.preview.setItem(r, c, item)
        self.preview.resizeColumnsToContents()
        for c in range(width):
            self.preview.setColumnWidth(c, min(self.preview.columnWidth(c), 260))

    def _fill_mapping(self, raw: RawTable) -> None:
        for combo in self.combos.values():
            combo.deleteLater()
        while self.mapping_form.rowCount() > 1:
            self.mapping_form.removeRow(1)
        self.combos = {}
        unknown = legacy_import.unknown_columns(raw.header)
        for name in unknown:
            combo = QComboBox()
            combo.addItem(self.tr("— choose a column —"), "")
            combo.addItem(self.tr("Leave this column out"), LEAVE_OUT)
            for column in COLUMNS:
                combo.addItem(self.column_label(column), column)
            guess = SUGGESTIONS.get(legacy_import.normalise_header(name))
            if guess is not None:
                combo.setCurrentIndex(combo.findData(guess))
            combo.currentIndexChanged.connect(lambda _i: self.check_timer.start())
            self.combos[name] = combo
            self.mapping_form.addRow(name, combo)
        self.mapping_box.setVisible(bool(unknown))

    def mapping(self) -> dict[str, str | None]:
        result: dict[str, str | None] = {}
        for name, combo in self.combos.items():
            value = combo.currentData()
            if value == LEAVE_OUT:
                result[name] = None
            elif value:
                result[name] = str(value)
        return result

    # -- checking and importing --

    def check(self) -> None:
        if self.raw is None:
            return
        raw = self.raw
        mapping = self.mapping()
        service = self.service
        self.import_button.setEnabled(False)
        self.summary.setText(self.tr("Checking…"))
        self._generation += 1
        generation = self._generation

        def work(_progress: Any) -> tuple[Parsed, ImportFileError | None]:
            parsed = legacy_import.parse(raw, service, mapping)
            try:
                legacy_import.check(parsed, service)
            except ImportFileError as exc:
                return parsed, exc
            return parsed, None

        self.task = run_task(work, lambda result: self._checked(generation, *result),
                             lambda exc: self._failed(generation, exc), parent=self,
                             label=self.tr("Checking the file…"))

    def _checked(self, generation: int, parsed: Parsed, error: ImportFileError | None) -> None:
        if generation != self._generation:
            return
        self.task = None
        self.parsed = parsed
        self.problems.clear()
        for warning in parsed.warnings:
            self.problems.addItem(self.tr("Note: %1").replace("%1",
                                                               self.problem_text(warning)))
        if error is not None:
            for problem in error.problems:
                self.problems.addItem(self.problem_text(problem))
            if error.reason == "duplicate":
                self.summary.setText(self.tr(
                    "These contacts were imported before; importing them again would count "
                    "them twice. Nothing will be imported."))
            else:
                bad_rows = len({p.row for p in error.problems if p.row is not None})
                self.summary.setText(fill(self.tr(
                    "%1 problem(s) in %2 row(s): nothing can be imported until the file or "
                    "the mapping is corrected."), str(len(error.problems)), str(bad_rows)))
            return
        self.summary.setText(self.tr("No problems: %1 contacts can be imported.").replace(
            "%1", str(len(parsed.rows))))
        self.import_button.setEnabled(True)

    def start_import(self) -> None:
        parsed = self.parsed
        if parsed is None or not parsed.ok:
            return
        service = self.service
        self.import_button.setEnabled(False)
        self.choose_button.setEnabled(False)
        self._generation += 1
        generation = self._generation
        self.task = run_task(lambda progress: legacy_import.write(parsed, service, progress),
                             lambda result: self._imported(generation, result),
                             lambda exc: self._failed(generation, exc), parent=self,
                             label=self.tr("Importing…"))

    def _imported(self, generation: int, result: legacy_import.ImportResult) -> None:
        self.task = None
        self.choose_button.setEnabled(True)
        self.imported_count += result.imported
        self.summary.setText(self.tr("Imported %1 contacts.").replace(
            "%1", str(result.imported)))
        self.problems.clear()
        log.info("legacy import from the dialog: %d contacts", result.imported)

    def _failed(self, generation: int, exc: Exception) -> None:
        if generation != self._generation:
            return
        self.task = None
        self.choose_button.setEnabled(True)
        self.problems.clear()
        if isinstance(exc, ImportFileError):
            for problem in exc.problems:
                self.problems.addItem(self.problem_text(problem))
            if exc.reason == "cancelled":
                self.summary.setText(self.tr("Cancelled: nothing was imported."))
            elif exc.reason == "duplicate":
                self.summary.setText(self.tr(
                    "These contacts were imported before; nothing was imported."))
            else:
                self.summary.setText(self.tr("The file cannot be used: nothing was imported."))
            return
        log.error("legacy import failed: %s", type(exc).__name__)
        self.summary.setText(self.tr("The import failed; nothing was imported. The log file "
                                     "has the details."))

    def done(self, result: int) -> None:
        """Closing while work runs asks it to stop; the dialog closes on the next try."""
        if self.task is not None and self.task.running:
            self.task.cancel()
            self.summary.setText(self.tr("Stopping…"))
            return
        super().done(result)
