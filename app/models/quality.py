"""Quality control: review rounds, reviews of contacts, the staff development register.

All three are synchronisable records (UUIDv7 id, site, author, version, soft delete).

A completed review is never changed: a correction is a new review row in the same
chain (``chain_id`` = the id of the first version) with a higher ``revision``, a
reason, and ``supersedes_id`` pointing at the version it replaces; the replaced one
only gets its ``superseded_at`` mark. The current version of a chain is the one
without that mark.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, Boolean, Date, Float, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, RecordMixin, UTCDateTime

DRAFT = "draft"
COMPLETE = "complete"
REVIEW_STATUSES = (DRAFT, COMPLETE)

STAFF_EVENT_TYPES = ("meeting", "examination", "training")
"""Staff development the annual report counts: quality-control and other staff
meetings, written examinations, trainings."""

STRATIFY_BY = ("channel", "topic")

FEEDBACK_MAX = 10_000
COMMENT_MAX = 1_000
REASON_MAX = 1_000
TOPIC_MAX = 300


class ReviewRound(RecordMixin, Base):
    """A supervisor's plan: a random sample of each consultant's contacts of a period.

    The sample is reproducible: drawing again with the stored ``seed`` over the same
    records gives the same ``plan``.
    """

    __tablename__ = "review_round"
    name: Mapped[str] = mapped_column(String(200))
    period_start: Mapped[date] = mapped_column(Date)  # local dates, both included
    period_end: Mapped[date] = mapped_column(Date)
    consultant_ids: Mapped[list[str]] = mapped_column(JSON)
    per_consultant: Mapped[int] = mapped_column(Integer)
    stratify: Mapped[str | None] = mapped_column(String(20))
    include_non_data: Mapped[bool] = mapped_column(Boolean, default=False)
    seed: Mapped[int] = mapped_column(Integer)
    reviewer_id: Mapped[str | None] = mapped_column(ForeignKey("app_user.id"))
    rubric: Mapped[str] = mapped_column(String(40))
    # [{"contact_id", "consultant_id", "stratum"}] in drawing order.
    plan: Mapped[list[dict[str, Any]]] = mapped_column(JSON)
    # Contacts each consultant had to draw from: {consultant_id: n}.
    available: Mapped[dict[str, int]] = mapped_column(JSON)

    __table_args__ = (Index("ix_review_round_period", "period_start", "period_end"),)


class Review(RecordMixin, Base):
    """One contact scored against a rubric, and the feedback to its consultant."""

    __tablename__ = "review"
    round_id: Mapped[str | None] = mapped_column(ForeignKey("review_round.id"))
    # SET NULL: erasing a contact keeps the scores (they count in the dashboards).
    contact_id: Mapped[str | None] = mapped_column(
        ForeignKey("contact.id", ondelete="SET NULL"))
    contact_started_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    consultant_id: Mapped[str | None] = mapped_column(ForeignKey("app_user.id"))
    reviewer_id: Mapped[str | None] = mapped_column(ForeignKey("app_user.id"))
    status: Mapped[str] = mapped_column(String(20), default=DRAFT)
    rubric: Mapped[str] = mapped_column(String(40))
    # {criterion code: 0 | 1 | 2 | "na"}; criteria not scored yet are absent.
    scores: Mapped[dict[str, Any]] = mapped_column(JSON)
    comments: Mapped[dict[str, str]] = mapped_column(JSON)
    section_scores: Mapped[dict[str, float | None]] = mapped_column(JSON)
    overall: Mapped[float | None] = mapped_column(Float)
    band: Mapped[str | None] = mapped_column(String(30))
    feedback: Mapped[str] = mapped_column(Text, default="")
    completed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    read_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    chain_id: Mapped[str] = mapped_column(String(36))
    revision: Mapped[int] = mapped_column(Integer, default=1)
    supersedes_id: Mapped[str | None] = mapped_column(ForeignKey("review.id"))
    superseded_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    correction_reason: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (
        Index("ix_review_round", "round_id", "contact_id"),
        Index("ix_review_contact", "contact_id"),
        Index("ix_review_consultant", "consultant_id", "status", "completed_at"),
        Index("ix_review_chain", "chain_id", "revision"),
    )


class StaffEvent(RecordMixin, Base):
    """A staff meeting, written examination or training: the register the report counts."""

    __tablename__ = "staff_event"
    held_on: Mapped[date] = mapped_column(Date)
    type: Mapped[str] = mapped_column(String(20))
    topic: Mapped[str] = mapped_column(String(TOPIC_MAX))
    participant_ids: Mapped[list[str]] = mapped_column(JSON)
    other_participants: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (Index("ix_staff_event_held_on", "held_on", "type"),)
