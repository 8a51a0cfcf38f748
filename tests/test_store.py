"""The database file: pragmas, migrations, backups, integrity checks, transactions."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from alembic.config import Config
from sqlalchemy import func, select, text

import app.db.store as store_module
from app.db import Store, StoreError, open_store
from app.db import sqlite as sqlite_store
from app.db.store import head_revision
from app.models import Caller, Contact, ContactChange, Draft, Setting, User
from app.services.contacts.service import CallerInput, ContactInput, ContactService


def _pragma(conn, name: str):
    return conn.exec_driver_sql(f"PRAGMA {name}").scalar()


def _revision(path: Path) -> str | None:
    conn = sqlite3.connect(path)
    try:
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    finally:
        conn.close()
    return row[0] if row else None


def _tables(path: Path, key: bytes | None = None) -> set[str]:
    conn = sqlite_store.connect(path, key)
    try:
        return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    finally:
        conn.close()


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "desk.sqlite3"


# -- opening --------------------------------------------------------------------------


def test_every_connection_gets_wal_foreign_keys_and_full_sync(db_path: Path):
    store = open_store(db_path)
    try:
        # Two connections at once: both come from the pool's connect hook.
        with store.engine.connect() as a, store.engine.connect() as b:
            for conn in (a, b):
                assert _pragma(conn, "journal_mode") == "wal"
                assert _pragma(conn, "foreign_keys") == 1
                assert _pragma(conn, "synchronous") == 2
                assert _pragma(conn, "busy_timeout") >= 1000
    finally:
        store.close()
    # WAL is a property of the file: a plain connection sees it too.
    conn = sqlite3.connect(db_path)
    try:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    finally:
        conn.close()


def test_a_new_file_is_migrated_to_head(db_path: Path):
    store = open_store(db_path)
    try:
        assert store.check() == []
        assert len(store.site_id) == 36
    finally:
        store.close()
    assert _revision(db_path) == head_revision()
    assert {"contact", "caller", "app_user", "draft", "setting", "contact_fts"} <= _tables(
        db_path
    )
    # A fresh file has nothing to back up.
    assert list(db_path.parent.glob("*.bak")) == []


def test_reopening_keeps_data_and_site_id_and_makes_no_backup(db_path: Path):
    store = open_store(db_path)
    try:
        site = store.site_id
        store.set_setting("site_name", "Брест")
        with store.session() as s:
            s.add(User(username="anna", full_name="Анна", site_id=site))
    finally:
        store.close()

    again = open_store(db_path, create=False)
    try:
        assert again.site_id == site
        assert again.setting("site_name") == "Брест"
        with again.sessions() as s:
            assert s.scalar(select(User.full_name)) == "Анна"
        assert again.check() == []
    finally:
        again.close()
    assert list(db_path.parent.glob("*.bak")) == []


def test_missing_file_without_create_is_a_store_error(db_path: Path):
    with pytest.raises(StoreError, match="no such database"):
        open_store(db_path, create=False)
    assert not db_path.exists()


@pytest.mark.parametrize(
    "content",
    [os.urandom(8192), b"SQLite format 3\x00" + b"\xff" * 4000, "заметки\n".encode() * 500],
    ids=["random", "bad-header", "text"],
)
def test_a_file_that_is_not_a_database_is_a_clear_store_error(db_path: Path, content: bytes):
    db_path.write_bytes(content)
    with pytest.raises(StoreError) as info:
        open_store(db_path)
    message = str(info.value)
    assert str(db_path) in message
    assert "not a readable Infoline Desk database" in message
    assert "\n" not in message
    # The file was not touched and no backup was attempted.
    assert db_path.read_bytes() == content
    assert list(db_path.parent.glob("*.bak")) == []


def test_a_folder_is_not_a_database(tmp_path: Path):
    folder = tmp_path / "a-folder"
    folder.mkdir()
    with pytest.raises(StoreError, match="is a folder"):
        open_store(folder)
    with pytest.raises(StoreError):
        open_store(folder, create=False)


def test_a_file_inside_a_file_is_a_store_error(tmp_path: Path):
    blocker = tmp_path / "plain.txt"
    blocker.write_text("x")
    with pytest.raises(StoreError, match="cannot create the folder"):
        open_store(blocker / "sub" / "desk.sqlite3")


def test_a_file_from_a_newer_version_is_refused_without_backup(db_path: Path):
    open_store(db_path).close()
    conn = sqlite3.connect(db_path)
    conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
    conn.commit()
    conn.close()
    with pytest.raises(StoreError, match="newer"):
        open_store(db_path)
    assert _revision(db_path) == "9999_future"
    assert list(db_path.parent.glob("*.bak")) == []


# -- migrating an older file ------------------------------------------------------------

NEXT_REVISION = '''"""test revision

Revision ID: 9002
Revises: {down}
"""
from alembic import op
import sqlalchemy as sa

revision = "9002"
down_revision = "{down}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table("probe", sa.Column("id", sa.Integer(), primary_key=True))
    {extra}


def downgrade() -> None:
    op.drop_table("probe")
'''


def _scripts_with_next_revision(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, extra: str):
    """The project's migrations plus one more revision, as if the app were upgraded."""
    real = Path(store_module.__file__).resolve().parents[1] / "migrations"
    scripts = tmp_path / "migrations"
    shutil.copytree(real, scripts, ignore=shutil.ignore_patterns("__pycache__"))
    (scripts / "versions" / "9002_probe.py").write_text(
        NEXT_REVISION.format(down=head_revision(), extra=extra or "pass")
    )

    def config() -> Config:
        cfg = Config()
        cfg.set_main_option("script_location", str(scripts))
        return cfg

    monkeypatch.setattr(store_module, "_alembic_config", config)
    monkeypatch.setattr(store_module, "SCHEMA_HEAD", "9002")


def _file_at_current_head_with_data(path: Path) -> str:
    store = open_store(path)
    try:
        store.set_setting("site_name", "Минск")
        return store.site_id
    finally:
        store.close()


def test_an_older_file_is_backed_up_then_migrated(
    tmp_path: Path, db_path: Path, monkeypatch: pytest.MonkeyPatch
):
    old_head = head_revision()
    site = _file_at_current_head_with_data(db_path)
    _scripts_with_next_revision(tmp_path, monkeypatch, extra="")
    assert head_revision() == "9002"

    store = open_store(db_path)
    try:
        assert store.site_id == site
        assert store.setting("site_name") == "Минск"
        assert store.check() == []
    finally:
        store.close()
    assert _revision(db_path) == "9002"
    assert "probe" in _tables(db_path)

    backups = list(db_path.parent.glob(f"{db_path.name}.before-*.bak"))
    assert len(backups) == 1
    assert backups[0].name.startswith(f"{db_path.name}.before-9002-")
    # The backup is a consistent copy of the file as it was before the migration.
    assert _revision(backups[0]) == old_head
    assert "probe" not in _tables(backups[0])
    conn = sqlite3.connect(backups[0])
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        raw = conn.execute("SELECT value FROM setting WHERE key='site_name'").fetchone()[0]
        assert json.loads(raw) == "Минск"
    finally:
        conn.close()

    # Opening again at the new head makes no further backup.
    open_store(db_path).close()
    assert len(list(db_path.parent.glob("*.bak"))) == 1


def test_a_failing_migration_leaves_the_file_as_it_was(
    tmp_path: Path, db_path: Path, monkeypatch: pytest.MonkeyPatch
):
    old_head = head_revision()
    _file_at_current_head_with_data(db_path)
    _scripts_with_next_revision(
        tmp_path, monkeypatch, extra='op.execute("INSERT INTO no_such_table VALUES (1)")'
    )
    with pytest.raises(StoreError):
        open_store(db_path)
    # Transactional DDL: the table the migration created is gone, the revision is old.
    assert _revision(db_path) == old_head
    assert "probe" not in _tables(db_path)
    assert len(list(db_path.parent.glob("*.bak"))) == 1


# -- integrity ------------------------------------------------------------------------------


def test_check_reports_broken_references(db_path: Path):
    open_store(db_path).close()
    conn = sqlite3.connect(db_path)
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute("INSERT INTO contact_topic (contact_id, topic) VALUES ('missing', 'other')")
    conn.commit()
    conn.close()
    store = open_store(db_path)
    try:
        problems = store.check()
    finally:
        store.close()
    assert len(problems) == 1
    assert "contact_topic" in problems[0]


def _contact_root_page(path: Path) -> tuple[int, int]:
    conn = sqlite3.connect(path)
    try:
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
        root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name='contact'").fetchone()[0]
    finally:
        conn.close()
    return page_size, root


def damage_contact_table(path: Path) -> None:
    """Overwrite the body of the contact table's root page, leaving the header intact."""
    page_size, root = _contact_root_page(path)
    with path.open("r+b") as f:
        f.seek((root - 1) * page_size + 8)
        f.write(b"\xde\xad\xbe\xef" * ((page_size - 16) // 4))


def _fill(store: Store, n: int) -> None:
    with store.session() as s:
        user = User(username="u", full_name="U", site_id=store.site_id)
        s.add(user)
        s.flush()
        start = datetime(2024, 1, 1, tzinfo=UTC)
        for i in range(n):
            s.add(Contact(channel="phone", started_at=start + timedelta(hours=i),
                          site_id=store.site_id, notes=f"заметка {i} " * 20))


def test_check_reports_a_damaged_file_instead_of_raising(db_path: Path):
    store = open_store(db_path)
    try:
        _fill(store, 200)
    finally:
        store.close()
    damage_contact_table(db_path)
    store = open_store(db_path)
    try:
        problems = store.check()
    finally:
        store.close()
    assert problems
    assert all(isinstance(p, str) and "\n" not in p for p in problems)


# -- transactions ---------------------------------------------------------------------------


class Boom(Exception):
    pass


def _write_then_fail(store: Store) -> None:
    with store.session() as s:
        s.add(Setting(key="half", value=1))
        s.add(User(username="ghost", full_name="Ghost", site_id=store.site_id))
        s.flush()  # written to the file's transaction, not yet committed
        raise Boom


def test_an_exception_in_a_session_rolls_everything_back(store: Store):
    with pytest.raises(Boom):
        _write_then_fail(store)
    assert store.setting("half") is None
    with store.sessions() as s:
        assert s.scalar(select(User).where(User.username == "ghost")) is None


def _create_table_then_fail(store: Store) -> None:
    with store.session() as s:
        s.execute(text("CREATE TABLE scratch (x INTEGER)"))
        s.execute(text("INSERT INTO scratch VALUES (1)"))
        raise Boom


def test_ddl_is_transactional_too(store: Store):
    with pytest.raises(Boom):
        _create_table_then_fail(store)
    assert "scratch" not in _tables(store.path, store.key)


def _fail_in_savepoint(s) -> None:
    with s.begin_nested():
        s.add(Setting(key="dropped", value=2))
        s.flush()
        raise Boom


def test_a_savepoint_rolls_back_only_its_part(store: Store):
    with store.session() as s:
        s.add(Setting(key="kept", value=1))
        with pytest.raises(Boom):
            _fail_in_savepoint(s)
    assert store.setting("kept") == 1
    assert store.setting("dropped") is None


def test_a_session_commits_on_success(store: Store):
    with store.session() as s:
        s.add(Setting(key="k", value={"a": [1, "б"]}))
    assert store.setting("k") == {"a": [1, "б"]}
    store.set_setting("k", 5)
    assert store.setting("k") == 5


# -- record identity -------------------------------------------------------------------------


def _is_uuid7(value: str) -> bool:
    u = uuid.UUID(value)
    return u.version == 7 and str(u) == value


def test_every_record_gets_a_uuid7_and_utc_times(contacts: ContactService):
    store = contacts.store
    before = datetime.now(UTC)
    rec = contacts.save(ContactInput(
        started_at=before - timedelta(minutes=10), topics=["other"],
        caller=CallerInput(phone="+375 29 000-00-01"),
    ))
    draft_id = contacts.save_draft(None, "contact", {"notes": "x"})
    after = datetime.now(UTC)

    assert _is_uuid7(store.site_id)
    assert _is_uuid7(contacts.user_id)
    assert _is_uuid7(rec.id)
    assert _is_uuid7(draft_id)
    with store.sessions() as s:
        contact = s.scalar(select(Contact).where(Contact.id == rec.id))
        caller = s.scalar(select(Caller))
        change = s.scalar(select(ContactChange))
        user = s.get(User, contacts.user_id)
        draft = s.get(Draft, draft_id)
        for obj in (contact, caller, user):
            assert _is_uuid7(obj.id)
            assert obj.site_id == store.site_id
            assert obj.created_at.utcoffset() == timedelta(0)
            assert before - timedelta(seconds=5) <= obj.created_at <= after
        assert _is_uuid7(change.id)
        assert change.changed_at.utcoffset() == timedelta(0)
        assert draft.updated_at.utcoffset() == timedelta(0)
        assert caller.author_id == contacts.user_id
    # Stored as naive UTC text, whatever the local time zone.
    conn = sqlite_store.connect(store.path, store.key)
    try:
        raw = conn.execute("SELECT created_at FROM contact").fetchone()[0]
    finally:
        conn.close()
    stored = datetime.fromisoformat(raw).replace(tzinfo=UTC)
    assert before - timedelta(seconds=5) <= stored <= after


def test_uuid7_ids_sort_by_creation(store: Store):
    with store.session() as s:
        users = [User(username=f"u{i}", full_name=f"U{i}", site_id=store.site_id)
                 for i in range(20)]
        s.add_all(users)
        s.flush()
        ids = [u.id for u in users]
    assert ids == sorted(ids)
    assert len(set(ids)) == 20


def _add_naive(store: Store) -> None:
    with store.session() as s:
        s.add(Contact(channel="phone", started_at=datetime(2024, 1, 1), site_id=store.site_id))


def test_a_naive_datetime_is_refused(store: Store):
    with pytest.raises(Exception, match="naive datetime"):
        _add_naive(store)
    with store.sessions() as s:
        assert s.scalar(select(func.count()).select_from(Contact)) == 0


def test_the_fast_path_knows_the_newest_migration():
    """open_store skips Alembic for a file at SCHEMA_HEAD: it must be the real head."""
    assert head_revision() == store_module.SCHEMA_HEAD
