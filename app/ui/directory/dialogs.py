"""Dialogs of the directory: an entry, a country's emergency numbers, a history."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.forms.fields import CodeCombo
from app.models import countries
from app.services.directory.service import (
    ConcurrentEntryEditError,
    DirectoryChangeRow,
    DirectoryPermissionError,
    DirectoryService,
    Entry,
    EntryInput,
)
from app.services.validation import FieldError, ValidationError
from app.ui.directory.panel import FICTIONAL_STYLE
from app.ui.journal.history import fill_table, history_table
from app.ui.widgets import msgbox
from app.ui.widgets.errors import error_label, label_name, not_saved, show_errors
from app.ui.widgets.formatting import show_date, show_date_time


class CountryCombo(QComboBox):
    """Every country by its name in the interface language; typing jumps to it."""

    def __init__(self, lang: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.addItem("—", None)
        for code, name in countries.names(lang):
            self.addItem(f"{name} ({code})", code)
        self.setMaxVisibleItems(20)

    def code(self) -> str | None:
        value = self.currentData()
        return str(value) if value else None

    def set_code(self, code: str | None) -> None:
        self.setCurrentIndex(max(self.findData(code), 0))


class EntryDialog(QDialog):
    """Add or edit one directory entry."""

    def __init__(self, directory: DirectoryService, lang: str, entry: Entry | None = None,
                 country: str | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.directory = directory
        self.lang = lang
        self.entry = entry
        self.result_entry: Entry | None = None

        self.fictional = QLabel()
        self.fictional.setStyleSheet(f"QLabel {{ {FICTIONAL_STYLE} }}")
        self.fictional.setWordWrap(True)
        self.fictional.setVisible(bool(entry and entry.fictional))
        self.country = CountryCombo(lang)
        self.type = CodeCombo(directory.tax["directory_type"], lang, empty="—")
        self.name = QLineEdit()
        self.city = QLineEdit()
        self.address = QPlainTextEdit()
        self.phones = QPlainTextEdit()
        self.email = QLineEdit()
        self.website = QLineEdit()
        self.hours = QLineEdit()
        self.languages = QLineEdit()
        self.services = QPlainTextEdit()
        self.notes = QPlainTextEdit()
        for edit, height in ((self.address, 46), (self.phones, 62), (self.services, 62),
                             (self.notes, 62)):
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(height)
        self.verified = QCheckBox()
        self.verified.setChecked(entry is None)
        self.last_verified = QLabel()
        self.errors = error_label()

        self.widgets: dict[str, QWidget] = {
            "country": self.country, "type": self.type, "name": self.name, "city": self.city,
            "address": self.address, "phones": self.phones, "email": self.email,
            "website": self.website, "hours": self.hours, "languages": self.languages,
            "services": self.services, "notes": self.notes,
        }
        self.labels: dict[str, QLabel] = {}
        form = QFormLayout()
        for key, widget in self.widgets.items():
            label = QLabel()
            label.setBuddy(widget)
            self.labels[key] = label
            form.addRow(label, widget)
        form.addRow("", self.verified)
        form.addRow("", self.last_verified)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.fictional)
        layout.addLayout(form)
        layout.addWidget(self.errors)
        layout.addWidget(self.buttons)
        self.retranslate()
        if entry is not None:
            self._fill(entry)
        else:
            self.country.set_code(country)
        self.resize(640, 640)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Edit the entry") if self.entry else self.tr("New entry"))
        texts = {
            "country": self.tr("&Country:"), "type": self.tr("&Type:"),
            "name": self.tr("&Name:"), "city": self.tr("C&ity:"),
            "address": self.tr("&Address:"), "phones": self.tr("&Phones:"),
            "email": self.tr("&E-mail:"), "website": self.tr("&Website:"),
            "hours": self.tr("Working &hours:"), "languages": self.tr("&Languages spoken:"),
            "services": self.tr("Se&rvices:"), "notes": self.tr("N&otes for consultants:"),
        }
        for key, text in texts.items():
            self.labels[key].setText(text)
        self.phones.setPlaceholderText(self.tr("One number a line, with the country code"))
        self.verified.setText(self.tr("I checked these contacts today (marks the entry verified)"))
        self.fictional.setText(self.tr(
            "FICTIONAL (demo): this entry was made up for the demo database. Never give it "
            "to a caller."))

    def _fill(self, entry: Entry) -> None:
        self.country.set_code(entry.country)
        self.type.set_code(entry.type)
        for key in ("name", "city", "email", "website", "hours", "languages"):
            edit = self.widgets[key]
            assert isinstance(edit, QLineEdit)
            edit.setText(getattr(entry, key))
        for key in ("address", "phones", "services", "notes"):
            edit = self.widgets[key]
            assert isinstance(edit, QPlainTextEdit)
            edit.setPlainText(getattr(entry, key))
        verifier = entry.verified_by
        if entry.verified_at is None:
            text = self.tr("Never verified")
        elif verifier:
            text = self.tr("Last verified %1 by %2").replace(
                "%1", show_date(entry.verified_at)).replace("%2", verifier)
        else:
            text = self.tr("Last verified %1").replace(
                "%1", show_date(entry.verified_at))
        self.last_verified.setText(text)

    def collect(self) -> EntryInput:
        return EntryInput(
            country=self.country.code() or "", type=self.type.code() or "",
            name=self.name.text(), city=self.city.text(),
            address=self.address.toPlainText(), phones=self.phones.toPlainText(),
            email=self.email.text(), website=self.website.text(), hours=self.hours.text(),
            languages=self.languages.text(), services=self.services.toPlainText(),
            notes=self.notes.toPlainText())

    def _field_name(self, field: str) -> str:
        label = self.labels.get(field)
        return label_name(label) if label else field

    def _sentence(self, error: FieldError) -> str | None:
        if error.problem != "invalid_phone":
            return None
        return f"{self._field_name(error.field)}: " + self.tr(
            "“%1” is not a phone number").replace("%1", str(error.params.get("value", "")))

    def show_errors(self, errors: list[FieldError]) -> None:
        show_errors(self.errors, errors, names=self._field_name, sentence=self._sentence,
                    problems={
                        "invalid_website": self.tr("not a web address"),
                        "demo_in_real": self.tr(
                            "a demo name “(ДЕМО)…” has no place in a real database"),
                    })
        for e in errors:
            widget = self.widgets.get(e.field)
            if widget is not None:
                widget.setFocus()
                break

    def save(self) -> None:
        data = self.collect()
        try:
            if self.entry is None:
                self.result_entry = self.directory.add(data, verified=self.verified.isChecked())
            else:
                self.result_entry = self.directory.update(
                    self.entry.id, data, verified=self.verified.isChecked(),
                    expected_version=self.entry.version)
        except ValidationError as exc:
            self.show_errors(exc.errors)
            return
        except ConcurrentEntryEditError:
            msgbox.warn(self, self.tr("Not saved"), self.tr(
                "Someone else changed this entry since you opened it. Close this window and "
                "open the entry again."))
            return
        except DirectoryPermissionError:
            msgbox.warn(self, self.tr("Not saved"), self.tr(
                "Only administrators change the directory."))
            return
        self.accept()


class EmergencyDialog(QDialog):
    """A country's general emergency numbers."""

    def __init__(self, directory: DirectoryService, lang: str, country: str | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.directory = directory
        self.lang = lang
        self.country = CountryCombo(lang)
        self.numbers = QPlainTextEdit()
        self.numbers.setTabChangesFocus(True)
        self.numbers.setFixedHeight(100)
        self.notes = QLineEdit()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.errors = error_label()
        self.labels = [QLabel() for _ in range(3)]
        form = QFormLayout()
        for label, widget in zip(self.labels, (self.country, self.numbers, self.notes),
                                 strict=True):
            label.setBuddy(widget)
            form.addRow(label, widget)
        form.addRow("", self.status)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.errors)
        layout.addWidget(buttons)
        self.retranslate()
        self.country.currentIndexChanged.connect(self._load)
        self.country.set_code(country)
        self._load()
        self.resize(520, 300)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Emergency numbers of a country"))
        for label, text in zip(self.labels, (
                self.tr("&Country:"), self.tr("&Numbers:"), self.tr("N&otes:")), strict=True):
            label.setText(text)
        self.numbers.setPlaceholderText(self.tr("One a line, e.g. “112 — all emergencies”"))

    def _load(self) -> None:
        code = self.country.code()
        em = self.directory.emergency(code) if code else None
        self.numbers.setPlainText(em.numbers if em else "")
        self.notes.setText(em.notes if em else "")
        if em is None:
            self.status.setText("")
        else:
            self.status.setText(
                self.tr("Last changed %1").replace("%1", show_date_time(em.updated_at)))

    def save(self) -> None:
        code = self.country.code()
        if not code:
            self.errors.setText(self.tr("Choose a country."))
            self.errors.show()
            return
        try:
            self.directory.set_emergency(code, self.numbers.toPlainText(), self.notes.text())
        except ValidationError:
            self.errors.setText(not_saved() + " " + self.tr(
                "check the numbers (each line with a number, at most 2000 characters)."))
            self.errors.show()
            return
        except DirectoryPermissionError:
            msgbox.warn(self, self.tr("Not saved"), self.tr(
                "Only administrators change the directory."))
            return
        self.accept()


class DirectoryHistoryDialog(QDialog):
    """Who changed what in an entry (or a country's emergency numbers), and when."""

    def __init__(self, directory: DirectoryService, lang: str, title: str,
                 rows: list[DirectoryChangeRow], parent: QWidget | None = None):
        super().__init__(parent)
        self.directory = directory
        self.lang = lang
        self.setWindowTitle(self.tr("History: %1").replace("%1", title))
        self.table = history_table(self, [
            self.tr("When"), self.tr("Who"), self.tr("What"), self.tr("Before"),
            self.tr("After")])
        self._fill(rows)

    def action_label(self, action: str) -> str:
        return {
            "create": self.tr("Added"), "update": self.tr("Changed"),
            "verify": self.tr("Marked verified"), "retire": self.tr("Retired"),
            "restore": self.tr("Offered again"), "import": self.tr("Imported"),
        }.get(action, action)

    def field_label(self, field: str) -> str:
        return {
            "country": self.tr("Country"), "type": self.tr("Type"), "name": self.tr("Name"),
            "city": self.tr("City"), "address": self.tr("Address"), "phones": self.tr("Phones"),
            "email": self.tr("E-mail"), "website": self.tr("Website"),
            "hours": self.tr("Working hours"), "languages": self.tr("Languages spoken"),
            "services": self.tr("Services"), "notes": self.tr("Notes for consultants"),
            "verified_at": self.tr("Verified"), "retired_at": self.tr("Retired"),
            "numbers": self.tr("Emergency numbers"),
        }.get(field, field)

    def value_text(self, field: str, value: Any) -> str:
        if value is None or value == "":
            return "—"
        if field in ("verified_at", "retired_at"):
            return show_date_time(datetime.fromisoformat(str(value)))
        if field == "country":
            return countries.name(str(value), self.lang)
        if field == "type":
            return self.directory.tax["directory_type"].label(str(value), self.lang)
        return str(value)

    def _fill(self, changes: list[DirectoryChangeRow]) -> None:
        rows: list[tuple[str, str, str, str, str]] = []
        for change in changes:
            when = show_date_time(change.changed_at)
            action = self.action_label(change.action)
            if change.action == "create" or not change.changes:
                rows.append((when, change.user_name or "—", action, "", ""))
                continue
            for field, (before, after) in change.changes.items():
                rows.append((when, change.user_name or "—",
                             f"{action}: {self.field_label(field)}",
                             self.value_text(field, before), self.value_text(field, after)))
        fill_table(self.table, rows)
