"""Writers take the one-window lock; a database another program writes to is busy, not
damaged; reading commands run alongside. Real processes and real files."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from accounthelp import PASSWORD, open_as
from sqlalchemy import func, select

from app.cli import main
from app.db import sqlite as sqlite_store
from app.db.backup import list_backups
from app.db.keyring import Keyring
from app.models import Contact
from app.models.audit import AuditEntry
from app.services.accounts import auth

ROOT = Path(__file__).resolve().parent.parent


def one_error_line(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("infoline: ")
    assert "Traceback" not in err
    return lines[0]


def legacy_csv(path: Path, rows: int) -> Path:
    with path.open("w", encoding="utf-8") as f:
        f.write("date,channel,notes\n")
        for i in range(rows):
            f.write(f"2013-03-{1 + i % 28:02d},phone,old note {i}\n")
    return path


def lock_text(db: Path) -> str:
    """What the lock file beside ``db`` says of its holder."""
    try:
        return Path(f"{db}.lock").read_text(encoding="ascii").strip()
    except OSError:
        return ""


def contact_count(db: Path) -> int:
    store = open_as(db)
    try:
        with store.sessions() as s:
            return int(s.scalar(select(func.count()).select_from(Contact)) or 0)
    finally:
        store.close()


@pytest.fixture
def db(tmp_path: Path, capsys) -> Path:
    path = tmp_path / "desk.sqlite3"
    assert main(["init", "--db", str(path)]) == 0
    capsys.readouterr()
    return path


def test_a_restore_refuses_while_a_command_line_import_writes(db: Path, tmp_path: Path,
                                                              capsys):
    backup = tmp_path / "before-import.backup"
    assert main(["backup", "--db", str(db), "--out", str(backup)]) == 0
    rows = 6000
    csv = legacy_csv(tmp_path / "old.csv", rows)
    capsys.readouterr()
    importer = subprocess.Popen(
        [sys.executable, "-m", "app", "import-csv", str(csv), "--db", str(db)],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 120
        while lock_text(db) != f"{importer.pid} import-csv" and importer.poll() is None \
                and time.monotonic() < deadline:
            time.sleep(0.05)
        restored = main(["restore", str(backup), "--db", str(db)])
        restore_err = capsys.readouterr().err
        # Another writing command is refused the same way; reading ones run alongside.
        second = main(["import-csv", str(legacy_csv(tmp_path / "more.csv", 3)),
                       "--db", str(db)])
        second_err = capsys.readouterr().err
        out, err = importer.communicate(timeout=600)
    finally:
        if importer.poll() is None:
            importer.kill()
            importer.communicate()
    assert restored == 1
    line = one_error_line(restore_err)
    assert f"{db}: busy: the command 'infoline import-csv' (process {importer.pid})" in line
    assert "nothing was restored" in line
    assert second == 1
    assert "busy: the command 'infoline import-csv'" in one_error_line(second_err)
    assert importer.returncode == 0, err
    assert f"imported {rows} contacts" in out
    # What the import reported is in the database, which nothing replaced.
    assert contact_count(db) == rows
    assert list_backups(db) == []
    assert lock_text(db) == ""  # the lock was let go


HOLDER = """
import fcntl, os, sys, time
sys.path.insert(0, {root!r})
from app.db import sqlite as sqlite_store
lock = open({lock!r}, "a+b")
fcntl.flock(lock.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
lock.seek(0); lock.truncate(); lock.write(f"{{os.getpid()}} import-csv".encode()); lock.flush()
conn = sqlite_store.connect({db!r}, bytes.fromhex({key!r}))
conn.isolation_level = None
conn.execute("BEGIN IMMEDIATE")
conn.execute("UPDATE setting SET value = value")
print("writing", flush=True)
time.sleep(120)
"""


def hold_like_an_import(db: Path, key: bytes) -> subprocess.Popen[str]:
    """A process holding what a long import holds: the one-window lock (naming itself
    in the lock file) and SQLite's write lock, in one long transaction."""
    child = subprocess.Popen(
        [sys.executable, "-c", HOLDER.format(root=str(ROOT), lock=f"{db}.lock", db=str(db),
                                             key=key.hex())],
        stdout=subprocess.PIPE, text=True)
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "writing"
    return child


@pytest.mark.skipif(os.name != "posix", reason="the stand-in writer uses flock")
def test_a_database_being_written_is_busy_not_damaged(db: Path, tmp_path: Path, capsys,
                                                      monkeypatch):
    monkeypatch.setattr(sqlite_store, "BUSY_TIMEOUT_MS", 300)
    login = auth.login(db, "admin", PASSWORD)
    login.store.close()
    csv = legacy_csv(tmp_path / "old.csv", 3)
    holder = hold_like_an_import(db, login.db_key)
    try:
        assert main(["check", "--db", str(db)]) == 0  # reads run alongside
        assert capsys.readouterr().out.strip() == f"{db}: ok"
        for argv in (["cases"], ["audit"], ["accounts", "list"],
                     ["backup", "--out", str(tmp_path / "during.backup")]):
            assert main([*argv, "--db", str(db)]) == 0, capsys.readouterr().err
        capsys.readouterr()
        # A command that has to write says it is busy, with what; never "damaged".
        for argv in (["stats", "--from", "2020-01-01", "--to", "2020-01-31"],
                     ["import-csv", str(csv)],
                     ["accounts", "deactivate", "nobody"]):
            assert main([*argv, "--db", str(db)]) == 1, argv
            line = one_error_line(capsys.readouterr().err)
            assert f"{db}: busy: the command 'infoline import-csv' (process {holder.pid})" \
                in line, argv
            assert "damaged" not in line
    finally:
        holder.kill()
        holder.communicate()
    # The logins of the six reading commands waited in the key file; the next login
    # moves them into the audit log.
    waiting = Keyring.load(db).pending_events()
    assert [(e["event"], e["via"]) for e in waiting] == [("login", "command line")] * 6
    store = open_as(db)
    try:
        with store.sessions() as s:
            logins = s.scalars(select(AuditEntry.details).where(
                AuditEntry.action == "login")).all()
    finally:
        store.close()
    assert sum(1 for d in logins if d and d.get("via") == "command line") == 6
    assert Keyring.load(db).pending_events() == []
    assert contact_count(db) == 0


def test_a_reading_command_names_the_window_that_is_writing(db: Path, capsys, monkeypatch):
    monkeypatch.setattr(sqlite_store, "BUSY_TIMEOUT_MS", 300)
    window = auth.login(db, "admin", PASSWORD, exclusive=True)  # the app's window
    writer = window.store.engine.raw_connection()
    try:
        writer.driver_connection.execute("BEGIN IMMEDIATE")  # type: ignore[union-attr]
        assert main(["stats", "--from", "2020-01-01", "--to", "2020-01-31",
                     "--db", str(db)]) == 1
        line = one_error_line(capsys.readouterr().err)
        assert f"busy: an Infoline Desk window (process {os.getpid()}) is writing" in line
        assert main(["import-csv", "--dry-run", str(legacy_csv(db.parent / "x.csv", 1)),
                     "--db", str(db)]) == 0  # a dry run only reads
        capsys.readouterr()
        assert main(["import-csv", str(db.parent / "x.csv"), "--db", str(db)]) == 1
        assert "already open in another Infoline Desk window" in one_error_line(
            capsys.readouterr().err)
    finally:
        writer.driver_connection.execute("ROLLBACK")  # type: ignore[union-attr]
        writer.close()
        window.store.close()


@pytest.mark.skipif(os.name != "posix", reason="the stand-in writer uses flock")
def test_the_login_window_says_which_command_holds_the_database(qtbot, db: Path):
    from app.ui.login import LoginDialog

    login = auth.login(db, "admin", PASSWORD)
    login.store.close()
    holder = hold_like_an_import(db, login.db_key)
    try:
        dialog = LoginDialog(db)
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.username.setText("admin")
        dialog.password.setText(PASSWORD)
        dialog.try_login()
        assert dialog.result_login is None
        assert dialog.error.text() == ('This database is busy: the command "infoline '
                                       'import-csv" is writing to it. Try again when it has '
                                       'finished.')
    finally:
        holder.kill()
        holder.communicate()


READER = """
import sys, time
sys.path.insert(0, {root!r})
from app.db import open_store
store = open_store({db!r}, key=bytes.fromhex({key!r}), create=False)
print("reading", flush=True)
time.sleep(120)
"""

RESTORER = """
import sys, time
sys.path.insert(0, {root!r})
from app.db.instance import InstanceLock
lock = InstanceLock(__import__("pathlib").Path({db!r}), holder="restore")
lock.acquire()
lock.exclude_readers()
print("restoring", flush=True)
time.sleep(120)
"""


def child(script: str, db: Path, key: bytes, says: str) -> subprocess.Popen[str]:
    proc = subprocess.Popen(
        [sys.executable, "-c", script.format(root=str(ROOT), db=str(db), key=key.hex())],
        stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == says
    return proc


@pytest.mark.skipif(os.name != "posix", reason="shared locks are POSIX only")
def test_a_restore_waits_for_reading_commands_and_they_for_it(db: Path, tmp_path: Path,
                                                              capsys):
    from app.db import StoreError, open_store

    backup = tmp_path / "b.backup"
    assert main(["backup", "--db", str(db), "--out", str(backup)]) == 0
    login = auth.login(db, "admin", PASSWORD)
    login.store.close()
    reader = child(READER, db, login.db_key, "reading")
    try:
        capsys.readouterr()
        assert main(["restore", str(backup), "--db", str(db)]) == 1
        line = one_error_line(capsys.readouterr().err)
        assert "busy: a reading command" in line
        assert "nothing was restored" in line
    finally:
        reader.kill()
        reader.communicate()
    assert list_backups(db) == []
    restorer = child(RESTORER, db, login.db_key, "restoring")
    try:
        with pytest.raises(StoreError, match="busy: a restore is replacing the database"):
            open_store(db, key=login.db_key, create=False)
        assert main(["check", "--db", str(db)]) == 1
        assert "busy: a restore is replacing" in one_error_line(capsys.readouterr().err)
    finally:
        restorer.kill()
        restorer.communicate()
    assert main(["restore", str(backup), "--db", str(db)]) == 0
