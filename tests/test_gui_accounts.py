"""What each role is offered, and the administrators' accounts and audit screens."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QWidget

from app.db.keyring import Keyring
from app.services.contacts.service import ContactService, UserService
from app.ui.main_window import MainWindow
from app.ui.widgets import msgbox
from tests.dialogs import answer_next_dialog


@pytest.fixture
def login(tmp_path):
    ring, key, _code = Keyring.create(tmp_path / "accounts.sqlite3")
    return SimpleNamespace(keyring=ring, db_key=key)


def window_for(qtbot, store, user, tmp_path, login=None) -> MainWindow:
    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    w = MainWindow(ContactService(store, user.id), UserService(store), user, settings, "en",
                   login=login)
    w.quitting_confirmed = True
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


def nav_keys(w: MainWindow) -> list[str]:
    return [w.nav.item(i).data(Qt.ItemDataRole.UserRole) for i in range(w.nav.count())]


def test_a_consultant_is_offered_only_the_infoline_work(qtbot, store, staff, tmp_path, login):
    w = window_for(qtbot, store, staff("consultant"), tmp_path, login)
    assert nav_keys(w) == ["intake", "shift", "journal", "crisis", "directory",
                           "knowledge", "my_reviews", "settings"]
    assert w.statistics_page is None
    assert w.cases_page is None
    assert w.accounts_page is None
    assert w.audit_page is None
    assert w.erasure_page is None
    assert w.act_import not in w.menu_file.actions()
    assert w.act_assistance not in w.menu_contact.actions()
    assert w.act_lock in w.menu_file.actions()
    assert w.act_switch_user in w.menu_file.actions()
    assert not w.crisis_page.assistance_button.isVisibleTo(w)
    w.show_page("directory")
    assert not w.directory_page.add_button.isVisibleTo(w)
    assert not w.directory_page.import_button.isVisibleTo(w)
    assert w.directory_page.export_button.isVisibleTo(w)
    assert not w.settings_page.site_name.isEnabled()
    assert not w.settings_page.idle_minutes.isEnabled()
    assert w.settings_page.language.isEnabled()
    assert w.settings_page.backups is None
    assert w.user_label.text() == "Logged in: Анна Ковальчук (consultant)"


def test_a_specialist_has_assistance_cases_but_no_statistics(qtbot, store, staff, tmp_path):
    w = window_for(qtbot, store, staff("specialist"), tmp_path)
    keys = nav_keys(w)
    assert "cases" in keys
    assert "statistics" not in keys
    assert "accounts" not in keys
    assert w.act_assistance in w.menu_contact.actions()
    assert w.act_import not in w.menu_file.actions()


def test_a_supervisor_has_statistics_import_and_directory_editing(qtbot, store, staff, tmp_path):
    w = window_for(qtbot, store, staff("supervisor"), tmp_path)
    keys = nav_keys(w)
    assert {"cases", "statistics", "quality"} <= set(keys)
    assert not {"accounts", "audit", "erasure"} & set(keys)
    assert w.act_import in w.menu_file.actions()
    w.show_page("directory")
    assert w.directory_page.add_button.isVisibleTo(w)


def test_an_administrator_has_every_area(qtbot, store, staff, tmp_path, login):
    w = window_for(qtbot, store, staff("administrator"), tmp_path, login)
    keys = nav_keys(w)
    expected = ["intake", "journal", "crisis", "cases", "directory", "quality", "statistics",
                "accounts", "audit", "erasure", "settings"]
    assert [k for k in keys if k in expected] == expected
    assert w.act_import in w.menu_file.actions()
    assert w.settings_page.idle_minutes.isEnabled()
    names = [w.nav.item(i).text() for i in range(w.nav.count())]
    assert {"Accounts", "Audit log", "Erasure"} <= set(names)


def test_an_administrator_adds_an_account_with_the_keyboard(qtbot, store, staff, tmp_path,
                                                            login, monkeypatch):
    from app.ui.accounts.page import AccountDialog

    admin = staff("administrator", "Пётр Админов")
    w = window_for(qtbot, store, admin, tmp_path, login)
    w.show_page("accounts")
    page = w.accounts_page
    w.activateWindow()
    page.table.setFocus()
    qtbot.waitUntil(page.table.hasFocus)
    seen: dict[str, str] = {}

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, AccountDialog)
        qtbot.keyClicks(dialog.username, "olga.s")
        dialog.full_name.setText("Ольга Сидорова")
        dialog.role.setCurrentIndex(dialog.role.findData("specialist"))
        qtbot.keyClicks(dialog.password, "short")
        qtbot.keyClicks(dialog.repeat, "short")
        qtbot.keyClick(dialog.repeat, Qt.Key.Key_Return)
        seen["short"] = dialog.error.text()
        assert dialog.isVisible()
        for edit in (dialog.password, dialog.repeat):
            edit.clear()
        qtbot.keyClicks(dialog.password, "river stone lantern")
        qtbot.keyClicks(dialog.repeat, "river stone lantren")
        qtbot.keyClick(dialog.repeat, Qt.Key.Key_Return)
        seen["mismatch"] = dialog.error.text()
        dialog.repeat.clear()
        qtbot.keyClicks(dialog.repeat, "river stone lantern")
        qtbot.keyClick(dialog.repeat, Qt.Key.Key_Return)

    answer_next_dialog(fill)
    qtbot.keyClick(page.table, Qt.Key.Key_Insert)
    assert seen["short"].startswith("Password: must have at least 10 characters")
    assert seen["mismatch"] == "Password: the two passwords differ"
    rows = {a.username: a for a in page.accounts}
    assert rows["olga.s"].role == "specialist"
    assert rows["olga.s"].must_change_password
    assert "olga.s" in login.keyring.usernames()
    texts = [page.table.item(r, 0).text() for r in range(page.table.rowCount())]
    assert "Ольга Сидорова" in texts
    assert page.current().username == "olga.s"

    # Change the role with Enter on the row, then deactivate with confirmation.
    def choose_supervisor(dialog):
        dialog.role.setCurrentIndex(dialog.role.findData("supervisor"))
        qtbot.keyClick(dialog.role, Qt.Key.Key_Return)

    answer_next_dialog(choose_supervisor)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert page.current().role == "supervisor"
    asked = []

    def ask(parent, title, text, buttons=None, default=None):
        asked.append(title)
        return msgbox.Button.Yes

    monkeypatch.setattr(msgbox, "ask", ask)
    qtbot.keyClick(page.active_button, Qt.Key.Key_Space)
    assert asked == ["Deactivate the account?"]
    assert not page.current().active
    assert "olga.s" not in login.keyring.usernames()
    assert page.active_button.text() == "Re&activate…"


def test_the_audit_log_filters_and_shows_an_altered_chain_in_red(qtbot, store, staff,
                                                                 tmp_path):
    from sqlalchemy import text

    from app.services.audit import log as audit

    admin = staff("administrator", "Пётр Админов")
    other = staff("consultant", "Анна Ковальчук")
    for who, action in ((admin, "login"), (other, "login"), (other, "lock"),
                        (other, "unlock")):
        audit.record(store, action, user_id=who.id, object_kind="user", object_id=who.id)
    w = window_for(qtbot, store, admin, tmp_path)
    w.show_page("audit")
    page = w.audit_page
    qtbot.waitUntil(lambda: page.problems is not None)
    assert page.problems == []
    assert "intact" in page.chain.text()
    total = page.model.rowCount()
    assert total >= 4
    page.action.setCurrentIndex(page.action.findData("lock"))
    assert page.model.rowCount() == 1
    assert page.model.index(0, 2).data() == "locked the screen"
    assert page.model.index(0, 1).data() == other.username
    page.action.setCurrentIndex(0)
    page.user.setCurrentIndex(page.user.findData(other.id))
    assert page.model.rowCount() == 3

    with store.engine.begin() as conn:
        conn.execute(text("DROP TRIGGER audit_log_no_update"))
        conn.execute(text("UPDATE audit_log SET action = 'login' WHERE action = 'lock'"))
    page.refresh()
    qtbot.waitUntil(lambda: page.problems is not None)
    assert page.problems
    assert "altered" in page.chain.text()
    assert "#b02a37" in page.chain.styleSheet()


def test_backups_in_the_settings_back_up_now_and_restore_after_a_check(
        qtbot, store, staff, tmp_path, db_key, login, monkeypatch):
    from app.db import backup

    admin = staff("administrator", "Пётр Админов")
    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    w = MainWindow(ContactService(store, admin.id), UserService(store), admin, settings, "en",
                   login=SimpleNamespace(keyring=login.keyring, db_key=db_key))
    w.quitting_confirmed = True
    qtbot.addWidget(w)
    w.show()
    w.show_page("settings")
    box = w.settings_page.backups
    assert box is not None
    assert box.list.count() == 0
    assert box.restore_button.isVisibleTo(w)
    qtbot.keyClick(box.backup_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: box.task is None and box.list.count() == 1, timeout=10_000)
    assert "made by hand" in box.list.item(0).text()
    assert box.status.text().startswith("Backup made: ")
    box.keep.setValue(4)
    box.keep.editingFinished.emit()
    assert backup.keep_count(store) == 4

    asked = []

    def ask(parent, title, text, buttons=None, default=None):
        asked.append(text)
        return msgbox.Button.Yes

    monkeypatch.setattr(msgbox, "ask", ask)
    with qtbot.waitSignal(w.restore_backup, timeout=10_000) as signal:
        qtbot.keyClick(box.restore_button, Qt.Key.Key_Space)
    assert signal.args == [str(backup.list_backups(store.path)[0].path)]
    assert "is sound" in asked[0]


def test_a_supervisor_backs_up_but_does_not_restore(qtbot, store, staff, tmp_path):
    w = window_for(qtbot, store, staff("supervisor"), tmp_path)
    box = w.settings_page.backups
    assert box is not None
    w.show_page("settings")
    assert box.backup_button.isVisibleTo(w)
    assert not box.restore_button.isVisibleTo(w)
    assert not box.keep.isEnabled()
