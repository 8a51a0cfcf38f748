"""Setting up accounts on an old unencrypted database never leaves its records
encrypted under a key that is then thrown away (docs/security.md, "Old unencrypted
databases")."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from accounthelp import PASSWORD

from app.db import StoreError, open_store
from app.db import sqlite as sqlite_store
from app.db.keyring import Keyring, KeyringError
from app.db.names import is_plain_database
from app.services.accounts import auth
from app.services.contacts.service import ContactInput, ContactService, UserService


def _plain_database_with_a_contact(db: Path) -> None:
    store = open_store(db)
    try:
        user = UserService(store).add("Мария Петренко", role="administrator")
        ContactService(store, user.id).save(ContactInput(
            started_at=datetime.now(UTC), topics=["other"], notes="звонок из Минска"))
    finally:
        store.close()


def _still_plain_and_readable(db: Path) -> None:
    assert is_plain_database(db)
    assert not Keyring.exists(db)
    store = open_store(db, create=False)
    try:
        assert store.check() == []
    finally:
        store.close()


def test_a_damaged_old_backup_stops_the_setup_before_anything_is_encrypted(tmp_path: Path):
    db = tmp_path / "old.sqlite3"
    _plain_database_with_a_contact(db)
    old_backup = tmp_path / "old.sqlite3.before-0007-20240101T000000Z.bak"
    sqlite_store.backup_file(db, old_backup)
    raw = bytearray(old_backup.read_bytes())
    for i in range(4096 + 100, len(raw) - 100, 997):  # the header stays, pages do not
        raw[i] ^= 0xFF
    old_backup.write_bytes(bytes(raw))

    with pytest.raises(StoreError, match="damaged"):
        auth.setup_first_admin(db, "admin", "Администратор", PASSWORD)

    _still_plain_and_readable(db)
    assert not list(tmp_path.glob("*.encrypting*"))
    # once the damaged file is moved away, the set-up goes through
    old_backup.rename(tmp_path / "damaged.bak")
    result, _code = auth.setup_first_admin(db, "admin", "Администратор", PASSWORD)
    result.store.close()
    assert not is_plain_database(db)
    auth.login(db, "admin", PASSWORD).store.close()


def test_a_migration_that_fails_during_the_setup_leaves_the_database_plain(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    from alembic import command

    from app.db import store as store_module

    db = tmp_path / "old.sqlite3"
    engine = store_module.make_engine(db)
    cfg = store_module._alembic_config()
    with engine.connect() as conn, conn.begin():
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0006")
    engine.dispose()

    def fail(*_args: object, **_kwargs: object) -> None:
        raise StoreError("the migration failed")

    monkeypatch.setattr(command, "upgrade", fail)
    with pytest.raises(StoreError, match="the migration failed"):
        auth.setup_first_admin(db, "admin", "Администратор", PASSWORD)

    assert is_plain_database(db)
    assert not Keyring.exists(db)


def test_the_key_file_stays_when_the_records_were_encrypted_with_it(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    db = tmp_path / "old.sqlite3"
    _plain_database_with_a_contact(db)

    def no_keyed_open(path: Path, **kwargs: object):  # type: ignore[no-untyped-def]
        if kwargs.get("key") is not None:
            raise StoreError("the disk is full")
        return open_store(path, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(auth, "open_store", no_keyed_open)
    with pytest.raises(StoreError, match="the disk is full"):
        auth.setup_first_admin(db, "admin", "Администратор", PASSWORD)

    assert not is_plain_database(db)
    assert Keyring.exists(db), "the only key to the encrypted records was deleted"


# -- a damaged key file entry is a clear error, never a traceback ----------------------

@pytest.mark.parametrize("change", [
    {"locked_until": "not a time"},
    {"kdf": {"name": "argon2id", "time_cost": 1, "memory_cost": 0, "parallelism": 1,
             "salt": "AAAAAAAAAAAAAAAAAAAAAA=="}},
    {"kdf": {"name": "argon2id", "time_cost": 1, "memory_cost": 8, "parallelism": 0,
             "salt": "AAAAAAAAAAAAAAAAAAAAAA=="}},
])
def test_a_damaged_entry_of_the_key_file_is_a_clear_error(tmp_path: Path, change):
    import json

    db = tmp_path / "db.sqlite3"
    ring, key, _code = Keyring.create(db)
    ring.add_user("anna", PASSWORD, key)
    path = Keyring.path_for(db)
    data = json.loads(path.read_text(encoding="utf-8"))
    data["users"]["anna"].update(change)
    path.write_text(json.dumps(data), encoding="utf-8")

    with pytest.raises(auth.LoginError) as caught:
        auth.login(db, "anna", PASSWORD)
    assert caught.value.reason == "key_file"
    assert "damaged" in str(caught.value)


def test_a_lockout_written_without_a_time_zone_still_locks(tmp_path: Path):
    import json

    db = tmp_path / "db.sqlite3"
    ring, key, _code = Keyring.create(db)
    ring.add_user("anna", PASSWORD, key)
    path = Keyring.path_for(db)
    data = json.loads(path.read_text(encoding="utf-8"))
    data["users"]["anna"]["locked_until"] = "2999-01-01T00:00:00"
    path.write_text(json.dumps(data), encoding="utf-8")

    with pytest.raises(auth.LoginError) as caught:
        auth.login(db, "anna", PASSWORD)
    # Refused although the password is right (said as a wrong one: a lockout must not
    # tell that the account exists), and kept for the audit log as a locked login.
    assert caught.value.reason == "wrong"
    assert [e["event"] for e in Keyring.load(db).pending_events()] == ["login.locked"]


def test_a_key_file_made_at_the_same_moment_is_never_replaced(tmp_path: Path, monkeypatch):
    """Two set-ups at once: the other one's key file appears just after this one looked."""
    db = tmp_path / "db.sqlite3"
    first, _key, _code = Keyring.create(db)
    keys = Keyring.path_for(db)
    real_exists = Path.exists
    monkeypatch.setattr(Path, "exists",
                        lambda self: False if self == keys else real_exists(self))

    with pytest.raises(KeyringError, match="already exists"):
        Keyring.create(db)

    monkeypatch.undo()
    assert Keyring.load(db).file_id == first.file_id
    assert [p.name for p in tmp_path.iterdir()] == [keys.name]
