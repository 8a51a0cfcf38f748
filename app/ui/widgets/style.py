"""Small look-and-feel helpers shared by the screens."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QWidget


def heading(widget: QWidget, delta: int) -> None:
    """Show the widget's text bold, `delta` points larger than its current font."""
    font = widget.font()
    font.setPointSize(font.pointSize() + delta)
    font.setBold(True)
    widget.setFont(font)


ERROR_RED = "#b02a37"
"""The one colour of errors, refusals and invalid fields (text and borders)."""

FOCUS_FRAME = " QPushButton:focus { border: 2px solid #0d6efd; }"
"""Appended to a button's own style sheet (which hides the platform's focus frame), so
the focus stays visible on it."""

FONT_FAMILY = "DejaVu Sans"  # bundled in app/resources/fonts, with Cyrillic


def use_bundled_font(app: QApplication) -> None:
    """Register the bundled DejaVu fonts; where the platform has no fonts of its own
    (offscreen, for screenshots and the layout checks), use them for the interface, so
    Russian and Belarusian text is measured and drawn in a real font with Cyrillic."""
    folder = Path(__file__).resolve().parents[2] / "resources" / "fonts"
    for path in sorted(folder.glob("*.ttf")):
        QFontDatabase.addApplicationFont(str(path))
    if app.platformName() in ("offscreen", "minimal"):
        app.setFont(QFont(FONT_FAMILY, 9))
