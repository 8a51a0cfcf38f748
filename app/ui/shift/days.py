"""The days of the week the line works, for the settings page: one box a day."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QWidget

from app.ui.shift.dialogs import weekday_names


class WorkingDays(QWidget):
    def __init__(self, days: tuple[int, ...], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("workingDays")
        self.boxes = [QCheckBox() for _ in range(7)]
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for day, box in enumerate(self.boxes, start=1):
            box.setChecked(day in days)
            row.addWidget(box)
        self.retranslate()

    def retranslate(self) -> None:
        for box, name in zip(self.boxes, weekday_names(), strict=True):
            box.setText(name)

    def days(self) -> list[int]:
        return [day for day, box in enumerate(self.boxes, start=1) if box.isChecked()]
