"""Starting the desktop app: one readable sequence.

paths → crash hook → QApplication → settings and translators → which database
(empty or demo on the first start) → log in (or set up the first administrator, which
encrypts the database) → main window with the idle lock → the user's own drafts left
by a crash or a user switch offered back → event loop. "Switch user" and "open the
other database" close the window (drafts kept) and return to the login.
"""

from __future__ import annotations

import importlib
import logging
import sys
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QEventLoop, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from app import paths
from app.db import StoreError
from app.db.names import is_plain_database, keys_file
from app.ui import i18n
from app.ui.accounts.recovery_code import RecoveryCodeDialog
from app.ui.login import ChangePasswordDialog, FirstAdminDialog, LoginDialog
from app.ui.widgets import accessible, msgbox
from app.ui.widgets.busy import busy_cursor
from app.ui.widgets.formatting import show_date_time

if TYPE_CHECKING:
    from app.db import Store
    from app.services.accounts import auth
    from app.ui.lock import IdleLock
    from app.ui.main_window import MainWindow
    from app.ui.tasks import Task

log = logging.getLogger("app.ui")

HEAVY_MODULES = (
    "app.services.accounts.auth", "app.services.contacts.service", "app.services.audit.log",
    "app.db.backup", "sqlalchemy.dialects.sqlite", "cryptography.hazmat.backends.openssl",
    "app.ui.tasks", "app.ui.lock", "app.ui.settings.page", "app.ui.main_window",
)
"""What the main window needs: the database layer (with SQLAlchemy's SQLite dialect and
the cryptography's OpenSSL backend, otherwise loaded on first use), the services and
every page. The login screen shows without them; they load in the background while the
user types."""

_preloading: list[Task] = []


def preload_in_background() -> None:
    """Import :data:`HEAVY_MODULES` in a background task (once per process).

    A module the main thread needs before the task has finished it waits for it
    (Python's import lock); one that fails to import here is imported again, and its
    error raised, where it is used.
    """
    from app.ui.tasks import run_task

    if _preloading:
        return

    def work(_progress: object) -> None:
        for name in HEAVY_MODULES:
            try:
                importlib.import_module(name)
            except Exception:  # raised again where the module is used
                log.warning("could not preload %s", name)
                return

    _preloading.append(run_task(work, lambda _result: None, lambda _exc: None))


def tr(text: str) -> str:
    return QApplication.translate("app", text)


def install_crash_hook() -> None:
    """Unexpected errors: logged, one readable dialog, and the app keeps running."""

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        # The traceback goes through the log's filter (app/logsetup.py), which keeps
        # SQL parameters (what a user typed) out of the file.
        log.error("unexpected error: %s", kind.__name__, exc_info=(kind, exc, tb))
        if QApplication.instance() is not None:
            msgbox.error(
                QApplication.activeWindow(), tr("Unexpected error"),
                tr("Something went wrong. What you typed is kept in the draft. The details "
                   "are in the log file: %1").replace("%1", str(paths.log_dir())),
                details=f"{kind.__name__}")

    sys.excepthook = hook


def ui_settings() -> QSettings:
    """Per-user interface settings, kept beside the data (not in the registry)."""
    folder = paths.data_dir()
    folder.mkdir(parents=True, exist_ok=True)
    return QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)


def make_demo(path: Path, parent: QWidget | None = None) -> bool:
    """Create the demo database in the background, with progress; True when made."""
    from app.services.accounts import auth
    from app.services.demo import data as demo
    from app.ui.tasks import run_task

    loop = QEventLoop()
    outcome: dict[str, object] = {}

    def work(progress):  # type: ignore[no-untyped-def]
        result, store, _keyring, _key = auth.setup_demo(
            path, lambda st: demo.generate(st, contacts=3000, seed=113, progress=progress))
        store.close()
        return result

    def done(_result: object) -> None:
        outcome["ok"] = True
        loop.quit()

    def failed(exc: Exception) -> None:
        outcome["error"] = exc
        loop.quit()

    task = run_task(work, done, failed, parent=parent,
                    label=tr("Creating the demo database…"))
    loop.exec()
    del task
    if "error" in outcome:
        for p in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm"),
                  path.with_name(path.name + ".keys")):
            p.unlink(missing_ok=True)
        if not isinstance(outcome["error"], demo.Cancelled):
            msgbox.error(parent, tr("Demo data"), tr("The demo database could not be made."))
        return False
    return True


def choose_database(settings: QSettings, explicit: Path | None) -> Path | None:
    if explicit is not None:
        return explicit
    remembered = settings.value("database")
    if remembered:
        return Path(str(remembered))
    default = paths.default_db()
    if default.exists():
        return default
    answer = msgbox.choose(
        None, tr("Welcome to Infoline Desk"),
        tr("This is the first start on this computer. Start with an empty database for real "
           "work, or look around first in a demo database filled with fictional contacts?"),
        [("real", tr("Empty database")), ("demo", tr("Demo data")), ("quit", tr("Quit"))],
        default="real", escape="quit")
    if answer == "quit":
        return None
    if answer == "demo":
        target = paths.demo_db()
        if not target.exists() and not make_demo(target):
            return None
        settings.setValue("database", str(target))
        return target
    settings.setValue("database", str(default))
    return default


def log_in(path: Path, settings: QSettings) -> auth.LoginResult | None:
    """The login, or the first administrator for a database without accounts (a new
    one, or an old unencrypted one that is encrypted now). None: the user quit."""
    existing = path.exists() and path.stat().st_size > 0
    # A set-up stopped half-way (auth.setup_interrupted, unloaded): a key file beside a
    # plain database, or beside a new one not yet under its name. The same dialog
    # finishes it, with the name and password it was started with.
    interrupted = keys_file(path).is_file() and (
        is_plain_database(path) if existing
        else path.with_name(path.name + ".setup.part").is_file())
    if not keys_file(path).is_file() or interrupted:  # no accounts yet
        encrypting = existing
        if encrypting and not is_plain_database(path):
            msgbox.error(None, tr("The key file is missing"), tr(
                "This database is encrypted, and its key file %1 is not beside it, so "
                "nobody can log in. Copy the key file back from a backup: each backup "
                "has one beside it (<backup>.keys).").replace("%1", keys_file(path).name))
            return None
        setup = FirstAdminDialog(path, encrypting=encrypting)
        QTimer.singleShot(100, preload_in_background)
        if not setup.exec() or setup.result_login is None:
            return None
        result = setup.result_login
        if setup.recovery_code:
            RecoveryCodeDialog(setup.recovery_code, path).exec()
            result.keyring.recovery_code_shown()
    else:
        key = f"last_username/{path}"
        from app.services.accounts.auth import is_demo_database

        demo = path.resolve() == paths.demo_db().resolve() or is_demo_database(path)
        dialog = LoginDialog(path, demo=demo,
                             last_username=str(settings.value(key) or ""))
        QTimer.singleShot(100, preload_in_background)  # once the dialog is on screen
        if not dialog.exec() or dialog.result_login is None:
            return None
        result = dialog.result_login
        settings.setValue(key, result.user.username)
        if result.keyring.recovery_code_pending and result.role == "administrator":
            # The set-up was stopped before its recovery code was shown: a new one now
            # (the one never shown stops working).
            RecoveryCodeDialog(result.keyring.set_recovery_code(result.db_key), path).exec()
            result.keyring.recovery_code_shown()
        elif result.keyring.recovery_code_unseen and result.role == "administrator":
            # A new code made on the Accounts page was never confirmed as written down
            # (the app was closed or killed while it was shown): ask for another.
            from app.services.accounts.service import AccountService
            from app.ui.accounts.recovery import make_new_recovery_code

            make_new_recovery_code(AccountService(result.store, result.keyring,
                                                  result.db_key, result.user.id),
                                   None, unseen=True)
    if result.user.must_change_password:
        from app.services.accounts.service import AccountService

        accounts = AccountService(result.store, result.keyring, result.db_key, result.user.id)
        if not ChangePasswordDialog(accounts.change_own_password, forced=True).exec():
            result.store.close()
            return None
    return result


def daily_backup(window: MainWindow, store: Store) -> None:
    """The day's automatic backup, in the background, when none was made for 24 hours."""
    from app.db import backup
    from app.ui.tasks import run_task

    if not backup.due_daily(store):
        return

    def failed(exc: Exception) -> None:
        log.warning("the daily backup failed: %s", type(exc).__name__)
        window.statusBar().showMessage(tr("The daily backup could not be made."), 10000)

    window._daily_backup = run_task(  # type: ignore[attr-defined]
        lambda _progress: backup.make_backup(store, "daily"), lambda _path: None, failed,
        parent=window)


def end_session(store: Store, *, backup_on_exit: bool) -> None:
    """Close the session's store once nothing uses it: the background tasks still
    running (the daily backup, an export…) are asked to stop and waited for (a backup
    does not stop half-way: it finishes whole), then the backup on closing is made when
    asked for, then the store closes."""
    from app.ui.tasks import wait_for_tasks

    with busy_cursor():
        wait_for_tasks(cancel=True)
    if backup_on_exit:
        exit_backup(store)
    store.close()


def exit_backup(store: Store) -> None:
    """The backup made when the app closes (rotated with the daily ones)."""
    from app.db import backup

    with busy_cursor():
        try:
            backup.make_backup(store, "exit")
        except Exception as exc:  # closing must not fail for it; the log says why
            log.warning("the backup on closing failed: %s", type(exc).__name__)


def restore_backup(db_path: Path, backup_path: Path, key: bytes) -> None:
    """Replace the (closed) database by a verified backup, and say how it went."""
    from app.db import backup

    try:
        with busy_cursor():
            restored = backup.restore(db_path, backup_path, key)
    except backup.BackupError as exc:
        msgbox.error(None, tr("Restore"), tr("The backup was not restored: %1").replace(
            "%1", str(exc)))
        return
    msgbox.info(None, tr("Restore"), tr(
        "The database was restored from the backup (%1). The database as it was before "
        "is kept as a backup too. Log in again.").replace("%1", restored.verified.summary()))


def session_lock(window: MainWindow, result: auth.LoginResult) -> IdleLock:
    """The idle lock of a session: the logged-in user's password unlocks it."""
    from app.services.accounts import auth
    from app.services.audit.log import AuditService
    from app.ui.lock import IdleLock
    from app.ui.settings.page import idle_minutes

    user = result.user
    events = AuditService(result.store, user.id)

    def verify(password: str) -> bool:
        return auth.verify(result.keyring, user.username, password, db_key=result.db_key)

    def audit(what: str) -> None:
        events.log({"switch_user": "logout"}.get(what, what))

    lock = IdleLock(user.full_name, user.username, verify,
                    minutes=idle_minutes(window.service), audit=audit, parent=window)
    window.lock_requested.connect(lock.lock)
    # No idle lock in the middle of a call: it waits while a contact is in progress.
    window.contact_in_progress.connect(lock.hold)
    lock.hold(window.intake.active)
    window.settings_saved.connect(lambda: lock.set_minutes(idle_minutes(window.service)))
    return lock


def offer_drafts(window: MainWindow) -> None:
    """The newest unsaved contact of the user who logged in, offered back. A
    colleague's draft (left when the workstation changed hands) waits for its owner."""
    drafts = [d for d in window.service.drafts("contact")
              if d.user_id in (None, window.user.id)]
    if not drafts:
        return
    newest = drafts[0]
    when = show_date_time(newest.updated_at)
    answer = msgbox.choose(
        window, tr("Unsaved contact found"),
        tr("A contact you were recording was not saved: the app closed, or the "
           "workstation changed hands (last change %1). Restore it to finish and save "
           "it?").replace("%1", when),
        [("restore", tr("Restore")), ("later", tr("Later")), ("discard", tr("Discard it"))],
        default="restore", escape="later")
    if answer == "restore":
        window.restore_draft(newest)
    elif answer == "discard":
        window.service.discard_draft(newest.id)


def run(db: Path | None = None, lang: str | None = None) -> int:
    install_crash_hook()
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("Infoline Desk")
    app.setOrganizationName(paths.APP_AUTHOR)
    settings = ui_settings()
    lang = lang or str(settings.value("language") or i18n.system_language())
    translators = i18n.install(app, lang)
    accessible.install(app)  # every window's and page's fields named for screen readers

    path = choose_database(settings, db)
    while path is not None:
        from app.services.contacts.service import ContactService, UserRow, UserService
        from app.ui.lock import close_dialogs
        from app.ui.main_window import MainWindow

        try:
            result = log_in(path, settings)
        except StoreError as exc:
            msgbox.error(None, tr("Cannot open the database"), str(exc))
            return 1
        if result is None:
            return 0
        store = result.store
        user = UserRow(result.user.id, result.user.username, result.user.full_name,
                       result.user.role)
        service = ContactService(store, user.id)
        window = MainWindow(service, UserService(store), user, settings, lang,
                            demo=bool(store.setting("demo")), login=result)
        lock = session_lock(window, result)
        next_path: dict[str, Path | None] = {"path": None}

        def switch(target: str, w: MainWindow = window, box: dict = next_path,
                   lk: IdleLock = lock) -> None:
            box["path"] = Path(target)
            lk.stop()
            w.close()

        def change(w: MainWindow = window, box: dict = next_path,
                   lk: IdleLock = lock) -> None:
            # Someone else logs in: every draft stays for its owner, no questions.
            box["path"] = w.db_path
            lk.stop()
            close_dialogs()
            w.close_keeping_drafts()

        def restore(backup_path: str, box: dict = next_path) -> None:
            box["restore"] = Path(backup_path)
            change()

        window.switch_database.connect(switch)
        window.switch_user.connect(change)
        window.restore_backup.connect(restore)
        lock.switch_user.connect(change)
        window.show()
        window.raise_()
        window.activateWindow()  # the login dialog had the focus; give it to the window
        offer_drafts(window)
        daily_backup(window, store)
        app.exec()
        lock.stop()
        restoring = next_path.get("restore")
        end_session(store, backup_on_exit=restoring is None and next_path["path"] is None)
        if restoring is not None:
            restore_backup(window.db_path, restoring, result.db_key)
        path = next_path["path"]
        if path is not None and path != window.db_path:
            if path == paths.demo_db() and not path.exists() and not make_demo(path):
                path = window.db_path
            settings.setValue("database", str(path))
    i18n.remove(app, translators)
    return 0
