"""Opening a database file: create or migrate, then hand out sessions.

Migrations (Alembic, in app/migrations) run at open in one transaction, after a
consistent backup of an existing file that is not yet at the newest revision.
"""

from __future__ import annotations

import json
import logging
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import create_engine
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DatabaseError
from sqlalchemy.orm import Session, sessionmaker

from app.db import sqlite as sqlite_store
from app.models import Setting, new_uuid

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger("app.db")

SCHEMA_HEAD = "0007"
"""The newest migration. Opening a file already at it needs no Alembic import, which
keeps the app's start fast; a test checks it against app/migrations."""


class StoreError(Exception):
    """A database that cannot be opened or used; the message is for the user."""


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

    def close(self) -> None:
        self.engine.dispose()

    def check(self) -> list[str]:
        """Integrity problems of the file (empty when sound)."""
        try:
            with self.engine.connect() as conn:
                raw = conn.connection.driver_connection
                assert isinstance(raw, sqlite3.Connection)
                problems = sqlite_store.integrity_problems(raw)
                conn.rollback()
            rev = _current_revision(self.engine)
        except (sqlite3.DatabaseError, DatabaseError) as exc:
            # A damaged page can stop the check itself ("database disk image is malformed").
            orig = getattr(exc, "orig", None) or exc
            return [f"the check could not finish: {orig}"]
        if rev != head_revision():
            problems.append(f"schema revision {rev} is not the expected {head_revision()}")
        return problems


def make_engine(path: Path) -> Engine:
    # Cyrillic text in JSON columns (history, drafts) stored as itself, not as \\u escapes.
    engine = create_engine(
        f"sqlite:///{path}",
        json_serializer=lambda obj: json.dumps(obj, ensure_ascii=False),
    )
    sqlite_store.configure(engine)
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


def _migrate(engine: Engine, path: Path, existed: bool) -> None:
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
        sqlite_store.backup_file(path, backup)
        log.info("backed up the database before migrating from %s to %s", current, head)
    cfg = _alembic_config()
    with engine.connect() as conn:
        raw = conn.connection.driver_connection
        assert isinstance(raw, sqlite3.Connection)
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
        finally:
            raw.execute("PRAGMA foreign_keys = ON")
    log.info("database migrated to %s", head)


def open_store(path: Path | str, *, create: bool = True) -> Store:
    """Open (and if needed create and migrate) the database at ``path``."""
    path = Path(path).expanduser()
    existed = path.exists() and path.stat().st_size > 0
    if not existed and not create:
        raise StoreError(f"{path}: no such database")
    if path.is_dir():
        raise StoreError(f"{path}: is a folder, not a database file")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreError(f"{path.parent}: cannot create the folder ({exc.strerror})") from exc
    engine = make_engine(path)
    try:
        _migrate(engine, path, existed)
    except DatabaseError as exc:
        engine.dispose()
        raise StoreError(f"{path}: not a readable Infoline Desk database ({exc.orig})") from exc
    except Exception:
        engine.dispose()
        raise
    store = Store(path, engine, sessionmaker(engine, expire_on_commit=False))
    if store.setting("site_id") is None:
        store.set_setting("site_id", new_uuid())
    return store
