"""The Ministry's list of agencies licensed to recruit for work abroad, the checks of it
made during contacts, and the recruiters and employers callers name.

- An :class:`AgencyList` is one imported list, dated as the Ministry dated it. A new
  import replaces the current list in one transaction: the old list's agencies are
  deleted, the list itself stays (``replaced_at`` set) so its date remains in the
  history. Its agencies (:class:`LicensedAgency`) travel with it between sites.
- An :class:`AgencyCheck` records a search of the list during a contact: what was
  searched, the answer given and the date of the list that gave it.
- A :class:`RecruiterMention` is what the caller said about a third party who
  approached them (an agency, a website, a social-network account, a phone number, a
  person). It belongs to the contact it was told in, never to the caller's profile,
  and names who entered it and when.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, RecordMixin, UTCDateTime, new_uuid, utcnow

MENTION_KINDS: tuple[str, ...] = ("agency", "website", "social", "phone", "person")
MENTION_ROLES: tuple[str, ...] = ("recruiter", "employer")
CHECK_ANSWERS: tuple[str, ...] = ("licensed", "expired", "not_found", "no_list")
MENTION_TEXT_MAX = 300
"""Longest recruiter text accepted, in characters."""


class AgencyList(RecordMixin, Base):
    """One imported list of licensed agencies."""

    __tablename__ = "agency_list"
    list_date: Mapped[date] = mapped_column(Date)
    imported_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    imported_by: Mapped[str | None] = mapped_column(ForeignKey("app_user.id"))
    source_name: Mapped[str] = mapped_column(String(255), default="")
    agencies: Mapped[int] = mapped_column(Integer, default=0)
    replaced_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    fictional: Mapped[bool] = mapped_column(Boolean, default=False)


class LicensedAgency(Base):
    """An agency of a list. ``search_key`` is the name, registration and licence numbers
    folded to one Latin spelling (app/services/recruiters/keys.py), for search in any
    script."""

    __tablename__ = "licensed_agency"
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_uuid)
    list_id: Mapped[str] = mapped_column(ForeignKey("agency_list.id", ondelete="CASCADE"),
                                         index=True)
    name: Mapped[str] = mapped_column(String(500))
    unp: Mapped[str] = mapped_column(String(9))
    licence_number: Mapped[str] = mapped_column(String(50), default="")
    licence_from: Mapped[date | None] = mapped_column(Date)
    licence_until: Mapped[date | None] = mapped_column(Date)
    address: Mapped[str] = mapped_column(String(500), default="")
    search_key: Mapped[str] = mapped_column(Text, default="")


class AgencyCheck(RecordMixin, Base):
    """A search of the licensed-agency list during a contact, and its answer."""

    __tablename__ = "agency_check"
    contact_id: Mapped[str] = mapped_column(ForeignKey("contact.id", ondelete="CASCADE"),
                                            index=True)
    checked_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    checked_by: Mapped[str | None] = mapped_column(ForeignKey("app_user.id"))
    query: Mapped[str] = mapped_column(String(MENTION_TEXT_MAX))
    answer: Mapped[str] = mapped_column(String(20))
    agency_name: Mapped[str] = mapped_column(String(500), default="")
    unp: Mapped[str] = mapped_column(String(9), default="")
    licence_until: Mapped[date | None] = mapped_column(Date)
    list_date: Mapped[date | None] = mapped_column(Date)


class RecruiterMention(RecordMixin, Base):
    """An agency, website, account, phone number or person a caller named as the one
    who recruited or employed them. ``match_key`` groups the spellings of one recruiter
    (app/services/recruiters/keys.py)."""

    __tablename__ = "recruiter_mention"
    contact_id: Mapped[str] = mapped_column(ForeignKey("contact.id", ondelete="CASCADE"),
                                            index=True)
    kind: Mapped[str] = mapped_column(String(20))
    role: Mapped[str] = mapped_column(String(20), default="recruiter")
    text: Mapped[str] = mapped_column(String(MENTION_TEXT_MAX))
    match_key: Mapped[str] = mapped_column(String(MENTION_TEXT_MAX))
    entered_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    entered_by: Mapped[str | None] = mapped_column(ForeignKey("app_user.id"))

    __table_args__ = (Index("ix_recruiter_mention_key", "match_key", "entered_at"),)
