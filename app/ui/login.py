"""Logging in, setting up the first administrator, the recovery code, a new password.

The dialog that shows a recovery code once is app/ui/accounts/recovery_code.py (the
Accounts page shows it too).

The login unlocks the database key with the password (app/services/accounts/auth.py), so a wrong
password and a wrong user name look the same: the message never says which of the
two was wrong. Everything works from the keyboard: Enter logs in, Esc quits.
"""

from __future__ import annotations

import logging
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.db import AlreadyOpenError, StoreError, WrongKeyError
from app.services.validation import FieldError, ValidationError
from app.ui.accounts.roles import problems_text
from app.ui.messages import user_text
from app.ui.widgets.busy import busy_cursor
from app.ui.widgets.errors import error_label
from app.ui.widgets.formatting import show_time
from app.ui.widgets.style import INFO_BACKGROUND, INFO_TEXT, heading

if TYPE_CHECKING:
    from app.services.accounts import auth

log = logging.getLogger("app.ui")


def _auth() -> ModuleType:
    """The login layer, imported when first needed: the dialog shows before the
    database layer is loaded (it loads in the background while the user types)."""
    from app.services.accounts import auth

    return auth


def _password_field() -> QLineEdit:
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setMaxLength(256)
    return edit


class _ErrorLabel(QLabel):
    """A message under a form: its dialog grows to show all of it, never cut off."""

    def setText(self, text: str) -> None:
        super().setText(text)
        window = self.window()
        layout = window.layout()
        if layout is None or window is self:
            return
        layout.activate()
        width = window.width()
        needed = (layout.totalHeightForWidth(width) if layout.hasHeightForWidth()
                  else layout.totalSizeHint().height())
        if needed > window.height():
            window.resize(width, needed)


def _error_label() -> QLabel:
    label = error_label(_ErrorLabel(), name="formError", bold=False, hidden=False)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def _typed_twice_alike(error: QLabel, new: QLineEdit, repeat: QLineEdit) -> bool:
    """Whether a new password was typed the same twice; if not, ``error`` says so and
    the second field is cleared for another try."""
    if new.text() == repeat.text():
        return True
    error.setText(problems_text([FieldError("password", "mismatch", "")]))
    repeat.clear()
    repeat.setFocus()
    return False


class LoginDialog(QDialog):
    """User name and password; on success ``result`` holds the open database."""

    def __init__(self, db_path: Path, *, demo: bool = False, last_username: str = "",
                 login: Any = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.db_path = db_path
        self.result_login: auth.LoginResult | None = None
        # exclusive: a second window on the same database is refused, with a message.
        self._login = login or (lambda path, name, password: _auth().login(
            path, name, password, exclusive=True))
        self.setObjectName("loginDialog")
        self.heading = QLabel()
        heading(self.heading, 4)
        self.where = QLabel()
        self.where.setWordWrap(True)
        self.demo_hint = QLabel()
        self.demo_hint.setObjectName("demoHint")
        self.demo_hint.setWordWrap(True)
        self.demo_hint.setStyleSheet(
            f"QLabel#demoHint {{ background: {INFO_BACKGROUND}; color: {INFO_TEXT};"
            " padding: 6px; }")
        self.demo_hint.setVisible(demo)
        self.username = QLineEdit(last_username)
        self.username.setMaxLength(64)
        self.password = _password_field()
        self.username_label = QLabel()
        self.username_label.setBuddy(self.username)
        self.password_label = QLabel()
        self.password_label.setBuddy(self.password)
        self.error = _error_label()
        form = QFormLayout()
        form.addRow(self.username_label, self.username)
        form.addRow(self.password_label, self.password)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.login_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.quit_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        # Every administrator's password lost: the recovery code printed at set-up.
        self.recovery_button = self.buttons.addButton(
            "", QDialogButtonBox.ButtonRole.ResetRole)
        self.recovery_button.setAutoDefault(False)
        self.recovery_button.clicked.connect(self.recover)
        # Before logging in too: the version, the folders, the self-test; F1 the guide.
        self.about_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.HelpRole)
        self.about_button.setAutoDefault(False)
        self.about_button.clicked.connect(self.about)
        # The guide is loaded when F1 is pressed, not before the login shows.
        self.f1 = QShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents), self)
        self.f1.activated.connect(self.show_guide)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.where)
        layout.addWidget(self.demo_hint)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.try_login)
        self.buttons.rejected.connect(self.reject)
        self.retranslate()
        self.setMinimumWidth(460)
        (self.password if last_username else self.username).setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Infoline Desk — log in"))
        self.heading.setText(self.tr("Log in"))
        self.where.setText(self.tr("Database: %1").replace("%1", str(self.db_path)))
        self.demo_hint.setText(self.tr(
            "Demo database with fictional data. Its accounts admin, supervisor, "
            "specialist and consultant all have the password “demo”."))
        self.username_label.setText(self.tr("&User name:"))
        self.password_label.setText(self.tr("&Password:"))
        self.login_button.setText(self.tr("&Log in"))
        self.quit_button.setText(self.tr("&Quit"))
        self.recovery_button.setText(self.tr("&Recovery code…"))
        self.about_button.setText(self.tr("&About…"))

    def message_for(self, exc: BaseException) -> str:
        """What the user reads for a failed login: never which of name or password
        was wrong, never a traceback."""
        if isinstance(exc, _auth().LoginError):
            if exc.reason == "locked" and exc.until is not None:
                return self.tr("Too many failed attempts: this account is locked until "
                               "%1. Try again then, or ask an administrator.").replace(
                    "%1", show_time(exc.until))
            if exc.reason == "inactive":
                return self.tr("This account is deactivated. Ask an administrator.")
            if exc.reason == "tampered":
                return self.tr(
                    "This account's role or state was changed outside Infoline Desk, so "
                    "it cannot log in. Ask an administrator to set its role again, and to "
                    "look at the audit log.")
            if exc.reason == "key_file":
                return self.tr(
                    "The key file of this database is missing or damaged, so nobody can "
                    "log in. Restore it from a backup (a copy is kept beside each backup "
                    "as <backup>.keys).") + "\n" + user_text(exc)
            if exc.reason == "no_accounts":
                return self.tr("This database has no accounts yet.")
            return self.tr("Wrong user name or password.")
        if isinstance(exc, StoreError):
            if isinstance(exc, AlreadyOpenError):
                holder = exc.holder
                if holder and holder != "window":  # a writing command (app/db/instance.py)
                    return self.tr("This database is busy: the command \"infoline %1\" is "
                                   "writing to it. Try again when it has finished.").replace(
                        "%1", holder)
                return self.tr("This database is already open in another window of "
                               "Infoline Desk. Use that window, or close it first.")
            if isinstance(exc, WrongKeyError):
                return self.tr("The database does not open with its key file: the key "
                               "file belongs to another database, or the database is "
                               "damaged. Restore both from a backup.")
            return self.tr("The database cannot be opened: %1").replace("%1", user_text(exc))
        return self.tr("The login failed: %1").replace("%1", type(exc).__name__)

    def show_guide(self) -> QWidget:
        """F1: the guide's page on a lost key file or password."""
        from app.ui.help import show_guide_window

        return show_guide_window(self, "lost-key.html")

    def about(self) -> QDialog:
        """About: the version, where the data and the backups are, the self-test."""
        from app.ui.help import AboutDialog

        dialog = AboutDialog(self.db_path, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def recover(self) -> None:
        """A new password for an administrator, with the recovery code."""
        dialog = RecoveryDialog(self.db_path, parent=self)
        if dialog.exec():
            self.username.setText(dialog.username.text().strip())
            self.error.setText(self.tr("The new password is set. Log in with it."))
            self.activateWindow()
            self.password.setFocus()

    def try_login(self) -> None:
        name = self.username.text().strip()
        if not name or not self.password.text():
            self.error.setText(self.tr("Type your user name and password."))
            (self.username if not name else self.password).setFocus()
            return
        try:
            with busy_cursor(show_now=True):
                result = self._login(self.db_path, name, self.password.text())
        except (_auth().LoginError, StoreError, OSError) as exc:
            log.info("login refused (%s)", getattr(exc, "reason", type(exc).__name__))
            self.error.setText(self.message_for(exc))
            self.password.clear()
            self.password.setFocus()
            return
        self.password.clear()
        self.result_login = result
        self.accept()


class FirstAdminDialog(QDialog):
    """The first administrator of a new database, or of an old unencrypted one that is
    encrypted now. ``setup`` is :func:`app.services.accounts.auth.setup_first_admin`."""

    def __init__(self, db_path: Path, *, encrypting: bool = False, setup: Any = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.db_path = db_path
        self.encrypting = encrypting
        self._setup = setup or (lambda path, name, full, password: _auth().setup_first_admin(
            path, name, full, password, exclusive=True))
        self.result_login: auth.LoginResult | None = None
        self.recovery_code: str | None = None
        self.setObjectName("firstAdminDialog")
        self.heading = QLabel()
        heading(self.heading, 4)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.username = QLineEdit()
        self.username.setMaxLength(64)
        self.full_name = QLineEdit()
        self.full_name.setMaxLength(200)
        self.password = _password_field()
        self.repeat = _password_field()
        self.labels = [QLabel() for _ in range(4)]
        form = QFormLayout()
        for label, field in zip(self.labels, (self.username, self.full_name, self.password,
                                              self.repeat), strict=True):
            label.setBuddy(field)
            form.addRow(label, field)
        self.rules = QLabel()
        self.rules.setWordWrap(True)
        self.error = _error_label()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.quit_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.rules)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.create)
        self.buttons.rejected.connect(self.reject)
        self.retranslate()
        self.setMinimumWidth(560)
        self.username.setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Infoline Desk — the first administrator"))
        if self.encrypting:
            self.heading.setText(self.tr("Protecting this database"))
            self.intro.setText(self.tr(
                "This database was made by an older version, without passwords. From now "
                "on it is encrypted, and everyone logs in with a personal account. Create "
                "the first administrator's account: the administrator then adds the "
                "others. Nothing recorded so far is lost."))
        else:
            self.heading.setText(self.tr("The first administrator"))
            self.intro.setText(self.tr(
                "The new database is encrypted and opens only with a personal account. "
                "Create the first administrator's account; the administrator then adds "
                "the consultants and the other staff."))
        for label, text in zip(self.labels, (
                self.tr("&User name:"), self.tr("&Full name:"), self.tr("&Password:"),
                self.tr("Password a&gain:")), strict=True):
            label.setText(text)
        self.rules.setText(self.tr(
            "A password has at least 10 characters; a few words in a row make a good one. "
            "Common passwords are refused."))
        self.ok_button.setText(self.tr("&Create and log in"))
        self.quit_button.setText(self.tr("&Quit"))

    def create(self) -> None:
        if not _typed_twice_alike(self.error, self.password, self.repeat):
            return
        try:
            with busy_cursor(show_now=True):
                result, code = self._setup(self.db_path, self.username.text(),
                                           self.full_name.text(), self.password.text())
        except ValidationError as exc:
            self.error.setText(problems_text(exc.errors))
            focus = {"username": self.username, "full_name": self.full_name}.get(
                exc.errors[0].field, self.password)
            focus.setFocus()
            return
        except (_auth().SetupError, StoreError, OSError) as exc:
            log.warning("set-up failed: %s", type(exc).__name__)
            self.error.setText(self.tr("The database could not be set up: %1").replace(
                "%1", user_text(exc)))
            return
        self.password.clear()
        self.repeat.clear()
        self.result_login = result
        self.recovery_code = code
        self.accept()


class _NewPasswordDialog(QDialog):
    """The shape of the dialogs that set a new password: an introduction, labelled
    fields ending with the new password typed twice, a message line, OK and Cancel."""

    def _build(self, fields: tuple[QLineEdit, ...], width: int) -> None:
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.labels = [QLabel() for _ in fields]
        form = QFormLayout()
        for label, field in zip(self.labels, fields, strict=True):
            label.setBuddy(field)
            form.addRow(label, field)
        self.error = _error_label()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.apply)
        self.buttons.rejected.connect(self.reject)
        self.retranslate()
        self.setMinimumWidth(width)
        fields[0].setFocus()

    def retranslate(self) -> None:
        raise NotImplementedError

    def apply(self) -> None:
        raise NotImplementedError


class RecoveryDialog(_NewPasswordDialog):
    """The recovery code (printed when the database was set up) gives an administrator
    a new password when every administrator's password is lost."""

    def __init__(self, db_path: Path, *, recover: Any = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.db_path = db_path
        self._recover = recover or (lambda path, code, name, password: (
            _auth().recover_administrator(path, code, name, password)))
        self.setObjectName("recoveryDialog")
        self.code = QLineEdit()
        self.code.setMaxLength(100)
        self.username = QLineEdit()
        self.username.setMaxLength(64)
        self.new = _password_field()
        self.repeat = _password_field()
        self._build((self.code, self.username, self.new, self.repeat), 520)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Recovery code"))
        self.intro.setText(self.tr(
            "When every administrator's password is lost, the recovery code printed when "
            "the database was set up gives an administrator a new password. Its use is "
            "recorded in the audit log."))
        for label, text in zip(self.labels, (
                self.tr("Recovery &code:"), self.tr("&Administrator's user name:"),
                self.tr("&New password:"), self.tr("New password a&gain:")), strict=True):
            label.setText(text)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("&Set the password"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))

    def apply(self) -> None:
        if not self.code.text().strip() or not self.username.text().strip():
            self.error.setText(self.tr("Type the recovery code and the user name."))
            (self.code if not self.code.text().strip() else self.username).setFocus()
            return
        if not _typed_twice_alike(self.error, self.new, self.repeat):
            return
        auth = _auth()
        try:
            with busy_cursor(show_now=True):
                self._recover(self.db_path, self.code.text().strip(),
                              self.username.text().strip(), self.new.text())
        except ValidationError as exc:
            self.error.setText(problems_text(exc.errors))
            self.new.setFocus()
            return
        except auth.LoginError as exc:
            log.info("recovery refused (%s)", exc.reason)
            self.error.setText(
                self.tr("Wrong recovery code.") if exc.reason == "wrong" else
                self.tr("This is not an active administrator's account."))
            return
        except (StoreError, OSError) as exc:
            self.error.setText(self.tr("The database cannot be opened: %1").replace(
                "%1", type(exc).__name__))
            return
        for edit in (self.code, self.new, self.repeat):
            edit.clear()
        self.accept()


class ChangePasswordDialog(_NewPasswordDialog):
    """The user's own new password (at the first login after an administrator set a
    temporary one, or any time from the menu). ``change(old, new)`` is
    :meth:`AccountService.change_own_password`."""

    def __init__(self, change: Any, *, forced: bool = False, parent: QWidget | None = None):
        super().__init__(parent)
        self.change = change
        self.forced = forced
        self.setObjectName("changePasswordDialog")
        self.old = _password_field()
        self.new = _password_field()
        self.repeat = _password_field()
        self._build((self.old, self.new, self.repeat), 480)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Change your password"))
        self.intro.setText(self.tr(
            "An administrator set a temporary password for you. Choose your own now: at "
            "least 10 characters, a few words in a row make a good one.") if self.forced
            else self.tr("At least 10 characters; a few words in a row make a good one."))
        for label, text in zip(self.labels, (
                self.tr("&Current password:"), self.tr("&New password:"),
                self.tr("New password a&gain:")), strict=True):
            label.setText(text)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("&Change the password"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            self.tr("&Quit") if self.forced else self.tr("Cancel"))

    def apply(self) -> None:
        if not _typed_twice_alike(self.error, self.new, self.repeat):
            return
        try:
            with busy_cursor(show_now=True):
                self.change(self.old.text(), self.new.text())
        except ValidationError as exc:
            self.error.setText(problems_text(exc.errors))
            (self.old if exc.errors[0].field == "old_password" else self.new).setFocus()
            return
        except Exception as exc:  # the account service's refusal, for the user
            self.error.setText(user_text(exc))
            return
        for edit in (self.old, self.new, self.repeat):
            edit.clear()
        self.accept()
