"""The intake form and the journal, driven with the keyboard as a consultant would."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QWidget

from app.models.contact import NOTES_MAX
from app.services.contacts import ContactInput, ContactQuery, ContactService, UserService
from app.ui import msgbox
from app.ui.main_window import MainWindow
from tests.keys import type_text


@pytest.fixture
def window(qtbot, store, consultant, tmp_path):
    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    service = ContactService(store, consultant.id)
    w = MainWindow(service, UserService(store), consultant, settings, "en")
    w.quitting_confirmed = True  # closing at teardown keeps the draft without asking
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


def focus(qtbot) -> QWidget:
    w = QApplication.focusWidget()
    assert w is not None
    return w


def key(qtbot, widget: QWidget | None, k, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(widget or QApplication.focusWidget(), k, modifier)



def saved_contacts(window: MainWindow) -> list:
    return window.service.page(ContactQuery())


def test_phone_consultation_with_keyboard_only(qtbot, window):
    form = window.intake
    key(qtbot, window, Qt.Key.Key_F2)
    assert form.active
    assert form.timer_label.isVisible()
    assert focus(qtbot) is form.kind_buttons["consultation"]
    key(qtbot, None, Qt.Key.Key_1)
    assert focus(qtbot) is form.gender
    qtbot.keyClicks(form.gender, "F")
    assert form.gender.code() == "female"
    key(qtbot, None, Qt.Key.Key_Tab)
    assert focus(qtbot) is form.age_group
    qtbot.keyClicks(form.age_group, "2")
    key(qtbot, None, Qt.Key.Key_Tab)
    assert focus(qtbot) is form.region
    qtbot.keyClicks(form.region, "V")
    assert form.region.code() == "vitebsk"
    assert "La Strada" in form.organisation_label.text()
    key(qtbot, None, Qt.Key.Key_Tab)
    assert focus(qtbot) is form.caller_role
    qtbot.keyClicks(form.caller_role, "T")  # The person concerned
    key(qtbot, None, Qt.Key.Key_Tab)
    assert focus(qtbot) is form.travel_purpose
    qtbot.keyClicks(form.travel_purpose, "W")
    key(qtbot, None, Qt.Key.Key_Tab)
    assert focus(qtbot) is form.how_heard
    qtbot.keyClicks(form.how_heard, "TV")
    key(qtbot, None, Qt.Key.Key_Tab)
    assert focus(qtbot) is form.crisis
    key(qtbot, None, Qt.Key.Key_Tab)
    assert focus(qtbot) is form.topics
    key(qtbot, None, Qt.Key.Key_Space)  # Working abroad legally
    key(qtbot, None, Qt.Key.Key_Down)
    key(qtbot, None, Qt.Key.Key_Space)  # Passport and visa issues
    key(qtbot, None, Qt.Key.Key_Tab)
    assert focus(qtbot) is form.destinations.search
    qtbot.keyClicks(form.destinations.search, "pola")
    key(qtbot, None, Qt.Key.Key_Return)
    qtbot.keyClicks(form.destinations.search, "germ")
    key(qtbot, None, Qt.Key.Key_Return)
    assert form.destinations.codes() == ["PL", "DE"]
    # On to the notes, past the remaining fields.
    for _ in range(10):
        if focus(qtbot) is form.notes:
            break
        key(qtbot, None, Qt.Key.Key_Tab)
    assert focus(qtbot) is form.notes
    type_text(form.notes, "Звонила из Минска, спрашивала о работе в Польше.")
    key(qtbot, None, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    assert not form.active
    rows = saved_contacts(window)
    assert len(rows) == 1
    record = window.service.get(rows[0].id)
    data = record.input
    assert data.kind == "consultation"
    assert data.channel == "phone"
    assert data.gender == "female"
    assert data.age_group == "25_34"
    assert data.region == "vitebsk"
    assert record.organisation == "lastrada"
    assert data.caller_role == "self"
    assert data.travel_purpose == "work"
    assert data.how_heard == "tv"
    assert data.topics == ["employment_abroad", "passport_visa"]
    assert data.destinations == ["PL", "DE"]
    assert data.notes == "Звонила из Минска, спрашивала о работе в Польше."
    assert data.ended_at is not None
    assert data.ended_at >= data.started_at
    assert record.consultant_name == "Анна Ковальчук"
    assert window.service.drafts("contact") == []


def test_non_data_call_is_saved_with_one_more_key(qtbot, window):
    form = window.intake
    key(qtbot, window, Qt.Key.Key_F2)
    key(qtbot, None, Qt.Key.Key_2)  # Silent call
    assert not form.details.isEnabled()
    assert "Silent call" in form.non_data_prompt.text()
    key(qtbot, None, Qt.Key.Key_Return)
    assert not form.active
    rows = saved_contacts(window)
    assert [(r.kind, r.topics) for r in rows] == [("silent", ())]
    assert window.service.count(ContactQuery(kind="consultation")) == 0
    assert window.service.count(ContactQuery(kind="non_data")) == 1


def test_email_recorded_after_the_fact(qtbot, window):
    form = window.intake
    key(qtbot, window, Qt.Key.Key_F3)
    assert form.channel.code() == "email"
    assert form.details.isEnabled()
    assert focus(qtbot) is form.started.edit
    assert not form.timer_label.isVisible()
    # Digits typed replace the date shown: day, month, year, hours, minutes.
    qtbot.keyClicks(form.started.edit, "140320260930")
    form.topics.setFocus()
    key(qtbot, None, Qt.Key.Key_Down)
    key(qtbot, None, Qt.Key.Key_Down)
    key(qtbot, None, Qt.Key.Key_Space)  # Marriage and divorce with foreigners
    QApplication.clipboard().setText("Добрый день! Выхожу замуж за гражданина Турции.")
    form.notes.setFocus()
    key(qtbot, None, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    key(qtbot, None, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not form.active, form.errors_label.text()
    record = window.service.get(saved_contacts(window)[0].id)
    local = record.input.started_at.astimezone()
    assert (local.year, local.month, local.day, local.hour, local.minute) == (2026, 3, 14, 9, 30)
    assert record.input.ended_at is None
    assert record.input.topics == ["marriage_abroad"]
    assert record.input.notes.startswith("Добрый день!")


def test_missing_topic_is_reported_inline_and_nothing_saved(qtbot, window):
    form = window.intake
    key(qtbot, window, Qt.Key.Key_F2)
    key(qtbot, None, Qt.Key.Key_1)
    key(qtbot, None, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert form.active
    assert form.errors_label.isVisible()
    assert "choose at least one topic" in form.errors_label.text()
    assert focus(qtbot) is form.topics
    assert saved_contacts(window) == []


def test_over_long_note_and_future_date_are_refused(qtbot, window):
    form = window.intake
    key(qtbot, window, Qt.Key.Key_F3)
    form.topics.set_codes(["other"])
    form.notes.setPlainText("я" * (NOTES_MAX + 1))
    ahead = (datetime.now() + timedelta(days=3)).strftime("%d.%m.%Y %H:%M")
    form.started.edit.selectAll()
    qtbot.keyClicks(form.started.edit, ahead)  # a future date is kept, then refused
    key(qtbot, form.notes, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    text = form.errors_label.text()
    assert "too long: at most 20000 characters" in text
    assert "is in the future" in text
    assert saved_contacts(window) == []
    assert form.notes.toPlainText() == "я" * (NOTES_MAX + 1)  # nothing typed is lost


def test_find_edit_and_see_history(qtbot, window):
    service = window.service
    service.save(ContactInput(started_at=datetime.now(UTC) - timedelta(minutes=40),
                              topics=["safe_migration"], notes="Звонок из Бреста"))
    target = service.save(ContactInput(started_at=datetime.now(UTC) - timedelta(minutes=20),
                                       topics=["employment_abroad"], gender="male",
                                       notes="Вопрос о работе, звонил из МИНСКА"))
    window.show_page("journal")
    journal = window.journal
    assert journal.model.rowCount() == 2  # today's contacts
    journal.search.setFocus()
    type_text(journal.search, "минск")
    qtbot.waitUntil(lambda: journal.model.rowCount() == 1, timeout=3000)
    assert journal.selected_id() == target.id
    key(qtbot, journal.view, Qt.Key.Key_Return)
    form = window.intake
    assert form.active
    assert form.record_id == target.id
    qtbot.keyClicks(form.gender, "F")
    key(qtbot, form, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not form.active
    assert service.get(target.id).input.gender == "female"
    history = service.history(target.id)
    assert [h.action for h in history] == ["create", "update"]
    assert history[1].changes == {"gender": ["male", "female"]}
    assert history[1].user_name == "Анна Ковальчук"

    from app.ui.history import HistoryDialog

    dialog = HistoryDialog(service, target.id, "en", window)
    qtbot.addWidget(dialog)
    cells = [dialog.table.item(r, c).text() for r in range(dialog.table.rowCount())
             for c in range(dialog.table.columnCount())]
    assert "Gender" in cells
    assert "Male" in cells
    assert "Female" in cells


def test_journal_filters_by_channel_topic_and_kind(qtbot, window):
    service = window.service
    now = datetime.now(UTC) - timedelta(minutes=5)
    service.save(ContactInput(started_at=now, channel="email", topics=["au_pair"]))
    service.save(ContactInput(started_at=now, channel="phone", topics=["employment_abroad"]))
    service.save(ContactInput(started_at=now, kind="hang_up"))
    journal = window.journal
    window.show_page("journal")
    journal.channel.setCurrentIndex(journal.channel.findData("email"))
    assert journal.model.rowCount() == 1
    journal.channel.setCurrentIndex(0)
    journal.topic.setCurrentIndex(journal.topic.findData("employment_abroad"))
    assert journal.model.rowCount() == 1
    journal.topic.setCurrentIndex(0)
    journal.kind.setCurrentIndex(journal.kind.findData("non_data"))
    assert journal.model.rowCount() == 1
    assert "3" not in journal.count_label.text()
    assert "1" in journal.count_label.text()


def test_out_of_hours_contact_is_shown_not_blocked(qtbot, window, store, administrator):
    now = datetime.now().astimezone()
    start = (now + timedelta(hours=2)).strftime("%H:00")
    end = (now + timedelta(hours=3)).strftime("%H:00")
    ContactService(store, administrator.id).set_working_hours(start, end)
    key(qtbot, window, Qt.Key.Key_F2)
    assert window.intake.hours_banner.isVisible()
    assert start in window.intake.hours_banner.text()
    key(qtbot, None, Qt.Key.Key_3)
    key(qtbot, None, Qt.Key.Key_Return)
    rows = saved_contacts(window)
    assert len(rows) == 1
    assert rows[0].out_of_hours


def test_repeat_caller_shows_earlier_contacts(qtbot, window):
    service = window.service
    from app.services.contacts import CallerInput

    service.save(ContactInput(started_at=datetime.now(UTC) - timedelta(days=3),
                              topics=["passport_visa"], notes="Первый звонок про визу",
                              caller=CallerInput(phone="+375 29 000-11-22")))
    key(qtbot, window, Qt.Key.Key_F2)
    key(qtbot, None, Qt.Key.Key_1)
    form = window.intake
    form.phone.setFocus()
    qtbot.keyClicks(form.phone, "375290001122")
    key(qtbot, None, Qt.Key.Key_Tab)
    assert "Contacted before: 1 time" in form.caller_info.text()
    assert "Первый звонок про визу" in form.caller_info.text()


def test_closing_with_unsaved_contact_asks(qtbot, window, monkeypatch):
    answers = iter(["cancel", "keep"])
    asked = []

    def fake_choose(*args, **kwargs):
        asked.append(args[1])
        return next(answers)

    monkeypatch.setattr(msgbox, "choose", fake_choose)
    window.quitting_confirmed = False
    key(qtbot, window, Qt.Key.Key_F2)
    key(qtbot, None, Qt.Key.Key_1)
    window.intake.notes.setPlainText("Не потерять")
    assert not window.close()  # cancelled: the window stays
    assert window.isVisible()
    assert window.close()
    assert len(asked) == 2
    drafts = window.service.drafts("contact")
    assert len(drafts) == 1
    assert drafts[0].payload["input"]["notes"] == "Не потерять"


def test_draft_is_written_while_typing(qtbot, window):
    key(qtbot, window, Qt.Key.Key_F2)
    key(qtbot, None, Qt.Key.Key_1)
    type_text(window.intake.notes, "Пишу заметку")

    def draft_has_text() -> bool:
        drafts = window.service.drafts("contact")
        return bool(drafts) and drafts[0].payload["input"]["notes"] == "Пишу заметку"

    qtbot.waitUntil(draft_has_text, timeout=3000)


def test_journal_by_keyboard_down_enter_and_back_where_it_was(qtbot, window):
    service = window.service
    now = datetime.now(UTC)
    service.save(ContactInput(started_at=now - timedelta(minutes=50),
                              topics=["safe_migration"], notes="Звонок из Бреста"))
    target = service.save(ContactInput(started_at=now - timedelta(minutes=30),
                                       topics=["employment_abroad"], gender="male",
                                       notes="Вопрос о работе, звонил из Гомеля"))
    service.save(ContactInput(started_at=now - timedelta(minutes=10),
                              topics=["au_pair"], notes="Письмо про au-pair"))
    key(qtbot, window, Qt.Key.Key_J, Qt.KeyboardModifier.ControlModifier)
    journal = window.journal
    journal.channel.setCurrentIndex(journal.channel.findData("phone"))  # a filter set
    assert journal.model.rowCount() == 3
    journal.search.setFocus()
    key(qtbot, journal.search, Qt.Key.Key_Down)  # from the search box into the results
    assert focus(qtbot) is journal.view
    assert journal.selected_id() is not None
    key(qtbot, journal.view, Qt.Key.Key_Down)
    assert journal.selected_id() == target.id
    key(qtbot, journal.view, Qt.Key.Key_Return)  # Enter opens it
    form = window.intake
    assert form.record_id == target.id
    qtbot.keyClicks(form.gender, "F")
    key(qtbot, form, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not form.active
    # Back in the journal, as it was: the same filter, the edited contact chosen.
    assert window.stack.currentWidget() is journal
    assert journal.channel.currentData() == "phone"
    assert journal.selected_id() == target.id
    qtbot.waitUntil(lambda: focus(qtbot) is journal.view, timeout=2000)
    assert not journal.hidden_banner.isVisible()


def test_a_saved_contact_the_journal_filter_hides_is_announced_with_a_way_to_show_it(
        qtbot, window):
    journal = window.journal
    window.show_page("journal")
    assert journal.period.currentData() == "today"
    key(qtbot, window, Qt.Key.Key_F3)  # an e-mail recorded afterwards
    form = window.intake
    qtbot.keyClicks(form.started.edit, "02.03.2026 10:15")
    form.topics.set_codes(["au_pair"])
    key(qtbot, form, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not form.active, form.errors_label.text()
    [saved] = saved_contacts(window)
    window.show_page("journal")
    assert journal.model.rowCount() == 0  # «Today» leaves it out…
    assert journal.hidden_banner.isVisible()  # …and the journal says so
    assert "02.03.2026 10:15" in journal.hidden_banner.text()
    key(qtbot, journal, Qt.Key.Key_W, Qt.KeyboardModifier.AltModifier)  # Show it
    assert journal.period.currentData() == "custom"
    assert journal.date_from.value() == journal.date_to.value()
    assert journal.selected_id() == saved.id
    assert not journal.hidden_banner.isVisible()
