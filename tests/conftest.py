"""Test configuration: headless Qt, and never the real user's data folder."""

from __future__ import annotations

import logging
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path

import pytest

from app.db import Store, open_store
from app.services.contacts.service import ContactService, UserService


@pytest.fixture(autouse=True)
def _isolated_dirs(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    """Temporary data, log and settings folders for every test."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("INFOLINE_DATA_DIR", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "share"))
    monkeypatch.setenv("HOME", str(home))
    return home


@pytest.fixture(autouse=True)
def _own_log_handlers():
    """The command line's main() adds a log file handler: close the ones a test added."""
    root = logging.getLogger("app")
    before = list(root.handlers)
    yield
    for handler in list(root.handlers):
        if handler not in before:
            root.removeHandler(handler)
            handler.close()


@pytest.fixture(autouse=True)
def _no_unexpected_dialogs(monkeypatch: pytest.MonkeyPatch):
    """A modal dialog nobody answers would hang a headless run: fail instead.

    Tests that expect a question patch the msgbox function themselves.
    """
    from app.ui.widgets import msgbox

    def unexpected(*args, **kwargs):
        raise AssertionError(f"unexpected dialog: {args[1:3]}")

    for name in ("ask", "choose", "info", "warn", "error"):
        monkeypatch.setattr(msgbox, name, unexpected)


@pytest.fixture(autouse=True)
def _steady_keyboard_search(request: pytest.FixtureRequest):
    """Typing a prefix into a combo box selects by that prefix only while the keys
    come within QApplication.keyboardInputInterval (400 ms by default). On a loaded
    test machine one keystroke's handling can take longer, splitting "Pol" into "P"
    and "ol"; a person types faster than the machine answers there. GUI tests only.
    """
    if "qtbot" not in request.fixturenames:
        yield
        return
    from PySide6.QtWidgets import QApplication

    request.getfixturevalue("qapp")
    old = QApplication.keyboardInputInterval()
    QApplication.setKeyboardInputInterval(2000)
    yield
    QApplication.setKeyboardInputInterval(old)


@pytest.fixture(autouse=True)
def _default_locale_kept(request: pytest.FixtureRequest):
    """A test that installs a language (app.ui.i18n.install) also sets Qt's default
    locale: put it back, so the next test formats numbers and dates as it expects."""
    if "qtbot" not in request.fixturenames and "qapp" not in request.fixturenames:
        yield
        return
    from PySide6.QtCore import QLocale

    before = QLocale()
    yield
    QLocale.setDefault(before)


@pytest.fixture(autouse=True)
def _cheap_kdf(monkeypatch: pytest.MonkeyPatch):
    """argon2id at its real cost takes a good part of a second per password; tests use
    the cheapest parameters (tests/test_encryption.py checks the real ones apart)."""
    from app.db import keyring

    monkeypatch.setattr(keyring, "KDF_PARAMS",
                        {"time_cost": 1, "memory_cost": 8, "parallelism": 1})


@pytest.fixture(autouse=True)
def _cli_credentials(monkeypatch: pytest.MonkeyPatch):
    """The command line logs in from INFOLINE_USER / INFOLINE_PASSWORD: ``infoline
    init`` makes the administrator ``admin`` with the suite's password
    (tests/accounthelp.py); tests on demo databases use ``demo``."""
    from accounthelp import PASSWORD

    monkeypatch.setenv("INFOLINE_USER", "admin")
    monkeypatch.setenv("INFOLINE_PASSWORD", PASSWORD)


@pytest.fixture
def db_key() -> bytes:
    """A random database key: the suite runs on encrypted (SQLCipher) files."""
    return os.urandom(32)


@pytest.fixture
def case_key() -> bytes:
    """A random case key (app/models/sealed.py): the store's login holds it, as a
    specialist's, supervisor's or administrator's does."""
    return os.urandom(32)


@pytest.fixture
def store(tmp_path: Path, db_key: bytes, case_key: bytes):
    s = open_store(tmp_path / "test.sqlite3", key=db_key)
    s.use_case_key(case_key)
    yield s
    s.close()


@pytest.fixture
def consultant(store: Store):
    return UserService(store).add("Анна Ковальчук")


@pytest.fixture
def specialist(store: Store):
    return UserService(store).add("Ольга Васильева", role="specialist")


@pytest.fixture
def supervisor(store: Store):
    return UserService(store).add("Елена Миронова", role="supervisor")


@pytest.fixture
def administrator(store: Store):
    return UserService(store).add("Игорь Левченко", role="administrator")


@pytest.fixture
def contacts(store: Store, consultant) -> ContactService:
    return ContactService(store, consultant.id)


@pytest.fixture
def window(qtbot, store: Store, consultant, tmp_path: Path):
    """A consultant's main window, shown (tests/windows.py)."""
    from tests.windows import make_window

    return make_window(qtbot, store, consultant, tmp_path)


@pytest.fixture
def staff(store: Store):
    """Makes a member of staff with a role: the main window offers what the role allows."""

    def make(role: str, full_name: str = "Анна Ковальчук"):
        return UserService(store).add(full_name, role=role)

    return make
