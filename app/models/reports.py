"""The words a manager writes for the published report, kept with its period.

A text block (an introduction, a comment on the crisis cases, a conclusion…) belongs to
one report: its period, and its organisation or both (an empty ``organisation``). It
is the manager's own text about the year, not a record of a person; it stays at the
site that writes the report and is never synchronised.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, String, Text, UniqueConstraint
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
