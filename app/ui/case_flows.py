"""The main window's case flows: the crisis questionnaire for the contact in progress
(Ctrl+K), and an assistance case opened from a crisis case or from a contact.

:class:`CaseFlows` is a part of :class:`app.ui.main_window.MainWindow` (which inherits
it), kept here so that the window's module holds the shell: pages, menus, navigation and
closing. It uses the window's services (``crisis``, ``assistance``, ``service``), its
intake form and pages; its texts are translated in the window's context ("MainWindow").
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt

from app.services.crisis.types import CrisisSubmission
from app.ui.crisis.page import CrisisPage
from app.ui.journal.page import ContactListPage
from app.ui.widgets import msgbox
from app.ui.widgets.formatting import show_date_time

translate = QCoreApplication.translate  # in the window's context: its translations apply


class CaseFlows:
    """Opening crisis and assistance cases from the window (mixed into MainWindow)."""

    # -- the crisis questionnaire --

    def _crisis_draft(self):  # type: ignore[no-untyped-def]
        """A questionnaire left unfinished, offered back (this contact's first)."""
        drafts = self.crisis.drafts()
        if not drafts:
            return None
        # Only this user's questionnaires: a colleague's draft waits for its owner.
        drafts = [d for d in drafts if d.user_id in (None, self.user.id)]
        if not drafts:
            return None
        mine = [d for d in drafts if d.record_id and d.record_id == self.intake.draft_id]
        draft = (mine or drafts)[0]
        when = show_date_time(draft.updated_at)
        answer = msgbox.choose(
            self, translate("MainWindow", "Unfinished crisis questionnaire"),
            translate("MainWindow", "A crisis questionnaire was left unfinished (last change "
                      "%1). Continue it, or start a new one?").replace("%1", when),
            [("restore", translate("MainWindow", "Continue it")),
             ("new", translate("MainWindow", "Start a new one")),
             ("discard", translate("MainWindow", "Discard it and start anew"))],
            default="restore", escape="new")
        if answer == "discard":
            self.crisis.discard_draft(draft.id)
            return None
        return draft if answer == "restore" else None

    def open_crisis(self) -> None:
        """The crisis questionnaire for the contact in progress (a new call if none)."""
        from app.ui.crisis.wizard import CrisisWizard, Hints

        if self.crisis_wizard is not None:
            self.crisis_wizard.raise_()
            self.crisis_wizard.activateWindow()
            return
        if not self.intake.active:
            self._start("phone")
            self.intake.choose_kind("consultation", focus=False)
        self.show_page("intake")
        form = self.intake
        draft = self._crisis_draft()
        destinations = [c for c in form.destinations.codes() if c != "XX"]
        hints = Hints(country=destinations[0] if destinations else None,
                      caller_role=form.caller_role.code(), gender=form.gender.code(),
                      age_group=form.age_group.code())
        wizard = CrisisWizard(
            self.crisis, self.lang, users=self.users.list(), submit=self._save_crisis,
            hints=hints, frequent_countries=self.service.frequent_destinations(),
            draft=draft, contact_draft_id=form.draft_id, parent=self)
        wizard.setWindowModality(Qt.WindowModality.WindowModal)
        wizard.finished.connect(self._crisis_closed)
        self.crisis_wizard = wizard
        wizard.open()
        wizard.activateWindow()

    def _save_crisis(self, sub: CrisisSubmission) -> str | None:
        from app.services.contacts.service import ConcurrentEditError
        from app.services.validation import ValidationError

        wizard = self.crisis_wizard
        problem = self.intake.started.problem()  # typed, not a date: refused, not replaced
        if problem is not None:
            return translate("MainWindow", "The contact's date and time: %1").replace("%1", problem)
        data, record_id, version, draft_id = self.intake.prepared()
        try:
            opened = self.crisis.open_case(
                data, sub, contact_id=record_id, expected_version=version,
                contact_draft_id=draft_id,
                crisis_draft_id=getattr(wizard, "draft_id", None))
        except ValidationError as exc:
            contact_errors = [e for e in exc.errors
                              if not e.field.startswith(("answers.", "referrals."))]
            if contact_errors:
                self.intake.show_errors(contact_errors)
                return translate("MainWindow", "The contact cannot be saved: %1. Cancel keeps "
                                 "the questionnaire as a draft; correct the contact, then "
                                 "Ctrl+K again.").replace(
                    "%1", "; ".join(self.intake.message_for(e) for e in contact_errors))
            return "; ".join(e.message for e in exc.errors)
        except ConcurrentEditError:
            return translate("MainWindow", "Someone else changed this contact since you opened it.")
        self.intake.finish_saved(opened.contact)
        crisis_page = self.built("crisis")
        if isinstance(crisis_page, CrisisPage):
            crisis_page.refresh()
        self.statusBar().showMessage(
            translate("MainWindow", "Contact saved; crisis case %1 opened.").replace(
                "%1", opened.case.number),
            8000)
        return None

    def _crisis_closed(self, _result: int) -> None:
        wizard = self.crisis_wizard
        self.crisis_wizard = None
        if wizard is not None:
            wizard.deleteLater()
        self.activateWindow()
        if self.intake.active:
            self.intake.setFocus()

    # -- assistance cases --

    def assistance_from_crisis(self, crisis_case_id: str, number: str) -> None:
        """An assistance case for the person of a crisis case."""
        cases_page = self.cases_page
        if cases_page is None:
            return
        self.show_page("cases")
        self._handed_over = (crisis_case_id, number)
        cases_page.open_from_crisis(crisis_case_id, number)

    def assistance_from_contact(self) -> None:
        """An assistance case for the contact chosen in the journal (or the saved
        contact open in the intake form)."""
        if not self.may("assistance.manage"):
            return
        contact_id = None
        journal = self.built("journal")
        if isinstance(journal, ContactListPage) and self.stack.currentWidget() is journal:
            contact_id = journal.selected_id()
        elif self.intake.active and self.intake.record_id:
            contact_id = self.intake.record_id
        if contact_id is None:
            msgbox.info(self, translate("MainWindow", "Assistance case"), translate(
                "MainWindow", "Choose a saved contact in the journal first."))
            return
        try:
            record = self.service.get(contact_id)
        except LookupError:
            return
        when = show_date_time(record.input.started_at)
        self._handed_over = None
        self.show_page("cases")
        cases_page = self.cases_page
        if cases_page is not None:
            cases_page.open_from_contact(contact_id, when)

    def _assistance_opened(self, case_id: str) -> None:
        """Offer to close the crisis case the assistance case was opened from."""
        handed, self._handed_over = self._handed_over, None
        if handed is None:
            return
        crisis_id, number = handed
        try:
            if (self.assistance.get(case_id).crisis_case_id != crisis_id
                    or self.crisis.get(crisis_id).status != "open"):
                return
        except LookupError:
            return
        if msgbox.ask(self, translate("MainWindow", "Close the crisis case?"), translate(
                "MainWindow", "Close crisis case %1 as handed over to an assistance case?"
                ).replace("%1", number)) == msgbox.Button.Yes:
            self.crisis.close(crisis_id, "assistance_case")
            crisis_page = self.built("crisis")
            if isinstance(crisis_page, CrisisPage):
                crisis_page.refresh()
