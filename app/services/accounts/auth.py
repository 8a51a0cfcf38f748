"""Logging in and setting up the first administrator (no Qt: the GUI and the command
line share it).

A login unlocks the database key from the key file with the user's password
(app/db/keyring.py), opens the encrypted database with it, and checks that the account
is active there. Failed attempts and lockouts happen before the database can be
opened; the key file keeps them and the next successful login moves them into the
audit log.
"""

from __future__ import annotations

import dataclasses
import hmac
import logging
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import select, update
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import sessionmaker

from app.db import Store, StoreError, audit_witness, open_store
from app.db import sqlite as sqlite_store
from app.db.errors import WrongKeyError
from app.db.instance import InstanceError, InstanceLock
from app.db.keyring import (
    Keyring,
    KeyringError,
    KeySet,
    LockedOut,
    WrongPassword,
    new_keys,
)
from app.db.keyring import encrypt_plain_database as _encrypt_plain_database
from app.db.killpoint import step
from app.db.leftovers import remove_leftovers
from app.db.sqlite import DatabaseError, fsync_dir, fsync_file, is_busy, is_plain_database
from app.db.sqlite import connect as sqlite_connect
from app.models import User, utcnow
from app.models.audit import append, bulk
from app.models.sealed import CaseCipher, SealedValueError, plain_value_count, reseal_values
from app.services.accounts import signing
from app.services.accounts.service import check_password, normal_username, username_problems
from app.services.audit import log as _audit  # noqa: F401 - registers the audit log's check
from app.services.validation import ValidationError

log = logging.getLogger("app.services.accounts.auth")

DEMO_ACCOUNTS = ("admin", "supervisor", "specialist", "consultant")
"""The accounts of a demo database (docs/permissions.md), each with :data:`DEMO_PASSWORD`."""
DEMO_PASSWORD = "demo"  # noqa: S105 - the documented password of demo databases only

T = TypeVar("T")


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


# -- setting up --------------------------------------------------------------------------


def _check_new_admin(username: str, full_name: str, password: str, demo: bool) -> str:
    name = normal_username(username)
    errors = username_problems(username)
    if errors:
        raise ValidationError(errors)
    if not " ".join(full_name.split()):
        from app.services.validation import FieldError

        raise ValidationError([FieldError("full_name", "required", "is required")])
    check_password(password, name, demo=demo)
    return name


def create_encrypted(db_path: Path | str, *, exclusive: bool = False) -> tuple[
        Store, Keyring, bytes, str]:
    """The key file and an encrypted database at ``db_path``: an existing unencrypted
    database is encrypted in place, otherwise an empty one is made. Returns the open
    store, the key file, the database key and the recovery code (to show once).

    Nobody can log in yet: add accounts to the key file. Not kill-safe (a kill before
    the first account leaves a key file that opens nothing): the app sets up with
    :func:`setup_first_admin` and :func:`setup_demo`; this is for tests and tools that
    add the accounts themselves at once.
    """
    path = Path(db_path).expanduser()
    if Keyring.exists(path):
        raise SetupError(f"{path}: accounts are already set up (the key file exists)")
    existed = path.exists() and path.stat().st_size > 0
    if path.is_dir():
        raise SetupError(f"{path}: is a folder, not a database file")
    if existed and not is_plain_database(path):
        raise SetupError(
            f"{path}: this database is encrypted, and its key file "
            f"{Keyring.path_for(path).name} is missing; copy it back from a backup (each "
            "backup has one beside it, <backup>.keys) instead of setting up new accounts")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise SetupError(f"{path.parent}: cannot create the folder ({exc.strerror})") from exc
    if existed and is_plain_database(path):
        # Migrated while still plain: a migration that fails leaves the file as it was,
        # readable, instead of encrypted under a key that is then thrown away.
        open_store(path, create=False, exclusive=True).close()
    keyring, db_key, code = Keyring.create(path)
    try:
        if existed:
            _encrypt_plain_database(path, db_key)
        store = open_store(path, create=True, key=db_key, exclusive=exclusive)
        store.keys = keyring.created_keys
        if store.keys is not None and store.keys.case_key is not None:
            store.use_case_key(store.keys.case_key)
            with store.session() as s:
                reseal_values(s.connection().connection.driver_connection,
                              CaseCipher(store.keys.case_key))
    except BaseException:
        # No half set-up: without a database encrypted with it, the key file goes. Once
        # the existing records are encrypted with its key it stays, whatever failed:
        # without it they could never be read again.
        if not existed or is_plain_database(path):
            Keyring.path_for(path).unlink(missing_ok=True)
        else:
            log.error("set-up failed after the database was encrypted; the key file is "
                      "kept")
        raise
    return store, keyring, db_key, code


def setup_first_admin(db_path: Path | str, username: str, full_name: str, password: str, *,
                      site_name: str | None = None, organisation: str | None = None,
                      exclusive: bool = False) -> tuple[LoginResult, str]:
    """Create the key file, encrypt the database (an existing unencrypted one in place,
    or a new empty one) and its first administrator, logged in. Returns the login and
    the recovery code, which is shown once and never kept: call
    ``result.keyring.recovery_code_shown()`` once it has been shown.

    A member of staff already in the database under ``username`` (from before accounts
    existed) becomes the administrator.

    Kill-safe (docs/security.md, "Setting up survives a kill"): the administrator's row
    is in the database and the administrator's entry in the key file before any file
    is encrypted, so at every moment the data opens, plain or with that password. A
    set-up that was stopped (:func:`setup_interrupted`) is finished by running it again
    with the same user name and password; it then shows a new recovery code.
    """
    path = Path(db_path).expanduser()
    name = _check_new_admin(username, full_name, password, demo=False)
    full = " ".join(full_name.split())
    if setup_interrupted(path) and not _set_aside_empty_keyring(path):
        try:
            return finish_setup(path, name, password, exclusive=exclusive)
        except LoginError as exc:
            raise SetupError(f"{path}: the set-up of this database was interrupted; finish "
                             "it as the administrator it was started with, with the same "
                             f"password ({exc})") from exc
    if Keyring.exists(path):
        raise SetupError(f"{path}: accounts are already set up; log in instead")
    existed = _check_setup_target(path)
    lock = _setup_lock(path)
    keys = new_keys()
    try:
        if existed:
            store, keyring, db_key, code, user = _setup_existing(
                path, name, full, password, site_name, organisation, keys)
        else:
            def fill(store: Store) -> SessionUser:
                _settings(store, site_name, organisation)
                return _record_admin(store, name, full, keys)

            user, db_key = _new_database(path, fill, keys)
            keyring, _key, code = Keyring.create(path, keys=keys, users={name: password},
                                                 code_pending=True)
            step("new.keys_placed")
            _place_new_database(path)
            store = open_store(path, create=False, key=db_key)
        try:
            take_keys(store, keyring, keys, user, password)
            with store.session() as s:
                append(s, "login", user_id=user.id, object_kind="user", object_id=user.id)
        except BaseException:
            store.close()
            raise
    except BaseException:
        lock.release()
        raise
    _hand_over(store, lock, exclusive)
    step("setup.opened")
    log.info("accounts set up with a first administrator")
    return LoginResult(store, user, db_key, keyring, store.keys), code


def _check_setup_target(path: Path) -> bool:
    """Whether there is an existing (unencrypted) database to set up; SetupError when
    the path cannot take one."""
    if path.is_dir():
        raise SetupError(f"{path}: is a folder, not a database file")
    existed = path.exists() and path.stat().st_size > 0
    if existed and not is_plain_database(path):
        raise SetupError(
            f"{path}: this database is encrypted, and its key file "
            f"{Keyring.path_for(path).name} is missing; copy it back from a backup (each "
            "backup has one beside it, <backup>.keys) instead of setting up new accounts")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise SetupError(f"{path.parent}: cannot create the folder ({exc.strerror})") from exc
    return existed


def _setup_lock(path: Path) -> InstanceLock:
    """The single-instance lock, held through the whole set-up."""
    lock = InstanceLock(path)
    try:
        lock.acquire()
    except InstanceError as exc:
        raise SetupError(str(exc)) from exc
    except OSError as exc:
        raise SetupError(f"{lock.path}: cannot create the lock file ({exc.strerror})") \
            from exc
    remove_leftovers(path)
    return lock


def _hand_over(store: Store, lock: InstanceLock, exclusive: bool) -> None:
    """The set-up's lock goes to the store (``exclusive``) or is released."""
    if exclusive:
        store.lock = lock
    else:
        lock.release()


def _settings(store: Store, site_name: str | None, organisation: str | None) -> None:
    if site_name:
        store.set_setting("site_name", site_name)
    if organisation:
        store.set_setting("organisation", organisation)


def _setup_existing(path: Path, name: str, full_name: str, password: str,
                    site_name: str | None, organisation: str | None,
                    keys: KeySet) -> tuple[
                        Store, Keyring, bytes, str, SessionUser]:
    """An existing unencrypted database (the lock is held): migrated and given its
    administrator while still plain, then the key file with the administrator's entry,
    then encrypted. A failure before the encryption leaves it plain with no key file."""
    # Migrated while still plain: a migration that fails leaves the file as it was,
    # readable, instead of encrypted under a key that is then thrown away.
    store = open_store(path, create=False)
    step("setup.migrated")
    try:
        _settings(store, site_name, organisation)
        user = _record_admin(store, name, full_name, keys)
    finally:
        store.close()
    step("setup.admin_recorded")
    keyring, db_key, code = Keyring.create(path, keys=keys, users={name: password},
                                           code_pending=True)
    step("setup.keys_written")
    try:
        _encrypt_plain_database(path, db_key, lock_held=True)
        store = open_store(path, create=False, key=db_key)
    except BaseException:
        # Nothing encrypted with the new key yet: the key file goes, and the set-up can
        # start again from the beginning. Once anything is, it stays (a set-up run
        # again with the same password finishes), whatever failed.
        if _nothing_encrypted(path):
            Keyring.path_for(path).unlink(missing_ok=True)
        else:
            log.error("set-up failed after files were encrypted; the key file is kept")
        raise
    return store, keyring, db_key, code, user


def _nothing_encrypted(path: Path) -> bool:
    """Whether the database and every backup made before a migration are still plain."""
    return is_plain_database(path) and all(
        is_plain_database(old) for old in path.parent.glob(f"{path.name}.before-*.bak"))


def new_database_path(db_path: Path) -> Path:
    """Where a new database is made before it takes its name (set-up, demo)."""
    return db_path.with_name(db_path.name + ".setup.part")


def _db_files(db: Path) -> list[Path]:
    return [db] + [db.with_name(db.name + side) for side in ("-journal", "-wal", "-shm")]


def _new_database(path: Path, fill: Callable[[Store], T], keys: KeySet) -> tuple[T, bytes]:
    """A new encrypted database under :func:`new_database_path`, filled by ``fill`` and
    closed (nothing under the database's own name yet); returns what ``fill`` returned
    and the database key. The lock is held."""
    tmp = new_database_path(path)
    for leftover in _db_files(tmp):  # of a run killed before its key file was written
        leftover.unlink(missing_ok=True)
    db_key = keys.db_key
    try:
        store = open_store(tmp, create=True, key=db_key)
        try:
            _use_keys(store, keys)
            result = fill(store)
        finally:
            store.close()
        fsync_file(tmp)
    except BaseException:
        for leftover in _db_files(tmp):
            leftover.unlink(missing_ok=True)
        raise
    step("new.filled")
    return result, db_key


def _place_new_database(path: Path) -> None:
    """The new database takes its name (its key file has its own already)."""
    for side in ("-wal", "-shm", "-journal"):
        path.with_name(path.name + side).unlink(missing_ok=True)
    tmp = new_database_path(path)
    tmp.replace(path)
    fsync_dir(path.parent)
    tmp.with_name(tmp.name + ".lock").unlink(missing_ok=True)  # the readers' lock of tmp


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


def _set_aside_empty_keyring(path: Path) -> bool:
    """A key file with no account beside a plain database (left by a set-up of an older
    version, killed before its first account): nobody can open anything with it, so it
    is moved aside and the set-up starts again. Whether that was the case."""
    if not (path.is_file() and is_plain_database(path)):
        return False
    try:
        if Keyring.load(path).usernames():
            return False
    except KeyringError:
        return False
    keys = Keyring.path_for(path)
    aside = keys.with_name(f"{keys.name}.unused-{datetime.now(UTC):%Y%m%dT%H%M%SZ}")
    keys.replace(aside)
    log.warning("a key file without accounts, left by an interrupted set-up, was moved "
                "aside (%s); the set-up starts again", aside.name)
    return True


def finish_setup(db_path: Path | str, username: str, password: str, *,
                 exclusive: bool = False) -> tuple[LoginResult, str]:
    """Finish a set-up that was stopped (:func:`setup_interrupted`), as the
    administrator it was started with: the database is encrypted or takes its name,
    whichever had not happened, and a new recovery code replaces the one never shown.
    Raises LoginError for another user name or password."""
    path = Path(db_path).expanduser()
    name = normal_username(username)
    lock = _setup_lock(path)
    try:
        keyring = _load_keyring(path)
        keys = _unlock(keyring, name, password, None)
        db_key = keys.db_key
        if not (path.exists() and path.stat().st_size > 0):
            tmp = new_database_path(path)
            try:
                sqlite_connect(tmp, db_key, verify=True).close()
            except DatabaseError as exc:
                raise SetupError(f"{tmp}: the new database does not open ({exc}); delete "
                                 f"it and {Keyring.path_for(path).name}, then set up "
                                 "again") from exc
            _place_new_database(path)
        elif is_plain_database(path):
            _encrypt_plain_database(path, db_key, lock_held=True)
        store = open_store(path, create=False, key=db_key)
        try:
            move_pending_events(store, keyring)
            user = _session_user(store, name)
            if user is None or user.role != "administrator":
                raise LoginError("inactive", f"{name}: not an active administrator account")
            keys = take_keys(store, keyring, keys, user, password)
            with store.session() as s:
                append(s, "login", user_id=user.id, object_kind="user", object_id=user.id)
            code = keyring.set_recovery_code(keys)
        except BaseException:
            store.close()
            raise
    except BaseException:
        lock.release()
        raise
    _hand_over(store, lock, exclusive)
    log.info("an interrupted set-up was finished")
    return LoginResult(store, user, db_key, keyring, store.keys), code


def _record_admin(store: Store, name: str, full_name: str, keys: KeySet) -> SessionUser:
    """The administrator's row (a member of staff of that name becomes it), signed with
    the new key file's signing key, with its account.create and setup entries in the
    audit log."""
    now = utcnow()
    with store.session() as s:
        user = s.scalar(select(User).where(User.username == name))
        if user is None:
            user = User(username=name, full_name=full_name, role="administrator",
                        site_id=store.site_id, created_at=now, updated_at=now)
            s.add(user)
        else:
            user.role, user.active, user.deleted_at = "administrator", True, None
            user.stamp(now, user.id)
        user.must_change_password = False
        user.password_changed_at = now
        user.last_login_at = now
        s.flush()
        assert keys.sign_key is not None
        signing.sign(user, keys.db_key, keys.sign_key)
        append(s, "account.create", user_id=user.id, object_kind="user", object_id=user.id,
               details={"role": "administrator"})
        append(s, "setup", user_id=user.id, object_kind="user", object_id=user.id)
        return SessionUser(user.id, user.username, user.full_name, user.role, False)


def setup_demo(db_path: Path | str, fill: Callable[[Store], T], *,
               exclusive: bool = False) -> tuple[T, Store, Keyring, bytes]:
    """A new encrypted demo database: ``fill(store)`` writes the demo data (its staff
    include the usernames of :data:`DEMO_ACCOUNTS`), then those accounts get the
    password ``demo``. The recovery code of a demo database is not shown: nothing in it
    is real.

    The database is made under a temporary name and takes its name last, after its key
    file: a demo killed on the way leaves no file at the path (only a leftover that the
    next run removes), so running it again works.
    """
    path = Path(db_path).expanduser()
    if path.exists() and path.stat().st_size > 0:
        raise SetupError(f"{path}: a file already exists there; demo data goes in a new file")
    _check_setup_target(path)
    lock = _setup_lock(path)
    try:
        _remove_unfinished_demo(path)
        if Keyring.exists(path):
            raise SetupError(f"{path}: accounts are already set up (the key file exists)")

        keys = new_keys()

        def fill_demo(store: Store) -> tuple[T, dict[str, str]]:
            with bulk():
                result = fill(store)
            return result, _demo_rows(store, keys)

        (result, roles), db_key = _new_database(path, fill_demo, keys)
        keyring, _key, _code = Keyring.create(
            path, keys=keys, users=dict.fromkeys(roles, DEMO_PASSWORD),
            grants={name: (_may_hold_case_key(role), role == "administrator")
                    for name, role in roles.items()})
        # Said on the login screen before anyone logs in: the demo accounts are shown.
        keyring.set_fields({"demo": True}, expect={})
        step("new.keys_placed")
        _place_new_database(path)
        store = open_store(path, create=False, key=db_key)
        _use_keys(store, keys)
    except BaseException:
        lock.release()
        raise
    _hand_over(store, lock, exclusive)
    return result, store, keyring, db_key


def is_demo_database(db_path: Path | str) -> bool:
    """Whether the key file beside ``db_path`` says it belongs to a demo database (read
    before the login, to show the demo accounts; it opens nothing)."""
    path = Path(db_path).expanduser()
    if not Keyring.exists(path):
        return False
    try:
        return Keyring.load(path).fields("demo").get("demo") is True
    except KeyringError:
        return False


def _remove_unfinished_demo(path: Path) -> None:
    """A demo killed between placing its key file and its database left both: the key
    file goes with it, once it has shown it is a demo's (admin opens it with "demo")."""
    tmp = new_database_path(path)
    if not (Keyring.exists(path) and tmp.is_file()) or path.exists():
        return
    try:
        db_key = Keyring.load(path).unlock(DEMO_ACCOUNTS[0], DEMO_PASSWORD)
        sqlite_connect(tmp, db_key, verify=True).close()
    except (KeyringError, WrongPassword, LockedOut, DatabaseError):
        return
    for leftover in [Keyring.path_for(path), *_db_files(tmp)]:
        leftover.unlink(missing_ok=True)
    log.info("the files of an unfinished demo were removed")


def _use_keys(store: Store, keys: KeySet) -> None:
    """A new database's store works with the keys of its new key file."""
    store.keys = keys
    if keys.case_key is not None:
        store.use_case_key(keys.case_key)


def _demo_rows(store: Store, keys: KeySet) -> dict[str, str]:
    """The demo staff of :data:`DEMO_ACCOUNTS` made ready to log in (active, no password
    change asked, their rows signed); their names and roles, for the key file."""
    done: dict[str, str] = {}
    with store.session() as s:
        users = {u.username: u for u in s.scalars(
            select(User).where(User.username.in_(DEMO_ACCOUNTS), User.deleted_at.is_(None)))}
        for name in DEMO_ACCOUNTS:
            user = users.get(name)
            if user is None:
                continue
            user.active = True
            user.must_change_password = False
            user.password_changed_at = utcnow()
            assert keys.sign_key is not None
            signing.sign(user, keys.db_key, keys.sign_key)
            done[name] = user.role
        append(s, "demo.generate", user_id=None, details={"accounts": list(done)})
    return done


def add_account_keys(store: Store, keyring: Keyring, username: str, password: str) -> None:
    """A key-file entry for an account already in the database (set-up, demo and test
    data): the keys its role holds, and its row signed. ``store`` must hold the keys of
    a new key file (:func:`create_encrypted`) or an administrator's."""
    keys: KeySet = store.keys or KeySet(store.key or b"")
    with store.session() as s:
        user = s.scalar(select(User).where(User.username == username))
        if user is None:
            raise LookupError(username)
        if keys.sign_key is not None:
            signing.sign(user, store.key, keys.sign_key)
        keyring.add_user(username, password, keys, case=_may_hold_case_key(user.role),
                         sign=user.role == "administrator")


def add_demo_accounts(store: Store, keyring: Keyring, db_key: bytes) -> list[str]:
    """Give the demo staff named in :data:`DEMO_ACCOUNTS` the password ``demo``."""
    if not store.setting("demo", False):
        raise SetupError("demo accounts only go into a demo database")
    done: list[str] = []
    with store.session() as s:
        users = {u.username: u for u in s.scalars(
            select(User).where(User.username.in_(DEMO_ACCOUNTS), User.deleted_at.is_(None)))}
        for name in DEMO_ACCOUNTS:
            user = users.get(name)
            if user is None or name in keyring.usernames():
                continue
            user.active = True
            user.must_change_password = False
            user.password_changed_at = utcnow()
            keys: KeySet = store.keys or KeySet(db_key)
            admin = user.role == "administrator"
            if keys.sign_key is not None:
                signing.sign(user, db_key, keys.sign_key)
            keyring.add_user(name, DEMO_PASSWORD, keys,
                             case=_may_hold_case_key(user.role), sign=admin)
            done.append(name)
        append(s, "demo.generate", user_id=None, details={"accounts": done})
    return done


def describe(exc: BaseException) -> str:
    """One line for the user about a failed login or set-up."""
    if isinstance(exc, ValidationError):
        return "; ".join(f"{e.field.replace('_', ' ')} {e.message}" for e in exc.errors)
    if isinstance(exc, LoginError | SetupError | StoreError | KeyringError):
        return str(exc)
    return f"{type(exc).__name__}: {exc}"
