"""The directory of contacts abroad: embassies, international organisations, NGOs.

Entries are synchronisable records (UUIDv7 id, site, author, version, soft delete).
A retired entry stays in the file (contacts refer to it) but is no longer offered.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Boolean, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, RecordMixin, UTCDateTime, new_uuid, utcnow


class DirectoryEntry(RecordMixin, Base):
    """One organisation or service in a country abroad that callers can be referred to."""

    __tablename__ = "directory_entry"
    country: Mapped[str] = mapped_column(String(2))
    type: Mapped[str] = mapped_column(String(30))
    name: Mapped[str] = mapped_column(String(300))
    city: Mapped[str] = mapped_column(String(120), default="")
    address: Mapped[str] = mapped_column(Text, default="")
    phones: Mapped[str] = mapped_column(Text, default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    website: Mapped[str] = mapped_column(String(300), default="")
    hours: Mapped[str] = mapped_column(String(300), default="")
    languages: Mapped[str] = mapped_column(String(200), default="")
    services: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    verified_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    verified_by: Mapped[str | None] = mapped_column(ForeignKey("app_user.id"))
    retired_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    fictional: Mapped[bool] = mapped_column(Boolean, default=False)
    # Name, city and services case-folded with ё→е, for search as you type in any
    # script (SQLite's lower() folds ASCII only).
    search_key: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (
        Index("ix_directory_entry_country_type", "country", "type"),
        Index("ix_directory_entry_verified", "verified_at"),
    )


class CountryEmergency(RecordMixin, Base):
    """General emergency numbers of a country (police, ambulance, 112…)."""

    __tablename__ = "country_emergency"
    country: Mapped[str] = mapped_column(String(2), index=True)
    numbers: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    fictional: Mapped[bool] = mapped_column(Boolean, default=False)


class DirectoryChange(Base):
    """Who changed what and when in the directory.

    One row per change of an entry (``entry_id`` set) or of a country's emergency
    numbers (``entry_id`` empty, ``country`` set).
    """

    __tablename__ = "directory_change"
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_uuid)
    entry_id: Mapped[str | None] = mapped_column(
        ForeignKey("directory_entry.id", ondelete="CASCADE")
    )
    country: Mapped[str | None] = mapped_column(String(2))
    changed_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    user_id: Mapped[str | None] = mapped_column(ForeignKey("app_user.id"))
    site_id: Mapped[str] = mapped_column(String(36))
    action: Mapped[str] = mapped_column(String(20))
    changes: Mapped[dict[str, Any]] = mapped_column(JSON)
    __table_args__ = (
        Index("ix_directory_change_entry", "entry_id", "changed_at"),
        Index("ix_directory_change_country", "country", "changed_at"),
    )


class ContactDirectoryGiven(Base):
    """A directory entry whose contacts were given to the caller during a contact."""

    __tablename__ = "contact_directory_given"
    contact_id: Mapped[str] = mapped_column(
        ForeignKey("contact.id", ondelete="CASCADE"), primary_key=True
    )
    entry_id: Mapped[str] = mapped_column(ForeignKey("directory_entry.id"), primary_key=True)
    given_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    user_id: Mapped[str | None] = mapped_column(ForeignKey("app_user.id"))
    __table_args__ = (Index("ix_contact_directory_given_entry", "entry_id", "given_at"),)
