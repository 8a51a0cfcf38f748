"""The database, its WAL and shared-memory files, backups, the lock file and the log are
readable by their owner only (0600), like the key file. POSIX only."""

from __future__ import annotations

import logging
import os
import stat
from pathlib import Path

import pytest
from accounthelp import open_as

from app import logsetup
from app.cli import main
from app.db import open_store
from app.db.backup import make_backup

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture(autouse=True)
def _usual_umask():
    old = os.umask(0o022)  # what most desktops use: new files 0644 unless the app says
    yield
    os.umask(old)


def test_every_file_with_records_is_the_owners_only(tmp_path: Path, capsys):
    db = tmp_path / "desk.sqlite3"
    assert main(["init", "--db", str(db)]) == 0
    csv = tmp_path / "old.csv"
    csv.write_text("date,channel,notes\n2013-03-14,phone,a note\n", encoding="utf-8")
    assert main(["import-csv", str(csv), "--db", str(db)]) == 0
    out = tmp_path / "by-hand.backup"
    assert main(["backup", "--db", str(db), "--out", str(out)]) == 0
    store = open_as(db)  # open: its WAL and shared-memory files are there
    try:
        store.set_setting("site_name", "Minsk")
        wal, shm = Path(f"{db}-wal"), Path(f"{db}-shm")
        assert wal.exists()
        assert shm.exists()
        automatic = make_backup(store, "daily")
        files = [db, wal, shm, Path(f"{db}.keys"), Path(f"{db}.lock"), out,
                 Path(f"{out}.keys"), automatic, Path(f"{automatic}.keys")]
        assert {f.name: oct(mode(f)) for f in files} == {f.name: "0o600" for f in files}
    finally:
        store.close()
    capsys.readouterr()
    assert main(["restore", str(out), "--db", str(db)]) == 0
    assert oct(mode(db)) == "0o600"


def test_a_database_of_an_older_version_loses_others_access_when_opened(tmp_path: Path,
                                                                        db_key: bytes):
    db = tmp_path / "old.sqlite3"
    store = open_store(db, key=db_key)
    store.set_setting("site_name", "Minsk")
    store.close()
    db.chmod(0o644)
    store = open_store(db, key=db_key)
    try:
        assert oct(mode(db)) == "0o600"
        assert oct(mode(Path(f"{db}-wal"))) == "0o600"
    finally:
        store.close()


def test_the_log_is_the_owners_only(tmp_path: Path):
    folder = tmp_path / "logs"
    folder.mkdir()
    old = folder / "infoline.log"
    old.write_text("an older version's line\n", encoding="utf-8")
    old.chmod(0o644)
    path = logsetup.setup(folder=folder)
    assert path == old
    logging.getLogger("app.test").warning("a line")
    assert oct(mode(path)) == "0o600"
    fresh = tmp_path / "new-logs"
    for handler in list(logging.getLogger("app").handlers):
        logging.getLogger("app").removeHandler(handler)
        handler.close()
    path = logsetup.setup(folder=fresh)
    assert path is not None
    logging.getLogger("app.test").warning("a line")
    assert (oct(mode(fresh)), oct(mode(path))) == ("0o700", "0o600")
