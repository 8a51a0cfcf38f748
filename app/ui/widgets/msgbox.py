"""Every message box and file dialog goes through here, so tests patch one place."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths
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


# -- file dialogs --------------------------------------------------------------------
#
# Each kind of file ("export", "import", "pdf", "sync", "backup") has its own folder per
# user: the last one used for it, else the user's Documents; never the folder the app
# was started from. The platform's own dialog where it has one.

FOLDER_GROUP = "file_dialogs"
_memory: dict[str, object] = {}


def remember_folders(settings: QSettings | None, user_id: str = "") -> None:
    """File dialogs from now on start where this user last put each kind of file
    (kept in ``settings``, keyed by the account id; folders only, never file names)."""
    _memory.clear()
    if settings is not None:
        _memory.update(settings=settings, user=user_id)


def documents() -> Path:
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    folder = Path(found) if found else Path.home()
    return folder if folder.is_dir() else Path.home()


def start_folder(kind: str) -> Path:
    """Where a file dialog for ``kind`` opens: the last folder used for it, if it still
    exists (a USB stick taken out is not), else Documents."""
    settings = _memory.get("settings")
    if isinstance(settings, QSettings):
        last = settings.value(f"{FOLDER_GROUP}/{_memory.get('user', '')}/{kind}")
        if last and Path(str(last)).is_dir():
            return Path(str(last))
    return documents()


def _used(kind: str, folder: Path) -> None:
    settings = _memory.get("settings")
    if isinstance(settings, QSettings):
        settings.setValue(f"{FOLDER_GROUP}/{_memory.get('user', '')}/{kind}", str(folder))


def open_file(parent: QWidget | None, title: str, filters: str, folder: str = "",
              kind: str = "import") -> str | None:
    """A file to read, or None when the user cancels."""
    path, _filter = QFileDialog.getOpenFileName(parent, title,
                                                folder or str(start_folder(kind)), filters)
    if path:
        _used(kind, Path(path).parent)
    return path or None


def save_file(parent: QWidget | None, title: str, filters: str, suggested: str = "",
              kind: str = "export") -> str | None:
    """A file name to write, or None when the user cancels. ``suggested`` gives the
    name; the folder is the one of this kind of file."""
    start = start_folder(kind)
    target = start / Path(suggested).name if suggested else start
    path, _filter = QFileDialog.getSaveFileName(parent, title, str(target), filters)
    if path:
        _used(kind, Path(path).parent)
    return path or None


def choose_folder(parent: QWidget | None, title: str, kind: str) -> str | None:
    """A folder to write into (a USB stick), or None when the user cancels."""
    path = QFileDialog.getExistingDirectory(parent, title, str(start_folder(kind)))
    if path:
        _used(kind, Path(path))
    return path or None


def open_externally(path: str) -> bool:
    """Open a file the app wrote (a PDF) in the system's viewer; False if none could."""
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QDesktopServices

    return QDesktopServices.openUrl(QUrl.fromLocalFile(path))
