"""Killing the app mid-edit loses nothing: a real process, killed with SIGKILL."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from app.db import open_store
from app.services.contacts import ContactQuery, ContactService, UserService
from app.ui import app as app_module
from app.ui import msgbox
from app.ui.main_window import MainWindow

CHILD = textwrap.dedent(
    """
    import sys
    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtWidgets import QApplication
    from app.db import open_store
    from app.services.contacts import ContactService, UserService
    from app.ui.main_window import MainWindow

    app = QApplication([])
    store = open_store(sys.argv[1])
    users = UserService(store)
    user = users.add("Ольга Смирнова")
    service = ContactService(store, user.id)
    window = MainWindow(service, users, user, QSettings(sys.argv[2], QSettings.Format.IniFormat),
                        "ru")
    window.show()
    window.new_phone()
    form = window.intake
    form.choose_kind("consultation")
    form.gender.set_code("female")
    form.topics.set_codes(["crisis_abroad"])
    form.destinations.add("TR")
    form.notes.setPlainText("Звонит из Анталии, паспорт забрал работодатель")

    def check():
        drafts = service.drafts("contact")
        if drafts and "паспорт" in drafts[0].payload["input"]["notes"]:
            print("READY", flush=True)
            timer.stop()
            # Keep typing after the draft landed: the kill comes in the middle of work.
            form.notes.appendPlainText("и телефон")

    timer = QTimer()
    timer.timeout.connect(check)
    timer.start(50)
    app.exec()
    """
)


@pytest.mark.slow
def test_draft_survives_sigkill_and_is_offered_back(tmp_path: Path, qtbot, monkeypatch):
    db = tmp_path / "crash.sqlite3"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    with subprocess.Popen(
        [sys.executable, "-c", CHILD, str(db), str(tmp_path / "child.ini")],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, text=True,
    ) as child:
        try:
            line = child.stdout.readline()
            assert line.strip() == "READY", child.stderr.read()
        finally:
            child.send_signal(signal.SIGKILL)
            child.wait(timeout=10)
    assert child.returncode == -signal.SIGKILL

    store = open_store(db)
    try:
        assert store.check() == []
        users = UserService(store)
        user = users.list()[0]
        service = ContactService(store, user.id)
        drafts = service.drafts("contact")
        assert len(drafts) == 1
        assert drafts[0].payload["input"]["notes"].startswith("Звонит из Анталии, паспорт")

        # The next start offers the draft back; the consultant restores and saves it.
        asked = []

        def answer(parent, title, text, options, default, escape):
            asked.append(text)
            return "restore"

        monkeypatch.setattr(msgbox, "choose", answer)
        settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
        window = MainWindow(service, users, user, settings, "en")
        window.quitting_confirmed = True
        qtbot.addWidget(window)
        window.show()
        app_module.offer_drafts(window)
        assert asked
        form = window.intake
        assert form.active
        assert form.notes.toPlainText().startswith("Звонит из Анталии, паспорт")
        assert form.topics.codes() == ["crisis_abroad"]
        assert form.destinations.codes() == ["TR"]
        assert form.gender.code() == "female"
        record = form.save()
        assert record is not None
        assert record.input.crisis is True
        assert service.count(ContactQuery()) == 1
        assert service.drafts("contact") == []
    finally:
        store.close()
