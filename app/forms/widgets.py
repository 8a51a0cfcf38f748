"""What the Designer forms (app/forms/*.ui) need besides Qt's own widgets: the widgets
they name as promoted classes, and :func:`put`, which puts a screen's own widget where a
form has a placeholder (a field whose widget needs arguments Designer cannot give, such
as a code list)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QLabel, QWidget


class ElidedLabel(QLabel):
    """One line, cut with "…" where the room ends (the whole text in the tooltip)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("elides", True)  # on purpose: the layout check accepts it

    def setText(self, text: str) -> None:
        super().setText(text)
        self.setToolTip(text)

    def paintEvent(self, _event: Any) -> None:
        painter = QPainter(self)
        rect = self.contentsRect()
        text = self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight,
                                             rect.width())
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                         text)


def put(placeholder: QWidget, widget: QWidget) -> QWidget:
    """Put ``widget`` in the layout where ``placeholder`` stands (same row, same stretch)
    and delete the placeholder. ``widget`` takes the placeholder's object name when it
    has none. Returns ``widget``."""
    parent = placeholder.parentWidget()
    layout = parent.layout() if parent is not None else None
    if layout is None or layout.replaceWidget(placeholder, widget) is None:
        raise LookupError(f"{placeholder.objectName()} is not in a layout")
    if not widget.objectName():
        widget.setObjectName(placeholder.objectName().removesuffix("_slot"))
    placeholder.hide()
    placeholder.setParent(None)
    placeholder.deleteLater()
    return widget
