"""A full disk: one line naming it, and the database as it was. On a real small file
system (tmpfs, mounted for the test; skipped where mounting is not permitted)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from accounthelp import give_accounts, open_as
from disks import small_disk as mounted_disk
from sqlalchemy import func, select
from synchelp import introduce, make_site

from app.cli import main
from app.models import Contact


@pytest.fixture
def small_disk(tmp_path: Path):
    """An 8 MB file system of its own at ``tmp_path/disk`` (room for a site that took
    in a 150-contact demo with its directory, articles and agency list)."""
    with mounted_disk(tmp_path, 8) as point:
        yield point


def fill(disk: Path, leave: int) -> Path:
    """A file taking all but ``leave`` bytes of the disk."""
    free = os.statvfs(disk).f_bavail * os.statvfs(disk).f_frsize
    filler = disk / "filler"
    with filler.open("wb") as f:
        f.write(b"\0" * max(free - leave, 0))
    return filler


def one_error_line(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("infoline: ")
    assert "Traceback" not in err
    return lines[0]


def contacts_and_check(db: Path, user: str = "admin") -> tuple[int, list[str]]:
    store = open_as(db, user)
    try:
        with store.sessions() as s:
            count = int(s.scalar(select(func.count()).select_from(Contact)) or 0)
        return count, store.check()
    finally:
        store.close()


def legacy_csv(path: Path, rows: int) -> Path:
    with path.open("w", encoding="utf-8") as f:
        f.write("date,channel,notes\n")
        for i in range(rows):
            f.write(f"2013-03-{1 + i % 28:02d},phone,a longer note to fill pages {i}\n")
    return path


def test_demo_on_a_full_disk_says_so_and_leaves_nothing(small_disk: Path, capsys):
    db = small_disk / "demo.sqlite3"
    assert main(["demo", "--db", str(db), "--contacts", "3000"]) == 1
    line = one_error_line(capsys.readouterr().err)
    assert f"the disk holding {small_disk} is full" in line
    assert not db.exists()
    assert not Path(f"{db}-wal").exists()
    assert not Path(f"{db}.keys").exists()


def test_an_import_on_a_full_disk_says_so_and_changes_nothing(small_disk: Path,
                                                              tmp_path: Path, capsys,
                                                              caplog):
    db = small_disk / "desk.sqlite3"
    assert main(["init", "--db", str(db)]) == 0
    csv = legacy_csv(tmp_path / "old.csv", 1000)
    filler = fill(small_disk, leave=250_000)
    capsys.readouterr()
    caplog.set_level("INFO", logger="app")
    caplog.clear()
    assert main(["import-csv", str(csv), "--db", str(db)]) == 1
    assert "a user logged in" in caplog.text  # the import itself met the full disk
    line = one_error_line(capsys.readouterr().err)
    assert line.startswith(f"infoline: {db}: the disk holding {small_disk} is full")
    assert "nothing was changed" in line
    filler.unlink()
    assert contacts_and_check(db) == (0, [])
    # With room again, the same file goes in whole (it was not recorded as imported).
    assert main(["import-csv", str(csv), "--db", str(db)]) == 0
    assert contacts_and_check(db) == (1000, [])


def test_a_sync_import_on_a_full_disk_says_so_and_changes_nothing(small_disk: Path,
                                                                  tmp_path: Path, capsys,
                                                                  monkeypatch, caplog):
    a = make_site(tmp_path, "A", demo=150)
    b = make_site(small_disk, "B", org="bwc")
    introduce(a, b)
    sent = a.send(b, full=True)
    for site in (a, b):
        site.close()
    give_accounts(b.store.path)
    monkeypatch.setenv("INFOLINE_USER", "admin-b")
    caplog.set_level("INFO", logger="app")
    caplog.clear()
    filler = fill(small_disk, leave=250_000)
    assert main(["import", str(sent), "--db", str(b.store.path)]) == 1
    assert "a user logged in" in caplog.text  # the import itself met the full disk
    line = one_error_line(capsys.readouterr().err)
    assert f"the disk holding {small_disk} is full" in line
    assert "nothing was changed" in line
    filler.unlink()
    assert contacts_and_check(b.store.path, "admin-b") == (0, [])
    # With room again, the same file goes in (it was not recorded as imported).
    assert main(["import", str(sent), "--db", str(b.store.path)]) == 0
    assert "from partner A" in capsys.readouterr().out
    assert contacts_and_check(b.store.path, "admin-b")[0] == 150
