"""The crisis questionnaire: a wizard whose pages come from the questionnaire's data.

The pages are the questionnaire's (app/resources/questionnaires), shown by one page
class per page role, and a last page of code: the referral proposal. Each page checks
its own answers; the flow skips pages whose condition fails. Nothing is written until
Finish, and then the contact and the case in one transaction. Cancel writes nothing
but the draft, which is offered back the next time.

Beside the pages, the contacts abroad of the country where the person is now (the
directory's side panel): F7 moves to the list, F8 or Enter copies the chosen entry into
the summary, and the contact records that the entry was given.

Keyboard: type to choose in a list, Space ticks, Tab moves, Enter goes to the next
page, Esc cancels (keeping the draft).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QPlainTextEdit,
    QWidget,
    QWizard,
)

from app.models import countries
from app.models import questionnaire as qn
from app.services.contacts.service import DraftRow, UserRow
from app.services.crisis.service import CrisisService
from app.services.crisis.types import CrisisReferralInput, CrisisSubmission
from app.services.directory.service import DirectoryService, Entry
from app.ui.crisis.wizard_pages import (
    ConsentPage,
    DangerPage,
    EmergencyPage,
    Hints,
    IndicatorsPage,
    QuestionPage,
    ReferralPage,
)
from app.ui.directory.panel import DirectoryPanel
from app.ui.widgets import msgbox
from app.ui.widgets.drafts import DraftKeeper

log = logging.getLogger("app.ui")

DRAFT_DEBOUNCE_MS = 400
COUNTRY_QUESTION = "country"  # where the person is now: the directory panel's country
SUMMARY_QUESTION = "summary"  # the free text that directory entries are copied into


# -- the wizard ----------------------------------------------------------------------------


class CrisisWizard(QWizard):
    """The crisis questionnaire of one contact.

    ``submit(submission)`` saves (the contact and the case, in one transaction) and
    returns None, or a message why it could not; the wizard then stays open.
    """

    PAGE_CLASSES: dict[str, type[QuestionPage]] = {
        "danger": DangerPage,
        "emergency": EmergencyPage,
        "questions": QuestionPage,
        "indicators": IndicatorsPage,
        "consent": ConsentPage,
    }
    FINAL_PAGE = ReferralPage

    saved = Signal(object)  # whatever submit produced

    def __init__(self, crisis: CrisisService, lang: str, *, users: list[UserRow],
                 submit: Callable[[CrisisSubmission], str | None],
                 hints: Hints | None = None, frequent_countries: list[str] | None = None,
                 draft: DraftRow | None = None, contact_draft_id: str | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.crisis = crisis
        self.lang = lang
        self.users = users
        self.submit = submit
        self.contact_draft_id = contact_draft_id
        self.draft_id: str | None = None
        self.restored_referrals: list[CrisisReferralInput] | None = None
        self.finished_ok = False
        self.directory_given: list[str] = []
        self.texts: dict[str, str] = {}
        # Whether the consultant has answered anything: Esc then asks before closing.
        self.answered = False
        self.resume_page: str | None = None
        version = None
        if draft is not None:
            version = int(draft.payload.get("version") or 0) or None
        self.questionnaire = crisis.questionnaire(version)
        self.answers: dict[str, Any] = {}
        hints = hints or Hints()
        self.frequent_countries = [c for c in [hints.country, *(frequent_countries or [])] if c]
        if draft is not None:
            self.draft_id = draft.id
            self.answers = dict(draft.payload.get("answers") or {})
            self.directory_given = [str(e) for e in draft.payload.get("directory_given") or []]
            self.answered = bool(self.answers)
            self.resume_page = str(draft.payload.get("page") or "") or None
            refs = draft.payload.get("referrals")
            if refs:
                self.restored_referrals = [CrisisReferralInput.from_json(r) for r in refs]
        else:
            self._apply_hints(hints)
        self.setWindowTitle(self.questionnaire.title.get(lang))
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, False)
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.page_ids: dict[str, int] = {}
        for i, page in enumerate(self.questionnaire.pages):
            cls = self.PAGE_CLASSES[page.role]
            self.setPage(i, cls(self, page))
            self.page_ids[page.id] = i
        self.final_id = len(self.questionnaire.pages)
        self.referral_page = self.FINAL_PAGE(self)
        self.setPage(self.final_id, self.referral_page)
        self.setStartId(0)
        self.drafts = DraftKeeper(self.save_draft, self, pause_ms=DRAFT_DEBOUNCE_MS)
        self.directory_panel = DirectoryPanel(
            DirectoryService(crisis.store, crisis.user_id, crisis.tax), lang)
        self.directory_panel.setMinimumWidth(260)
        self.directory_panel.setMaximumWidth(320)
        self.directory_panel.set_given(self.directory_given)
        self.directory_panel.copy_requested.connect(self.copy_directory_entry)
        self.setSideWidget(self.directory_panel)
        self._update_directory()
        for key, slot in (("F7", self.directory_panel.focus_list),
                          ("F8", self.directory_panel.copy_current)):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        self.button(QWizard.WizardButton.CancelButton).clicked.disconnect()
        self.button(QWizard.WizardButton.CancelButton).clicked.connect(self.cancel)
        self.currentIdChanged.connect(self._page_changed)
        self.retranslate()
        self.resize(1180, 660)

    def retranslate(self) -> None:
        # Qt ships no Belarusian catalogue: the buttons are translated here.
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< &Back"))
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Next >"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Finish and save"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Cancel (Esc)"))
        self.directory_panel.copy_button.setText(self.tr("Copy to the summary (F8)"))
        self.texts = {
            "giver_missing": self.tr(
                "Who gave the consent is not recorded: without it there is no consent, and "
                "every referral stays anonymous advice. Choose who gave it to pass the "
                "person's data on."),
        }

    def _apply_hints(self, hints: Hints) -> None:
        if hints.country and hints.country != countries.UNDEFINED:
            self.answers["country"] = hints.country
        if hints.caller_role:
            self.answers["caller_relation"] = hints.caller_role
            if hints.caller_role == "self":
                if hints.gender and hints.gender != "unknown":
                    self.answers["person_gender"] = hints.gender
                if hints.age_group:
                    self.answers["person_age_group"] = hints.age_group

    # -- flow --

    def next_after(self, page_id: str) -> int:
        nxt = self.questionnaire.next_page(page_id, self.answers)
        return self.page_ids[nxt.id] if nxt is not None else self.final_id

    def current_page_def(self) -> qn.Page | None:
        page = self.currentPage()
        return page.page_def if isinstance(page, QuestionPage) else None

    def set_answer(self, qid: str, value: Any) -> None:
        if value is None or (isinstance(value, str | list) and len(value) == 0):
            self.answers.pop(qid, None)
        else:
            self.answers[qid] = value
        if qid == COUNTRY_QUESTION:
            self._update_directory()
        self.schedule_draft()

    # -- contacts abroad --

    def _update_directory(self) -> None:
        country = self.answers.get(COUNTRY_QUESTION)
        self.directory_panel.set_countries([str(country)] if country else [])

    def summary_question(self) -> qn.Question | None:
        """Where copied entries go: the summary, else the first free-text question."""
        questions = self.questionnaire.questions
        if SUMMARY_QUESTION in questions:
            return questions[SUMMARY_QUESTION]
        return next((q for q in questions.values() if q.type == "textarea"), None)

    def copy_directory_entry(self, entry: Entry) -> None:
        """F8: the entry's contacts go into the summary, on a line of their own, and
        the contact saved with the case records that the entry was given."""
        question = self.summary_question()
        if question is None or self.finished_ok:
            return
        self.answered = True
        line = self.directory_panel.text.notes_text(entry)
        current = str(self.answers.get(question.id) or "").rstrip()
        text = f"{current}\n{line}" if current else line
        self.set_answer(question.id, text)
        for page_id in self.pageIds():
            page = self.page(page_id)
            widget = page.widgets.get(question.id) if isinstance(page, QuestionPage) else None
            if isinstance(page, QuestionPage) and isinstance(widget, QPlainTextEdit):
                page.show_answer(question.id)
                cursor = widget.textCursor()
                cursor.movePosition(cursor.MoveOperation.End)
                widget.setTextCursor(cursor)
        if entry.id not in self.directory_given:
            self.directory_given.append(entry.id)
        self.directory_panel.mark_given(entry.id)
        self.schedule_draft()

    # -- drafts --

    def schedule_draft(self, *_args: Any) -> None:
        if not self.finished_ok:
            self.drafts.changed()

    def payload(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "questionnaire": self.questionnaire.id, "version": self.questionnaire.version,
            "answers": dict(self.answers), "contact_draft_id": self.contact_draft_id,
            "directory_given": list(self.directory_given), "page": self.page_key(),
        }
        if self.currentId() == self.final_id and self.referral_page.rows:
            data["referrals"] = [r.to_json() for r in self.referral_page.all_referrals()]
        return data

    def save_draft(self) -> None:
        if self.finished_ok:
            return
        try:
            self.draft_id = self.crisis.save_draft(self.draft_id, self.payload(),
                                                   self.contact_draft_id)
        except Exception:
            log.exception("could not save the crisis draft")

    def page_key(self) -> str:
        """Where the consultant is: the questionnaire page's id, or the referrals."""
        page = self.currentPage()
        if isinstance(page, QuestionPage):
            return page.page_def.id
        return "referrals" if self.currentId() == self.final_id else ""

    def _page_changed(self, _page_id: int) -> None:
        if self.answered:
            self.schedule_draft()

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if self.resume_page:
            target, self.resume_page = self.resume_page, None
            self.go_to(target)

    def go_to(self, key: str) -> None:
        """Walk forward to a page (a reopened draft's), as Next does, stopping where a
        page's answers are not complete."""
        for _step in range(len(self.page_ids) + 1):
            if self.page_key() in (key, ""):
                return
            before = self.currentId()
            self.next()
            if self.currentId() == before:
                return

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and event.modifiers() in (
                Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier):
            event.accept()
            self.cancel()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: Any) -> None:
        if self.isVisible() and not self.finished_ok:
            event.ignore()
            self.cancel()
            return
        super().closeEvent(event)

    def cancel(self) -> None:
        """Esc, Cancel or the window's close: with answers given, ask first."""
        if self.answered and not self.finished_ok:
            answer = msgbox.choose(
                self, self.tr("Close the crisis questionnaire?"),
                self.tr("The answers are kept as a draft and offered again with Ctrl+K."),
                [("close", self.tr("Close")), ("stay", self.tr("Continue the questionnaire"))],
                default="stay", escape="stay")
            if answer != "close":
                return
        self.reject()

    def reject(self) -> None:
        """Cancel: nothing is saved but the draft, offered back next time."""
        self.drafts.stop()
        if self.answers:
            self.save_draft()
        super().reject()

    # -- finishing --

    def finish(self, referrals: list[CrisisReferralInput]) -> str | None:
        self.drafts.stop()
        sub = CrisisSubmission(answers=dict(self.answers), referrals=referrals,
                               version=self.questionnaire.version,
                               questionnaire=self.questionnaire.id,
                               directory_given=list(self.directory_given))
        problem = self.submit(sub)
        if problem is None:
            self.finished_ok = True
        else:
            self.schedule_draft()
        return problem
