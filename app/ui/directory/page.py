"""The directory of contacts abroad: search as you type, filters, the entry in full,
and the work of keeping it right (add, edit, verify, retire, import, export).

Entries not verified for the configured number of months are "to be checked"; the
filter of that name lists them for review. Fictional demo entries carry a badge in
every view.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.forms.fields import CodeCombo
from app.models import countries
from app.services.directory import files as directory_io
from app.services.directory.service import (
    SEARCH_LIMIT,
    DirectoryPermissionError,
    DirectoryQuery,
    DirectoryService,
    Entry,
)
from app.services.validation import ValidationError
from app.ui.directory.dialogs import DirectoryHistoryDialog, EmergencyDialog, EntryDialog
from app.ui.directory.panel import EntryText
from app.ui.messages import user_text
from app.ui.tasks import Task, run_task
from app.ui.widgets import import_problems, msgbox
from app.ui.widgets.formatting import show_date
from app.ui.widgets.style import MUTED_GREY, SELECTED_BACKGROUND, STALE_TEXT, heading
from app.ui.widgets.tables import read_only_table

log = logging.getLogger("app.ui")

ID_ROLE = Qt.ItemDataRole.UserRole
SEARCH_DELAY_MS = 150
FILE_FILTER = "CSV (*.csv);;Excel (*.xlsx)"


class DirectoryPage(QWidget):
    """Find, read and maintain the directory."""

    changed = Signal()  # entries or emergency numbers changed: side panels re-read

    def __init__(self, directory: DirectoryService, lang: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.directory = directory
        self.lang = lang
        self.text = EntryText(directory, lang, self)
        self.entries: list[Entry] = []
        self.task: Task | None = None

        self.heading = QLabel()
        heading(self.heading, 3)
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.country = QComboBox()
        self.country.setMinimumContentsLength(14)
        self.country.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.type = CodeCombo(directory.tax["directory_type"], lang, empty="")
        self.stale_only = QCheckBox()
        self.show_retired = QCheckBox()
        self.stale_months = QSpinBox()
        self.stale_months.setRange(1, 120)
        self.stale_months.setValue(directory.stale_months())
        self.stale_label = QLabel()
        self.stale_label.setBuddy(self.stale_months)

        self.table = QTableWidget(0, 6)
        read_only_table(self.table, resize=QHeaderView.ResizeMode.Interactive,
                        stretch_last=False, wrap=False)
        self.table.verticalHeader().setDefaultSectionSize(
            self.table.fontMetrics().height() + 8)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for column, width in ((0, 95), (2, 150), (3, 90), (4, 80), (5, 130)):
            self.table.setColumnWidth(column, width)
        self.detail = QTextBrowser()
        self.detail.setOpenLinks(False)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.table)
        split.addWidget(self.detail)
        split.setStretchFactor(0, 5)
        split.setStretchFactor(1, 2)
        split.setChildrenCollapsible(False)

        self.count_label = QLabel()
        self.add_button = QPushButton()
        self.edit_button = QPushButton()
        self.verify_button = QPushButton()
        self.retire_button = QPushButton()
        self.history_button = QPushButton()
        self.emergency_button = QPushButton()
        self.import_button = QPushButton()
        self.export_button = QPushButton()

        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        filters.addWidget(self.country, 2)
        filters.addWidget(self.type, 2)
        filters.addWidget(self.stale_only)
        filters.addWidget(self.show_retired)
        review = QHBoxLayout()
        review.addWidget(self.count_label, 1)
        review.addWidget(self.stale_label)
        review.addWidget(self.stale_months)
        buttons = QHBoxLayout()
        for b in (self.add_button, self.edit_button, self.verify_button, self.retire_button,
                  self.history_button, self.emergency_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(filters)
        layout.addLayout(review)
        layout.addWidget(split, 1)
        layout.addLayout(buttons)

        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self.apply)
        self.search.textChanged.connect(lambda _t: self.search_timer.start())
        self.search.returnPressed.connect(self._search_entered)
        self.country.currentIndexChanged.connect(self.apply)
        self.type.currentIndexChanged.connect(self.apply)
        self.stale_only.toggled.connect(self.apply)
        self.show_retired.toggled.connect(self.apply)
        self.stale_months.editingFinished.connect(self._stale_months_changed)
        self.table.itemSelectionChanged.connect(self._show_current)
        self.table.itemActivated.connect(lambda _i: self.edit())
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit)
        self.verify_button.clicked.connect(self.mark_verified)
        self.retire_button.clicked.connect(self.toggle_retired)
        self.history_button.clicked.connect(self.history)
        self.emergency_button.clicked.connect(self.emergency)
        self.import_button.clicked.connect(self.import_file)
        self.export_button.clicked.connect(self.export_file)
        for keys, slot in ((QKeySequence.StandardKey.Find, self.search.setFocus),
                           (QKeySequence("Ctrl+H"), self.history),
                           (QKeySequence.StandardKey.New, self.add)):
            sc = QShortcut(QKeySequence(keys), self)
            sc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            sc.activated.connect(slot)
        QWidget.setTabOrder(self.search, self.country)
        QWidget.setTabOrder(self.country, self.type)
        QWidget.setTabOrder(self.type, self.stale_only)
        QWidget.setTabOrder(self.stale_only, self.show_retired)
        QWidget.setTabOrder(self.show_retired, self.table)

        self.retranslate()
        self._fill_countries()
        self.apply()

    def hide_editing(self) -> None:
        """A role that may only read the directory is not offered the changes."""
        for b in (self.add_button, self.edit_button, self.verify_button,
                  self.retire_button, self.emergency_button, self.import_button):
            b.setVisible(False)
        self.stale_months.setEnabled(False)

    # -- texts --

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Directory of contacts abroad"))
        self.search.setPlaceholderText(self.tr("Search: name, city, service… (Ctrl+F)"))
        self.type.setItemText(0, self.tr("All types"))
        self.country.setAccessibleName(self.tr("Country"))
        self.type.setAccessibleName(self.tr("Type"))
        if self.country.count():
            self.country.setItemText(0, self.tr("All countries"))
        self.show_retired.setText(self.tr("Show re&tired"))
        self.stale_label.setText(self.tr("To be checked when not verified for (&months):"))
        self.table.setHorizontalHeaderLabels([
            self.tr("Country"), self.tr("Name"), self.tr("Type"), self.tr("City"),
            self.tr("Verified"), self.tr("Status")])
        self.add_button.setText(self.tr("&Add…"))
        self.edit_button.setText(self.tr("&Edit…"))
        self.verify_button.setText(self.tr("Mark &verified"))
        self.history_button.setText(self.tr("&History…"))
        self.emergency_button.setText(self.tr("Emergency &numbers…"))
        self.import_button.setText(self.tr("&Import…"))
        self.export_button.setText(self.tr("E&xport…"))
        self._update_counts()
        self._update_buttons()

    def _update_counts(self) -> None:
        stale = self.directory.count(DirectoryQuery(stale_only=True))
        self.stale_only.setText(self.tr("To be chec&ked (%1)").replace("%1", str(stale)))
        shown = len(self.entries)
        if shown >= SEARCH_LIMIT:
            self.count_label.setText(self.tr(
                "The first %1 entries are shown: narrow the search.").replace("%1", str(shown)))
        else:
            self.count_label.setText(self.tr("Entries shown: %1").replace("%1", str(shown)))

    def _update_buttons(self) -> None:
        entry = self.current_entry()
        may_edit = self.directory.may_edit()
        for b in (self.edit_button, self.verify_button, self.retire_button):
            b.setEnabled(entry is not None and may_edit)
        self.history_button.setEnabled(entry is not None)
        for b in (self.add_button, self.emergency_button, self.import_button):
            b.setEnabled(may_edit)
        if entry is not None and entry.retired:
            self.retire_button.setText(self.tr("&Offer again"))
        else:
            self.retire_button.setText(self.tr("&Retire…"))

    # -- the list --

    def _fill_countries(self) -> None:
        current = self.country.currentData()
        self.country.blockSignals(True)
        self.country.clear()
        self.country.addItem(self.tr("All countries"), None)
        names = sorted(((countries.name(c, self.lang), c) for c in self.directory.countries()),
                       key=lambda p: p[0].casefold())
        for name, code in names:
            self.country.addItem(name, code)
        self.country.setCurrentIndex(max(self.country.findData(current), 0))
        self.country.blockSignals(False)

    def query(self) -> DirectoryQuery:
        country = self.country.currentData()
        return DirectoryQuery(
            text=self.search.text(), country=str(country) if country else None,
            type=self.type.code(), stale_only=self.stale_only.isChecked(),
            include_retired=self.show_retired.isChecked())

    def apply(self) -> None:
        """Search again with the current filters, keeping the chosen entry if shown."""
        self.search_timer.stop()
        current = self.current_entry()
        self.entries = self.directory.search(self.query(), self.lang)
        self.table.setSortingEnabled(False)
        self.table.setRowCount(len(self.entries))
        for r, entry in enumerate(self.entries):
            verified = show_date(entry.verified_at) or "—"
            cells = (self.text.country(entry.country), entry.name,
                     self.text.type_label(entry.type), entry.city, verified,
                     " · ".join(self.text.badges(entry)))
            for c, value in enumerate(cells):
                item = QTableWidgetItem(value)
                item.setData(ID_ROLE, entry.id)
                item.setToolTip(value)
                if entry.fictional:
                    item.setBackground(QBrush(QColor(SELECTED_BACKGROUND)))
                if entry.retired:
                    item.setForeground(QBrush(QColor(MUTED_GREY)))
                elif entry.stale and c in (4, 5):
                    item.setForeground(QBrush(QColor(STALE_TEXT)))
                self.table.setItem(r, c, item)
        row = 0
        if current is not None:
            row = next((i for i, e in enumerate(self.entries) if e.id == current.id), 0)
        if self.entries:
            self.table.selectRow(row)
        self._show_current()
        self._update_counts()

    def _search_entered(self) -> None:
        self.apply()
        if self.entries:
            self.table.setFocus()

    def current_entry(self) -> Entry | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows:
            return None
        r = rows[0].row()
        return self.entries[r] if 0 <= r < len(self.entries) else None

    def select(self, entry_id: str) -> None:
        for r, e in enumerate(self.entries):
            if e.id == entry_id:
                self.table.selectRow(r)
                return

    def _show_current(self) -> None:
        entry = self.current_entry()
        if entry is None:
            self.detail.setHtml(self._empty_html())
        else:
            emergency = self.directory.emergency(entry.country)
            html = self.text.detail_html(entry, self.directory.given(entry.id))
            if emergency is not None and emergency.numbers:
                html += "<hr>" + self.text.emergency_html(emergency)
            self.detail.setHtml(html)
        self._update_buttons()

    def _empty_html(self) -> str:
        if self.directory.count() == 0 and not self.show_retired.isChecked():
            return "<p>" + self.tr(
                "The directory is empty. Add entries one by one, or import a file that "
                "the infoline keeps (Import…). The columns are described in the manual.") + "</p>"
        return "<p>" + self.tr("Nothing matches the search.") + "</p>"

    def refresh(self) -> None:
        self._fill_countries()
        self.apply()

    def _changed(self, entry_id: str | None = None) -> None:
        self._fill_countries()
        self.apply()
        if entry_id:
            self.select(entry_id)
        self.changed.emit()

    def _stale_months_changed(self) -> None:
        months = self.stale_months.value()
        if months == self.directory.stale_months():
            return
        try:
            self.directory.set_stale_months(months)
        except ValidationError:
            self.stale_months.setValue(self.directory.stale_months())
            return
        self._changed()

    # -- changing --

    def add(self) -> None:
        if not self.directory.may_edit():
            return
        country = self.country.currentData()
        dialog = EntryDialog(self.directory, self.lang, None,
                             str(country) if country else None, self)
        if dialog.exec() and dialog.result_entry is not None:
            self._changed(dialog.result_entry.id)

    def edit(self) -> None:
        entry = self.current_entry()
        if entry is None or not self.directory.may_edit():
            return
        try:
            entry = self.directory.get(entry.id)
        except LookupError:
            self.refresh()
            return
        dialog = EntryDialog(self.directory, self.lang, entry, parent=self)
        if dialog.exec() and dialog.result_entry is not None:
            self._changed(dialog.result_entry.id)

    def mark_verified(self) -> None:
        entry = self.current_entry()
        if entry is None:
            return
        try:
            self.directory.mark_verified(entry.id)
        except (LookupError, DirectoryPermissionError) as exc:
            msgbox.warn(self, self.tr("Not changed"), user_text(exc))
            return
        self._changed(entry.id)

    def toggle_retired(self) -> None:
        entry = self.current_entry()
        if entry is None:
            return
        if not entry.retired:
            answer = msgbox.ask(
                self, self.tr("Retire the entry?"),
                self.tr("“%1” will no longer be offered to consultants. It stays in the "
                        "history of the contacts it was given in, and “Show retired” can "
                        "offer it again.").replace("%1", entry.name),
                default=msgbox.Button.No)
            if answer != msgbox.Button.Yes:
                return
        try:
            self.directory.retire(entry.id, retired=not entry.retired)
        except (LookupError, DirectoryPermissionError) as exc:
            msgbox.warn(self, self.tr("Not changed"), user_text(exc))
            return
        self._changed(entry.id)

    def history(self) -> None:
        entry = self.current_entry()
        if entry is None:
            return
        DirectoryHistoryDialog(self.directory, self.lang, entry.name,
                               self.directory.history(entry.id), self).exec()

    def emergency(self) -> None:
        entry = self.current_entry()
        country = self.country.currentData() or (entry.country if entry else None)
        dialog = EmergencyDialog(self.directory, self.lang, country, self)
        if dialog.exec():
            self._changed(entry.id if entry else None)

    # -- files --

    def import_file(self) -> None:
        path = msgbox.open_file(self, self.tr("Import the directory"),
                                self.tr("Directory files (*.csv *.xlsx)"))
        if not path:
            return
        self.task = run_task(
            lambda progress: directory_io.import_file(self.directory, path, dry_run=True,
                                                      progress=progress),
            lambda result: self._import_checked(path, result), self._file_failed,
            parent=self, label=self.tr("Reading the file…"))

    def _import_checked(self, path: str, result: directory_io.ImportResult) -> None:
        self.task = None
        name = Path(path).name
        if not result.ok:
            lines = [import_problems.cell_problem(p.row, p.column, p.problem, p.params,
                                                  p.message) for p in result.problems]
            msgbox.error(
                self, self.tr("Nothing imported"),
                self.tr("%1 has %2 problem(s); nothing was imported. Correct the file and "
                        "import it again.").replace("%1", name).replace(
                            "%2", str(len(lines))),
                "\n".join(lines))
            return
        question = (
            self.tr("%1: %2 new entries, %3 changed, %4 unchanged, emergency numbers of "
                    "%5 countries. Import?").replace("%1", name)
            .replace("%2", str(result.created)).replace("%3", str(result.updated))
            .replace("%4", str(result.unchanged)).replace("%5", str(result.emergency)))
        if result.encoding:
            question = self.read_as(result) + "\n\n" + question
        answer = msgbox.ask(self, self.tr("Import the directory?"), question)
        if answer != msgbox.Button.Yes:
            return
        self.task = run_task(
            lambda progress: directory_io.import_file(self.directory, path, progress=progress),
            self._imported, self._file_failed, parent=self,
            label=self.tr("Importing the directory…"))

    def read_as(self, result: directory_io.ImportResult) -> str:
        """How a CSV was read, as the import's preview says it."""
        encoding = import_problems.encoding_name(result.encoding)
        separated = {",": self.tr("cells separated by commas"),
                     ";": self.tr("cells separated by semicolons"),
                     "\t": self.tr("cells separated by tabs")}.get(result.delimiter, "")
        return self.tr("The file was read as %1 text, %2.").replace("%1", encoding).replace(
            "%2", separated)

    def _imported(self, result: directory_io.ImportResult) -> None:
        self.task = None
        if not result.ok:  # the file changed between the check and the import
            self._import_checked("", result)
            return
        self._changed()
        msgbox.info(self, self.tr("Directory imported"), self.tr(
            "%1 new entries, %2 changed.").replace("%1", str(result.created)).replace(
                "%2", str(result.updated)))

    def _file_failed(self, exc: Exception) -> None:
        self.task = None
        if isinstance(exc, directory_io.DirectoryFileError):
            msgbox.error(self, self.tr("The file could not be used"),
                         import_problems.file_problem(exc.code, exc.params, str(exc)))
        elif isinstance(exc, OSError):
            msgbox.error(self, self.tr("The file could not be used"), user_text(exc))
        elif isinstance(exc, DirectoryPermissionError):
            msgbox.warn(self, self.tr("Not changed"), self.tr(
                "Only administrators change the directory."))
        else:
            msgbox.error(self, self.tr("The file could not be used"), self.tr(
                "An unexpected error occurred; the log file has the details."))

    def export_file(self) -> None:
        path = msgbox.save_file(self, self.tr("Export the directory"), FILE_FILTER,
                                "directory.xlsx")
        if not path:
            return
        if Path(path).suffix.lower() not in (".csv", ".xlsx"):
            path += ".xlsx"
        self.task = run_task(
            lambda _progress: directory_io.export_file(self.directory, path),
            lambda n: self._exported(path, n), self._file_failed, parent=self,
            label=self.tr("Exporting the directory…"))

    def _exported(self, path: str, rows: int) -> None:
        self.task = None
        msgbox.info(self, self.tr("Directory exported"), self.tr(
            "%1 rows written to %2.").replace("%1", str(rows)).replace("%2", path))
