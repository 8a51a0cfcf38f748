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
from app.services.contacts.service import ContactQuery, ContactService, UserService
from app.ui import app as app_module
from app.ui.main_window import MainWindow
from app.ui.widgets import msgbox

CHILD = textwrap.dedent(
    """
    import sys
    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtWidgets import QApplication
    from app.db import open_store
    from app.services.contacts.service import ContactService, UserService
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


TYPING_CHILD = textwrap.dedent(
    """
    import sys
    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtWidgets import QApplication
    from app.db import open_store
    from app.services.contacts.service import ContactService, UserService
    from app.ui.main_window import MainWindow
    from tests.keys import type_text

    TEXT = sys.argv[3]
    app = QApplication([])
    store = open_store(sys.argv[1])
    users = UserService(store)
    user = users.add("Ольга Смирнова")
    service = ContactService(store, user.id)
    save_draft = service.save_draft

    def saving(*args, **kwargs):
        # Tells the test when a draft landed (the test then picks its moment).
        result = save_draft(*args, **kwargs)
        print("DRAFT", flush=True)
        return result

    service.save_draft = saving
    window = MainWindow(service, users, user, QSettings(sys.argv[2], QSettings.Format.IniFormat),
                        "ru")
    window.show()
    window.new_phone()
    form = window.intake
    form.choose_kind("consultation")
    form.notes.setFocus()
    typed = 0

    def type_one():
        # A consultant typing without a pause: one key every 40 ms.
        global typed
        if typed >= len(TEXT):
            return
        type_text(form.notes, TEXT[typed])
        typed += 1
        print("TYPED", typed, flush=True)

    timer = QTimer()
    timer.timeout.connect(type_one)
    timer.start(40)
    app.exec()
    """
)


@pytest.mark.slow
def test_a_note_typed_up_to_a_second_before_a_kill_comes_back_whole(tmp_path: Path):
    import threading
    import time

    text = ("Звонит из Анталии, паспорт забрал работодатель, живёт в общежитии при "
            "фабрике, телефон дают раз в неделю, просит помочь вернуться домой. ") * 3
    db = tmp_path / "typing.sqlite3"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    typed: list[int] = []
    drafts_at: list[int] = []  # how many characters were typed when a draft landed
    with subprocess.Popen(
        [sys.executable, "-c", TYPING_CHILD, str(db), str(tmp_path / "child.ini"), text],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, text=True,
    ) as child:
        def read() -> None:
            for line in child.stdout:
                if line.startswith("TYPED "):
                    typed.append(int(line.split()[1]))
                elif line.startswith("DRAFT") and typed:
                    drafts_at.append(typed[-1])

        reader = threading.Thread(target=read, daemon=True)
        reader.start()
        try:
            deadline = time.monotonic() + 60
            while (not typed or typed[-1] < 40) and time.monotonic() < deadline:
                time.sleep(0.01)
            assert typed, child.stderr.read() if child.poll() is not None else "no typing"
            # A moment 1.2 s after a draft landed, then the kill a second later: with
            # only a periodic write (every 3 s) the note comes back short.
            seen = len(drafts_at)
            while len(drafts_at) == seen and time.monotonic() < deadline:
                time.sleep(0.005)
            time.sleep(1.2)
            mark = typed[-1]  # every character up to here was typed a second before the kill
            time.sleep(1.0)
            still_typing = typed[-1]
        finally:
            child.send_signal(signal.SIGKILL)
            child.wait(timeout=10)
        reader.join(timeout=5)
    assert child.returncode == -signal.SIGKILL
    assert still_typing > mark + 10, "the typing was not continuous up to the kill"

    store = open_store(db)
    try:
        drafts = ContactService(store, UserService(store).list()[0].id).drafts("contact")
        assert len(drafts) == 1
        notes = drafts[0].payload["input"]["notes"]
        assert text.startswith(notes)  # nothing garbled
        assert len(notes) >= mark, (
            f"{len(notes)} characters came back; {mark} were typed a second before the kill")
    finally:
        store.close()
