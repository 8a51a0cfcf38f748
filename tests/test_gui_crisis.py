"""The crisis questionnaire and the crisis-cases page, driven with the keyboard."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPlainTextEdit, QWidget

from app.forms.fields import Checklist
from app.services.contacts.service import ContactInput, ContactQuery
from app.services.crisis.types import CrisisCaseQuery, CrisisSubmission
from app.ui.crisis.wizard import CrisisWizard
from app.ui.crisis.wizard_pages import (
    ConsentPage,
    DangerPage,
    EmergencyPage,
    QuestionPage,
    ReferralPage,
)
from app.ui.widgets import msgbox
from tests.keys import type_text
from tests.windows import make_window


def open_wizard(qtbot, window) -> CrisisWizard:
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    wizard = window.crisis_wizard
    assert isinstance(wizard, CrisisWizard)
    qtbot.waitExposed(wizard)
    qtbot.waitUntil(wizard.isActiveWindow, timeout=2000)
    return wizard


def page(wizard: CrisisWizard) -> QuestionPage:
    current = wizard.currentPage()
    assert isinstance(current, QuestionPage)
    return current


def choose(qtbot, widget: QWidget, text: str) -> None:
    """Type into a list to choose, as a consultant does."""
    widget.setFocus()
    qtbot.keyClicks(widget, text)


def tick_first(qtbot, checklist: QWidget) -> None:
    assert isinstance(checklist, Checklist)
    checklist.setFocus()
    checklist.setCurrentRow(0)
    qtbot.keyClick(checklist, Qt.Key.Key_Space)


def enter(qtbot, wizard: CrisisWizard) -> None:
    """Return on the page's focused field (never a multi-line note): the next page."""
    target = QApplication.focusWidget()
    if target is None or not wizard.isAncestorOf(target) or isinstance(target, QPlainTextEdit):
        current = wizard.currentPage()
        target = next((w for w in current.findChildren(QWidget)
                       if w.isVisible() and w.focusPolicy() != Qt.FocusPolicy.NoFocus
                       and not isinstance(w, QPlainTextEdit)), current)
    qtbot.keyClick(target, Qt.Key.Key_Return)


def danger_page(qtbot, wizard: CrisisWizard, in_danger: str = "N", country: str = "Pol"):
    current = page(wizard)
    assert isinstance(current, DangerPage)
    choose(qtbot, current.widgets["in_danger"], in_danger)
    qtbot.keyClick(QApplication.focusWidget() or current, Qt.Key.Key_Tab)
    choose(qtbot, current.widgets["speak_freely"], "Y")
    choose(qtbot, current.widgets["country"], country)
    enter(qtbot, wizard)


def situation_page(qtbot, wizard: CrisisWizard, crisis_type: str) -> None:
    current = page(wizard)
    assert current.page_def.id == "situation"
    choose(qtbot, current.widgets["crisis_type"], crisis_type)
    choose(qtbot, current.widgets["caller_relation"], "The")
    enter(qtbot, wizard)


# What each crisis type's page asks, filled by keyboard: (question, how, keys).
BRANCHES = {
    "labour_exploitation": ("Lab", "labour", [("documents_withheld", "combo", "Y"),
                                              ("free_to_leave", "combo", "N")]),
    "sexual_exploitation": ("Sex", "sexual", [("sx_documents_withheld", "combo", "Y")]),
    "domestic_violence": ("Dom", "domestic", [("injured", "combo", "Y")]),
    "lost_documents": ("Los", "documents", [("documents_lost", "tick", "")]),
    "repatriation": ("Rep", "repatriation", [("has_ticket_money", "combo", "N")]),
    "missing_person": ("Mis", "missing", [("missing_relation", "combo", "Son"),
                                          ("last_contact", "text", "two weeks ago")]),
    "detention": ("Det", "detention", [("detention_reason", "combo", "Imm")]),
    "health_emergency": ("Hea", "health", [("in_hospital", "combo", "Y")]),
    "fraud": ("Fra", "fraud", [("fraud_kind", "combo", "Wag")]),
    "other": ("Oth", "other_crisis", [("other_description", "text", "Застряла на границе")]),
}


@pytest.mark.parametrize("crisis_type", list(BRANCHES))
def test_each_crisis_type_by_keyboard_saves_contact_and_case(qtbot, window, crisis_type):
    prefix, page_id, answers = BRANCHES[crisis_type]
    window.new_phone()
    qtbot.keyClick(window.intake.kind_buttons["consultation"], Qt.Key.Key_1)
    wizard = open_wizard(qtbot, window)
    danger_page(qtbot, wizard)
    situation_page(qtbot, wizard, prefix)
    current = page(wizard)
    assert current.page_def.id == page_id
    for qid, how, keys in answers:
        widget = current.widgets[qid]
        if how == "combo":
            choose(qtbot, widget, keys)
        elif how == "tick":
            tick_first(qtbot, widget)
        else:
            widget.setFocus()
            type_text(widget, keys)
    enter(qtbot, wizard)
    # Indicators, maybe recruitment, then needs and consent: Enter through them.
    for _ in range(4):
        if isinstance(wizard.currentPage(), ReferralPage):
            break
        enter(qtbot, wizard)
    final = wizard.currentPage()
    assert isinstance(final, ReferralPage), wizard.currentPage()
    assert final.rows
    enter(qtbot, wizard)  # Finish
    qtbot.waitUntil(lambda: window.crisis_wizard is None, timeout=3000)

    [row] = window.crisis.cases(CrisisCaseQuery(status=None))
    case = window.crisis.get(row.id)
    assert case.crisis_type == crisis_type
    assert case.country == "PL"
    for qid, how, keys in answers:
        assert qid in case.answers
        if how == "text":
            assert case.answers[qid] == keys
    assert case.questionnaire_version == wizard.questionnaire.version
    contacts = window.service.page(ContactQuery())
    assert len(contacts) == 1
    saved = window.service.get(contacts[0].id).input
    assert saved.crisis
    assert "crisis_abroad" in saved.topics
    assert "crisis_case_opened" in saved.outcomes
    assert not window.intake.active
    assert window.service.drafts() == []
    if crisis_type == "labour_exploitation":
        assert case.trafficking_status == "possible"
        targets = {r.target for r in case.referrals}
        assert {"social_worker", "infoline_manager"} <= targets


def test_a_danger_answer_shows_the_guidance_first(qtbot, window):
    wizard = open_wizard(qtbot, window)
    assert window.intake.active  # Ctrl+K without a contact starts one
    danger_page(qtbot, wizard, in_danger="Y")
    current = page(wizard)
    assert isinstance(current, EmergencyPage)
    assert "112" in current.number.text()
    assert "Poland" in current.number.text()
    assert current.advice.text()
    enter(qtbot, wizard)  # guidance not confirmed yet: it stays
    assert wizard.currentPage() is current
    assert current.errors.isVisible()
    choose(qtbot, current.widgets["guidance_given"], "Y")
    enter(qtbot, wizard)
    assert page(wizard).page_def.id == "situation"


def test_cancel_saves_nothing_but_keeps_the_draft_offered_back(qtbot, window, monkeypatch):
    wizard = open_wizard(qtbot, window)
    danger_page(qtbot, wizard)
    choose(qtbot, page(wizard).widgets["crisis_type"], "Mis")
    assert wizard.isAncestorOf(QApplication.focusWidget())
    closing = []

    def close(parent, title, text, options, default, escape):
        closing.append((title, default, escape))
        return "close"

    monkeypatch.setattr(msgbox, "choose", close)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.crisis_wizard is None, timeout=3000)
    # Answers were given: Esc asked first, and Esc or Enter on the question stays.
    assert closing == [("Close the crisis questionnaire?", "stay", "stay")]
    assert window.crisis.count(CrisisCaseQuery(status=None)) == 0
    assert window.service.count(ContactQuery()) == 0
    [draft] = window.crisis.drafts()
    assert draft.payload["answers"]["crisis_type"] == "missing_person"
    assert draft.payload["version"] == 1
    assert draft.record_id == window.intake.draft_id

    asked = []

    def answer(parent, title, text, options, default, escape):
        asked.append(title)
        return "restore"

    monkeypatch.setattr(msgbox, "choose", answer)
    again = open_wizard(qtbot, window)
    assert asked == ["Unfinished crisis questionnaire"]
    assert again.answers["crisis_type"] == "missing_person"
    assert again.answers["country"] == "PL"
    assert page(again).page_def.id == "situation"  # where it stopped
    again.back()
    assert page(again).widgets["country"].code() == "PL"
    again.reject()


def test_missing_consent_blocks_a_named_referral(qtbot, window):
    wizard = open_wizard(qtbot, window)
    danger_page(qtbot, wizard)
    situation_page(qtbot, wizard, "Los")
    tick_first(qtbot, page(wizard).widgets["documents_lost"])
    enter(qtbot, wizard)
    while not isinstance(wizard.currentPage(), ConsentPage):
        enter(qtbot, wizard)
    consent = wizard.currentPage()
    assert "No consent" in consent.anonymous_hint.text()
    enter(qtbot, wizard)
    final = wizard.currentPage()
    assert isinstance(final, ReferralPage)
    embassy = next(r for r in final.rows if r.referral.target == "embassy")
    assert embassy.mode.currentData() == "anonymous"
    named = embassy.mode.model().item(0)
    assert not named.isEnabled()  # cannot even be chosen…
    embassy.mode.setCurrentIndex(0)  # …and forced, it is refused
    enter(qtbot, wizard)
    assert wizard.isVisible()
    assert "no consent" in final.errors.text()
    assert window.crisis.count(CrisisCaseQuery(status=None)) == 0
    embassy.mode.setCurrentIndex(1)
    enter(qtbot, wizard)
    qtbot.waitUntil(lambda: window.crisis_wizard is None, timeout=3000)
    [row] = window.crisis.cases()
    modes = {r.target: r.mode for r in window.crisis.get(row.id).referrals}
    assert modes["embassy"] == "anonymous"


def test_consent_makes_a_proposed_referral_named(qtbot, window):
    wizard = open_wizard(qtbot, window)
    danger_page(qtbot, wizard)
    situation_page(qtbot, wizard, "Lab")
    labour = page(wizard)
    choose(qtbot, labour.widgets["documents_withheld"], "Y")
    choose(qtbot, labour.widgets["free_to_leave"], "N")
    enter(qtbot, wizard)
    control = page(wizard)
    assert control.page_def.id == "control"
    assert control.notice.isVisible()  # "possible trafficking", in plain sight
    assert "Possible trafficking" in control.notice.text()
    while not isinstance(wizard.currentPage(), ConsentPage):
        enter(qtbot, wizard)
    consent = wizard.currentPage()
    checklist = consent.widgets["consent"]
    first = checklist.item(0)
    assert "(proposed)" in first.text()
    tick_first(qtbot, checklist)
    ticked = first.data(Qt.ItemDataRole.UserRole)
    giver = consent.widgets["consent_by"]
    giver.setFocus()
    qtbot.keyClick(giver, Qt.Key.Key_Down)  # from «—» to the person concerned
    assert consent.widgets["consent_by"].code() == "person"
    enter(qtbot, wizard)
    final = wizard.currentPage()
    assert not final.consent_note.isVisible()
    row = next(r for r in final.rows if r.referral.target == ticked)
    assert row.mode.currentData() == "named"


def test_a_ticked_consent_without_who_gave_it_keeps_referrals_anonymous(qtbot, window):
    wizard = open_wizard(qtbot, window)
    danger_page(qtbot, wizard)
    situation_page(qtbot, wizard, "Lab")
    labour = page(wizard)
    choose(qtbot, labour.widgets["documents_withheld"], "Y")
    choose(qtbot, labour.widgets["free_to_leave"], "N")
    enter(qtbot, wizard)
    while not isinstance(wizard.currentPage(), ConsentPage):
        enter(qtbot, wizard)
    consent = wizard.currentPage()
    checklist = consent.widgets["consent"]
    tick_first(qtbot, checklist)
    ticked = checklist.item(0).data(Qt.ItemDataRole.UserRole)
    assert consent.widgets["consent_by"].code() is None  # left at «—»
    assert "not recorded" in consent.anonymous_hint.text()
    enter(qtbot, wizard)
    final = wizard.currentPage()
    assert isinstance(final, ReferralPage)
    assert final.consent_note.isVisible()  # the wizard says why
    assert "Who gave the consent is not recorded" in final.consent_note.text()
    row = next(r for r in final.rows if r.referral.target == ticked)
    assert row.mode.currentData() == "anonymous"
    assert not row.mode.model().item(0).isEnabled()
    enter(qtbot, wizard)
    qtbot.waitUntil(lambda: window.crisis_wizard is None, timeout=3000)
    [case_row] = window.crisis.cases()
    case = window.crisis.get(case_row.id)
    assert {r.mode for r in case.referrals if r.target == ticked} == {"anonymous"}
    assert case.consents[ticked] is False


def test_esc_before_any_answer_closes_at_once_and_continue_keeps_it_open(
        qtbot, window, monkeypatch):
    wizard = open_wizard(qtbot, window)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)  # nothing asked
    qtbot.waitUntil(lambda: window.crisis_wizard is None, timeout=3000)
    assert window.crisis.drafts() == []
    wizard = open_wizard(qtbot, window)
    danger_page(qtbot, wizard)
    monkeypatch.setattr(msgbox, "choose", lambda *a, **k: "stay")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert wizard.isVisible()
    assert window.crisis_wizard is wizard
    assert page(wizard).page_def.id == "situation"
    wizard.button(wizard.WizardButton.CancelButton).click()  # the same question
    assert wizard.isVisible()
    monkeypatch.setattr(msgbox, "choose", lambda *a, **k: "close")
    wizard.button(wizard.WizardButton.CancelButton).click()
    qtbot.waitUntil(lambda: window.crisis_wizard is None, timeout=3000)


def test_a_reopened_draft_returns_to_the_page_where_it_stopped(qtbot, window, monkeypatch):
    wizard = open_wizard(qtbot, window)
    danger_page(qtbot, wizard)
    situation_page(qtbot, wizard, "Lab")
    stopped = page(wizard).page_def.id
    assert stopped == "labour"
    monkeypatch.setattr(msgbox, "choose", lambda parent, title, *a, **k: (
        "close" if title == "Close the crisis questionnaire?" else "restore"))
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.crisis_wizard is None, timeout=3000)
    [draft] = window.crisis.drafts()
    assert draft.payload["page"] == "labour"
    again = open_wizard(qtbot, window)
    assert page(again).page_def.id == "labour"
    assert again.answers["crisis_type"] == "labour_exploitation"
    again.back()  # the pages before it are there to go back to
    assert page(again).page_def.id == "situation"
    again.reject()


def test_ticking_the_crisis_topic_offers_the_questionnaire(qtbot, window):
    window.new_phone()
    form = window.intake
    qtbot.keyClick(form.kind_buttons["consultation"], Qt.Key.Key_1)
    assert not form.crisis_offer.isVisible()
    form.topics.set_codes(["crisis_abroad"])
    assert form.crisis_offer.isVisible()
    assert "Ctrl+K" in form.crisis_offer.text()
    assert window.crisis_wizard is None  # offered, not forced
    form.crisis_button.click()
    assert isinstance(window.crisis_wizard, CrisisWizard)
    window.crisis_wizard.reject()


def test_a_contact_error_keeps_the_wizard_open(qtbot, window):
    window.new_phone()
    form = window.intake
    qtbot.keyClick(form.kind_buttons["consultation"], Qt.Key.Key_1)
    form.notes.setPlainText("я" * 20_001)
    wizard = open_wizard(qtbot, window)
    problem = wizard.submit(CrisisSubmission(
        answers={"in_danger": "no", "speak_freely": "yes", "country": "PL",
                 "crisis_type": "other", "caller_relation": "self",
                 "other_description": "x"}, referrals=[], version=1))
    assert problem is not None
    assert "cannot be saved" in problem
    assert window.service.count(ContactQuery()) == 0
    assert window.intake.active
    wizard.reject()


# -- the crisis-cases page ----------------------------------------------------------------


def open_case(window, answers: dict) -> str:
    crisis = window.crisis
    sub = CrisisSubmission(answers=answers, referrals=crisis.propose(answers), version=1)
    data = ContactInput(started_at=datetime.now(UTC) - timedelta(minutes=5))
    return crisis.open_case(data, sub).case.id


LOST = {"in_danger": "no", "speak_freely": "yes", "country": "DE",
        "crisis_type": "lost_documents", "caller_relation": "self",
        "documents_lost": ["passport"]}


def test_cases_page_highlights_overdue_and_moves_referrals(qtbot, window, monkeypatch):
    first = open_case(window, LOST)
    second = open_case(window, {**LOST, "crisis_type": "fraud", "documents_lost": None})
    crisis = window.crisis
    late = next(r for r in crisis.get(first).referrals if r.target == "embassy")
    crisis.reschedule(late.id, datetime.now(UTC) - timedelta(hours=3))
    window.show_page("crisis")
    view = window.crisis_page
    assert view.model.rowCount() == 2
    assert view.overdue_banner.isVisible()
    overdue_row = next(i for i, r in enumerate(view.model.rows) if r.id == first)
    index = view.model.index(overdue_row, 5)
    assert index.data(Qt.ItemDataRole.BackgroundRole) is not None
    assert "overdue" in index.data()
    view.overdue_banner.click()
    assert view.model.rowCount() == 1
    assert view.case.id == first

    # Move the overdue referral on: accepted, then done.
    row = next(i for i, r in enumerate(view.case.referrals) if r.id == late.id)
    view.referrals.selectRow(row)
    assert view.accept_button.isEnabled()
    view.accept_button.click()
    assert crisis.referral(late.id).status == "accepted"
    view.referrals.selectRow(row)
    view.done_button.click()
    assert crisis.referral(late.id).status == "done"
    assert view.model.rowCount() == 0  # nothing overdue any more

    view.status_filter.setCurrentIndex(view.FILTERS.index("open"))
    assert view.select_case(second)
    follow = next(i for i, r in enumerate(view.case.referrals) if r.target is None)
    view.referrals.selectRow(follow)
    warnings = []
    monkeypatch.setattr(msgbox, "warn", lambda *a: warnings.append(a[2]))
    assert not view.change_status("declined", "")  # a reason is required
    assert warnings == ["Something required is missing: give the reason or choose a value."]
    assert view.change_status("declined", "Номер не отвечает")
    assert crisis.referral(view.case.referrals[follow].id).status == "declined"

    assert view.add_note("Звонили в посольство")
    assert view.add_follow_up(ContactInput(channel="phone", started_at=datetime.now(UTC),
                                           notes="Перезвонила сама"))
    texts = [view.timeline.item(i).text() for i in range(view.timeline.count())]
    assert any("Звонили в посольство" in t for t in texts)
    assert any("Follow-up contact" in t for t in texts)
    assert view.close_case("resolved", "Всё хорошо")
    assert crisis.get(second).status == "closed"
    assert crisis.count(CrisisCaseQuery()) == 1


def test_main_window_fits_a_small_screen_in_russian(qtbot, store, consultant, tmp_path, qapp):
    from app.ui import i18n

    translators = i18n.install(qapp, "ru")
    try:
        w = make_window(qtbot, store, consultant, tmp_path, lang="ru", show=False)
        w.show_page("crisis")
        assert w.minimumSizeHint().width() <= 1366
        nav = [w.nav.item(i).data(Qt.ItemDataRole.UserRole) for i in range(w.nav.count())]
        assert "crisis" in nav
    finally:
        i18n.remove(qapp, translators)


def test_a_contact_date_that_is_no_date_is_refused_with_the_case_not_replaced(qtbot, window):
    window.new_email()
    form = window.intake
    form.started.edit.setText("31.02.2026 10:00")
    wizard = open_wizard(qtbot, window)
    problem = wizard.submit(CrisisSubmission(
        answers={"in_danger": "no", "speak_freely": "yes", "country": "PL",
                 "crisis_type": "other", "caller_relation": "self",
                 "other_description": "x"}, referrals=[], version=1))
    assert problem is not None
    assert "31.02.2026" in problem
    assert window.service.count(ContactQuery()) == 0
    assert window.crisis.count(CrisisCaseQuery(status=None)) == 0
    assert form.started.message.isVisible()
    wizard.reject()
