"""Each user's dialogs open at the size and place they were left (the main window
keeps its own layout, see ``MainWindow.save_layout``).

Kept in the user's settings file, keyed by the account id and the dialog's class;
nothing but geometry is stored. Message boxes, file and progress dialogs are Qt's and
size themselves.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QCoreApplication, QEvent, QObject, QSettings
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QProgressDialog
from shiboken6 import isValid

GROUP = "window_layout"
_state: dict[str, object] = {}


def key_for(dialog: QDialog) -> str:
    return f"{GROUP}/{_state.get('user', '')}/dialogs/{type(dialog).__name__}"


def _ours(obj: QObject) -> bool:
    return (isinstance(obj, QDialog) and obj.isWindow()
            and not isinstance(obj, QMessageBox | QFileDialog | QProgressDialog)
            and type(obj).__module__.startswith("app."))


class _Sizes(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.Show, QEvent.Type.Hide) and _ours(watched):
            owner = _state.get("owner")
            if owner is not None and not isValid(owner):  # that user's window is gone
                _state.clear()
            settings = _state.get("settings")
            if isinstance(settings, QSettings) and isinstance(watched, QDialog):
                if kind == QEvent.Type.Show:
                    saved = settings.value(key_for(watched))
                    if isinstance(saved, QByteArray | bytes) and saved:
                        watched.restoreGeometry(QByteArray(saved))
                else:
                    settings.setValue(key_for(watched), watched.saveGeometry())
        return False


_filter: _Sizes | None = None


def use(settings: QSettings | None, user_id: str = "", owner: QObject | None = None) -> None:
    """From now on the app's dialogs open as this user left them (None: as designed),
    while ``owner`` (the user's main window), if given, exists."""
    global _filter  # noqa: PLW0603 - one filter for the application
    _state.clear()
    if settings is not None:
        _state.update(settings=settings, user=user_id, owner=owner)
    app = QCoreApplication.instance()
    if _filter is None and app is not None:
        _filter = _Sizes(app)
        app.installEventFilter(_filter)
