"""Contacts (calls, e-mails, chats, visits), callers, drafts, history; the site's settings.

Staff accounts are in app/models/accounts.py."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.models.base import Base, RecordMixin, TrackedMixin, UTCDateTime, new_uuid, utcnow

NOTES_MAX = 20_000
"""Longest free-text note accepted, in characters (about eight printed pages)."""


class Setting(Base):
    """Site configuration as key/value pairs (site id and name, working hours…)."""

    __tablename__ = "setting"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[Any] = mapped_column(JSON)


class Caller(RecordMixin, Base):
    """An optional caller profile linking repeat contacts. Personal data."""

    __tablename__ = "caller"
    nickname: Mapped[str | None] = mapped_column(String(100))
    phone: Mapped[str | None] = mapped_column(String(40))
    email: Mapped[str | None] = mapped_column(String(200))
    # Normalised keys for repeat-caller search: digits of the phone, folded
    # e-mail and nickname (SQLite's lower() folds ASCII only).
    phone_key: Mapped[str | None] = mapped_column(String(40), index=True)
    email_key: Mapped[str | None] = mapped_column(String(200), index=True)
    nickname_key: Mapped[str | None] = mapped_column(String(100), index=True)


class Contact(TrackedMixin, Base):
    """One call, e-mail, chat, letter or visit.

    ``seq`` is a local integer key (stable across VACUUM, used by the full-text index
    and the lazy list); ``id`` is the UUID that identifies the record between sites.
    """

    __tablename__ = "contact"
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    id: Mapped[str] = mapped_column(String(36), unique=True, default=new_uuid)

    kind: Mapped[str] = mapped_column(String(20), default="consultation")
    channel: Mapped[str] = mapped_column(String(20))
    started_at: Mapped[datetime] = mapped_column(UTCDateTime())
    ended_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    consultant_id: Mapped[str | None] = mapped_column(ForeignKey("app_user.id"))
    organisation: Mapped[str | None] = mapped_column(String(20))
    gender: Mapped[str] = mapped_column(String(20), default="unknown")
    age_group: Mapped[str | None] = mapped_column(String(20))
    region: Mapped[str | None] = mapped_column(String(20))
    caller_role: Mapped[str | None] = mapped_column(String(20))
    travel_purpose: Mapped[str | None] = mapped_column(String(30))
    how_heard: Mapped[str | None] = mapped_column(String(30))
    crisis: Mapped[bool] = mapped_column(Boolean, default=False)
    out_of_hours: Mapped[bool] = mapped_column(Boolean, default=False)
    caller_id: Mapped[str | None] = mapped_column(ForeignKey("caller.id"), index=True)
    notes: Mapped[str] = mapped_column(Text, default="")

    topics: Mapped[list[ContactTopic]] = relationship(
        cascade="all, delete-orphan", order_by="ContactTopic.topic"
    )
    destinations: Mapped[list[ContactDestination]] = relationship(
        cascade="all, delete-orphan", order_by="ContactDestination.position"
    )
    outcomes: Mapped[list[ContactOutcome]] = relationship(
        cascade="all, delete-orphan", order_by="ContactOutcome.outcome"
    )

    __table_args__ = (
        Index("ix_contact_started", "started_at", "seq"),
        Index("ix_contact_consultant_started", "consultant_id", "started_at"),
        Index("ix_contact_channel_started", "channel", "started_at"),
    )


class ContactTopic(Base):
    __tablename__ = "contact_topic"
    contact_id: Mapped[str] = mapped_column(
        ForeignKey("contact.id", ondelete="CASCADE"), primary_key=True
    )
    topic: Mapped[str] = mapped_column(String(40), primary_key=True)
    __table_args__ = (Index("ix_contact_topic_topic", "topic", "contact_id"),)


class ContactDestination(Base):
    __tablename__ = "contact_destination"
    contact_id: Mapped[str] = mapped_column(
        ForeignKey("contact.id", ondelete="CASCADE"), primary_key=True
    )
    country: Mapped[str] = mapped_column(String(2), primary_key=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    __table_args__ = (Index("ix_contact_destination_country", "country", "contact_id"),)


class ContactOutcome(Base):
    __tablename__ = "contact_outcome"
    contact_id: Mapped[str] = mapped_column(
        ForeignKey("contact.id", ondelete="CASCADE"), primary_key=True
    )
    outcome: Mapped[str] = mapped_column(String(40), primary_key=True)


class ContactChange(Base):
    """Who changed what and when: one row per save of a contact."""

    __tablename__ = "contact_change"
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_uuid)
    contact_id: Mapped[str] = mapped_column(ForeignKey("contact.id", ondelete="CASCADE"))
    changed_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    user_id: Mapped[str | None] = mapped_column(ForeignKey("app_user.id"))
    site_id: Mapped[str] = mapped_column(String(36))
    action: Mapped[str] = mapped_column(String(20))
    changes: Mapped[dict[str, Any]] = mapped_column(JSON)
    __table_args__ = (Index("ix_contact_change_contact", "contact_id", "changed_at"),)


class Draft(Base):
    """Unsaved form content, written on every change so a crash loses nothing."""

    __tablename__ = "draft"
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_uuid)
    form: Mapped[str] = mapped_column(String(40))
    user_id: Mapped[str | None] = mapped_column(ForeignKey("app_user.id"))
    record_id: Mapped[str | None] = mapped_column(String(36))
    payload: Mapped[dict[str, Any]] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
