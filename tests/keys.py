"""Typing as a user types, Cyrillic included.

``qtbot.keyClicks`` aborts the test process on a non-ASCII character (a Qt assertion in
qasciikey.cpp), so the GUI tests send key events that carry the text instead.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget


def type_text(widget: QWidget, text: str) -> None:
    """Each character as a key press and release carrying it, sent to ``widget``."""
    for ch in text:
        for kind in (QKeyEvent.Type.KeyPress, QKeyEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))
