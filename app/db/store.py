"""Opening a database file: create or migrate, then hand out sessions.

Migrations (Alembic, in app/migrations) run at open in one transaction, after a
consistent backup of an existing file that is not yet at the newest revision.

With a key the file is encrypted by SQLCipher (docs/security.md); the key comes from
app.db.keyring, unwrapped with the user's password.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import create_engine
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DatabaseError
from sqlalchemy.orm import Session, sessionmaker

from app.db import sqlite as sqlite_store
from app.db.errors import AlreadyOpenError, BusyError, StoreError, WrongKeyError
from app.db.instance import (
    InstanceError,
    InstanceLock,
    ReaderLock,
    busy_message,
    disk_full_message,
    refuse_network_share,
)
from app.db.killpoint import step
from app.db.leftovers import remove_leftovers
from app.models import Setting, new_uuid
from app.models.sealed import CaseCipher, cipher_of, require_sealing, set_cipher

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger("app.db")

SCHEMA_HEAD = "0014"
"""The newest migration. Opening a file already at it needs no Alembic import, which
keeps the app's start fast; a test checks it against app/migrations."""


Checker = Callable[["Store"], list[str]]
_CHECKS: list[tuple[str, Checker]] = []


def register_check(name: str, fn: Checker) -> None:
    """Add a check to :meth:`Store.check` (``infoline check``): ``fn(store)`` returns
    problems in words, empty when sound. Registering the same name again replaces it.
    """
    _CHECKS[:] = [(n, f) for n, f in _CHECKS if n != name]
    _CHECKS.append((name, fn))


def registered_checks() -> list[str]:
    return [name for name, _fn in _CHECKS]


def _alembic_config() -> Config:
    from alembic.config import Config

    cfg = Config()
    location = resources.files("app").joinpath("migrations")
    cfg.set_main_option("script_location", str(location))
    return cfg


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    return str(ScriptDirectory.from_config(_alembic_config()).get_current_head())


def _known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(_alembic_config())
    return {rev.revision for rev in script.walk_revisions()}


@dataclass
class Store:
    path: Path
    engine: Engine
    sessions: sessionmaker[Session]
    key: bytes | None = field(default=None, repr=False)
    """The database key (None: an unencrypted file); needed for backups."""
    lock: InstanceLock | None = field(default=None, repr=False)
    """Held while this store has the file to itself (``exclusive=True``)."""
    reader: ReaderLock | None = field(default=None, repr=False)
    """Held while a reading store has the file open: a restore waits for it."""
    keys: Any = field(default=None, repr=False)
    """The keys of the login that opened the store (app.db.keyring.KeySet): the case
    key and the signing key when the account's role holds them."""

    @property
    def encrypted(self) -> bool:
        return self.key is not None

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A session in one transaction: committed on success, rolled back on error."""
        with self.sessions.begin() as s:
            yield s

    def setting(self, key: str, default: object = None) -> object:
        with self.sessions() as s:
            row = s.get(Setting, key)
            return default if row is None else row.value

    def set_setting(self, key: str, value: object) -> None:
        with self.session() as s:
            row = s.get(Setting, key)
            if row is None:
                s.add(Setting(key=key, value=value))
            else:
                row.value = value

    @property
    def site_id(self) -> str:
        return str(self.setting("site_id"))

    def use_case_key(self, key: bytes | None, *older: bytes) -> None:
        """The case key this login holds (None: none), for the sealed columns
        (app/models/sealed.py); ``older``: keys still opening values of before an
        unfinished change of key."""
        set_cipher(self.engine, CaseCipher(key, *older) if key is not None else None)

    @property
    def case_cipher(self) -> CaseCipher | None:
        return cipher_of(self.engine)

    def rekey(self, new_key: bytes) -> None:
        """Encrypt the database with ``new_key`` (SQLCipher's ``PRAGMA rekey``, every
        page rewritten in one transaction); the store's connections use it afterwards."""
        if self.key is None or len(new_key) != sqlite_store.KEY_BYTES:
            raise ValueError("only an encrypted database gets a new 32-byte key")
        cipher = self.case_cipher
        self.engine.dispose()
        conn = sqlite_store.connect(self.path, self.key, check_same_thread=False)
        try:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            conn.execute(f"PRAGMA rekey = \"x'{new_key.hex()}'\"")
        finally:
            conn.close()
        self.engine = make_engine(self.path, new_key)
        self.sessions = sessionmaker(self.engine, expire_on_commit=False)
        self.key = new_key
        set_cipher(self.engine, cipher)

    def close(self) -> None:
        self.engine.dispose()
        if self.lock is not None:
            self.lock.release()
        if self.reader is not None:
            self.reader.release()

    def check(self) -> list[str]:
        """Problems of the file in words (empty when sound): every check of
        :meth:`check_report` in one list."""
        return [p for _name, problems in self.check_report() for p in problems]

    def check_report(self) -> list[tuple[str, list[str]]]:
        """Each check by name with its problems: integrity_check, foreign_key_check, the
        schema revision, then every check added with :func:`register_check`. A check
        that cannot finish (a damaged page stops it: "database disk image is
        malformed") reports that as its problem; it never raises."""
        results: list[tuple[str, list[str]]] = []
        for name, fn in [("integrity_check", self._integrity),
                         ("foreign_key_check", self._foreign_keys),
                         ("schema revision", self._revision_problems),
                         *[(n, (lambda f=f: f(self))) for n, f in list(_CHECKS)]]:
            try:
                results.append((name, list(fn())))
            except (sqlite_store.DatabaseError, DatabaseError) as exc:
                orig = getattr(exc, "orig", None) or exc
                results.append((name, [f"{name}: the check could not finish: {orig}"]))
            except Exception as exc:  # one broken check must not hide the others' verdict
                log.exception("the check %s failed", name)
                results.append((name, [f"{name}: the check could not finish "
                                       f"({type(exc).__name__})"]))
        return results

    def _pragma_rows(self, sql: str) -> list[tuple[object, ...]]:
        with self.engine.connect() as conn:
            rows = [tuple(r) for r in conn.exec_driver_sql(sql).fetchall()]
            conn.rollback()
        return rows

    def _integrity(self) -> list[str]:
        return [str(r[0]) for r in self._pragma_rows("PRAGMA integrity_check")
                if r[0] != "ok"]

    def _foreign_keys(self) -> list[str]:
        return [f"foreign key: table {r[0]} row {r[1]} refers to missing {r[2]}"
                for r in self._pragma_rows("PRAGMA foreign_key_check")]

    def _revision_problems(self) -> list[str]:
        rev = _current_revision(self.engine)
        head = SCHEMA_HEAD if rev == SCHEMA_HEAD else head_revision()
        if rev != head:
            return [f"schema revision {rev} is not the expected {head}"]
        return []


def _fts_count_check(store: Store) -> list[str]:
    """The notes index holds one document per contact (its triggers keep it so)."""
    with store.engine.connect() as conn:
        contacts = conn.exec_driver_sql("SELECT count(*) FROM contact").scalar()
        indexed = conn.exec_driver_sql("SELECT count(*) FROM contact_fts_docsize").scalar()
        conn.rollback()
    if contacts != indexed:
        return [f"full-text index: {indexed} documents for {contacts} contacts (rebuild "
                "the index)"]
    return []


register_check("full-text index", _fts_count_check)


def make_engine(path: Path, key: bytes | None = None) -> Engine:
    """An engine on ``path`` through SQLCipher; with ``key`` every connection is keyed
    before its first statement. SQLAlchemy is told the driver module, so its errors are
    wrapped as usual (``sqlalchemy.exc.DatabaseError`` with ``.orig``)."""

    def connect() -> sqlite_store.Connection:
        # check_same_thread off as SQLAlchemy sets it for file databases: the pool
        # hands a connection to one thread at a time.
        return sqlite_store.connect(path, key, check_same_thread=False)

    # Cyrillic text in JSON columns (history, drafts) stored as itself, not as \\u escapes.
    # hide_parameters: an error's text never carries the values (what a user typed),
    # wherever it is shown or logged.
    engine = create_engine(
        f"sqlite:///{path}",
        module=sqlite_store.dbapi,
        creator=connect,
        json_serializer=lambda obj: json.dumps(obj, ensure_ascii=False),
        hide_parameters=True,
    )
    sqlite_store.configure(engine)
    if key is not None:
        require_sealing(engine)
    return engine


def _current_revision(engine: Engine) -> str | None:
    """The file's schema revision (the row Alembic keeps), read without Alembic."""
    with engine.connect() as conn:
        has_table = conn.exec_driver_sql(
            "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'"
        ).first()
        rev = None
        if has_table:
            row = conn.exec_driver_sql("SELECT version_num FROM alembic_version").first()
            rev = str(row[0]) if row else None
        conn.rollback()
        return rev


def _migrate(engine: Engine, path: Path, existed: bool, key: bytes | None) -> None:
    current = _current_revision(engine)
    if current == SCHEMA_HEAD:
        return
    from alembic import command

    head = head_revision()
    if current == head:
        return
    if current is not None and current not in _known_revisions():
        raise StoreError(
            f"{path}: made by a newer version of Infoline Desk (schema {current}); "
            "update the app to open it"
        )
    if existed and current is not None:
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        backup = path.with_name(f"{path.name}.before-{head}-{stamp}.bak")
        sqlite_store.backup_file(path, backup, key, killpoint="migrate.backing_up")
        log.info("backed up the database before migrating from %s to %s", current, head)
        step("migrate.backed_up")
    cfg = _alembic_config()
    with engine.connect() as conn:
        raw = conn.connection.driver_connection
        assert raw is not None
        # Batch migrations recreate tables; with foreign keys on, ON DELETE CASCADE
        # would delete child rows. Off for the migration, checked afterwards.
        raw.execute("PRAGMA foreign_keys = OFF")
        try:
            with conn.begin():
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, "head")
                bad = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if bad:
                    raise StoreError(f"migration left {len(bad)} broken references")
                step("migrate.upgraded")
        finally:
            raw.execute("PRAGMA foreign_keys = ON")
    log.info("database migrated to %s", head)


def _unreadable(path: Path, key: bytes | None, exc: Exception) -> StoreError:
    """The user's words for a file SQLCipher would not read."""
    from app.db.keyring import Keyring
    from app.db.names import is_plain_database

    detail = str(getattr(exc, "orig", None) or exc)
    if sqlite_store.is_busy(exc):  # another program is writing: busy, not damaged
        return BusyError(busy_message(path))
    if sqlite_store.is_disk_full(exc):
        return StoreError(disk_full_message(path))
    if key is None and Keyring.exists(path):
        return WrongKeyError(f"{path}: the database is encrypted; log in to open it")
    if key is not None and is_plain_database(path):
        return WrongKeyError(f"{path}: the database is not encrypted yet; it has to be "
                        "encrypted before it is opened with a key")
    if key is None or "not a database" not in detail:
        return StoreError(f"{path}: not a readable Infoline Desk database ({detail})")
    return WrongKeyError(f"{path}: wrong key or not an Infoline Desk database")


def open_store(path: Path | str, *, create: bool = True, key: bytes | None = None,
               exclusive: bool = False) -> Store:
    """Open (and if needed create and migrate) the database at ``path``.

    ``key``: the 32-byte database key (app.db.keyring); None opens an unencrypted file,
    which only the migration of old files and tests do. ``exclusive``: take the
    single-instance lock (the GUI and writing commands); a second exclusive open fails
    with :class:`AlreadyOpenError`, reading commands may still run alongside. A file on a
    network share is refused.
    """
    path = Path(path).expanduser()
    if key is not None and len(key) != sqlite_store.KEY_BYTES:
        raise ValueError("a database key is 32 bytes")
    existed = path.exists() and path.stat().st_size > 0
    if not existed and not create:
        raise StoreError(f"{path}: no such database")
    if path.is_dir():
        raise StoreError(f"{path}: is a folder, not a database file")
    try:
        refuse_network_share(path)
    except InstanceError as exc:
        raise StoreError(str(exc)) from exc
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreError(f"{path.parent}: cannot create the folder ({exc.strerror})") from exc
    lock = None
    if exclusive:
        lock = InstanceLock(path)
        try:
            lock.acquire()
        except InstanceError as exc:
            raise AlreadyOpenError(str(exc), getattr(exc, "holder", None),
                                   getattr(exc, "pid", None)) from exc
        except OSError as exc:
            raise StoreError(f"{lock.path}: cannot create the lock file ({exc.strerror})") \
                from exc
        remove_leftovers(path)
    reader = None if exclusive else ReaderLock(path)
    if reader is not None:
        try:
            reader.acquire()
        except InstanceError as exc:  # a restore is replacing the file
            raise BusyError(str(exc)) from exc
    sqlite_store.make_private(path)
    engine = make_engine(path, key)
    try:
        if existed:
            try:
                with engine.connect() as conn:
                    conn.exec_driver_sql("SELECT count(*) FROM sqlite_master").first()
                    conn.rollback()
            except DatabaseError as exc:
                raise _unreadable(path, key, exc) from exc
        _migrate(engine, path, existed, key)
    except DatabaseError as exc:
        engine.dispose()
        for held in (lock, reader):
            if held is not None:
                held.release()
        if sqlite_store.is_busy(exc):
            raise BusyError(busy_message(path)) from exc
        if sqlite_store.is_disk_full(exc):
            raise StoreError(disk_full_message(path)) from exc
        raise StoreError(f"{path}: not a readable Infoline Desk database ({exc.orig})") from exc
    except BaseException:
        engine.dispose()
        for held in (lock, reader):
            if held is not None:
                held.release()
        raise
    store = Store(path, engine, sessionmaker(engine, expire_on_commit=False), key=key,
                  lock=lock, reader=reader)
    if store.setting("site_id") is None:
        store.set_setting("site_id", new_uuid())
    return store
