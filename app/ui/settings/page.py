"""Site settings: working hours, site name and organisation, the idle lock, interface
language. Only administrators change the site's settings; everyone chooses their
language."""

from __future__ import annotations

from PySide6.QtCore import QSettings, QTime, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from app.services.contacts.service import ContactService
from app.services.permissions import allowed
from app.services.shift.service import ShiftService
from app.ui.lock import DEFAULT_IDLE_MINUTES, IDLE_SETTING
from app.ui.shift.days import WorkingDays
from app.ui.widgets.style import heading

LANGUAGE_NAMES = {"ru": "Русский", "be": "Беларуская", "en": "English"}


class SettingsPage(QWidget):
    saved = Signal()
    restore_requested = Signal(str)  # a verified backup the user chose to restore

    def __init__(self, service: ContactService, settings: QSettings, lang: str,
                 parent: QWidget | None = None, role: str | None = "administrator",
                 db_key: bytes | None = None):
        super().__init__(parent)
        self.service = service
        self.settings = settings
        self.lang = lang
        store = service.store
        self.heading = QLabel()
        heading(self.heading, 3)
        self.site_name = QLineEdit(str(store.setting("site_name", "") or ""))
        self.site_name.setMaxLength(100)
        self.organisation = QComboBox()
        self.organisation.addItem("—", None)
        for c in service.tax["organisation"].active():
            self.organisation.addItem(c.label(lang), c.code)
        index = self.organisation.findData(service.site_organisation())
        self.organisation.setCurrentIndex(max(index, 0))
        start, end = service.working_hours()
        self.hours_from = QTimeEdit(QTime.fromString(start, "HH:mm"))
        self.hours_to = QTimeEdit(QTime.fromString(end, "HH:mm"))
        for edit in (self.hours_from, self.hours_to):
            edit.setDisplayFormat("HH:mm")
        self.idle_minutes = QSpinBox()
        self.idle_minutes.setRange(1, 120)
        self.idle_minutes.setValue(idle_minutes(service))
        self.language = QComboBox()
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(self.language.findData(lang), 0))
        self.save_button = QPushButton()
        self.status = QLabel()

        self.form = QFormLayout()
        self.labels = [QLabel() for _ in range(5)]
        hours = QHBoxLayout()
        hours.addWidget(self.hours_from)
        self.hours_dash = QLabel("–")
        hours.addWidget(self.hours_dash)
        hours.addWidget(self.hours_to)
        hours.addSpacing(12)
        self.shift = ShiftService(store, service.user_id)
        self.working_days = WorkingDays(self.shift.hours().days)
        hours.addWidget(self.working_days)
        hours.addStretch(1)
        for lab, field in zip(self.labels, (self.site_name, self.organisation, self.hours_from,
                                            self.idle_minutes, self.language), strict=True):
            lab.setBuddy(field)
        self.form.addRow(self.labels[0], self.site_name)
        self.form.addRow(self.labels[1], self.organisation)
        self.form.addRow(self.labels[2], hours)
        self.form.addRow(self.labels[3], self.idle_minutes)
        self.form.addRow(self.labels[4], self.language)
        self.may_manage = allowed(role, "site.manage")
        for w in (self.site_name, self.organisation, self.hours_from, self.hours_to,
                  self.working_days, self.idle_minutes):
            w.setEnabled(self.may_manage)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(self.form)
        layout.addWidget(self.hint)
        self.backups = None
        if allowed(role, "backup.make"):
            from app.ui.settings.backups import BackupsBox

            self.backups = BackupsBox(
                store, db_key, may_make=True, may_restore=allowed(role, "backup.restore"),
                may_configure=self.may_manage)
            self.backups.restore_requested.connect(self.restore_requested)
            layout.addWidget(self.backups)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.save_button.clicked.connect(self.save)
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Settings"))
        self.hours_from.setAccessibleName(self.tr("Working hours: from"))
        self.hours_to.setAccessibleName(self.tr("Working hours: to"))
        for lab, text in zip(self.labels, (
            self.tr("Site &name:"), self.tr("&Organisation of this site:"),
            self.tr("&Working hours:"), self.tr("Loc&k after idle minutes:"),
            self.tr("Interface &language:"),
        ), strict=True):
            lab.setText(text)
        self.hint.setText(self.tr(
            "Contacts taken outside the working hours are marked, never refused; a "
            "callback agreed for a time the line is closed moves to the next opening. The "
            "organisation answers calls from regions that are not assigned to either "
            "organisation (abroad, not known). A new language applies at the next start.")
            + " " + self.tr("Without keyboard or mouse input for the idle minutes, the app "
                            "locks all its windows; Ctrl+L locks at once.")
            + " " + self.tr("While a contact is in progress the idle lock waits: the "
                            "minutes count from when it is saved or discarded."))
        self.save_button.setText(self.tr("&Save settings"))

    def save(self) -> None:
        start = self.hours_from.time().toString("HH:mm")
        end = self.hours_to.time().toString("HH:mm")
        if start == end:
            self.status.setText(self.tr("The working hours must not start and end together."))
            return
        if self.may_manage and not self.working_days.days():
            self.status.setText(self.tr("Tick at least one working day."))
            return
        store = self.service.store
        if self.may_manage:
            store.set_setting("site_name", " ".join(self.site_name.text().split()))
            store.set_setting("organisation", self.organisation.currentData())
            self.service.set_working_hours(start, end)
            self.shift.set_working_days(self.working_days.days())
            store.set_setting(IDLE_SETTING, self.idle_minutes.value())
        self.settings.setValue("language", self.language.currentData())
        self.status.setText(self.tr("Saved."))
        self.saved.emit()


def idle_minutes(service: ContactService) -> int:
    """Minutes without input before the app locks (a site setting)."""
    try:
        value = int(service.store.setting(IDLE_SETTING) or DEFAULT_IDLE_MINUTES)
    except (TypeError, ValueError):
        value = DEFAULT_IDLE_MINUTES
    return max(1, min(value, 120))
