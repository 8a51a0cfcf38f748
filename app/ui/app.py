"""Starting the desktop app: one readable sequence.

paths → crash hook → QApplication → settings and translators → database (created,
migrated; demo data offered on first start) → who is on shift → main window →
drafts left by a crash offered back → event loop.
"""

from __future__ import annotations

import logging
import sys
import time
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QEventLoop, QSettings
from PySide6.QtWidgets import QApplication, QWidget

from app import paths
from app.db import Store, StoreError, open_store
from app.services.contacts import ContactService, UserRow, UserService
from app.ui import i18n, msgbox
from app.ui.main_window import MainWindow
from app.ui.shift import ShiftDialog
from app.ui.tasks import run_task

log = logging.getLogger("app.ui")


def tr(text: str) -> str:
    return QApplication.translate("app", text)


def install_crash_hook() -> None:
    """Unexpected errors: logged, one readable dialog, and the app keeps running."""

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        log.error("unexpected error: %s", "".join(traceback.format_exception(kind, exc, tb)))
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
    from app.services import demo

    loop = QEventLoop()
    outcome: dict[str, object] = {}

    def work(progress):  # type: ignore[no-untyped-def]
        store = open_store(path)
        try:
            return demo.generate(store, contacts=3000, seed=113, progress=progress)
        finally:
            store.close()

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
        for p in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
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


def pick_user(users: UserService, settings: QSettings, store: Store) -> UserRow | None:
    key = f"last_user/{store.site_id}"
    dialog = ShiftDialog(users, str(settings.value(key) or "") or None)
    if not dialog.exec() or dialog.chosen is None:
        return None
    settings.setValue(key, dialog.chosen.id)
    return dialog.chosen


def offer_drafts(window: MainWindow) -> None:
    """The newest unsaved contact of the user who logged in, offered back. A
    colleague's draft (left when the workstation changed hands) waits for its owner."""
    drafts = [d for d in window.service.drafts("contact")
              if d.user_id in (None, window.user.id)]
    if not drafts:
        return
    newest = drafts[0]
    when = newest.updated_at.astimezone().strftime("%d.%m.%Y %H:%M")
    answer = msgbox.choose(
        window, tr("Unsaved contact found"),
        tr("A contact was being recorded when the app closed (last change %1). Restore it "
           "to finish and save it?").replace("%1", when),
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

    path = choose_database(settings, db)
    while path is not None:
        try:
            store = open_store(path)
        except StoreError as exc:
            msgbox.error(None, tr("Cannot open the database"), str(exc))
            return 1
        users = UserService(store)
        user = pick_user(users, settings, store)
        if user is None:
            store.close()
            return 0
        service = ContactService(store, user.id)
        window = MainWindow(service, users, user, settings, lang,
                            demo=bool(store.setting("demo")))
        next_path: dict[str, Path | None] = {"path": None}

        def switch(target: str, w: MainWindow = window, box: dict = next_path) -> None:
            box["path"] = Path(target)
            w.close()

        def change(w: MainWindow = window, box: dict = next_path) -> None:
            box["path"] = w.db_path
            w.close()

        window.switch_database.connect(switch)
        window.change_shift.connect(change)
        window.show()
        offer_drafts(window)
        app.exec()
        store.close()
        path = next_path["path"]
        if path is not None and path != window.db_path:
            if path == paths.demo_db() and not path.exists() and not make_demo(path):
                path = window.db_path
            settings.setValue("database", str(path))
    i18n.remove(app, translators)
    return 0


def bench_startup(db_path: str) -> float:
    """Seconds from nothing to a usable intake form with a running call (benchmarks)."""
    t0 = time.perf_counter()
    app = QApplication.instance() or QApplication(sys.argv)
    settings = ui_settings()
    i18n.install(app, "ru")
    store = open_store(Path(db_path))
    users = UserService(store)
    user = users.list()[0] if users.list() else users.add("Bench")
    window = MainWindow(ContactService(store, user.id), users, user, settings, "ru")
    window.show()
    window.new_phone()
    app.processEvents()
    elapsed = time.perf_counter() - t0
    window.intake.discard(ask=False)
    window.close()
    store.close()
    return elapsed
