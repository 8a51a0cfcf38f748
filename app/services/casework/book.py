"""The bookkeeping every kind of case does the same way: numbers, versions, timeline.

A case is numbered per site and year with its kind's prefix (``K-2026-0001`` for a
crisis case, ``A-2026-0001`` for an assistance case); two sites may hand out the same
number and the site tells them apart. Every change of a case, or of anything that
belongs to it, stamps the case (a new version, by whom and when: sync and the edit
forms compare versions) and writes an entry to its timeline, which is append-only.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any, Generic, TypeVar

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.models import User
from app.services.casework.lifecycle import Lifecycle
from app.services.records import live

CaseT = TypeVar("CaseT")


@dataclass(frozen=True)
class TimelineEvent:
    """One entry of a case's timeline, as a screen shows it.

    ``referral_id`` and ``contact_id`` link a crisis case's entry to the referral or
    contact it is about; an assistance case's entry names those in ``data``."""

    id: str
    at: datetime
    kind: str
    user_name: str
    text: str
    data: dict[str, Any]
    referral_id: str | None = None
    contact_id: str | None = None


@dataclass(frozen=True)
class CaseHeading:
    """What every kind of case record starts with: which case it is, its state, where
    and when it was opened and by whom (a name); each kind adds its own fields."""

    id: str
    number: str
    status: str
    site_id: str
    organisation: str | None
    opened_at: datetime
    opened_by: str


def case_number(prefix: str, year: int, serial: int) -> str:
    """The number people read and say: prefix, year, serial of four digits or more."""
    return f"{prefix}-{year}-{serial:04d}"


@dataclass(frozen=True)
class CaseKind(Generic[CaseT]):
    """What the bookkeeping needs to know of one kind of case."""

    case: type[CaseT]  # the case's model (it has number, year, serial, site_id)
    event: type[Any]  # its timeline's model (case_id, at, kind, user_id, text, data)
    prefix: str  # of its numbers
    what: str  # how a refusal names it: "no <what> <id>"


class CaseBook(Generic[CaseT]):
    """One kind of case's bookkeeping, for one member of staff at one site."""

    def __init__(self, kind: CaseKind[CaseT], site_id: str, user_id: str | None):
        self.kind = kind
        self.site_id = site_id
        self.user_id = user_id

    def next_number(self, s: Session, year: int) -> tuple[int, str]:
        """The next serial of ``year`` at this site, and the number made of it."""
        model: Any = self.kind.case
        last = s.scalar(select(func.max(model.serial)).where(
            model.site_id == self.site_id, model.year == year)) or 0
        serial = int(last) + 1
        return serial, case_number(self.kind.prefix, year, serial)

    def live(self, s: Session, case_id: str) -> CaseT:
        """The case unless missing or deleted (LookupError "no <what> <id>")."""
        return live(s, self.kind.case, case_id, self.kind.what)

    def touch(self, case: Any, now: datetime) -> None:
        """Stamp the case changed: a new version, by this user, now."""
        case.stamp(now, self.user_id)

    def move_referral(self, ref: Any, lifecycle: Lifecycle, status: str, reason: str,
                      now: datetime) -> str:
        """Move a referral on, if its lifecycle allows it (else CaseStateError), with
        the reason and the time; its state before."""
        before: str = ref.status
        lifecycle.check_referral(before, status)
        ref.status, ref.status_reason, ref.status_at = status, reason, now
        ref.stamp(now, self.user_id)
        return before

    def event(self, s: Session, case_id: str, kind: str, at: datetime, *, text: str = "",
              data: dict[str, Any] | None = None, **links: str | None) -> None:
        """Add an entry to the case's timeline (``links``: the crisis timeline's
        referral_id and contact_id)."""
        s.add(self.kind.event(site_id=self.site_id, author_id=self.user_id, created_at=at,
                              updated_at=at, case_id=case_id, at=at, kind=kind,
                              user_id=self.user_id, text=text, data=data or {}, **links))

    def timeline(self, s: Session, case_id: str) -> list[TimelineEvent]:
        """The case's timeline, oldest first."""
        event: Any = self.kind.event
        linked = hasattr(event, "referral_id")
        rows = s.execute(
            select(event, User.full_name)
            .outerjoin(User, User.id == event.user_id)
            .where(event.case_id == case_id, event.deleted_at.is_(None))
            .order_by(event.at, event.id)).all()
        return [TimelineEvent(e.id, e.at, e.kind, name or "", e.text, dict(e.data or {}),
                              e.referral_id if linked else None,
                              e.contact_id if linked else None)
                for e, name in rows]
