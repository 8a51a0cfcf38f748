"""A kill at any step of set-up, migration, demo, backup and restore leaves data that
opens and a command that can be run again.

Each case runs the real command (``python -m app ...``) in a process that kills itself
with SIGKILL at one named step (INFOLINE_TEST_KILL_AT, app/db/killpoint.py), then
checks that the files open (plain, with the administrator's password, or with the
recovery code that was printed) and runs the same command again, which must succeed.
"""

from __future__ import annotations

import logging
import os
import re
import shutil
import signal
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest
from accounthelp import PASSWORD

from app import cli
from app.db import open_store
from app.db import sqlite as sqlite_store
from app.db.backup import folder_for, make_backup, verify_backup
from app.db.keyring import Keyring
from app.db.killpoint import ENV, STEPS
from app.db.leftovers import STALE_AFTER, find_leftovers
from app.db.names import is_plain_database
from app.services.accounts import auth
from app.services.contacts.service import ContactInput, ContactService, UserService

ROOT = Path(__file__).resolve().parent.parent
CONTACTS = 12
CODE = re.compile(r"^ {4}([0-9A-Z]{5}(?:-[0-9A-Z]{5}){4})$", re.MULTILINE)

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL (POSIX)"),
]


def _killed_at(step: str, *args: str) -> subprocess.CompletedProcess[str]:
    """``infoline ARGS`` in a new process that kills itself at ``step``."""
    assert step in STEPS
    env = {**os.environ, ENV: step}
    done = subprocess.run([sys.executable, "-m", "app", *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=300, check=False)
    assert done.returncode == -signal.SIGKILL, (step, done.returncode, done.stderr[-2000:])
    return done


def _count(db: Path, key: bytes | None) -> int:
    conn = sqlite_store.connect(db, key, verify=True)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        return int(conn.execute("SELECT count(*) FROM contact").fetchone()[0])
    finally:
        conn.close()


def _opens(db: Path, *, code: str | None = None, keys_of: Path | None = None) -> int:
    """The contacts in ``db``, opened as it promises to open: plain, or with the key
    file (of ``keys_of``, by default its own) and the administrator's password, or the
    recovery code when given."""
    if is_plain_database(db):
        return _count(db, None)
    ring = Keyring.load(keys_of or db)
    key = ring.unlock_with_recovery(code) if code else ring.unlock("admin", PASSWORD)
    return _count(db, key)


def _contacts(store, n: int, text: str = "звонок") -> None:
    users = UserService(store)
    known = users.list()
    user = known[0] if known else users.add("Анна Ковальчук")
    service = ContactService(store, user.id)
    for i in range(n):
        service.save(ContactInput(started_at=datetime.now(UTC), topics=["other"],
                                  notes=f"{text} {i}"))


@pytest.fixture(scope="module")
def plain_0007(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An unencrypted database at schema 0007 (before the sync tables), with contacts:
    what ``infoline init --existing-ok`` migrates and encrypts."""
    from alembic import command

    from app.db import store as store_module

    db = tmp_path_factory.mktemp("template") / "old.sqlite3"
    store = open_store(db)
    _contacts(store, CONTACTS)
    store.close()
    engine = store_module.make_engine(db, None)
    cfg = store_module._alembic_config()
    with engine.connect() as conn, conn.begin():
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0007")
    engine.dispose()
    return db


def _copy_of(template: Path, folder: Path) -> Path:
    db = folder / "infoline.sqlite3"
    shutil.copyfile(template, db)
    return db


def _init(db: Path, capsys, *extra: str) -> str:
    """Run ``infoline init`` again in this process; the recovery code it printed."""
    assert cli.main(["init", *extra, "--db", str(db)]) == 0, capsys.readouterr().err
    codes = CODE.findall(capsys.readouterr().out)
    assert len(codes) == 1
    return codes[0]


def _logs_in(db: Path) -> int:
    login = auth.login(db, "admin", PASSWORD)
    try:
        return int(login.store.check() == []) and _count_store(login.store)
    finally:
        login.store.close()


def _next_start(db: Path, password: str = PASSWORD) -> None:
    """The app started a while later (the window's exclusive open): no temporary file
    of any killed run is left."""
    for p, _kind in find_leftovers(db):
        os.utime(p, (time.time() - STALE_AFTER - 1,) * 2)
    auth.login(db, "admin", password, exclusive=True).store.close()
    assert [p.name for p, _kind in find_leftovers(db)] == []


def _count_store(store) -> int:
    with store.engine.connect() as conn:
        n = int(conn.exec_driver_sql("SELECT count(*) FROM contact").scalar() or 0)
        conn.rollback()
    return n


INIT_EXISTING = ("migrate.backing_up", "migrate.backed_up", "migrate.upgraded",
                 "setup.migrated", "setup.admin_recorded", "setup.keys_written",
                 "encrypt.copied", "encrypt.before_rename", "encrypt.renamed",
                 "setup.opened", "setup.code_shown")


@pytest.mark.parametrize("step", INIT_EXISTING)
def test_init_on_an_old_plain_database_killed_at_each_step(step, plain_0007, tmp_path,
                                                           capsys):
    db = _copy_of(plain_0007, tmp_path)
    killed = _killed_at(step, "init", "--existing-ok", "--db", str(db))
    # Someone can open the data at once: it is still plain, or the administrator's
    # password opens it; so do the backups made before the migration.
    assert _opens(db) == CONTACTS
    for old in tmp_path.glob("infoline.sqlite3.before-*.bak"):
        assert _opens(old, keys_of=db) == CONTACTS
    shown = CODE.findall(killed.stdout)
    assert bool(shown) == (step == "setup.code_shown")
    if shown:  # printed before the kill: it opens the data
        assert _opens(db, code=shown[0]) == CONTACTS

    # The same command again finishes the set-up, with a recovery code that works.
    code = _init(db, capsys, "--existing-ok")
    assert not is_plain_database(db)
    assert not auth.setup_interrupted(db)
    assert _logs_in(db) == CONTACTS
    assert _opens(db, code=code) == CONTACTS
    for old in tmp_path.glob("infoline.sqlite3.before-*.bak"):
        assert not is_plain_database(old)
        assert _opens(old, keys_of=db) == CONTACTS
    if shown and shown[0] != code:  # the code of the run killed after it is replaced
        with pytest.raises(Exception, match="wrong recovery code"):
            Keyring.load(db).unlock_with_recovery(shown[0])
    # Nothing of the killed run is left behind after the next start.
    _next_start(db)
    # And the next init only updates the settings.
    assert cli.main(["init", "--existing-ok", "--db", str(db), "--site", "Минск"]) == 0
    assert capsys.readouterr().out.startswith("Updated")


@pytest.mark.parametrize("step", ["new.filled", "new.keys_placed", "setup.opened",
                                  "setup.code_shown"])
def test_init_of_a_new_database_killed_at_each_step(step, tmp_path, capsys):
    db = tmp_path / "new" / "infoline.sqlite3"
    _killed_at(step, "init", "--db", str(db))
    if db.exists():  # under its name only once it opens with the password
        assert _opens(db) == 0
    code = _init(db, capsys)
    assert _logs_in(db) == 0
    assert _opens(db, code=code) == 0
    assert not auth.setup_interrupted(db)
    _next_start(db)


def test_finishing_a_stopped_set_up_needs_its_name_and_password(plain_0007, tmp_path,
                                                                 capsys, monkeypatch):
    db = _copy_of(plain_0007, tmp_path)
    _killed_at("encrypt.before_rename", "init", "--existing-ok", "--db", str(db))
    # Any other command says what happened and what to do.
    assert cli.main(["check", "--db", str(db)]) == 2
    err = capsys.readouterr().err
    assert "interrupted" in err
    assert "infoline init --existing-ok" in err
    monkeypatch.setenv("INFOLINE_PASSWORD", "another long password here")
    assert cli.main(["init", "--existing-ok", "--db", str(db)]) == 2
    err = capsys.readouterr().err
    assert "same password" in err
    assert err.count("\n") == 1
    assert _opens(db) == CONTACTS  # still plain, still whole
    monkeypatch.setenv("INFOLINE_PASSWORD", PASSWORD)
    _init(db, capsys, "--existing-ok")
    assert _logs_in(db) == CONTACTS


def test_a_key_file_without_accounts_beside_a_plain_database_no_longer_blocks(
        plain_0007, tmp_path, capsys):
    """What an older version left when killed before the first account: the key file
    opens nothing, so it is moved aside and the set-up starts again."""
    db = _copy_of(plain_0007, tmp_path)
    Keyring.create(db)
    code = _init(db, capsys, "--existing-ok")
    assert _logs_in(db) == CONTACTS
    assert _opens(db, code=code) == CONTACTS
    assert len(list(tmp_path.glob("infoline.sqlite3.keys.unused-*"))) == 1


@pytest.mark.parametrize("step", ["new.filled", "new.keys_placed"])
def test_demo_killed_at_each_step_can_be_run_again(step, tmp_path, capsys):
    db = tmp_path / "demo.sqlite3"
    _killed_at(step, "demo", "--contacts", "5", "--db", str(db))
    assert not db.exists()  # no half-made file at the path
    assert cli.main(["demo", "--contacts", "5", "--db", str(db)]) == 0, \
        capsys.readouterr().err
    login = auth.login(db, "admin", auth.DEMO_PASSWORD)
    try:
        assert _count_store(login.store) == 5
    finally:
        login.store.close()
    _next_start(db, password=auth.DEMO_PASSWORD)


@pytest.fixture
def with_accounts(tmp_path: Path):
    """An encrypted database with its administrator and contacts, as init makes it."""
    db = tmp_path / "data" / "infoline.sqlite3"
    result, _code = auth.setup_first_admin(db, "admin", "Мария Петренко", PASSWORD)
    result.keyring.recovery_code_shown()
    _contacts(result.store, CONTACTS)
    result.store.close()
    return db


@pytest.mark.parametrize("step", ["migrate.backing_up", "migrate.backed_up",
                                  "migrate.upgraded"])
def test_a_migration_killed_at_each_step_is_run_again(step, with_accounts, capsys):
    """An encrypted database of an older schema, migrated by the first command that
    opens it after an update."""
    from alembic import command

    from app.db import store as store_module

    db = with_accounts
    key = Keyring.load(db).unlock("admin", PASSWORD)
    engine = store_module.make_engine(db, key)
    cfg = store_module._alembic_config()
    with engine.connect() as conn, conn.begin():
        cfg.attributes["connection"] = conn
        # The schema before the newest migration. (Not older: a key file of this version
        # pins the signing key, and a schema from before the accounts' signatures would
        # leave its accounts unsigned, which no real database of this version can be.)
        command.downgrade(cfg, "0009")
    engine.dispose()
    _killed_at(step, "check", "--db", str(db))
    assert _count(db, key) == CONTACTS  # the old schema or the new, whole either way
    for old in db.parent.glob(f"{db.name}.before-*.bak"):
        assert _count(old, key) == CONTACTS
    assert cli.main(["check", "--db", str(db)]) == 0, capsys.readouterr().err
    assert _logs_in(db) == CONTACTS
    _next_start(db)


@pytest.mark.parametrize("step", ["backup.keys_copied", "backup.copying"])
def test_backup_killed_at_each_step(step, with_accounts, tmp_path, capsys):
    db = with_accounts
    out = tmp_path / "usb" / "desk.backup"
    out.parent.mkdir()
    _killed_at(step, "backup", "--db", str(db), "--out", str(out))
    assert _logs_in(db) == CONTACTS
    assert not out.exists()  # never a half backup under the name
    assert cli.main(["backup", "--db", str(db), "--out", str(out)]) == 0, \
        capsys.readouterr().err
    assert not list(out.parent.glob("*.part*"))
    assert verify_backup(out, Keyring.load(db).unlock("admin", PASSWORD)).counts[
        "contact"] == CONTACTS


@pytest.mark.parametrize("step", ["restore.keeping", "restore.kept", "restore.copying",
                                  "restore.before_rename"])
def test_restore_killed_at_each_step(step, with_accounts, tmp_path, capsys, caplog):
    db = with_accounts
    key = Keyring.load(db).unlock("admin", PASSWORD)
    store = open_store(db, key=key, create=False)
    backup = make_backup(store, "manual", out=tmp_path / "desk.backup")
    _contacts(store, 3, "позже")
    store.close()
    _killed_at(step, "restore", "--db", str(db), str(backup))
    assert _logs_in(db) == CONTACTS + 3  # the database was not touched yet
    left = [p for p, _kind in find_leftovers(db)]
    if step in ("restore.keeping", "restore.copying", "restore.before_rename"):
        assert left  # as large as the database: they must not stay
    # Much later the next start (here: the restore run again) clears them.
    for p in left:
        os.utime(p, (time.time() - STALE_AFTER - 1,) * 2)
    with caplog.at_level(logging.WARNING, logger="app.db"):
        assert cli.main(["restore", "--db", str(db), str(backup)]) == 0, \
            capsys.readouterr().err
    assert _logs_in(db) == CONTACTS
    assert find_leftovers(db) == []
    assert not list(folder_for(db).glob("*.part*"))
    if left:
        assert any("left by an interrupted" in r.getMessage() for r in caplog.records)


def test_leftovers_are_removed_at_the_next_start_but_not_while_being_written(
        with_accounts, caplog):
    db = with_accounts
    folder = folder_for(db)
    folder.mkdir(exist_ok=True)
    old = [folder / f"{db.name}.20260301T100000Z.daily.backup.part",
           folder / f"{db.name}.20260301T100000Z.daily.backup.part-journal",
           db.with_name(db.name + ".keys.4242.abcd1234.part"),
           folder / f"{db.name}.20260301T100000Z.exit.backup.keys"]  # no backup
    under_lock = [db.with_name(db.name + ".restoring.part"),
                  db.with_name(db.name + ".encrypting")]
    fresh = folder / f"{db.name}.20260302T100000Z.manual.backup.part"
    kept = [folder / f"{db.name}.20260301T100000Z.daily.backup",
            folder / f"{db.name}.20260301T100000Z.daily.backup.keys",
            db.with_name("other.sqlite3.restoring.part")]
    for p in old + under_lock + [fresh] + kept:
        p.write_bytes(b"x" * 4096)
    for p in old:
        os.utime(p, (time.time() - STALE_AFTER - 1,) * 2)
    key = Keyring.load(db).unlock("admin", PASSWORD)
    with caplog.at_level(logging.WARNING, logger="app.db"):
        open_store(db, key=key, create=False, exclusive=True).close()
    assert not [p for p in old + under_lock if p.exists()]
    assert fresh.exists()  # perhaps a backup being made right now by a command
    assert all(p.exists() for p in kept)
    said = [r.getMessage() for r in caplog.records if "interrupted" in r.getMessage()]
    assert len(said) == 1
    assert f"removed {len(old) + len(under_lock)} file(s)" in said[0]
