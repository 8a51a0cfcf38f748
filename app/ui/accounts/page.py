"""Administrators: the accounts of this database.

Add an account (with a temporary password the person changes at their first login),
change its role, reset a forgotten password, deactivate or reactivate it, and make a
new recovery code (app/ui/accounts/recovery.py). The service
checks every rule (password policy, the last administrator); this page shows its
answers. Everything works from the keyboard: the table has the focus, Ins adds, Enter
changes the role, and each button has its mnemonic.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.db import Store
from app.services.accounts.service import AccountError, AccountRow, AccountService
from app.services.contacts.service import UserRow
from app.services.permissions import ROLES, PermissionDeniedError
from app.services.validation import FieldError, ValidationError
from app.ui.accounts.recovery import make_new_recovery_code
from app.ui.accounts.roles import problems_text, role_name
from app.ui.messages import user_text
from app.ui.widgets import msgbox
from app.ui.widgets.errors import error_label
from app.ui.widgets.formatting import show_date_time, show_time
from app.ui.widgets.style import heading
from app.ui.widgets.tables import read_only_table


def _error_label() -> QLabel:
    return error_label(name="formError", bold=False, hidden=False)


def _password_field() -> QLineEdit:
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


class AccountDialog(QDialog):
    """A new account: user name, full name, role, temporary password twice."""

    def __init__(self, service: AccountService, parent: QWidget | None = None):
        super().__init__(parent)
        self.service = service
        self.created: AccountRow | None = None
        self.setWindowTitle(self.tr("New account"))
        self.username = QLineEdit()
        self.username.setMaxLength(64)
        self.full_name = QLineEdit()
        self.full_name.setMaxLength(200)
        self.role = QComboBox()
        for r in ROLES:
            self.role.addItem(role_name(r), r)
        self.password = _password_field()
        self.repeat = _password_field()
        self.must_change = QCheckBox(self.tr("The person chooses their own password at the "
                                             "first login"))
        self.must_change.setChecked(True)
        self.error = _error_label()
        form = QFormLayout()
        form.addRow(self.tr("&User name:"), self.username)
        form.addRow(self.tr("&Full name:"), self.full_name)
        form.addRow(self.tr("&Role:"), self.role)
        form.addRow(self.tr("&Password:"), self.password)
        form.addRow(self.tr("Password a&gain:"), self.repeat)
        form.addRow("", self.must_change)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("Create the account"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self._create)
        self.buttons.rejected.connect(self.reject)
        self.setMinimumWidth(520)

    def _create(self) -> None:
        if self.password.text() != self.repeat.text():
            self.error.setText(problems_text([FieldError("password", "mismatch", "")]))
            self.repeat.setFocus()
            self.repeat.selectAll()
            return
        try:
            self.created = self.service.create(
                self.username.text(), self.full_name.text(), str(self.role.currentData()),
                self.password.text(), must_change=self.must_change.isChecked())
        except ValidationError as exc:
            self.error.setText(problems_text(exc.errors))
            focus = {"username": self.username, "full_name": self.full_name,
                     "password": self.password}.get(exc.errors[0].field, self.username)
            focus.setFocus()
            return
        except (AccountError, PermissionDeniedError) as exc:
            self.error.setText(user_text(exc))
            return
        self.accept()


class PasswordDialog(QDialog):
    """A new password for someone else's account (reset or reactivation)."""

    def __init__(self, title: str, intro: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.intro = QLabel(intro)
        self.intro.setWordWrap(True)
        self.password = _password_field()
        self.repeat = _password_field()
        self.must_change = QCheckBox(self.tr("The person chooses their own password at the "
                                             "next login"))
        self.must_change.setChecked(True)
        self.error = _error_label()
        form = QFormLayout()
        form.addRow(self.tr("New &password:"), self.password)
        form.addRow(self.tr("Password a&gain:"), self.repeat)
        form.addRow("", self.must_change)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self._check)
        self.buttons.rejected.connect(self.reject)
        self.setMinimumWidth(480)
        self.apply = None  # set by the page: the service call, given password, must_change

    def _check(self) -> None:
        if self.password.text() != self.repeat.text():
            self.error.setText(problems_text([FieldError("password", "mismatch", "")]))
            self.repeat.setFocus()
            return
        assert self.apply is not None
        try:
            self.apply(self.password.text(), self.must_change.isChecked())
        except ValidationError as exc:
            self.error.setText(problems_text(exc.errors))
            self.password.setFocus()
            return
        except (AccountError, PermissionDeniedError) as exc:
            self.error.setText(user_text(exc))
            return
        self.accept()


class RoleDialog(QDialog):
    def __init__(self, account: AccountRow, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Change the role"))
        intro = QLabel(self.tr("Role of %1 (%2):").replace("%1", account.full_name)
                       .replace("%2", account.username))
        intro.setWordWrap(True)
        self.role = QComboBox()
        for r in ROLES:
            self.role.addItem(role_name(r), r)
        self.role.setCurrentIndex(max(0, self.role.findData(account.role)))
        intro.setBuddy(self.role)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.role)
        layout.addWidget(buttons)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.role.setFocus()


class AccountsPage(QWidget):
    COLUMNS = 5

    def __init__(self, store: Store, login: object, user: UserRow,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.service = AccountService(store, login.keyring, login.db_key,  # type: ignore[attr-defined]
                                      user.id)
        self.user = user
        self.accounts: list[AccountRow] = []
        self.heading = QLabel()
        heading(self.heading, 3)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.table = QTableWidget(0, self.COLUMNS)
        read_only_table(self.table)
        self.table.setAlternatingRowColors(True)
        self.add_button = QPushButton()
        self.role_button = QPushButton()
        self.password_button = QPushButton()
        self.active_button = QPushButton()
        self.recovery_button = QPushButton()
        self.recovery_button.setObjectName("newRecoveryCode")
        self.recovery_button.setVisible(self.service.may_manage())
        buttons = QHBoxLayout()
        for b in (self.add_button, self.role_button, self.password_button, self.active_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.recovery_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.hint)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(self.add)
        self.role_button.clicked.connect(self.change_role)
        self.password_button.clicked.connect(self.reset_password)
        self.active_button.clicked.connect(self.toggle_active)
        self.recovery_button.clicked.connect(self.new_recovery_code)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemActivated.connect(lambda _item: self.change_role())
        add = QShortcut(QKeySequence(Qt.Key.Key_Insert), self)
        add.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        add.activated.connect(self.add)
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Accounts"))
        self.hint.setText(self.tr(
            "Each person logs in with their own account; the role decides what they see "
            "and may do. A new account gets a temporary password, which its owner "
            "replaces at the first login. A deactivated account can no longer log in; its "
            "records keep the name."))
        self.table.setHorizontalHeaderLabels([
            self.tr("Full name"), self.tr("User name"), self.tr("Role"), self.tr("State"),
            self.tr("Last login")])
        self.add_button.setText(self.tr("&New account… (Ins)"))
        self.role_button.setText(self.tr("Change &role…"))
        self.password_button.setText(self.tr("Reset pass&word…"))
        self.recovery_button.setText(self.tr("New re&covery code…"))
        self.recovery_button.setToolTip(self.tr(
            "The old recovery code stops working; the new one is shown once"))
        self._update_buttons()

    # -- the list --

    def state_text(self, a: AccountRow) -> str:
        if not a.active:
            return self.tr("deactivated")
        if a.locked_until is not None:
            return self.tr("locked until %1").replace(
                "%1", show_time(a.locked_until))
        if not a.has_password:
            return self.tr("no password yet")
        if a.must_change_password:
            return self.tr("active, must choose a password")
        return self.tr("active")

    def refresh(self, select_id: str | None = None) -> None:
        current = self.current()
        select_id = select_id or (current.id if current else None)
        self.accounts = self.service.accounts()
        self.table.setRowCount(len(self.accounts))
        for row, a in enumerate(self.accounts):
            last = show_date_time(a.last_login_at) or "—"
            for col, text in enumerate((a.full_name, a.username, role_name(a.role),
                                        self.state_text(a), last)):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, a.id)
                if not a.active:
                    item.setForeground(Qt.GlobalColor.gray)
                self.table.setItem(row, col, item)
            if a.id == select_id:
                self.table.selectRow(row)
        if self.table.currentRow() < 0 and self.accounts:
            self.table.selectRow(0)
        self._update_buttons()

    def current(self) -> AccountRow | None:
        row = self.table.currentRow()
        if 0 <= row < len(self.accounts) and self.table.selectedItems():
            return self.accounts[row]
        return None

    def _update_buttons(self) -> None:
        a = self.current()
        self.role_button.setEnabled(a is not None and a.active)
        self.password_button.setEnabled(a is not None and a.active)
        self.active_button.setEnabled(a is not None and a.id != self.user.id)
        self.active_button.setText(self.tr("Re&activate…") if a is not None and not a.active
                                   else self.tr("&Deactivate…"))

    # -- changes --

    def _refused(self, exc: Exception) -> None:
        msgbox.warn(self, self.tr("Not changed"), user_text(exc))

    def add(self) -> None:
        dialog = AccountDialog(self.service, self)
        if dialog.exec() and dialog.created is not None:
            self.refresh(dialog.created.id)
        self.table.setFocus()

    def change_role(self) -> None:
        a = self.current()
        if a is None or not a.active:
            return
        dialog = RoleDialog(a, self)
        if dialog.exec():
            try:
                self.service.set_role(a.id, str(dialog.role.currentData()))
            except (AccountError, PermissionDeniedError, ValidationError) as exc:
                self._refused(exc)
            self.refresh(a.id)
        self.table.setFocus()

    def reset_password(self) -> None:
        a = self.current()
        if a is None or not a.active:
            return
        dialog = PasswordDialog(
            self.tr("Reset the password"),
            self.tr("A new password for %1 (%2). Tell it to them in person; it also ends "
                    "a lockout.").replace("%1", a.full_name).replace("%2", a.username), self)
        dialog.apply = lambda pw, must: self.service.reset_password(a.id, pw, must_change=must)
        if dialog.exec():
            self.refresh(a.id)
        self.table.setFocus()

    def toggle_active(self) -> None:
        a = self.current()
        if a is None or a.id == self.user.id:
            return
        if a.active:
            answer = msgbox.ask(
                self, self.tr("Deactivate the account?"),
                self.tr("%1 (%2) will no longer be able to log in. Their records keep "
                        "their name.").replace("%1", a.full_name).replace("%2", a.username),
                default=msgbox.Button.No)
            if answer != msgbox.Button.Yes:
                return
            try:
                self.service.deactivate(a.id)
            except (AccountError, PermissionDeniedError) as exc:
                self._refused(exc)
        else:
            dialog = PasswordDialog(
                self.tr("Reactivate the account"),
                self.tr("%1 (%2) can log in again with this password.").replace(
                    "%1", a.full_name).replace("%2", a.username), self)
            dialog.apply = lambda pw, must: self.service.reactivate(a.id, pw, must_change=must)
            dialog.exec()
        self.refresh(a.id)
        self.table.setFocus()

    def new_recovery_code(self) -> None:
        """The printed code may have been seen or is lost: a new one replaces it."""
        make_new_recovery_code(self.service, self)
        self.table.setFocus()
