"""The directory on screen: the side panel of the intake form, driven with the keyboard,
and the directory page."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication

from app.services.contacts.service import ContactQuery, ContactService, UserService
from app.services.directory.service import DirectoryQuery, DirectoryService, EntryInput
from app.ui.directory.dialogs import DirectoryHistoryDialog, EntryDialog
from app.ui.directory.page import DirectoryPage
from app.ui.main_window import MainWindow
from app.ui.widgets import msgbox
from tests.keys import type_text


@pytest.fixture
def dirs(store, supervisor) -> DirectoryService:
    d = DirectoryService(store, supervisor.id)  # supervisors edit the directory
    d.add(EntryInput(country="PL", type="ngo", name="La Strada Polska", city="Warszawa",
                     phones="+48 22 000 00 10", services="pomoc ofiarom handlu ludźmi"))
    d.add(EntryInput(country="PL", type="belarus_mission",
                     name="Посольство Беларуси в Польше", city="Варшава",
                     phones="+48 22 000 00 01\n+48 22 000 00 02",
                     email="poland@example.org", hours="пн–пт 9:00–17:00"))
    d.add(EntryInput(country="DE", type="belarus_mission", name="Посольство Беларуси в Германии",
                     city="Берлин", phones="+49 30 000 0000"))
    d.set_emergency("PL", "112 — единый номер экстренных служб")
    return d


@pytest.fixture
def window(dirs, window):
    """The consultant's window (tests/conftest.py), opened on the directory above."""
    return window


def key(qtbot, k, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(QApplication.focusWidget(), k, modifier)


def test_copy_an_embassy_into_the_notes_with_the_keyboard(qtbot, window, dirs):
    form = window.intake
    panel = form.directory_panel
    key(qtbot, Qt.Key.Key_F2)
    key(qtbot, Qt.Key.Key_1)
    form.topics.setFocus()
    for _ in range(9):  # down to "Contacts of embassies and organisations abroad"
        key(qtbot, Qt.Key.Key_Down)
    key(qtbot, Qt.Key.Key_Space)
    assert form.topics.codes() == ["contacts_abroad"]
    key(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is form.destinations.search
    assert "Choose a destination country" in panel.hint.text()
    qtbot.keyClicks(form.destinations.search, "pola")
    key(qtbot, Qt.Key.Key_Return)
    assert form.destinations.codes() == ["PL"]
    # The panel shows Poland: its emergency numbers and entries, the embassy first.
    assert "Poland" in panel.toggle.text()
    assert "112" in panel.emergency.text()
    assert [e.name for e in panel.entries] == ["Посольство Беларуси в Польше",
                                               "La Strada Polska"]
    key(qtbot, Qt.Key.Key_F7)
    assert QApplication.focusWidget() is panel.list
    assert panel.current_entry().type == "belarus_mission"
    assert "+48 22 000 00 01" in panel.detail.text()
    key(qtbot, Qt.Key.Key_F8)
    notes = form.notes.toPlainText()
    assert notes.startswith("Посольство Беларуси в Польше (Варшава, Poland): tel. "
                            "+48 22 000 00 01, +48 22 000 00 02; e-mail poland@example.org")
    assert panel.list.item(0).text().startswith("✓ ")
    # Enter on the next entry copies it too, on a line of its own.
    key(qtbot, Qt.Key.Key_Down)
    key(qtbot, Qt.Key.Key_Return)
    assert form.notes.toPlainText().splitlines()[1].startswith("La Strada Polska (Warszawa")
    key(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    assert not form.active
    (row,) = window.service.page(ContactQuery())
    given = dirs.given_for_contact(row.id)
    embassy, ngo = (dirs.search(DirectoryQuery(text=t))[0].id for t in ("посольство польш",
                                                                          "strada"))
    assert sorted(given) == sorted([embassy, ngo])
    assert dirs.given(embassy).count == 1


def test_the_given_entries_survive_in_the_draft(qtbot, window, dirs):
    form = window.intake
    window.new_phone()
    form.choose_kind("consultation")
    form.destinations.set_codes(["DE"])
    form.directory_panel.copy_current()
    form.save_draft()
    (draft,) = window.service.drafts("contact")
    form._finish()  # the form closes; the draft row stays, as after a crash
    form.load_draft(draft)
    (entry,) = dirs.for_countries(["DE"])
    assert form.directory_given == [entry.id]
    assert form.directory_panel.list.item(0).text().startswith("✓ ")
    form.discard(ask=False)


def test_no_panel_copy_for_a_call_without_counselling(qtbot, window):
    form = window.intake
    window.new_phone()
    form.destinations.set_codes(["PL"])
    form.choose_kind("silent")
    form.directory_panel.copy_current()
    assert form.notes.toPlainText() == ""
    assert form.directory_given == []
    form.discard(ask=False)


@pytest.fixture
def page(qtbot, dirs):
    p = DirectoryPage(dirs, "ru")
    qtbot.addWidget(p)
    p.show()
    return p


def shown(page: DirectoryPage) -> list[str]:
    return [page.table.item(r, 1).text() for r in range(page.table.rowCount())]


def test_search_as_you_type_and_filters(qtbot, page):
    assert len(shown(page)) == 3
    page.search.setFocus()
    type_text(page.search, "ВАРШ")
    qtbot.waitUntil(lambda: len(shown(page)) == 1)
    assert shown(page) == ["Посольство Беларуси в Польше"]
    page.search.clear()
    type_text(page.search, "warszawa")
    qtbot.waitUntil(lambda: shown(page) == ["La Strada Polska"])
    page.search.clear()
    page.apply()
    page.country.setCurrentIndex(page.country.findData("DE"))
    assert shown(page) == ["Посольство Беларуси в Германии"]
    page.country.setCurrentIndex(0)
    page.type.set_code("ngo")
    assert shown(page) == ["La Strada Polska"]


def test_stale_entries_are_flagged_and_listed(qtbot, page, dirs):
    from datetime import UTC, datetime, timedelta

    old = dirs.search(DirectoryQuery(text="strada"))[0]
    dirs.mark_verified(old.id, datetime.now(UTC) - timedelta(days=500))
    page.refresh()
    assert "(1)" in page.stale_only.text()
    page.stale_only.setChecked(True)
    assert shown(page) == ["La Strada Polska"]
    assert page.table.item(0, 5).text() == page.text.stale_badge()
    page.table.selectRow(0)
    page.mark_verified()
    assert shown(page) == []
    assert "(0)" in page.stale_only.text()


def test_add_edit_and_history(qtbot, page, dirs, monkeypatch):
    dialog = EntryDialog(dirs, "en", None, "LT", page)
    qtbot.addWidget(dialog)
    dialog.type.set_code("hotline")
    dialog.name.setText("Горячая линия Литвы")
    dialog.phones.setPlainText("+370 5 000 0000")
    dialog.save()
    assert dialog.result() == EntryDialog.DialogCode.Accepted
    entry = dialog.result_entry
    assert entry is not None
    assert entry.country == "LT"
    bad = EntryDialog(dirs, "en", entry, parent=page)
    qtbot.addWidget(bad)
    bad.phones.setPlainText("позвоните им")
    bad.save()
    assert bad.errors.isVisible() or not bad.errors.isHidden()
    assert "is not a phone number" in bad.errors.text()
    good = EntryDialog(dirs, "en", entry, parent=page)
    qtbot.addWidget(good)
    good.city.setText("Вильнюс")
    good.save()
    history = DirectoryHistoryDialog(dirs, "en", entry.name, dirs.history(entry.id), page)
    qtbot.addWidget(history)
    texts = [[history.table.item(r, c).text() for c in range(5)]
             for r in range(history.table.rowCount())]
    assert texts[0][2] == "Added"
    assert texts[1][2:] == ["Changed: City", "—", "Вильнюс"]


def test_import_of_a_bad_file_shows_every_problem(qtbot, page, dirs, tmp_path, monkeypatch):
    path = Path(tmp_path / "bad.csv")
    path.write_text("country,type,name\nPL,ngo,\nXX,ngo,Фонд\n", encoding="utf-8")
    shown_errors = []
    monkeypatch.setattr(msgbox, "open_file", lambda *a, **k: str(path))
    monkeypatch.setattr(msgbox, "error", lambda *a, **k: shown_errors.append(a))
    before = dirs.count()
    page.import_file()
    qtbot.waitUntil(lambda: page.task is None and bool(shown_errors))
    (args,) = shown_errors
    assert args[3].splitlines() == ["row 2, column name: is required",
                                   "row 3, column country: “XX” is not a country code or name"]
    assert dirs.count() == before


def test_import_and_export_from_the_page(qtbot, page, dirs, tmp_path, monkeypatch):
    out = tmp_path / "directory.xlsx"
    infos = []
    monkeypatch.setattr(msgbox, "save_file", lambda *a, **k: str(out))
    monkeypatch.setattr(msgbox, "info", lambda *a, **k: infos.append(a))
    page.export_file()
    qtbot.waitUntil(lambda: page.task is None and bool(infos))
    assert out.is_file()
    good = tmp_path / "good.csv"
    good.write_text("country,type,name,city\nCZ,ngo,La Strada ČR,Praha\n", encoding="utf-8")
    monkeypatch.setattr(msgbox, "open_file", lambda *a, **k: str(good))
    monkeypatch.setattr(msgbox, "ask", lambda *a, **k: msgbox.Button.Yes)
    page.import_file()
    qtbot.waitUntil(lambda: len(infos) == 2)
    assert "La Strada ČR" in shown(page)


@pytest.mark.parametrize("lang", ["ru", "be", "en"])
def test_the_window_with_the_directory_fits_a_1366_pixel_screen(qtbot, qapp, store, consultant,
                                                                 dirs, tmp_path, lang):
    from app.ui import i18n

    translators = i18n.install(qapp, lang)
    try:
        settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
        w = MainWindow(ContactService(store, consultant.id), UserService(store), consultant,
                       settings, lang)
        w.quitting_confirmed = True
        qtbot.addWidget(w)
        w.new_phone()
        w.intake.choose_kind("consultation")
        w.intake.destinations.set_codes(["PL", "DE"])
        assert w.minimumSizeHint().width() <= 1366
        w.show_page("directory")
        assert w.minimumSizeHint().width() <= 1366
        w.intake.discard(ask=False)
    finally:
        i18n.remove(qapp, translators)


def test_an_opened_contact_shows_what_was_given(qtbot, window, dirs):
    from datetime import UTC, datetime, timedelta

    from app.services.contacts.service import ContactInput

    (embassy,) = dirs.for_countries(["DE"])
    record = window.service.save(ContactInput(
        started_at=datetime.now(UTC) - timedelta(minutes=3), topics=["contacts_abroad"],
        destinations=["DE"], directory_given=[embassy.id]))
    window.open_contact(record.id)
    panel = window.intake.directory_panel
    assert panel.list.item(0).text().startswith("✓ ")
    window.intake.destinations.add("PL")
    assert any(panel.list.item(i).text().startswith("✓ Посольство Беларуси в Германии")
               for i in range(panel.list.count()))
    window.intake.discard(ask=False)


def test_the_import_question_says_how_a_russian_excel_csv_was_read(qtbot, page, dirs,
                                                                   tmp_path, monkeypatch):
    path = tmp_path / "справочник.csv"
    path.write_bytes("country;type;name;city\n"
                     "Литва;Посольство или консульство Беларуси;Посольство;Вильнюс\n"
                     .encode("cp1251"))
    asked = []
    before = dirs.count()
    monkeypatch.setattr(msgbox, "open_file", lambda *a, **k: str(path))
    monkeypatch.setattr(msgbox, "ask", lambda *a, **k: asked.append(a) or msgbox.Button.No)
    page.import_file()
    qtbot.waitUntil(lambda: page.task is None and bool(asked))
    question = asked[0][2]
    assert question.startswith("The file was read as Windows-1251 text, cells separated "
                               "by semicolons.")
    assert "1 new entries" in question
    assert dirs.count() == before  # answered No: nothing imported


@pytest.mark.parametrize("height", [768, 698])
def test_emergency_numbers_of_two_countries_are_never_cut_beside_a_contact(
        qtbot, qapp, store, consultant, dirs, tmp_path, height):
    """On a 1366-pixel screen in Russian, the numbers of Poland and Germany beside a
    consultation: each line can be read (the numbers scroll within the panel) and the
    form itself does not scroll, in a window the full height of the screen or less
    the taskbar and title bar."""
    from PySide6.QtWidgets import QScrollArea

    from app.ui import i18n

    lines = ["112 — единый номер экстренных служб", "997 — полиция", "999 — скорая помощь",
             "998 — пожарная служба"]
    dirs.set_emergency("PL", "\n".join(lines), notes="Номера общеизвестны, сверяйте их.")
    dirs.set_emergency("DE", "112 — пожарные и скорая помощь\n110 — полиция",
                       notes="Номера общеизвестны, сверяйте их.")
    translators = i18n.install(qapp, "ru")
    try:
        w = MainWindow(ContactService(store, consultant.id), UserService(store), consultant,
                       QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat), "ru")
        w.quitting_confirmed = True
        qtbot.addWidget(w)
        w.showNormal()
        w.resize(1366, height)
        qtbot.waitUntil(lambda: w.height() == height)
        form = w.intake
        w.new_phone()
        form.choose_kind("consultation", focus=False)
        form.topics.set_codes(["employment_abroad", "contacts_abroad"])
        form.destinations.set_codes(["PL", "DE"])
        form.outcomes.set_codes(["information_given"])
        form.region.set_code("vitebsk")
        qtbot.wait(50)
        panel = form.directory_panel
        label = panel.emergency
        assert label.isVisible()
        assert "998" in label.text()
        # Every line has its room: none is squeezed out of the label.
        assert label.height() >= label.heightForWidth(label.width())
        area = label.parentWidget()
        while not isinstance(area, QScrollArea):
            area = area.parentWidget()
        assert area is not form.findChild(QScrollArea), "the numbers scroll the whole form"
        bar = area.verticalScrollBar()
        bar.setValue(bar.maximum())  # the last line reached by scrolling the numbers
        last = label.mapTo(area.viewport(), label.rect().bottomLeft()).y()
        assert last <= area.viewport().height()
        # 698: a 1366×768 screen less the taskbar and the title bar.
        assert form.findChild(QScrollArea).verticalScrollBar().maximum() == 0, (
            "the form scrolls")
        # ... and the panel is not squeezed below its least height to get there.
        assert panel.height() >= panel.minimumSizeHint().height()
        form.discard(ask=False)
    finally:
        i18n.remove(qapp, translators)
