"""In Russian, by keyboard: a consultant records who approached the caller and checks
an agency's licence during a call; a supervisor sees the same agency, spelt four ways
by four callers, as one recruiter and opens the contacts behind it."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication

from app.services.contacts.service import ContactQuery, ContactService, UserService
from app.services.recruiters.agencies import EXPIRED, AgencyService
from app.services.recruiters.service import RecruiterService
from app.ui import i18n
from app.ui.main_window import MainWindow
from tests.keys import type_text
from tests.test_recruiters import AGENCIES, HEADER, csv_file, mention, pattern_fixture


@pytest.fixture
def russian(qapp):
    translators = i18n.install(qapp, "ru")
    yield
    i18n.remove(qapp, translators)


def make_window(qtbot, store, user, tmp_path) -> MainWindow:
    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    w = MainWindow(ContactService(store, user.id), UserService(store), user, settings, "ru")
    w.quitting_confirmed = True
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    w.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is w)
    return w


CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier, window=None) -> None:
    qtbot.keyClick(QApplication.focusWidget() or window, key, modifier)


def test_a_recruiter_and_a_licence_check_recorded_by_keyboard(qtbot, russian, store,
                                                              consultant, administrator,
                                                              tmp_path):
    AgencyService(store, administrator.id).import_file(
        csv_file(tmp_path, HEADER + AGENCIES), date(2026, 11, 1))
    earlier = RecruiterService(store, consultant.id)
    pattern_fixture(ContactService(store, consultant.id), earlier)
    before = {r.id for r in ContactService(store, consultant.id).page(ContactQuery())}
    w = make_window(qtbot, store, consultant, tmp_path)
    form = w.intake
    box = form.recruiters
    assert box.edit.placeholderText() == "Кто вышел на абонента"
    press(qtbot, Qt.Key.Key_F2, window=w)
    assert form.active, (QApplication.focusWidget(), QApplication.activeWindow())
    press(qtbot, Qt.Key.Key_1)
    press(qtbot, Qt.Key.Key_R, CTRL_SHIFT)
    assert QApplication.focusWidget() is box.edit
    type_text(box.edit, "престиж")
    qtbot.waitUntil(lambda: box.suggestions.count() > 0)
    assert "Престиж" in box.suggestions.item(0).text()
    assert "4" in box.suggestions.item(0).text()  # named in 4 contacts before
    press(qtbot, Qt.Key.Key_Down)
    assert QApplication.focusWidget() is box.suggestions
    press(qtbot, Qt.Key.Key_Return)
    assert [m.kind for m in box.pending.mentions] == ["agency"]
    assert QApplication.focusWidget() is box.edit
    type_text(box.edit, "+375 29 765-43-21")
    assert box.kind.currentData() == "phone"  # guessed from what was typed
    press(qtbot, Qt.Key.Key_Return)
    # Ctrl+Shift+L: the agency's licence, while the caller waits.
    type_text(box.edit, "Ёлка")
    press(qtbot, Qt.Key.Key_L, CTRL_SHIFT)
    qtbot.waitUntil(lambda: box.dialog is not None and box.dialog.isVisible())
    dialog = box.dialog
    assert dialog.search.text() == "Ёлка"
    assert dialog.answer.text() == (
        "ЧУП «Ёлка-Вояж»: срок лицензии истёк 15.03.2021 (список от 01.11.2026).")
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.search)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: box.dialog is None)
    assert [c.status for c in box.pending.checks] == [EXPIRED]
    assert box.edit.text() == "Ёлка"  # still typed: saved as a recruiter named too
    w.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is box.edit)
    form.topics.setFocus()
    press(qtbot, Qt.Key.Key_Space)
    press(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not form.active, form.errors_label.text()
    [row] = [r for r in w.service.page(ContactQuery()) if r.id not in before]
    mentions, checks = RecruiterService(store, consultant.id).for_contact(row.id)
    assert [(m.kind, m.text, m.entered_by) for m in mentions] == [
        ("agency", 'ООО "Престиж-Тур"', "Анна Ковальчук"),
        ("phone", "+375 29 765-43-21", "Анна Ковальчук"),
        ("agency", "Ёлка", "Анна Ковальчук")]
    assert [(c.query, c.status, c.list_date) for c in checks] == [
        ("Ёлка", EXPIRED, date(2026, 11, 1))]
    assert box.items.count() == 0  # the form is empty for the next contact


def test_the_pattern_page_shows_one_agency_spelt_four_ways(qtbot, russian, store, consultant,
                                                           supervisor, administrator,
                                                           tmp_path):
    AgencyService(store, administrator.id).import_file(
        csv_file(tmp_path, HEADER + AGENCIES), date(2026, 11, 1))
    pattern_fixture(ContactService(store, consultant.id), RecruiterService(store, consultant.id))
    RecruiterService(store, supervisor.id).set_threshold(4)
    w = make_window(qtbot, store, supervisor, tmp_path)
    alert = w.start_panel.findChild(type(w.start_panel.today), "recruiterAlert")
    assert alert.isVisible()
    assert alert.text() == ("Названы несколькими абонентами за последние 30 дней: "
                            "ООО \"Престиж-Тур\" (обращений: 4)")
    w.show_page("recruiters")
    page = w.findChild(type(w.stack.currentWidget()), "recruitersPage")
    assert w.stack.currentWidget() is page
    table = page.table
    assert table.item(0, 2).text() == "4"
    recruiter = table.item(0, 0).text()
    for spelling in ("престиж тур", "prestizh-tour.by", "@prestizh_tour"):
        assert spelling in recruiter
    assert table.item(0, 6).text() == "лицензия есть"
    assert "01.11.2026" in page.list_label.text()
    page.table.setFocus()
    press(qtbot, Qt.Key.Key_Return)
    assert page.behind.rowCount() == 4
    assert page.behind.item(0, 3).text() == "Анна Ковальчук"
    page.filter.setCurrentIndex(1)  # named by several callers
    assert page.table.rowCount() == 2  # the agency and the phone number


def test_recruiters_typed_before_the_crisis_questionnaire_are_kept(qtbot, russian, store,
                                                                   consultant, tmp_path):
    """A contact saved with a crisis case (by the crisis service, not the form's own
    save) keeps the recruiters the form held."""
    w = make_window(qtbot, store, consultant, tmp_path)
    form = w.intake
    press(qtbot, Qt.Key.Key_F2, window=w)
    press(qtbot, Qt.Key.Key_1)
    press(qtbot, Qt.Key.Key_R, CTRL_SHIFT)
    type_text(form.recruiters.edit, "Вербовщик Иван")
    form.recruiters.kind.setCurrentIndex(4)  # a person
    press(qtbot, Qt.Key.Key_Return)
    type_text(form.recruiters.edit, "t.me/rabota_vezde")
    data, _record_id, _version, draft_id = form.prepared()
    from dataclasses import replace

    record = w.service.save(replace(data, topics=["employment_abroad"]), draft_id=draft_id)
    form.finish_saved(record)
    mentions, _checks = RecruiterService(store, consultant.id).for_contact(record.id)
    assert [(m.kind, m.text) for m in mentions] == [
        ("person", "Вербовщик Иван"), ("social", "t.me/rabota_vezde")]
    assert not form.recruiters.pending


def test_recruiters_typed_during_a_call_come_back_from_the_draft(qtbot, russian, store,
                                                                 consultant, administrator,
                                                                 tmp_path, monkeypatch):
    """The recruiters added, the licence checked and what is still typed in the field
    are in the contact's draft within the draft's half second, so after a crash the
    next window brings them back and saving records them."""
    from app.ui import app as app_module
    from app.ui.widgets import msgbox

    AgencyService(store, administrator.id).import_file(
        csv_file(tmp_path, HEADER + AGENCIES), date(2026, 11, 1))
    w = make_window(qtbot, store, consultant, tmp_path)
    form = w.intake
    box = form.recruiters
    press(qtbot, Qt.Key.Key_F2, window=w)
    press(qtbot, Qt.Key.Key_1)
    press(qtbot, Qt.Key.Key_R, CTRL_SHIFT)
    assert QApplication.focusWidget() is box.edit
    type_text(box.edit, "Вербовщица Ольга")
    box.kind.setCurrentIndex(4)  # a person
    box.kind.activated.emit(4)
    press(qtbot, Qt.Key.Key_Return)
    assert [(m.kind, m.text) for m in box.pending.mentions] == [("person", "Вербовщица Ольга")]
    type_text(box.edit, "Ёлка")
    press(qtbot, Qt.Key.Key_L, CTRL_SHIFT)
    qtbot.waitUntil(lambda: box.dialog is not None and box.dialog.isVisible())
    qtbot.waitUntil(lambda: QApplication.focusWidget() is box.dialog.search)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: box.dialog is None)
    type_text(box.edit, "-Вояж")  # typed, not yet added

    def in_the_draft() -> bool:
        drafts = w.service.drafts("contact")
        held = drafts[0].payload.get("recruiters") if drafts else None
        return bool(held) and held["typed"] == "Ёлка-Вояж" and len(held["checks"]) == 1

    qtbot.waitUntil(in_the_draft, timeout=2000)
    # The crash: the window is gone without saving or writing anything more.
    form.drafts.stop()
    form.draft_writer.flush()
    form.active = False
    w.hide()

    monkeypatch.setattr(msgbox, "choose", lambda *_a, **_k: "restore")
    again = make_window(qtbot, store, consultant, tmp_path)
    app_module.offer_drafts(again)
    form = again.intake
    box = form.recruiters
    assert form.active
    assert [(m.kind, m.text) for m in box.pending.mentions] == [("person", "Вербовщица Ольга")]
    assert [(c.query, c.status, c.agency_name, c.list_date, c.licence_until)
            for c in box.pending.checks] == [
        ("Ёлка", EXPIRED, "ЧУП «Ёлка-Вояж»", date(2026, 11, 1), date(2021, 3, 15))]
    assert box.edit.text() == "Ёлка-Вояж"
    qtbot.waitUntil(lambda: QApplication.focusWidget() is box.edit)  # typing goes on
    assert [box.items.item(i).text() for i in range(box.items.count())] == [
        "Человек: Вербовщица Ольга",
        "Проверено «Ёлка»: ЧУП «Ёлка-Вояж»: срок лицензии истёк 15.03.2021 "
        "(список от 01.11.2026)."]
    form.topics.setFocus()
    press(qtbot, Qt.Key.Key_Space)
    press(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not form.active, form.errors_label.text()
    [row] = w.service.page(ContactQuery())
    mentions, checks = RecruiterService(store, consultant.id).for_contact(row.id)
    assert [(m.kind, m.text, m.entered_by) for m in mentions] == [
        ("person", "Вербовщица Ольга", "Анна Ковальчук"),
        ("agency", "Ёлка-Вояж", "Анна Ковальчук")]
    assert [(c.query, c.status, c.list_date) for c in checks] == [
        ("Ёлка", EXPIRED, date(2026, 11, 1))]
    assert w.service.drafts("contact") == []


def test_the_lists_import_problems_are_shown_in_russian(qtbot, russian, store, administrator,
                                                        tmp_path, monkeypatch):
    """Every problem of a bad list, and a file that is no table at all, in the
    window's language, each with its row and column; nothing is imported."""
    from app.ui.recruiters import page as page_module
    from app.ui.widgets import msgbox

    shown: list[tuple[str, str, str]] = []
    monkeypatch.setattr(msgbox, "error", lambda _parent, title, text, details="":
                        shown.append((title, text, details)))
    monkeypatch.setattr(page_module.ListDateDialog, "exec", lambda _self: 1)
    bad = csv_file(tmp_path, HEADER + AGENCIES + (
        ",190000001,,,,\n"
        "Тур плюс,12345,,,,\n"
        "Тур минус,190123456,,,,\n"
        "Тур,490000000,,2024-13-01,,\n"
        "Тур два,490000001,,2024-01-01,2023-01-01," + "д" * 501 + "\n"
        "Тур три,490000002,,,,,лишнее\n"))
    w = make_window(qtbot, store, administrator, tmp_path)
    w.show_page("recruiters")
    page = w.findChild(type(w.stack.currentWidget()), "recruitersPage")

    def import_file(path) -> None:
        monkeypatch.setattr(msgbox, "open_file", lambda *_a, **_k: str(path))
        page.import_list()
        qtbot.waitUntil(lambda: page.task is None, timeout=5000)

    import_file(bad)
    [(title, text, details)] = shown
    assert title == "Ничего не импортировано"
    assert text.startswith("В файле agencies.csv найдены ошибки (7)")
    assert details.splitlines() == [
        "строка 5, столбец name: не заполнено (обязательно)",
        "строка 6, столбец unp: «12345» — не регистрационный номер (УНП: 9 цифр)",
        "строка 7, столбец unp: 190123456 встречается дважды (также в строке 2)",
        "строка 8, столбец licence_from: «2024-13-01» — не дата (ГГГГ-ММ-ДД или ДД.ММ.ГГГГ)",
        "строка 9, столбец address: длиннее 500 символов",
        "строка 9, столбец licence_until: раньше начала действия лицензии",
        "строка 10, столбец #7: есть значение за последним столбцом",
    ]
    shown.clear()
    import_file(csv_file(tmp_path, "name,телефон,unp,unp\nА,1,190000001,190000001\n",
                         "header.csv"))
    assert shown[0][2].splitlines() == [
        "строка 1, столбец телефон: неизвестный столбец",
        "строка 1, столбец unp: встречается в заголовке дважды"]
    assert len(shown) == 1
    shown.clear()
    import_file(_write(tmp_path / "nul.csv", b"name,unp\n\x00\x00\n"))
    assert shown == [("Ничего не импортировано", "это не текстовый файл", "")]
    shown.clear()
    import_file(_write(tmp_path / "book.xlsx", b"PK\x03\x04 not a workbook"))
    assert shown == [("Ничего не импортировано", "книга XLSX не читается", "")]
    assert AgencyService(store, administrator.id).current() is None


def _write(path, data: bytes):
    path.write_bytes(data)
    return path


def test_a_recruiters_name_with_markup_is_shown_as_typed_on_the_start_page(qtbot, store,
                                                                           consultant):
    """Recruiters' names come from callers and partner sites' files: markup in one is
    text, never an image or a link on everybody's start page."""
    from app.ui.recruiters.page import AlertLabel

    service = RecruiterService(store, consultant.id)
    contacts = ContactService(store, consultant.id)
    name = '<img src="file:///etc/passwd"><b>Агентство</b>'
    for _ in range(3):
        mention(service, contacts, ("agency", name))
    alert = AlertLabel(service)
    qtbot.addWidget(alert)
    alert.refresh()
    assert alert.textFormat() == Qt.TextFormat.PlainText
    assert name in alert.text()
