"""The shift in the real main window: the callback asked for in the contact form, the
task on the start page (red and saying so when due), the follow-up contact that
completes it, the Shift page, and the debrief offer after a crisis contact."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from keys import type_text
from PySide6.QtCore import QSettings
from PySide6.QtGui import QColor

from app.services.contacts.service import CallerInput, ContactInput, ContactService, UserService
from app.services.shift.service import ShiftService
from app.ui.main_window import MainWindow
from app.ui.widgets.datefield import format_date_time
from app.ui.widgets.style import ERROR_RED


def open_window(qtbot, store, user, tmp_path, lang: str = "en") -> MainWindow:
    settings = QSettings(str(tmp_path / f"{user.username}.ini"), QSettings.Format.IniFormat)
    w = MainWindow(ContactService(store, user.id), UserService(store), user, settings, lang)
    w.quitting_confirmed = True
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


@pytest.fixture
def window(qtbot, store, consultant, tmp_path):
    return open_window(qtbot, store, consultant, tmp_path)


def first_contact(store, user_id: str) -> str:
    return ContactService(store, user_id).save(ContactInput(
        started_at=datetime.now(UTC) - timedelta(hours=3), topics=["employment_abroad"],
        outcomes=["callback_agreed"],
        caller=CallerInput(nickname="Марина", phone="+375 29 765-43-21"))).id


def test_ticking_the_callback_outcome_asks_when_and_saving_puts_it_in_my_tasks(
        qtbot, window, store, consultant):
    window.new_phone()
    form = window.intake
    form.choose_kind("consultation")
    form.topics.set_codes(["employment_abroad"])
    type_text(form.nickname, "Ирина")
    form.phone.setText("+375 29 000-11-22")
    form.outcomes.set_codes(["callback_agreed"])
    dialog = window.shift.dialog
    assert dialog is not None
    assert dialog.isVisible()
    assert dialog.phone.text() == "+375 29 000-11-22"  # the number given, to check
    when = (datetime.now().astimezone() + timedelta(days=1)).replace(
        hour=10, minute=30, second=0, microsecond=0)
    dialog.due.edit.setText(format_date_time(when))
    type_text(dialog.note, "после обеда, спросить про договор")
    dialog.ok_button.click()
    assert window.shift.dialog is None
    assert form.active  # nothing is written before the contact is
    assert ShiftService(store, consultant.id).my_tasks() == []
    record = form.save()
    assert record is not None
    tasks = ShiftService(store, consultant.id).my_tasks()
    assert [(t.contact_id, t.note, t.due_at) for t in tasks] == [
        (record.id, "после обеда, спросить про договор", when.astimezone(UTC))]
    assert "Ирина" in tasks[0].caller_label
    # the start page lists it, not overdue
    start = window.shift.start
    assert start.table.rowCount() == 1
    assert start.table.item(0, 1).text() == "waiting"
    # opening the contact again asks nothing and adds no second task
    window.open_contact(record.id)
    assert window.shift.dialog is None
    form.save()
    assert len(ShiftService(store, consultant.id).my_tasks()) == 1


def test_a_callback_without_a_chosen_time_gets_the_next_working_slot(
        qtbot, window, store, consultant):
    window.new_phone()
    form = window.intake
    form.choose_kind("consultation")
    form.topics.set_codes(["employment_abroad"])
    form.outcomes.set_codes(["callback_agreed"])
    window.shift.dialog.cancel_button.click()  # asked, not answered
    before = datetime.now(UTC)
    record = form.save()
    task = ShiftService(store, consultant.id).callback_of_contact(record.id)
    assert task is not None  # an agreed callback is never dropped
    expected = ShiftService(store, consultant.id).default_due(before)
    assert abs((task.due_at - expected).total_seconds()) <= 15 * 60


def test_a_due_task_turns_red_and_says_overdue_in_russian(qtbot, store, consultant, tmp_path):
    from app.ui import i18n

    shift = ShiftService(store, consultant.id)
    shift.add_callback(first_contact(store, consultant.id),
                       datetime.now(UTC) - timedelta(minutes=5), keep_outside_hours=True)
    app = qtbot.qapp if hasattr(qtbot, "qapp") else None
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    translators = i18n.install(app, "ru")
    try:
        w = open_window(qtbot, store, consultant, tmp_path, "ru")
        table = w.shift.start.table
        assert table.rowCount() == 1
        state = table.item(0, 1)
        assert state.text() == "просрочено"
        assert state.foreground().color() == QColor(ERROR_RED)
        assert "просрочено: 1" in w.shift.start.summary.text()
    finally:
        i18n.remove(app, translators)


def test_calling_back_from_the_task_prelinks_the_contact_and_saving_completes_it(
        qtbot, window, store, consultant):
    shift = ShiftService(store, consultant.id)
    first = first_contact(store, consultant.id)
    task = shift.add_callback(first, datetime.now(UTC) + timedelta(hours=1))
    window.shift.start.refresh()
    window.shift.start.table.selectRow(0)
    window.shift.start.call_button.click()
    form = window.intake
    assert form.active
    assert form.nickname.text() == "Марина"
    assert form.phone.text() == "+375 29 765-43-21"
    form.choose_kind("consultation")
    form.topics.set_codes(["employment_abroad"])
    record = form.save()
    done = shift.task(task.id)
    assert (done.status, done.done_contact_id, done.contact_id) == ("done", record.id, first)
    # the follow-up is the same caller's contact
    assert record.input.caller_id == ContactService(store, consultant.id).get(
        first).input.caller_id
    assert window.shift.start.table.rowCount() == 0


def test_discarding_the_follow_up_leaves_the_task_open(qtbot, window, store, consultant,
                                                       monkeypatch):
    shift = ShiftService(store, consultant.id)
    task = shift.add_callback(first_contact(store, consultant.id),
                              datetime.now(UTC) + timedelta(hours=1))
    window.shift.call_back(task.id)
    assert window.intake.active
    window.intake.discard(ask=False)
    qtbot.wait(20)
    assert shift.task(task.id).status == "open"
    # the next contact is no follow-up of it
    window.new_phone()
    window.intake.choose_kind("consultation")
    window.intake.topics.set_codes(["employment_abroad"])
    window.intake.save()
    assert shift.task(task.id).status == "open"


def test_the_shift_page_shows_notes_left_and_a_supervisor_sees_everyones_tasks(
        qtbot, store, consultant, tmp_path):
    users = UserService(store)
    maria = users.add("Мария Новик")
    elena = users.add("Елена Миронова", role="supervisor")
    elena_row = next(u for u in users.list() if u.id == elena.id)
    ShiftService(store, maria.id).write_note("Ждём звонка из Варшавы")
    ShiftService(store, maria.id).add_callback(first_contact(store, maria.id),
                                               datetime.now(UTC) + timedelta(hours=2))
    w = open_window(qtbot, store, consultant, tmp_path)
    w.show_page("shift")
    page = w.shift_page
    assert page.tabs.count() == 2  # no team tab for a consultant
    assert any("Ждём звонка из Варшавы" in page.notes.item(i).text()
               for i in range(page.notes.count()))
    assert page.my_tasks.rowCount() == 0
    # a handover note for the next shift, typed in Cyrillic
    page.note.setFocus()
    type_text(page.note, "Марина перезвонит сама")
    page.note_button.click()
    assert page.note.toPlainText() == ""
    assert any("Марина перезвонит сама" in page.notes.item(i).text()
               for i in range(page.notes.count()))
    boss = open_window(qtbot, store, elena_row, tmp_path)
    boss.show_page("shift")
    assert boss.shift_page.tabs.count() == 3
    assert boss.shift_page.team_tasks.rowCount() == 1
    assert boss.shift_page.team_tasks.item(0, 4).text() == "Мария Новик"


def test_a_crisis_contact_offers_a_debrief(qtbot, window, store, consultant, monkeypatch):
    window.new_phone()
    form = window.intake
    form.choose_kind("consultation")
    form.topics.set_codes(["employment_abroad"])
    form.crisis.setChecked(True)
    form.save()
    offer = window.shift.debrief_offer
    assert offer.isVisible()

    from app.ui.shift import controller as ctl

    class Answered:
        def __init__(self, _parent):
            pass

        def exec(self):
            return ctl.QDialog.DialogCode.Accepted

        def text(self):
            return "тяжёлый разговор"

    monkeypatch.setattr(ctl, "DebriefDialog", Answered)
    offer.click()
    mine = ShiftService(store, consultant.id).debriefs()
    assert [r.note for r in mine] == ["тяжёлый разговор"]
    assert mine[0].contact_id is not None


def test_the_administrator_sets_the_working_days_in_the_settings(qtbot, store, tmp_path):
    users = UserService(store)
    admin = users.add("Игорь Левченко", role="administrator")
    admin_row = next(u for u in users.list() if u.id == admin.id)
    w = open_window(qtbot, store, admin_row, tmp_path)
    page = w.settings_page
    boxes = page.working_days.boxes
    assert all(b.isChecked() for b in boxes)  # the infoline works every day
    boxes[5].setChecked(False)
    boxes[6].setChecked(False)
    page.save_button.click()
    assert ShiftService(store, admin.id).hours().days == (1, 2, 3, 4, 5)
    for b in boxes:
        b.setChecked(False)
    page.save_button.click()
    assert page.status.text() == "Tick at least one working day."
    assert ShiftService(store, admin.id).hours().days == (1, 2, 3, 4, 5)


def test_a_consultant_cannot_change_the_working_days(qtbot, window):
    assert not window.settings_page.working_days.isEnabled()


def test_ctrl_r_in_the_form_asks_for_a_callback_and_ticks_the_outcome(qtbot, window, store,
                                                                      consultant):
    from PySide6.QtCore import Qt

    window.new_phone()
    form = window.intake
    form.choose_kind("consultation")
    form.topics.set_codes(["employment_abroad"])
    qtbot.keyClick(form.notes, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    dialog = window.shift.dialog
    assert dialog is not None
    dialog.ok_button.click()
    assert "callback_agreed" in form.outcomes.codes()
    assert window.shift.dialog is None  # ticking it by the dialog does not ask again
    record = form.save()
    assert ShiftService(store, consultant.id).callback_of_contact(record.id) is not None


def test_handing_a_task_over_on_the_shift_page_moves_it_and_keeps_its_history(
        qtbot, window, store, consultant, monkeypatch):
    maria = UserService(store).add("Мария Новик")
    shift = ShiftService(store, consultant.id)
    task = shift.add_callback(first_contact(store, consultant.id),
                              datetime.now(UTC) + timedelta(hours=1))
    window.show_page("shift")
    page = window.shift_page
    page.my_tasks.select_task(task.id)

    from app.ui.shift import page as page_module

    class Chosen(page_module.HandOverDialog):
        def exec(self):
            assert [self.person.itemText(i) for i in range(self.person.count())] == [
                "Мария Новик"]  # not to herself
            return page_module.HandOverDialog.DialogCode.Accepted

    monkeypatch.setattr(page_module, "HandOverDialog", Chosen)
    page.my_buttons.hand.click()
    assert page.my_tasks.rowCount() == 0
    assert window.shift.start.table.rowCount() == 0  # the start page follows
    assert [t.id for t in ShiftService(store, maria.id).my_tasks()] == [task.id]
    history = shift.history(task.id)
    assert (history[-1].kind, history[-1].from_name, history[-1].to_name) == (
        "handed", "Анна Ковальчук", "Мария Новик")
