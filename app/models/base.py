"""Declarative base and the columns every synchronisable record carries.

Every record has a time-ordered UUID (UUIDv7), created/updated times in UTC, the site
and author that made it, a version counter and a soft-delete mark. File sync between
sites relies on all of these, so they live in one mixin.
"""

from __future__ import annotations

from datetime import UTC, datetime

import uuid6
from sqlalchemy import DateTime, Integer, MetaData, String, TypeDecorator
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def new_uuid() -> str:
    """A time-ordered UUID (version 7) as text, so ids sort by creation time."""
    return str(uuid6.uuid7())


def utcnow() -> datetime:
    return datetime.now(UTC)


class UTCDateTime(TypeDecorator[datetime]):
    """Stores aware datetimes as naive UTC; returns aware UTC datetimes.

    SQLite drops timezone offsets, so everything is stored in UTC and converted to
    local time only at the edges (the UI and reports).
    """

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class TrackedMixin:
    """Columns of every record that travels between sites, apart from its id."""

    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    site_id: Mapped[str] = mapped_column(String(36))
    author_id: Mapped[str | None] = mapped_column(String(36))
    version: Mapped[int] = mapped_column(Integer, default=1)
    deleted_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), default=None)

    def stamp(self, now: datetime, author_id: str | None) -> None:
        """Record a change: a new version, by whom and when (sync compares versions)."""
        self.version += 1
        self.updated_at = now
        self.author_id = author_id

    def retire(self, now: datetime, author_id: str | None) -> None:
        """Soft-delete: the row stays, marked, so the deletion can travel between sites."""
        self.deleted_at = now
        self.stamp(now, author_id)


class RecordMixin(TrackedMixin):
    """A synchronisable record whose primary key is its UUID."""

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_uuid)
