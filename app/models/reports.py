"""What a manager keeps for the published report: its text blocks and the campaigns.

A text block (an introduction, a comment on the crisis cases, a conclusion…) belongs to
one report: its period, and its organisation or both (an empty ``organisation``). It
is the manager's own text about the year, not a record of a person.

A campaign (an information campaign such as «Принимай решение с открытыми глазами»,
launched on 18 October 2013) has a name, its dates and the channel it ran on, one of
the "how heard" codes, so the callers' answers show what it did.

Neither names a person; both stay at the site that keeps them and are never
synchronised.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, UTCDateTime, utcnow

TEXT_BLOCKS: tuple[str, ...] = ("introduction", "consultations", "crisis", "assistance",
                                "conclusion")
"""Where a block goes in the report, in its order."""
TEXT_BLOCK_MAX = 20_000
"""Characters of one block (a few pages)."""


class ReportText(Base):
    """One text block of the report of a period."""

    __tablename__ = "report_text"
    __table_args__ = (UniqueConstraint("period_from", "period_to", "organisation", "block",
                                       name="uq_report_text_block"),)
    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    period_from: Mapped[date] = mapped_column(Date)
    period_to: Mapped[date] = mapped_column(Date)
    organisation: Mapped[str] = mapped_column(String(40), default="")
    block: Mapped[str] = mapped_column(String(40))
    body: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_by: Mapped[str | None] = mapped_column(String(36), nullable=True)


CAMPAIGN_NAME_MAX = 200


class Campaign(Base):
    """An information campaign: its name, its days (``ends_on`` None: still running)
    and its channel (a code of the ``how_heard`` list: tv, internet, outdoor…)."""

    __tablename__ = "campaign"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    name: Mapped[str] = mapped_column(String(CAMPAIGN_NAME_MAX))
    starts_on: Mapped[date] = mapped_column(Date)
    ends_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    channel: Mapped[str] = mapped_column(String(40))
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_by: Mapped[str | None] = mapped_column(String(36), nullable=True)
