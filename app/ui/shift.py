"""Who is on shift: every contact and change is recorded in that person's name.

Until accounts with passwords exist, the consultant picks their name (or adds it).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services.contacts import UserRow, UserService
from app.services.validation import ValidationError


class ShiftDialog(QDialog):
    def __init__(self, users: UserService, last_user_id: str | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.users = users
        self.chosen: UserRow | None = None
        self.setWindowTitle(self.tr("Who is on shift?"))
        self.intro = QLabel(self.tr(
            "Choose your name. Every contact you record and every change you make is "
            "recorded under it."))
        self.intro.setWordWrap(True)
        self.list = QListWidget()
        self.new_name = QLineEdit()
        self.new_name.setPlaceholderText(self.tr("First and last name"))
        self.add_button = QPushButton(self.tr("&Add"))
        self.add_label = QLabel(self.tr("&New consultant:"))
        self.add_label.setBuddy(self.new_name)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b02a37;")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Start shift"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Quit"))
        add_row = QHBoxLayout()
        add_row.addWidget(self.add_label)
        add_row.addWidget(self.new_name, 1)
        add_row.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.list, 1)
        layout.addLayout(add_row)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        self.add_button.clicked.connect(self._add)
        self.new_name.returnPressed.connect(self._add)
        self.list.itemActivated.connect(lambda _i: self._accept())
        self._fill(last_user_id)
        self.resize(440, 380)

    def _fill(self, select_id: str | None) -> None:
        self.list.clear()
        for u in self.users.list():
            item = QListWidgetItem(u.full_name)
            item.setData(Qt.ItemDataRole.UserRole, u)
            self.list.addItem(item)
            if u.id == select_id:
                self.list.setCurrentItem(item)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)
        if self.list.count():
            self.list.setFocus()
        else:
            self.new_name.setFocus()

    def _add(self) -> None:
        try:
            user = self.users.add(self.new_name.text())
        except ValidationError:
            self.error.setText(self.tr("Type a name first."))
            self.new_name.setFocus()
            return
        self.new_name.clear()
        self.error.clear()
        self._fill(user.id)

    def _accept(self) -> None:
        item = self.list.currentItem()
        if item is None:
            self.error.setText(self.tr("Choose your name or add it."))
            return
        self.chosen = item.data(Qt.ItemDataRole.UserRole)
        self.accept()
