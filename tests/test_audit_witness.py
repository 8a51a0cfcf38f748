"""Removing the audit log's tail is noticed: ``infoline check`` verifies the triggers
that protect the log against what the migrations make, and compares the log's newest
entry with its witnesses outside the database (the key file, each backup's key file,
the partner sites)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from accounthelp import PASSWORD
from synchelp import introduce, make_site

from app.cli import main
from app.db import Store, open_store
from app.db.audit_witness import KEY, Witness
from app.db.backup import list_backups, make_backup
from app.db.keyring import Keyring
from app.services.accounts import auth
from app.services.audit import log as audit
from app.services.audit.log import PROTECTION, AuditService, protection_problems
from app.services.sync.service import SyncRefusedError


def _init(tmp_path: Path) -> Path:
    db = tmp_path / "desk.sqlite3"
    assert main(["init", "--db", str(db)]) == 0
    return db


def _work(db: Path, logins: int) -> None:
    """Logins and logouts: each login and logout is an entry, and writes the witness."""
    for _ in range(logins):
        login = auth.login(db, "admin", PASSWORD)
        AuditService(login.store, login.user.id).log("logout")
        login.store.close()


def _last_seq(store: Store) -> int:
    with store.engine.connect() as conn:
        seq = conn.exec_driver_sql("SELECT max(seq) FROM audit_log").scalar()
        conn.rollback()
    return int(seq or 0)


def _cut_tail(store: Store, keep: int, *, restore_triggers: bool) -> None:
    """What someone with the key does to a raw connection: drop the trigger, delete the
    entries after ``keep``, point the head row at the new last entry (no hash computed),
    and, with ``restore_triggers``, make the trigger again exactly as it was."""
    with store.engine.begin() as conn:
        conn.exec_driver_sql("DROP TRIGGER audit_log_no_delete")
        conn.exec_driver_sql(f"DELETE FROM audit_log WHERE seq > {keep}")
        conn.exec_driver_sql(f"UPDATE audit_head SET seq = {keep}, hash = (SELECT hash "
                             f"FROM audit_log WHERE seq = {keep}) WHERE id = 1")
        if restore_triggers:
            conn.exec_driver_sql(PROTECTION["audit_log_no_delete"][1])


def _raw_store(db: Path) -> Store:
    login = auth.login(db, "admin", PASSWORD)
    key = login.db_key
    login.store.close()
    return open_store(db, key=key, create=False)


def _check(db: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main(["check", "--db", str(db), "-v"])
    out, err = capsys.readouterr()
    return code, out, err


def _key_witness(path: Path) -> Witness | None:
    return Witness.from_json(json.loads(path.read_text(encoding="utf-8")).get(KEY))


def test_a_migrated_database_has_exactly_the_protection_the_check_expects(store: Store):
    with store.engine.connect() as conn:
        triggers = {name: (table, sql) for name, table, sql in conn.exec_driver_sql(
            "SELECT name, tbl_name, sql FROM sqlite_master WHERE type = 'trigger' AND "
            "tbl_name IN ('audit_log', 'audit_head')")}
        conn.rollback()
    assert triggers == PROTECTION
    assert protection_problems(store) == []


def test_a_trigger_changed_or_added_is_reported(store: Store):
    with store.engine.begin() as conn:
        conn.exec_driver_sql("DROP TRIGGER audit_log_no_update")
        conn.exec_driver_sql("CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log "
                             "WHEN 0 BEGIN SELECT RAISE(ABORT, 'no'); END")
        conn.exec_driver_sql("CREATE TRIGGER quiet BEFORE INSERT ON audit_log "
                             "BEGIN SELECT RAISE(IGNORE); END")
    assert protection_problems(store) == [
        "audit log: the trigger audit_log_no_update that protects audit_log is not the "
        "one the app made",
        "audit log: a trigger the app did not make (quiet) acts on audit_log",
    ]


def test_trigger_dropped_tail_deleted_head_set_is_reported(tmp_path: Path, capsys):
    db = _init(tmp_path)
    _work(db, 3)
    raw = _raw_store(db)
    last = _last_seq(raw)
    _cut_tail(raw, last - 4, restore_triggers=False)
    raw.close()
    code, out, err = _check(db, capsys)
    assert code == 1
    assert ("audit log: the trigger audit_log_no_delete that protects audit_log is "
            "missing (entries can be changed or removed unnoticed)") in out
    # the check's own login wrote entry last - 3 again
    assert f"audit log: entries {last - 2} to {last} removed from the end (the key " \
           f"file recorded entry {last} as the newest on" in out
    assert "audit log witnesses: 1 problem(s)" in out
    assert "Traceback" not in err


def test_tail_removed_with_the_trigger_made_again_is_reported_and_stays_reported(
        tmp_path: Path, capsys):
    db = _init(tmp_path)
    _work(db, 3)
    raw = _raw_store(db)  # a login: the key file now says `last`
    last = _last_seq(raw)
    _cut_tail(raw, last - 4, restore_triggers=True)
    assert protection_problems(raw) == []
    raw.close()
    code, out, _err = _check(db, capsys)  # the check's own login adds an entry
    assert code == 1
    assert f"audit log: entries {last - 2} to {last} removed from the end (the key file " \
           f"recorded entry {last} as the newest on" in out
    # Logging in again moves the log on past the removed numbers; the key file keeps
    # what it saw, and the check now finds another entry under that number.
    _work(db, 3)
    assert _key_witness(Keyring.path_for(db)).seq == last
    code, out, _err = _check(db, capsys)
    assert code == 1
    assert f"audit log: entry {last} is not the one the key file recorded on" in out


def test_an_intact_log_passes_and_the_witness_follows_logins_and_logouts(tmp_path: Path,
                                                                         capsys):
    db = _init(tmp_path)
    assert _key_witness(Keyring.path_for(db)) is None  # a key file without a witness opens
    login = auth.login(db, "admin", PASSWORD)
    assert _key_witness(Keyring.path_for(db)).seq == _last_seq(login.store)
    AuditService(login.store, login.user.id).log("logout")
    assert _key_witness(Keyring.path_for(db)).seq == _last_seq(login.store)
    login.store.close()
    code, out, _err = _check(db, capsys)
    assert code == 0, out
    assert "audit log triggers: ok" in out
    assert "audit log witnesses: ok" in out


def test_a_backups_key_file_witnesses_the_log(tmp_path: Path, capsys):
    db = _init(tmp_path)
    _work(db, 2)
    login = auth.login(db, "admin", PASSWORD)
    made = make_backup(login.store, "daily")
    at_backup = _last_seq(login.store)
    login.store.close()
    witness = _key_witness(Path(f"{made}.keys"))
    assert witness is not None
    assert witness.seq == at_backup
    _work(db, 2)
    raw = _raw_store(db)
    _cut_tail(raw, at_backup - 2, restore_triggers=True)
    raw.close()
    keys = Keyring.path_for(db)  # the key file's own witness is removed too
    data = json.loads(keys.read_text(encoding="utf-8"))
    del data[KEY]
    keys.write_text(json.dumps(data), encoding="utf-8")
    code, out, _err = _check(db, capsys)
    assert code == 1
    assert f"audit log: entry {at_backup} is not the one the backup {made.name} recorded " \
           "on" in out or f"(the backup {made.name} recorded entry {at_backup}" in out


def test_restoring_an_older_backup_is_not_reported_as_tampering(tmp_path: Path, capsys):
    db = _init(tmp_path)
    _work(db, 1)
    login = auth.login(db, "admin", PASSWORD)
    older = make_backup(login.store, "manual")
    login.store.close()
    _work(db, 3)
    login = auth.login(db, "admin", PASSWORD)
    make_backup(login.store, "daily")  # a newer backup, ahead of the one restored
    login.store.close()
    assert main(["restore", "--db", str(db), str(older)]) == 0
    assert len(list_backups(db)) == 3  # with the copy kept before the restore
    code, out, _err = _check(db, capsys)
    assert code == 0, out
    # and the witnesses go on from the restored log
    _work(db, 1)
    raw = _raw_store(db)
    last = _last_seq(raw)
    _cut_tail(raw, last - 2, restore_triggers=True)
    raw.close()
    code, out, _err = _check(db, capsys)
    assert code == 1
    assert "removed from the end (the key file recorded" in out


def test_a_sync_file_carries_the_head_and_the_partner_sends_it_back(tmp_path: Path):
    a, b = make_site(tmp_path, "a"), make_site(tmp_path, "b")
    try:
        introduce(a, b)
        for _ in range(6):
            AuditService(a.store, a.admin.id).log("lock")
        head = _last_seq(a.store)
        b.receive(a.send(b))
        kept = b.store.setting(f"audit_heads_received/{a.store.site_id}")
        assert [w["seq"] for w in kept] == [head]
        assert audit.witness_problems(a.store) == []
        _cut_tail(a.store, head - 3, restore_triggers=True)
        assert audit.witness_problems(a.store) == []  # no key file, nothing came back yet
        a.receive(b.send(a))  # its import is entry head - 2
        assert audit.witness_problems(a.store) == [
            f"audit log: entries {head - 1} to {head} removed from the end (partner b "
            f"recorded entry {head} as the newest on "
            f"{Witness.from_json(kept[-1]).when()})"]
        # B still holds what it received, whatever A sends later
        b.receive(a.send(b))
        assert head in [w["seq"] for w in b.store.setting(
            f"audit_heads_received/{a.store.site_id}")]
    finally:
        a.close()
        b.close()


def test_files_without_heads_still_import_and_malformed_heads_are_refused(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    a, b = make_site(tmp_path, "a"), make_site(tmp_path, "b")
    try:
        introduce(a, b)
        monkeypatch.setattr(audit, "partner_manifest", lambda _s, _site: {})  # older app
        assert b.receive(a.send(b)).result == "applied"
        assert b.store.setting(f"audit_heads_received/{a.store.site_id}") is None
        monkeypatch.setattr(audit, "partner_manifest", lambda _s, _site: {
            "audit_head": {"seq": 3, "hash": "not a hash", "at": "2026-01-01T00:00:00"}})
        with pytest.raises(SyncRefusedError, match="audit head is malformed"):
            b.receive(a.send(b))
    finally:
        a.close()
        b.close()


def test_the_administrators_screen_check_sees_the_removed_tail_too(tmp_path: Path):
    db = _init(tmp_path)
    _work(db, 2)
    raw = _raw_store(db)
    last = _last_seq(raw)
    _cut_tail(raw, last - 2, restore_triggers=True)
    raw.close()
    login = auth.login(db, "admin", PASSWORD)
    try:
        problems = AuditService(login.store, login.user.id).verify()
    finally:
        login.store.close()
    # the login wrote entry last - 1 again; entry `last` is gone
    assert problems == [f"audit log: entry {last} removed from the end (the key file "
                        f"recorded entry {last} as the newest on "
                        f"{_key_witness(Keyring.path_for(db)).when()})"]
