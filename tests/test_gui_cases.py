"""The assistance cases page, driven with the keyboard as a specialist would."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from sqlalchemy import select

from app.services.assistance.types import AssistanceCaseQuery
from app.services.contacts.service import ContactInput
from app.services.crisis.types import CrisisSubmission
from app.ui.assistance.dialogs import (
    ClientDialog,
    MonitoringDialog,
    ReferralDialog,
    ServiceDialog,
    StatusDialog,
)
from app.ui.widgets import msgbox
from tests.keys import type_text
from tests.windows import make_window


@pytest.fixture
def window(qtbot, store, staff, tmp_path):
    specialist = staff("specialist")  # assistance cases are social-work specialists' work
    return make_window(qtbot, store, specialist, tmp_path)


def key(qtbot, k, modifier=Qt.KeyboardModifier.NoModifier, widget: QWidget | None = None):
    qtbot.keyClick(widget or QApplication.focusWidget(), k, modifier)



def focus() -> QWidget:
    w = QApplication.focusWidget()
    assert w is not None
    return w


def wait_dialog(qtbot, page, kind):
    qtbot.waitUntil(lambda: isinstance(page.dialog, kind) and page.dialog.isVisible())
    dialog = page.dialog
    qtbot.waitUntil(lambda: dialog.isActiveWindow() or QApplication.focusWidget() is not None)
    return dialog


def test_a_case_with_services_referrals_and_monitoring_by_keyboard(qtbot, window, tmp_path,
                                                                    monkeypatch):
    window.show_page("cases")
    page = window.cases_page
    assert page.model.rowCount() == 0
    page.view.setFocus()

    # Ctrl+N: the client's identity, marked as personal data.
    key(qtbot, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier, page.view)
    dialog = wait_dialog(qtbot, page, ClientDialog)
    assert "Personal data" in dialog.personal.text()
    dialog.name.setFocus()
    type_text(dialog.name, "Ольга Кравец")
    key(qtbot, Qt.Key.Key_Return, widget=dialog.name)  # nothing to reach her by yet
    assert dialog.isVisible()
    assert "at least one way to reach the client" in dialog.errors.text()
    dialog.phone.setFocus()
    type_text(dialog.phone, "+375 29 000-11-22")
    dialog.trafficking_status.setFocus()
    qtbot.keyClicks(dialog.trafficking_status, "V")  # Victim of trafficking
    key(qtbot, Qt.Key.Key_Return, widget=dialog.phone)
    qtbot.waitUntil(lambda: page.dialog is None)
    case = page.case
    assert case is not None
    assert (case.client.name, case.client.phone, case.status) == (
        "Ольга Кравец", "+375 29 000-11-22", "open")
    assert case.trafficking.status == "actual"
    assert page.model.rowCount() == 1
    assert "Ольга Кравец" in page.case_title.text()

    # Ctrl+4, Insert: a service, chosen by typing.
    key(qtbot, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier, page.view)
    assert page.tabs.currentIndex() == 3
    page.services.setFocus()
    key(qtbot, Qt.Key.Key_Insert, widget=page.services)
    dialog = wait_dialog(qtbot, page, ServiceDialog)
    dialog.service.setFocus()
    qtbot.keyClicks(dialog.service, "Ps")  # Psychological assistance
    assert dialog.service.code() == "psychological"
    dialog.cost.setFocus()
    qtbot.keyClicks(dialog.cost, "12,5x")
    key(qtbot, Qt.Key.Key_Return, widget=dialog.cost)
    assert "Cost" in dialog.errors.text()  # not a sum: the dialog stays open
    key(qtbot, Qt.Key.Key_Backspace, widget=dialog.cost)
    dialog.notes.setFocus()
    type_text(dialog.notes, "Первая встреча с психологом")
    dialog.cost.setFocus()
    key(qtbot, Qt.Key.Key_Return, widget=dialog.cost)
    qtbot.waitUntil(lambda: page.dialog is None)
    assert [(s.service, s.cost_minor, s.notes) for s in page.case.services] == [
        ("psychological", 1250, "Первая встреча с психологом")]
    assert page.case.status == "active"  # the first service given
    assert page.services.rowCount() == 1

    # A second service, planned for later, then marked as given.
    key(qtbot, Qt.Key.Key_Insert, widget=page.services)
    dialog = wait_dialog(qtbot, page, ServiceDialog)
    dialog.service.setFocus()
    qtbot.keyClicks(dialog.service, "Le")  # Legal aid
    dialog.status.setFocus()
    qtbot.keyClicks(dialog.status, "P")  # Planned
    key(qtbot, Qt.Key.Key_Return, widget=dialog.provider_name)
    qtbot.waitUntil(lambda: page.dialog is None)
    planned = next(i for i, s in enumerate(page.case.services) if s.status == "planned")
    page.services.selectRow(planned)
    assert page.given_button.isEnabled()
    page.given_button.click()
    assert page.case.services_by_type() == {"psychological": 1, "legal_aid": 1}

    # Ctrl+5, Insert: a referral to a lawyer; accepted, then done.
    key(qtbot, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier, page.view)
    page.referrals.setFocus()
    key(qtbot, Qt.Key.Key_Insert, widget=page.referrals)
    dialog = wait_dialog(qtbot, page, ReferralDialog)
    dialog.target.setFocus()
    qtbot.keyClicks(dialog.target, "La")  # Lawyer
    dialog.organisation.setFocus()
    type_text(dialog.organisation, "Юридическая консультация")
    dialog.purpose.setFocus()
    type_text(dialog.purpose, "Взыскать зарплату")
    key(qtbot, Qt.Key.Key_Return, widget=dialog.organisation)
    qtbot.waitUntil(lambda: page.dialog is None)
    (ref,) = page.case.referrals
    assert (ref.target, ref.organisation, ref.status) == (
        "lawyer", "Юридическая консультация", "sent")
    page.referrals.selectRow(0)
    assert not page.done_button.isEnabled()  # accepted first
    page.accept_button.click()
    page.referrals.selectRow(0)
    page.done_button.click()
    assert page.case.referrals[0].status == "done"

    # Ctrl+6, Insert: a monitoring visit, each area by typing.
    key(qtbot, Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier, page.view)
    page.visits.setFocus()
    key(qtbot, Qt.Key.Key_Insert, widget=page.visits)
    dialog = wait_dialog(qtbot, page, MonitoringDialog)
    for area, letter in (("housing", "S"), ("work", "D"), ("health", "C")):
        dialog.levels[area].setFocus()
        qtbot.keyClicks(dialog.levels[area], letter)
    dialog.notes["housing"].setFocus()
    type_text(dialog.notes["housing"], "Снимает комнату")
    dialog.change.setFocus()
    qtbot.keyClicks(dialog.change, "B")  # Better
    key(qtbot, Qt.Key.Key_Return, widget=dialog.notes["housing"])
    qtbot.waitUntil(lambda: page.dialog is None)
    (visit,) = page.case.visits
    assert visit.areas["housing"] == ("satisfactory", "Снимает комнату")
    assert visit.areas["work"][0] == "difficult"
    assert visit.areas["health"][0] == "critical"
    assert visit.change == "better"
    assert page.visits.columnCount() == 1  # one visit: one column

    # The status: on to monitoring, then closed with a reason.
    page.status_button.click()
    dialog = wait_dialog(qtbot, page, StatusDialog)
    dialog.status.setFocus()
    qtbot.keyClicks(dialog.status, "M")
    key(qtbot, Qt.Key.Key_Return, widget=dialog.status)
    qtbot.waitUntil(lambda: page.dialog is None)
    assert page.case.status == "monitoring"
    page.status_button.click()
    dialog = wait_dialog(qtbot, page, StatusDialog)
    dialog.status.setCurrentIndex(dialog.status.findData("closed"))
    key(qtbot, Qt.Key.Key_Return, widget=dialog.status)
    assert dialog.isVisible()
    assert "Closure reason" in dialog.errors.text()
    dialog.reason.setFocus()
    qtbot.keyClicks(dialog.reason, "G")  # Goals of assistance met
    key(qtbot, Qt.Key.Key_Return, widget=dialog.reason)
    qtbot.waitUntil(lambda: page.dialog is None)
    assert (page.case.status, page.case.closure_reason) == ("closed", "goals_met")
    assert not page.add_service_button.isEnabled()
    texts = [page.timeline.item(i).text() for i in range(page.timeline.count())]
    assert any("Case closed: Goals of assistance met" in t for t in texts)
    assert any("Monitoring visit of" in t for t in texts)

    # Print the summary: saved where chosen, opened in the viewer, logged.
    out = tmp_path / "summary"
    opened = []
    monkeypatch.setattr(msgbox, "save_file", lambda *a: str(out))
    monkeypatch.setattr(msgbox, "open_externally", lambda path: opened.append(path) or True)
    assert page.isAncestorOf(focus())  # the keyboard is back on the page
    key(qtbot, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.print_task is None and bool(opened), timeout=10_000)
    assert opened == [str(out) + ".pdf"]
    text = "\n".join(p.extract_text() for p in PdfReader(opened[0]).pages)
    assert "Ольга Кравец" in text
    assert "Psychological assistance" in text
    opened.clear()
    page.redacted_button.click()
    qtbot.waitUntil(lambda: page.print_task is None and bool(opened), timeout=10_000)
    assert "Кравец" not in "\n".join(p.extract_text() for p in PdfReader(opened[0]).pages)
    assert [p.redacted for p in window.assistance.prints(case.id)] == [True, False]
    assert "Summary saved" in page.print_status.text()


def test_open_from_a_crisis_case_and_offer_to_close_it(qtbot, window, monkeypatch):
    crisis = window.crisis
    q = crisis.questionnaire()
    answers = {"in_danger": "no", "speak_freely": "yes", "country": "TR",
               "crisis_type": "sexual_exploitation", "caller_relation": "self",
               "person_gender": "female", "promised": "other_job",
               "sx_documents_withheld": "yes", "sx_debt": "yes", "sx_free_to_leave": "no",
               "sx_threats": "yes", "minors_involved": "no", "needs": ["safety"],
               "consent": [], "recruitment_method": ["friends"]}
    opened = crisis.open_case(
        ContactInput(started_at=datetime.now(UTC) - timedelta(minutes=5)),
        CrisisSubmission(answers=answers, referrals=[], version=q.version))
    window.show_page("crisis")
    window.crisis_page.apply()
    assert window.crisis_page.select_case(opened.case.id)
    assert window.crisis_page.assistance_button.isEnabled()
    asked = []
    monkeypatch.setattr(msgbox, "ask", lambda *a, **k: asked.append(a[2]) or msgbox.Button.Yes)
    window.crisis_page.assistance_button.click()
    page = window.cases_page
    assert window.stack.currentWidget() is page
    dialog = wait_dialog(qtbot, page, ClientDialog)
    assert opened.case.number in dialog.source.text()
    dialog.name.setText("Юлия Савицкая")
    dialog.address.setText("г. Брест, ул. Примерная, д. 1")
    dialog.accept()
    qtbot.waitUntil(lambda: page.dialog is None)
    case = page.case
    assert case is not None
    assert case.crisis_number == opened.case.number
    assert case.trafficking.country == "TR"
    assert case.trafficking.recruitment_methods == ["friends"]
    assert asked
    assert opened.case.number in asked[0]
    assert crisis.get(opened.case.id).closure_reason == "assistance_case"
    # Asking again shows the case already opened instead of a second one.
    monkeypatch.setattr(msgbox, "choose", lambda *a, **k: "show")
    window.assistance_from_crisis(opened.case.id, opened.case.number)
    assert page.dialog is None
    assert page.case.id == case.id
    assert window.assistance.count(AssistanceCaseQuery(status=None)) == 1


def test_open_from_a_contact_in_the_journal(qtbot, window, monkeypatch):
    record = window.service.save(ContactInput(
        started_at=datetime.now(UTC) - timedelta(minutes=3), gender="female",
        region="gomel", topics=["trafficking_risk"], destinations=["RU"]))
    window.show_page("journal")
    window.journal.apply()
    window.journal.view.selectRow(0)
    assert window.journal.selected_id() == record.id
    window.act_assistance.trigger()
    page = window.cases_page
    dialog = wait_dialog(qtbot, page, ClientDialog)
    assert dialog.region.code() == "gomel"
    dialog.name.setText("Марина Жук")
    dialog.phone.setText("+375 29 000-55-66")
    dialog.accept()
    qtbot.waitUntil(lambda: page.dialog is None)
    assert page.case.contact_id == record.id
    assert "From the contact of" in page.case_info.text()


def test_the_search_finds_cyrillic_names_in_any_case(qtbot, window):
    service = window.assistance
    from app.services.assistance.types import CaseInput, ClientInput

    for name in ("Алёна Ковалёва", "Ирина Новик"):
        service.open_case(CaseInput(client=ClientInput(name=name, phone="+375 29 000-00-01")))
    window.show_page("cases")
    page = window.cases_page
    assert page.model.rowCount() == 2
    page.search.setFocus()
    type_text(page.search, "КОВАЛЕВА")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert page.model.rows[0].client_name == "Алёна Ковалёва"
    assert page.count_label.text() == "1 case(s)"


def test_a_case_is_opened_and_its_view_logged_only_when_the_user_chooses_it(qtbot, window):
    from app.models import AuditEntry
    from app.services.assistance.types import CaseInput, ClientInput

    service = window.assistance
    for name in ("Алёна Ковалёва", "Ирина Новик"):
        service.open_case(CaseInput(client=ClientInput(name=name, phone="+375 29 000-00-01")))

    def views() -> int:
        with window.service.store.sessions() as s:
            return len(s.scalars(select(AuditEntry).where(AuditEntry.action == "view")).all())

    window.show_page("cases")
    page = window.cases_page
    page.refresh()
    assert page.model.rowCount() == 2
    assert page.case is None
    assert views() == 0
    second = page.view.visualRect(page.model.index(1, 0)).center()
    qtbot.mouseClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=second)
    qtbot.waitUntil(lambda: page.case is not None)
    assert page.case.id == page.model.rows[1].id
    assert views() == 1


def test_the_main_window_still_fits_1366_in_russian(qtbot, store, staff, tmp_path, qapp):
    from app.ui import i18n

    admin = staff("administrator")  # the role with the most pages
    translators = i18n.install(qapp, "ru")
    try:
        w = make_window(qtbot, store, admin, tmp_path, lang="ru", show=False)
        w.show_page("cases")
        assert w.minimumSizeHint().width() <= 1366
        nav = [w.nav.item(i).data(Qt.ItemDataRole.UserRole) for i in range(w.nav.count())]
        assert "cases" in nav
    finally:
        i18n.remove(qapp, translators)
