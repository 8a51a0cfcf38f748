"""Backups: made through the backup API, encrypted, rotated; restores verified first."""

from __future__ import annotations

import os
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from app import cli
from app.cli import common as cli_common
from app.db import open_store
from app.db import sqlite as sqlite_store
from app.db.backup import (
    DEFAULT_KEEP,
    KEEP_SETTING,
    BackupError,
    due_daily,
    folder_for,
    list_backups,
    make_backup,
    restore,
    rotate,
    verify_backup,
)
from app.db.keyring import Keyring
from app.db.names import is_plain_database
from app.services.contacts.service import ContactInput, ContactQuery, ContactService, UserService

T0 = datetime(2026, 3, 2, 18, 0, tzinfo=UTC)


def _contacts(store) -> ContactService:
    users = UserService(store)
    known = users.list()
    user = known[0] if known else users.add("Анна Ковальчук", role="administrator")
    return ContactService(store, user.id)


def _add(store, n: int, text: str = "звонок") -> list[str]:
    service = _contacts(store)
    return [service.save(ContactInput(started_at=T0 - timedelta(hours=i), topics=["other"],
                                      notes=f"{text} {i}")).id for i in range(n)]


def _count(db: Path, key: bytes | None) -> int:
    conn = sqlite_store.connect(db, key, verify=True)
    try:
        return int(conn.execute("SELECT count(*) FROM contact").fetchone()[0])
    finally:
        conn.close()


@pytest.fixture
def keyed(tmp_path: Path):
    """An encrypted database with its key file, as the app makes it."""
    db = tmp_path / "data" / "infoline.sqlite3"
    db.parent.mkdir()
    ring, key, code = Keyring.create(db)
    ring.add_user("admin", "a long admin password", key)
    store = open_store(db, key=key)
    yield store, key, code
    store.close()


def test_a_backup_is_encrypted_with_the_same_key_and_its_key_file_beside_it(keyed):
    store, key, code = keyed
    _add(store, 5)
    made = make_backup(store, "manual")
    assert made.parent == folder_for(store.path)
    assert not is_plain_database(made)
    assert _count(made, key) == 5
    # Taken off the computer with its .keys file, it opens with a password or the code.
    ring = Keyring(made.with_name(made.name + ".keys"),
                   Keyring._read(made.with_name(made.name + ".keys")))
    assert ring.unlock("admin", "a long admin password") == key
    assert ring.unlock_with_recovery(code) == key
    verified = verify_backup(made, key)
    assert verified.counts["contact"] == 5
    assert "5 contact" in verified.summary()


def test_a_backup_while_writing_holds_only_what_was_committed(keyed):
    """The backup API copies a consistent snapshot while another connection is in the
    middle of a write: the uncommitted write is not in the backup."""
    store, key, _code = keyed
    _add(store, 3)
    with store.engine.connect() as conn:
        conn.begin()
        conn.exec_driver_sql("INSERT INTO setting (key, value) VALUES ('half', '1')")
        made = make_backup(store, "manual")
        conn.commit()
    conn = sqlite_store.connect(made, key, verify=True)
    try:
        assert conn.execute("SELECT count(*) FROM setting WHERE key='half'").fetchone() == (0,)
        assert conn.execute("SELECT count(*) FROM contact").fetchone() == (3,)
    finally:
        conn.close()
    assert store.setting("half") == 1


def test_automatic_backups_rotate_and_others_stay(keyed):
    store, _key, _code = keyed
    store.set_setting(KEEP_SETTING, 3)
    made = [make_backup(store, "daily", now=T0 + timedelta(days=i)) for i in range(5)]
    manual = make_backup(store, "manual", now=T0 - timedelta(days=30))
    kept = list_backups(store.path)
    assert [b.path for b in kept if b.reason == "daily"] == made[:1:-1]
    assert manual in [b.path for b in kept]
    for gone in made[:2]:
        assert not gone.exists()
        assert not gone.with_name(gone.name + ".keys").exists()
    assert [b.taken_at for b in kept] == sorted((b.taken_at for b in kept), reverse=True)


def test_rotation_keeps_each_databases_backups_apart(tmp_path: Path, db_key: bytes):
    stores = [open_store(tmp_path / name, key=db_key) for name in ("a.sqlite3", "b.sqlite3")]
    try:
        for i in range(4):
            for s in stores:
                make_backup(s, "exit", now=T0 + timedelta(hours=i))
        removed = rotate(folder_for(stores[0].path), 2)
        assert len(removed) == 4
        assert [len(list_backups(s.path)) for s in stores] == [2, 2]
    finally:
        for s in stores:
            s.close()
    assert DEFAULT_KEEP == 10


def test_a_daily_backup_is_due_after_a_day(keyed):
    store, _key, _code = keyed
    assert due_daily(store, now=T0)
    make_backup(store, "exit", now=T0)
    assert not due_daily(store, now=T0 + timedelta(hours=23))
    assert due_daily(store, now=T0 + timedelta(hours=24))


def test_a_restore_verifies_first_and_keeps_the_current_file(keyed):
    store, key, _code = keyed
    early = _add(store, 4, "ранний")
    made = make_backup(store, "manual")
    _add(store, 6, "поздний")
    db = store.path
    store.close()

    result = restore(db, made, key)

    assert result.verified.counts["contact"] == 4
    assert result.previous is not None
    assert _count(result.previous, key) == 10  # the replaced file, kept
    reopened = open_store(db, key=key, create=False)
    try:
        assert reopened.check() == []
        found = _contacts(reopened).page(ContactQuery(text="ранний"), limit=10)
        assert {r.id for r in found} == set(early)
        assert _contacts(reopened).page(ContactQuery(text="поздний"), limit=10) == []
    finally:
        reopened.close()


def _damage(path: Path) -> None:
    with path.open("r+b") as f:
        f.seek(path.stat().st_size // 2)
        f.write(os.urandom(4096))


@pytest.mark.parametrize("problem", ["damaged", "wrong key", "plain", "not a database",
                                     "missing"])
def test_a_bad_backup_is_refused_and_nothing_changes(keyed, tmp_path: Path, problem: str):
    store, key, _code = keyed
    _add(store, 30, "длинная заметка " * 20)
    made = make_backup(store, "manual")
    db = store.path
    store.close()
    if problem == "damaged":
        _damage(made)
    elif problem == "wrong key":
        other = open_store(tmp_path / "other.sqlite3", key=os.urandom(32))
        other.close()
        made = tmp_path / "other.sqlite3"
    elif problem == "plain":
        plain = open_store(tmp_path / "plain.sqlite3")
        plain.close()
        made = tmp_path / "plain.sqlite3"
    elif problem == "not a database":
        made = tmp_path / "notes.txt"
        made.write_text("просто текст\n" * 100, encoding="utf-8")
    else:
        made = tmp_path / "missing.backup"
    files_before = {p: p.read_bytes() for p in db.parent.iterdir() if p.is_file()}
    backups_before = list_backups(db)

    with pytest.raises(BackupError) as info:
        restore(db, made, key)

    assert "\n" not in str(info.value)
    assert list_backups(db) == backups_before
    assert {p: p.read_bytes() for p in db.parent.iterdir() if p.is_file()} == files_before
    assert _count(db, key) == 30


def test_a_restore_refuses_a_database_open_in_a_window(keyed):
    store, key, _code = keyed
    made = make_backup(store, "manual")
    db = store.path
    store.close()
    window = open_store(db, key=key, exclusive=True)
    try:
        with pytest.raises(BackupError, match="already open"):
            restore(db, made, key)
    finally:
        window.close()


def test_a_restore_replaces_a_damaged_database(keyed):
    store, key, _code = keyed
    _add(store, 20, "заметка " * 50)
    made = make_backup(store, "manual")
    db = store.path
    store.close()
    with db.open("r+b") as f:  # the first page too: the file no longer opens
        f.write(os.urandom(8192))
    result = restore(db, made, key)
    assert result.previous is not None
    assert result.previous.exists()
    assert _count(db, key) == 20


def test_cli_backup_and_restore(keyed, tmp_path: Path, monkeypatch, capsys):
    store, key, code = keyed
    _add(store, 7)
    db = store.path
    store.close()

    def login(args, action=None):  # the login itself is tested with app.services.accounts.auth
        assert action in ("backup.make", "backup.restore")
        return open_store(Path(args.db), key=key, create=False), None

    monkeypatch.setattr(cli_common, "open_db", login)
    out = tmp_path / "usb" / "desk.backup"
    assert cli.main(["backup", "--db", str(db), "--out", str(out)]) == 2  # no folder
    out.parent.mkdir()
    assert cli.main(["backup", "--db", str(db), "--out", str(out)]) == 0
    assert out.exists()
    assert out.with_name(out.name + ".keys").exists()
    assert cli.main(["backup", "--db", str(db), "--out", str(out)]) == 2  # never overwrites
    capsys.readouterr()

    again = open_store(db, key=key, create=False)
    _add(again, 3)
    again.close()
    assert cli.main(["restore", "--db", str(db), str(out)]) == 0
    printed = capsys.readouterr().out
    assert "7 contact" in printed
    assert "kept as" in printed
    assert _count(db, key) == 7

    # When the database itself no longer opens: the recovery code instead of a login.
    monkeypatch.setattr(cli_common, "open_db", None)
    monkeypatch.setenv("INFOLINE_RECOVERY_CODE", code.lower())
    with db.open("r+b") as f:
        f.write(os.urandom(4096))
    assert cli.main(["restore", "--db", str(db), str(out)]) == 0
    assert _count(db, key) == 7
    _damage(out)
    capsys.readouterr()
    assert cli.main(["restore", "--db", str(db), str(out)]) == 2
    err = capsys.readouterr().err
    assert "damaged" in err
    assert "Traceback" not in err


@pytest.mark.skipif(not Path("/proc/self").is_dir(), reason="needs /proc (Linux)")
def test_cli_backup_to_a_place_that_takes_no_files_names_the_destination(keyed, tmp_path,
                                                                          monkeypatch,
                                                                          capsys):
    store, key, _code = keyed
    db = store.path
    store.close()
    monkeypatch.setattr(cli_common, "open_db", lambda args, action=None: (
        open_store(Path(args.db), key=key, create=False), None))
    assert cli.main(["backup", "--db", str(db), "--out", "/proc/x.bak"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("infoline: --out /proc/x.bak: the backup cannot be written to /proc")
    assert str(db) not in err  # the database is not what is wrong
    assert "Traceback" not in err
    assert err.count("\n") == 1
    assert _count(db, key) == 0  # and it still opens
