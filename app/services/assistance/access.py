"""Who may work on assistance cases, and what every part of the service shares: the
sessions it reads and writes in (each checks the user's role first), the case looked up
live, its moves (open → active → monitoring → closed) and its bookkeeping (numbers,
version stamps, the timeline: app/services/casework).

The rule itself is the permission matrix's (app/services/permissions.py): social-work
specialists, and supervisors and administrators who stand in for them.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from app.db import Store
from app.models import AssistanceCase, AssistanceEvent, User, new_uuid, utcnow
from app.models.assistance import CASE_TRANSITIONS, CLOSED, REFERRAL_TRANSITIONS
from app.models.taxonomy import Taxonomy
from app.models.taxonomy import load as load_taxonomy
from app.services.casework.book import CaseBook, CaseKind
from app.services.casework.lifecycle import CaseStateError, Lifecycle
from app.services.permissions import PermissionDeniedError, allowed, role_of
from app.services.records import ConcurrentEditError, live

MANAGE = "assistance.manage"
PRINT = "assistance.print"

ASSISTANCE_CASES: CaseKind[AssistanceCase] = CaseKind(
    AssistanceCase, AssistanceEvent, "A", "assistance case")
CASES = Lifecycle(CASE_TRANSITIONS, "case_status")
"""An assistance case's lifecycle: open → active → monitoring → closed, reopened as active."""
REFERRALS = Lifecycle(REFERRAL_TRANSITIONS, "referral_status")
"""An assistance referral's lifecycle: sent → accepted / declined → done."""


def may_manage_assistance(role: str | None) -> bool:
    """Whether a user with ``role`` may open, read and change assistance cases
    (social-work specialists, and supervisors and administrators who stand in for
    them); the rule itself is the permission matrix's."""
    return allowed(role, MANAGE)


class AssistancePermissionError(PermissionDeniedError):
    """The user may not work on assistance cases."""


class ConcurrentCaseEditError(ConcurrentEditError):
    """The case was changed by someone else since the form loaded it."""


class AssistanceAccess:
    """The ground of the assistance service: one store, one member of staff."""

    def __init__(self, store: Store, user_id: str | None, tax: Taxonomy | None = None):
        self.store = store
        self.user_id = user_id
        self.tax = tax or load_taxonomy()
        self.site_id = store.site_id
        self.book = CaseBook(ASSISTANCE_CASES, self.site_id, user_id)

    # -- permissions --

    def _role(self, s: Session) -> str | None:
        return role_of(s, self.user_id)

    def may_manage(self) -> bool:
        with self.store.sessions() as s:
            return may_manage_assistance(self._role(s))

    def require_print(self) -> None:
        """Raise :class:`AssistancePermissionError` unless the user may print cases."""
        with self.store.sessions() as s:
            self._require(s, PRINT)

    def _require(self, s: Session, action: str = MANAGE) -> None:
        role = self._role(s)
        if not allowed(role, action):
            raise AssistancePermissionError(
                role, action, "only social-work specialists, supervisors and administrators "
                "work on assistance cases" if action == MANAGE else
                "only social-work specialists, supervisors and administrators print "
                "assistance cases")

    @contextmanager
    def _writing(self, action: str = MANAGE) -> Iterator[Session]:
        with self.store.session() as s:
            self._require(s, action)
            s.info["audit_user"] = self.user_id
            yield s

    @contextmanager
    def _reading(self) -> Iterator[Session]:
        with self.store.sessions() as s:
            self._require(s)
            yield s

    def user_name(self, user_id: str | None = None) -> str:
        uid = user_id or self.user_id
        if uid is None:
            return ""
        with self.store.sessions() as s:
            user = s.get(User, uid)
            return user.full_name if user is not None else ""

    # -- what every change shares --

    def _record_base(self, now: datetime) -> dict[str, Any]:
        return {"id": new_uuid(), "site_id": self.site_id, "author_id": self.user_id,
                "created_at": now, "updated_at": now}

    def _live(self, s: Session, case_id: str) -> AssistanceCase:
        return self.book.live(s, case_id)

    def _live_child(self, s: Session, model: Any, row_id: str) -> Any:
        return live(s, model, row_id, model.__tablename__)

    def _open_case_for_work(self, s: Session, case_id: str) -> AssistanceCase:
        case = self._live(s, case_id)
        if case.status == CLOSED:
            raise CaseStateError("the case is closed; reopen it first")
        return case

    def _delete_child(self, model: Any, row_id: str, kind: str, now: datetime | None,
                      describe: Any) -> None:
        """Soft-delete a service, referral or visit; the timeline says what it was."""
        now = now or utcnow()
        with self._writing() as s:
            row = self._live_child(s, model, row_id)
            case = self._open_case_for_work(s, row.case_id)
            row.retire(now, self.user_id)
            self.book.event(s, case.id, f"{kind}_deleted", now,
                            data={f"{kind}_id": row.id, **describe(row)})
            self.book.touch(case, now)

    def _move(self, s: Session, case: AssistanceCase, status: str, now: datetime, *,
              reason: str | None = None, note: str = "") -> None:
        before = case.status
        CASES.check_case(before, status)
        case.status = status
        if status == CLOSED:
            case.closed_at, case.closed_by = now, self.user_id
            case.closure_reason, case.closure_note = reason, note
            self.book.event(s, case.id, "closed", now, text=note,
                            data={"reason": reason, "from": before})
        else:
            if before == CLOSED:
                case.closed_at = case.closed_by = case.closure_reason = None
                case.closure_note = ""
            kind = "reopened" if before == CLOSED else "status"
            self.book.event(s, case.id, kind, now, text=note,
                            data={"from": before, "to": status})
        self.book.touch(case, now)
