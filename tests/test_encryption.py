"""Encryption at rest: SQLCipher files, the key file, old plain files encrypted in place."""

from __future__ import annotations

import json
import os
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from app.db import StoreError, WrongKeyError, open_store
from app.db import keyring as keyring_module
from app.db import sqlite as sqlite_store
from app.db.backup import make_backup
from app.db.encrypt import encrypt_plain_database
from app.db.keyring import (
    LOCKOUT,
    MAX_FAILURES,
    Keyring,
    KeyringError,
    LockedOut,
    WrongPassword,
    normalize_recovery_code,
)
from app.db.names import is_plain_database
from app.services.contacts.service import ContactInput, ContactQuery, ContactService, UserService

SECRET = "Ковальчук-7f3a9 уникальная-метка-Минске qz81"
SECRET_WORDS = ("Ковальчук-7f3a9", "уникальная-метка", "qz81")


def _service(store) -> ContactService:
    users = UserService(store)
    known = users.list()
    user = known[0] if known else users.add("Мария Петренко", role="administrator")
    return ContactService(store, user.id)


def _save(store, notes: str = SECRET) -> str:
    return _service(store).save(ContactInput(started_at=datetime.now(UTC), topics=["other"],
                                             notes=notes)).id


def _files_of(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file())


def _leaks(path: Path) -> list[str]:
    data = path.read_bytes()
    found = []
    for word in SECRET_WORDS:
        for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
            if word.encode(encoding) in data:
                found.append(f"{word} ({encoding})")
    return found


# -- the database file ----------------------------------------------------------------

def test_an_encrypted_file_opens_with_its_key_only(tmp_path: Path, db_key: bytes):
    db = tmp_path / "desk.sqlite3"
    store = open_store(db, key=db_key)
    cid = _save(store)
    store.close()
    assert not is_plain_database(db)
    with pytest.raises(sqlite3.DatabaseError):  # the standard driver sees noise
        sqlite3.connect(db).execute("SELECT count(*) FROM sqlite_master").fetchone()

    with pytest.raises(WrongKeyError, match="wrong key or not an Infoline Desk database"):
        open_store(db, key=os.urandom(32), create=False)
    with pytest.raises(StoreError, match="not a readable Infoline Desk database"):
        open_store(db, create=False)  # no key, no key file beside it

    again = open_store(db, key=db_key, create=False)
    try:
        assert again.check() == []
        assert _service(again).get(cid).input.notes == SECRET
    finally:
        again.close()


def test_without_a_key_an_encrypted_file_asks_for_a_login(tmp_path: Path):
    db = tmp_path / "desk.sqlite3"
    _ring, key, _code = Keyring.create(db)
    open_store(db, key=key).close()
    with pytest.raises(WrongKeyError, match="encrypted; log in"):
        open_store(db, create=False)


def test_a_key_on_a_plain_file_says_it_is_not_encrypted_yet(tmp_path: Path, db_key: bytes):
    db = tmp_path / "old.sqlite3"
    open_store(db).close()
    with pytest.raises(WrongKeyError, match="not encrypted yet"):
        open_store(db, key=db_key, create=False)


def test_a_wrong_key_never_writes_to_stderr(tmp_path: Path, db_key: bytes, capfd):
    db = tmp_path / "desk.sqlite3"
    open_store(db, key=db_key).close()
    capfd.readouterr()
    with pytest.raises(WrongKeyError):
        open_store(db, key=os.urandom(32), create=False)
    assert capfd.readouterr().err == ""


def test_every_connection_keeps_temporary_data_in_memory(store):
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA temp_store").scalar() == 2  # MEMORY
        assert conn.exec_driver_sql("PRAGMA cipher_version").scalar()
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        conn.rollback()


def test_a_stolen_database_wal_backup_and_key_file_hold_no_record_text(tmp_path: Path):
    """The laptop is lost with the app open: the file, its WAL (not yet checkpointed),
    the backups and the key file are all on the disk. None holds the record's text."""
    db = tmp_path / "data" / "infoline.sqlite3"
    db.parent.mkdir()
    _ring, key, _code = Keyring.create(db)
    store = open_store(db, key=key)
    try:
        first = _save(store)
        make_backup(store, "daily")
        make_backup(store, "manual", out=tmp_path / "data" / "usb.backup")
        with store.engine.connect() as conn:  # a draft and an edit sit in the WAL
            conn.exec_driver_sql("PRAGMA wal_autocheckpoint = 0")
            conn.rollback()
        service = _service(store)
        service.save_draft(None, "contact", {"notes": SECRET})
        assert service.get(first).input.notes == SECRET
        wal = Path(f"{db}-wal")
        assert wal.exists()
        assert wal.stat().st_size > 0
        files = _files_of(tmp_path / "data")
        names = {p.name for p in files}
        assert {"infoline.sqlite3", "infoline.sqlite3-wal", "infoline.sqlite3.keys",
                "usb.backup", "usb.backup.keys"} <= names
        assert any(n.endswith(".daily.backup") for n in names)
        leaks = {str(p.relative_to(tmp_path)): _leaks(p) for p in files}
        assert all(not v for v in leaks.values()), leaks
        # The search also finds the text when it is there: the same check on a plain file.
        plain = tmp_path / "plain.sqlite3"
        plain_store = open_store(plain)
        _save(plain_store)
        plain_store.close()
        assert _leaks(plain)
    finally:
        store.close()


# -- old unencrypted files ------------------------------------------------------------

def test_a_plain_database_is_encrypted_in_place_with_everything_kept(tmp_path: Path):
    db = tmp_path / "old.sqlite3"
    store = open_store(db)
    contacts = _service(store)
    start = datetime(2024, 3, 1, 9, tzinfo=UTC)
    ids = [contacts.save(ContactInput(started_at=start + timedelta(hours=i), topics=["other"],
                                      notes=f"звонок из Минска номер {i}")).id
           for i in range(40)]
    _save(store)
    before = {r.id for r in contacts.page(ContactQuery(text="минск"), limit=100)}
    store.close()
    old_backup = tmp_path / "old.sqlite3.before-0007-20240101T000000Z.bak"
    sqlite_store.backup_file(db, old_backup)  # a plain backup from an earlier migration
    assert _leaks(db)
    assert _leaks(old_backup)

    _ring, key, _code = Keyring.create(db)
    encrypt_plain_database(db, key)

    assert not is_plain_database(db)
    assert not is_plain_database(old_backup)
    leftovers = {p.name for p in tmp_path.iterdir()}
    assert leftovers <= {"old.sqlite3", "old.sqlite3.keys", "old.sqlite3.lock",
                         old_backup.name}, leftovers
    assert not any(_leaks(p) for p in _files_of(tmp_path))
    store = open_store(db, key=key, create=False)
    try:
        assert store.check() == []
        found = _service(store).page(ContactQuery(text="минск"), limit=100)
        assert {r.id for r in found} == before
        assert set(ids) <= before
        assert len(_service(store).page(ContactQuery(text="ковальчук"), limit=10)) == 1
    finally:
        store.close()


def test_encrypting_refuses_a_file_that_is_not_plain(tmp_path: Path, db_key: bytes):
    db = tmp_path / "desk.sqlite3"
    open_store(db, key=db_key).close()
    with pytest.raises(StoreError, match="not an unencrypted"):
        encrypt_plain_database(db, db_key)


def test_encrypting_refuses_a_file_open_in_a_window(tmp_path: Path, db_key: bytes):
    db = tmp_path / "old.sqlite3"
    store = open_store(db, exclusive=True)
    try:
        with pytest.raises(StoreError, match="already open"):
            encrypt_plain_database(db, db_key)
    finally:
        store.close()
    assert is_plain_database(db)


# -- the key file ---------------------------------------------------------------------

def test_each_user_unlocks_the_same_database_key(tmp_path: Path):
    db = tmp_path / "desk.sqlite3"
    ring, key, code = Keyring.create(db)
    ring.add_user("anna", "correct horse battery", key)
    ring.add_user("oleg", "другой пароль 42", key)
    again = Keyring.load(db)
    assert again.usernames() == ["anna", "oleg"]
    assert again.unlock("anna", "correct horse battery") == key
    assert again.unlock("oleg", "другой пароль 42") == key
    assert again.unlock_with_recovery(code) == key
    text = Keyring.path_for(db).read_text(encoding="utf-8")
    assert key.hex() not in text
    assert "correct horse" not in text
    assert code not in text
    if os.name == "posix":
        assert Keyring.path_for(db).stat().st_mode & 0o077 == 0


def test_a_wrong_password_or_unknown_user_says_nothing_more(tmp_path: Path):
    ring, key, _code = Keyring.create(tmp_path / "desk.sqlite3")
    ring.add_user("anna", "correct horse battery", key)
    with pytest.raises(WrongPassword) as wrong:
        ring.unlock("anna", "Correct horse battery")
    with pytest.raises(WrongPassword) as unknown:
        ring.unlock("anya", "correct horse battery")
    assert str(wrong.value) == str(unknown.value) == "wrong user name or password"
    events = ring.pending_events()
    assert [e["event"] for e in events] == ["login.failed", "login.failed"]
    assert events[0]["username"] == "anna"
    assert events[1]["username"] is None  # a typed name no account has is not kept
    assert "horse" not in json.dumps(events)


def test_five_failures_lock_the_account_for_fifteen_minutes(tmp_path: Path):
    ring, key, _code = Keyring.create(tmp_path / "desk.sqlite3")
    ring.add_user("anna", "correct horse battery", key)
    t0 = datetime(2026, 5, 4, 10, 0, tzinfo=UTC)
    for i in range(MAX_FAILURES - 1):
        with pytest.raises(WrongPassword):
            ring.unlock("anna", f"guess {i}", now=t0 + timedelta(seconds=i))
    with pytest.raises(LockedOut) as locked:
        ring.unlock("anna", "guess 5", now=t0 + timedelta(seconds=10))
    assert locked.value.until == t0 + timedelta(seconds=10) + LOCKOUT
    # Locked: even the right password is refused, and the file remembers it.
    with pytest.raises(LockedOut):
        Keyring.load(tmp_path / "desk.sqlite3").unlock(
            "anna", "correct horse battery", now=t0 + timedelta(minutes=14))
    later = t0 + timedelta(seconds=10) + LOCKOUT + timedelta(seconds=1)
    assert ring.unlock("anna", "correct horse battery", now=later) == key
    events = [e["event"] for e in ring.pending_events()]
    assert events.count("login.failed") == MAX_FAILURES
    assert events.count("account.locked") == 1
    assert events.count("login.locked") == 1
    ring.clear_pending()
    assert ring.pending_events() == []


def test_a_success_resets_the_failure_count(tmp_path: Path):
    ring, key, _code = Keyring.create(tmp_path / "desk.sqlite3")
    ring.add_user("anna", "correct horse battery", key)
    t0 = datetime(2026, 5, 4, 10, 0, tzinfo=UTC)
    for _round in range(3):
        for i in range(MAX_FAILURES - 1):
            with pytest.raises(WrongPassword):
                ring.unlock("anna", f"guess {i}", now=t0)
        assert ring.unlock("anna", "correct horse battery", now=t0) == key


def test_a_new_password_clears_a_lockout(tmp_path: Path):
    ring, key, _code = Keyring.create(tmp_path / "desk.sqlite3")
    ring.add_user("anna", "correct horse battery", key)
    t0 = datetime.now(UTC)
    for i in range(MAX_FAILURES):
        with pytest.raises((WrongPassword, LockedOut)):
            ring.unlock("anna", f"guess {i}", now=t0)
    assert ring.locked_until("anna", t0) is not None
    ring.set_password("anna", "a new long password", key)
    assert ring.unlock("anna", "a new long password", now=t0) == key
    with pytest.raises(WrongPassword):
        ring.unlock("anna", "correct horse battery", now=t0)


def test_clearing_pending_events_keeps_those_added_meanwhile(tmp_path: Path):
    ring, key, _code = Keyring.create(tmp_path / "desk.sqlite3")
    ring.add_user("anna", "correct horse battery", key)
    with pytest.raises(WrongPassword):
        ring.unlock("anna", "one")
    seen = ring.pending_events()
    with pytest.raises(WrongPassword):
        Keyring.load(tmp_path / "desk.sqlite3").unlock("anna", "two")
    ring.clear_pending(seen)
    assert len(ring.pending_events()) == 1


def test_an_entry_is_rewrapped_when_the_parameters_change(tmp_path: Path, monkeypatch):
    db = tmp_path / "desk.sqlite3"
    ring, key, _code = Keyring.create(db)
    ring.add_user("anna", "correct horse battery", key)
    entry = json.loads(Keyring.path_for(db).read_text())["users"]["anna"]
    assert entry["kdf"]["time_cost"] == 1
    stronger = {"time_cost": 2, "memory_cost": 16, "parallelism": 1}
    monkeypatch.setattr(keyring_module, "KDF_PARAMS", stronger)
    with pytest.raises(WrongPassword):  # a failure never re-wraps
        ring.unlock("anna", "wrong")
    assert json.loads(Keyring.path_for(db).read_text())["users"]["anna"]["kdf"] == entry["kdf"]
    assert ring.unlock("anna", "correct horse battery") == key
    after = json.loads(Keyring.path_for(db).read_text())["users"]["anna"]
    assert {k: after["kdf"][k] for k in stronger} == stronger
    assert after["kdf"]["salt"] != entry["kdf"]["salt"]
    assert after["box"] != entry["box"]
    assert Keyring.load(db).unlock("anna", "correct horse battery") == key


def test_an_entry_copied_to_another_name_does_not_open(tmp_path: Path):
    db = tmp_path / "desk.sqlite3"
    ring, key, _code = Keyring.create(db)
    ring.add_user("anna", "anna's password", key)
    ring.add_user("oleg", "oleg's password", key)
    data = json.loads(Keyring.path_for(db).read_text())
    data["users"]["oleg"] = dict(data["users"]["anna"])  # a colleague edits the file
    Keyring.path_for(db).write_text(json.dumps(data))
    with pytest.raises(WrongPassword):
        Keyring.load(db).unlock("oleg", "anna's password")


def test_the_recovery_code_is_for_humans(tmp_path: Path):
    ring, key, code = Keyring.create(tmp_path / "desk.sqlite3")
    groups = code.split("-")
    assert len(groups) == 5
    assert all(len(g) == 5 for g in groups)
    assert not set(code) & set("ILOU")
    typed = " ".join(groups).lower().replace("0", "o").replace("1", "l")
    assert normalize_recovery_code(typed) == normalize_recovery_code(code)
    assert ring.unlock_with_recovery(typed) == key
    with pytest.raises(WrongPassword, match="recovery code"):
        ring.unlock_with_recovery("AAAAA-BBBBB-CCCCC-DDDDD-EEEEE")
    new_code = ring.set_recovery_code(key)
    with pytest.raises(WrongPassword):
        ring.unlock_with_recovery(code)
    assert ring.unlock_with_recovery(new_code) == key
    events = [e["event"] for e in ring.pending_events()]
    assert events == ["recovery.used", "recovery.failed", "recovery.failed", "recovery.used"]


def test_users_are_added_with_the_right_key_only(tmp_path: Path):
    ring, key, _code = Keyring.create(tmp_path / "desk.sqlite3")
    with pytest.raises(KeyringError, match="not this database's key"):
        ring.add_user("anna", "pw", os.urandom(32))
    ring.add_user("anna", "pw", key)
    with pytest.raises(KeyringError, match="already"):
        ring.add_user("anna", "pw2", key)
    ring.remove_user("anna")
    assert ring.usernames() == []
    with pytest.raises(WrongPassword):
        ring.unlock("anna", "pw")


def test_a_key_file_is_never_replaced_by_a_new_one(tmp_path: Path):
    Keyring.create(tmp_path / "desk.sqlite3")
    with pytest.raises(KeyringError, match="already exists"):
        Keyring.create(tmp_path / "desk.sqlite3")


@pytest.mark.parametrize(("content", "message"), [
    (None, "missing"),
    ("{not json", "damaged"),
    ('{"format": "something else"}', "not an Infoline Desk key file"),
    ('{"format": "infoline-desk-keys", "version": 99}', "newer version"),
    ('{"format": "infoline-desk-keys", "version": 1}', "damaged"),
])
def test_a_missing_damaged_or_newer_key_file_is_a_clear_error(tmp_path: Path, content,
                                                              message):
    db = tmp_path / "desk.sqlite3"
    if content is not None:
        Keyring.path_for(db).write_text(content)
    with pytest.raises(KeyringError, match=message):
        Keyring.load(db)


@pytest.mark.parametrize(("param", "value"), [
    ("memory_cost", 8 * 1024 * 1024),  # 8 GiB
    ("memory_cost", 4),
    ("time_cost", 10_000),
    ("time_cost", 0),
    ("parallelism", 1000),
    ("memory_cost", "65536"),
])
def test_argon2_parameters_out_of_range_are_an_altered_key_file(tmp_path: Path, param,
                                                                 value):
    """An altered key file must not make the app derive with 8 GiB or for an hour and
    then call it a wrong password: it is refused before anything is derived, for the
    user's entry and for the recovery code alike."""
    import time

    db = tmp_path / "desk.sqlite3"
    ring, key, code = Keyring.create(db)
    ring.add_user("anna", "a long enough password", key)
    data = json.loads(Keyring.path_for(db).read_text())
    data["users"]["anna"]["kdf"][param] = value
    data["recovery"]["kdf"][param] = value
    Keyring.path_for(db).write_text(json.dumps(data))
    started = time.monotonic()
    with pytest.raises(KeyringError, match="damaged or altered"):
        Keyring.load(db).unlock("anna", "a long enough password")
    with pytest.raises(KeyringError, match="damaged or altered"):
        Keyring.load(db).unlock_with_recovery(code)
    with pytest.raises(KeyringError, match="damaged or altered"):  # an unknown name too
        Keyring.load(db).unlock("nobody", "a long enough password")
    assert time.monotonic() - started < 5


def test_the_real_kdf_parameters_are_strong():
    """The parameters tests replace with cheap ones (conftest) are RFC 9106's second
    option or stronger, and a real derivation is what those parameters make it."""
    real = keyring_module.RECOMMENDED_KDF_PARAMS
    assert real["memory_cost"] >= 64 * 1024
    assert real["time_cost"] >= 3
    assert real["parallelism"] >= 1


def test_the_backup_before_a_migration_is_encrypted_too(tmp_path: Path, db_key: bytes):
    from alembic import command

    from app.db import store as store_module

    db = tmp_path / "desk.sqlite3"
    engine = store_module.make_engine(db, db_key)
    cfg = store_module._alembic_config()
    with engine.connect() as conn, conn.begin():
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0006")
    engine.dispose()

    store = open_store(db, key=db_key)
    try:
        assert store.check() == []
    finally:
        store.close()
    backups = list(tmp_path.glob("desk.sqlite3.before-*.bak"))
    assert len(backups) == 1
    assert not is_plain_database(backups[0])
    conn = sqlite_store.connect(backups[0], db_key, verify=True)
    try:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == ("0006",)
    finally:
        conn.close()


def test_a_password_typed_composed_or_decomposed_opens_the_same_key(tmp_path):
    import unicodedata

    from app.db.keyring import Keyring

    keyring, key, _code = Keyring.create(tmp_path / "db.sqlite3")
    composed = "пароль ёлки зелёные"
    keyring.add_user("anna", composed, key)
    decomposed = unicodedata.normalize("NFD", composed)
    assert decomposed != composed
    assert Keyring.load(tmp_path / "db.sqlite3").unlock("anna", decomposed) == key
