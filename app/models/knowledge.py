"""The knowledge base: short articles and checklists written and approved by supervisors.

An article is a synchronisable record with its Russian and Belarusian texts, the
topics and destination countries it answers, an owner, a status (``draft`` or
``approved``: only approved articles are offered to consultants) and a content
revision that grows with every saved change of its text. Every saved revision is kept
whole in ``knowledge_revision`` (who, when, what it said), so a contact that records an
article as given (``contact_knowledge_given``: which article, which revision) can
always show the text the caller got. Demo articles carry the ``fictional`` mark.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Boolean, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.models.base import Base, RecordMixin, UTCDateTime, new_uuid, utcnow

TITLE_MAX = 200
BODY_MAX = 20_000


class KnowledgeArticle(RecordMixin, Base):
    """One vetted answer: an article or a checklist, in Russian and/or Belarusian."""

    __tablename__ = "knowledge_article"
    kind: Mapped[str] = mapped_column(String(20), default="article")
    status: Mapped[str] = mapped_column(String(20), default="draft")
    title_ru: Mapped[str] = mapped_column(String(TITLE_MAX), default="")
    title_be: Mapped[str] = mapped_column(String(TITLE_MAX), default="")
    body_ru: Mapped[str] = mapped_column(Text, default="")
    body_be: Mapped[str] = mapped_column(Text, default="")
    owner_id: Mapped[str | None] = mapped_column(ForeignKey("app_user.id"))
    revision: Mapped[int] = mapped_column(Integer, default=1)
    approved_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    approved_by: Mapped[str | None] = mapped_column(ForeignKey("app_user.id"))
    reviewed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    reviewed_by: Mapped[str | None] = mapped_column(ForeignKey("app_user.id"))
    fictional: Mapped[bool] = mapped_column(Boolean, default=False)
    # Titles' then texts' words of both languages case-folded with ё→е, as
    # "<title words> | <text words>": the full-text index knowledge_fts (migration 0013)
    # is kept from it by triggers, for search as you type.
    search_key: Mapped[str] = mapped_column(Text, default="")

    topics: Mapped[list[KnowledgeTopic]] = relationship(
        cascade="all, delete-orphan", order_by="KnowledgeTopic.topic")
    destinations: Mapped[list[KnowledgeDestination]] = relationship(
        cascade="all, delete-orphan", order_by="KnowledgeDestination.country")

    __table_args__ = (
        Index("ix_knowledge_article_status", "status", "reviewed_at"),
        Index("ix_knowledge_article_title", "title_ru"),
    )


class KnowledgeTopic(Base):
    """A topic (taxonomy ``topic``) an article answers."""

    __tablename__ = "knowledge_topic"
    article_id: Mapped[str] = mapped_column(
        ForeignKey("knowledge_article.id", ondelete="CASCADE"), primary_key=True)
    topic: Mapped[str] = mapped_column(String(40), primary_key=True)
    __table_args__ = (Index("ix_knowledge_topic_topic", "topic", "article_id"),)


class KnowledgeDestination(Base):
    """A destination country an article applies to (none: any destination)."""

    __tablename__ = "knowledge_destination"
    article_id: Mapped[str] = mapped_column(
        ForeignKey("knowledge_article.id", ondelete="CASCADE"), primary_key=True)
    country: Mapped[str] = mapped_column(String(2), primary_key=True)
    __table_args__ = (Index("ix_knowledge_destination_country", "country", "article_id"),)


class KnowledgeRevision(Base):
    """One saved state of an article: every revision's whole text, who saved it, when.

    Append-only; ``action`` says what happened (create, edit, approve, withdraw,
    review, retire, import), ``content`` holds the texts, kind, topics and destinations
    as they were after it.
    """

    __tablename__ = "knowledge_revision"
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_uuid)
    article_id: Mapped[str] = mapped_column(
        ForeignKey("knowledge_article.id", ondelete="CASCADE"))
    revision: Mapped[int] = mapped_column(Integer)
    saved_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    user_id: Mapped[str | None] = mapped_column(ForeignKey("app_user.id"))
    site_id: Mapped[str] = mapped_column(String(36))
    action: Mapped[str] = mapped_column(String(20))
    status: Mapped[str] = mapped_column(String(20))
    content: Mapped[dict[str, Any]] = mapped_column(JSON)
    __table_args__ = (
        Index("ix_knowledge_revision_article", "article_id", "saved_at"),
    )


class ContactKnowledgeGiven(Base):
    """An article given to the caller during a contact, and which revision of it."""

    __tablename__ = "contact_knowledge_given"
    contact_id: Mapped[str] = mapped_column(
        ForeignKey("contact.id", ondelete="CASCADE"), primary_key=True)
    article_id: Mapped[str] = mapped_column(
        ForeignKey("knowledge_article.id"), primary_key=True)
    revision: Mapped[int] = mapped_column(Integer)
    given_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    user_id: Mapped[str | None] = mapped_column(ForeignKey("app_user.id"))
    __table_args__ = (Index("ix_contact_knowledge_given_article", "article_id", "given_at"),)
