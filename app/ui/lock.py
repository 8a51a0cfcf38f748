"""The idle lock: after some minutes without input, every window of the app is covered.

A curtain (an opaque child widget) covers each visible top-level window, dialogs
included, and an application-modal prompt asks for the password of the user who is
logged in. Nothing is hidden or closed: hiding a dialog that runs in ``exec()`` would
end it, and the work behind the curtain (an unsaved contact, a half-filled dialog)
must be exactly where it was after unlocking. The window titles are replaced while
locked, since a dialog's title can name a person.

While a contact is in progress (:meth:`IdleLock.hold`) the idle lock waits: a caller
may talk for many minutes while the consultant only listens. Ctrl+L still locks at
once, and the idle minutes count from when the contact is saved or discarded.

"Switch user" on the prompt hands the workstation to someone else: the app closes the
session keeping every draft (the intake form writes one on every change), and shows
the login again.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.ui.widgets.busy import busy_cursor
from app.ui.widgets.errors import error_label
from app.ui.widgets.formatting import show_time
from app.ui.widgets.style import CURTAIN_BACKGROUND, CURTAIN_TEXT, heading

log = logging.getLogger("app.ui")

DEFAULT_IDLE_MINUTES = 5
IDLE_SETTING = "idle_lock_minutes"

# Input that counts as "someone is at the keyboard".
_INPUT_EVENTS = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.KeyRelease, QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseButtonRelease, QEvent.Type.MouseButtonDblClick,
    QEvent.Type.MouseMove, QEvent.Type.Wheel, QEvent.Type.TouchBegin,
    QEvent.Type.TouchUpdate, QEvent.Type.TabletPress,
})

# verify(password) -> True when it is the password of the user logged in. It may raise
# an exception carrying ``until`` (a datetime) when the account is locked out.
Verify = Callable[[str], bool]
Audit = Callable[[str], None]


def _alive(obj: QObject | None) -> bool:
    return obj is not None and shiboken6.isValid(obj)


class Curtain(QWidget):
    """An opaque cover over one top-level window; follows its size, stays on top."""

    def __init__(self, window: QWidget):
        super().__init__(window)
        self.setObjectName("lockCurtain")
        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, QColor(CURTAIN_BACKGROUND))
        palette.setColor(QPalette.ColorRole.WindowText, QColor(CURTAIN_TEXT))
        self.setPalette(palette)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.label = QLabel()
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setWordWrap(True)
        heading(self.label, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        self.label.setText(self.tr("Infoline Desk is locked"))
        window.installEventFilter(self)
        self.setGeometry(window.rect())
        self.show()
        self.raise_()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Resize and _alive(self.parentWidget()):
            self.setGeometry(self.parentWidget().rect())
        elif kind in (QEvent.Type.ChildAdded, QEvent.Type.LayoutRequest):
            # A widget added to the window later would stack above the curtain.
            QTimer.singleShot(0, self._on_top)
        return False

    def _on_top(self) -> None:
        if _alive(self) and _alive(self.parentWidget()):
            self.setGeometry(self.parentWidget().rect())
            self.raise_()

    def setVisible(self, visible: bool) -> None:
        # Not hideable while it exists: only removing it (unlocking) uncovers the window.
        if visible or not _alive(self.parentWidget()) or getattr(self, "_removing", False):
            super().setVisible(visible)

    def remove(self) -> None:
        self._removing = True
        parent = self.parentWidget()
        if _alive(parent):
            parent.removeEventFilter(self)
        self.hide()
        self.setParent(None)
        self.deleteLater()


class UnlockDialog(QDialog):
    """The password prompt over the locked app. Closing it does not unlock."""

    unlocked = Signal()
    failed = Signal()
    switch_user = Signal()

    def __init__(self, full_name: str, username: str, verify: Verify,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.verify = verify
        self.setObjectName("unlockDialog")
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.setWindowFlag(Qt.WindowType.WindowCloseButtonHint, False)
        self.heading = QLabel()
        heading(self.heading, 3)
        self.who = QLabel()
        self.who.setWordWrap(True)
        self.password_label = QLabel()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_label.setBuddy(self.password)
        self.error = error_label(name="unlockError", bold=False, hidden=False)
        self.unlock_button = QPushButton()
        self.unlock_button.setDefault(True)
        self.switch_button = QPushButton()
        self.switch_button.setAutoDefault(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.switch_button)
        buttons.addStretch(1)
        buttons.addWidget(self.unlock_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.who)
        layout.addWidget(self.password_label)
        layout.addWidget(self.password)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self.unlock_button.clicked.connect(self.try_unlock)
        # Enter presses the default button (Unlock); no returnPressed as well, or it
        # would try twice.
        self.switch_button.clicked.connect(self.switch_user.emit)
        self.full_name = full_name
        self.username = username
        self.retranslate()
        self.setMinimumWidth(420)
        self.password.setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Infoline Desk is locked"))
        self.heading.setText(self.tr("Locked"))
        self.who.setText(self.tr(
            "%1 (%2) is logged in. Type your password to continue where you left off, "
            "or let someone else log in; your work is kept as a draft.")
            .replace("%1", self.full_name).replace("%2", self.username))
        self.password_label.setText(self.tr("&Password:"))
        self.unlock_button.setText(self.tr("&Unlock"))
        self.switch_button.setText(self.tr("&Switch user"))

    def try_unlock(self) -> None:
        password = self.password.text()
        if not password:
            self.error.setText(self.tr("Type your password."))
            return
        failed_otherwise = False
        try:
            with busy_cursor():
                ok = self.verify(password)
        except Exception as exc:  # a locked-out account, or a damaged key file
            until = getattr(exc, "until", None)
            if isinstance(until, datetime):
                self.error.setText(self.tr(
                    "Too many wrong passwords. Try again after %1.").replace(
                    "%1", show_time(until)))
            else:
                log.warning("unlock failed: %s", type(exc).__name__)
                self.error.setText(self.tr("The password could not be checked."))
            ok = False
            failed_otherwise = True
        self.password.clear()
        if ok:
            self.error.clear()
            self.unlocked.emit()
            return
        if not failed_otherwise:
            self.error.setText(self.tr("Wrong password."))
        self.failed.emit()
        self.password.setFocus()

    def reject(self) -> None:
        # Esc does not unlock and does not close the prompt.
        self.password.setFocus()

    def closeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        if not getattr(self, "_closing", False):
            event.ignore()
            return
        super().closeEvent(event)

    def dismiss(self) -> None:
        self._closing = True
        self.hide()
        self.deleteLater()


class IdleLock(QObject):
    """Watches the app's input; locks after ``minutes`` idle or on Ctrl+L.

    ``verify`` checks the logged-in user's password; ``audit`` (optional) records
    "lock", "unlock" and "switch_user". ``switch_user`` is emitted when someone else
    is to log in; the owner of the session closes it keeping the drafts.
    """

    locked_changed = Signal(bool)
    switch_user = Signal()

    def __init__(self, full_name: str, username: str, verify: Verify,
                 minutes: int = DEFAULT_IDLE_MINUTES, audit: Audit | None = None,
                 parent: QObject | None = None):
        super().__init__(parent)
        self.full_name = full_name
        self.username = username
        self.verify = verify
        self.audit = audit
        self.locked = False
        self.held = False  # a contact is in progress: no idle lock
        self.curtains: list[Curtain] = []
        self.dialog: UnlockDialog | None = None
        self._titles: list[tuple[QWidget, str]] = []
        self._focus: QWidget | None = None
        self._active: QWidget | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.lock)
        self.set_minutes(minutes)
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self)

    def set_minutes(self, minutes: int) -> None:
        """Idle minutes before locking; 0 turns the idle lock off (Ctrl+L still locks)."""
        self.minutes = max(0, int(minutes))
        self.set_interval_ms(self.minutes * 60_000)

    def set_interval_ms(self, ms: int) -> None:
        self.interval_ms = ms
        self.timer.stop()
        if ms > 0 and not self.locked and not self.held:
            self.timer.start(ms)

    def hold(self, held: bool) -> None:
        """While held (a contact in progress) no idle time is counted; on release the
        idle minutes start again from now. Ctrl+L locks either way."""
        self.held = bool(held)
        self.timer.stop()
        if not self.held and self.interval_ms > 0 and not self.locked:
            self.timer.start(self.interval_ms)

    def stop(self) -> None:
        """The session ends: stop watching (the curtains go with their windows)."""
        self.timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        if self.locked:
            self._uncover()

    # -- watching --

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in _INPUT_EVENTS:
            if (not self.locked and kind == QEvent.Type.KeyPress
                    and isinstance(event, QKeyEvent) and event.key() == Qt.Key.Key_L
                    and event.modifiers() == Qt.KeyboardModifier.ControlModifier):
                QTimer.singleShot(0, self.lock)
                return True
            if not self.locked and self.interval_ms > 0 and not self.held:
                self.timer.start(self.interval_ms)
        elif (self.locked and kind == QEvent.Type.Show and isinstance(watched, QWidget)
              and watched.isWindow() and self._needs_curtain(watched)):
            # A window that appears while locked (a reminder, a message) is covered too.
            QTimer.singleShot(0, lambda w=watched: self._cover(w))
        return False

    def _needs_curtain(self, w: QWidget) -> bool:
        if not _alive(w) or w is self.dialog or not w.isVisible():
            return False
        if w.windowType() in (Qt.WindowType.Popup, Qt.WindowType.ToolTip,
                              Qt.WindowType.SplashScreen):
            return False
        if isinstance(w, Curtain) or w.objectName() == "lockCurtain":
            return False
        return not any(_alive(c) and c.parentWidget() is w for c in self.curtains)

    def _cover(self, w: QWidget) -> None:
        if not self.locked or not self._needs_curtain(w):
            return
        self.curtains.append(Curtain(w))
        self._titles.append((w, w.windowTitle()))
        w.setWindowTitle(self.tr("Infoline Desk — locked"))
        if self.dialog is not None:
            self.dialog.activateWindow()

    # -- locking --

    def lock(self) -> None:
        if self.locked:
            return
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        self.locked = True
        self.timer.stop()
        self._focus = app.focusWidget()
        self._active = app.activeWindow()
        popup = app.activePopupWidget()
        while popup is not None:  # open menus and drop-down lists grab the input
            popup.close()
            nxt = app.activePopupWidget()
            popup = nxt if nxt is not popup else None
        for w in app.topLevelWidgets():
            self._cover(w)
        self.dialog = UnlockDialog(self.full_name, self.username, self.verify)
        self.dialog.unlocked.connect(self.unlock)
        self.dialog.switch_user.connect(self._switch_user)
        self.dialog.failed.connect(lambda: self._audit("unlock_failed"))
        self.dialog.show()
        self.dialog.activateWindow()
        self.dialog.password.setFocus()
        log.info("locked")
        self._audit("lock")
        self.locked_changed.emit(True)

    def _uncover(self) -> None:
        for c in self.curtains:
            if _alive(c):
                c.remove()
        self.curtains = []
        for w, title in self._titles:
            if _alive(w):
                w.setWindowTitle(title)
        self._titles = []
        if self.dialog is not None and _alive(self.dialog):
            self.dialog.dismiss()
        self.dialog = None
        self.locked = False

    def unlock(self) -> None:
        """The right password was typed: uncover and return to where the user was."""
        if not self.locked:
            return
        self._uncover()
        if _alive(self._active):
            self._active.activateWindow()
        if _alive(self._focus):
            self._focus.setFocus(Qt.FocusReason.OtherFocusReason)
        self._focus = self._active = None
        if self.interval_ms > 0 and not self.held:
            self.timer.start(self.interval_ms)
        log.info("unlocked")
        self._audit("unlock")
        self.locked_changed.emit(False)

    def _switch_user(self) -> None:
        log.info("switching user from the lock")
        self._audit("switch_user")
        self.switch_user.emit()

    def _audit(self, what: str) -> None:
        if self.audit is None:
            return
        try:
            self.audit(what)
        except Exception:
            log.exception("could not record %s in the audit log", what)


def close_dialogs(keep: QWidget | None = None) -> None:
    """Reject every open dialog of the app (ending their ``exec()``), for a session
    that ends while dialogs are open: a user switch from the lock."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    for w in app.topLevelWidgets():
        if (isinstance(w, QDialog) and w is not keep and w.isVisible()
                and not isinstance(w, UnlockDialog)):
            w.reject()
