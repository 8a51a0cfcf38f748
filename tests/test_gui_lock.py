"""The idle lock: every window covered, the password asked, the work left as it was."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QVBoxLayout, QWidget

from app.ui.lock import Curtain, IdleLock, UnlockDialog
from app.ui.main_window import MainWindow
from app.ui.widgets import msgbox
from tests.keys import type_text
from tests.windows import make_window

PASSWORD = "correct horse battery"



@pytest.fixture
def lock(qtbot, consultant):
    tried: list[str] = []
    audited: list[str] = []

    def verify(password: str) -> bool:
        tried.append(password)
        return password == PASSWORD

    idle = IdleLock(consultant.full_name, consultant.username, verify, minutes=5,
                    audit=audited.append)
    idle.tried = tried  # type: ignore[attr-defined]
    idle.audited = audited  # type: ignore[attr-defined]
    yield idle
    idle.stop()
    idle.deleteLater()


def covering(widget: QWidget) -> Curtain | None:
    """The curtain on top of ``widget``'s middle, if any."""
    hit = widget.childAt(QPoint(widget.width() // 2, widget.height() // 2))
    while hit is not None and not isinstance(hit, Curtain):
        hit = hit.parentWidget()
    return hit


def start_contact_with_notes(qtbot, window: MainWindow, notes: str) -> None:
    qtbot.keyClick(window, Qt.Key.Key_F2)
    form = window.intake
    assert form.active
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_1)
    form.notes.setFocus()
    qtbot.waitUntil(form.notes.hasFocus)
    type_text(form.notes, notes)
    assert form.notes.toPlainText() == notes


def unlock_dialog(lock: IdleLock) -> UnlockDialog:
    assert lock.dialog is not None
    return lock.dialog


def test_idle_time_locks_every_window_and_an_open_dialog(qtbot, window, lock):
    dialog = QDialog(window)
    secret = QLineEdit("Ольга, +375 29 000-00-00")
    QVBoxLayout(dialog).addWidget(secret)
    dialog.setWindowTitle("Client: Ольга")
    dialog.open()
    qtbot.waitExposed(dialog)
    finished: list[int] = []
    dialog.finished.connect(finished.append)

    lock.set_interval_ms(50)
    qtbot.waitUntil(lambda: lock.locked, timeout=3000)

    prompt = unlock_dialog(lock)
    assert prompt.isVisible()
    assert prompt.windowModality() == Qt.WindowModality.ApplicationModal
    assert covering(window) is not None
    assert covering(dialog) is not None
    # The dialog is covered, not hidden or ended; its title no longer names anyone.
    assert dialog.isVisible()
    assert not finished
    assert "Ольга" not in dialog.windowTitle()
    assert lock.audited == ["lock"]
    # The curtain cannot simply be hidden.
    curtain = covering(dialog)
    curtain.hide()
    assert curtain.isVisible()

    qtbot.keyClicks(prompt.password, PASSWORD)
    qtbot.keyClick(prompt.password, Qt.Key.Key_Return)
    assert not lock.locked
    assert covering(window) is None
    assert covering(dialog) is None
    assert dialog.isVisible()
    assert not finished
    assert dialog.windowTitle() == "Client: Ольга"
    assert lock.audited == ["lock", "unlock"]
    dialog.reject()


def test_wrong_password_is_refused_and_the_right_one_returns_to_the_draft(
        qtbot, window, lock):
    start_contact_with_notes(qtbot, window, "Звонила по поводу работы в Польше")
    form = window.intake
    qtbot.keyClick(form.notes, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: lock.locked)
    prompt = unlock_dialog(lock)
    qtbot.waitUntil(prompt.password.hasFocus)

    qtbot.keyClicks(prompt.password, "guess")
    qtbot.keyClick(prompt.password, Qt.Key.Key_Return)
    assert lock.locked
    assert prompt.error.text() == "Wrong password."
    assert prompt.password.text() == ""
    assert covering(window) is not None
    # Esc neither unlocks nor closes the prompt.
    qtbot.keyClick(prompt.password, Qt.Key.Key_Escape)
    assert lock.locked
    assert prompt.isVisible()

    qtbot.keyClicks(prompt.password, PASSWORD)
    qtbot.keyClick(prompt.password, Qt.Key.Key_Return)
    assert not lock.locked
    assert lock.tried == ["guess", PASSWORD]
    assert lock.audited == ["lock", "unlock_failed", "unlock"]
    qtbot.waitUntil(form.notes.hasFocus)
    assert form.active
    assert form.notes.toPlainText() == "Звонила по поводу работы в Польше"
    type_text(form.notes, ".")
    assert form.notes.toPlainText().endswith("Польше.")


def test_a_locked_out_account_says_until_when(qtbot, window, consultant):
    from datetime import UTC, datetime

    class LockedOut(Exception):
        def __init__(self, until):
            self.until = until

    until = datetime(2030, 5, 6, 10, 45, tzinfo=UTC)

    def verify(password: str) -> bool:
        raise LockedOut(until)

    idle = IdleLock(consultant.full_name, consultant.username, verify)
    try:
        idle.lock()
        prompt = unlock_dialog(idle)
        qtbot.keyClicks(prompt.password, "anything")
        qtbot.keyClick(prompt.password, Qt.Key.Key_Return)
        assert idle.locked
        assert prompt.error.text() == (
            f"Too many wrong passwords. Try again after "
            f"{until.astimezone().strftime('%H:%M')}.")
    finally:
        idle.stop()


def test_input_postpones_the_idle_lock(qtbot, window, lock):
    lock.set_interval_ms(10_000)
    # time passes without input (the window's own start-up events may restart it once)
    qtbot.waitUntil(lambda: lock.timer.remainingTime() < 9_000, timeout=5_000)
    qtbot.keyClick(window.nav, Qt.Key.Key_Down)
    assert lock.timer.remainingTime() > 9_400  # restarted (some slack for a loaded machine)
    assert not lock.locked


def test_switch_user_keeps_the_draft_for_its_owner_only(
        qtbot, store, consultant, staff, window, lock, tmp_path, monkeypatch):
    from app.ui.app import offer_drafts

    start_contact_with_notes(qtbot, window, "Черновик Анны")
    window.intake.save_draft()
    switched: list[bool] = []
    lock.switch_user.connect(lambda: switched.append(True))
    lock.lock()
    prompt = unlock_dialog(lock)
    qtbot.keyClick(prompt.switch_button, Qt.Key.Key_Space)
    assert switched == [True]
    lock.stop()
    window.quitting_confirmed = False
    window.close_keeping_drafts()  # no question: the autouse fixture fails on any dialog
    assert not window.isVisible()
    drafts = window.service.drafts("contact")
    assert [d.user_id for d in drafts] == [consultant.id]

    # Another user logs in: Anna's draft is not offered to them.
    other = staff("consultant", "Ирина Петрова")
    w2 = make_window(qtbot, store, other, tmp_path)
    offer_drafts(w2)  # any question would fail the test
    assert not w2.intake.active
    w2.close()

    # Anna logs in again: her draft is offered back, intact.
    asked: list[str] = []

    def choose(parent, title, text, options, default, escape):
        asked.append(title)
        return "restore"

    monkeypatch.setattr(msgbox, "choose", choose)
    w3 = make_window(qtbot, store, consultant, tmp_path)
    offer_drafts(w3)
    assert asked == ["Unsaved contact found"]
    assert w3.intake.active
    assert w3.intake.notes.toPlainText() == "Черновик Анны"


def test_no_idle_lock_while_a_contact_is_in_progress(qtbot, window, lock):
    # As the session wires them (app.session_lock): the lock waits during a contact.
    window.contact_in_progress.connect(lock.hold)
    lock.hold(window.intake.active)
    lock.set_interval_ms(300)
    start_contact_with_notes(qtbot, window, "Звонящая говорит, консультант слушает")
    assert lock.held
    qtbot.wait(900)  # three idle periods without any input, the caller still talking
    assert not lock.locked
    assert window.intake.active

    # Ctrl+L still locks at once, and unlocking returns to the call, still held.
    qtbot.keyClick(window.intake.notes, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: lock.locked, timeout=2000)
    dialog = unlock_dialog(lock)
    dialog.password.setText(PASSWORD)
    dialog.unlock_button.click()
    assert not lock.locked
    qtbot.wait(600)
    assert not lock.locked

    # Saved: the idle minutes count from now.
    window.intake.topics.set_codes(["other"])
    window.intake.save()
    assert not window.intake.active
    assert not lock.held
    qtbot.waitUntil(lambda: lock.locked, timeout=3000)
    dialog = unlock_dialog(lock)
    dialog.password.setText(PASSWORD)
    dialog.unlock_button.click()


def test_settings_say_the_idle_lock_waits_during_a_contact(window):
    assert "While a contact is in progress the idle lock waits" in (
        window.settings_page.hint.text())
