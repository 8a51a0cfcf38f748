"""The quality service's vocabulary: who may do what, the limits, and the plain rows
and inputs its methods take and give (no database access here)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from app.models.quality import COMPLETE
from app.models.rubric import Score
from app.services import permissions

REVIEW_FORM = "review"
"""The ``form`` of review drafts in the draft table."""

NAME_MAX = 200
PER_CONSULTANT_MAX = 50
NOTES_MAX = 10_000

# -- who may do what ---------------------------------------------------------------------

REVIEW = "quality.review"
"""Start rounds, review contacts, see every review, the dashboards and the staff register."""
OWN = "quality.own"
"""Read one's own completed reviews and mark them read."""

def allowed(role: str | None, action: str) -> bool:
    """The permission matrix's answer (app/services/permissions.py); an unknown action
    is refused."""
    return action in permissions.MATRIX and permissions.allowed(role, action)


def check_permission(role: str | None, action: str) -> None:
    """Raise :class:`PermissionDeniedError` unless the matrix lets ``role`` do ``action``."""
    permissions.require(role, action)


# -- plain results -----------------------------------------------------------------------


@dataclass(frozen=True)
class RoundSpec:
    """What a supervisor asks for when starting a round. Dates are local, both included."""

    name: str
    period_start: date
    period_end: date
    consultant_ids: tuple[str, ...]
    per_consultant: int = 3
    stratify: str | None = None  # None, "channel" or "topic"
    include_non_data: bool = False
    seed: int | None = None  # None: a new random seed


@dataclass(frozen=True)
class PlanItem:
    contact_id: str
    consultant_id: str
    stratum: str | None = None


@dataclass(frozen=True)
class SamplePlan:
    seed: int
    items: tuple[PlanItem, ...]
    available: dict[str, int]  # contacts each consultant had to draw from

    def count(self, consultant_id: str) -> int:
        return sum(1 for i in self.items if i.consultant_id == consultant_id)


@dataclass(frozen=True)
class RoundRow:
    id: str
    name: str
    period_start: date
    period_end: date
    consultant_ids: tuple[str, ...]
    per_consultant: int
    stratify: str | None
    include_non_data: bool
    seed: int
    reviewer_id: str | None
    reviewer_name: str
    rubric: str
    planned: int
    complete: int
    drafts: int
    available: dict[str, int]
    created_at: datetime


@dataclass(frozen=True)
class RoundItem:
    """One sampled contact of a round and where its review stands."""

    round_id: str
    contact_id: str
    consultant_id: str
    consultant_name: str
    stratum: str | None
    contact_started_at: datetime | None  # None: the contact was deleted since
    channel: str | None
    kind: str | None
    review_id: str | None
    status: str  # "todo", "draft" or "complete"
    overall: float | None
    band: str | None
    read_at: datetime | None
    local_draft: bool  # unsaved work on this workstation


@dataclass
class ReviewInput:
    scores: dict[str, Score] = field(default_factory=dict)
    comments: dict[str, str] = field(default_factory=dict)
    feedback: str = ""

    def to_json(self) -> dict[str, Any]:
        return {"scores": dict(self.scores), "comments": dict(self.comments),
                "feedback": self.feedback}

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> ReviewInput:
        return cls(dict(data.get("scores") or {}), dict(data.get("comments") or {}),
                   str(data.get("feedback") or ""))


@dataclass(frozen=True)
class ReviewRow:
    id: str
    chain_id: str
    revision: int
    version: int
    round_id: str | None
    round_name: str
    contact_id: str | None
    contact_started_at: datetime | None
    consultant_id: str | None
    consultant_name: str
    reviewer_id: str | None
    reviewer_name: str
    status: str
    rubric: str
    input: ReviewInput
    section_scores: dict[str, float | None]
    overall: float | None
    band: str | None
    critical: tuple[str, ...]
    created_at: datetime
    updated_at: datetime
    completed_at: datetime | None
    read_at: datetime | None
    supersedes_id: str | None
    superseded_at: datetime | None
    correction_reason: str

    @property
    def current(self) -> bool:
        return self.superseded_at is None

    @property
    def complete(self) -> bool:
        return self.status == COMPLETE


@dataclass(frozen=True)
class UnreadRow:
    consultant_id: str
    consultant_name: str
    unread: int
    oldest: datetime


@dataclass(frozen=True)
class Series:
    """One line of a trend: a mean per month (None: nothing that month)."""

    key: str
    label: str
    values: tuple[float | None, ...]
    counts: tuple[int, ...]
    mean: float | None
    n: int


@dataclass(frozen=True)
class CriterionStat:
    code: str
    section: str
    label: str
    section_label: str
    percent: float  # points as a share of the applicable maximum
    applicable: int  # reviews where it applied
    zeros: int  # reviews where it scored 0


@dataclass(frozen=True)
class PlanProgress:
    round_id: str
    round_name: str
    period_start: date
    period_end: date
    consultant_id: str | None  # None: the whole round
    consultant_name: str
    planned: int
    complete: int
    drafts: int


@dataclass(frozen=True)
class BandCount:
    code: str
    label: str
    colour: str
    count: int


@dataclass(frozen=True)
class ReviewLine:
    """A completed review as the dashboard's list and the export show it."""

    completed_at: datetime
    contact_started_at: datetime | None
    consultant_name: str
    reviewer_name: str
    round_name: str
    overall: float | None
    band: str | None
    band_label: str
    section_scores: dict[str, float | None]
    revision: int
    read: bool


@dataclass(frozen=True)
class Dashboard:
    start: date
    end: date
    lang: str
    months: tuple[str, ...]  # "YYYY-MM"
    consultants: tuple[Series, ...]
    sections: tuple[Series, ...]
    weakest: tuple[CriterionStat, ...]  # weakest first
    progress: tuple[PlanProgress, ...]
    bands: tuple[BandCount, ...]
    reviews: tuple[ReviewLine, ...]
    team_mean: float | None
    band_minimums: tuple[tuple[float, str], ...]  # (minimum, colour) of the current rubric
    staff_counts: dict[str, int]
    reviewed: int


@dataclass
class StaffEventInput:
    held_on: date
    type: str
    topic: str
    participant_ids: list[str] = field(default_factory=list)
    other_participants: str = ""
    notes: str = ""


@dataclass(frozen=True)
class StaffEventRow:
    id: str
    version: int
    held_on: date
    type: str
    topic: str
    participant_ids: tuple[str, ...]
    participant_names: tuple[str, ...]
    other_participants: str
    notes: str

    @property
    def participant_count(self) -> int:
        others = [p for p in self.other_participants.replace(";", ",").split(",") if p.strip()]
        return len(self.participant_ids) + len(others)


def clean_text(text: str) -> str:
    """A text field as stored: Windows line ends made plain, outer blanks removed."""
    return text.replace("\r\n", "\n").strip()
