"""Small helpers shared by the services for synchronisable records."""

from __future__ import annotations

from typing import Any, TypeVar

from sqlalchemy.orm import Session

T = TypeVar("T")


def live(s: Session, model: type[T], row_id: Any, what: str) -> T:
    """The record ``row_id`` of ``model`` unless missing or soft-deleted.

    Raises LookupError("no <what> <id>"): a deleted record is as gone as a missing one.
    """
    row = s.get(model, row_id)
    if row is None or getattr(row, "deleted_at", None) is not None:
        raise LookupError(f"no {what} {row_id}")
    return row


class ConcurrentEditError(Exception):
    """The record was changed by someone else since the form loaded it (its version
    moved on). The one error for every kind of record: a screen catches this one; the
    kinds' own names (ConcurrentCaseEditError, ConcurrentEntryEditError) are refinements
    of it."""
