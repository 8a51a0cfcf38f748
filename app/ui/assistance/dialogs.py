"""Dialogs of the assistance case screen: the client, trafficking details, a service,
a referral, a monitoring visit, consent, a relative, a change of status.

Every dialog is filled and confirmed with the keyboard alone (Tab between fields,
Enter on a line or a date confirms, Esc cancels; notes fields pass Tab on). On OK a
dialog hands its input to a ``submit`` callback; a problem it reports is shown in the
dialog, which stays open with everything typed.

At about 730 lines this module is a little over the ~700 the project keeps to: its
eleven dialogs share one base (``_Dialog``, whose class name is also the translation
context of the field errors it describes) and are kept together so that base stays
private to them.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Generic, TypeVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.forms.fields import CodeChecklist, CodeCombo
from app.models import countries
from app.models.assistance import (
    CASE_TRANSITIONS,
    CLOSED,
    MONITORING_AREAS,
)
from app.models.taxonomy import Taxonomy
from app.services.assistance.types import (
    AreaInput,
    AssistanceReferralInput,
    CaseInput,
    ClientInput,
    ConsentInput,
    MonitoringInput,
    RelativeInput,
    ServiceInput,
    TraffickingInput,
)
from app.services.assistance.validation import format_cost, parse_cost
from app.services.contacts.service import UserRow
from app.services.validation import FieldError, ValidationError
from app.ui.widgets.datefield import DateError, DateField
from app.ui.widgets.style import ERROR_RED

T = TypeVar("T")
Submit = Callable[[T], str | None]
"""Saves what a dialog gathered; returns a message to show, or None when saved."""

ERROR_STYLE = f"color: {ERROR_RED}; font-weight: bold;"
PERSONAL_STYLE = ("background: #fff3cd; color: #664d03; padding: 4px 8px;"
                  " border: 1px solid #e0c36a;")


class DateEdit(DateField):
    """A date that must be given: typed as digits (day, month, year), or picked."""

    def __init__(self, value: date | None = None, parent: QWidget | None = None):
        super().__init__(value, parent=parent)

    def value(self) -> date:  # type: ignore[override]
        picked = self.date_value()
        if picked is None:  # pragma: no cover - a required field refuses empty text
            raise DateError("no date")
        return picked


class OptionalDateEdit(DateField):
    """A date that may be unknown: the field is then empty."""

    def __init__(self, value: date | None = None, parent: QWidget | None = None):
        super().__init__(value, optional=True, parent=parent)

    def value(self) -> date | None:  # type: ignore[override]
        return self.date_value()


class CountryCombo(QComboBox):
    """A country by its name in the interface language; type to jump to it."""

    def __init__(self, lang: str, empty: str = "—", parent: QWidget | None = None):
        super().__init__(parent)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(14)
        self.addItem(empty, None)
        for code, name in countries.names(lang):
            self.addItem(name, code)

    def code(self) -> str | None:
        value = self.currentData()
        return str(value) if value else None

    def set_code(self, code: str | None) -> None:
        self.setCurrentIndex(max(self.findData(code), 0) if code else 0)


def notes_edit(height: int = 70) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setTabChangesFocus(True)
    edit.setMinimumHeight(height)
    return edit


class _Dialog(QDialog, Generic[T]):
    """OK / Cancel, an error line, and a submit callback that may refuse."""

    def __init__(self, submit: Submit[T] | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.submit = submit
        self.labels: dict[str, str] = {}  # field name → its label, for error messages
        self.widget_labels: dict[int, str] = {}  # id(widget) → its label
        self.errors = QLabel()
        self.errors.setWordWrap(True)
        self.errors.setStyleSheet(ERROR_STYLE)
        self.errors.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def value(self) -> T:
        raise NotImplementedError

    def check(self) -> str | None:
        """A problem the dialog itself finds before submitting (a sum that is not one)."""
        return None

    def date_problem(self) -> str | None:
        """The first date field whose text is not a date: said under it, and focused."""
        for field in self.findChildren(DateField):
            problem = field.problem()
            if problem is not None:
                field.setFocus()
                label = self.widget_labels.get(id(field), "")
                return f"{label}: {problem}" if label else problem
        return None

    def accept(self) -> None:
        problem = self.date_problem()
        if problem is None:
            problem = self.check()
        if problem is None and self.submit is not None:
            problem = self.submit(self.value())
        if problem:
            self.errors.setText(problem)
            self.errors.show()
            return
        super().accept()

    def finish(self, layout: QVBoxLayout | QFormLayout) -> None:
        if isinstance(layout, QFormLayout):
            layout.addRow(self.errors)
            layout.addRow(self.buttons)
        else:
            layout.addWidget(self.errors)
            layout.addWidget(self.buttons)

    def add_row(self, form: QFormLayout, name: str, label: str, widget: QWidget) -> None:
        self.labels[name] = label.replace("&", "").rstrip(":*").strip()
        self.widget_labels[id(widget)] = self.labels[name]
        form.addRow(label, widget)

    def describe(self, exc: ValidationError) -> str:
        return describe_errors(self, exc.errors, self.labels)


def describe_errors(widget: QWidget, errors: list[FieldError], labels: dict[str, str]) -> str:
    """The problems of a validation, one line each, in the interface language.

    One translation context for every caller, dialog or page alike.
    """
    phrases = {
        "required": QCoreApplication.translate("CaseErrors", "required"),
        "too_long": QCoreApplication.translate("CaseErrors", "too long"),
        "future": QCoreApplication.translate("CaseErrors", "is in the future"),
        "too_early": QCoreApplication.translate("CaseErrors", "is too long ago"),
        "unknown_code": QCoreApplication.translate("CaseErrors", "not a known value"),
        "invalid_email": QCoreApplication.translate("CaseErrors", "not an e-mail address"),
        "invalid_phone": QCoreApplication.translate("CaseErrors", "not a phone number"),
        "before_start": QCoreApplication.translate("CaseErrors", "is before the start"),
        "bad_value": QCoreApplication.translate("CaseErrors", "not valid"),
    }
    lines = []
    for e in errors:
        if e.field == "client.contact":
            lines.append(QCoreApplication.translate(
                "CaseErrors",
                "Give at least one way to reach the client: phone, e-mail or address."))
            continue
        name = e.field.rsplit(".", 1)[-1] if e.field not in labels else e.field
        label = labels.get(e.field) or labels.get(name) or e.field
        lines.append(f"{label}: {phrases.get(e.problem, e.message)}")
    return "\n".join(lines)


# -- the client ---------------------------------------------------------------------------


class RelativeDialog(_Dialog[RelativeInput]):
    def __init__(self, tax: Taxonomy, lang: str, relative: RelativeInput | None = None,
                 parent: QWidget | None = None):
        super().__init__(None, parent)
        self.setWindowTitle(self.tr("Relative"))
        self.relative_id = relative.id if relative else None
        self.name = QLineEdit()
        self.relation = CodeCombo(tax["relation"], lang)
        self.phone = QLineEdit()
        self.address = QLineEdit()
        self.assisted = QCheckBox(self.tr("Also receives assistance"))
        self.notes = QLineEdit()
        form = QFormLayout(self)
        self.add_row(form, "name", self.tr("&Name:*"), self.name)
        self.add_row(form, "relation", self.tr("&Relation:"), self.relation)
        self.add_row(form, "phone", self.tr("&Phone:"), self.phone)
        self.add_row(form, "address", self.tr("&Address:"), self.address)
        form.addRow("", self.assisted)
        self.add_row(form, "notes", self.tr("N&otes:"), self.notes)
        self.finish(form)
        if relative is not None:
            self.name.setText(relative.name)
            self.relation.set_code(relative.relation)
            self.phone.setText(relative.phone)
            self.address.setText(relative.address)
            self.assisted.setChecked(relative.assisted)
            self.notes.setText(relative.notes)

    def check(self) -> str | None:
        if not self.name.text().strip():
            return self.tr("Name: required")
        return None

    def value(self) -> RelativeInput:
        return RelativeInput(self.name.text().strip(), self.relation.code() or "other_relative",
                             self.phone.text().strip(), self.address.text().strip(),
                             self.assisted.isChecked(), self.notes.text().strip(),
                             self.relative_id)


class ClientDialog(_Dialog[CaseInput]):
    """The client's identity and contacts and the relatives involved; for a new case
    also the trafficking status and the specialist.

    Personal data: the app requires it here and nowhere else, and says so.
    """

    def __init__(self, tax: Taxonomy, lang: str, data: CaseInput, submit: Submit[CaseInput],
                 users: list[UserRow], *, new: bool = False, source: str = "",
                 parent: QWidget | None = None):
        super().__init__(submit, parent)
        self.tax = tax
        self.lang = lang
        self.data = data
        self.new = new
        self.setWindowTitle(self.tr("New assistance case") if new else self.tr("Client"))
        self.personal = QLabel(self.tr(
            "Personal data of the client: required for an assistance case, and asked for "
            "nowhere else in the app. Record only what the client agreed to; it is shown "
            "to specialists and hidden in redacted summaries."))
        self.personal.setWordWrap(True)
        self.personal.setObjectName("personalData")
        self.personal.setStyleSheet(f"QLabel#personalData {{ {PERSONAL_STYLE} }}")
        self.source = QLabel(source)
        self.source.setWordWrap(True)
        self.source.setVisible(bool(source))
        c = data.client
        self.name = QLineEdit(c.name)
        self.gender = CodeCombo(tax["gender"], lang)
        self.gender.set_code(c.gender)
        self.birth_date = OptionalDateEdit(c.birth_date)
        self.phone = QLineEdit(c.phone)
        self.email = QLineEdit(c.email)
        self.address = QLineEdit(c.address)
        self.region = CodeCombo(tax["region"], lang, empty="—")
        self.region.set_code(c.region)
        self.citizenship = CountryCombo(lang)
        self.citizenship.set_code(c.citizenship)
        self.trafficking_status = CodeCombo(tax["trafficking_status"], lang, empty="—")
        self.trafficking_status.set_code(data.trafficking.status)
        self.specialist = QComboBox()
        for u in users:
            self.specialist.addItem(u.full_name, u.id)
        if data.specialist_id:
            self.specialist.setCurrentIndex(max(self.specialist.findData(data.specialist_id), 0))
        self.relatives: list[RelativeInput] = [
            RelativeInput(r.name, r.relation, r.phone, r.address, r.assisted, r.notes, r.id)
            for r in data.relatives]
        self.relatives_table = QTableWidget(0, 3)
        self.relatives_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.relatives_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.relatives_table.verticalHeader().hide()
        self.relatives_table.horizontalHeader().setStretchLastSection(True)
        self.relatives_table.setMaximumHeight(110)
        self.relatives_table.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Relation"), self.tr("Phone")])
        # The columns' titles whole («Кем приходится»), however short the names.
        self.relatives_table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.relatives_table.horizontalHeader().setStretchLastSection(True)
        self.add_relative = QPushButton(self.tr("Add a re&lative…"))
        self.edit_relative = QPushButton(self.tr("Ed&it…"))
        self.remove_relative = QPushButton(self.tr("Remo&ve"))

        form = QFormLayout()
        self.add_row(form, "name", self.tr("&Name:*"), self.name)
        self.add_row(form, "gender", self.tr("&Gender:*"), self.gender)
        self.add_row(form, "birth_date", self.tr("Date of &birth:"), self.birth_date)
        self.add_row(form, "phone", self.tr("&Phone:"), self.phone)
        self.add_row(form, "email", self.tr("&E-mail:"), self.email)
        self.add_row(form, "address", self.tr("A&ddress:"), self.address)
        self.add_row(form, "region", self.tr("&Region:"), self.region)
        self.add_row(form, "citizenship", self.tr("&Citizenship:"), self.citizenship)
        if new:
            self.add_row(form, "status", self.tr("&Trafficking status:"),
                         self.trafficking_status)
            self.add_row(form, "specialist", self.tr("&Specialist:"), self.specialist)
        self.hint = QLabel(self.tr("* required, and at least one of phone, e-mail or address"))
        rel_buttons = QHBoxLayout()
        for b in (self.add_relative, self.edit_relative, self.remove_relative):
            rel_buttons.addWidget(b)
        rel_buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.personal)
        layout.addWidget(self.source)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(QLabel(self.tr("Relatives involved:")))
        layout.addWidget(self.relatives_table)
        layout.addLayout(rel_buttons)
        self.finish(layout)
        self.add_relative.clicked.connect(self._add_relative)
        self.edit_relative.clicked.connect(self._edit_relative)
        self.remove_relative.clicked.connect(self._remove_relative)
        self.relatives_table.doubleClicked.connect(lambda _i: self._edit_relative())
        self._fill_relatives()
        self.resize(560, self.sizeHint().height())

    def _fill_relatives(self) -> None:
        self.relatives_table.setRowCount(0)
        for r in self.relatives:
            row = self.relatives_table.rowCount()
            self.relatives_table.insertRow(row)
            for col, text in enumerate((r.name, self.tax["relation"].label(r.relation,
                                                                           self.lang), r.phone)):
                self.relatives_table.setItem(row, col, QTableWidgetItem(text))
        has = bool(self.relatives)
        self.edit_relative.setEnabled(has)
        self.remove_relative.setEnabled(has)

    def _add_relative(self) -> None:
        dialog = RelativeDialog(self.tax, self.lang, parent=self)
        if dialog.exec():
            self.relatives.append(dialog.value())
            self._fill_relatives()

    def _edit_relative(self) -> None:
        row = self.relatives_table.currentRow()
        if not 0 <= row < len(self.relatives):
            return
        dialog = RelativeDialog(self.tax, self.lang, self.relatives[row], parent=self)
        if dialog.exec():
            self.relatives[row] = dialog.value()
            self._fill_relatives()

    def _remove_relative(self) -> None:
        row = self.relatives_table.currentRow()
        if 0 <= row < len(self.relatives):
            del self.relatives[row]
            self._fill_relatives()

    def value(self) -> CaseInput:
        client = ClientInput(
            name=self.name.text().strip(), gender=self.gender.code() or "female",
            birth_date=self.birth_date.value(), phone=self.phone.text().strip(),
            email=self.email.text().strip(), address=self.address.text().strip(),
            region=self.region.code(), citizenship=self.citizenship.code())
        trafficking = self.data.trafficking
        specialist = self.data.specialist_id
        if self.new:
            trafficking = TraffickingInput(**{**trafficking.__dict__,
                                              "status": self.trafficking_status.code()})
            specialist = self.specialist.currentData() or specialist
        return CaseInput(client=client, trafficking=trafficking, relatives=list(self.relatives),
                         specialist_id=specialist, crisis_case_id=self.data.crisis_case_id,
                         contact_id=self.data.contact_id, organisation=self.data.organisation)


class TraffickingDialog(_Dialog[TraffickingInput]):
    """Trafficking status, who decided it and when, and the exploitation in HTCDS codes."""

    def __init__(self, tax: Taxonomy, lang: str, data: TraffickingInput,
                 submit: Submit[TraffickingInput], parent: QWidget | None = None):
        super().__init__(submit, parent)
        self.setWindowTitle(self.tr("Trafficking details"))
        self.status = CodeCombo(tax["trafficking_status"], lang, empty="—")
        self.status.set_code(data.status)
        self.decided_by = CodeCombo(tax["trafficking_decided_by"], lang, empty="—")
        self.decided_by.set_code(data.decided_by)
        self.decided_on = OptionalDateEdit(data.decided_on)
        self.exploitation = CodeChecklist(tax["exploitation_type"], lang)
        self.exploitation.set_codes(data.exploitation_types)
        self.control = CodeChecklist(tax["method_of_control"], lang)
        self.control.set_codes(data.methods_of_control)
        self.recruitment = CodeChecklist(tax["recruitment_method"], lang)
        self.recruitment.set_codes(data.recruitment_methods)
        self.country = CountryCombo(lang)
        self.country.set_code(data.country)
        self.period_from = OptionalDateEdit(data.period_from)
        self.period_to = OptionalDateEdit(data.period_to)
        self.notes = notes_edit()
        self.notes.setPlainText(data.notes)

        form = QFormLayout()
        self.add_row(form, "status", self.tr("&Status:"), self.status)
        self.add_row(form, "decided_by", self.tr("&Decided by:"), self.decided_by)
        self.add_row(form, "decided_on", self.tr("Decided &on:"), self.decided_on)
        self.add_row(form, "country", self.tr("&Country of exploitation:"), self.country)
        period = QHBoxLayout()
        period.addWidget(self.period_from)
        period.addWidget(QLabel("–"))
        period.addWidget(self.period_to)
        period.addStretch(1)
        self.labels["period_from"] = self.labels["period_to"] = self.tr("Period")
        period_label = QLabel(self.tr("&Period:"))
        period_label.setBuddy(self.period_from)
        form.addRow(period_label, period)
        lists = QGridLayout()
        for i, (title, widget, name) in enumerate((
                (self.tr("Type of exploitation"), self.exploitation, "exploitation_type"),
                (self.tr("Methods of control"), self.control, "method_of_control"),
                (self.tr("Recruitment"), self.recruitment, "recruitment_method"))):
            label = QLabel(title)
            label.setBuddy(widget)
            # Every code whole on its line: a list has no scroll bar across.
            widget.setMinimumWidth(widget.sizeHintForColumn(0) + 2 * widget.frameWidth() + 4)
            # Two side by side, the third below: the area scrolls down, not across.
            row, col = 2 * (i // 2), i % 2
            lists.addWidget(label, row, col)
            lists.addWidget(widget, row + 1, col, Qt.AlignmentFlag.AlignTop)
            self.labels[name] = title
        holder = QWidget()
        holder.setLayout(lists)
        scroll = QScrollArea()
        scroll.setWidget(holder)
        scroll.setWidgetResizable(True)
        scroll.setMinimumHeight(300)
        self.notes.setMaximumHeight(110)  # the three lists get the room
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(scroll, 1)
        self.labels["notes"] = self.tr("Notes")
        layout.addWidget(QLabel(self.tr("Notes:")))
        layout.addWidget(self.notes)
        self.finish(layout)
        self.resize(900, 640)

    def value(self) -> TraffickingInput:
        return TraffickingInput(
            status=self.status.code(), decided_by=self.decided_by.code(),
            decided_on=self.decided_on.value(), exploitation_types=self.exploitation.codes(),
            methods_of_control=self.control.codes(),
            recruitment_methods=self.recruitment.codes(), country=self.country.code(),
            period_from=self.period_from.value(), period_to=self.period_to.value(),
            notes=self.notes.toPlainText().strip())


# -- services, referrals, monitoring, consent -------------------------------------------------


class ServiceDialog(_Dialog[ServiceInput]):
    def __init__(self, tax: Taxonomy, lang: str, submit: Submit[ServiceInput],
                 data: ServiceInput | None = None, parent: QWidget | None = None):
        super().__init__(submit, parent)
        self.lang = lang
        self.setWindowTitle(self.tr("Service") if data else self.tr("Add a service"))
        data = data or ServiceInput(service_on=date.today())
        self.service = CodeCombo(tax["service"], lang)
        self.service.setMinimumContentsLength(30)
        self.service.set_code(data.service)
        self.service_on = DateEdit(data.service_on)
        self.status = CodeCombo(tax["service_status"], lang)
        self.status.set_code(data.status)
        self.provider = CodeCombo(tax["service_provider"], lang)
        self.provider.set_code(data.provider)
        self.provider_name = QLineEdit(data.provider_name)
        self.cost = QLineEdit(format_cost(data.cost_minor, "", lang))
        self.currency = data.currency
        self.notes = notes_edit()
        self.notes.setPlainText(data.notes)
        form = QFormLayout(self)
        self.add_row(form, "service", self.tr("&Service:"), self.service)
        self.add_row(form, "service_on", self.tr("&Date:"), self.service_on)
        self.add_row(form, "status", self.tr("S&tatus:"), self.status)
        self.add_row(form, "provider", self.tr("&Provided by:"), self.provider)
        self.add_row(form, "provider_name", self.tr("&Organisation or person:"),
                     self.provider_name)
        cost_row = QHBoxLayout()
        cost_row.addWidget(self.cost)
        cost_row.addWidget(QLabel(self.currency))
        self.labels["cost"] = self.tr("Cost")
        cost_label = QLabel(self.tr("&Cost:"))
        cost_label.setBuddy(self.cost)  # a row of a layout gets no buddy by itself
        form.addRow(cost_label, cost_row)
        self.add_row(form, "notes", self.tr("&Notes:"), self.notes)
        self.finish(form)
        self.resize(520, self.sizeHint().height())

    def check(self) -> str | None:
        try:
            parse_cost(self.cost.text())
        except ValueError:
            return self.tr("Cost: write a sum such as 25 or 12,50")
        return None

    def value(self) -> ServiceInput:
        return ServiceInput(
            service=self.service.code() or "", service_on=self.service_on.value(),
            provider=self.provider.code() or "own_staff",
            provider_name=self.provider_name.text().strip(),
            status=self.status.code() or "given", cost_minor=parse_cost(self.cost.text()),
            currency=self.currency, notes=self.notes.toPlainText().strip())


class ReferralDialog(_Dialog[AssistanceReferralInput]):
    def __init__(self, tax: Taxonomy, lang: str, submit: Submit[AssistanceReferralInput],
                 data: AssistanceReferralInput | None = None, parent: QWidget | None = None):
        super().__init__(submit, parent)
        self.setWindowTitle(self.tr("Referral") if data else self.tr("Add a referral"))
        data = data or AssistanceReferralInput(sent_on=date.today())
        self.target = CodeCombo(tax["referral_target"], lang)
        self.target.set_code(data.target)
        self.organisation = QLineEdit(data.organisation)
        self.purpose = notes_edit()
        self.purpose.setPlainText(data.purpose)
        self.sent_on = DateEdit(data.sent_on)
        form = QFormLayout(self)
        self.add_row(form, "target", self.tr("&To:"), self.target)
        self.add_row(form, "organisation", self.tr("&Organisation:"), self.organisation)
        self.add_row(form, "sent_on", self.tr("&Sent on:"), self.sent_on)
        self.add_row(form, "purpose", self.tr("&Purpose:"), self.purpose)
        self.finish(form)
        self.resize(520, self.sizeHint().height())

    def value(self) -> AssistanceReferralInput:
        return AssistanceReferralInput(self.target.code() or "", self.organisation.text().strip(),
                             self.purpose.toPlainText().strip(), self.sent_on.value())


class MonitoringDialog(_Dialog[MonitoringInput]):
    """A monitoring visit: the situation in each area of life, and the change."""

    def __init__(self, tax: Taxonomy, lang: str, users: list[UserRow],
                 submit: Submit[MonitoringInput], data: MonitoringInput | None = None,
                 parent: QWidget | None = None):
        super().__init__(submit, parent)
        self.setWindowTitle(self.tr("Monitoring visit") if data
                            else self.tr("Add a monitoring visit"))
        data = data or MonitoringInput(visit_on=date.today())
        self.visit_on = DateEdit(data.visit_on)
        self.method = CodeCombo(tax["monitoring_method"], lang)
        self.method.set_code(data.method)
        self.specialist = QComboBox()
        self.specialist.addItem("—", None)
        for u in users:
            self.specialist.addItem(u.full_name, u.id)
        self.specialist.setCurrentIndex(max(self.specialist.findData(data.specialist_id), 0))
        self.levels: dict[str, CodeCombo] = {}
        self.notes: dict[str, QLineEdit] = {}
        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("Situation")), 0, 1)
        grid.addWidget(QLabel(self.tr("What the specialist saw")), 0, 2)
        for row, area in enumerate(MONITORING_AREAS, start=1):
            level = CodeCombo(tax["situation_level"], lang)
            a = data.areas.get(area, AreaInput())
            level.set_code(a.level)
            note = QLineEdit(a.note)
            label = QLabel(tax["monitoring_area"].label(area, lang) + ":")
            label.setBuddy(level)
            grid.addWidget(label, row, 0)
            grid.addWidget(level, row, 1)
            grid.addWidget(note, row, 2)
            self.levels[area], self.notes[area] = level, note
            self.labels[area] = self.labels[f"{area}.note"] = label.text().rstrip(":")
        grid.setColumnStretch(2, 1)
        self.change = CodeCombo(tax["change_assessment"], lang, empty="—")
        self.change.set_code(data.change)
        self.summary = notes_edit()
        self.summary.setPlainText(data.summary)
        self.next_visit = OptionalDateEdit(data.next_visit_on)
        form = QFormLayout()
        self.add_row(form, "visit_on", self.tr("&Date:"), self.visit_on)
        self.add_row(form, "method", self.tr("&How:"), self.method)
        self.add_row(form, "specialist", self.tr("S&pecialist:"), self.specialist)
        bottom = QFormLayout()
        self.add_row(bottom, "change", self.tr("&Change since the last visit:"), self.change)
        self.add_row(bottom, "summary", self.tr("&Assessment:"), self.summary)
        self.add_row(bottom, "next_visit_on", self.tr("&Next visit:"), self.next_visit)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(grid)
        layout.addLayout(bottom)
        self.finish(layout)
        self.resize(640, self.sizeHint().height())

    def value(self) -> MonitoringInput:
        return MonitoringInput(
            visit_on=self.visit_on.value(), method=self.method.code() or "home_visit",
            specialist_id=self.specialist.currentData(),
            areas={a: AreaInput(self.levels[a].code() or "unknown", self.notes[a].text().strip())
                   for a in MONITORING_AREAS},
            change=self.change.code(), summary=self.summary.toPlainText().strip(),
            next_visit_on=self.next_visit.value())


class ConsentDialog(_Dialog[ConsentInput]):
    def __init__(self, tax: Taxonomy, lang: str, submit: Submit[ConsentInput],
                 parent: QWidget | None = None):
        super().__init__(submit, parent)
        self.setWindowTitle(self.tr("Record consent"))
        self.scope = CodeCombo(tax["consent_scope"], lang)
        self.recipient = CodeCombo(tax["referral_target"], lang)
        for combo in (self.scope, self.recipient):  # «Специалист по социальной работе»
            combo.setMinimumContentsLength(32)
        self.recipient_name = QLineEdit()
        self.given_on = DateEdit()
        self.expires_on = OptionalDateEdit()
        self.notes = QLineEdit()
        form = QFormLayout(self)
        self.add_row(form, "scope", self.tr("&What may be shared:"), self.scope)
        self.add_row(form, "recipient", self.tr("&With whom:"), self.recipient)
        self.add_row(form, "recipient_name", self.tr("&Organisation or person:"),
                     self.recipient_name)
        self.add_row(form, "given_on", self.tr("&Given on:"), self.given_on)
        self.add_row(form, "expires_on", self.tr("&Valid until:"), self.expires_on)
        self.add_row(form, "notes", self.tr("&Notes:"), self.notes)
        self.finish(form)

    def value(self) -> ConsentInput:
        return ConsentInput(self.scope.code() or "", self.recipient.code() or "",
                            self.recipient_name.text().strip(), self.given_on.value(),
                            self.expires_on.value(), self.notes.text().strip())


class StatusDialog(_Dialog[tuple[str, str | None, str]]):
    """Move the case on; closing asks for the reason."""

    def __init__(self, tax: Taxonomy, lang: str, current: str,
                 submit: Submit[tuple[str, str | None, str]], parent: QWidget | None = None):
        super().__init__(submit, parent)
        self.setWindowTitle(self.tr("Case status"))
        self.status = QComboBox()
        for code in CASE_TRANSITIONS.get(current, ()):
            label = tax["case_status"].label(code, lang)
            if current == CLOSED:
                label = self.tr("Reopen: %1").replace("%1", label)
            self.status.addItem(label, code)
        self.reason = CodeCombo(tax["closure_reason"], lang, empty="—")
        self.note = notes_edit(60)
        form = QFormLayout(self)
        self.now = QLabel(self.tr("Now: %1").replace("%1", tax["case_status"].label(current,
                                                                                    lang)))
        form.addRow(self.now)
        self.add_row(form, "status", self.tr("&New status:"), self.status)
        self.add_row(form, "reason", self.tr("Closure &reason:"), self.reason)
        self.add_row(form, "note", self.tr("N&ote:"), self.note)
        self.finish(form)
        self.status.currentIndexChanged.connect(self._changed)
        self._changed()

    def _changed(self) -> None:
        closing = self.status.currentData() == CLOSED
        self.reason.setEnabled(closing)
        if not closing:
            self.reason.set_code(None)

    def value(self) -> tuple[str, str | None, str]:
        return (str(self.status.currentData()), self.reason.code(),
                self.note.toPlainText().strip())


class NoteDialog(_Dialog[str]):
    def __init__(self, submit: Submit[str], parent: QWidget | None = None):
        super().__init__(submit, parent)
        self.setWindowTitle(self.tr("Note"))
        self.text = notes_edit(120)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Note for the case timeline:")))
        layout.addWidget(self.text)
        self.finish(layout)

    def value(self) -> str:
        return self.text.toPlainText().strip()


class ReasonDialog(_Dialog[str]):
    """Why a referral was declined."""

    def __init__(self, submit: Submit[str], parent: QWidget | None = None):
        super().__init__(submit, parent)
        self.setWindowTitle(self.tr("Referral declined"))
        self.text = QLineEdit()
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Why was it declined?")))
        layout.addWidget(self.text)
        self.finish(layout)

    def value(self) -> str:
        return self.text.text().strip()


def stretch_last(table: QTableWidget) -> None:
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)

