"""A new recovery code from the Accounts page: the administrator's password asked again,
the code shown once in the set-up's dialog, the old code ending at once; a wrong
password, a key folder that cannot be written, a full disk or a database that would
not record it leave the old code working; only administrators are offered it."""

from __future__ import annotations

import json
import logging
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from disks import small_disk as mounted_disk
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QPushButton
from sqlalchemy import select, text

from app.db.keyring import Keyring
from app.db.killpoint import ENV
from app.models import AuditEntry
from app.services.accounts import auth
from app.services.accounts.login import LoginError, login_with_recovery
from app.services.accounts.service import AccountService
from app.services.contacts.service import ContactService, UserRow, UserService
from app.services.permissions import PermissionDeniedError
from app.ui import i18n
from app.ui.accounts.recovery import NewRecoveryCodeDialog
from app.ui.accounts.recovery_code import RecoveryCodeDialog
from app.ui.audit.page import action_name
from app.ui.help import page_for_window
from app.ui.main_window import MainWindow
from tests.dialogs import answer_dialogs
from tests.keys import type_text

PASSWORD = "речной камень и фонарь"
"""The administrator's password, typed in Cyrillic."""
SUPERVISOR_PASSWORD = "тихая гавань на рассвете"


@pytest.fixture
def russian(qapp):
    translators = i18n.install(qapp, "ru")
    yield
    i18n.remove(qapp, translators)
    i18n.install(qapp, "en")


def make_db(folder: Path) -> tuple[Path, str]:
    """An encrypted database with the administrator ``olga``; its first recovery code."""
    path = folder / "infoline.sqlite3"
    result, code = auth.setup_first_admin(path, "olga", "Ольга Админова", PASSWORD)
    result.keyring.recovery_code_shown()  # as the set-up's window does
    result.store.close()
    return path, code


@pytest.fixture
def db(tmp_path: Path) -> tuple[Path, str]:
    return make_db(tmp_path)


def open_window(qtbot, path: Path, tmp_path: Path, username: str = "olga",
                password: str = PASSWORD):  # type: ignore[no-untyped-def]
    result = auth.login(path, username, password)
    user = UserRow(result.user.id, result.user.username, result.user.full_name,
                   result.user.role)
    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    w = MainWindow(ContactService(result.store, user.id), UserService(result.store), user,
                   settings, "ru", login=result)
    w.quitting_confirmed = True
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w, result


def opens(path: Path, code: str) -> bool:
    """Whether ``code`` opens the database (the way the login's recovery does)."""
    try:
        store, _key, _ring = login_with_recovery(path, code)
    except LoginError as exc:
        if exc.reason != "wrong":
            raise
        return False
    store.close()
    return True


def audit(store) -> list[AuditEntry]:  # type: ignore[no-untyped-def]
    with store.sessions() as s:
        return list(s.scalars(select(AuditEntry).order_by(AuditEntry.seq)))


def press_and_answer(qtbot, page, answers):  # type: ignore[no-untyped-def]
    left = answer_dialogs(answers)
    qtbot.mouseClick(page.recovery_button, Qt.MouseButton.LeftButton)
    assert not left
    assert QApplication.activeModalWidget() is None


def test_an_administrator_makes_a_new_code_and_only_the_new_one_opens(
        qtbot, russian, db, tmp_path, caplog):
    caplog.set_level(logging.DEBUG)
    path, old_code = db
    w, result = open_window(qtbot, path, tmp_path)
    try:
        w.show_page("accounts")
        page = w.accounts_page
        assert page.recovery_button.isVisibleTo(w)
        assert page.recovery_button.text() == "Новый &код восстановления…"
        seen: dict[str, object] = {}

        def ask(dialog: NewRecoveryCodeDialog) -> None:
            seen["title"] = dialog.windowTitle()
            seen["intro"] = dialog.intro.text()
            seen["help"] = page_for_window(dialog)
            qtbot.waitUntil(dialog.password.hasFocus)
            type_text(dialog.password, PASSWORD)
            qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
            seen["password left"] = dialog.password.text()

        def show(dialog: RecoveryCodeDialog) -> None:
            seen["code"] = dialog.code_label.text()
            seen["shown intro"] = dialog.intro.text()
            seen["selectable"] = bool(dialog.code_label.textInteractionFlags()
                                      & Qt.TextInteractionFlag.TextSelectableByMouse)
            seen["print"] = dialog.print_button.text()
            seen["ok before"] = dialog.ok_button.isEnabled()
            qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # not closed before it is written down
            seen["still open"] = dialog.isVisible()
            dialog.confirm.setChecked(True)
            dialog.ok_button.click()

        press_and_answer(qtbot, page, [(NewRecoveryCodeDialog, ask), (RecoveryCodeDialog, show)])
        assert seen["title"] == "Новый код восстановления"
        assert "Старый код сразу перестанет действовать" in str(seen["intro"])
        assert seen["help"] == "accounts.html#recovery-code"
        assert seen["password left"] == ""
        new_code = str(seen["code"])
        assert len(new_code.replace("-", "")) == 25
        assert new_code != old_code
        assert str(seen["shown intro"]).startswith("Старый код восстановления больше не "
                                                   "действует")
        assert seen["selectable"]
        assert seen["print"] == "&Печать…"
        assert seen["ok before"] is False
        assert seen["still open"] is True

        assert not opens(path, old_code)
        assert opens(path, new_code)
        entries = audit(result.store)
        made = [e for e in entries if e.action == "recovery.new"]
        assert len(made) == 1
        assert made[0].user_id == result.user_id
        assert action_name(made[0].action) == "сделан новый код восстановления"
        everything = json.dumps([[e.action, e.details] for e in entries], ensure_ascii=False)
        assert new_code not in everything
        assert new_code.replace("-", "") not in everything
        assert new_code not in caplog.text
        assert PASSWORD not in caplog.text
    finally:
        result.store.close()


def test_a_wrong_password_makes_no_new_code(qtbot, russian, db, tmp_path):
    path, old_code = db
    entry = json.loads(Keyring.path_for(path).read_text())["recovery"]
    w, result = open_window(qtbot, path, tmp_path)
    try:
        w.show_page("accounts")
        seen: dict[str, object] = {}

        def ask(dialog: NewRecoveryCodeDialog) -> None:
            qtbot.waitUntil(dialog.password.hasFocus)
            type_text(dialog.password, "чужой пароль наугад")
            qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
            seen["error"] = dialog.error.text()
            seen["open"] = dialog.isVisible()
            seen["password left"] = dialog.password.text()
            dialog.cancel_button.click()

        press_and_answer(qtbot, w.accounts_page, [(NewRecoveryCodeDialog, ask)])
        assert seen["error"] == "Пароль: не совпадает с вашим текущим паролем"
        assert seen["open"] is True
        assert seen["password left"] == ""
        assert json.loads(Keyring.path_for(path).read_text())["recovery"] == entry
        assert opens(path, old_code)
        assert "recovery.new" not in [e.action for e in audit(result.store)]
    finally:
        result.store.close()


def test_a_consultant_and_a_supervisor_are_not_offered_it_and_the_service_refuses(
        qtbot, russian, db, tmp_path):
    path, old_code = db
    admin = auth.login(path, "olga", PASSWORD)
    try:
        accounts = AccountService(admin.store, admin.keyring, admin.db_key, admin.user_id)
        accounts.create("elena", "Елена Миронова", "supervisor", SUPERVISOR_PASSWORD,
                        must_change=False)
        accounts.create("anna", "Анна Ковальчук", "consultant", SUPERVISOR_PASSWORD,
                        must_change=False)
    finally:
        admin.store.close()
    entry = json.loads(Keyring.path_for(path).read_text())["recovery"]
    for name in ("elena", "anna"):
        w, result = open_window(qtbot, path, tmp_path, name, SUPERVISOR_PASSWORD)
        try:
            assert w.accounts_page is None
            buttons = [b for b in w.findChildren(QPushButton)
                       if b.objectName() == "newRecoveryCode"
                       or "код восстановления" in b.text().replace("&", "").lower()]
            assert buttons == []
            service = AccountService(result.store, result.keyring, result.db_key,
                                     result.user_id)
            with pytest.raises(PermissionDeniedError):
                service.new_recovery_code(SUPERVISOR_PASSWORD)
            assert "recovery.new" not in [e.action for e in audit(result.store)]
        finally:
            w.close()
            result.store.close()
    assert json.loads(Keyring.path_for(path).read_text())["recovery"] == entry
    assert opens(path, old_code)


def test_a_database_that_does_not_record_it_puts_the_old_code_back(db):
    """The key file is written, then the commit of the audit entry fails: a code
    nobody saw must not have ended the old one."""
    path, old_code = db
    login = auth.login(path, "olga", PASSWORD)
    try:
        with login.store.session() as s:
            # a constraint SQLite checks only at COMMIT: the entry is written, the
            # transaction then refused
            s.execute(text("CREATE TABLE refusal_parent (id INTEGER PRIMARY KEY)"))
            s.execute(text("CREATE TABLE refusal_child (parent INTEGER REFERENCES "
                           "refusal_parent(id) DEFERRABLE INITIALLY DEFERRED)"))
            s.execute(text("CREATE TRIGGER refuse_at_commit AFTER INSERT ON audit_log "
                           "BEGIN INSERT INTO refusal_child VALUES (42); END"))
        service = AccountService(login.store, login.keyring, login.db_key, login.user_id)
        with pytest.raises(Exception, match="FOREIGN KEY"):
            service.new_recovery_code(PASSWORD)
        assert "recovery.new" not in [e.action for e in audit(login.store)]
        with login.store.session() as s:
            s.execute(text("DROP TRIGGER refuse_at_commit"))
    finally:
        login.store.close()
    assert opens(path, old_code)


# -- a key folder that cannot be written, a full disk: real ones ---------------------


@pytest.fixture
def small_disk(tmp_path: Path):
    """A 8 MB file system of its own (tmpfs; skipped where mounting is not permitted)."""
    with mounted_disk(tmp_path, 8) as point:
        yield point


def refused_in_the_dialog(qtbot, page) -> str:  # type: ignore[no-untyped-def]
    seen: dict[str, object] = {}

    def ask(dialog: NewRecoveryCodeDialog) -> None:
        qtbot.waitUntil(dialog.password.hasFocus)
        type_text(dialog.password, PASSWORD)
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
        seen["error"] = dialog.error.text()
        seen["open"] = dialog.isVisible()
        dialog.cancel_button.click()

    press_and_answer(qtbot, page, [(NewRecoveryCodeDialog, ask)])
    assert seen["open"] is True
    return str(seen["error"])


def test_a_key_folder_that_cannot_be_written_leaves_the_old_code(qtbot, russian, tmp_path):
    folder = tmp_path / "office"
    folder.mkdir()
    path, old_code = make_db(folder)
    w, result = open_window(qtbot, path, tmp_path)
    frozen = subprocess.run(["chattr", "+i", str(folder)], capture_output=True, text=True,
                            check=False)
    if frozen.returncode != 0:
        result.store.close()
        pytest.skip(f"cannot make a folder immutable here: {frozen.stderr.strip()}")
    try:
        w.show_page("accounts")
        error = refused_in_the_dialog(qtbot, w.accounts_page)
    finally:
        subprocess.run(["chattr", "-i", str(folder)], check=True)
    try:
        assert error == (
            f"Новый код не сделан: файл ключей {Keyring.path_for(path)} не удаётся "
            "записать (папка только для чтения или нет доступа). Старый код "
            "восстановления по-прежнему действует.")
        assert "recovery.new" not in [e.action for e in audit(result.store)]
    finally:
        result.store.close()
    assert opens(path, old_code)


def test_a_full_disk_leaves_the_old_code(qtbot, russian, small_disk, tmp_path):
    path, old_code = make_db(small_disk)
    w, result = open_window(qtbot, path, tmp_path)
    filler = small_disk / "filler"
    try:
        w.show_page("accounts")
        free = os.statvfs(small_disk).f_bavail * os.statvfs(small_disk).f_frsize
        with filler.open("wb") as f:
            f.write(b"\0" * free)
        error = refused_in_the_dialog(qtbot, w.accounts_page)
        assert error == ("Новый код не сделан: диск заполнен; освободите место и "
                         "попробуйте снова. Старый код восстановления по-прежнему "
                         "действует.")
    finally:
        filler.unlink(missing_ok=True)
    try:
        assert "recovery.new" not in [e.action for e in audit(result.store)]
    finally:
        result.store.close()
    assert opens(path, old_code)


# -- killed before the new code was written down ----------------------------------------


@pytest.mark.slow
def test_a_new_code_killed_before_it_was_shown_is_asked_for_at_the_next_login(
        qtbot, russian, db, tmp_path):
    """The process dies (SIGKILL) with the new code in the key file, never shown: the
    code on paper no longer works, so the administrator's next login asks for a new
    one, which is then the one that opens the database."""
    from app.ui.app import log_in
    from app.ui.login import LoginDialog

    path, old_code = db
    killed = subprocess.run(
        [sys.executable, "-m", "app", "accounts", "recovery-code", "--db", str(path)],
        cwd=Path(__file__).resolve().parent.parent, capture_output=True, text=True,
        timeout=300, check=False,
        env={**os.environ, ENV: "recovery.written", "INFOLINE_USER": "olga",
             "INFOLINE_PASSWORD": PASSWORD})
    assert killed.returncode == -signal.SIGKILL, killed.stderr[-2000:]
    assert "New recovery code" not in killed.stdout  # nothing was printed
    assert Keyring.load(path).recovery_code_unseen
    assert not opens(path, old_code)
    seen: dict[str, object] = {}

    def log_in_as_admin(dialog: LoginDialog) -> None:
        dialog.username.setText("olga")
        dialog.password.setText(PASSWORD)
        dialog.login_button.click()

    def ask(dialog: NewRecoveryCodeDialog) -> None:
        seen["intro"] = dialog.intro.text()
        qtbot.waitUntil(dialog.password.hasFocus)
        type_text(dialog.password, PASSWORD)
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)

    def show(dialog: RecoveryCodeDialog) -> None:
        seen["code"] = dialog.code_label.text()
        dialog.confirm.setChecked(True)
        dialog.ok_button.click()

    left = answer_dialogs([(LoginDialog, log_in_as_admin), (NewRecoveryCodeDialog, ask),
                           (RecoveryCodeDialog, show)])
    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    result = log_in(path, settings)
    assert not left
    assert result is not None
    try:
        assert "код на бумаге больше не действует" in str(seen["intro"])
        assert "recovery.new" in [e.action for e in audit(result.store)]
    finally:
        result.store.close()
    assert not Keyring.load(path).recovery_code_unseen
    assert opens(path, str(seen["code"]))


def test_the_command_line_asks_for_the_password_and_marks_the_code_shown(
        db, monkeypatch, capsys):
    from app.cli import main

    path, old_code = db
    monkeypatch.setenv("INFOLINE_USER", "olga")
    monkeypatch.setenv("INFOLINE_PASSWORD", PASSWORD)
    assert main(["accounts", "recovery-code", "--db", str(path)]) == 0
    code = capsys.readouterr().out.strip().splitlines()[-1]
    assert not Keyring.load(path).recovery_code_unseen
    assert not opens(path, old_code)
    assert opens(path, code)
