"""The case pages' shared kit: a refusal of the case kernel reads in the interface
language, the states it names too; the assistance page is built from its Designer form."""

from __future__ import annotations

import re
from datetime import date

import pytest
from PySide6.QtWidgets import QApplication

from app.models.assistance import ACCEPTED, DONE
from app.services.assistance.service import AssistanceService
from app.services.assistance.types import AssistanceReferralInput, CaseInput, ClientInput
from app.services.casework.lifecycle import CaseStateError
from app.services.contacts.service import UserService
from app.ui import i18n
from app.ui.assistance.page import CasesPage
from app.ui.widgets import msgbox

LATIN_WORD = re.compile(r"\b[A-Za-z]{3,}\b")


@pytest.fixture
def russian():
    app = QApplication.instance()
    translators = i18n.install(app, "ru")
    yield
    i18n.remove(app, translators)
    i18n.install(app, "en")


@pytest.fixture
def service(store) -> AssistanceService:
    specialist = UserService(store).add("Мария Соколова", role="specialist")
    return AssistanceService(store, specialist.id)


def test_a_refused_referral_move_is_told_in_russian_with_the_states_named(
        qtbot, russian, service, monkeypatch):
    case = service.open_case(CaseInput(client=ClientInput(name="Ольга Кравец",
                                                          phone="+375 29 000-11-22")))
    ref = service.add_referral(case.id, AssistanceReferralInput("lawyer", sent_on=date.today()))
    service.set_referral_status(ref.id, ACCEPTED)
    service.set_referral_status(ref.id, DONE)
    page = CasesPage(service, [], "ru")
    qtbot.addWidget(page)
    page.open_case_by_id(case.id)
    page.show_tab("referrals")
    page.referrals.selectRow(0)
    told = []
    monkeypatch.setattr(msgbox, "warn", lambda _parent, title, text: told.append((title, text)))
    assert page.referral_status(ACCEPTED) is False  # a referral done is done

    [(title, text)] = told
    tax = service.tax
    done, accepted = (tax["referral_status"].label(code, "ru") for code in (DONE, ACCEPTED))
    assert text.startswith("Сейчас невозможно: ")
    assert f"«{done}»" in text
    assert f"«{accepted}»" in text
    assert LATIN_WORD.findall(text) == [], text  # no English inside the Russian sentence
    assert LATIN_WORD.findall(title) == [], title


def test_the_kernel_refusal_keeps_its_english_for_the_command_line(service):
    case = service.open_case(CaseInput(client=ClientInput(name="Ольга Кравец",
                                                          phone="+375 29 000-11-22")))
    with pytest.raises(CaseStateError) as caught:
        service.set_status(case.id, "monitoring")  # open → monitoring skips the work
    assert str(caught.value) == "a case that is open cannot become monitoring"
    assert caught.value.states == "case_status"


def test_the_assistance_page_is_laid_out_by_its_designer_form(qtbot, service):
    page = CasesPage(service, [], "en")
    qtbot.addWidget(page)
    assert page.objectName() == "AssistancePage"  # the form's top widget
    assert page.new_button.text() == "&New case…"  # texts of the form, translated there
    assert [page.tabs.tabText(i) for i in range(page.tabs.count())] == [
        "Client", "Trafficking", "Consent", "Services", "Referrals", "Monitoring", "Timeline"]
    # What the form cannot hold is added by the page: the code-list filter beside its
    # label, the list's model.
    assert page.trafficking_label.buddy() is page.trafficking_filter
    assert page.filters.indexOf(page.trafficking_filter) >= 0
    assert page.view.model() is page.model
