"""The lists of cases: the filter they all start from, and keyset pages.

A list shows the newest cases first and asks for the next page after the last row it
has, by that row's (opened_at, id): a page costs the same however far down it is, and a
case opened meanwhile does not shift the rows already shown (the screens' lazy table
model, app/ui/widgets/table_models.py, asks page by page).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any, Protocol

from sqlalchemy import and_, or_

NOT_CLOSED = "not_closed"
"""A status filter: every case that is not closed (open, active, monitoring)."""

PageKey = tuple[datetime, str]
"""Where a page ends: the last row's opening time and id."""


class ListedCase(Protocol):
    @property
    def opened_at(self) -> datetime: ...

    @property
    def id(self) -> str: ...


@dataclass
class CaseQuery:
    """What every case list filters by; each kind of case adds its own filters."""

    status: str | None = None  # a status code, NOT_CLOSED, or None for all
    text: str = ""  # part of the number, or more (each kind says what)


def page_key(row: ListedCase | None) -> PageKey | None:
    """The key of the page after ``row`` (None: the first page)."""
    return (row.opened_at, row.id) if row is not None else None


def base_conditions(model: Any, status: str | None, closed: str = "closed") -> list[Any]:
    """The cases not deleted, of ``status`` (NOT_CLOSED: any but ``closed``)."""
    cond: list[Any] = [model.deleted_at.is_(None)]
    if status == NOT_CLOSED:
        cond.append(model.status != closed)
    elif status:
        cond.append(model.status == status)
    return cond


def after(model: Any, key: PageKey | None) -> list[Any]:
    """The condition for the rows after ``key`` in newest-first order."""
    if key is None:
        return []
    return [or_(model.opened_at < key[0], and_(model.opened_at == key[0], model.id < key[1]))]


def newest_first(model: Any) -> tuple[Any, Any]:
    return (model.opened_at.desc(), model.id.desc())


def as_utc(value: Any) -> datetime | None:
    """A time read through an aggregate, where the column type may not apply."""
    if value is None:
        return None
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    assert isinstance(value, datetime)
    return value if value.tzinfo is not None else value.replace(tzinfo=UTC)


def as_date(value: Any) -> date | None:
    """A date read through an aggregate or subquery, where the column type may not
    apply (SQLite hands back the stored text)."""
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])
