"""Logging in, the first administrator, the recovery code, a damaged key file."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from accounthelp import PASSWORD as CLI_PASSWORD
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication

from app.db import open_store
from app.db.keyring import Keyring
from app.services.accounts import auth
from app.services.contacts.service import ContactInput, ContactQuery, ContactService, UserService
from app.ui.accounts.recovery_code import RecoveryCodeDialog
from app.ui.login import FirstAdminDialog, LoginDialog, RecoveryDialog
from tests.dialogs import answer_dialogs, answer_next_dialog

PASSWORD = "river stone lantern"


@pytest.fixture
def db(tmp_path):
    """An encrypted database with one administrator, closed again."""
    path = tmp_path / "infoline.sqlite3"
    result, _code = auth.setup_first_admin(path, "olga", "Ольга Админова", PASSWORD)
    result.store.close()
    return path


def login_dialog(qtbot, path, **kwargs) -> LoginDialog:
    dialog = LoginDialog(path, **kwargs)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: dialog.username.hasFocus() or dialog.password.hasFocus())
    return dialog


def attempt(qtbot, dialog: LoginDialog, username: str, password: str) -> None:
    if dialog.password.hasFocus():
        qtbot.keyClick(dialog.password, Qt.Key.Key_Backtab)
    assert dialog.username.hasFocus()
    dialog.username.clear()
    qtbot.keyClicks(dialog.username, username)
    qtbot.keyClick(dialog.username, Qt.Key.Key_Tab)
    assert dialog.password.hasFocus()
    qtbot.keyClicks(dialog.password, password)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)


def test_login_with_the_keyboard(qtbot, db):
    dialog = login_dialog(qtbot, db)
    assert dialog.username.hasFocus()
    assert not dialog.demo_hint.isVisible()
    attempt(qtbot, dialog, "olga", PASSWORD)
    assert dialog.result() == LoginDialog.DialogCode.Accepted
    result = dialog.result_login
    assert result.user.username == "olga"
    assert result.user.role == "administrator"
    assert dialog.password.text() == ""
    result.store.close()


def test_a_wrong_password_or_name_gets_the_same_message_then_a_lockout(qtbot, db):
    dialog = login_dialog(qtbot, db, last_username="olga")
    assert dialog.password.hasFocus()  # the remembered name is filled in
    attempt(qtbot, dialog, "olga", "not the password")
    wrong = dialog.error.text()
    assert wrong == "Wrong user name or password."
    assert dialog.isVisible()
    assert dialog.password.text() == ""
    assert dialog.password.hasFocus()
    attempt(qtbot, dialog, "nobody", PASSWORD)
    assert dialog.error.text() == wrong  # never says which of the two was wrong
    for _ in range(5):
        attempt(qtbot, dialog, "olga", "still wrong")
    # Locked out, and said as a wrong password: a stranger cannot tell the name exists.
    assert dialog.error.text() == wrong
    until = Keyring.load(db).locked_until("olga")
    assert until is not None
    # Even the right password waits for the lockout to end.
    attempt(qtbot, dialog, "olga", PASSWORD)
    assert dialog.result_login is None
    assert dialog.error.text() == wrong


def test_a_deactivated_account_and_a_damaged_key_file_are_explained(qtbot, db):
    def inactive(path, name, password):
        raise auth.LoginError("inactive", "deactivated")

    dialog = login_dialog(qtbot, db, login=inactive)
    attempt(qtbot, dialog, "anna", PASSWORD)
    assert dialog.error.text() == "This account is deactivated. Ask an administrator."

    Keyring.path_for(db).write_text("{ not a key file", encoding="utf-8")
    dialog = login_dialog(qtbot, db)
    attempt(qtbot, dialog, "olga", PASSWORD)
    assert dialog.error.text().startswith("The key file of this database is missing or "
                                          "damaged")
    assert "Traceback" not in dialog.error.text()
    assert dialog.result_login is None


def test_a_demo_database_shows_its_accounts(qtbot, tmp_path):
    dialog = login_dialog(qtbot, tmp_path / "demo.sqlite3", demo=True)
    assert dialog.demo_hint.isVisible()
    assert "admin, supervisor, specialist and consultant" in dialog.demo_hint.text()
    assert "“demo”" in dialog.demo_hint.text()


def test_the_first_administrator_and_the_recovery_code(qtbot, tmp_path):
    path = tmp_path / "new.sqlite3"
    dialog = FirstAdminDialog(path)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert "new database is encrypted" in dialog.intro.text()
    qtbot.keyClicks(dialog.username, "olga")
    dialog.full_name.setText("Ольга Админова")
    qtbot.keyClicks(dialog.password, "short")
    qtbot.keyClicks(dialog.repeat, "short")
    qtbot.keyClick(dialog.repeat, Qt.Key.Key_Return)
    assert dialog.error.text().startswith("Password: must have at least 10 characters")
    assert not Keyring.exists(path)
    dialog.password.clear()
    dialog.repeat.clear()
    qtbot.keyClicks(dialog.password, PASSWORD)
    qtbot.keyClicks(dialog.repeat, PASSWORD + "x")
    qtbot.keyClick(dialog.repeat, Qt.Key.Key_Return)
    assert dialog.error.text() == "Password: the two passwords differ"
    qtbot.keyClicks(dialog.repeat, PASSWORD)
    qtbot.keyClick(dialog.repeat, Qt.Key.Key_Return)
    assert dialog.result() == FirstAdminDialog.DialogCode.Accepted
    result, code = dialog.result_login, dialog.recovery_code
    assert result.user.role == "administrator"
    assert code
    result.store.close()

    shown = RecoveryCodeDialog(code, path)
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    assert shown.code_label.text() == code
    assert not shown.ok_button.isEnabled()
    qtbot.keyClick(shown, Qt.Key.Key_Escape)  # the code is never shown again: no skipping
    assert shown.isVisible()
    shown.activateWindow()
    shown.confirm.setFocus()
    qtbot.waitUntil(shown.confirm.hasFocus)
    qtbot.keyClick(shown.confirm, Qt.Key.Key_Space)
    assert shown.ok_button.isEnabled()
    qtbot.keyClick(shown.confirm, Qt.Key.Key_Return)
    assert shown.result() == RecoveryCodeDialog.DialogCode.Accepted
    # The code shown unlocks the database key.
    assert Keyring.load(path).unlock_with_recovery(code)


def test_an_old_plain_database_is_encrypted_with_its_records(qtbot, tmp_path):
    from app.ui.app import log_in

    path = tmp_path / "old.sqlite3"
    plain = open_store(path)
    anna = UserService(plain).add("Анна Ковальчук")
    ContactService(plain, anna.id).save(ContactInput(
        started_at=datetime.now(UTC) - timedelta(hours=1), topics=["other"],
        notes="Запись из старой версии"))
    plain.close()
    seen = {}

    def fill(dialog: FirstAdminDialog):
        seen["intro"] = dialog.intro.text()
        qtbot.keyClicks(dialog.username, "olga")
        dialog.full_name.setText("Ольга Админова")
        qtbot.keyClicks(dialog.password, PASSWORD)
        qtbot.keyClicks(dialog.repeat, PASSWORD)
        qtbot.keyClick(dialog.repeat, Qt.Key.Key_Return)

    def confirm(dialog: RecoveryCodeDialog):
        seen["code"] = dialog.code_label.text()
        dialog.confirm.setChecked(True)
        dialog.ok_button.click()

    left = answer_dialogs([(FirstAdminDialog, fill), (RecoveryCodeDialog, confirm)])
    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    result = log_in(path, settings)
    assert not left
    assert "older version" in seen["intro"]
    assert seen["code"]
    try:
        rows = ContactService(result.store, result.user.id).page(ContactQuery())
        assert [r.notes_preview for r in rows] == ["Запись из старой версии"]
    finally:
        result.store.close()
    assert b"SQLite format 3" not in path.read_bytes()[:16]
    assert "Запись".encode() not in path.read_bytes()


def test_the_recovery_code_gives_an_administrator_a_new_password(qtbot, tmp_path):
    path = tmp_path / "infoline.sqlite3"
    result, code = auth.setup_first_admin(path, "olga", "Ольга Админова", PASSWORD)
    result.store.close()
    dialog = login_dialog(qtbot, path)
    seen: dict[str, object] = {}

    def fill(recovery) -> None:  # type: ignore[no-untyped-def]
        try:
            assert isinstance(recovery, RecoveryDialog)
            qtbot.waitUntil(recovery.code.hasFocus)
            qtbot.keyClicks(recovery.code, "WRONG-CODE-0000")
            for field, text in ((recovery.username, "olga"),
                                (recovery.new, "new harbour lights"),
                                (recovery.repeat, "new harbour lights")):
                qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
                assert field.hasFocus()
                qtbot.keyClicks(field, text)
            qtbot.keyClick(recovery.repeat, Qt.Key.Key_Return)
            seen["wrong"] = recovery.error.text()
            assert recovery.isVisible()
            recovery.code.clear()
            qtbot.keyClicks(recovery.code, code)
            for field in (recovery.new, recovery.repeat):
                field.clear()
                qtbot.keyClicks(field, "new harbour lights")
            qtbot.keyClick(recovery.repeat, Qt.Key.Key_Return)
        except BaseException as exc:  # never leave the modal dialog open
            seen["error"] = exc
            if recovery is not None:
                recovery.reject()

    answer_next_dialog(fill)
    qtbot.mouseClick(dialog.recovery_button, Qt.MouseButton.LeftButton)
    assert "error" not in seen, seen.get("error")
    assert "recovery code" in str(seen["wrong"]).lower()
    assert dialog.username.text() == "olga"
    qtbot.waitUntil(dialog.password.hasFocus)
    qtbot.keyClicks(dialog.password, "new harbour lights")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.result() == LoginDialog.DialogCode.Accepted
    dialog.result_login.store.close()
    with pytest.raises(auth.LoginError):  # the old password no longer opens it
        auth.login(path, "olga", PASSWORD)


def test_a_missing_key_file_is_said_plainly_and_no_new_one_is_made(qtbot, db, monkeypatch):
    from app.ui import app as ui_app
    from app.ui.widgets import msgbox

    keys = Keyring.path_for(db)
    keys.rename(keys.with_name("elsewhere.keys"))
    shown: list[str] = []
    monkeypatch.setattr(msgbox, "error", lambda _p, title, text, details="": shown.append(text))
    settings = QSettings(str(db.with_name("settings.ini")), QSettings.Format.IniFormat)
    assert ui_app.log_in(db, settings) is None
    assert len(shown) == 1
    assert keys.name in shown[0]
    assert not keys.exists()
    with pytest.raises(auth.SetupError, match="key file"):  # nor through the set-up
        auth.setup_first_admin(db, "olga", "Ольга", PASSWORD)
    assert not keys.exists()


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL (POSIX)")
def test_a_set_up_killed_before_the_encryption_is_finished_in_the_window(qtbot, tmp_path):
    """``infoline init`` was killed after its key file, before the database was
    encrypted: the window asks for the first administrator again, finishes the set-up
    with the same name and password, and shows a new recovery code."""
    from app.ui.app import log_in

    path = tmp_path / "old.sqlite3"
    plain = open_store(path)
    anna = UserService(plain).add("Анна Ковальчук")
    ContactService(plain, anna.id).save(ContactInput(
        started_at=datetime.now(UTC) - timedelta(hours=1), topics=["other"],
        notes="Запись из старой версии"))
    plain.close()
    killed = subprocess.run(
        [sys.executable, "-m", "app", "init", "--existing-ok", "--db", str(path)],
        cwd=Path(__file__).resolve().parent.parent, capture_output=True, timeout=300,
        env={**os.environ, "INFOLINE_TEST_KILL_AT": "encrypt.before_rename"}, check=False)
    assert killed.returncode == -signal.SIGKILL
    assert Keyring.exists(path)
    assert b"SQLite format 3" in path.read_bytes()[:16]
    seen = {}

    def fill(dialog: FirstAdminDialog):
        qtbot.keyClicks(dialog.username, "admin")
        dialog.full_name.setText("Ольга Админова")
        qtbot.keyClicks(dialog.password, CLI_PASSWORD)
        qtbot.keyClicks(dialog.repeat, CLI_PASSWORD)
        qtbot.keyClick(dialog.repeat, Qt.Key.Key_Return)

    def confirm(dialog: RecoveryCodeDialog):
        seen["code"] = dialog.code_label.text()
        dialog.confirm.setChecked(True)
        dialog.ok_button.click()

    left = answer_dialogs([(FirstAdminDialog, fill), (RecoveryCodeDialog, confirm)])

    def no_login_dialog() -> None:  # the plain login cannot finish it: say so, not hang
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, LoginDialog):
            seen["login dialog"] = True
            dialog.reject()
        elif left:
            QTimer.singleShot(20, no_login_dialog)

    QTimer.singleShot(0, no_login_dialog)
    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    result = log_in(path, settings)
    assert "login dialog" not in seen
    assert not left
    assert result is not None
    try:
        rows = ContactService(result.store, result.user.id).page(ContactQuery())
        assert [r.notes_preview for r in rows] == ["Запись из старой версии"]
    finally:
        result.store.close()
    assert b"SQLite format 3" not in path.read_bytes()[:16]
    ring = Keyring.load(path)
    assert not ring.recovery_code_pending
    assert ring.unlock_with_recovery(seen["code"])


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL (POSIX)")
def test_a_recovery_code_never_shown_is_replaced_at_the_administrators_login(qtbot,
                                                                             tmp_path):
    """``infoline init`` was killed after the database was made, before it printed the
    recovery code: the administrator logs in as usual and is shown a new code."""
    from app.ui.app import log_in

    path = tmp_path / "new.sqlite3"
    killed = subprocess.run(
        [sys.executable, "-m", "app", "init", "--db", str(path)],
        cwd=Path(__file__).resolve().parent.parent, capture_output=True, timeout=300,
        env={**os.environ, "INFOLINE_TEST_KILL_AT": "setup.opened"}, check=False)
    assert killed.returncode == -signal.SIGKILL
    assert b"-" not in killed.stdout  # no code was printed
    assert Keyring.load(path).recovery_code_pending
    seen = {}

    def log_in_as_admin(dialog: LoginDialog):
        dialog.username.setText("admin")
        dialog.password.setText(CLI_PASSWORD)
        dialog.login_button.click()

    def confirm(dialog: RecoveryCodeDialog):
        seen["code"] = dialog.code_label.text()
        dialog.confirm.setChecked(True)
        dialog.ok_button.click()

    left = answer_dialogs([(LoginDialog, log_in_as_admin),
                                   (RecoveryCodeDialog, confirm)])
    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    result = log_in(path, settings)
    assert not left
    assert result is not None
    result.store.close()
    ring = Keyring.load(path)
    assert not ring.recovery_code_pending
    assert ring.unlock_with_recovery(seen["code"])


def test_a_database_held_elsewhere_is_named_by_its_error_class_not_its_name(qtbot, db):
    """The login screen knows a busy database by the class the store raises (and any
    refinement of it), not by comparing class names."""
    from app.db import AlreadyOpenError, WrongKeyError

    class HeldByImport(AlreadyOpenError):
        pass

    class WrongFileKey(WrongKeyError):
        pass

    dialog = login_dialog(qtbot, db)
    held = dialog.message_for(HeldByImport("busy", holder="import-csv", pid=42))
    assert "infoline import-csv" in held
    assert "already open in another window" in dialog.message_for(
        HeldByImport("busy", holder="window"))
    assert "does not open with its key file" in dialog.message_for(WrongFileKey("no"))
