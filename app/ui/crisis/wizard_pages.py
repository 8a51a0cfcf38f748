"""The pages of the crisis questionnaire's wizard (app/ui/crisis/wizard.py) and the
answer widgets they are made of.

One page class per page role of the questionnaire (app/resources/questionnaires):
questions, danger, emergency numbers, indicators, consent; and the last page, of code:
the referral proposal. Each page checks its own answers.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from app.forms.fields import Checklist
from app.models import countries
from app.models import questionnaire as qn
from app.models.crisis import ANONYMOUS, NAMED
from app.services.crisis.rules import recorded_consent
from app.services.crisis.types import CONSENT_BY, CrisisReferralInput
from app.ui.widgets.datefield import DateField, date_problem
from app.ui.widgets.style import ERROR_RED, heading

if TYPE_CHECKING:
    from app.services.contacts.service import UserRow
    from app.services.crisis.service import CrisisService


class WizardHost(Protocol):
    """What the pages use of the wizard that holds them (app.ui.crisis.wizard.CrisisWizard): its
    answers and their draft, the questionnaire and where it goes next, and finishing."""

    lang: str
    crisis: CrisisService
    questionnaire: qn.Questionnaire
    answers: dict[str, Any]
    answered: bool
    texts: dict[str, str]
    users: list[UserRow]
    frequent_countries: list[str]
    restored_referrals: list[CrisisReferralInput] | None

    def set_answer(self, qid: str, value: Any) -> None: ...

    def next_after(self, page_id: str) -> int: ...

    def schedule_draft(self, *_args: Any) -> None: ...

    def finish(self, referrals: list[CrisisReferralInput]) -> str | None: ...

log = logging.getLogger("app.ui")

CODE_ROLE = Qt.ItemDataRole.UserRole
NOTICE_STYLE = ("QLabel#traffickingNotice { background: #f8d7da; color: #58151c; padding: 6px;"
                " border: 1px solid #f1aeb5; border-radius: 3px; font-weight: bold; }")
DANGER_STYLE = ("QLabel#emergencyNumber { background: #f8d7da; color: #58151c; padding: 8px;"
                f" border: 2px solid {ERROR_RED}; border-radius: 4px; }}")
ERROR_STYLE = f"QLabel#pageErrors {{ color: {ERROR_RED}; font-weight: bold; }}"
LABEL_WRAP = 60  # characters: a question label longer than this wraps


@dataclass
class Hints:
    """What the contact form already knows, offered as first answers."""

    country: str | None = None
    caller_role: str | None = None
    gender: str | None = None
    age_group: str | None = None


# -- answer widgets ------------------------------------------------------------------------


def option_checklist(options: list[tuple[str, str]]) -> Checklist:
    """Options to tick: the one checklist of the forms, 18 rows before it scrolls."""
    return Checklist(options, rows=18)


class OptionCombo(QComboBox):
    """One choice among options; typing selects, "—" is no answer."""

    def __init__(self, options: list[tuple[str, str]], parent: QWidget | None = None):
        super().__init__(parent)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        # Wide enough for the longest answer when the page has room; never wider.
        longest = max((len(label) for _code, label in options), default=0)
        self.setMinimumContentsLength(max(24, min(longest, 48)))
        self.addItem("—", None)
        for code, label in options:
            self.addItem(label, code)

    def code(self) -> str | None:
        value = self.currentData()
        return str(value) if value is not None else None

    def set_code(self, code: str | None) -> None:
        self.setCurrentIndex(max(self.findData(code), 0))


def country_options(lang: str, first: list[str]) -> list[tuple[str, str]]:
    seen = [c for c in dict.fromkeys(first) if countries.is_valid(c)
            and c != countries.UNDEFINED]
    rest = [(c, n) for c, n in countries.names(lang) if c not in seen]
    return [(c, countries.name(c, lang)) for c in seen] + rest + [
        (countries.UNDEFINED, countries.name(countries.UNDEFINED, lang))]


# -- pages -----------------------------------------------------------------------------------


class QuestionPage(QWizardPage):
    """A page of the questionnaire's questions; checks its own answers."""

    def __init__(self, wizard: WizardHost, page: qn.Page):
        super().__init__()
        self.wiz = wizard
        self.page_def = page
        self.lang = wizard.lang
        self.setTitle(page.title.get(self.lang))
        if page.subtitle:
            self.setSubTitle(page.subtitle.get(self.lang))
        self.widgets: dict[str, QWidget] = {}
        self.labels: dict[str, QLabel] = {}
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        for question in page.questions:
            widget = self._make(question)
            text = question.label.get(self.lang)
            label = QLabel(text if text.endswith(("?", ":", ")")) else text + ":")
            # Only a long question wraps: a wrapped label gets the field's height, one
            # line, and a short question cut in two is then cut off.
            label.setWordWrap(len(text) > LABEL_WRAP)
            label.setBuddy(widget)
            if question.help:
                widget.setToolTip(question.help.get(self.lang))
            self.widgets[question.id] = widget
            self.labels[question.id] = label
            self.form.addRow(label, widget)
        self.notice = QLabel()
        self.notice.setObjectName("traffickingNotice")
        self.notice.setStyleSheet(NOTICE_STYLE)
        self.notice.setWordWrap(True)
        self.notice.hide()
        self.errors = QLabel()
        self.errors.setObjectName("pageErrors")
        self.errors.setStyleSheet(ERROR_STYLE)
        self.errors.setWordWrap(True)
        self.errors.hide()
        self.top = QVBoxLayout()
        body = QWidget()
        inner = QVBoxLayout(body)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addLayout(self.top)
        inner.addLayout(self.form)
        inner.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.notice)
        layout.addWidget(self.errors)
        self._loading = False

    # -- widgets --

    def _options(self, question: qn.Question) -> list[tuple[str, str]]:
        return [(o.code, o.label.get(self.lang)) for o in question.options]

    def _make(self, question: qn.Question) -> QWidget:
        qid = question.id
        if question.type == "single":
            combo = OptionCombo(self._options(question))
            combo.currentIndexChanged.connect(lambda _i, q=qid, w=combo: self.set_answer(
                q, w.code()))
            return combo
        if question.is_list:
            checklist = option_checklist(self._options(question))
            checklist.changed.connect(lambda q=qid, w=checklist: self.set_answer(q, w.codes()))
            return checklist
        if question.type == "country":
            country = OptionCombo(country_options(self.lang, self.wiz.frequent_countries))
            country.currentIndexChanged.connect(lambda _i, q=qid, w=country: self.set_answer(
                q, w.code()))
            return country
        if question.type == "textarea":
            area = QPlainTextEdit()
            area.setTabChangesFocus(True)
            area.setMinimumHeight(70)
            area.setMaximumHeight(120)
            area.textChanged.connect(lambda q=qid, w=area: self.set_answer(
                q, w.toPlainText()))
            return area
        line = QLineEdit()
        line.setMaxLength(question.max_length)
        line.textChanged.connect(lambda text, q=qid: self.set_answer(q, text))
        return line

    def _show(self, question: qn.Question, value: Any) -> None:
        widget = self.widgets[question.id]
        if isinstance(widget, OptionCombo):
            widget.set_code(value)
        elif isinstance(widget, Checklist):
            widget.set_codes(list(value or []), quiet=True)
        elif isinstance(widget, QPlainTextEdit):
            widget.setPlainText(str(value or ""))
        elif isinstance(widget, QLineEdit):
            widget.setText(str(value or ""))

    # -- answers --

    def show_answer(self, qid: str) -> None:
        """Show an answer the wizard set itself (a directory entry copied)."""
        self._loading = True
        self._show(self.wiz.questionnaire.questions[qid], self.wiz.answers.get(qid))
        self._loading = False

    def set_answer(self, qid: str, value: Any) -> None:
        if self._loading:
            return
        self.wiz.answered = True
        self.wiz.set_answer(qid, value)
        self.update_visibility()
        self.update_notice()

    def initializePage(self) -> None:
        self._loading = True
        answers = self.wiz.answers
        implied = self.wiz.questionnaire.implied(answers)
        for question in self.page_def.questions:
            value = answers.get(question.id)
            if value is None and question.is_list and implied.get(question.id):
                value = list(implied[question.id])
                self.wiz.set_answer(question.id, value)
            self._show(question, value)
        self._loading = False
        self.errors.hide()
        self.update_visibility()
        self.update_notice()
        self.focus_first()

    def focus_first(self) -> None:
        for question in self.page_def.questions:
            widget = self.widgets[question.id]
            if widget.isVisibleTo(self):
                QTimer.singleShot(0, widget.setFocus)
                widget.setFocus()
                return

    def update_visibility(self) -> None:
        q = self.wiz.questionnaire
        for question in self.page_def.questions:
            shown = q.holds(question.when, self.wiz.answers)
            self.form.setRowVisible(self.widgets[question.id], shown)

    def update_notice(self) -> None:
        assessment = self.wiz.questionnaire.assess(self.wiz.answers)
        if assessment.possible_trafficking and self.page_def.role in ("indicators", "consent"):
            reasons = "; ".join(r.label.get(self.lang) for r in assessment.fired)
            # Explicit context: subclasses share these texts.
            self.notice.setText(QCoreApplication.translate(
                "QuestionPage", "Possible trafficking: %1. The social-work specialist and the "
                "infoline manager will be proposed.").replace("%1", reasons))
            self.notice.show()
        else:
            self.notice.hide()

    def message_for(self, error: qn.AnswerError) -> str:
        question = self.wiz.questionnaire.questions[error.question]
        name = question.label.get(self.lang)
        if error.problem == "required":
            return QCoreApplication.translate("QuestionPage", "%1: required").replace("%1", name)
        if error.problem == "too_long":
            return QCoreApplication.translate("QuestionPage", "%1: too long").replace("%1", name)
        return QCoreApplication.translate("QuestionPage", "%1: not a valid answer").replace(
            "%1", name)

    def validatePage(self) -> bool:
        errors = self.wiz.questionnaire.page_errors(self.page_def, self.wiz.answers)
        if not errors:
            self.errors.hide()
            return True
        self.errors.setText("; ".join(self.message_for(e) for e in errors))
        self.errors.show()
        self.widgets[errors[0].question].setFocus()
        return False

    def nextId(self) -> int:
        return self.wiz.next_after(self.page_def.id)


class DangerPage(QuestionPage):
    """Always first: is the person in danger, can they speak, where are they."""

    def __init__(self, wizard: WizardHost, page: qn.Page):
        super().__init__(wizard, page)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.top.addWidget(self.hint)

    def update_notice(self) -> None:
        super().update_notice()
        if self.wiz.answers.get("in_danger") == "yes":
            self.hint.setText(self.tr("In danger: the next page gives the emergency guidance "
                                      "first."))
            self.hint.setStyleSheet(f"color: {ERROR_RED}; font-weight: bold;")
        else:
            self.hint.setText(self.tr("Ask these three things first. Enter goes on."))
            self.hint.setStyleSheet("")


class EmergencyPage(QuestionPage):
    """Shown at once when the person is in danger: the number to call, the embassy,
    the general advice."""

    def __init__(self, wizard: WizardHost, page: qn.Page):
        super().__init__(wizard, page)
        self.number = QLabel()
        self.number.setObjectName("emergencyNumber")
        self.number.setStyleSheet(DANGER_STYLE)
        self.number.setWordWrap(True)
        self.number.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        heading(self.number, 3)
        self.missions = QLabel()
        self.missions.setWordWrap(True)
        self.missions.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.advice = QLabel()
        self.advice.setWordWrap(True)
        self.top.addWidget(self.number)
        self.top.addWidget(self.missions)
        self.top.addWidget(self.advice)

    def initializePage(self) -> None:
        country = self.wiz.answers.get("country")
        info = self.wiz.crisis.emergency_info(country, self.lang)
        name = countries.name(country, self.lang) if country else ""
        if info is not None and info.numbers:
            self.number.setText(self.tr("Emergency number in %1: %2").replace(
                "%1", name).replace("%2", info.numbers))
        else:
            self.number.setText(self.tr("No emergency number known for %1: in Europe and "
                                        "many other countries 112 works.").replace(
                "%1", name or self.tr("this country")))
        missions = info.missions if info is not None else ()
        if missions:
            self.missions.setText(self.tr("Embassy of Belarus:") + "\n" + "\n".join(missions))
        else:
            self.missions.setText(self.tr("Embassy of Belarus: see the directory of contacts "
                                          "abroad."))
        advice = self.wiz.questionnaire.emergency_advice
        self.advice.setText("\n".join(f"• {a.get(self.lang)}" for a in advice))
        super().initializePage()


class IndicatorsPage(QuestionPage):
    """Trafficking indicators (HTCDS codes), with the live "possible trafficking" notice."""


class ConsentPage(QuestionPage):
    """Needs and consent per referral target; proposed targets come first."""

    def __init__(self, wizard: WizardHost, page: qn.Page):
        super().__init__(wizard, page)
        self.anonymous_hint = QLabel()
        self.anonymous_hint.setWordWrap(True)
        self.anonymous_hint.setStyleSheet("color: #664d03;")
        self.form.addRow(self.anonymous_hint)

    def initializePage(self) -> None:
        consent = self.wiz.questionnaire.consent_question()
        proposed = [r.target for r in self.wiz.crisis.propose(
            self.wiz.answers, version=self.wiz.questionnaire.version, lang=self.lang)
            if r.target]
        options = [(o.code, o.label.get(self.lang)) for o in consent.options]
        ordered = sorted(options, key=lambda o: (o[0] not in proposed,
                                                 proposed.index(o[0]) if o[0] in proposed
                                                 else 0))
        marked = [(code, self.tr("%1 (proposed)").replace("%1", label) if code in proposed
                   else label) for code, label in ordered]
        widget = self.widgets[consent.id]
        assert isinstance(widget, Checklist)
        widget.set_options(marked)
        super().initializePage()
        self._update_hint()

    def set_answer(self, qid: str, value: Any) -> None:
        super().set_answer(qid, value)
        self._update_hint()

    def _update_hint(self) -> None:
        given = self.wiz.answers.get(self.wiz.questionnaire.consent_question().id) or []
        if given and not self.wiz.answers.get(CONSENT_BY):
            self.anonymous_hint.setText(self.wiz.texts["giver_missing"])
        elif given:
            self.anonymous_hint.setText(self.tr(
                "Targets not ticked get anonymous advice only, without the person's data."))
        else:
            self.anonymous_hint.setText(self.tr(
                "No consent: every referral will be anonymous advice only, and that is "
                "recorded."))


class ReferralRowWidgets:
    """The controls of one proposed referral on the last page."""

    def __init__(self, page: ReferralPage, referral: CrisisReferralInput, consent: set[str]):
        wiz = page.wiz
        tax = wiz.crisis.tax
        self.referral = referral
        if referral.target is None:
            title = page.texts["follow_up"]
        else:
            title = tax["referral_target"].label(referral.target, page.lang)
        self.include = QCheckBox(title)
        self.include.setChecked(True)
        self.mode = QComboBox()
        self.owner = QComboBox()
        self.due = DateField(referral.due_at, with_time=True)
        self.action = QLineEdit(referral.action)
        self.action.setMaxLength(2000)
        self.action.setCursorPosition(0)
        if referral.target is None:
            self.mode.addItem(page.texts["own_call"], ANONYMOUS)
            self.mode.setEnabled(False)
        else:
            for code in (NAMED, ANONYMOUS):
                self.mode.addItem(tax["referral_mode"].label(code, page.lang), code)
            mode = referral.mode
            if referral.target not in consent:
                # Without consent a named referral is impossible: the choice is disabled.
                model = self.mode.model()
                assert isinstance(model, QStandardItemModel)
                item = model.item(0)
                item.setEnabled(False)
                item.setToolTip(page.texts["no_consent"])
                mode = ANONYMOUS  # a draft's named referral whose consent is gone
            self.mode.setCurrentIndex(self.mode.findData(mode))
        self.owner.addItem("—", None)
        for user in wiz.users:
            self.owner.addItem(user.full_name, user.id)
        self.owner.setCurrentIndex(max(self.owner.findData(referral.owner_id), 0))
        self.mode.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.owner.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.owner.setMinimumContentsLength(16)
        self.action.setMinimumWidth(160)

    def widgets(self) -> list[QWidget]:
        return [self.include, self.mode, self.owner, self.due, self.action]

    def value(self) -> CrisisReferralInput:
        r = self.referral
        due = self.due.last_good()
        assert isinstance(due, datetime)
        return CrisisReferralInput(
            target=r.target, due_at=due,
            mode=str(self.mode.currentData()), action=self.action.text(),
            owner_id=self.owner.currentData(), organisation=r.organisation,
            proposed=r.proposed, rules=list(r.rules))


class ReferralPage(QWizardPage):
    """Last: the referrals the rules propose, to confirm or change; Finish saves."""

    def __init__(self, wizard: WizardHost):
        super().__init__()
        self.wiz = wizard
        self.lang = wizard.lang
        self.rows: list[ReferralRowWidgets] = []
        self.texts: dict[str, str] = {}
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.notice = QLabel()
        self.notice.setObjectName("traffickingNotice")
        self.notice.setStyleSheet(NOTICE_STYLE)
        self.notice.setWordWrap(True)
        self.consent_note = QLabel()
        self.consent_note.setObjectName("consentNote")
        self.consent_note.setWordWrap(True)
        self.consent_note.setStyleSheet("color: #664d03;")
        self.consent_note.hide()
        self.grid = QGridLayout()
        self.grid_host = QWidget()
        host = QVBoxLayout(self.grid_host)
        host.setContentsMargins(0, 0, 0, 0)
        host.addLayout(self.grid)
        host.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.grid_host)
        self.add_target = QComboBox()
        self.add_button = QPushButton()
        self.add_button.setAutoDefault(False)
        add_row = QHBoxLayout()
        self.add_label = QLabel()
        self.add_label.setBuddy(self.add_target)
        add_row.addWidget(self.add_label)
        add_row.addWidget(self.add_target, 1)
        add_row.addWidget(self.add_button)
        self.errors = QLabel()
        self.errors.setObjectName("pageErrors")
        self.errors.setStyleSheet(ERROR_STYLE)
        self.errors.setWordWrap(True)
        self.errors.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.notice)
        layout.addWidget(self.consent_note)
        layout.addWidget(scroll, 1)
        layout.addLayout(add_row)
        layout.addWidget(self.errors)
        self.add_button.clicked.connect(self._add_clicked)
        self.setFinalPage(True)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Referrals: who acts, and by when"))
        self.setSubTitle(self.tr("Proposed from the answers. Untick, change the owner or the "
                                 "time, or add one. Finish saves the contact and opens the "
                                 "case."))
        self.add_label.setText(self.tr("&Add a referral to:"))
        self.texts = {
            "follow_up": self.tr("Follow-up call"),
            "own_call": self.tr("Our own call"),
            "no_consent": self.tr("No consent to pass the person's data to this target"),
        }
        self.add_button.setText(self.tr("Add"))

    def consent(self) -> set[str]:
        """The targets with a recorded consent: ticked, and who gave it answered."""
        return recorded_consent(self.wiz.questionnaire, self.wiz.answers)

    def initializePage(self) -> None:
        q = self.wiz.questionnaire
        tax = self.wiz.crisis.tax
        assessment = q.assess(self.wiz.answers)
        danger = tax["danger_level"].label(assessment.danger, self.lang)
        crisis_type = tax["crisis_type"].label(self.wiz.answers.get("crisis_type"), self.lang)
        self.summary.setText(self.tr("%1 · danger: %2").replace("%1", crisis_type).replace(
            "%2", danger))
        if assessment.possible_trafficking:
            self.notice.setText(self.tr("Possible trafficking: %1.").replace(
                "%1", "; ".join(r.label.get(self.lang) for r in assessment.fired)))
            self.notice.show()
        else:
            self.notice.hide()
        referrals = self.wiz.restored_referrals
        if referrals is None:
            referrals = self.wiz.crisis.propose(self.wiz.answers, version=q.version,
                                                lang=self.lang)
        self.wiz.restored_referrals = None
        ticked = self.wiz.answers.get(q.consent_question().id)
        self.consent_note.setVisible(bool(ticked) and not self.consent())
        self.consent_note.setText(self.wiz.texts["giver_missing"])
        self.set_referrals(referrals)
        self.add_target.clear()
        for c in tax["referral_target"].active():
            self.add_target.addItem(c.label(self.lang), c.code)
        self.add_target.addItem(self.tr("Follow-up call"), None)
        self.errors.hide()
        if self.rows:
            self.rows[0].include.setFocus()

    def set_referrals(self, referrals: list[CrisisReferralInput]) -> None:
        for row in self.rows:
            for w in row.widgets():
                self.grid.removeWidget(w)
                w.deleteLater()
        self.rows = []
        # Each referral: its title on a line of its own, its controls on the next, under
        # these headers; so long titles and choices never push the last column away.
        headers = (self.tr("Data passed"), self.tr("Owner"), self.tr("Due"),
                   self.tr("What to do"))
        if self.grid.itemAtPosition(0, 0) is None:
            for col, text in enumerate(headers):
                head = QLabel(f"<b>{text}</b>")
                self.grid.addWidget(head, 0, col)
        consent = self.consent()
        for referral in referrals:
            self._append(ReferralRowWidgets(self, referral, consent))
        self.grid.setColumnStretch(3, 1)

    def _append(self, row: ReferralRowWidgets) -> None:
        r = 2 * len(self.rows) + 1
        self.grid.addWidget(row.include, r, 0, 1, 4)
        for col, w in enumerate(row.widgets()[1:]):
            self.grid.addWidget(w, r + 1, col)
        row.mode.currentIndexChanged.connect(self.wiz.schedule_draft)
        row.include.toggled.connect(self.wiz.schedule_draft)
        row.due.changed.connect(self.wiz.schedule_draft)
        row.owner.currentIndexChanged.connect(self.wiz.schedule_draft)
        row.action.textChanged.connect(self.wiz.schedule_draft)
        self.rows.append(row)

    def _add_clicked(self) -> None:
        target = self.add_target.currentData()
        due = datetime.now(UTC).replace(microsecond=0)
        referral = CrisisReferralInput(target=target, due_at=due + timedelta(days=1),
                                 mode=NAMED if target in self.consent() else ANONYMOUS,
                                 owner_id=self.wiz.crisis.owner_for(target), proposed=False)
        row = ReferralRowWidgets(self, referral, self.consent())
        self._append(row)
        row.include.setFocus()
        self.wiz.schedule_draft()

    def referrals(self) -> list[CrisisReferralInput]:
        return [row.value() for row in self.rows if row.include.isChecked()]

    def all_referrals(self) -> list[CrisisReferralInput]:
        return [row.value() for row in self.rows]

    def validatePage(self) -> bool:
        problem = date_problem(self)
        if problem is not None:
            self._error(problem)
            return False
        referrals = self.referrals()
        for i, r in enumerate(referrals):
            if r.mode == NAMED and r.target is not None and r.target not in self.consent():
                label = self.wiz.crisis.tax["referral_target"].label(r.target, self.lang)
                self._error(self.tr("%1: no consent to pass the person's data. Only anonymous "
                                    "advice is possible.").replace("%1", label))
                self.rows[i].mode.setFocus()
                return False
        problem = self.wiz.finish(referrals)
        if problem:
            self._error(problem)
            return False
        return True

    def _error(self, text: str) -> None:
        self.errors.setText(text)
        self.errors.show()

    def nextId(self) -> int:
        return -1
