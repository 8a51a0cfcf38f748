"""Assistance cases: the list of a site's cases, and one case's file in tabs.

For social-work specialists: find a case (by number, the client's or a relative's name
or a phone, Cyrillic case-insensitive), open a new one (directly, from a crisis case or
from a contact), and keep its file: the client and relatives, trafficking details,
consent, services (Table 3), referrals and their lifecycle, monitoring visits and the
timeline; move it open → active → monitoring → closed; print its summary, full or
redacted, as a PDF that opens in the system's viewer.

Keyboard: Ctrl+N new case, Ctrl+F find, Ctrl+1…7 the tabs, Insert adds to the tab
shown, Enter edits the row chosen, Delete removes it, Ctrl+P prints the summary and
Ctrl+Shift+P the redacted one.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import (
    QEvent,
    QObject,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QStyle,
    QWidget,
)

from app.forms.fields import CodeCombo
from app.forms.ui_assistance_page import Ui_AssistancePage
from app.models.assistance import (
    ACCEPTED,
    CLOSED,
    DECLINED,
    DONE,
    GIVEN,
    MONITORING_AREAS,
    PLANNED,
    REFUSED,
)
from app.services.assistance.access import (
    CASES,
    REFERRALS,
    AssistancePermissionError,
    ConcurrentCaseEditError,
)
from app.services.assistance.service import AssistanceService
from app.services.assistance.types import (
    AreaInput,
    AssistanceCaseQuery,
    AssistanceCaseRecord,
    AssistanceReferralInput,
    CaseInput,
    ConsentInput,
    MonitoringInput,
    ServiceInput,
    TraffickingInput,
    VisitRow,
)
from app.services.casework.lifecycle import CaseStateError
from app.services.casework.paging import NOT_CLOSED
from app.services.contacts.service import UserRow
from app.services.validation import ValidationError
from app.ui.assistance.case_file import CaseFileView
from app.ui.assistance.case_list import CaseListModel
from app.ui.assistance.dialogs import (
    ClientDialog,
    ConsentDialog,
    MonitoringDialog,
    NoteDialog,
    ReasonDialog,
    ReferralDialog,
    ServiceDialog,
    StatusDialog,
    TraffickingDialog,
    describe_errors,
)
from app.ui.assistance.printing import SummaryPrinting
from app.ui.casework.lists import CaseListPage, setup_case_view
from app.ui.casework.refusals import refusal_text
from app.ui.casework.tables import selected_id
from app.ui.messages import user_text
from app.ui.tasks import Task
from app.ui.widgets import msgbox
from app.ui.widgets.formatting import show_date
from app.ui.widgets.style import heading
from app.ui.widgets.table_models import ID_ROLE

TABS = ("client", "trafficking", "consent", "services", "referrals", "monitoring", "timeline")


class CasesPage(CaseFileView, SummaryPrinting, CaseListPage, Ui_AssistancePage):
    """The assistance cases of the site, and one case in detail.

    The layout is the Designer form app/forms/assistance_page.ui; this class fills it
    and wires it."""

    opened = Signal(str)  # the id of a case just opened

    FILTERS = (NOT_CLOSED, "open", "active", "monitoring", CLOSED, "all")

    def __init__(self, service: AssistanceService, users: list[UserRow], lang: str,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.service = service
        self.users = users
        self.lang = lang
        self.case: AssistanceCaseRecord | None = None
        self.dialog: QDialog | None = None
        self.print_task: Task | None = None
        self.last_pdf: str | None = None
        self.setupUi(self)
        self._complete_form()
        self._connect()
        self.retranslate()
        self.apply()

    def _complete_form(self) -> None:
        """What the form cannot say: the code lists, the list's model, sizes."""
        tax = self.service.tax
        for key in self.FILTERS:
            self.status_filter.addItem(key, key)
        self.trafficking_filter = CodeCombo(tax["trafficking_status"], self.lang, empty="")
        self.trafficking_filter.setMinimumContentsLength(10)
        self.filters.addWidget(self.trafficking_filter, 0, 3)
        self.trafficking_label.setBuddy(self.trafficking_filter)
        QWidget.setTabOrder(self.status_filter, self.trafficking_filter)
        QWidget.setTabOrder(self.trafficking_filter, self.search)
        self.filter_labels = [self.status_label, self.trafficking_label, self.search_label]
        self.model = CaseListModel(self.service, self.lang, self)
        setup_case_view(self.view, self.model)
        margin = self.view.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin)
        widths = (95, 150, 110, 80, 80, 60)
        for col in range(self.model.columnCount()):
            width = widths[col] if col < len(widths) else 100
            # At least the column's title («Следующий визит») in the interface language.
            title = str(self.model.headerData(col, Qt.Orientation.Horizontal) or "")
            needed = self.view.fontMetrics().horizontalAdvance(title) + 2 * margin + 6
            self.view.setColumnWidth(col, max(width, needed))
        heading(self.case_title, 2)
        # Areas of life down, visits across (newest on the right): each line shows how
        # one area changed, as the printed summary does.
        self.visits.setRowCount(len(MONITORING_AREAS) + 2)
        self.splitter.setStretchFactor(0, 4)
        self.splitter.setStretchFactor(1, 7)
        self.splitter.setSizes([520, 800])  # in proportion: the list shows number to next visit

    def _connect(self) -> None:
        self.watch_filters([self.status_filter, self.trafficking_filter])
        self.new_button.clicked.connect(lambda _checked=False: self.new_case())
        self.status_button.clicked.connect(self.change_status)
        self.print_button.clicked.connect(lambda: self.print_summary(False))
        self.redacted_button.clicked.connect(lambda: self.print_summary(True))
        self.edit_client_button.clicked.connect(self.edit_client)
        self.edit_trafficking_button.clicked.connect(self.edit_trafficking)
        self.add_consent_button.clicked.connect(self.add_consent)
        self.withdraw_button.clicked.connect(self.withdraw_consent)
        self.add_service_button.clicked.connect(self.add_service)
        self.edit_service_button.clicked.connect(self.edit_service)
        self.given_button.clicked.connect(lambda: self.mark_service(GIVEN))
        self.service_declined_button.clicked.connect(lambda: self.mark_service(DECLINED))
        self.delete_service_button.clicked.connect(self.delete_service)
        self.add_referral_button.clicked.connect(self.add_referral)
        self.accept_button.clicked.connect(lambda: self.referral_status(ACCEPTED))
        self.done_button.clicked.connect(lambda: self.referral_status(DONE))
        self.decline_button.clicked.connect(self.decline_referral)
        self.delete_referral_button.clicked.connect(self.delete_referral)
        self.add_visit_button.clicked.connect(self.add_visit)
        self.edit_visit_button.clicked.connect(self.edit_visit)
        self.delete_visit_button.clicked.connect(self.delete_visit)
        self.note_button.clicked.connect(self.add_note)
        for table in (self.services, self.referrals, self.visits, self.consents):
            table.itemSelectionChanged.connect(self._update_buttons)
            table.installEventFilter(self)
        self.services.doubleClicked.connect(lambda _i: self.edit_service())
        self.visits.doubleClicked.connect(lambda _i: self.edit_visit())
        self.visits.itemSelectionChanged.connect(self._show_visit)
        self.timeline.installEventFilter(self)
        self.shortcut("Ctrl+N", lambda: self.new_case(None))
        self.shortcut("Ctrl+P", lambda: self.print_summary(False))
        self.shortcut("Ctrl+Shift+P", lambda: self.print_summary(True))
        for i in range(len(TABS)):
            self.shortcut(f"Ctrl+{i + 1}", lambda i=i: self.show_tab(TABS[i]))

    def retranslate(self) -> None:
        self.retranslateUi(self)
        names = {NOT_CLOSED: self.tr("Not closed"), "open": self.tr("Open"),
                 "active": self.tr("Active"), "monitoring": self.tr("Monitoring"),
                 CLOSED: self.tr("Closed"), "all": self.tr("All")}
        for i, key in enumerate(self.FILTERS):
            self.status_filter.setItemText(i, names[key])
        self.trafficking_filter.setItemText(0, self.tr("Any status"))
        for i in range(self.tabs.count()):
            self.tabs.setTabToolTip(i, f"Ctrl+{i + 1}")
        tax = self.service.tax
        self.visits.setVerticalHeaderLabels(
            [tax["monitoring_area"].label(a, self.lang) for a in MONITORING_AREAS]
            + [self.tr("Change"), self.tr("How")])
        self._fill()

    # -- the list --

    def query(self) -> AssistanceCaseQuery:
        key = self.status_filter.currentData()
        status = None if key == "all" else key
        return AssistanceCaseQuery(status=status, trafficking_status=self.trafficking_filter.code(),
                         text=self.search.text())

    def apply(self) -> None:
        self.search_timer.stop()
        current = self.case.id if self.case else None
        self.model.set_query(self.query())
        count = self.service.count(self.query())
        self.count_label.setText(self.tr("%n case(s)", "", count))
        # No case is opened by itself: opening one is a view of a person's data, written
        # to the audit log, so only the user's own choice opens it.
        if current and not self.select_case(current):
            self.show_case(None)

    def open_case_by_id(self, case_id: str) -> None:
        """Show a case, whatever the filters (they are reset when it is not listed)."""
        if not self.select_case(case_id):
            self.status_filter.setCurrentIndex(self.FILTERS.index("all"))
            self.trafficking_filter.setCurrentIndex(0)
            self.search.clear()
            self.apply()
            if not self.select_case(case_id):
                self.show_case(case_id)

    def show_tab(self, key: str) -> None:
        self.tabs.setCurrentIndex(TABS.index(key))

    # -- the case --

    def show_case(self, case_id: str | None) -> None:
        try:
            self.case = self.service.get(case_id) if case_id else None
        except LookupError:
            self.case = None
        self.detail.setEnabled(self.case is not None)
        self._fill()

    # -- selections and buttons --

    def _selected_service(self) -> Any:
        sid = selected_id(self.services)
        return next((s for s in self.case.services if s.id == sid), None) if self.case else None

    def _selected_referral(self) -> Any:
        rid = selected_id(self.referrals)
        return next((r for r in self.case.referrals if r.id == rid), None) if self.case \
            else None

    def _selected_visit(self) -> VisitRow | None:
        col = self.visits.currentColumn()
        item = self.visits.item(0, col) if col >= 0 else None
        vid = str(item.data(ID_ROLE)) if item is not None else None
        return next((v for v in self.case.visits if v.id == vid), None) if self.case else None

    def _selected_consent(self) -> Any:
        cid = selected_id(self.consents)
        return next((c for c in self.case.consents if c.id == cid), None) if self.case \
            else None

    def _update_buttons(self) -> None:
        case = self.case
        has = case is not None
        working = has and case is not None and case.status != CLOSED
        service = self._selected_service()
        referral = self._selected_referral()
        visit = self._selected_visit()
        consent = self._selected_consent()
        allowed = REFERRALS.allowed(referral.status) if referral else ()
        self.status_button.setEnabled(has and bool(CASES.allowed(case.status))
                                      if case else False)
        for b in (self.print_button, self.redacted_button, self.edit_client_button,
                  self.edit_trafficking_button, self.note_button, self.add_consent_button):
            b.setEnabled(has)
        self.withdraw_button.setEnabled(consent is not None and consent.withdrawn_on is None)
        for b in (self.add_service_button, self.add_referral_button, self.add_visit_button):
            b.setEnabled(working)
        self.edit_service_button.setEnabled(working and service is not None)
        self.delete_service_button.setEnabled(working and service is not None)
        self.given_button.setEnabled(working and service is not None
                                     and service.status != GIVEN)
        self.service_declined_button.setEnabled(working and service is not None
                                                and service.status == PLANNED)
        self.accept_button.setEnabled(working and ACCEPTED in allowed)
        self.decline_button.setEnabled(working and REFUSED in allowed)
        self.done_button.setEnabled(working and DONE in allowed)
        self.delete_referral_button.setEnabled(working and referral is not None)
        self.edit_visit_button.setEnabled(working and visit is not None)
        self.delete_visit_button.setEnabled(working and visit is not None)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) \
                and event.modifiers() == Qt.KeyboardModifier.NoModifier:
            key = event.key()
            actions: dict[Any, dict[Any, Any]] = {
                self.services: {Qt.Key.Key_Insert: self.add_service,
                                Qt.Key.Key_Return: self.edit_service,
                                Qt.Key.Key_Enter: self.edit_service,
                                Qt.Key.Key_Delete: self.delete_service},
                self.referrals: {Qt.Key.Key_Insert: self.add_referral,
                                 Qt.Key.Key_Delete: self.delete_referral},
                self.visits: {Qt.Key.Key_Insert: self.add_visit,
                              Qt.Key.Key_Return: self.edit_visit,
                              Qt.Key.Key_Enter: self.edit_visit,
                              Qt.Key.Key_Delete: self.delete_visit},
                self.consents: {Qt.Key.Key_Insert: self.add_consent},
                self.timeline: {Qt.Key.Key_Insert: self.add_note},
            }
            action = actions.get(watched, {}).get(key)
            if action is not None:
                action()
                return True
        return super().eventFilter(watched, event)

    # -- changing --

    def _problem(self, exc: Exception, labels: dict[str, str] | None = None) -> str:
        if isinstance(exc, ValidationError):
            # In the dialog's words when a dialog asked (its catalogue has them).
            return describe_errors(self.dialog or self, exc.errors, labels or {})
        if isinstance(exc, ConcurrentCaseEditError):
            return self.tr("Someone else changed this case meanwhile. Close this window and "
                           "open the case again.")
        if isinstance(exc, CaseStateError):
            return self.tr("Not possible now: %1").replace(
                "%1", refusal_text(exc, self.service.tax, self.lang))
        if isinstance(exc, AssistancePermissionError):
            return self.tr("Only social-work specialists work on assistance cases.")
        return user_text(exc)

    def _run(self, change: Any, labels: dict[str, str] | None = None) -> str | None:
        """Make a change; the problem as text, or None when it is saved."""
        try:
            change()
        except (ValidationError, CaseStateError, ConcurrentCaseEditError,
                AssistancePermissionError, LookupError) as exc:
            return self._problem(exc, labels)
        self._after_change()
        return None

    def _act(self, change: Any) -> bool:
        """A change without a dialog: a problem goes to a message box."""
        problem = self._run(change)
        if problem:
            msgbox.warn(self, self.tr("Not changed"), problem)
            return False
        return True

    def _after_change(self) -> None:
        if self.case is None:
            return
        case_id = self.case.id
        tab = self.tabs.currentIndex()
        rows = {t: t.currentRow() for t in (self.services, self.referrals, self.consents)}
        self.model.set_query(self.model.query)
        if not self.select_case(case_id):
            self.show_case(case_id)
        self.tabs.setCurrentIndex(tab)
        for table, row in rows.items():
            if 0 <= row < table.rowCount():
                table.selectRow(row)
        self.changed.emit()

    def _show(self, dialog: QDialog) -> None:
        """Open a dialog window-modally; it stays reachable as ``self.dialog``."""
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog = dialog
        before = QApplication.focusWidget()
        if before is None or not self.isAncestorOf(before):
            before = self.view
        dialog.finished.connect(lambda _r: self._dialog_done(dialog, before))
        dialog.open()

    def _dialog_done(self, dialog: QDialog, before: QWidget) -> None:
        if self.dialog is dialog:
            self.dialog = None
        # Back where the keyboard was (the table of the tab), ready for the next key.
        target = before if before.isVisible() and before.isEnabled() else self.view
        target.setFocus()

    # -- opening cases --

    def new_case(self, data: CaseInput | None = None, source: str = "") -> None:
        data = data or CaseInput()
        if not data.specialist_id:
            data.specialist_id = self.service.user_id

        def submit(value: CaseInput) -> str | None:
            try:
                record = self.service.open_case(value)
            except (ValidationError, LookupError, AssistancePermissionError) as exc:
                return self._problem(exc, dialog.labels)
            self.apply()
            self.open_case_by_id(record.id)
            self.changed.emit()
            self.opened.emit(record.id)
            return None

        dialog = ClientDialog(self.service.tax, self.lang, data, submit, self.users, new=True,
                              source=source, parent=self)
        self._show(dialog)

    def _existing(self, linked: list[tuple[str, str]]) -> bool:
        """When cases were already opened from the same source: show one, or go on."""
        if not linked:
            return False
        numbers = ", ".join(n for _i, n in linked)
        answer = msgbox.choose(
            self, self.tr("Assistance case exists"),
            self.tr("An assistance case was already opened from this: %1. Show it, or open "
                    "another one?").replace("%1", numbers),
            [("show", self.tr("Show it")), ("new", self.tr("Open another")),
             ("cancel", self.tr("Cancel"))], default="show", escape="cancel")
        if answer == "show":
            self.open_case_by_id(linked[-1][0])
            return True
        return answer == "cancel"

    def open_from_crisis(self, crisis_case_id: str, number: str = "") -> None:
        if self._existing(self.service.linked_cases(crisis_case_id=crisis_case_id)):
            return
        try:
            data = self.service.from_crisis_case(crisis_case_id)
        except (LookupError, AssistancePermissionError) as exc:
            msgbox.warn(self, self.tr("Not possible"), self._problem(exc))
            return
        self.new_case(data, self.tr(
            "From crisis case %1: the trafficking status and the exploitation recorded "
            "there are taken over.").replace("%1", number))

    def open_from_contact(self, contact_id: str, when: str = "") -> None:
        if self._existing(self.service.linked_cases(contact_id=contact_id)):
            return
        try:
            data = self.service.from_contact(contact_id)
        except (LookupError, AssistancePermissionError) as exc:
            msgbox.warn(self, self.tr("Not possible"), self._problem(exc))
            return
        self.new_case(data, self.tr("From the contact of %1.").replace("%1", when))

    # -- the case itself --

    def edit_client(self) -> None:
        if self.case is None:
            return
        case = self.case
        version = case.version

        def submit(value: CaseInput) -> str | None:
            return self._run(lambda: self.service.update(case.id, value,
                                                         expected_version=version),
                             dialog.labels)

        dialog = ClientDialog(self.service.tax, self.lang, case.input(), submit, self.users,
                              parent=self)
        self._show(dialog)

    def edit_trafficking(self) -> None:
        if self.case is None:
            return
        case = self.case
        version = case.version

        def submit(value: TraffickingInput) -> str | None:
            data = case.input()
            data.trafficking = value
            return self._run(lambda: self.service.update(case.id, data,
                                                         expected_version=version),
                             dialog.labels)

        dialog = TraffickingDialog(self.service.tax, self.lang, case.input().trafficking,
                                   submit, parent=self)
        self._show(dialog)

    def change_status(self) -> None:
        if self.case is None:
            return
        case = self.case

        def submit(value: tuple[str, str | None, str]) -> str | None:
            status, reason, note = value
            return self._run(lambda: self.service.set_status(case.id, status, reason=reason,
                                                             note=note), dialog.labels)

        dialog = StatusDialog(self.service.tax, self.lang, case.status, submit, parent=self)
        self._show(dialog)

    def add_note(self) -> None:
        if self.case is None:
            return
        case_id = self.case.id

        def submit(value: str) -> str | None:
            return self._run(lambda: self.service.add_note(case_id, value),
                             {"text": self.tr("Note")})

        self._show(NoteDialog(submit, parent=self))

    # -- services --

    def add_service(self) -> None:
        if self.case is None or self.case.status == CLOSED:
            return
        case_id = self.case.id

        def submit(value: ServiceInput) -> str | None:
            return self._run(lambda: self.service.add_service(case_id, value), dialog.labels)

        dialog = ServiceDialog(self.service.tax, self.lang, submit, parent=self)
        self.show_tab("services")
        self._show(dialog)

    def edit_service(self) -> None:
        current = self._selected_service()
        if current is None or self.case is None or self.case.status == CLOSED:
            return

        def submit(value: ServiceInput) -> str | None:
            return self._run(lambda: self.service.update_service(current.id, value),
                             dialog.labels)

        data = ServiceInput(current.service, current.service_on, current.provider,
                            current.provider_name, current.status, current.cost_minor,
                            current.currency, current.notes)
        dialog = ServiceDialog(self.service.tax, self.lang, submit, data, parent=self)
        self._show(dialog)

    def mark_service(self, status: str) -> bool:
        current = self._selected_service()
        if current is None:
            return False
        return self._act(lambda: self.service.set_service_status(current.id, status))

    def delete_service(self) -> None:
        current = self._selected_service()
        if current is None or self.case is None or self.case.status == CLOSED:
            return
        label = self.service.tax["service"].label(current.service, self.lang)
        if msgbox.ask(self, self.tr("Remove the service?"), self.tr(
                "Remove “%1” of %2 from the case? The timeline keeps a note of it.")
                .replace("%1", label).replace("%2", show_date(current.service_on))) \
                != msgbox.Button.Yes:
            return
        self._act(lambda: self.service.delete_service(current.id))

    # -- referrals --

    def add_referral(self) -> None:
        if self.case is None or self.case.status == CLOSED:
            return
        case_id = self.case.id

        def submit(value: AssistanceReferralInput) -> str | None:
            return self._run(lambda: self.service.add_referral(case_id, value), dialog.labels)

        dialog = ReferralDialog(self.service.tax, self.lang, submit, parent=self)
        self.show_tab("referrals")
        self._show(dialog)

    def referral_status(self, status: str, reason: str = "") -> bool:
        current = self._selected_referral()
        if current is None:
            return False
        return self._act(lambda: self.service.set_referral_status(current.id, status, reason))

    def decline_referral(self) -> None:
        current = self._selected_referral()
        if current is None:
            return

        def submit(reason: str) -> str | None:
            return self._run(lambda: self.service.set_referral_status(current.id, REFUSED,
                                                                      reason),
                             {"reason": self.tr("Reason")})

        self._show(ReasonDialog(submit, parent=self))

    def delete_referral(self) -> None:
        current = self._selected_referral()
        if current is None or self.case is None or self.case.status == CLOSED:
            return
        if msgbox.ask(self, self.tr("Remove the referral?"), self.tr(
                "Remove this referral from the case? The timeline keeps a note of it.")) \
                != msgbox.Button.Yes:
            return
        self._act(lambda: self.service.delete_referral(current.id))

    # -- monitoring --

    def _visit_dialog(self, submit: Any, data: MonitoringInput | None = None) -> None:
        dialog = MonitoringDialog(self.service.tax, self.lang, self.users, submit, data,
                                  parent=self)
        self.show_tab("monitoring")
        self._show(dialog)

    def add_visit(self) -> None:
        if self.case is None or self.case.status == CLOSED:
            return
        case_id = self.case.id
        last = self.case.visits[-1] if self.case.visits else None

        def submit(value: MonitoringInput) -> str | None:
            return self._run(lambda: self.service.add_visit(case_id, value),
                             self.dialog_labels())

        # A new visit starts from how things stood at the last one.
        data = MonitoringInput(
            visit_on=date.today(), specialist_id=self.service.user_id,
            areas={a: AreaInput(last.areas[a][0], "") for a in MONITORING_AREAS}
            if last else {})
        self._visit_dialog(submit, data)

    def dialog_labels(self) -> dict[str, str]:
        return dict(getattr(self.dialog, "labels", {}))

    def edit_visit(self) -> None:
        visit = self._selected_visit()
        if visit is None or self.case is None or self.case.status == CLOSED:
            return

        def submit(value: MonitoringInput) -> str | None:
            return self._run(lambda: self.service.update_visit(visit.id, value),
                             self.dialog_labels())

        data = MonitoringInput(visit.visit_on, visit.method, visit.specialist_id,
                               {a: AreaInput(*visit.areas[a]) for a in MONITORING_AREAS},
                               visit.change, visit.summary, visit.next_visit_on)
        self._visit_dialog(submit, data)

    def delete_visit(self) -> None:
        visit = self._selected_visit()
        if visit is None or self.case is None or self.case.status == CLOSED:
            return
        if msgbox.ask(self, self.tr("Remove the visit?"), self.tr(
                "Remove the monitoring visit of %1? The timeline keeps a note of it.")
                .replace("%1", show_date(visit.visit_on))) != msgbox.Button.Yes:
            return
        self._act(lambda: self.service.delete_visit(visit.id))

    # -- consent --

    def add_consent(self) -> None:
        if self.case is None:
            return
        case_id = self.case.id

        def submit(value: ConsentInput) -> str | None:
            return self._run(lambda: self.service.add_consent(case_id, value), dialog.labels)

        dialog = ConsentDialog(self.service.tax, self.lang, submit, parent=self)
        self.show_tab("consent")
        self._show(dialog)

    def withdraw_consent(self) -> bool:
        consent = self._selected_consent()
        if consent is None:
            return False
        return self._act(lambda: self.service.withdraw_consent(consent.id))
