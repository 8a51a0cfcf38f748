"""Setting up a database: the first administrator, finishing an interrupted set-up, demo
databases and their accounts (no Qt: the GUI and the command line share it).

The login itself (unlocking the database key with a password, opening the database,
taking the case key) is in :mod:`app.services.accounts.login`; its names are imported
here too, so that ``auth.login`` and ``auth.setup_first_admin`` are found in one place.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import TypeVar

from sqlalchemy import select

from app.db import Store, StoreError, open_store
from app.db.encrypt import encrypt_plain_database as _encrypt_plain_database
from app.db.instance import InstanceError, InstanceLock
from app.db.keyring import (
    Keyring,
    KeyringError,
    KeySet,
    LockedOut,
    WrongPassword,
    new_keys,
)
from app.db.killpoint import step
from app.db.leftovers import remove_leftovers
from app.db.names import is_plain_database
from app.db.sqlite import DatabaseError, fsync_dir, fsync_file
from app.db.sqlite import connect as sqlite_connect
from app.models import User, utcnow
from app.models.audit import append, bulk
from app.models.sealed import CaseCipher, reseal_values
from app.services.accounts import signing
from app.services.accounts.login import (
    DEMO_ACCOUNTS,
    DEMO_PASSWORD,
    LOGIN_BUSY_TIMEOUT_MS,  # noqa: F401 - callers import it from here
    LoginError,
    LoginResult,
    SessionUser,
    SetupError,
    _load_keyring,
    _may_hold_case_key,
    _session_user,
    _unlock,
    login,  # noqa: F401 - callers import it from here
    login_with_recovery,  # noqa: F401 - callers import it from here
    move_pending_events,
    needs_setup,  # noqa: F401 - callers import it from here
    new_database_path,
    recover_administrator,  # noqa: F401 - callers import it from here
    setup_interrupted,
    take_keys,
    verify,  # noqa: F401 - callers import it from here
)
from app.services.accounts.service import check_password, normal_username, username_problems
from app.services.audit import log as _audit  # noqa: F401 - registers the audit log's check
from app.services.validation import ValidationError

log = logging.getLogger("app.services.accounts.auth")

T = TypeVar("T")


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
    existed = _check_setup_target(path)
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
