"""Crisis cases: people in a critical situation abroad, their referrals and follow-up.

A crisis case is opened from the crisis questionnaire together with the contact that
brought it, keeps the answers and the questionnaire version they were asked in, and
lives on through referrals and follow-up tasks until it is closed with a reason. Every
record is synchronisable (UUIDv7 id, site, author, version, soft delete); the timeline
(``crisis_case_event``) is append-only.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Boolean, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.models.base import Base, RecordMixin, UTCDateTime

OPEN = "open"
CLOSED = "closed"
# Referral and follow-up task states: sent → accepted / declined (with a reason) → done.
SENT, ACCEPTED, DECLINED, DONE = "sent", "accepted", "declined", "done"
PENDING = (SENT, ACCEPTED)
"""States of a task someone still has to act on; past its due time it is overdue."""
TRANSITIONS = {SENT: (ACCEPTED, DECLINED, DONE), ACCEPTED: (DONE, DECLINED),
               DECLINED: (), DONE: ()}
NAMED, ANONYMOUS = "named", "anonymous"
REFERRAL, FOLLOW_UP = "referral", "follow_up"


class CrisisCase(RecordMixin, Base):
    """One person's crisis abroad, from the first call to its closing."""

    __tablename__ = "crisis_case"
    # Human-readable, per site and year: K-2026-0001. Two sites may hand out the same
    # number; the site tells them apart.
    number: Mapped[str] = mapped_column(String(20))
    year: Mapped[int] = mapped_column(Integer)
    serial: Mapped[int] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(20), default=OPEN)
    opened_at: Mapped[datetime] = mapped_column(UTCDateTime())
    opened_by: Mapped[str | None] = mapped_column(ForeignKey("app_user.id"))
    organisation: Mapped[str | None] = mapped_column(String(20))
    crisis_type: Mapped[str] = mapped_column(String(40))
    country: Mapped[str] = mapped_column(String(2))
    city: Mapped[str] = mapped_column(String(120), default="")
    danger: Mapped[str] = mapped_column(String(20), default="unknown")
    can_speak_freely: Mapped[str | None] = mapped_column(String(20))
    trafficking_status: Mapped[str | None] = mapped_column(String(20))
    # Ids of the questionnaire's trafficking indicator rules the answers met.
    indicators: Mapped[list[str]] = mapped_column(JSON, default=list)
    questionnaire: Mapped[str] = mapped_column(String(40))
    questionnaire_version: Mapped[int] = mapped_column(Integer)
    answers: Mapped[dict[str, Any]] = mapped_column(JSON)
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    closed_by: Mapped[str | None] = mapped_column(ForeignKey("app_user.id"))
    closure_reason: Mapped[str | None] = mapped_column(String(40))
    closure_note: Mapped[str] = mapped_column(Text, default="")

    codes: Mapped[list[CrisisCaseCode]] = relationship(cascade="all, delete-orphan")

    __table_args__ = (
        UniqueConstraint("site_id", "number", name="uq_crisis_case_site_number"),
        Index("ix_crisis_case_status_opened", "status", "opened_at"),
        Index("ix_crisis_case_type_opened", "crisis_type", "opened_at"),
        Index("ix_crisis_case_opened", "opened_at"),
    )


class CrisisCaseCode(Base):
    """Coded answers counted in statistics: methods of control, recruitment methods,
    exploitation types (HTCDS codes) and needs, one row per code."""

    __tablename__ = "crisis_case_code"
    case_id: Mapped[str] = mapped_column(
        ForeignKey("crisis_case.id", ondelete="CASCADE"), primary_key=True)
    list_name: Mapped[str] = mapped_column(String(40), primary_key=True)
    code: Mapped[str] = mapped_column(String(40), primary_key=True)
    __table_args__ = (Index("ix_crisis_case_code_list_code", "list_name", "code", "case_id"),)


class CrisisCaseContact(RecordMixin, Base):
    """A contact that belongs to a case: the one that opened it, and follow-ups."""

    __tablename__ = "crisis_case_contact"
    case_id: Mapped[str] = mapped_column(ForeignKey("crisis_case.id", ondelete="CASCADE"))
    contact_id: Mapped[str] = mapped_column(ForeignKey("contact.id", ondelete="CASCADE"))
    role: Mapped[str] = mapped_column(String(20), default="follow_up")  # opening, follow_up
    __table_args__ = (
        UniqueConstraint("case_id", "contact_id", name="uq_crisis_case_contact_pair"),
        Index("ix_crisis_case_contact_contact", "contact_id"),
    )


class CrisisConsent(RecordMixin, Base):
    """Whether the person agreed that their data goes to one referral target."""

    __tablename__ = "crisis_consent"
    case_id: Mapped[str] = mapped_column(ForeignKey("crisis_case.id", ondelete="CASCADE"))
    target: Mapped[str] = mapped_column(String(40))
    given: Mapped[bool] = mapped_column(Boolean)
    given_by: Mapped[str | None] = mapped_column(String(20))  # person, caller
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime())
    recorded_by: Mapped[str | None] = mapped_column(ForeignKey("app_user.id"))
    __table_args__ = (
        UniqueConstraint("case_id", "target", name="uq_crisis_consent_case_target"),
    )


class CrisisReferral(RecordMixin, Base):
    """A referral to someone who must act, or a follow-up call, with its due time.

    ``mode`` says whether the person's data went with it (named, only with consent)
    or only anonymous advice. ``owner_id`` is the member of staff who must act or
    follow it through; ``organisation`` names the body outside, if any.
    """

    __tablename__ = "crisis_referral"
    case_id: Mapped[str] = mapped_column(ForeignKey("crisis_case.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(20), default=REFERRAL)
    target: Mapped[str | None] = mapped_column(String(40))
    mode: Mapped[str] = mapped_column(String(20), default=ANONYMOUS)
    owner_id: Mapped[str | None] = mapped_column(ForeignKey("app_user.id"))
    organisation: Mapped[str] = mapped_column(String(300), default="")
    action: Mapped[str] = mapped_column(Text, default="")
    due_at: Mapped[datetime] = mapped_column(UTCDateTime())
    status: Mapped[str] = mapped_column(String(20), default=SENT)
    status_reason: Mapped[str] = mapped_column(Text, default="")
    status_at: Mapped[datetime] = mapped_column(UTCDateTime())
    proposed: Mapped[bool] = mapped_column(Boolean, default=True)
    rules: Mapped[list[str]] = mapped_column(JSON, default=list)
    __table_args__ = (
        Index("ix_crisis_referral_case", "case_id"),
        Index("ix_crisis_referral_status_due", "status", "due_at"),
        Index("ix_crisis_referral_owner_status", "owner_id", "status"),
    )


class CrisisCaseEvent(RecordMixin, Base):
    """One entry of a case's timeline: opened, a contact, answers, a referral and its
    status changes, consent, a note, closed or reopened."""

    __tablename__ = "crisis_case_event"
    case_id: Mapped[str] = mapped_column(ForeignKey("crisis_case.id", ondelete="CASCADE"))
    at: Mapped[datetime] = mapped_column(UTCDateTime())
    kind: Mapped[str] = mapped_column(String(30))
    user_id: Mapped[str | None] = mapped_column(ForeignKey("app_user.id"))
    referral_id: Mapped[str | None] = mapped_column(
        ForeignKey("crisis_referral.id", ondelete="CASCADE"))
    contact_id: Mapped[str | None] = mapped_column(ForeignKey("contact.id", ondelete="SET NULL"))
    text: Mapped[str] = mapped_column(Text, default="")
    data: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    __table_args__ = (
        Index("ix_crisis_case_event_case_at", "case_id", "at"),
        Index("ix_crisis_case_event_referral", "referral_id"),
    )
