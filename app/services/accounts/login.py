"""Logging in (no Qt: the GUI and the command line share it).

A login unlocks the database key from the key file with the user's password
(app/db/keyring.py), opens the encrypted database with it, and checks that the account
is active there. Failed attempts and lockouts happen before the database can be
opened; the key file keeps them and the next successful login moves them into the
audit log. Setting up a database (the first administrator, demo databases) is in
:mod:`app.services.accounts.auth`, which also offers these names to its callers.
"""

from __future__ import annotations

import dataclasses
import hmac
import logging
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import sessionmaker

from app.db import Store, audit_witness, open_store
from app.db import sqlite as sqlite_store
from app.db.errors import WrongKeyError
from app.db.keyring import (
    Keyring,
    KeyringError,
    KeySet,
    LockedOut,
    WrongPassword,
)
from app.db.names import is_plain_database
from app.db.sqlite import is_busy
from app.models import User, utcnow
from app.models.audit import append
from app.models.sealed import CaseCipher, SealedValueError, plain_value_count, reseal_values
from app.services.accounts import signing
from app.services.accounts.service import normal_username
from app.services.audit import log as _audit  # noqa: F401 - registers the audit log's check

log = logging.getLogger("app.services.accounts.auth")


DEMO_ACCOUNTS = ("admin", "supervisor", "specialist", "consultant")
"""The accounts of a demo database (docs/permissions.md), each with :data:`DEMO_PASSWORD`."""
DEMO_PASSWORD = "demo"  # noqa: S105 - the documented password of demo databases only


class LoginError(Exception):
    """The login did not succeed; the message is for the user.

    ``reason``: ``wrong`` (user name or password, and a locked-out account, which is
    said the same way), ``inactive`` (deactivated or unknown in the database),
    ``tampered`` (the account's role or state was changed outside the app),
    ``no_accounts`` (the database has no key file yet: set up the first administrator),
    ``key_file`` (the key file is missing or damaged), ``interrupted`` (a set-up stopped
    before the database was encrypted: run it again).
    """

    def __init__(self, reason: str, message: str, until: datetime | None = None):
        super().__init__(message)
        self.reason = reason
        self.until = until


class SetupError(Exception):
    """The first administrator cannot be set up; the message is for the user."""


@dataclass(frozen=True)
class SessionUser:
    id: str
    username: str
    full_name: str
    role: str
    must_change_password: bool


@dataclass
class LoginResult:
    """An open database and who is working on it. Close ``store`` when done."""

    store: Store
    user: SessionUser
    opened_key: bytes
    keyring: Keyring
    keys: KeySet | None = None
    """Every key the login holds (the case key and the signing key by role)."""

    @property
    def db_key(self) -> bytes:
        """The database key now (it changes when an account is deactivated)."""
        return self.store.key or self.opened_key

    @property
    def user_id(self) -> str:
        return self.user.id

    @property
    def role(self) -> str:
        return self.user.role

    @property
    def is_demo(self) -> bool:
        return bool(self.store.setting("demo", False))


def needs_setup(db_path: Path | str) -> bool:
    """Whether the database has no accounts yet (no key file): the first administrator
    must be set up before anyone logs in."""
    return not Keyring.exists(Path(db_path).expanduser())


def _load_keyring(path: Path) -> Keyring:
    if not Keyring.exists(path):
        raise LoginError("no_accounts", f"{path}: this database has no accounts yet; set up "
                          "the first administrator (infoline init)")
    try:
        return Keyring.load(path)
    except KeyringError as exc:
        raise LoginError("key_file", str(exc)) from exc


def _unlock(keyring: Keyring, username: str, password: str, now: datetime | None) -> KeySet:
    try:
        return keyring.unlock_keys(username, password, now=now)
    except WrongPassword as exc:
        raise LoginError("wrong", "wrong user name or password") from exc
    except LockedOut as exc:
        # Said as a wrong password: "locked" would tell a stranger that the name is an
        # account's. The key file keeps the event for the audit log; the log says it too.
        log.warning("a login was refused: the account is locked out for now")
        raise LoginError("wrong", "wrong user name or password") from exc
    except KeyringError as exc:
        raise LoginError("key_file", str(exc)) from exc


def move_pending_events(store: Store, keyring: Keyring) -> int:
    """Write the key file's pending events (failed logins, lockouts, recovery-code
    uses) to the audit log and forget them there; returns how many."""
    events = keyring.pending_events()
    if not events:
        return 0
    with store.session() as s:
        ids: dict[str, str] = dict(s.execute(select(User.username, User.id)).all())
        for e in events:
            name = e.get("username") or ""
            details = {k: v for k, v in e.items()
                       if k not in ("event", "username", "at") and isinstance(v, str)}
            try:
                at = datetime.fromisoformat(str(e.get("at")))
                at = at if at.tzinfo else at.replace(tzinfo=UTC)
            except ValueError:
                at = utcnow()
            append(s, str(e.get("event") or "login.failed")[:40], user_id=ids.get(name),
                   username=name, object_kind="user", object_id=ids.get(name),
                   details=details or None, at=at)
    keyring.clear_pending(events)
    return len(events)


def _session_user(store: Store, username: str) -> SessionUser | None:
    with store.sessions() as s:
        user = s.scalar(select(User).where(User.username == username))
        if user is None or not user.active or user.deleted_at is not None:
            return None
        return SessionUser(user.id, user.username, user.full_name, user.role,
                           bool(user.must_change_password))


def _open(path: Path, key: bytes, exclusive: bool) -> Store:
    return open_store(path, create=False, key=key, exclusive=exclusive)


LOGIN_BUSY_TIMEOUT_MS = 1500
"""How long a reading login waits to write its audit entry before keeping it in the key
file instead: a long import holds the write lock for minutes."""


def _record_login(store: Store, keyring: Keyring, keys: KeySet, name: str,
                  now: datetime | None, via: str | None, exclusive: bool) -> SessionUser:
    """Pending events and the login into the audit log; the active user, else
    :class:`LoginError` ``inactive``, or ``tampered`` when the account's row lacks a
    valid administrator's signature."""
    with store.engine.connect() as conn:
        raw = conn.connection.driver_connection
        assert raw is not None
        if not exclusive:
            raw.execute(f"PRAGMA busy_timeout = {LOGIN_BUSY_TIMEOUT_MS}")
        # The same store on this one connection, so the shorter wait applies.
        on_conn = dataclasses.replace(store, sessions=sessionmaker(
            bind=conn, expire_on_commit=False), lock=None, reader=None)
        try:
            move_pending_events(on_conn, keyring)
            user = _session_user(on_conn, name)
            if user is None:
                with on_conn.session() as s:
                    append(s, "login.refused", user_id=None, username=name,
                           object_kind="user", details={"reason": "inactive"})
                raise LoginError("inactive", f"the account {name} is deactivated; ask an "
                                  "administrator")
            if not _signed(on_conn, keys, user.id):
                with on_conn.session() as s:
                    append(s, "login.refused", user_id=user.id, username=name,
                           object_kind="user", object_id=user.id,
                           details={"reason": "unsigned"})
                _refuse_unsigned(name)
            with on_conn.session() as s:
                # Local bookkeeping, not a change of the account: no new version.
                s.execute(update(User).where(User.id == user.id)
                          .values(last_login_at=(now or utcnow())))
                append(s, "login", user_id=user.id, object_kind="user", object_id=user.id,
                       details={"via": via} if via else None)
        finally:
            raw.execute(f"PRAGMA busy_timeout = {sqlite_store.BUSY_TIMEOUT_MS}")
            conn.rollback()
    return user


def _refuse_unsigned(name: str) -> None:
    log.warning("login refused: an account's role or state lacks a valid signature")
    raise LoginError("tampered", f"the account {name} was changed outside the app "
                     "(its role or state does not carry an administrator's "
                     "signature); ask an administrator to set its role again")


def _open_keys(path: Path, keys: KeySet, exclusive: bool) -> Store:
    """Open with the database key; during an unfinished change of key (a kill between
    the key file and the database) the previous key still opens it."""
    try:
        return _open(path, keys.db_key, exclusive)
    except WrongKeyError:
        if keys.prev_db_key is None:
            raise
        return _open(path, keys.prev_db_key, exclusive)


def _signed(store: Store, keys: KeySet, user_id: str) -> bool:
    """Whether the account's row carries a valid administrator's signature (checked
    with the signing key pinned in the account's own entry; an entry from before
    signing existed has none pinned, and is not checked until it has)."""
    if keys.signing_public is None:
        return True
    with store.sessions() as s:
        user = s.get(User, user_id)
        return user is not None and any(
            signing.verifies(user, k, keys.signing_public)
            for k in (keys.db_key, keys.prev_db_key) if k is not None)


def _may_hold_case_key(role: str | None) -> bool:
    from app.services.permissions import allowed

    return allowed(role, "assistance.manage")


def take_keys(store: Store, keyring: Keyring, keys: KeySet, user: SessionUser,
              password: str | None) -> KeySet:
    """Put the login's keys to use on the open store.

    The case key opens the sealed columns. The first administrator to log in after an
    upgrade from a key file without a case key makes one (and the signing key), signs
    every account and seals the plain values. An administrator also finishes a change
    of key that a kill interrupted, and seals the case key (and, to administrators, the
    signing key) to accounts whose role holds it but whose entry does not yet.
    """
    admin = user.role == "administrator"
    if keys.case_key is not None and not keyring.check_case_key(keys.case_key):
        log.warning("a case key that does not match the key file was ignored")
        keys = KeySet(keys.db_key, sign_key=keys.sign_key,
                      signing_public=keys.signing_public, prev_db_key=keys.prev_db_key)
    if admin and password is not None and keys.case_key is None and \
            keyring.signing_public() is None:
        keys = keyring.set_case_key(user.username, password, keys)
        with store.session() as s:
            assert keys.sign_key is not None
            signing.sign_all(s, store.key, keys.sign_key)
            append(s, "keys.upgrade", user_id=user.id, object_kind="user", object_id=user.id)
        log.info("case key and signing key made; accounts signed")
    if keys.case_key is not None and not _opens_stored_values(
            store, CaseCipher(keys.case_key, *[k for k in (keys.prev_case_key,) if k])):
        # A case key sealed to the account by someone who can write the key file, not
        # the one the data is sealed under: new values would be readable by them.
        log.warning("a case key that does not open the stored values was ignored")
        keys = replace(keys, case_key=None, prev_case_key=None)
    store.keys = keys
    if keys.case_key is None:
        store.use_case_key(None)
        return keys
    older = [keys.prev_case_key] if keys.prev_case_key else []
    store.use_case_key(keys.case_key, *older)
    cipher = CaseCipher(keys.case_key)
    with store.session() as s:
        raw = s.connection().connection.driver_connection
        if keys.prev_case_key is not None:
            reseal_values(raw, cipher, CaseCipher(keys.prev_case_key))
        elif plain_value_count(raw):
            n = reseal_values(raw, cipher)
            log.info("sealed the assistance data of %d records under the case key", n)
    if admin and keys.sign_key is not None:
        if keys.prev_db_key is not None:
            keys = signing.finish_rekey(store, keyring, keys)
        _grant_missing(store, keyring, keys)
    return keys


def _opens_stored_values(store: Store, cipher: CaseCipher) -> bool:
    """Whether ``cipher`` opens a value sealed in the database (True when none is)."""
    with store.sessions() as s:
        raw: Any = s.connection().connection.driver_connection
        row = raw.execute("SELECT client_name FROM assistance_case WHERE "
                          "substr(client_name, 1, 4) = 'ic1:' LIMIT 1").fetchone()
        s.rollback()
    if row is None:
        return True
    try:
        cipher.open("assistance_case", "client_name", row[0])
    except SealedValueError:
        return False
    return True


def _grant_missing(store: Store, keyring: Keyring, keys: KeySet) -> None:
    with store.sessions() as s:
        rows = s.scalars(select(User).where(User.active.is_(True),
                                            User.deleted_at.is_(None))).all()
        wanted = {u.username: (_may_hold_case_key(u.role), u.role == "administrator")
                  for u in rows if keys.signing_public is None or
                  signing.verifies(u, store.key, keys.signing_public)}
    for name, (case, sign) in wanted.items():
        if not keyring.is_current(name):
            continue
        if keyring.holds(name, "case") != case or keyring.holds(name, "sign") != sign:
            keyring.grant(name, keys, case=case, sign=sign)


def login(db_path: Path | str, username: str, password: str, *, now: datetime | None = None,
          exclusive: bool = False, via: str | None = None) -> LoginResult:
    """Unlock and open the database as ``username``; raises :class:`LoginError` (or
    :class:`app.db.StoreError` when the file itself cannot be opened).

    ``exclusive``: take the single-instance lock (the GUI and writing commands).
    ``via``: how the user came in, for the audit log (``command line``); None for the
    app.
    """
    path = Path(db_path).expanduser()
    name = normal_username(username)
    keyring = _load_keyring(path)
    if is_plain_database(path) and setup_interrupted(path):
        raise LoginError("interrupted", f"{path}: the set-up of this database was "
                         "interrupted before it was encrypted; finish it with: infoline "
                         f"init --existing-ok --db {path}")
    keys = _unlock(keyring, name, password, now)
    store = _open_keys(path, keys, exclusive)
    try:
        try:
            user = _record_login(store, keyring, keys, name, now, via, exclusive)
        except OperationalError as exc:
            if exclusive or not is_busy(exc):
                raise
            # Another program is writing (a long import): a reading command goes on
            # alongside (WAL readers are not blocked). Its login waits in the key file,
            # like a failed one, and the next login moves it into the audit log.
            found = _session_user(store, name)
            details = {"via": via} if via else {}
            if found is None:
                details["reason"] = "inactive"
            elif not _signed(store, keys, found.id):
                keyring.note_event("login.refused", name, now, reason="unsigned")
                _refuse_unsigned(name)
            keyring.note_event("login" if found is not None else "login.refused", name,
                               now, **details)
            log.info("the database was busy: the login is kept in the key file for now")
            if found is None:
                raise LoginError("inactive", f"the account {name} is deactivated; ask an "
                                  "administrator") from None
            user = found
        keys = take_keys(store, keyring, keys, user, password)
        audit_witness.record_store(store)  # the log's head, kept in the key file
    except BaseException:
        store.close()
        raise
    log.info("a user logged in")
    return LoginResult(store, user, store.key or keys.db_key, keyring, keys)


def verify(keyring: Keyring, username: str, password: str, *,
           db_key: bytes | None = None, now: datetime | None = None) -> bool:
    """Whether ``password`` is ``username``'s (unlocking an idle lock). A wrong one
    counts towards the lockout like a failed login; while locked out this is False.
    With ``db_key``, the unlocked key must be that one too."""
    try:
        keys = keyring.unlock_keys(normal_username(username), password, now=now)
    except (WrongPassword, LockedOut):
        return False
    # during a change of key cut short, the window may still work with the old one
    return db_key is None or any(hmac.compare_digest(k, db_key)
                                 for k in (keys.db_key, keys.prev_db_key) if k is not None)


def login_with_recovery(db_path: Path | str, code: str, *,
                        exclusive: bool = False) -> tuple[Store, bytes, Keyring]:
    """Open the database with the recovery code (every password lost): an
    administrator's account then gets a new password with
    :class:`app.services.accounts.service.AccountService` acting as that administrator."""
    path = Path(db_path).expanduser()
    keyring = _load_keyring(path)
    try:
        keys = keyring.unlock_recovery_keys(code)
    except WrongPassword as exc:
        raise LoginError("wrong", "wrong recovery code") from exc
    store = _open_keys(path, keys, exclusive)
    try:
        move_pending_events(store, keyring)
        store.keys = keys
        if keys.case_key is not None:
            store.use_case_key(keys.case_key, *[k for k in (keys.prev_case_key,) if k])
    except BaseException:
        store.close()
        raise
    return store, store.key or keys.db_key, keyring


def recover_administrator(db_path: Path | str, code: str, username: str,
                          new_password: str) -> None:
    """Every administrator's password lost: the recovery code opens the database and
    ``username``, an active administrator, gets ``new_password`` (checked like any
    password). Afterwards the administrator logs in as usual. Raises LoginError for a
    wrong code or an account that is not an active administrator, ValidationError for
    a password the rules refuse."""
    from app.services.accounts.service import AccountService

    store, db_key, keyring = login_with_recovery(db_path, code)
    try:
        name = normal_username(username)
        user = _session_user(store, name)
        if user is None or user.role != "administrator":
            raise LoginError("inactive", f"{name}: not an active administrator account")
        # the use of the code is in the audit log already (the key file's pending
        # events), the new password through the account service
        AccountService(store, keyring, db_key, user.id).reset_password(
            user.id, new_password, must_change=False)
    finally:
        store.close()

def new_database_path(db_path: Path) -> Path:
    """Where a new database is made before it takes its name (set-up, demo)."""
    return db_path.with_name(db_path.name + ".setup.part")

def setup_interrupted(db_path: Path | str) -> bool:
    """Whether a set-up of ``db_path`` was stopped half-way (killed, or the power went):
    a key file beside an unencrypted database, or beside the new database still under
    its temporary name, or one whose recovery code was never shown. Running the set-up
    again with the same user name and password finishes it (:func:`finish_setup`)."""
    path = Path(db_path).expanduser()
    if not Keyring.exists(path):
        return False
    if path.is_file() and path.stat().st_size > 0:
        if is_plain_database(path):
            return True
        try:
            return Keyring.load(path).recovery_code_pending
        except KeyringError:
            return False
    return new_database_path(path).is_file()
