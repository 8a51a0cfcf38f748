"""Hostile and damaged sync files: every one refused before any record is used, with
one clear reason recorded in the history, and nothing else changed."""

from __future__ import annotations

import contextlib
import json
import random
import zlib
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import select
from synchelp import content, introduce, make_site

from app.models import AuditEntry
from app.services.contacts.service import ContactInput
from app.services.sync import fileformat
from app.services.sync.service import SyncRefusedError


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory):
    """A (sender), B (addressee) and C (a third site), and one good file A → B."""
    folder = tmp_path_factory.mktemp("files")
    a, b, c = make_site(folder, "A"), make_site(folder, "B", "bwc"), make_site(folder, "C")
    introduce(a, b, c)
    for i in range(3):
        a.contacts.save(ContactInput(started_at=datetime(2026, 3, 2, 9, i, tzinfo=UTC),
                                     notes=f"заметка {i}", topics=["employment_abroad"]))
    good = a.send(b).read_bytes()
    yield a, b, c, good
    for s in (a, b, c):
        s.close()


def refused(site, data: bytes, name: str = "x.ilsync") -> str:
    before = content(site.store)
    with pytest.raises(SyncRefusedError) as info:
        site.sync.import_bytes(data, name)
    assert content(site.store) == before
    assert site.sync.history(limit=1)[0].result == "refused"
    with site.store.sessions() as s:  # and the audit log says so
        last = s.scalars(select(AuditEntry).order_by(AuditEntry.seq.desc())).first()
    assert (last.action, last.details) == ("import_refused", {"code": info.value.code})
    return info.value.code


def test_every_byte_of_the_header_and_a_sample_of_the_rest_flipped_is_refused(world):
    _a, b, _c, good = world
    rng = random.Random(113)
    positions = list(range(fileformat.HEADER_SIZE))
    positions += rng.sample(range(fileformat.HEADER_SIZE, len(good)), 60)
    positions += list(range(len(good) - fileformat.SIGNATURE_SIZE, len(good), 7))
    codes = set()
    for pos in positions:
        data = bytearray(good)
        data[pos] ^= 1 << rng.randrange(8)
        codes.add(refused(b, bytes(data)))
    assert codes <= {"not_sync_file", "newer_format", "wrong_addressee", "unknown_sender",
                     "bad_signature"}
    assert "bad_signature" in codes


def test_every_truncation_is_refused(world):
    _a, b, _c, good = world
    for size in [*range(0, 200, 9), len(good) // 2, len(good) - 65, len(good) - 1]:
        refused(b, good[:size])
    refused(b, good + b"\x00")


def test_a_file_for_another_site_or_from_an_unknown_key_is_refused(world, tmp_path: Path):
    _a, b, c, good = world
    assert refused(c, good) == "wrong_addressee"
    stranger = make_site(tmp_path, "Z")
    stranger.sync.add_peer("B", b.sync.public_keys())
    from_stranger = stranger.send(b).read_bytes()
    assert refused(b, from_stranger) == "unknown_sender"
    stranger.close()


def test_a_newer_format_is_refused_with_its_own_message_only_when_signed(world):
    a, b, _c, good = world
    data = bytearray(good)
    data[9] = 2  # the format version after the magic, changed on the way
    assert refused(b, bytes(data)) == "bad_signature"
    with pytest.raises(SyncRefusedError, match="altered"):
        b.sync.import_bytes(bytes(data), "tampered.ilsync")
    own, peer = a.sync.public_keys(), b.sync.public_keys()
    newer, _id = fileformat.seal(iter([_manifest(a)]), sign_private=_sign_key(a),
                                 sender_fp=own.fingerprint, recipient_box=peer.box_key,
                                 recipient_fp=peer.fingerprint, version=2)
    assert refused(b, newer) == "newer_format"
    with pytest.raises(SyncRefusedError, match="newer version"):
        b.sync.import_bytes(newer, "new.ilsync")


def _sign_key(site) -> bytes:
    with site.store.engine.connect() as conn:
        sign = conn.exec_driver_sql("SELECT sign_private FROM sync_site").scalar()
        conn.rollback()
    return sign


def _signed(a, b, lines: list[bytes]) -> bytes:
    """A file A really signed and encrypted for B, with the content given."""
    own = a.sync.public_keys()
    with a.store.engine.connect() as conn:
        sign = conn.exec_driver_sql("SELECT sign_private FROM sync_site").scalar()
        conn.rollback()
    peer = b.sync.public_keys()
    data, _id = fileformat.seal(iter(lines), sign_private=sign, sender_fp=own.fingerprint,
                                recipient_box=peer.box_key, recipient_fp=peer.fingerprint)
    return data


def _manifest(site) -> bytes:
    from app.services.sync.tables import SPECS

    cols = {s.name: list(s.columns) for s in SPECS.values()}
    for s in SPECS.values():
        for ch in s.children:
            cols[ch.name] = list(ch.columns)
    return json.dumps({"k": "manifest", "format": 1, "site_id": site.store.site_id,
                       "columns": cols}).encode() + b"\n"


def test_records_that_break_the_rules_refuse_the_whole_file(world):
    a, b, _c, _good = world
    from app.services.sync.tables import SPECS

    spec = SPECS["caller"]
    row: dict = dict.fromkeys(spec.columns)
    rid = "0190a0b0-0000-7000-8000-000000000001"
    row.update(id=rid, created_at="2026-03-02 09:00:00.000000",
               updated_at="2026-03-02 09:00:00.000000", site_id=a.store.site_id, version=1,
               nickname="x" * 101)  # longer than the column allows
    rec = {"k": "r", "t": "caller", "id": rid, "h": 1 << 40, "o": a.store.site_id,
           "vv": {a.store.site_id: 1}, "d": [row[c] for c in spec.columns]}
    end = b'{"k":"end","records":1,"tombstones":0}\n'
    code = refused(b, _signed(a, b, [_manifest(a), json.dumps(rec).encode() + b"\n", end]))
    assert code == "invalid"
    rec["t"] = "setting"  # a local table
    assert refused(b, _signed(a, b, [_manifest(a), json.dumps(rec).encode() + b"\n", end])) \
        == "invalid"
    rec["t"] = "caller"
    rec["d"][spec.columns.index("nickname")] = "ok"
    rec["id"] = "../../etc/passwd"
    assert refused(b, _signed(a, b, [_manifest(a), json.dumps(rec).encode() + b"\n", end])) \
        == "invalid"
    # a count that does not match the end mark
    rec["id"] = rid
    rec["d"][spec.columns.index("id")] = rid
    assert refused(b, _signed(a, b, [_manifest(a), json.dumps(rec).encode() + b"\n",
                                     b'{"k":"end","records":2,"tombstones":0}\n'])) == "damaged"
    # the site inside is not the one that signed
    other = json.loads(_manifest(a))
    other["site_id"] = b.store.site_id
    assert refused(b, _signed(a, b, [json.dumps(other).encode() + b"\n", end])) == "invalid"


def _contact_line(a, **changes) -> tuple[bytes, bytes]:
    """A real contact of A as a record line (with ``changes`` to its fields), and the
    end mark for a file holding it alone."""
    from app.services.sync import engine
    from app.services.sync.tables import SPECS

    spec = SPECS["contact"]
    with a.store.engine.connect() as conn:
        raw = conn.connection.driver_connection
        rid = raw.execute("SELECT id FROM contact LIMIT 1").fetchone()[0]
        data, children = engine.fetch_rows(raw, spec, [rid])[rid]
        conn.rollback()
    for name, value in changes.items():
        if name in spec.columns:
            data[spec.columns.index(name)] = value
        else:  # a part: topic=["..."]
            table, col = name.split("__")
            child = next(c for c in spec.children if c.name == table)
            row = dict.fromkeys(child.columns, 0)
            row[child.columns[child.parent_index]] = rid
            children[table] = [list({**row, col: v}.values()) for v in value]
    # the contact refers to A's administrator: leave it out so only the field matters
    data[spec.columns.index("consultant_id")] = None
    rec = {"k": "r", "t": "contact", "id": rid, "h": 1 << 60, "o": a.store.site_id,
           "vv": {a.store.site_id: 99}, "d": data, "c": children}
    return (json.dumps(rec).encode() + b"\n",
            b'{"k":"end","records":1,"tombstones":0}\n')


@pytest.mark.parametrize(("changes", "field"), [
    ({"started_at": "2021-13-45 99:99:99"}, "started_at"),
    ({"ended_at": "2026-02-30 10:00:00"}, "ended_at"),
    ({"created_at": "0000-01-01 00:00:00"}, "created_at"),
    ({"kind": "party"}, "kind"),
    ({"channel": "pigeon"}, "channel"),
    ({"channel": ""}, "channel"),
    ({"region": "atlantis"}, "region"),
    ({"organisation": "acme"}, "organisation"),
    ({"notes": "x" * 20_001}, "notes"),  # the intake form's limit, not only the column's
    ({"contact_topic__topic": ["no_such_topic"]}, "contact_topic.topic"),
    ({"contact_destination__country": ["QQ"]}, "contact_destination.country"),
])
def test_impossible_dates_and_unknown_codes_refuse_the_file(world, changes, field):
    a, b, _c, _good = world
    line, end = _contact_line(a, **changes)
    with pytest.raises(SyncRefusedError, match=f"field {field}|{field}:") as info:
        b.sync.import_bytes(_signed(a, b, [_manifest(a), line, end]), "bad.ilsync")
    assert info.value.code == "invalid"
    assert refused(b, _signed(a, b, [_manifest(a), line, end])) == "invalid"


def _field_check(table: str, column: str):
    from app.services.sync.tables import SPECS

    for spec in SPECS.values():
        for part in (spec, *spec.children):
            if part.name == table:
                return part.checks[part.columns.index(column)]
    raise AssertionError(f"{table} does not travel")


@pytest.mark.parametrize(("table", "column", "value", "ok"), [
    # times: the stored form, real ones only
    ("contact", "started_at", "2026-03-02 09:00:00.000000", True),
    ("contact", "started_at", "2024-02-29 23:59:59.999999", True),
    ("contact", "started_at", "2026-03-02 09:00:00", True),
    ("contact", "started_at", "2026-02-30 10:00:00.000000", False),
    ("contact", "started_at", "2026-13-01 10:00:00.000000", False),
    ("contact", "started_at", "2026-01-01 24:00:00.000000", False),
    ("contact", "started_at", "0000-01-01 00:00:00.000000", False),
    ("contact", "started_at", "2026-01-01 10:00:00.00000x", False),
    ("contact", "started_at", "２０２６-01-01 10:00:00.000000", False),
    ("contact", "started_at", "2026-01-01T10:00:00.000000", False),
    # codes from a set built once per list
    ("contact", "channel", "phone", True),
    ("contact", "channel", "pigeon", False),
    ("contact", "channel", "", False),
    ("contact", "region", "минск", False),
    ("contact", "region", None, True),
    ("contact", "region", "", True),
    ("contact", "channel", None, False),
    ("contact", "notes", None, False),
    ("contact", "notes", 5, False),
    ("contact_destination", "country", "PL", True),
    ("contact_destination", "country", "XX", True),
    ("contact_destination", "country", "QQ", False),
    # text: ASCII needs no encoding test, the rest still gets one
    ("contact", "notes", "заметка", True),
    ("contact", "notes", "ok \ud800 ok", False),
    # structured data: re-encoded when an escape could hide a lone surrogate
    ("contact_change", "changes", "{}", True),
    ("contact_change", "changes", '{"a": "\\u0444"}', True),
    ("contact_change", "changes", '{"a": "\\ud800"}', False),
    ("contact_change", "changes", "{", False),
])
def test_each_field_check_refuses_what_it_always_refused(table, column, value, ok):
    problem = _field_check(table, column)(value)
    assert (problem is None) == ok, problem


def test_a_real_contact_line_is_accepted_by_the_same_checks(world):
    """The crafted lines above differ from a good one only in the field named."""
    from app.services.sync import engine

    a, _b, _c, _good = world
    line, end = _contact_line(a)
    parsed = engine.parse(iter([_manifest(a), line, end]), a.store.site_id)
    assert parsed.count == 1


@pytest.mark.parametrize("line", ids=["nested-in-a-record", "nested-alone"], argvalues=[
    b'{"k":"r","t":"contact","d":' + b"[" * 100_000 + b"\n",
    b"[" * 100_000 + b"\n",
])
def test_deep_nesting_and_lone_surrogates_are_refused_and_recorded(world, line):
    a, b, _c, _good = world
    end = b'{"k":"end","records":1,"tombstones":0}\n'
    assert refused(b, _signed(a, b, [_manifest(a), line, end])) == "invalid"
    assert refused(b, _signed(a, b, [b"[" * 100_000 + b"\n"])) == "invalid"


def test_a_lone_surrogate_in_a_text_field_is_refused_and_recorded(world):
    a, b, _c, _good = world
    line, end = _contact_line(a, notes="ok \ud800 ok")
    assert b"\\ud800" in line  # the JSON escape, as a crafted file carries it
    with pytest.raises(SyncRefusedError, match="notes: not valid text"):
        b.sync.import_bytes(_signed(a, b, [_manifest(a), line, end]), "s.ilsync")
    assert refused(b, _signed(a, b, [_manifest(a), line, end])) == "invalid"


def test_a_decompression_bomb_is_stopped_while_it_inflates(world, monkeypatch):
    a, b, _c, _good = world
    monkeypatch.setattr(fileformat, "MAX_PLAIN_BYTES", 1 << 20)
    bomb = [_manifest(a), b" " * (8 << 20)]
    data = _signed(a, b, bomb)
    assert len(data) < 64 << 10
    assert refused(b, data) == "too_large"
    assert len(zlib.compress(b" " * (8 << 20))) < 64 << 10


def test_a_file_over_the_size_limit_is_refused_unread(world, monkeypatch, tmp_path: Path):
    _a, b, _c, good = world
    monkeypatch.setattr(fileformat, "MAX_FILE_BYTES", len(good) - 1)
    path = tmp_path / "big.ilsync"
    path.write_bytes(good)
    with pytest.raises(SyncRefusedError, match="larger"):
        b.sync.import_file(path)


def test_the_good_file_still_applies_after_all_the_refusals(world):
    _a, b, _c, good = world
    result = b.sync.import_bytes(good, "good.ilsync")
    assert result.result == "applied"
    assert result.counts["inserted"] == 4  # A's administrator and three contacts


def test_a_case_with_an_unknown_coded_answer_refuses_the_file(tmp_path: Path):
    """A crisis case's coded answers (methods of control…) are checked against their
    list too, and ``check`` finds one that reached the file another way."""
    from app.services.sync import engine
    from app.services.sync.fileformat import SyncFileError
    from app.services.sync.tables import SPECS

    site = make_site(tmp_path, "D", demo=30)
    try:
        spec = SPECS["crisis_case"]
        with site.store.engine.connect() as conn:
            raw = conn.connection.driver_connection
            rid = raw.execute("SELECT case_id FROM crisis_case_code WHERE list_name = "
                              "'method_of_control' LIMIT 1").fetchone()[0]
            data, children = engine.fetch_rows(raw, spec, [rid])[rid]
            conn.rollback()
        rec = {"k": "r", "t": "crisis_case", "id": rid, "h": 1 << 60, "o": site.store.site_id,
               "vv": {site.store.site_id: 9}, "d": data, "c": children}
        end = b'{"k":"end","records":1,"tombstones":0}\n'
        assert engine.parse(iter([_manifest(site), json.dumps(rec).encode() + b"\n", end]),
                            site.store.site_id).count == 1
        row = next(r for r in children["crisis_case_code"] if r[1] == "method_of_control")
        row[2] = "mind_control_ray"
        with pytest.raises(SyncFileError, match=r"crisis_case_code\.code: 'mind_control_ray' "
                                                r"is not a known code"):
            engine.parse(iter([_manifest(site), json.dumps(rec).encode() + b"\n", end]),
                         site.store.site_id)
        assert dict(site.store.check_report())["readable values"] == []
        with site.store.engine.begin() as conn:
            conn.exec_driver_sql("UPDATE crisis_case_code SET code = 'mind_control_ray' "
                                 "WHERE rowid = (SELECT min(rowid) FROM crisis_case_code "
                                 "WHERE list_name = 'method_of_control')")
        (problem,) = dict(site.store.check_report())["readable values"]
        assert problem.startswith("crisis_case_code: 1 coded answers that are not codes")
    finally:
        site.close()


_json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20)
    | st.sampled_from(["\ud800", "2021-13-45 99:99:99", "0190a0b0-0000-7000-8000-"
                       "000000000001", "contact", "caller", "r", "x", "end"]),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(
        st.sampled_from(["k", "t", "id", "h", "o", "vv", "d", "c", "kind", "at"]), inner,
        max_size=6),
    max_leaves=30)


@settings(max_examples=300, deadline=None, derandomize=True)
@given(lines=st.lists(_json_values, max_size=4), depth=st.integers(0, 3000))
def test_any_content_is_refused_with_a_reason_or_read_never_a_crash(lines, depth):
    """Whatever a signed file holds, reading it either succeeds or raises the one error
    that the import records as a refusal."""
    from app.services.sync import engine
    from app.services.sync.fileformat import SyncFileError

    site_id = "0190a0b0-0000-7000-8000-0000000000aa"
    manifest = json.loads(_manifest_for(site_id))
    body = [json.dumps(manifest).encode()]
    body += [json.dumps(v).encode() for v in lines]
    body.append(b"[" * depth)
    with contextlib.suppress(SyncFileError):
        engine.parse(iter(body), site_id)


def _manifest_for(site_id: str) -> bytes:
    from app.services.sync.tables import SPECS

    cols = {s.name: list(s.columns) for s in SPECS.values()}
    for s in SPECS.values():
        for ch in s.children:
            cols[ch.name] = list(ch.columns)
    return json.dumps({"k": "manifest", "format": 1, "site_id": site_id, "columns": cols})\
        .encode()
