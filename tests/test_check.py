"""``infoline check``: the built-in checks, checks added by other areas, the verdict."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from app import cli
from app.cli import common as cli_common
from app.db import open_store, register_check
from app.db import store as store_module
from app.services.contacts.service import ContactInput, ContactService, UserService


@pytest.fixture
def restore_checks():
    saved = list(store_module._CHECKS)
    yield
    store_module._CHECKS[:] = saved


def _add_contacts(store, n: int) -> None:
    service = ContactService(store, UserService(store).add("Анна", role="administrator").id)
    for i in range(n):
        service.save(ContactInput(started_at=datetime.now(UTC), topics=["other"],
                                  notes=f"звонок {i}"))


def test_a_sound_database_passes_every_check(store):
    _add_contacts(store, 3)
    report = dict(store.check_report())
    assert {"integrity_check", "foreign_key_check", "schema revision",
            "full-text index"} <= set(report)
    assert all(problems == [] for problems in report.values())


def test_the_search_index_must_hold_one_document_per_contact(store):
    _add_contacts(store, 3)
    with store.engine.begin() as conn:
        conn.exec_driver_sql("DELETE FROM contact_fts_docsize WHERE id = "
                             "(SELECT min(id) FROM contact_fts_docsize)")
    problems = dict(store.check_report())["full-text index"]
    assert problems == ["full-text index: 2 documents for 3 contacts (rebuild the index)"]


def test_registered_checks_run_and_a_broken_one_does_not_hide_the_rest(store,
                                                                       restore_checks):
    register_check("audit chain", lambda _s: ["audit entry 7 was altered"])
    register_check("broken", lambda _s: 1 / 0)
    register_check("audit chain", lambda _s: ["audit entry 8 was altered"])  # replaces
    report = store.check_report()
    names = [name for name, _problems in report]
    assert names.count("audit chain") == 1
    assert dict(report)["audit chain"] == ["audit entry 8 was altered"]
    assert dict(report)["broken"] == ["broken: the check could not finish "
                                      "(ZeroDivisionError)"]
    assert "audit entry 8 was altered" in store.check()


def test_cli_check_lists_every_check_and_gives_a_verdict(tmp_path: Path, db_key: bytes,
                                                         monkeypatch, capsys,
                                                         restore_checks):
    db = tmp_path / "desk.sqlite3"
    store = open_store(db, key=db_key)
    _add_contacts(store, 2)
    store.close()
    monkeypatch.setattr(cli_common, "open_db", lambda args, action=None: (
        open_store(Path(args.db), key=db_key, create=False), None))

    assert cli.main(["check", "-v", "--db", str(db)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert "integrity_check: ok" in out
    assert "full-text index: ok" in out
    assert out[-1] == f"{db}: ok"

    register_check("audit chain", lambda _s: ["audit entry 3 was deleted"])
    assert cli.main(["check", "--db", str(db)]) == 1
    captured = capsys.readouterr()
    assert captured.out.splitlines() == ["audit entry 3 was deleted"]
    assert captured.err.strip() == f"infoline: {db}: 1 problem(s) found"


def test_values_the_app_cannot_read_are_found(store):
    """An impossible date or an unknown code (as an old partner file could bring) makes
    the journal fail for that period: the check names the column and the rows."""
    _add_contacts(store, 3)
    assert dict(store.check_report())["readable values"] == []
    with store.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE contact SET started_at = '2021-13-45 99:99:99' "
                             "WHERE seq = 1")
        conn.exec_driver_sql("UPDATE contact SET channel = 'pigeon' WHERE seq = 2")
        conn.exec_driver_sql("UPDATE contact_topic SET topic = 'nonsense' "
                             "WHERE rowid = (SELECT max(rowid) FROM contact_topic)")
    problems = dict(store.check_report())["readable values"]
    assert "contact.started_at: 1 times the app cannot read (rows 1)" in problems
    assert "contact.channel: 1 values that are not codes of the list channel (rows 2)" \
        in problems
    assert any(p.startswith("contact_topic.topic: 1 values") for p in problems)
    assert len(problems) == 3
    assert not any("pigeon" in p or "2021-13" in p for p in problems)  # rows, not values
