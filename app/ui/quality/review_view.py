"""Read-only views shared by the quality screens: a contact record as the reviewer
sees it beside the rubric, and a completed review as the consultant reads it."""

from __future__ import annotations

import html
from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QLabel,
    QPlainTextEdit,
    QScrollArea,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.models import countries
from app.models import rubric as rubrics
from app.models.taxonomy import Taxonomy
from app.services.contacts.service import CONSULTATION, ContactRecord
from app.services.quality import ReviewRow
from app.ui.widgets.formatting import show_date, show_date_time
from app.ui.widgets.style import ERROR_RED, HINT_GREY, SECTION_BACKGROUND, heading


def local_time(value: datetime | None, with_time: bool = True) -> str:
    if value is None:
        return "—"
    return show_date_time(value) if with_time else show_date(value)


def percent_text(value: float | None, lang: str) -> str:
    if value is None:
        return "—"
    text = f"{value:.0f}" if float(value).is_integer() else f"{value:.1f}"
    return (text if lang == "en" else text.replace(".", ",")) + "\u00a0%"


class ContactView(QWidget):
    """A saved contact, every field read-only, the notes in full."""

    def __init__(self, tax: Taxonomy, lang: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.tax = tax
        self.lang = lang
        self.title = QLabel()
        heading(self.title, 1)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.values: dict[str, QLabel] = {}
        for key in ("when", "channel", "kind", "consultant", "gender", "age_group", "region",
                    "caller_role", "topics", "destinations", "travel_purpose", "how_heard",
                    "outcomes", "crisis"):
            value = QLabel()
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.values[key] = value
            self.form.addRow(self._label(key), value)
        self.notes_label = QLabel()
        self.notes = QPlainTextEdit()
        self.notes.setReadOnly(True)
        self.notes.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.notes.setMinimumHeight(80)
        self.missing = QLabel()
        self.missing.setWordWrap(True)
        self.missing.hide()
        inner = QWidget()
        inner_layout = QVBoxLayout(inner)
        inner_layout.setContentsMargins(0, 0, 0, 0)
        inner_layout.addWidget(self.title)
        inner_layout.addLayout(self.form)
        inner_layout.addWidget(self.missing)
        inner_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setWidget(inner)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll, 3)
        layout.addWidget(self.notes_label)
        layout.addWidget(self.notes, 2)
        self.title.setText(self.tr("The contact"))
        self.notes_label.setText(self.tr("Notes:"))

    def _label(self, key: str) -> str:
        return {
            "when": self.tr("Date and time:"), "channel": self.tr("Channel:"),
            "kind": self.tr("Kind:"), "consultant": self.tr("Consultant:"),
            "gender": self.tr("Gender:"), "age_group": self.tr("Age group:"),
            "region": self.tr("Region:"), "caller_role": self.tr("Caller's role:"),
            "topics": self.tr("Topics:"), "destinations": self.tr("Destinations:"),
            "travel_purpose": self.tr("Travel purpose:"),
            "how_heard": self.tr("How they heard of us:"), "outcomes": self.tr("Outcome:"),
            "crisis": self.tr("Crisis:"),
        }[key]

    def show_missing(self) -> None:
        for value in self.values.values():
            value.setText("—")
        self.notes.clear()
        self.missing.setText(self.tr("This contact no longer exists; the review keeps its "
                                     "scores."))
        self.missing.show()

    def show_record(self, record: ContactRecord) -> None:
        self.missing.hide()
        data = record.input
        tax, lang = self.tax, self.lang
        when = local_time(data.started_at)
        if data.ended_at and data.started_at:
            minutes = max(0, int((data.ended_at - data.started_at).total_seconds() // 60))
            when += " · " + self.tr("%1 min").replace("%1", str(minutes))
        consultation = data.kind == CONSULTATION

        def codes(list_name: str, values: list[str]) -> str:
            return ", ".join(tax[list_name].label(v, lang) for v in values) or "—"

        texts = {
            "when": when,
            "channel": tax["channel"].label(data.channel, lang),
            "kind": tax["contact_kind"].label(data.kind, lang),
            "consultant": record.consultant_name or "—",
            "gender": tax["gender"].label(data.gender, lang) if consultation else "—",
            "age_group": tax["age_group"].label(data.age_group, lang) or "—",
            "region": tax["region"].label(data.region, lang) or "—",
            "caller_role": tax["caller_role"].label(data.caller_role, lang) or "—",
            "topics": codes("topic", data.topics),
            "destinations": ", ".join(countries.name(c, lang) for c in data.destinations)
            or "—",
            "travel_purpose": tax["travel_purpose"].label(data.travel_purpose, lang) or "—",
            "how_heard": tax["how_heard"].label(data.how_heard, lang) or "—",
            "outcomes": codes("outcome", data.outcomes),
            "crisis": self.tr("yes") if data.crisis else self.tr("no"),
        }
        for key, text in texts.items():
            self.values[key].setText(text)
        self.notes.setPlainText(data.notes)


class ReviewReport(QTextBrowser):
    """A review as the consultant reads it: score, band, feedback, every criterion."""

    def __init__(self, lang: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.lang = lang
        self.setOpenLinks(False)

    def show_review(self, review: ReviewRow | None, versions: int = 1) -> None:
        if review is None:
            self.setHtml("<p>" + html.escape(self.tr("Choose a review in the list.")) + "</p>")
            return
        lang = self.lang
        e = html.escape
        try:
            rubric = rubrics.load(review.rubric)
        except rubrics.RubricError:
            rubric = rubrics.load()
        band = rubric.band(review.band)
        colour = band.colour if band else HINT_GREY
        parts = [
            "<h2>" + e(self.tr("Overall score")) + ": "
            f"<span style='color:{colour}'>{e(percent_text(review.overall, lang))}"
            f"{' — ' + e(band.label(lang)) if band else ''}</span></h2>",
            "<p>" + e(self.tr("Contact of %1 taken by %2. Reviewed by %3 on %4.")
                      .replace("%1", local_time(review.contact_started_at))
                      .replace("%2", review.consultant_name or "—")
                      .replace("%3", review.reviewer_name or "—")
                      .replace("%4", local_time(review.completed_at or review.updated_at)))
            + "</p>",
        ]
        if review.revision > 1:
            parts.append("<p><i>" + e(self.tr("Corrected version %1: %2")
                                      .replace("%1", str(review.revision))
                                      .replace("%2", review.correction_reason)) + "</i></p>")
        elif versions > 1:
            parts.append("<p><i>" + e(self.tr("This version was corrected later.")) + "</i></p>")
        if review.critical:
            parts.append(f"<p style='color:{ERROR_RED}'><b>" + e(self.tr(
                "A safety criterion scored 0: discuss this contact with the supervisor."))
                + "</b></p>")
        parts.append("<h3>" + e(self.tr("Feedback")) + "</h3>")
        parts.append("<p>" + e(review.input.feedback or "—").replace("\n", "<br>") + "</p>")
        parts.append("<table cellspacing='0' cellpadding='3' width='100%'>")
        scores = review.input.scores
        for section in rubric.sections:
            value = review.section_scores.get(section.code)
            parts.append(
                f"<tr><td colspan='2' style='background:{SECTION_BACKGROUND}'><b>"
                f"{e(section.title(lang))}</b></td>"
                f"<td align='right' style='background:{SECTION_BACKGROUND}'>"
                f"<b>{e(percent_text(value, lang))}</b></td></tr>")
            for c in section.criteria:
                score = scores.get(c.code)
                shown = "—" if score is None else (
                    self.tr("N/A") if score == rubrics.NA else str(score))
                anchor = c.anchor(score, lang) if score is not None else ""
                comment = review.input.comments.get(c.code, "")
                detail = f"<br><span style='color:{HINT_GREY}'>{e(anchor)}</span>" if anchor else ""
                if comment:
                    detail += f"<br><i>{e(comment)}</i>"
                parts.append(
                    f"<tr><td width='70%'>{e(c.text(lang))}{detail}</td>"
                    f"<td>{e(rubric.scale_label(score, lang) if score is not None else '')}</td>"
                    f"<td align='right'>{e(shown)}</td></tr>")
        parts.append("</table>")
        self.setHtml("".join(parts))
