"""A new recovery code, made by an administrator on the Accounts page.

The dialog first says what happens (the old code stops working at once, the new one
is shown once) and asks for the administrator's own password again; the service
checks it and makes the code. The code is then shown in the set-up's own dialog
(app/ui/accounts/recovery_code.py): large, selectable, printable, closed only once
the administrator confirms it was written down. The password stays in its field only
until the call returns.
"""

from __future__ import annotations

import errno
import logging

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.db.keyring import KeyringError
from app.db.sqlite import is_disk_full
from app.services.accounts.service import AccountError, AccountService
from app.services.permissions import PermissionDeniedError
from app.services.validation import ValidationError
from app.ui.accounts.recovery_code import RecoveryCodeDialog
from app.ui.accounts.roles import problems_text
from app.ui.messages import user_text
from app.ui.widgets.busy import busy_cursor
from app.ui.widgets.errors import error_label
from app.ui.widgets.style import heading

log = logging.getLogger("app.ui")

_NOT_WRITABLE = (errno.EACCES, errno.EPERM, errno.EROFS)


class NewRecoveryCodeDialog(QDialog):
    """What a new code means, and the administrator's password; on success ``code``
    holds the new code (the caller shows it and forgets it)."""

    def __init__(self, service: AccountService, parent: QWidget | None = None, *,
                 unseen: bool = False):
        super().__init__(parent)
        self.service = service
        self.unseen = unseen  # the last new code was never confirmed as written down
        self.code: str | None = None
        self.setObjectName("newRecoveryCodeDialog")
        self.heading = QLabel()
        heading(self.heading, 4)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setMaxLength(256)
        self.password_label = QLabel()
        self.password_label.setBuddy(self.password)
        form = QFormLayout()
        form.addRow(self.password_label, self.password)
        self.error = error_label(name="formError", bold=False, hidden=False)
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.make)
        self.buttons.rejected.connect(self.reject)
        self.retranslate()
        self.setMinimumWidth(540)
        self.password.setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("New recovery code"))
        self.heading.setText(self.tr("Make a new recovery code"))
        self.intro.setText(self.tr(
            "The last new recovery code was never confirmed as written down (the app "
            "was closed while it was shown), and the code on paper no longer works. "
            "Make a new one now. It is shown once: print it or write it down and keep "
            "it locked away from the computer. Type your own password to confirm that "
            "it is you.") if self.unseen else self.tr(
            "Make a new code when the printed one may have been seen or is lost. The old "
            "code stops working at once. The new one is shown once: print it or write it "
            "down and keep it locked away from the computer. Type your own password to "
            "confirm that it is you."))
        self.password_label.setText(self.tr("Your &password:"))
        self.ok_button.setText(self.tr("&Make a new code"))
        self.cancel_button.setText(self.tr("Cancel"))

    def make(self) -> None:
        if not self.password.text():
            self.error.setText(self.tr("Type your password."))
            self.password.setFocus()
            return
        try:
            with busy_cursor(show_now=True):
                self.code = self.service.new_recovery_code(self.password.text())
        except ValidationError as exc:
            self.error.setText(problems_text(exc.errors))
            self.password.selectAll()
            self.password.setFocus()
            return
        except (AccountError, PermissionDeniedError) as exc:
            self.error.setText(user_text(exc))
            return
        except Exception as exc:  # the key file or the database would not take it
            log.warning("no new recovery code: %s", type(exc).__name__)
            self.error.setText(self.failure_text(exc))
            return
        finally:
            self.password.clear()
        self.accept()

    def failure_text(self, exc: Exception) -> str:
        """Why the code was not made, and that the old one still works."""
        if is_disk_full(exc):
            reason = self.tr("the disk is full; make room and try again")
        elif isinstance(exc, OSError) and exc.errno in _NOT_WRITABLE:
            reason = self.tr("the key file %1 cannot be written (the folder is read-only "
                             "or access is denied)").replace(
                "%1", str(self.service.keyring.path))
        elif isinstance(exc, (OSError, KeyringError)):
            reason = self.tr("the key file %1 cannot be written or read").replace(
                "%1", str(self.service.keyring.path))
        else:
            reason = self.tr("the database did not record it")
        return self.tr("No new code was made: %1. The old recovery code still works."
                       ).replace("%1", reason)


def make_new_recovery_code(service: AccountService, parent: QWidget | None, *,
                           unseen: bool = False) -> bool:
    """Ask, make and show a new recovery code; whether one was made. ``unseen``: asked
    at the login because the last new code was never confirmed as written down."""
    dialog = NewRecoveryCodeDialog(service, parent, unseen=unseen)
    try:
        if not dialog.exec() or dialog.code is None:
            return False
        code, dialog.code = dialog.code, None
    finally:
        dialog.deleteLater()
    shown = RecoveryCodeDialog(code, service.store.path, parent, replaced=True)
    try:
        shown.exec()  # closes only once the code is written down
    finally:
        shown.code = ""
        shown.code_label.clear()
        shown.deleteLater()
    try:
        service.recovery_code_seen()
    except Exception as exc:  # the next administrator's login asks again: no harm
        log.warning("the new recovery code could not be marked as shown: %s",
                    type(exc).__name__)
    return True
