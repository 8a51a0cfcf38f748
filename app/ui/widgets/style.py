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


# -- the palette: every colour a screen uses, by what it means --------------------------

ERROR_RED = "#b02a37"
"""The one colour of errors, refusals and invalid fields (text and borders)."""
OK_GREEN = "#146c43"
"""Good news: a verified audit chain, a full score, a round done."""
PARTLY_ORANGE = "#b35c00"
"""Half way: a criterion scored 1."""
MUTED_GREY = "#6c757d"
"""Text that matters less: retired, not applicable, hidden or deleted records."""
HINT_GREY = "#555555"
"""Hints and explanations under or beside a field."""
INK = "#303030"
"""Lines and text drawn by the charts."""
INK_SOFT = "#404040"
"""The hatching of chart bars."""
WHITE = "#ffffff"

NOTICE_BACKGROUND = "#fff3cd"
"""Notices that ask for attention (outside working hours, hidden records, stale
entries): the background; NOTICE_TEXT and NOTICE_BORDER go with it."""
NOTICE_TEXT = "#664d03"
NOTICE_BORDER = "#ffda6a"
STALE_TEXT = "#997404"
"""An entry not checked for a long time, in a list."""
INFO_BACKGROUND = "#cfe2ff"
"""Information: the demo banner, fictional directory entries; INFO_TEXT goes with it."""
INFO_TEXT = "#052c65"
ALERT_BACKGROUND = "#f8d7da"
"""An offer that matters (the crisis questionnaire): ALERT_TEXT goes with it."""
ALERT_TEXT = "#58151c"
RETIRED_BACKGROUND = "#e2e3e5"
"""A retired directory entry: RETIRED_TEXT goes with it."""
RETIRED_TEXT = "#41464b"

SELECTED_BACKGROUND = "#e7f1ff"
"""A row or field that has the focus or is chosen; ACCENT_BLUE is its border or text."""
ACCENT_BLUE = "#0d6efd"
SECTION_BACKGROUND = "#e9ecef"
"""Section headings inside a list or a report."""
PANEL_BACKGROUND = "#f8f9fa"
"""A panel of help beside a form; BORDER_GREY frames it (and grid lines)."""
BORDER_GREY = "#dee2e6"
BUTTON_BORDER = "#adb5bd"
CURTAIN_BACKGROUND = "#2b3035"
"""The idle lock's curtain over the window; CURTAIN_TEXT is its text."""
CURTAIN_TEXT = "#f8f9fa"

SERIES_COLOURS = ("#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#17becf",
                  "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22")
"""One colour for each line of a chart, in order (the usual ten, distinct in print)."""
BAR_FILLS = ("#3f5f7f", "#f2c48d", "#9fbf8f", "#d9d9d9")
"""The fills of a bar chart's series, in order (the report's PDF uses the same)."""

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
