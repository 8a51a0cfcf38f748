"""Personal accounts: creating them, roles, deactivation, passwords.

An account is a row of ``app_user`` (role, state) plus an entry in the key file beside
the database (app/db/keyring.py): the database key wrapped with a key derived from the
account's password. A password is never stored or logged anywhere else. Only an
administrator (``accounts.manage``) changes other people's accounts; everybody may
change their own password, given the old one. The database always keeps at least one
active administrator who can log in.

Password rules follow NIST SP 800-63B (section 5.1.1.2): at least
:data:`MIN_LENGTH` characters (any characters, spaces included), not a commonly used
password, not the user name and not an obvious word of this service; no rules about
upper case, digits or symbols, and no expiry. A demo database (``infoline demo``) is
exempt from the length and common-password rules, so its accounts can use ``demo``.
"""

from __future__ import annotations

import hmac
import logging
import re
import unicodedata
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.db import Store
from app.db.keyring import KeySet, LockedOut, WrongPassword
from app.db.killpoint import step
from app.models import User, utcnow
from app.models.audit import append
from app.services.accounts import signing
from app.services.messages import UserError
from app.services.permissions import ROLES, PermissionDeniedError, allowed, require, role_of
from app.services.validation import FieldError, ValidationError

if TYPE_CHECKING:
    from app.db.keyring import Keyring

log = logging.getLogger("app.accounts")

MIN_LENGTH = 10
MAX_LENGTH = 256
"""Long passphrases are welcome; past this the key derivation would just waste time."""
USERNAME_MAX = 64
FULL_NAME_MAX = 200
MANAGE = "accounts.manage"
ADMINISTRATOR = "administrator"
RESERVED_USERNAMES = frozenset({"recovery"})
"""Names the key file uses for itself."""

_USERNAME = re.compile(r"^[^\W_][\w.\-]{1,63}$")


class AccountError(UserError):
    """The change is not possible (the last administrator, a name already taken…);
    the message is for the user."""


# -- password rules ----------------------------------------------------------------------


def _words(name: str) -> frozenset[str]:
    text = resources.files("app").joinpath("resources", "passwords", name).read_text("utf-8")
    return frozenset(
        line.strip().casefold() for line in text.splitlines()
        if line.strip() and not line.lstrip().startswith("#"))


@cache
def common_passwords() -> frozenset[str]:
    """Passwords too common to use, folded to lower case."""
    return _words("common-passwords.txt")


@cache
def service_words() -> frozenset[str]:
    """Obvious words of this service (its name, the organisations, the roles)."""
    return _words("infoline-words.txt")


def _letters(text: str) -> str:
    """``text`` without digits, spaces and punctuation, folded: "Infoline-113!" →
    "infoline"."""
    return "".join(ch for ch in unicodedata.normalize("NFKC", text).casefold()
                   if ch.isalpha())


def password_problems(password: str, username: str = "", *,
                      demo: bool = False) -> list[FieldError]:
    """What is wrong with ``password`` as the password of ``username``; empty when it
    may be used. Messages say what to do."""
    problems: list[FieldError] = []

    def bad(problem: str, message: str, **params: object) -> None:
        problems.append(FieldError("password", problem, message, params))

    if not password:
        bad("required", "is required")
        return problems
    folded = unicodedata.normalize("NFKC", password).casefold()
    name = username.strip().casefold()
    if name and (folded == name or (_letters(password) and _letters(password) == _letters(name)
                                    and len(_letters(name)) >= 3)):
        bad("same_as_username", "must not be the user name")
    if len(password) > MAX_LENGTH:
        bad("too_long", f"is longer than {MAX_LENGTH} characters", limit=MAX_LENGTH)
    if demo:
        return problems
    if len(password) < MIN_LENGTH:
        bad("too_short", f"must have at least {MIN_LENGTH} characters; a few words in a "
            "row make a good password", limit=MIN_LENGTH)
    elif folded in common_passwords() or folded.strip() in common_passwords():
        bad("common", "is one of the most common passwords; choose one that others "
            "would not guess")
    elif _letters(password) in service_words() or not _letters(password):
        bad("obvious", "is too easy to guess (the name of the service or only "
            "digits and symbols); choose something else")
    return problems


def check_password(password: str, username: str = "", *, demo: bool = False) -> None:
    """Raise :class:`ValidationError` when ``password`` breaks a rule."""
    problems = password_problems(password, username, demo=demo)
    if problems:
        raise ValidationError(problems)


def normal_username(username: str) -> str:
    """User names are kept in lower case without surrounding spaces."""
    return unicodedata.normalize("NFKC", username).strip().casefold()


def username_problems(username: str) -> list[FieldError]:
    name = normal_username(username)
    if not name:
        return [FieldError("username", "required", "is required")]
    if len(name) > USERNAME_MAX:
        return [FieldError("username", "too_long", f"is longer than {USERNAME_MAX} characters",
                           {"limit": USERNAME_MAX})]
    if not _USERNAME.match(name) or name in RESERVED_USERNAMES:
        return [FieldError("username", "invalid",
                           "use 2 or more letters or digits; dots, dashes and underscores "
                           "may join them")]
    return []


# -- the service ------------------------------------------------------------------------


@dataclass(frozen=True)
class AccountRow:
    id: str
    username: str
    full_name: str
    role: str
    active: bool
    must_change_password: bool
    password_changed_at: datetime | None
    last_login_at: datetime | None
    has_password: bool
    """The key file has an entry for the account: it can log in (when active)."""
    locked_until: datetime | None
    """Locked after too many failed passwords, until then."""


class AccountService:
    """Accounts of one database, changed by one logged-in user (``actor_id``).

    ``keyring`` and ``db_key`` are those of the open database: a new password wraps
    the database key again.
    """

    def __init__(self, store: Store, keyring: Keyring, db_key: bytes, actor_id: str | None):
        self.store = store
        self.keyring = keyring
        self.db_key = db_key
        self.actor_id = actor_id

    def _keys(self) -> KeySet:
        """The acting login's keys (app.db.keyring.KeySet): those the store was opened
        with (kept current when a deactivation changes them), else the database key."""
        keys = self.store.keys
        return keys if isinstance(keys, KeySet) else KeySet(self.db_key)

    @staticmethod
    def _grants(role: str) -> dict[str, bool]:
        """Which keys an account of ``role`` holds besides the database key."""
        return {"case": allowed(role, "assistance.manage"), "sign": role == ADMINISTRATOR}

    def _sign(self, user: User) -> None:
        keys = self._keys()
        if keys.sign_key is not None:
            signing.sign(user, self.store.key, keys.sign_key)
        else:
            log.warning("an account was changed without the signing key; it is left "
                        "unsigned until an administrator holding the key logs in")

    def _can_rotate(self) -> None:
        """Refuse before anything changes when the database key could not be changed
        afterwards (a recovery code from before key pairs could not follow it)."""
        keys = self._keys()
        if keys.sign_key is not None and keys.case_key is not None and \
                not self.keyring.recovery_is_current():
            raise AccountError("the recovery code was made by an older version of Infoline "
                               "Desk and cannot follow a new database key; make a new "
                               "recovery code first (Accounts, New recovery code…; or "
                               "infoline accounts recovery-code)")

    def new_recovery_code(self, password: str) -> str:
        """A new recovery code (administrators): it opens every key; the old one stops
        working. Shown once, never kept.

        ``password`` is the administrator's own, asked again: a window left open must
        not hand the way into every record to whoever sits down at it. A wrong one
        counts towards the lockout like a failed login. When anything fails (a wrong
        password, a key file that cannot be written, a full disk) the old code keeps
        working: the audit entry is written first, and a key file changed before the
        entry could be committed is put back. The new code stays marked "not shown"
        until :meth:`recovery_code_seen`: a window killed before the administrator wrote
        it down has the next administrator's login ask for a new one.
        """
        with self.store.sessions() as s:
            self._require_manage(s)
            username = self._user(s, str(self.actor_id)).username
        keys = self._keys()
        if keys.case_key is None or keys.sign_key is None:
            raise AccountError("this login does not hold every key; log in again as an "
                               "administrator")
        self._confirm_password(username, password)
        old = self.keyring.recovery_entry()
        new: dict[str, Any] | None = None
        try:
            with self.store.session() as s:
                self._require_manage(s)
                append(s, "recovery.new", user_id=self.actor_id, object_kind="user")
                code = self.keyring.set_recovery_code(keys, unseen=True)
                new = self.keyring.recovery_entry()
                step("recovery.written")
        except BaseException:
            if new is not None and not self.keyring.restore_recovery_entry(old, replacing=new):
                log.warning("a new recovery code could not be recorded and the old one "
                            "could not be put back")
            raise
        log.info("a new recovery code was made")
        return code

    def recovery_code_seen(self) -> None:
        """The new code was written down or printed: no longer asked for at the next
        administrator's login (:attr:`app.db.keyring.Keyring.recovery_code_unseen`)."""
        self.keyring.recovery_code_seen()

    def _confirm_password(self, username: str, password: str, field: str = "password") -> None:
        """Raise unless ``password`` opens ``username``'s entry, and that entry opens this
        database (re-authentication before a change that needs it); a wrong one is a
        problem of the form's ``field``."""
        try:
            key = self.keyring.unlock(username, password)
        except WrongPassword:
            raise ValidationError([FieldError(field, "wrong",
                                              "is not your current password")]) from None
        except LockedOut as exc:
            raise AccountError("too many failed attempts: locked until {until}",
                               until=exc.until.astimezone().strftime("%H:%M")) from None
        if not hmac.compare_digest(key, self._keys().db_key):
            raise AccountError("the key file does not belong to this database")

    def _rotate(self, *, new_case: bool, drop: tuple[str, ...] = ()) -> None:
        """A new database key (and case key), sealed to every account left: a copy of
        the key file saved by someone who lost access no longer opens the database."""
        keys = self._keys()
        if keys.sign_key is None or keys.case_key is None:
            log.warning("the database key was not changed: this login does not hold the "
                        "signing and case keys")
            return
        new, dropped = self.keyring.start_rekey(keys, new_case=new_case, drop=drop)
        self.store.keys = new
        if new.prev_case_key is not None:
            self.store.use_case_key(new.case_key, new.prev_case_key)
        signing.finish_rekey(self.store, self.keyring, new)
        self.db_key = new.db_key
        with self.store.session() as s:
            append(s, "keys.rotate", user_id=self.actor_id, object_kind="user",
                   details={"case_key": new_case, "entries_removed": dropped})
        log.info("database key changed%s; %d old entries removed",
                 " with the case key" if new_case else "", len(dropped))

    # -- helpers --

    @property
    def is_demo(self) -> bool:
        return bool(self.store.setting("demo", False))

    def _require_manage(self, s: Session) -> None:
        require(role_of(s, self.actor_id), MANAGE)

    def may_manage(self) -> bool:
        with self.store.sessions() as s:
            return allowed(role_of(s, self.actor_id), MANAGE)

    def _current_keyring(self) -> Keyring:
        """The key file as it is now: logins elsewhere (another window, the command
        line) change failure counts and lockouts."""
        try:
            return type(self.keyring).load(self.store.path)
        except Exception:  # the file went: what this service holds is all there is
            return self.keyring

    def _row(self, u: User, keyed: set[str] | None = None,
             ring: Keyring | None = None) -> AccountRow:
        ring = ring or self.keyring
        names = keyed if keyed is not None else set(ring.usernames())
        return AccountRow(
            id=u.id, username=u.username, full_name=u.full_name, role=u.role,
            active=bool(u.active), must_change_password=bool(u.must_change_password),
            password_changed_at=u.password_changed_at, last_login_at=u.last_login_at,
            has_password=u.username in names,
            locked_until=ring.locked_until(u.username) if u.username in names else None,
        )

    @staticmethod
    def _user(s: Session, user_id: str) -> User:
        user = s.get(User, user_id)
        if user is None or user.deleted_at is not None:
            raise LookupError(f"no account {user_id}")
        return user

    def _log(self, s: Session, action: str, user_id: str, **details: Any) -> None:
        append(s, action, user_id=self.actor_id, object_kind="user", object_id=user_id,
               details=details or None)

    def _admins_left(self, s: Session, without: str) -> int:
        """Active administrators who can log in, other than ``without``."""
        names = set(self.keyring.usernames())
        rows = s.scalars(select(User.username).where(
            User.role == ADMINISTRATOR, User.active.is_(True), User.deleted_at.is_(None),
            User.id != without))
        return sum(1 for name in rows if name in names)

    def _guard_last_admin(self, s: Session, user: User) -> None:
        if user.role == ADMINISTRATOR and user.active and not self._admins_left(s, user.id):
            raise AccountError("{name} is the last active administrator; make another "
                               "account an administrator first", name=user.username)

    # -- reading --

    def accounts(self, *, include_inactive: bool = True) -> list[AccountRow]:
        """Every account, by full name (administrators only)."""
        with self.store.sessions() as s:
            self._require_manage(s)
            cond: list[Any] = [User.deleted_at.is_(None)]
            if not include_inactive:
                cond.append(User.active.is_(True))
            ring = self._current_keyring()
            keyed = set(ring.usernames())
            return [self._row(u, keyed, ring) for u in s.scalars(
                select(User).where(*cond).order_by(func.lower(User.full_name), User.username))]

    def get(self, user_id: str) -> AccountRow:
        """One account: one's own, or any for an administrator."""
        with self.store.sessions() as s:
            if user_id != self.actor_id:
                self._require_manage(s)
            return self._row(self._user(s, user_id), ring=self._current_keyring())

    def me(self) -> AccountRow:
        if self.actor_id is None:
            raise PermissionDeniedError(None, "account", "nobody is logged in")
        return self.get(self.actor_id)

    # -- changing --

    def password_problems(self, password: str, username: str) -> list[FieldError]:
        """The rules, for a form that checks as the user types."""
        return password_problems(password, normal_username(username), demo=self.is_demo)

    def create(self, username: str, full_name: str, role: str, password: str, *,
               must_change: bool = True) -> AccountRow:
        """A new account. ``must_change``: the user chooses their own password at the
        first login (the administrator handed over a temporary one)."""
        name = normal_username(username)
        full = " ".join(full_name.split())
        errors = username_problems(username)
        if not full:
            errors.append(FieldError("full_name", "required", "is required"))
        elif len(full) > FULL_NAME_MAX:
            errors.append(FieldError("full_name", "too_long",
                                     f"is longer than {FULL_NAME_MAX} characters",
                                     {"limit": FULL_NAME_MAX}))
        if role not in ROLES:
            errors.append(FieldError("role", "unknown_code", f"{role!r} is not a role",
                                     {"value": role}))
        errors += password_problems(password, name, demo=self.is_demo)
        if errors:
            raise ValidationError(errors)
        now = utcnow()
        with self.store.session() as s:
            self._require_manage(s)
            if s.scalar(select(User.id).where(User.username == name)) is not None:
                raise AccountError("the user name {name} is taken; choose another", name=name)
            if name in self.keyring.usernames():
                raise AccountError("the key file already has an entry {name}; remove it or "
                                   "choose another user name", name=name)
            user = User(username=name, full_name=full, role=role, active=True,
                        must_change_password=must_change, password_changed_at=now,
                        site_id=self.store.site_id, author_id=self.actor_id,
                        created_at=now, updated_at=now)
            s.add(user)
            s.flush()
            self._log(s, "account.create", user.id, role=role, must_change=must_change)
            self._sign(user)
            # Last: a key file that cannot be written leaves no account behind.
            self.keyring.add_user(name, password, self._keys(), **self._grants(role))
            row = self._row(user)
        log.info("account created with role %s", role)
        return row

    def set_full_name(self, user_id: str, full_name: str) -> AccountRow:
        full = " ".join(full_name.split())
        if not full or len(full) > FULL_NAME_MAX:
            raise ValidationError([FieldError("full_name", "required" if not full else
                                              "too_long", "is required" if not full else
                                              f"is longer than {FULL_NAME_MAX} characters")])
        with self.store.session() as s:
            self._require_manage(s)
            user = self._user(s, user_id)
            if user.full_name != full:
                user.full_name = full
                user.stamp(utcnow(), self.actor_id)
                self._log(s, "account.rename", user.id)
            return self._row(user)

    def set_role(self, user_id: str, role: str) -> AccountRow:
        """Change an account's role; the last active administrator keeps theirs."""
        if role not in ROLES:
            raise ValidationError([FieldError("role", "unknown_code", f"{role!r} is not a role",
                                              {"value": role})])
        with self.store.session() as s:
            self._require_manage(s)
            user = self._user(s, user_id)
            if user.role == role:
                return self._row(user)
            if role != ADMINISTRATOR:
                self._guard_last_admin(s, user)
            if (self._grants(user.role)["case"] and not self._grants(role)["case"]) or \
                    user.role == ADMINISTRATOR:
                self._can_rotate()
            before = user.role
            user.role = role
            user.stamp(utcnow(), self.actor_id)
            self._sign(user)
            self._log(s, "account.role", user.id, before=before, after=role)
            row = self._row(user)
            name = user.username
        had, has = self._grants(before), self._grants(role)
        self.keyring.grant(name, self._keys(), **has)
        lost_case = had["case"] and not has["case"]
        if lost_case or (had["sign"] and not has["sign"]):
            self._rotate(new_case=lost_case)
        log.info("account role changed from %s to %s", before, role)
        return row

    def deactivate(self, user_id: str) -> AccountRow:
        """Close an account: it can no longer log in (its key file entry goes). Its
        records keep its name. The last active administrator cannot be deactivated."""
        with self.store.session() as s:
            self._require_manage(s)
            user = self._user(s, user_id)
            if not user.active and user.username not in self.keyring.usernames():
                return self._row(user)
            self._guard_last_admin(s, user)
            self._can_rotate()
            user.active = False
            user.stamp(utcnow(), self.actor_id)
            self._sign(user)
            self._log(s, "account.deactivate", user.id)
            if user.username in self.keyring.usernames():
                self.keyring.remove_user(user.username)
            row = self._row(user)
            lost_case = self._grants(user.role)["case"]
        self._rotate(new_case=lost_case)
        log.info("account deactivated")
        return row

    def reactivate(self, user_id: str, password: str, *, must_change: bool = True) -> AccountRow:
        """Open a closed account again, with a new password (the old entry is gone)."""
        with self.store.session() as s:
            self._require_manage(s)
            user = self._user(s, user_id)
            user.active = True
            row = self._new_password(s, user, password, must_change, "account.reactivate")
        log.info("account reactivated")
        return row

    def reset_password(self, user_id: str, password: str, *,
                       must_change: bool = True) -> AccountRow:
        """An administrator sets a new password (a forgotten one, a locked account, or
        a member of staff from before accounts existed); it also ends a lockout."""
        with self.store.session() as s:
            self._require_manage(s)
            user = self._user(s, user_id)
            if not user.active:
                raise AccountError("{name} is deactivated; reactivate the account instead",
                                   name=user.username)
            row = self._new_password(s, user, password, must_change, "password.reset")
        log.info("password reset by an administrator")
        return row

    def _new_password(self, s: Session, user: User, password: str, must_change: bool,
                      action: str) -> AccountRow:
        """An administrator's new password for ``user``: checked, put in the key file
        (which also ends a lockout), and the change logged as ``action``."""
        check_password(password, user.username, demo=self.is_demo)
        now = utcnow()
        user.must_change_password = must_change
        user.password_changed_at = now
        user.stamp(now, self.actor_id)
        self._sign(user)
        self._log(s, action, user.id, must_change=must_change)
        self._put_password(user.username, password, user.role)
        return self._row(user)

    def change_own_password(self, old_password: str, new_password: str) -> AccountRow:
        """The logged-in user's new password; the old one is checked like a login (a
        wrong one counts towards the lockout)."""
        if self.actor_id is None:
            raise PermissionDeniedError(None, "account", "nobody is logged in")
        with self.store.sessions() as s:
            user = self._user(s, self.actor_id)
            if role_of(s, self.actor_id) is None:
                raise PermissionDeniedError(None, "account", "this account is deactivated")
            username = user.username
        check_password(new_password, username, demo=self.is_demo)
        if hmac.compare_digest(old_password.encode(), new_password.encode()):
            raise ValidationError([FieldError("password", "unchanged",
                                              "must differ from the current password")])
        self._confirm_password(username, old_password, field="old_password")
        with self.store.session() as s:
            user = self._user(s, self.actor_id)
            now = utcnow()
            user.must_change_password = False
            user.password_changed_at = now
            user.stamp(now, self.actor_id)
            self._log(s, "password.change", user.id)
            mine = self._keys()
            self.keyring.set_password(username, new_password, mine,
                                      case=mine.case_key is not None,
                                      sign=mine.sign_key is not None)
            row = self._row(user)
        log.info("a user changed their password")
        return row

    def _put_password(self, username: str, password: str, role: str) -> None:
        if username in self.keyring.usernames():
            self.keyring.set_password(username, password, self._keys(), **self._grants(role))
        else:
            self.keyring.add_user(username, password, self._keys(), **self._grants(role))

