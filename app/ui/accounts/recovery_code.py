"""The recovery code, shown once: at set-up (app/ui/login.py) and when an administrator
makes a new one on the Accounts page (app/ui/accounts/recovery.py).

Light on purpose: the login screen imports it before the database layer is loaded.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.ui.widgets.style import MUTED_GREY, heading


class RecoveryCodeDialog(QDialog):
    """The recovery code, shown once: it opens the database when every password is
    lost. The dialog closes only after the user confirms they wrote it down."""

    def __init__(self, code: str, db_path: Path, parent: QWidget | None = None, *,
                 replaced: bool = False):
        super().__init__(parent)
        self.code = code
        self.db_path = db_path
        self.replaced = replaced  # made on the Accounts page: the old one no longer works
        self.setObjectName("recoveryCodeDialog")
        self.heading = QLabel()
        heading(self.heading, 4)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.code_label = QLabel(code)
        self.code_label.setObjectName("recoveryCode")
        self.code_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.code_label.font()
        font.setFamily("monospace")
        font.setStyleHint(font.StyleHint.Monospace)
        font.setPointSize(font.pointSize() + 6)
        font.setBold(True)
        self.code_label.setFont(font)
        self.code_label.setStyleSheet(f"padding: 12px; border: 2px dashed {MUTED_GREY};")
        self.print_button = QPushButton()
        self.print_button.setAutoDefault(False)
        self.confirm = QCheckBox()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addWidget(self.code_label)
        layout.addWidget(self.print_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.confirm)
        layout.addWidget(self.buttons)
        self.confirm.toggled.connect(self.ok_button.setEnabled)
        self.buttons.accepted.connect(self.accept)
        self.print_button.clicked.connect(self.print_code)
        self.retranslate()
        self.setMinimumWidth(560)
        self.confirm.setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Recovery code"))
        self.heading.setText(self.tr("Write down the recovery code"))
        intro = self.tr(
            "If every administrator's password is lost, this code is the only way into "
            "the database. It is shown now and never again. Write it down or print it, "
            "and keep it locked away from the computer.")
        if self.replaced:
            intro = self.tr("The old recovery code no longer works; destroy it.") + " " + intro
        self.intro.setText(intro)
        self.print_button.setText(self.tr("&Print…"))
        self.confirm.setText(self.tr("I have &written down or printed the code"))
        self.ok_button.setText(self.tr("&Continue"))

    def reject(self) -> None:
        # Esc does not skip the code: it is never shown again.
        if self.confirm.isChecked():
            super().reject()

    def print_code(self) -> None:
        from PySide6.QtGui import QTextDocument
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter()
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        doc = QTextDocument()
        doc.setPlainText("\n".join([
            self.tr("Infoline Desk — recovery code"), "", str(self.db_path), "",
            self.code, "", self.intro.text()]))
        doc.print_(printer)
