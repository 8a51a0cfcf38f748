"""The wait cursor over the whole app while the GUI thread does something that takes a
moment (the password's argon2 check, waiting for background tasks, a backup on
closing). Light: the login screen uses it before the rest of the app is loaded."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication


@contextmanager
def busy_cursor(show_now: bool = False) -> Iterator[None]:
    """The wait cursor until the block ends, however it ends. ``show_now``: let it be
    drawn before the block starts (a dialog's button was just pressed)."""
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    if show_now:
        QApplication.processEvents()
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()
