"""The part of the quality service every sub-feature shares: the user, their role and
the permission check, the staff a round can review, names of people, and the local
drafts of the review form."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db import Store
from app.models import User, utcnow
from app.models import rubric as rubrics
from app.models.rubric import Rubric
from app.services.contacts.service import ContactService, DraftRow, UserRow
from app.services.permissions import role_of
from app.services.quality.rows import REVIEW, REVIEW_FORM, allowed, check_permission


class QualityBase:
    """Quality control for one user on one site. Every method checks the user's role."""

    def __init__(self, store: Store, user_id: str | None, rubric: Rubric | None = None,
                 clock: Callable[[], datetime] = utcnow):
        self.store = store
        self.now = clock
        self.user_id = user_id
        self.rubric = rubric or rubrics.load()
        self.contacts = ContactService(store, user_id)
        self.site_id = store.site_id
        with store.sessions() as s:
            self.role: str | None = role_of(s, user_id)

    # -- permissions --

    def can(self, action: str) -> bool:
        return allowed(self.role, action)

    def _require(self, action: str) -> None:
        check_permission(self.role, action)

    # -- people --

    def staff(self) -> list[UserRow]:
        """Active staff a round can review (everyone but the current user)."""
        self._require(REVIEW)
        with self.store.sessions() as s:
            return [
                UserRow(u.id, u.username, u.full_name, u.role)
                for u in s.scalars(
                    select(User).where(User.active.is_(True), User.deleted_at.is_(None),
                                       User.id != (self.user_id or ""))
                    .order_by(User.full_name))
            ]

    @staticmethod
    def _names(s: Session, ids: Iterable[str | None]) -> dict[str, str]:
        wanted = {i for i in ids if i}
        if not wanted:
            return {}
        return dict(s.execute(select(User.id, User.full_name).where(User.id.in_(wanted))).all())

    # -- drafts of the review form (this workstation only, like contact drafts) --

    def save_review_draft(self, draft_id: str | None, payload: dict[str, Any],
                          record_id: str) -> str:
        """Unsaved review form content; ``record_id`` is the review's id, or the contact's
        while the review has not been saved yet."""
        self._require(REVIEW)
        return self.contacts.save_draft(draft_id, REVIEW_FORM, payload, record_id)

    def review_drafts(self) -> list[DraftRow]:
        return [d for d in self.contacts.drafts(REVIEW_FORM) if d.user_id == self.user_id]

    def review_draft_for(self, record_id: str) -> DraftRow | None:
        return next((d for d in self.review_drafts() if d.record_id == record_id), None)

    def discard_review_draft(self, draft_id: str) -> None:
        self.contacts.discard_draft(draft_id)
