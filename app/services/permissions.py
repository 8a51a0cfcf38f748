"""Who may do what: the one permission matrix of the app.

Every service asks :func:`require` (or :func:`allowed`) with the acting user's role
before it reads or changes anything that is not open to every role; the user interface
asks :func:`allowed` only to decide what to offer. ``docs/permissions.md`` is the same
matrix in words, and ``tests/test_permissions.py`` checks every cell.

Roles: ``consultant`` answers the line; ``specialist`` runs assistance cases;
``supervisor`` reviews quality, publishes statistics and exchanges data with the
partner organisation; ``administrator`` manages accounts, the site, its keys and
erasure, and may do everything a supervisor does.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import select

from app.models import User
from app.services.messages import UserError

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from app.db import Store

ROLES: tuple[str, ...] = ("consultant", "specialist", "supervisor", "administrator")

_ALL = frozenset(ROLES)
_CASEWORK = frozenset({"specialist", "supervisor", "administrator"})
_SUPERVISION = frozenset({"supervisor", "administrator"})
_ADMIN = frozenset({"administrator"})

# action → the roles that may perform it
MATRIX: dict[str, frozenset[str]] = {
    # contacts and crisis work: the infoline's everyday work, open to every role
    "contact.record": _ALL,
    "contact.view": _ALL,
    "crisis.run": _ALL,
    "directory.view": _ALL,
    "knowledge.view": _ALL,
    "agencies.check": _ALL,
    "recruiters.record": _ALL,
    "quality.own": _ALL,
    "shift.own": _ALL,
    # assistance cases hold the most sensitive data: social-work staff only
    "assistance.manage": _CASEWORK,
    "assistance.print": _CASEWORK,
    # supervision
    "quality.review": _SUPERVISION,
    "shift.supervise": _SUPERVISION,
    "stats.view": _SUPERVISION,
    "stats.export": _SUPERVISION,
    "legacy.import": _SUPERVISION,
    "directory.edit": _SUPERVISION,
    "knowledge.edit": _SUPERVISION,
    "recruiters.view": _SUPERVISION,
    "sync.exchange": _SUPERVISION,
    "sync.resolve": _SUPERVISION,
    "backup.make": _SUPERVISION,
    # administration
    "accounts.manage": _ADMIN,
    "agencies.import": _ADMIN,
    "site.manage": _ADMIN,
    "audit.view": _ADMIN,
    "erasure.run": _ADMIN,
    "backup.restore": _ADMIN,
}

class PermissionDeniedError(UserError):
    """The user's role does not allow the action. The message is for the user."""

    def __init__(self, role: str | None, action: str, message: str | None = None):
        self.role = role
        self.action = action
        if message is not None:
            super().__init__(message)
        elif role:
            super().__init__("your role ({role}) does not allow this ({action})",
                             role=role, action=action)
        else:
            super().__init__("this needs an active account allowed to do it ({action})",
                             action=action)


def allowed(role: str | None, action: str) -> bool:
    """Whether ``role`` may perform ``action``. Unknown actions are refused."""
    if action not in MATRIX:
        raise KeyError(f"unknown action {action!r}")
    return role is not None and role in MATRIX[action]


def require(role: str | None, action: str) -> None:
    """Raise :class:`PermissionDeniedError` unless ``role`` may perform ``action``."""
    if not allowed(role, action):
        raise PermissionDeniedError(role, action)


def role_of(session: Session, user_id: str | None) -> str | None:
    """The role of an active account, or None (no user, unknown, deactivated or
    deleted), which no action allows."""
    if not user_id:
        return None
    row = session.execute(
        select(User.role, User.active, User.deleted_at).where(User.id == user_id)).first()
    if row is None or not row.active or row.deleted_at is not None:
        return None
    return str(row.role)


def user_role(store: Store, user_id: str | None) -> str | None:
    """:func:`role_of` in a session of its own."""
    if not user_id:
        return None
    with store.sessions() as s:
        return role_of(s, user_id)


def require_user(store: Store, user_id: str | None, action: str) -> str:
    """Raise :class:`PermissionDeniedError` unless the account may perform ``action``;
    returns its role."""
    role = user_role(store, user_id)
    require(role, action)
    assert role is not None
    return role
