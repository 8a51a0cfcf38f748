"""The ``infoline`` command: init and check (no display needed)."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from accounthelp import give_accounts, open_as

from app import paths
from app.cli import main
from app.db import open_store


def one_error_line(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("infoline: ")
    assert "Traceback" not in err
    return lines[0]


def test_init_creates_a_database_with_its_settings(tmp_path: Path, capsys):
    db = tmp_path / "office" / "desk.sqlite3"
    assert main(["init", "--db", str(db), "--site", "Минск, офис 1", "--org", "lastrada"]) == 0
    out, err = capsys.readouterr()
    assert str(db) in out
    assert "Recovery code" in out
    assert err == ""
    store = open_as(db)
    try:
        assert store.setting("site_name") == "Минск, офис 1"
        assert store.setting("organisation") == "lastrada"
        assert len(store.site_id) == 36
        assert store.check() == []
    finally:
        store.close()


def test_init_without_options_uses_the_data_folder(capsys):
    assert main(["init"]) == 0
    assert paths.default_db().is_file()
    assert str(paths.default_db()) in capsys.readouterr().out


def test_init_twice_is_refused(tmp_path: Path, capsys):
    db = tmp_path / "desk.sqlite3"
    assert main(["init", "--db", str(db), "--org", "bwc"]) == 0
    capsys.readouterr()
    before = db.read_bytes()

    assert main(["init", "--db", str(db), "--org", "lastrada", "--site", "X"]) == 2
    out, err = capsys.readouterr()
    assert "already exists" in one_error_line(err)
    assert out == ""
    assert db.read_bytes() == before
    store = open_as(db)
    try:
        assert store.setting("organisation") == "bwc"
        assert store.setting("site_name") is None
    finally:
        store.close()


def test_init_existing_ok_updates_settings(tmp_path: Path, capsys):
    db = tmp_path / "desk.sqlite3"
    assert main(["init", "--db", str(db)]) == 0
    assert main(["init", "--db", str(db), "--existing-ok", "--site", "Брест"]) == 0
    store = open_as(db)
    try:
        assert store.setting("site_name") == "Брест"
    finally:
        store.close()


def test_init_with_an_unknown_organisation_is_refused(tmp_path: Path, capsys):
    db = tmp_path / "desk.sqlite3"
    assert main(["init", "--db", str(db), "--org", "nope"]) == 2
    out, err = capsys.readouterr()
    line = one_error_line(err)
    assert "--org nope" in line
    assert "lastrada" in line
    assert out == ""
    assert not db.exists()


def test_init_on_a_folder_fails_with_one_line(tmp_path: Path, capsys):
    assert main(["init", "--db", str(tmp_path)]) != 0
    one_error_line(capsys.readouterr().err)


def test_check_a_sound_database(tmp_path: Path, capsys):
    db = tmp_path / "desk.sqlite3"
    main(["init", "--db", str(db)])
    capsys.readouterr()
    assert main(["check", "--db", str(db)]) == 0
    out, err = capsys.readouterr()
    assert out.strip() == f"{db}: ok"
    assert err == ""


def test_check_a_missing_database(tmp_path: Path, capsys):
    db = tmp_path / "missing.sqlite3"
    assert main(["check", "--db", str(db)]) == 2
    assert "no such database" in one_error_line(capsys.readouterr().err)
    assert not db.exists()  # checking never creates a file


def _database_with_contacts(tmp_path: Path) -> Path:
    from datetime import UTC, datetime, timedelta

    from app.services.contacts.service import ContactInput, ContactService, UserService

    db = tmp_path / "desk.sqlite3"
    store = open_store(db)
    try:
        UserService(store).add("Admin", role="administrator", username="admin")
        contacts = ContactService(store, UserService(store).add("Анна").id)
        start = datetime(2024, 1, 1, tzinfo=UTC)
        for i in range(120):
            contacts.save(ContactInput(started_at=start + timedelta(hours=i), topics=["other"],
                                       notes=f"звонок номер {i} " * 10))
    finally:
        store.close()
    return db


def _page_of(db: Path, table: str) -> tuple[int, int]:
    conn = sqlite3.connect(db)
    try:
        size = conn.execute("PRAGMA page_size").fetchone()[0]
        root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name=?", (table,)).fetchone()
    finally:
        conn.close()
    return size, root[0]


@pytest.mark.parametrize("where", ["header", "contact table", "end"])
def test_check_a_damaged_database(tmp_path: Path, capsys, where: str):
    original = _database_with_contacts(tmp_path)
    size, root = _page_of(original, "contact")  # as laid out before encryption
    give_accounts(original)
    db = tmp_path / "damaged.sqlite3"
    shutil.copyfile(original, db)
    shutil.copyfile(original.with_name(original.name + ".keys"),
                    db.with_name(db.name + ".keys"))
    offset = {"header": 0, "contact table": (root - 1) * size + 8,
              "end": db.stat().st_size - 3 * size}[where]
    with db.open("r+b") as f:
        f.seek(offset)
        f.write(b"\xde\xad\xbe\xef" * 1000)

    code = main(["check", "--db", str(db)])
    out, err = capsys.readouterr()
    assert code != 0, out
    line = one_error_line(err)
    assert str(db) in line
    assert "Traceback" not in out

    # The untouched original still checks out.
    assert main(["check", "--db", str(original)]) == 0


def test_check_a_file_that_is_not_a_database(tmp_path: Path, capsys):
    db = tmp_path / "notes.txt"
    db.write_text("просто текст\n" * 100, encoding="utf-8")
    assert main(["check", "--db", str(db)]) == 2
    assert "not a readable Infoline Desk database" in one_error_line(capsys.readouterr().err)


def test_version_and_help_exit_cleanly(capsys):
    with pytest.raises(SystemExit) as info:
        main(["--version"])
    assert info.value.code == 0
    assert capsys.readouterr().out.startswith("infoline ")
    with pytest.raises(SystemExit) as info:
        main(["init", "--bogus"])
    assert info.value.code == 2
