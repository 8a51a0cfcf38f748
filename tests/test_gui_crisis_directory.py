"""Contacts abroad beside the crisis questionnaire: the directory panel of the country
where the person is, F7 and F8 with the keyboard, the entries given recorded on the
contact saved with the case, and counted in the statistics."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.services.contacts.service import ContactQuery, ContactService
from app.services.crisis.types import CrisisCaseQuery
from app.services.directory.service import DirectoryService, EntryInput
from app.services.statistics.sums import Period
from app.ui.crisis.wizard import CrisisWizard, DangerPage, ReferralPage
from app.ui.statistics.page import StatisticsPage
from tests.test_gui_crisis import choose, enter, open_wizard, page, situation_page, tick_first


@pytest.fixture
def dirs(store, supervisor) -> DirectoryService:
    d = DirectoryService(store, supervisor.id)  # supervisors edit the directory
    d.add(EntryInput(country="PL", type="ngo", name="La Strada Polska", city="Warszawa",
                     phones="+48 22 000 00 10"))
    d.add(EntryInput(country="PL", type="belarus_mission",
                     name="Посольство Беларуси в Польше", city="Варшава",
                     phones="+48 22 000 00 01", email="poland@example.org"))
    d.add(EntryInput(country="DE", type="belarus_mission", name="Посольство Беларуси в Германии",
                     city="Берлин", phones="+49 30 000 0000"))
    return d


@pytest.fixture
def window(dirs, window):
    """The consultant's window (tests/conftest.py), opened on the directory above."""
    return window


def key(qtbot, k) -> None:
    qtbot.keyClick(QApplication.focusWidget(), k)


def test_copy_an_entry_of_the_country_into_the_summary_and_record_it(qtbot, window, dirs,
                                                                    supervisor):
    window.new_phone()
    qtbot.keyClick(window.intake.kind_buttons["consultation"], Qt.Key.Key_1)
    wizard = open_wizard(qtbot, window)
    panel = wizard.directory_panel
    assert wizard.sideWidget() is panel
    assert panel.countries == []
    danger = page(wizard)
    assert isinstance(danger, DangerPage)
    choose(qtbot, danger.widgets["in_danger"], "N")
    choose(qtbot, danger.widgets["speak_freely"], "Y")
    choose(qtbot, danger.widgets["country"], "Pol")
    assert panel.countries == ["PL"]
    assert [e.name for e in panel.entries] == ["Посольство Беларуси в Польше",
                                               "La Strada Polska"]  # the embassy first

    key(qtbot, Qt.Key.Key_F7)
    assert QApplication.focusWidget() is panel.list
    key(qtbot, Qt.Key.Key_F8)
    embassy, ngo = panel.entries
    assert wizard.directory_given == [embassy.id]
    assert "+48 22 000 00 01" in wizard.answers["summary"]
    assert panel.list.item(0).text().startswith("✓ ")
    key(qtbot, Qt.Key.Key_Down)
    key(qtbot, Qt.Key.Key_Return)  # Enter in the list copies too, and stays on the page
    assert wizard.currentPage() is danger
    assert wizard.directory_given == [embassy.id, ngo.id]
    key(qtbot, Qt.Key.Key_F8)  # the same entry again: recorded once
    assert wizard.directory_given == [embassy.id, ngo.id]

    danger.widgets["city"].setFocus()
    enter(qtbot, wizard)
    situation = page(wizard)
    assert situation.page_def.id == "situation"
    summary = situation.widgets["summary"]
    lines = summary.toPlainText().splitlines()
    assert len(lines) == 3
    assert "Посольство Беларуси в Польше" in lines[0]
    assert "La Strada Polska" in lines[1]
    situation_page(qtbot, wizard, "Los")
    tick_first(qtbot, page(wizard).widgets["documents_lost"])
    enter(qtbot, wizard)
    for _ in range(4):
        if isinstance(wizard.currentPage(), ReferralPage):
            break
        enter(qtbot, wizard)
    assert isinstance(wizard.currentPage(), ReferralPage)
    enter(qtbot, wizard)  # Finish
    qtbot.waitUntil(lambda: window.crisis_wizard is None, timeout=3000)

    [contact] = window.service.page(ContactQuery())
    assert sorted(dirs.given_for_contact(contact.id)) == sorted([embassy.id, ngo.id])
    [row] = window.crisis.cases(CrisisCaseQuery(status=None))
    assert "+48 22 000 00 10" in window.crisis.get(row.id).answers["summary"]

    # Counted in the statistics, in their own sections.
    # (as a supervisor: statistics are theirs, docs/permissions.md)
    stats_page = StatisticsPage(ContactService(window.service.store, supervisor.id), "en", "")
    qtbot.addWidget(stats_page)
    stats_page.show()
    qtbot.waitUntil(lambda: stats_page.stats is not None and not stats_page.busy,
                    timeout=10_000)
    this_year = Period.year(date.today().year)
    stats_page.set_period(this_year)
    qtbot.waitUntil(lambda: not stats_page.busy and not stats_page.timer.isActive()
                    and stats_page.stats is not None and stats_page.stats.period == this_year,
                    timeout=10_000)
    assert stats_page.stats.sections["directory_types"]["belarus_mission"] == 1
    assert stats_page.stats.sections["directory_countries"] == {"PL": 2}
    titles = [stats_page.sections.item(i).text() for i in range(stats_page.sections.count())]
    assert "Contacts abroad given: by type" in titles
    stats_page.select_section("directory_countries")
    assert stats_page.model.rowCount() == 1
    assert stats_page.model.index(0, 0).data() == "Poland"


def test_the_entries_given_survive_in_the_questionnaire_draft(qtbot, window, dirs):
    wizard = open_wizard(qtbot, window)
    danger = page(wizard)
    choose(qtbot, danger.widgets["country"], "Ger")
    key(qtbot, Qt.Key.Key_F7)
    key(qtbot, Qt.Key.Key_F8)
    [entry] = wizard.directory_panel.entries
    wizard.reject()
    qtbot.waitUntil(lambda: window.crisis_wizard is None, timeout=3000)
    [draft] = window.crisis.drafts()
    assert draft.payload["directory_given"] == [entry.id]
    again = CrisisWizard(window.crisis, "en", users=[], submit=lambda _sub: None,
                         draft=draft)
    qtbot.addWidget(again)
    assert again.directory_given == [entry.id]
    assert again.directory_panel.countries == ["DE"]
    assert again.directory_panel.list.item(0).text().startswith("✓ ")


@pytest.mark.parametrize("lang", ["ru", "be", "en"])
def test_the_wizard_with_the_panel_fits_a_1366_by_768_screen(qtbot, qapp, window, lang):
    from app.ui import i18n

    translators = i18n.install(qapp, lang)
    try:
        wizard = CrisisWizard(window.crisis, lang, users=[], submit=lambda _sub: None)
        qtbot.addWidget(wizard)
        wizard.set_answer("country", "PL")
        wizard.show()
        qtbot.waitExposed(wizard)
        hint = wizard.minimumSizeHint()
        assert hint.width() <= 1366
        assert hint.height() <= 740
        frame = wizard.frameGeometry()
        assert frame.width() <= 1366
        assert frame.height() <= 740
        assert wizard.directory_panel.isVisible()
        assert wizard.directory_panel.list.isVisible()
    finally:
        i18n.remove(qapp, translators)
