"""What the intake page shows between contacts: the big start buttons and today's count."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.ui.widgets.style import heading


class StartPanel(QWidget):
    """What the intake page shows between contacts: the big start buttons."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.heading = QLabel()
        heading(self.heading, 4)
        self.phone_button = QPushButton()
        self.email_button = QPushButton()
        self.chat_button = QPushButton()
        for b in (self.phone_button, self.email_button, self.chat_button):
            b.setMinimumHeight(56)
            f = b.font()
            f.setPointSize(f.pointSize() + 2)
            b.setFont(f)
        self.today = QLabel()
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.heading, 0, Qt.AlignmentFlag.AlignHCenter)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.phone_button, 2)
        row.addWidget(self.email_button, 2)
        row.addWidget(self.chat_button, 2)
        row.addStretch(1)
        layout.addLayout(row)
        for label in (self.today, self.hint):
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            layout.addWidget(label)
        layout.addStretch(2)
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Ready for the next contact"))
        self.phone_button.setText(self.tr("New phone contact (F2)"))
        self.email_button.setText(self.tr("New e-mail (F3)"))
        self.chat_button.setText(self.tr("New chat or visit (F6)"))
        self.hint.setText(self.tr(
            "F2 starts the timer at once. Then 1 = consultation, 2–7 = a call without "
            "counselling; Tab moves between fields, Ctrl+S saves."))
