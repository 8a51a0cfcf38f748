"""Every message box and file dialog goes through here, so tests patch one place."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

Button = QMessageBox.StandardButton


def _tr(text: str) -> str:
    return QCoreApplication.translate("msgbox", text)


def ask(parent: QWidget | None, title: str, text: str,
        buttons: Button = Button.Yes | Button.No, default: Button = Button.Yes) -> Button:
    """A question; returns the button pressed."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, buttons, parent)
    box.setDefaultButton(default)
    return Button(box.exec())


def choose(parent: QWidget | None, title: str, text: str,
           options: list[tuple[str, str]], default: str, escape: str) -> str:
    """A question with named answers; returns the key of the option chosen."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, Button.NoButton, parent)
    keys = {}
    for key, label in options:
        button = box.addButton(label, QMessageBox.ButtonRole.ActionRole)
        keys[button] = key
        if key == default:
            box.setDefaultButton(button)
        if key == escape:
            box.setEscapeButton(button)
    box.exec()
    return keys.get(box.clickedButton(), escape)


def info(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.information(parent, title, text)


def warn(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.warning(parent, title, text)


def error(parent: QWidget | None, title: str, text: str, details: str = "") -> None:
    box = QMessageBox(QMessageBox.Icon.Critical, title, text, Button.Ok, parent)
    if details:
        box.setDetailedText(details)
    box.exec()


def open_file(parent: QWidget | None, title: str, filters: str, folder: str = "") -> str | None:
    """A file to read, or None when the user cancels."""
    path, _filter = QFileDialog.getOpenFileName(parent, title, folder, filters)
    return path or None


def save_file(parent: QWidget | None, title: str, filters: str, suggested: str = "") -> str | None:
    """A file name to write, or None when the user cancels."""
    path, _filter = QFileDialog.getSaveFileName(parent, title, suggested, filters)
    return path or None


def open_externally(path: str) -> bool:
    """Open a file the app wrote (a PDF) in the system's viewer; False if none could."""
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QDesktopServices

    return QDesktopServices.openUrl(QUrl.fromLocalFile(path))
