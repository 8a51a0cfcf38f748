"""Reviewing one contact: the record read-only on the left, the rubric on the right.

Keyboard first: each criterion is one row that takes the focus; 0, 1 or 2 scores it
and N marks it not applicable, then the focus moves to the next row (Del clears, C
writes a comment, the arrow keys and Tab move). After the last criterion comes the
overall feedback; Ctrl+S saves a draft, Ctrl+Enter completes. What is typed is kept
in a local draft after every change, so a crash loses nothing.

A completed review opens read-only; "Correct…" turns it into a correction, saved as a
new version with its reason.
"""

from __future__ import annotations

import html
import logging
from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.forms.ui_review_dialog import Ui_ReviewDialog
from app.models import rubric as rubrics
from app.models.quality import COMMENT_MAX, FEEDBACK_MAX, REASON_MAX
from app.models.rubric import Criterion, Rubric, Score
from app.services.contacts.service import ConcurrentEditError, ContactService
from app.services.quality import REVIEW, QualityService, ReviewInput, ReviewRow
from app.services.validation import FieldError, ValidationError
from app.ui.quality.review_view import ContactView, ReviewReport, percent_text
from app.ui.widgets import msgbox
from app.ui.widgets.drafts import DraftKeeper
from app.ui.widgets.errors import error_label, show_errors
from app.ui.widgets.formatting import show_time
from app.ui.widgets.style import (
    ACCENT_BLUE,
    BORDER_GREY,
    BUTTON_BORDER,
    ERROR_RED,
    HINT_GREY,
    MUTED_GREY,
    OK_GREEN,
    PANEL_BACKGROUND,
    PARTLY_ORANGE,
    SECTION_BACKGROUND,
    SELECTED_BACKGROUND,
    WHITE,
    heading,
)

log = logging.getLogger("app.ui")

DRAFT_DEBOUNCE_MS = 400
SCORE_KEYS = {Qt.Key.Key_0: 0, Qt.Key.Key_1: 1, Qt.Key.Key_2: 2}
# The N and C keys whatever the layout: т and с are on them in the Russian and
# Belarusian layouts.
NA_TEXTS = {"n", "т"}
COMMENT_TEXTS = {"c", "с"}
INVALID = f"QFrame#criterion {{ border: 2px solid {ERROR_RED}; }}"
FOCUSED = (f"QFrame#criterion {{ background: {SELECTED_BACKGROUND};"
           f" border: 1px solid {ACCENT_BLUE}; }}")
PLAIN = "QFrame#criterion { border: 1px solid transparent; }"
SCORE_COLOURS: dict[Score, str] = {0: ERROR_RED, 1: PARTLY_ORANGE, 2: OK_GREEN,
                                   rubrics.NA: MUTED_GREY}
BUTTON_STYLE = (
    f"QToolButton {{{{ border: 1px solid {BUTTON_BORDER}; border-radius: 3px;"
    f" background: {WHITE}; padding: 2px 4px; }}}}"
    " QToolButton:checked {{ background: {colour}; border-color: {colour};"
    f" color: {WHITE}; font-weight: bold; }}}}")
BUTTON_WIDTH = 40


class CriterionRow(QFrame):
    """One criterion: its text, the four score buttons, an optional comment."""

    changed = Signal()
    scored = Signal()  # a score key was pressed: move on
    focused = Signal(object)  # this row has the focus (show its anchors)

    def __init__(self, number: str, criterion: Criterion, rubric: Rubric, lang: str,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.criterion = criterion
        self.setObjectName("criterion")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setStyleSheet(PLAIN)
        self.invalid = False
        self.text = QLabel(f"{number}  {criterion.text(lang)}")
        self.text.setWordWrap(True)
        self.text.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.group = QButtonGroup(self)
        self.group.setExclusive(False)
        self.buttons: dict[Score, QToolButton] = {}
        choices: list[Score] = [0, 1, 2]
        if criterion.na_allowed:
            choices.append(rubrics.NA)
        for value in choices:
            button = QToolButton()
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setText(self.tr("N/A") if value == rubrics.NA else str(value))
            button.setFixedWidth(BUTTON_WIDTH)
            button.setStyleSheet(BUTTON_STYLE.format(colour=SCORE_COLOURS[value]))
            button.setToolTip(f"{rubric.scale_label(value, lang)}: "
                              f"{criterion.anchor(value, lang)}")
            button.setAccessibleName(f"{button.text()}: {rubric.scale_label(value, lang)}")
            button.clicked.connect(lambda _c=False, v=value: self._clicked(v))
            self.buttons[value] = button
        self.comment = QLineEdit()
        self.comment.setMaxLength(COMMENT_MAX)
        self.comment.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.comment.setPlaceholderText(self.tr("Comment for the consultant (C)"))
        self.comment.setVisible(False)
        self.comment.textChanged.connect(lambda _t: self.changed.emit())
        self.comment.returnPressed.connect(self.setFocus)
        self.comment.installEventFilter(self)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.text, 1)
        for b in self.buttons.values():
            row.addWidget(b)
        if not criterion.na_allowed:  # keep the score columns aligned
            placeholder = QWidget()
            placeholder.setFixedWidth(BUTTON_WIDTH)
            row.addWidget(placeholder)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 3, 6, 3)
        layout.setSpacing(2)
        layout.addLayout(row)
        layout.addWidget(self.comment)
        self._score: Score | None = None
        # What a screen reader says on the row: what it scores, then its score and keys.
        self.setAccessibleName(self.text.text())
        self.comment.setAccessibleName(self.tr("Comment on %1").replace("%1", number))
        self._scale = {v: rubric.scale_label(v, lang) for v in choices}
        self._describe()

    def _describe(self) -> None:
        value = self._score
        shown = self.tr("not scored") if value is None else (
            f"{self.buttons[value].text()}, {self._scale[value]}")
        keys = "0, 1, 2, N" if self.criterion.na_allowed else "0, 1, 2"
        self.setAccessibleDescription(
            (self.tr("Needs a score. ") if self.invalid else "")
            + self.tr("Score: %1. Keys %2; C for a comment").replace(
                "%1", shown).replace("%2", keys))

    # -- value --

    def score(self) -> Score | None:
        return self._score

    def set_score(self, value: Score | None, emit: bool = True) -> None:
        if value is not None and value not in self.buttons:
            return
        self._score = value
        for v, b in self.buttons.items():
            b.setChecked(v == value)
        if value is not None:
            self.mark_invalid(False)
        self._describe()
        if emit:
            self.changed.emit()

    def comment_text(self) -> str:
        return self.comment.text().strip()

    def set_comment(self, text: str) -> None:
        self.comment.setText(text)
        self.comment.setVisible(bool(text))

    def mark_invalid(self, invalid: bool) -> None:
        self.invalid = invalid
        # Not by the red frame alone: a sign before the text, and the screen reader's word.
        label = self.accessibleName()
        self.text.setText(("⚠ " if invalid else "") + label)
        self._describe()
        self.setStyleSheet(FOCUSED if self.hasFocus() else INVALID if invalid else PLAIN)

    # -- keys --

    def _clicked(self, value: Score) -> None:
        self.set_score(None if self._score == value else value)
        self.setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        text = event.text().casefold()
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if modifiers != Qt.KeyboardModifier.NoModifier:
            super().keyPressEvent(event)
            return
        value: Score | None = None
        if key in SCORE_KEYS:
            value = SCORE_KEYS[Qt.Key(key)]
        elif text in ("0", "1", "2"):
            value = int(text)
        elif (key == Qt.Key.Key_N or text in NA_TEXTS) and self.criterion.na_allowed:
            value = rubrics.NA
        if value is not None:
            self.set_score(value)
            self.scored.emit()
            return
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.set_score(None)
            return
        if key == Qt.Key.Key_C or text in COMMENT_TEXTS:
            self.comment.setVisible(True)
            self.comment.setFocus()
            return
        if key == Qt.Key.Key_Down:
            self.focusNextChild()
            return
        if key == Qt.Key.Key_Up:
            self.focusPreviousChild()
            return
        super().keyPressEvent(event)

    def eventFilter(self, watched: Any, event: Any) -> bool:
        if (watched is self.comment and isinstance(event, QKeyEvent)
                and event.type() == QKeyEvent.Type.KeyPress
                and event.key() == Qt.Key.Key_Escape):
            if not self.comment.text():
                self.comment.setVisible(False)
            self.setFocus()
            return True
        return super().eventFilter(watched, event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.setStyleSheet(FOCUSED)
        self.focused.emit(self)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.setStyleSheet(INVALID if self.invalid else PLAIN)


class ReviewDialog(QDialog, Ui_ReviewDialog):
    """Score one sampled contact; or read a completed review and correct it. The layout
    is app/forms/review_dialog.ui (its widgets are attributes under their names there)."""

    saved = Signal(object)  # ReviewRow

    def __init__(self, quality: QualityService, contacts: ContactService, lang: str, *,
                 contact_id: str, round_id: str | None = None, review_id: str | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.quality = quality
        self.contacts = contacts
        self.lang = lang
        self.contact_id = contact_id
        self.round_id = round_id
        self.review: ReviewRow | None = None
        self.mode = "edit"  # "edit", "view" or "correct"
        self.draft_id: str | None = None
        self._loading = False

        if review_id is None:
            current = quality.current_review(contact_id)
            review_id = current.id if current else None
        if review_id is not None:
            self.review = quality.get_review(review_id)
            self.round_id = self.review.round_id or round_id
        try:
            self.rubric = rubrics.load(self.review.rubric) if self.review else quality.rubric
        except rubrics.RubricError:
            self.rubric = quality.rubric

        self.setupUi(self)

        # -- the contact, read-only, left of the rubric --
        self.contact_view = ContactView(contacts.tax, lang)
        try:
            self.contact_view.show_record(contacts.get(contact_id))
        except LookupError:
            self.contact_view.show_missing()
        self.splitter.insertWidget(0, self.contact_view)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)

        # -- the rubric --
        heading(self.heading, 2)
        self.hint.setStyleSheet(f"color: {HINT_GREY};")
        self.rows: list[CriterionRow] = []
        self.section_labels: dict[str, QLabel] = {}
        for s_index, section in enumerate(self.rubric.sections, start=1):
            label = QLabel()
            label.setStyleSheet(
                f"font-weight: bold; background: {SECTION_BACKGROUND}; padding: 3px;")
            self.section_labels[section.code] = label
            self.rubric_layout.addWidget(label)
            for c_index, criterion in enumerate(section.criteria, start=1):
                row = CriterionRow(f"{s_index}.{c_index}", criterion, self.rubric, lang)
                row.changed.connect(self._changed)
                row.scored.connect(lambda r=row: self._advance(r))
                row.focused.connect(self._show_guide)
                self.rows.append(row)
                self.rubric_layout.addWidget(row)
        self.rubric_layout.addStretch(1)
        self.guide.setStyleSheet(f"background: {PANEL_BACKGROUND}; border: 1px solid {BORDER_GREY};"
                                 " padding: 4px;")
        self.reason.setMaxLength(REASON_MAX)
        error_label(self.errors)

        # -- a completed review is read as a report, the second page beside the editor --
        self.report = ReviewReport(lang)
        self.right_stack.addWidget(self.report)

        self.drafts = DraftKeeper(self.save_local_draft, self, pause_ms=DRAFT_DEBOUNCE_MS)
        self.feedback.textChanged.connect(self._changed)
        self.reason.textChanged.connect(self._changed)
        self.draft_button.clicked.connect(self.save_draft)
        self.complete_button.clicked.connect(self.complete)
        self.close_button.clicked.connect(self.close)
        self.correct_button.clicked.connect(self.start_correction)
        self.discard_button.clicked.connect(self.discard_changes)
        for keys, slot in ((QKeySequence.StandardKey.Save, self.save_draft),
                           (QKeySequence("Ctrl+Return"), self.complete),
                           (QKeySequence("Ctrl+Enter"), self.complete)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.activated.connect(slot)

        self.retranslate()
        self._open()
        self.resize(1300, 720)

    # -- texts --

    def retranslate(self) -> None:
        self.retranslateUi(self)
        self._update_heading()
        self._update_scores()

    def _update_heading(self) -> None:
        if self.mode == "view":
            text = self.tr("Completed review")
        elif self.mode == "correct":
            text = self.tr("Correcting a completed review")
        elif self.review is not None:
            text = self.tr("Review (draft)")
        else:
            text = self.tr("New review")
        self.heading.setText(text)

    # -- opening --

    def _open(self) -> None:
        review = self.review
        record_id = review.id if review else self.contact_id
        draft = self.quality.review_draft_for(record_id) if self.quality.can(REVIEW) else None
        if review is not None and review.complete and not (
                draft and draft.payload.get("mode") == "correct"):
            self._set_mode("view")
            return
        if review is not None and not review.complete:
            self._fill(review.input)
        if review is not None and review.complete:
            self._set_mode("correct")
        else:
            self._set_mode("edit")
        if draft is not None:
            self.draft_id = draft.id
            self._fill(ReviewInput.from_json(draft.payload.get("input", {})))
            self.reason.setText(str(draft.payload.get("reason", "")))
            self.status.setText(self.tr("Unsaved work restored"))
            self.discard_button.setVisible(True)
        self._focus_first()

    def _fill(self, data: ReviewInput) -> None:
        self._loading = True
        for row in self.rows:
            row.set_score(data.scores.get(row.criterion.code), emit=False)
            row.set_comment(data.comments.get(row.criterion.code, ""))
        self.feedback.setPlainText(data.feedback)
        self._loading = False
        self._update_scores()

    def _set_mode(self, mode: str) -> None:
        self.mode = mode
        viewing = mode == "view"
        self.right_stack.setCurrentIndex(1 if viewing else 0)
        if viewing and self.review is not None:
            self.report.show_review(self.review, len(self.quality.versions(self.review.id)))
        editing = not viewing
        self.draft_button.setVisible(mode == "edit")
        self.complete_button.setVisible(editing)
        self.correct_button.setVisible(viewing and self.quality.can(REVIEW))
        self.reason_label.setVisible(mode == "correct")
        self.reason.setVisible(mode == "correct")
        self.discard_button.setVisible(False)
        self._update_heading()
        self._update_scores()

    def _focus_first(self) -> None:
        target = next((r for r in self.rows if r.score() is None), None)
        if target is None:
            self.feedback.setFocus()
        else:
            target.setFocus()
            self.rubric_scroll.ensureWidgetVisible(target)

    def start_correction(self) -> None:
        if self.review is None:
            return
        self._fill(self.review.input)
        self._set_mode("correct")
        self.reason.setFocus()

    # -- scoring --

    def collect(self) -> ReviewInput:
        scores = {r.criterion.code: s for r in self.rows if (s := r.score()) is not None}
        comments = {r.criterion.code: c for r in self.rows if (c := r.comment_text())}
        return ReviewInput(scores, comments, self.feedback.toPlainText())

    def _advance(self, row: CriterionRow) -> None:
        index = self.rows.index(row)
        if index + 1 < len(self.rows):
            nxt = self.rows[index + 1]
            nxt.setFocus()
            self.rubric_scroll.ensureWidgetVisible(nxt)
        else:
            self.feedback.setFocus()

    def _show_guide(self, row: CriterionRow) -> None:
        c = row.criterion
        e = html.escape
        lines = [f"<b>{e(c.text(self.lang))}</b>"]
        for value in (0, 1, 2, rubrics.NA):
            anchor = c.anchor(value, self.lang)
            if not anchor:
                continue
            key = self.tr("N") if value == rubrics.NA else str(value)
            text = f"<b>{e(key)}</b> — {e(anchor)}"
            if row.score() == value:
                text = f"<span style='color:{ACCENT_BLUE}'>{text}</span>"
            lines.append(text)
        self.guide.setText("<br>".join(lines))
        self.rubric_scroll.ensureWidgetVisible(row)

    def _update_scores(self) -> None:
        if not self.rows:
            return
        data = self.collect() if self.mode != "view" or self.review is None else (
            self.review.input)
        result = rubrics.score(self.rubric, data.scores)
        for section in self.rubric.sections:
            value = result.sections.get(section.code)
            title = section.title(self.lang)
            self.section_labels[section.code].setText(
                title if value is None else f"{title} — {percent_text(value, self.lang)}")
        band = self.rubric.band(result.band)
        scored = len(self.rows) - len(result.missing)
        text = self.tr("Overall %1 · %2 of %3 criteria scored").replace(
            "%1", percent_text(result.overall, self.lang)).replace(
            "%2", str(scored)).replace("%3", str(len(self.rows)))
        if band is not None:
            text += f" · <span style='color:{band.colour}'><b>{html.escape(band.label(self.lang))}"
            text += "</b></span>"
        self.summary.setText(text)
        focused = next((r for r in self.rows if r.hasFocus()), None)
        if focused is not None:
            self._show_guide(focused)

    def _changed(self, *_args: object) -> None:
        if self._loading or self.mode == "view":
            return
        self._update_scores()
        self.discard_button.setVisible(True)
        self.drafts.changed()

    # -- saving --

    def save_local_draft(self) -> None:
        if self.mode == "view" or not self.drafts.dirty:
            return
        payload = {
            "mode": self.mode, "round_id": self.round_id, "contact_id": self.contact_id,
            "review_id": self.review.id if self.review else None,
            "input": self.collect().to_json(), "reason": self.reason.text(),
        }
        record_id = self.review.id if self.review else self.contact_id
        try:
            self.draft_id = self.quality.save_review_draft(self.draft_id, payload, record_id)
        except Exception:
            log.exception("could not keep the review draft")
            self.status.setText(self.tr("Unsaved work could not be kept!"))
            return
        self.drafts.dirty = False
        self.status.setText(self.tr("Unsaved work kept %1").replace(
            "%1", show_time(datetime.now(), seconds=True)))

    def save_draft(self) -> ReviewRow | None:
        if self.mode != "edit":
            return None
        return self._save(complete=False)

    def complete(self) -> ReviewRow | None:
        if self.mode == "view":
            return None
        if self.mode == "correct":
            return self._correct()
        return self._save(complete=True)

    def _save(self, complete: bool) -> ReviewRow | None:
        row = self._store(lambda: self.quality.save_review(
            self.collect(), contact_id=self.contact_id, round_id=self.round_id,
            review_id=self.review.id if self.review else None, complete=complete,
            draft_id=self.draft_id,
            expected_version=self.review.version if self.review else None), self.tr(
            "Another supervisor changed this review since you opened it. Your work is "
            "kept; open the review again to see the other changes."))
        return None if row is None else self._saved(row, complete)

    def _correct(self) -> ReviewRow | None:
        review = self.review
        assert review is not None
        row = self._store(lambda: self.quality.correct_review(
            review.id, self.collect(), self.reason.text(), draft_id=self.draft_id), self.tr(
            "This review was corrected by someone else meanwhile. Your work is kept; "
            "open the review again."))
        return None if row is None else self._saved(row, True)

    def _store(self, save: Callable[[], ReviewRow], conflict: str) -> ReviewRow | None:
        """Save or correct; refused: the errors shown, or (someone else saved first) the
        work kept as a local draft and ``conflict`` said."""
        self.drafts.stop()
        try:
            return save()
        except ValidationError as exc:
            self.show_errors(exc.errors)
        except ConcurrentEditError:
            self.save_local_draft()
            msgbox.warn(self, self.tr("Not saved"), conflict)
        return None

    def _saved(self, row: ReviewRow, closing: bool) -> ReviewRow:
        self.review = row
        self.draft_id = None
        self.drafts.dirty = False
        self.errors.hide()
        self.discard_button.setVisible(False)
        self.saved.emit(row)
        if closing:
            self.accept()
        else:
            self._update_heading()
            self.status.setText(self.tr("Draft saved %1").replace(
                "%1", show_time(datetime.now())))
        return row

    def discard_changes(self) -> None:
        answer = msgbox.ask(self, self.tr("Discard the changes?"), self.tr(
            "What you changed since the review was last saved will be lost."),
            default=msgbox.Button.No)
        if answer != msgbox.Button.Yes:
            return
        self.drafts.stop()
        if self.draft_id:
            self.quality.discard_review_draft(self.draft_id)
        self.draft_id = None
        self.drafts.dirty = False
        self.reject()

    # -- errors --

    def message_for(self, error: FieldError) -> str | None:
        if error.field == "feedback" and error.problem == "required":
            return self.tr("Write the overall feedback for the consultant.")
        if error.field == "reason" and error.problem == "required":
            return self.tr("Say why the review is corrected.")
        if error.problem == "incomplete":
            missing = error.params.get("missing")
            count = len(missing) if isinstance(missing, list) else 0
            return self.tr("Score every criterion or mark it not applicable: %n left.", "",
                           count)
        if error.problem == "all_na":
            return self.tr("At least one criterion must apply.")
        if error.problem == "unchanged":
            return self.tr("Nothing was changed.")
        if error.problem == "own_contact":
            return self.tr("You took this contact yourself: another supervisor reviews it.")
        if error.problem == "already_reviewed":
            return self.tr("This contact already has a review.")
        if error.problem == "too_long":
            return self.tr("Too long: at most %1 characters.").replace(
                "%1", str(error.params.get("limit", FEEDBACK_MAX)))
        return None

    def show_errors(self, errors: list[FieldError]) -> None:
        show_errors(self.errors, errors, sentence=self.message_for, joiner=" ")
        first: QWidget | None = None
        missing: set[str] = set()
        for e in errors:
            listed = e.params.get("missing")
            if e.problem == "incomplete" and isinstance(listed, list):
                missing = {str(m) for m in listed}
        for row in self.rows:
            row.mark_invalid(row.criterion.code in missing)
            if first is None and row.criterion.code in missing:
                first = row
        fields = {e.field for e in errors}
        if first is None and "feedback" in fields:
            first = self.feedback
        if first is None and "reason" in fields:
            first = self.reason
        if first is not None:
            first.setFocus()
            if isinstance(first, CriterionRow):
                self.rubric_scroll.ensureWidgetVisible(first)

    # -- closing --

    def done(self, result: int) -> None:
        """Closing by any way keeps unsaved work as a local draft."""
        self.drafts.stop()
        if self.drafts.dirty:
            self.save_local_draft()
        super().done(result)

    def closeEvent(self, event: Any) -> None:
        self.drafts.stop()
        if self.drafts.dirty:
            self.save_local_draft()
        super().closeEvent(event)
