"""Lifetimes: the store is closed only once no background task uses it any more."""

from __future__ import annotations

import sys
import threading
import time
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QEvent, QTimer
from PySide6.QtWidgets import QApplication

from app.db import backup
from app.services.accounts import auth
from app.services.contacts.service import ContactInput, ContactService
from app.ui import app as ui_app
from app.ui.main_window import MainWindow
from app.ui.tasks import run_task, running_tasks, wait_for_tasks

PASSWORD = "river stone lantern"


@pytest.mark.qt_log_ignore("does not support raise")  # run() raises the window
def test_quitting_waits_for_the_daily_backup_before_the_store_closes(
        qtbot, tmp_path, monkeypatch: pytest.MonkeyPatch):
    """The daily backup still running when the user quits: the window closes, the
    backup ends whole, and only then is the store closed."""
    path = tmp_path / "infoline.sqlite3"
    first, _code = auth.setup_first_admin(path, "olga", "Ольга Админова", PASSWORD)
    service = ContactService(first.store, first.user.id)
    for n in range(50):
        service.save(ContactInput(started_at=datetime.now(UTC) - timedelta(hours=1),
                                  topics=["other"], notes=f"Консультация {n}"))
    first.store.close()

    events: list[str] = []
    real_backup = backup.make_backup

    def slow_backup(store, reason="manual", **kwargs):  # type: ignore[no-untyped-def]
        events.append(f"{reason} started")
        if reason == "daily":
            time.sleep(1.0)  # still running when the window has closed
        made = real_backup(store, reason, **kwargs)
        events.append(f"{reason} ended")
        return made

    monkeypatch.setattr(backup, "make_backup", slow_backup)
    opened = {}

    def log_in(db_path, _settings):  # type: ignore[no-untyped-def]
        result = auth.login(db_path, "olga", PASSWORD, exclusive=True)
        real_close = result.store.close

        def close() -> None:
            events.append("store closed")
            real_close()

        result.store.close = close  # type: ignore[method-assign]
        opened["result"] = result
        return result

    monkeypatch.setattr(ui_app, "log_in", log_in)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run() installs its own

    def quit_once_started() -> None:
        if "daily started" not in events:
            QTimer.singleShot(20, quit_once_started)
            return
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, MainWindow) and widget.isVisible():
                widget.close()  # the last window: the event loop ends, as on quitting

    QTimer.singleShot(0, quit_once_started)
    try:
        assert ui_app.run(path, "en") == 0
    finally:  # the windows run() made go, as at the end of the app
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, MainWindow):
                widget.deleteLater()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)

    assert events.index("daily ended") < events.index("store closed"), events
    assert events[-1] == "store closed", events
    daily = [b for b in backup.list_backups(path) if b.reason == "daily"]
    assert len(daily) == 1
    verified = backup.verify_backup(daily[0].path, opened["result"].db_key)
    assert verified.counts["contact"] == 50


def test_waiting_asks_a_long_task_to_stop_and_hands_its_end_over(qtbot):
    """A cancellable task still running is asked to stop; its end reaches the GUI
    thread before wait_for_tasks returns, and nothing is left running."""
    started = threading.Event()
    ends: list[str] = []

    def work(progress):  # type: ignore[no-untyped-def]
        started.set()
        for n in range(600):
            if not progress(n, 600):
                return "stopped"
            time.sleep(0.01)
        return "finished"

    task = run_task(work, ends.append, lambda exc: ends.append(repr(exc)))
    assert started.wait(5)
    assert task in running_tasks()
    began = time.monotonic()
    wait_for_tasks(cancel=True)
    assert time.monotonic() - began < 3
    assert ends == ["stopped"]
    assert not task.running
    assert running_tasks() == []
