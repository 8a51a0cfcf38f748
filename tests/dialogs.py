"""Answering the modal dialogs a step of a GUI test opens: one way, for every test.

A modal dialog's ``exec()`` does not return until it is answered, so the answer is
given from the event loop the dialog runs: a timer looks for the active modal dialog
every few milliseconds and hands it to the answer waiting for its class.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget

POLL_MS = 10
GIVE_UP_S = 30.0  # an answer still waiting then is left in the list the test checks


def answer_dialogs(answers: list[tuple[type, Callable[[Any], None]]]) -> list:
    """Answer the modal dialogs shown next, in order: each ``(class, act)`` waits for
    a dialog of that class and calls ``act(dialog)``. Returns the answers not given
    yet (the same list, emptied as they are given): a test asserts it is empty."""
    pending = list(answers)
    deadline = time.monotonic() + GIVE_UP_S

    def attempt() -> None:
        if not pending or time.monotonic() > deadline:
            return
        dialog = QApplication.activeModalWidget()
        if dialog is not None and isinstance(dialog, pending[0][0]):
            _cls, act = pending.pop(0)
            act(dialog)
        if pending:
            QTimer.singleShot(POLL_MS, attempt)

    QTimer.singleShot(0, attempt)
    return pending


def answer_next_dialog(act: Callable[[Any], None], kind: type = QWidget) -> list:
    """Call ``act(dialog)`` once the next modal dialog (of ``kind``) is shown."""
    return answer_dialogs([(kind, act)])
