"""The small dialogs of the crisis page: a reason or a note, closing a case, a referral
or follow-up added later, a follow-up contact."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.models.crisis import ANONYMOUS, NAMED
from app.services.contacts.service import ContactInput, UserRow
from app.services.crisis.service import CrisisService
from app.services.crisis.types import CrisisReferralInput
from app.ui.widgets.datefield import DateField, date_problem


class ReasonDialog(QDialog):
    """A text the change needs (why a referral was declined, a note)."""

    def __init__(self, title: str, prompt: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.text = QPlainTextEdit()
        self.text.setTabChangesFocus(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        label = QLabel(prompt)
        label.setWordWrap(True)
        layout.addWidget(label)
        layout.addWidget(self.text)
        layout.addWidget(buttons)

    def value(self) -> str:
        return self.text.toPlainText().strip()


class CloseDialog(QDialog):
    def __init__(self, crisis: CrisisService, lang: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Close the case"))
        self.reason = QComboBox()
        for c in crisis.tax["crisis_closure_reason"].active():
            self.reason.addItem(c.label(lang), c.code)
        self.note = QPlainTextEdit()
        self.note.setTabChangesFocus(True)
        form = QFormLayout(self)
        form.addRow(self.tr("&Reason:"), self.reason)
        form.addRow(self.tr("&Note:"), self.note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)


class ReferralDialog(QDialog):
    """A referral or follow-up added to a case after it was opened."""

    def __init__(self, crisis: CrisisService, lang: str, users: list[UserRow],
                 consent: set[str], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add a referral"))
        self.crisis = crisis
        self.target = QComboBox()
        for c in crisis.tax["referral_target"].active():
            self.target.addItem(c.label(lang), c.code)
        self.target.addItem(self.tr("Follow-up call"), None)
        self.mode = QComboBox()
        for code in (NAMED, ANONYMOUS):
            self.mode.addItem(crisis.tax["referral_mode"].label(code, lang), code)
        self.consent = consent
        self.owner = QComboBox()
        self.owner.addItem("—", None)
        for u in users:
            self.owner.addItem(u.full_name, u.id)
        tomorrow = datetime.now(UTC).replace(second=0, microsecond=0) + timedelta(days=1)
        self.due = DateField(tomorrow, with_time=True)
        self.action = QLineEdit()
        self.organisation = QLineEdit()
        form = QFormLayout(self)
        form.addRow(self.tr("&To:"), self.target)
        form.addRow(self.tr("&Data passed:"), self.mode)
        form.addRow(self.tr("&Owner:"), self.owner)
        form.addRow(self.tr("D&ue:"), self.due)
        form.addRow(self.tr("&What to do:"), self.action)
        form.addRow(self.tr("Or&ganisation:"), self.organisation)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.target.currentIndexChanged.connect(self._target_changed)
        self._target_changed()

    def _target_changed(self) -> None:
        target = self.target.currentData()
        allowed = target is not None and target in self.consent
        self.mode.setCurrentIndex(self.mode.findData(NAMED if allowed else ANONYMOUS))
        self.mode.setEnabled(allowed)
        self.owner.setCurrentIndex(max(self.owner.findData(self.crisis.owner_for(target)), 0))

    def accept(self) -> None:
        if date_problem(self) is None:
            super().accept()

    def value(self) -> CrisisReferralInput:
        due = self.due.value()
        assert isinstance(due, datetime)
        return CrisisReferralInput(
            target=self.target.currentData(), mode=str(self.mode.currentData()),
            due_at=due,
            action=self.action.text(), owner_id=self.owner.currentData(),
            organisation=self.organisation.text(), proposed=False)


class FollowUpDialog(QDialog):
    """A later contact about the case: the person calls again, or we call back."""

    def __init__(self, crisis: CrisisService, lang: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Follow-up contact"))
        self.channel = QComboBox()
        for c in crisis.tax["channel"].active():
            self.channel.addItem(c.label(lang), c.code)
        self.started = DateField(datetime.now(UTC).replace(second=0, microsecond=0),
                                 with_time=True)
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        form = QFormLayout(self)
        form.addRow(self.tr("C&hannel:"), self.channel)
        form.addRow(self.tr("Date and &time:"), self.started)
        form.addRow(self.tr("&Notes:"), self.notes)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def accept(self) -> None:
        if date_problem(self) is None:
            super().accept()

    def value(self) -> ContactInput:
        started = self.started.value()
        assert isinstance(started, datetime)
        return ContactInput(channel=str(self.channel.currentData()), started_at=started,
                            notes=self.notes.toPlainText())
