"""Assistance cases of (presumed) trafficked persons, and the log of printed summaries.

An assistance case is where a social-work specialist keeps everything about one
client: who the client is and how to reach her (the only records of the app where
personal data is required), the relatives involved, the trafficking status and who
decided it, the exploitation in HTCDS codes, consent to share, the services given
(the ten types of the 2013 report's Table 3), referrals with their lifecycle, the
monitoring visits that show how the client's life changes, and the case timeline.
Every record is synchronisable (UUIDv7 id, site, author, version, soft delete).
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    Boolean,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.models.base import Base, RecordMixin, UTCDateTime
from app.models.sealed import Sealed as _S  # noqa: N814 - short, the columns line up
from app.models.sealed import SealedJSON

# Case status: open → active → monitoring → closed (with a closure reason).
OPEN, ACTIVE, MONITORING, CLOSED = "open", "active", "monitoring", "closed"
CASE_STATUSES = (OPEN, ACTIVE, MONITORING, CLOSED)
CASE_TRANSITIONS: dict[str, tuple[str, ...]] = {
    OPEN: (ACTIVE, CLOSED),
    ACTIVE: (MONITORING, CLOSED),
    MONITORING: (ACTIVE, CLOSED),
    CLOSED: (ACTIVE,),  # reopening: assistance resumes
}

# Services: planned, then given or declined by the client.
PLANNED, GIVEN, DECLINED = "planned", "given", "declined"
SERVICE_STATUSES = (PLANNED, GIVEN, DECLINED)

# Referrals: sent → accepted / declined (with a reason) → done.
SENT, ACCEPTED, REFUSED, DONE = "sent", "accepted", "declined", "done"
REFERRAL_TRANSITIONS: dict[str, tuple[str, ...]] = {
    SENT: (ACCEPTED, REFUSED),
    ACCEPTED: (DONE, REFUSED),
    REFUSED: (),
    DONE: (),
}

MONITORING_AREAS = ("housing", "work", "health", "safety", "legal")
"""The areas of a client's life each monitoring visit looks at, in this order."""


class AssistanceCase(RecordMixin, Base):
    """One client's assistance, from opening to closing."""

    __tablename__ = "assistance_case"
    # Human-readable, per site and year: A-2026-0001. Two sites may hand out the same
    # number; the site tells them apart.
    number: Mapped[str] = mapped_column(String(20))
    year: Mapped[int] = mapped_column(Integer)
    serial: Mapped[int] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(20), default=OPEN)
    opened_at: Mapped[datetime] = mapped_column(UTCDateTime())
    opened_by: Mapped[str | None] = mapped_column(ForeignKey("app_user.id"))
    specialist_id: Mapped[str | None] = mapped_column(ForeignKey("app_user.id"))
    organisation: Mapped[str | None] = mapped_column(String(20))
    crisis_case_id: Mapped[str | None] = mapped_column(
        ForeignKey("crisis_case.id", ondelete="SET NULL"))
    contact_id: Mapped[str | None] = mapped_column(ForeignKey("contact.id", ondelete="SET NULL"))

    # The client: personal data, required here and nowhere else in the app.
    client_name: Mapped[str] = mapped_column(_S("assistance_case", "client_name", 200))
    client_gender: Mapped[str] = mapped_column(String(20), default="female")
    client_birth_date: Mapped[date | None] = mapped_column(Date)
    client_phone: Mapped[str] = mapped_column(_S("assistance_case", "client_phone", 40), default="")
    client_email: Mapped[str] = mapped_column(_S("assistance_case", "client_email", 200),
                                              default="")
    client_address: Mapped[str] = mapped_column(_S("assistance_case", "client_address"),
                                                default="")
    client_region: Mapped[str | None] = mapped_column(String(20))
    client_citizenship: Mapped[str | None] = mapped_column(String(2))
    # Case-folded number, names and phone digits: SQLite's lower() folds ASCII only,
    # so Cyrillic search matches against this column.
    search_key: Mapped[str] = mapped_column(_S("assistance_case", "search_key"), default="")

    # Trafficking: status (HTCDS vic_TraffickingStatus), who decided it and when.
    trafficking_status: Mapped[str | None] = mapped_column(String(20))
    status_decided_by: Mapped[str | None] = mapped_column(String(30))
    status_decided_on: Mapped[date | None] = mapped_column(Date)
    exploitation_country: Mapped[str | None] = mapped_column(String(2))
    exploitation_from: Mapped[date | None] = mapped_column(Date)
    exploitation_to: Mapped[date | None] = mapped_column(Date)
    exploitation_notes: Mapped[str] = mapped_column(
        _S("assistance_case", "exploitation_notes"), default="")

    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    closed_by: Mapped[str | None] = mapped_column(ForeignKey("app_user.id"))
    closure_reason: Mapped[str | None] = mapped_column(String(40))
    closure_note: Mapped[str] = mapped_column(_S("assistance_case", "closure_note"),
                                              default="")

    codes: Mapped[list[AssistanceCaseCode]] = relationship(cascade="all, delete-orphan")

    __table_args__ = (
        UniqueConstraint("site_id", "number", name="uq_assistance_case_site_number"),
        Index("ix_assistance_case_opened", "opened_at"),
        Index("ix_assistance_case_status_opened", "status", "opened_at"),
        Index("ix_assistance_case_crisis", "crisis_case_id"),
        Index("ix_assistance_case_contact", "contact_id"),
    )


class AssistanceCaseCode(Base):
    """Coded exploitation details (HTCDS): exploitation types, methods of control,
    recruitment methods, one row per code."""

    __tablename__ = "assistance_case_code"
    case_id: Mapped[str] = mapped_column(
        ForeignKey("assistance_case.id", ondelete="CASCADE"), primary_key=True)
    list_name: Mapped[str] = mapped_column(String(40), primary_key=True)
    code: Mapped[str] = mapped_column(String(40), primary_key=True)
    __table_args__ = (
        Index("ix_assistance_case_code_list_code", "list_name", "code", "case_id"),)


class AssistanceRelative(RecordMixin, Base):
    """A relative involved in the case (personal data, like the client's)."""

    __tablename__ = "assistance_relative"
    case_id: Mapped[str] = mapped_column(ForeignKey("assistance_case.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(_S("assistance_relative", "name", 200))
    relation: Mapped[str] = mapped_column(String(30))
    phone: Mapped[str] = mapped_column(_S("assistance_relative", "phone", 40), default="")
    address: Mapped[str] = mapped_column(_S("assistance_relative", "address"), default="")
    assisted: Mapped[bool] = mapped_column(Boolean, default=False)
    notes: Mapped[str] = mapped_column(_S("assistance_relative", "notes"), default="")
    __table_args__ = (Index("ix_assistance_relative_case", "case_id"),)


class AssistanceConsent(RecordMixin, Base):
    """What the client agreed to share, with whom, and when (or when withdrawn)."""

    __tablename__ = "assistance_consent"
    case_id: Mapped[str] = mapped_column(ForeignKey("assistance_case.id", ondelete="CASCADE"))
    scope: Mapped[str] = mapped_column(String(30))
    recipient: Mapped[str] = mapped_column(String(40))  # a referral_target code
    recipient_name: Mapped[str] = mapped_column(String(300), default="")
    given_on: Mapped[date] = mapped_column(Date)
    expires_on: Mapped[date | None] = mapped_column(Date)
    withdrawn_on: Mapped[date | None] = mapped_column(Date)
    notes: Mapped[str] = mapped_column(_S("assistance_consent", "notes"), default="")
    recorded_by: Mapped[str | None] = mapped_column(ForeignKey("app_user.id"))
    __table_args__ = (Index("ix_assistance_consent_case", "case_id"),)


class AssistanceServiceEntry(RecordMixin, Base):
    """One service planned for, given to, or declined by the client."""

    __tablename__ = "assistance_service"
    case_id: Mapped[str] = mapped_column(ForeignKey("assistance_case.id", ondelete="CASCADE"))
    service: Mapped[str] = mapped_column(String(40))
    service_on: Mapped[date] = mapped_column(Date)
    provider: Mapped[str] = mapped_column(String(20), default="own_staff")
    provider_name: Mapped[str] = mapped_column(String(300), default="")
    status: Mapped[str] = mapped_column(String(20), default=GIVEN)
    # Money as whole minor units (kopecks) with its currency: exact on every database.
    cost_minor: Mapped[int | None] = mapped_column(Integer)
    currency: Mapped[str] = mapped_column(String(3), default="BYN")
    notes: Mapped[str] = mapped_column(_S("assistance_service", "notes"), default="")
    __table_args__ = (
        Index("ix_assistance_service_case", "case_id", "service_on"),
        Index("ix_assistance_service_type_on", "service", "service_on"),
    )


class AssistanceReferral(RecordMixin, Base):
    """A referral of the client to someone outside (or inside) the organisation."""

    __tablename__ = "assistance_referral"
    case_id: Mapped[str] = mapped_column(ForeignKey("assistance_case.id", ondelete="CASCADE"))
    target: Mapped[str] = mapped_column(String(40))  # a referral_target code
    organisation: Mapped[str] = mapped_column(String(300), default="")
    purpose: Mapped[str] = mapped_column(_S("assistance_referral", "purpose"), default="")
    sent_on: Mapped[date] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(20), default=SENT)
    status_reason: Mapped[str] = mapped_column(_S("assistance_referral", "status_reason"),
                                               default="")
    status_at: Mapped[datetime] = mapped_column(UTCDateTime())
    __table_args__ = (
        Index("ix_assistance_referral_case", "case_id"),
        Index("ix_assistance_referral_status", "status"),
    )


class AssistanceMonitoring(RecordMixin, Base):
    """A monitoring visit: the client's situation in each area, and the specialist's
    assessment of the change since the last one."""

    __tablename__ = "assistance_monitoring"
    case_id: Mapped[str] = mapped_column(ForeignKey("assistance_case.id", ondelete="CASCADE"))
    visit_on: Mapped[date] = mapped_column(Date)
    method: Mapped[str] = mapped_column(String(20), default="home_visit")
    specialist_id: Mapped[str | None] = mapped_column(ForeignKey("app_user.id"))
    housing: Mapped[str] = mapped_column(String(20), default="unknown")
    housing_note: Mapped[str] = mapped_column(_S("assistance_monitoring", "housing_note"),
                                              default="")
    work: Mapped[str] = mapped_column(String(20), default="unknown")
    work_note: Mapped[str] = mapped_column(_S("assistance_monitoring", "work_note"), default="")
    health: Mapped[str] = mapped_column(String(20), default="unknown")
    health_note: Mapped[str] = mapped_column(_S("assistance_monitoring", "health_note"), default="")
    safety: Mapped[str] = mapped_column(String(20), default="unknown")
    safety_note: Mapped[str] = mapped_column(_S("assistance_monitoring", "safety_note"), default="")
    legal: Mapped[str] = mapped_column(String(20), default="unknown")
    legal_note: Mapped[str] = mapped_column(_S("assistance_monitoring", "legal_note"), default="")
    change: Mapped[str | None] = mapped_column(String(20))
    summary: Mapped[str] = mapped_column(_S("assistance_monitoring", "summary"), default="")
    next_visit_on: Mapped[date | None] = mapped_column(Date)
    __table_args__ = (Index("ix_assistance_monitoring_case", "case_id", "visit_on"),)


class AssistanceEvent(RecordMixin, Base):
    """One entry of a case's timeline (append-only): opened, edited (which fields,
    old and new values), a status change, a service, a referral and its status, a
    monitoring visit, consent, a note, a printed summary, closed or reopened."""

    __tablename__ = "assistance_event"
    case_id: Mapped[str] = mapped_column(ForeignKey("assistance_case.id", ondelete="CASCADE"))
    at: Mapped[datetime] = mapped_column(UTCDateTime())
    kind: Mapped[str] = mapped_column(String(30))
    user_id: Mapped[str | None] = mapped_column(ForeignKey("app_user.id"))
    text: Mapped[str] = mapped_column(_S("assistance_event", "text"), default="")
    data: Mapped[dict[str, Any]] = mapped_column(SealedJSON("assistance_event", "data"),
                                                  default=dict)
    __table_args__ = (Index("ix_assistance_event_case_at", "case_id", "at"),)


class PdfPrint(RecordMixin, Base):
    """Every case summary printed: who, which case, redacted or not, when.

    Kept for the audit log; ``sha256`` identifies the very file that was produced.
    """

    __tablename__ = "pdf_print"
    case_kind: Mapped[str] = mapped_column(String(20))  # assistance, crisis
    case_id: Mapped[str] = mapped_column(String(36))
    case_number: Mapped[str] = mapped_column(String(20))
    printed_at: Mapped[datetime] = mapped_column(UTCDateTime())
    user_id: Mapped[str | None] = mapped_column(ForeignKey("app_user.id"))
    printed_by: Mapped[str] = mapped_column(String(200), default="")
    redacted: Mapped[bool] = mapped_column(Boolean, default=False)
    lang: Mapped[str] = mapped_column(String(5), default="en")
    pages: Mapped[int] = mapped_column(Integer, default=0)
    sha256: Mapped[str] = mapped_column(String(64), default="")
    __table_args__ = (
        Index("ix_pdf_print_case", "case_id", "printed_at"),
        Index("ix_pdf_print_at", "printed_at"),
    )
