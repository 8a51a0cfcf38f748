"""What the benchmarks in bench/ measure inside the app: the cold start to the login
screen and Enter on the login to a usable intake form. Kept apart from the screens so
the product carries no benchmark code in them; bench/bench_startup.py and
bench/bench_frozen.py call these in a fresh process."""

from __future__ import annotations

import sys
import time
from pathlib import Path

from PySide6.QtWidgets import QApplication

from app.ui import i18n
from app.ui.app import ui_settings
from app.ui.login import LoginDialog


def bench_login_screen(db_path: str) -> float:
    """Seconds from nothing to the login screen shown and ready for typing: the first
    screen of every start (benchmarks; imports counted by the caller)."""
    t0 = time.perf_counter()
    app = QApplication.instance() or QApplication(sys.argv)
    i18n.install(app, "ru")
    ui_settings()
    dialog = LoginDialog(Path(db_path), last_username="consultant")
    dialog.show()
    dialog.password.setFocus()
    app.processEvents()
    elapsed = time.perf_counter() - t0
    dialog.close()
    return elapsed


def bench_after_login(db_path: str, username: str, password: str) -> tuple[float, float]:
    """Seconds from pressing Enter on the login screen to a usable intake form with a
    running call, the modules having loaded while the user typed (benchmarks); and the
    part of it spent stretching the password (argon2id, deliberate)."""
    from app.db.keyring import Keyring
    from app.services.accounts import auth
    from app.services.contacts.service import ContactService, UserRow, UserService
    from app.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv)
    settings = ui_settings()
    i18n.install(app, "ru")
    t0 = time.perf_counter()
    Keyring.load(Path(db_path)).unlock(username, password)
    kdf = time.perf_counter() - t0
    t0 = time.perf_counter()
    result = auth.login(Path(db_path), username, password)
    user = UserRow(result.user.id, result.user.username, result.user.full_name,
                   result.user.role)
    window = MainWindow(ContactService(result.store, user.id), UserService(result.store), user,
                        settings, "ru", login=result)
    window.show()
    window.new_phone()
    app.processEvents()
    elapsed = time.perf_counter() - t0
    window.intake.discard(ask=False)
    window.close_keeping_drafts()
    result.store.close()
    return elapsed, kdf
