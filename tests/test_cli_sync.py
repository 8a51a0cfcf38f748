"""``infoline site-key``, ``peer-add``, ``export``, ``import`` and the sync status
commands, with two real databases and real files (no display needed)."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from accounthelp import give_accounts, open_as
from synchelp import make_site

from app.cli import main
from app.services.contacts.service import ContactInput


def one_error_line(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("infoline: ")
    assert "Traceback" not in err
    return lines[0]


@pytest.fixture
def two(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    a, b = make_site(tmp_path, "A"), make_site(tmp_path, "B", org="bwc")
    for s in (a, b):
        s.close()
        give_accounts(s.store.path)  # the command line logs in (INFOLINE_PASSWORD)
    monkeypatch.setenv("INFOLINE_USER", "admin-a")
    return tmp_path, tmp_path / "A.sqlite3", tmp_path / "B.sqlite3"


def as_user(monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    monkeypatch.setenv("INFOLINE_USER", name)


def test_keys_partners_export_and_import_from_the_command_line(two, capsys, monkeypatch):
    folder, db_a, db_b = two
    key_a, key_b = folder / "a.key", folder / "b.key"
    assert main(["site-key", "--db", str(db_a), "--out", str(key_a)]) == 0
    out = capsys.readouterr().out
    spoken_a = out.split("Fingerprint: ")[1].splitlines()[0]
    assert len(spoken_a.split()) == 8
    as_user(monkeypatch, "admin-b")
    assert main(["site-key", "--db", str(db_b), "--out", str(key_b)]) == 0
    spoken_b = capsys.readouterr().out.split("Fingerprint: ")[1].splitlines()[0]

    # a fingerprint read wrongly adds nothing
    assert main(["peer-add", "--db", str(db_b), "A", str(key_a),
                 "--fingerprint", "1234 " + spoken_a[5:]]) == 2
    assert "does not match" in one_error_line(capsys.readouterr().err)
    assert main(["peer-add", "--db", str(db_b), "A", str(key_a),
                 "--fingerprint", spoken_a]) == 0
    assert spoken_a in capsys.readouterr().out
    as_user(monkeypatch, "admin-a")
    assert main(["peer-add", "--db", str(db_a), "B", str(key_b)]) == 0
    assert spoken_b in capsys.readouterr().out

    from app.services.contacts.service import ContactService, UserService

    store = open_as(db_a, "admin-a")
    admin_id = next(u.id for u in UserService(store).list() if u.username == "admin-a")
    ContactService(store, admin_id).save(ContactInput(
        started_at=datetime(2026, 3, 2, 9, tzinfo=UTC), notes="из командной строки",
        topics=["employment_abroad"]))
    store.close()

    sync_file = folder / "to-b.ilsync"
    assert main(["export", "--db", str(db_a), "--peer", "B", "--out", str(sync_file)]) == 0
    assert "changes since the last file" in capsys.readouterr().out
    as_user(monkeypatch, "admin-b")
    assert main(["import", "--db", str(db_b), str(sync_file)]) == 0
    out = capsys.readouterr().out
    assert "from partner A: 2 new" in out  # A's administrator and the contact
    assert main(["import", "--db", str(db_b), str(sync_file)]) == 0
    assert "imported before" in capsys.readouterr().out

    # a file altered on the way is refused with one line, and recorded
    bad = folder / "altered.ilsync"
    data = bytearray(sync_file.read_bytes())
    data[len(data) // 2] ^= 0x01
    bad.write_bytes(bytes(data))
    assert main(["import", "--db", str(db_b), str(bad)]) == 2
    assert "altered" in one_error_line(capsys.readouterr().err)

    assert main(["peers", "--db", str(db_b), "--json"]) == 0
    peers = json.loads(capsys.readouterr().out)["peers"]
    assert [p["name"] for p in peers] == ["A"]
    assert peers[0]["records_received"] == 2
    assert main(["sync-status", "--db", str(db_b)]) == 0
    status = capsys.readouterr().out
    for result in ("refused", "applied", "duplicate"):
        assert result in status
    assert main(["conflicts", "--db", str(db_b), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["conflicts"] == []

    # a partner whose key was lost is removed; its files are refused from then on
    assert main(["peer-remove", "--db", str(db_b), "A"]) == 0
    assert "Removed partner A" in capsys.readouterr().out
    as_user(monkeypatch, "admin-a")
    assert main(["export", "--db", str(db_a), "--peer", "B", "--all",
                 "--out", str(folder / "again.ilsync")]) == 0
    capsys.readouterr()
    as_user(monkeypatch, "admin-b")
    assert main(["import", "--db", str(db_b), str(folder / "again.ilsync")]) == 2
    assert "unknown" in one_error_line(capsys.readouterr().err).lower()
    assert main(["peers", "--db", str(db_b), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["peers"] == []
    # and added again from its (new) key file
    assert main(["peer-add", "--db", str(db_b), "A", str(key_a)]) == 0
    capsys.readouterr()
    assert main(["peer-remove", "--db", str(db_b), "nobody"]) == 2
    assert "no partner named nobody" in one_error_line(capsys.readouterr().err)


def test_without_a_permitted_user_nothing_is_exported(two, capsys, monkeypatch):
    folder, db_a, _db_b = two
    monkeypatch.delenv("INFOLINE_USER")
    assert main(["site-key", "--db", str(db_a), "--out", str(folder / "k")]) == 2
    one_error_line(capsys.readouterr().err)  # nobody logged in
    assert not (folder / "k").exists()


def test_bad_input_is_one_clear_line(two, capsys):
    folder, db_a, _db_b = two
    assert main(["import", "--db", str(db_a), str(folder / "missing.ilsync")]) == 2
    assert "no such file" in one_error_line(capsys.readouterr().err)
    assert main(["export", "--db", str(db_a), "--peer", "Nobody",
                 "--out", str(folder / "x.ilsync")]) == 2
    assert "no partner named Nobody" in one_error_line(capsys.readouterr().err)
    not_a_key = folder / "notakey.json"
    not_a_key.write_text("{}", encoding="utf-8")
    assert main(["peer-add", "--db", str(db_a), "X", str(not_a_key)]) == 2
    assert "not an Infoline Desk key file" in one_error_line(capsys.readouterr().err)
    junk = folder / "junk.ilsync"
    junk.write_bytes(b"hello")
    assert main(["import", "--db", str(db_a), str(junk)]) == 2
    assert "not an Infoline Desk sync file" in one_error_line(capsys.readouterr().err)
    assert main(["conflict-resolve", "--db", str(db_a), "nope"]) == 2
    one_error_line(capsys.readouterr().err)


def test_a_crafted_key_file_is_one_clear_line(two, capsys):
    folder, db_a, _db_b = two
    nested = folder / "nested.key"
    nested.write_bytes(b"[" * 60_000)  # under the key file's size limit
    assert main(["peer-add", "--db", str(db_a), "X", str(nested)]) == 2
    assert "not an Infoline Desk key file" in one_error_line(capsys.readouterr().err)
    key = folder / "a.key"
    assert main(["site-key", "--db", str(db_a), "--out", str(key)]) == 0
    capsys.readouterr()
    data = json.loads(key.read_text(encoding="utf-8"))
    data["site_name"] = "\ud800"
    key.write_text(json.dumps(data), encoding="ascii")  # "\\ud800" as a JSON escape
    assert main(["peer-add", "--db", str(db_a), "X", str(key)]) == 2
    assert "site name is malformed" in one_error_line(capsys.readouterr().err)


def test_a_crafted_sync_file_is_one_line_and_recorded(tmp_path: Path, capsys, monkeypatch):
    """100,000 nested brackets and a lone surrogate inside a file the partner really
    signed: refused with one line, in the history and the audit log, no traceback."""
    from synchelp import introduce

    from app.services.sync import fileformat
    from app.services.sync.tables import SPECS

    a, b = make_site(tmp_path, "A"), make_site(tmp_path, "B", org="bwc")
    introduce(a, b)
    with a.store.engine.connect() as conn:
        sign = conn.exec_driver_sql("SELECT sign_private FROM sync_site").scalar()
        conn.rollback()
    own, peer = a.sync.public_keys(), b.sync.public_keys()
    columns = {s.name: list(s.columns) for s in SPECS.values()}
    for s in SPECS.values():
        columns.update({c.name: list(c.columns) for c in s.children})
    manifest = json.dumps({"k": "manifest", "format": 1, "site_id": a.store.site_id,
                           "columns": columns}).encode() + b"\n"
    end = b'{"k":"end","records":1,"tombstones":0}\n'
    spec = SPECS["caller"]
    rid = "0190a0b0-0000-7000-8000-000000000001"
    row: dict = dict.fromkeys(spec.columns)
    row.update(id=rid, created_at="2026-03-02 09:00:00.000000",
               updated_at="2026-03-02 09:00:00.000000", site_id=a.store.site_id, version=1,
               nickname="\ud800")
    record = {"k": "r", "t": "caller", "id": rid, "h": 1 << 40, "o": a.store.site_id,
              "vv": {a.store.site_id: 1}, "d": [row[c] for c in spec.columns]}
    crafted = {
        "nested.ilsync": b'{"k":"r","t":"caller","d":' + b"[" * 100_000 + b"\n",
        "surrogate.ilsync": json.dumps(record).encode() + b"\n",  # "\\ud800" escaped
    }
    for name, line in crafted.items():
        data, _id = fileformat.seal(iter([manifest, line, end]), sign_private=sign,
                                    sender_fp=own.fingerprint, recipient_box=peer.box_key,
                                    recipient_fp=peer.fingerprint)
        (tmp_path / name).write_bytes(data)
    for s in (a, b):
        s.close()
    give_accounts(b.store.path)
    monkeypatch.setenv("INFOLINE_USER", "admin-b")
    errors = []
    for name in crafted:
        assert main(["import", "--db", str(b.store.path), str(tmp_path / name)]) == 2
        errors.append(one_error_line(capsys.readouterr().err))
    assert errors[0].endswith("nested.ilsync: refused: line 2: not readable")
    assert errors[1].endswith(f"surrogate.ilsync: refused: line 2: caller {rid}, field "
                              "nickname: not valid text")
    assert main(["sync-status", "--db", str(b.store.path)]) == 0
    assert capsys.readouterr().out.count("refused") >= 2
