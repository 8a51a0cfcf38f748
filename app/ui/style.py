"""Small look-and-feel helpers shared by the screens."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget


def heading(widget: QWidget, delta: int) -> None:
    """Show the widget's text bold, `delta` points larger than its current font."""
    font = widget.font()
    font.setPointSize(font.pointSize() + delta)
    font.setBold(True)
    widget.setFont(font)
