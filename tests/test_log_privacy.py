"""What a user typed never reaches the log file, whatever failed and however it was
logged: the failures are provoked for real and the file is read afterwards."""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from sqlalchemy import Column, MetaData, String, Table, create_engine, insert
from sqlalchemy.exc import IntegrityError

from app import logsetup
from app.db import sqlite as sqlite_store
from app.services.contacts.service import ContactService, UserService
from app.ui import app as app_module
from app.ui.main_window import MainWindow
from app.ui.widgets import msgbox
from tests.keys import type_text

PHONE = "+375291234567"
EMAIL = "olga.secret@example.by"
NOTE = "Тайная заметка о звонке"


@pytest.fixture
def log_file(tmp_path: Path) -> Path:
    path = logsetup.setup(folder=tmp_path / "logs")
    assert path is not None
    return path


def written(path: Path) -> str:
    for handler in logging.getLogger("app").handlers:
        handler.flush()
    return path.read_text(encoding="utf-8")


def test_a_draft_that_cannot_be_saved_logs_no_typed_values(qtbot, store, consultant,
                                                            tmp_path, db_key, log_file,
                                                            monkeypatch):
    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    window = MainWindow(ContactService(store, consultant.id), UserService(store),
                        consultant, settings, "en")
    window.quitting_confirmed = True
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.new_phone()
    form = window.intake
    assert form.active
    form.kind_buttons["consultation"].click()
    type_text(form.phone, PHONE)
    type_text(form.email, EMAIL)
    type_text(form.notes, NOTE)
    assert (form.phone.text(), form.email.text()) == (PHONE, EMAIL)
    # Another program holds the write lock: the draft's write meets "database is locked".
    monkeypatch.setattr(sqlite_store, "BUSY_TIMEOUT_MS", 100)
    store.engine.dispose()
    blocker = sqlite_store.connect(store.path, db_key)
    blocker.isolation_level = None
    blocker.execute("BEGIN IMMEDIATE")
    try:
        form.save_draft()
    finally:
        blocker.execute("ROLLBACK")
        blocker.close()
    # The draft is written on a thread of its own; its result reaches the form as an event.
    qtbot.waitUntil(lambda: "could not be saved" in form.draft_label.text(), timeout=5000)
    text = written(log_file)
    # SQLAlchemy shortens long parameters in the middle: their tails are checked too.
    for value in (PHONE, EMAIL, NOTE, PHONE[-7:], "example.by", "звонке", "Тайная",
                  "[parameters", "UPDATE draft", "INSERT INTO"):
        assert value not in text, value
    assert "could not save the draft" in text
    assert "database is locked" in text  # the cause is still there to read


def test_every_way_of_logging_a_database_error_keeps_the_values_out(log_file, monkeypatch):
    # An engine without hide_parameters (as a library or a migration might make one):
    # the log's filter alone must keep the values out.
    engine = create_engine("sqlite://")
    people = Table("people", MetaData(), Column("phone", String, primary_key=True),
                   Column("email", String))
    people.metadata.create_all(engine)
    with engine.begin() as conn:
        conn.execute(insert(people).values(phone=PHONE, email=EMAIL))
    try:
        with engine.begin() as conn:
            conn.execute(insert(people).values(phone=PHONE, email=EMAIL))
    except IntegrityError as exc:
        error = exc
    assert PHONE in str(error)  # what SQLAlchemy itself writes
    log = logging.getLogger("app.test")
    try:
        raise RuntimeError("saving failed") from error
    except RuntimeError:
        log.exception("could not save (traceback)")
        chained = sys.exc_info()
    log.warning("could not save (argument): %s", error)
    log.error("could not save (text): " + str(error))
    log.error("could not save (formatted): %s", "".join(traceback.format_exception(error)))
    log.error("could not save (exc_info)", exc_info=error)
    log.info("stack", stack_info=True)
    # The app's crash hook: an unexpected error's traceback.
    shown: list[object] = []
    monkeypatch.setattr(msgbox, "error", lambda *a, **k: shown.append(a))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    app_module.install_crash_hook()
    sys.excepthook(*chained)
    text = written(log_file)
    for value in (PHONE, EMAIL, "INSERT INTO people"):
        assert value not in text, value
    for marker in ("(traceback)", "(argument)", "(text)", "(formatted)", "(exc_info)",
                   "unexpected error: RuntimeError"):
        assert marker in text, marker
    assert "UNIQUE constraint failed: people.phone" in text  # the cause, without values
    assert text.count("Traceback") >= 3
