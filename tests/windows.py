"""The main window as the GUI tests open it: one way, for every test file.

``make_window`` builds it for a user with its own settings file beside the test's
temporary files; closing it at teardown keeps a contact in progress as a draft without
asking. The ``window`` fixture of tests/conftest.py is a consultant's, shown.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from app.db import Store
from app.services.contacts.service import ContactService, UserRow, UserService
from app.ui.main_window import MainWindow


def make_window(qtbot, store: Store, user: UserRow, tmp_path: Path, *, lang: str = "en",
                settings: str = "ui.ini", show: bool = True,
                login: object | None = None) -> MainWindow:
    """The main window of ``user``; shown and exposed unless ``show`` is False."""
    ini = QSettings(str(tmp_path / settings), QSettings.Format.IniFormat)
    w = MainWindow(ContactService(store, user.id), UserService(store), user, ini, lang,
                   login=login)
    w.quitting_confirmed = True  # closing at teardown keeps the draft without asking
    qtbot.addWidget(w)
    if show:
        w.show()
        qtbot.waitExposed(w)
    return w
