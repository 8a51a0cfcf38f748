"""Sync between sites by files: round trips, re-imports, order, conflicts, deletions,
erasure. Two and three sites, each with its own database, exchanging real files."""

from __future__ import annotations

import shutil
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select
from synchelp import Site, content, introduce, make_site, text_everywhere

from app.models import (
    Caller,
    Contact,
    ContactDirectoryGiven,
    ImportLedger,
    PdfPrint,
)
from app.models.sync import SyncConflict
from app.services.contacts.service import ContactInput, ContactService, UserService
from app.services.erasure.service import CALLER, ErasureService
from app.services.permissions import PermissionDeniedError
from app.services.sync import engine, tables, tombstones
from app.services.sync.keys import display
from app.services.sync.service import SyncError, SyncService

T0 = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)


@pytest.fixture
def ab(tmp_path: Path):
    a, b = make_site(tmp_path, "A"), make_site(tmp_path, "B", org="bwc")
    introduce(a, b)
    yield a, b
    a.close()
    b.close()


@pytest.fixture
def abc(tmp_path: Path):
    sites = make_site(tmp_path, "A"), make_site(tmp_path, "B", "bwc"), make_site(tmp_path, "C")
    introduce(*sites)
    yield sites
    for s in sites:
        s.close()


def new_contact(site: Site, notes: str = "", **kw) -> str:
    data = ContactInput(started_at=T0, gender=kw.pop("gender", "female"), notes=notes,
                        topics=kw.pop("topics", ["employment_abroad"]), **kw)
    return site.contacts.save(data).id


def edit(site: Site, contact_id: str, **changes) -> None:
    """An edit through the intake's own service (history row included)."""
    data = replace(site.contacts.get(contact_id).input, **changes)
    site.contacts.save(data, contact_id)


def row(site: Site, contact_id: str) -> Contact:
    with site.store.sessions() as s:
        c = s.scalar(select(Contact).where(Contact.id == contact_id))
        assert c is not None
        return c


def exchange(*sites: Site, rounds: int = 2) -> None:
    """Every site sends its changes to every other, ``rounds`` times."""
    for _ in range(rounds):
        files = [(b, a.send(b)) for a in sites for b in sites if a is not b]
        for b, f in files:
            b.receive(f)


# -- every table is classified ------------------------------------------------------------


def test_every_table_either_travels_or_is_declared_local():
    assert tables.unclassified() == []


# -- round trip -----------------------------------------------------------------------------


def test_round_trip_of_every_record_type(tmp_path: Path):
    a = make_site(tmp_path, "A", demo=120)
    b = make_site(tmp_path, "B", org="bwc")
    introduce(a, b)
    with a.store.session() as s:  # the kinds the demo data does not make
        user = a.admin.id
        contact = s.scalars(select(Contact)).first()
        entry_id = s.execute(select(tables.SPECS["directory_entry"].table.c.id)).scalar()
        s.add(ContactDirectoryGiven(contact_id=contact.id, entry_id=entry_id, user_id=user))
        s.add(PdfPrint(case_kind="assistance", case_id=contact.id, case_number="A-2026-0001",
                       printed_at=T0, user_id=user, site_id=a.store.site_id, sha256="0" * 64))
        s.add(ImportLedger(content_hash="f" * 64, file_name="old.xlsx", file_format="xlsx",
                           rows=3, site_id=a.store.site_id))
    before = content(a.store)
    empty = [t for t, rows in before.items() if not rows and t != "sync_conflict"]
    assert empty == []
    result = b.receive(a.send(b))
    assert result.result == "applied"
    assert result.counts["inserted"] == sum(len(r) for r in before.values())
    after = content(b.store)
    for table, rows in before.items():
        for rid, entry in rows.items():
            assert after[table].get(rid) == entry, (table, rid)
    # and back: both sites hold the same records
    a.receive(b.send(a))
    assert content(a.store) == content(b.store)
    # the full-text index of the receiving site holds the notes
    with b.store.engine.connect() as conn:
        indexed = conn.exec_driver_sql("SELECT count(*) FROM contact_fts").scalar()
        conn.rollback()
    assert indexed == len(after["contact"])
    a.close()
    b.close()


def test_a_second_file_carries_only_what_changed(ab):
    a, b = ab
    first = new_contact(a, "первый")
    b.receive(a.send(b))
    second = new_contact(a, "второй")
    result = b.receive(a.send(b))
    assert result.counts["inserted"] == 1
    assert result.counts["records"] == 1
    assert row(b, second).notes == "второй"
    assert row(b, first).notes == "первый"
    # nothing changed: an empty file, and importing it changes nothing
    empty = b.receive(a.send(b))
    assert empty.counts["records"] == 0
    assert empty.changed == 0


def test_records_received_are_not_sent_back_but_are_passed_on(abc):
    a, b, c = abc
    cid = new_contact(a, "из A")
    b.receive(a.send(b))
    back = a.receive(b.send(a))
    assert back.counts["records"] == 1  # only B's own administrator
    c.receive(b.send(c))  # relayed from B to C
    assert row(c, cid).notes == "из A"


# -- re-import, order, duplicates ---------------------------------------------------------


def test_importing_the_same_file_again_even_renamed_changes_nothing(ab, tmp_path: Path):
    a, b = ab
    new_contact(a, "раз")
    f = a.send(b)
    assert b.receive(f).result == "applied"
    before = content(b.store)
    renamed = tmp_path / "renamed copy.bin"
    shutil.copy(f, renamed)
    for again in (f, renamed):
        result = b.receive(again)
        assert result.result == "duplicate"
        assert result.already_at is not None
    assert content(b.store) == before
    history = b.sync.history()
    assert [h.result for h in history[:3]] == ["duplicate", "duplicate", "applied"]


def test_an_older_full_file_after_a_newer_one_changes_nothing(ab):
    a, b = ab
    b.receive(a.send(b))  # B knows A's staff
    cid = new_contact(a, "версия 1")
    old = a.send(b, full=True)
    edit(a, cid, notes="версия 2")
    new = a.send(b)
    b.receive(new)
    assert row(b, cid).notes == "версия 2"
    result = b.receive(old)
    assert result.counts["updated"] == 0
    assert row(b, cid).notes == "версия 2"


def test_files_out_of_order_wait_for_what_they_refer_to(abc):
    a, b, c = abc
    with a.store.session() as s:
        caller = Caller(nickname="Вика", site_id=a.store.site_id, author_id=a.admin.id)
        s.add(caller)
        s.flush()
        caller_id = caller.id
    f1 = a.send(b)  # the caller profile
    cid = new_contact(a, "звонила снова", caller_id=caller_id)
    f2 = a.send(b)  # the contact referring to it
    late = b.receive(f2)
    assert late.counts["waiting"] == 1
    assert b.sync.pending_count() == 1
    b.receive(f1)
    assert b.sync.pending_count() == 0
    assert row(b, cid).caller_id == caller_id
    assert b.receive(f1).result == "duplicate"
    assert b.receive(f2).result == "duplicate"
    # a site that got them in order holds the same
    c.receive(a.send(c))
    assert content(b.store, skip=frozenset({"app_user"})) == content(
        c.store, skip=frozenset({"app_user"}))


# -- conflicts -----------------------------------------------------------------------------


def test_the_same_field_changed_on_two_sites_is_a_conflict_with_one_winner_everywhere(ab):
    a, b = ab
    cid = new_contact(a, "исходный текст")
    b.receive(a.send(b))
    edit(a, cid, notes="правка на A")
    edit(b, cid, notes="правка на B")
    fa, fb = a.send(b), b.send(a)
    b.receive(fa)
    a.receive(fb)
    assert row(a, cid).notes == row(b, cid).notes
    winner = row(a, cid).notes
    loser = ({"правка на A", "правка на B"} - {winner}).pop()
    for site in (a, b):
        conflicts = site.sync.conflicts()
        assert len(conflicts) == 1
        c = conflicts[0]
        assert c.record_id == cid
        assert c.table == "contact"
        assert "notes" in c.fields
        assert c.loser["fields"]["notes"] == loser
        assert c.winner["fields"]["notes"] == winner
    exchange(a, b)
    assert content(a.store) == content(b.store)
    # a supervisor accepts the winner on one site; the others learn it
    a.sync.accept(a.sync.conflicts()[0].id)
    exchange(a, b)
    assert b.sync.conflicts() == []
    assert content(a.store) == content(b.store)


def test_different_fields_changed_on_two_sites_keep_both_edits_for_the_supervisor(ab):
    a, b = ab
    cid = new_contact(a, "текст", gender="female")
    b.receive(a.send(b))
    edit(a, cid, gender="male")
    edit(b, cid, notes="дополнено на B")
    exchange(a, b)
    ra, rb = row(a, cid), row(b, cid)
    assert (ra.gender, ra.notes) == (rb.gender, rb.notes)
    [conflict] = a.sync.conflicts()
    assert {"gender", "notes"} <= set(conflict.fields)
    # the supervisor takes the losing side's field: both edits hold, on every site
    other_field = "notes" if ra.gender == "male" else "gender"
    a.sync.take_other(conflict.id, [other_field])
    exchange(a, b)
    for site in (a, b):
        r = row(site, cid)
        assert (r.gender, r.notes) == ("male", "дополнено на B")
        assert site.sync.conflicts() == []
    assert content(a.store) == content(b.store)


def test_resolving_needs_the_supervisor_role(ab):
    a, b = ab
    cid = new_contact(a, "x")
    b.receive(a.send(b))
    edit(a, cid, notes="a")
    edit(b, cid, notes="b")
    exchange(a, b)
    consultant = UserService(a.store).add("Оля Консультант")
    as_consultant = SyncService(a.store, consultant.id)
    with pytest.raises(PermissionDeniedError):
        as_consultant.accept(a.sync.conflicts()[0].id)
    with pytest.raises(PermissionDeniedError):
        as_consultant.export("B", a.folder / "nope.ilsync")
    assert not (a.folder / "nope.ilsync").exists()


def test_three_sites_converge_whatever_the_order(abc):
    a, b, c = abc
    cid = new_contact(a, "общий")
    exchange(a, b, c, rounds=1)
    edit(a, cid, notes="A1")
    edit(b, cid, gender="male")
    edit(c, cid, notes="C1")
    fa, fb, fc = a.send(c), b.send(c), c.send(a)
    c.receive(fb)
    c.receive(fa)
    a.receive(fc)
    exchange(a, b, c, rounds=2)
    assert content(a.store) == content(b.store) == content(c.store)
    assert len(a.sync.conflicts()) >= 1


# -- deletions and erasure ---------------------------------------------------------------


def test_a_deletion_travels_and_an_old_file_never_brings_the_record_back(ab):
    a, b = ab
    cid = new_contact(a, "будет удалён")
    first = a.send(b)
    old_full = a.send(b, full=True)
    b.receive(first)
    with a.store.session() as s:
        c = s.scalar(select(Contact).where(Contact.id == cid))
        c.retire(datetime.now(UTC), a.admin.id)
    b.receive(a.send(b))
    assert row(b, cid).deleted_at is not None
    b.receive(old_full)  # made before the deletion
    assert row(b, cid).deleted_at is not None


def test_a_tombstone_removes_the_record_for_good(ab):
    a, b = ab
    with a.store.session() as s:
        caller = Caller(nickname="Удаляемая", site_id=a.store.site_id)
        s.add(caller)
        s.flush()
        caller_id = caller.id
    old = a.send(b, full=True)
    b.receive(a.send(b))
    with a.store.session() as s:
        s.delete(s.get(Caller, caller_id))
        tombstones.record(s, "caller", caller_id, erased=False, now=datetime.now(UTC),
                          site_id=a.store.site_id)
    result = b.receive(a.send(b))
    assert result.counts["deleted"] == 1
    with b.store.sessions() as s:
        assert s.get(Caller, caller_id) is None
    assert b.receive(old).counts["dropped"] == 1
    with b.store.sessions() as s:
        assert s.get(Caller, caller_id) is None


def test_an_erasure_leaves_no_personal_data_on_the_receiving_site(ab):
    a, b = ab
    phone = "+375 29 765-43-21"
    cid = a.contacts.save(ContactInput(
        started_at=T0, notes="Снежана звонила из Варшавы", topics=["employment_abroad"],
        caller=_caller("Снежана", phone))).id
    caller_id = row(a, cid).caller_id
    b.receive(a.send(b))
    # both edit the notes at the same time: a conflict keeps a copy of the text
    edit(b, cid, notes="Снежана: перезвонить в пятницу")
    edit(a, cid, notes="Снежана просила не звонить вечером")
    exchange(a, b, rounds=1)
    assert b.sync.conflicts() or a.sync.conflicts()
    # the erasure on A, by the erasure service: the caller profile deleted, the contact
    # redacted, its history replaced by one "erased" entry, tombstone and redaction mark
    now = datetime.now(UTC) + timedelta(seconds=1)
    ErasureService(a.store, a.admin.id).erase(CALLER, caller_id, now=now)
    b.receive(a.send(b))
    assert row(b, cid).notes == ""
    for needle in ("Снежана", "765-43-21", "Варшав"):
        assert text_everywhere(b.store, needle) == [], needle
        assert text_everywhere(a.store, needle) == [], needle
    with b.store.engine.connect() as conn:
        hits = conn.exec_driver_sql(
            "SELECT count(*) FROM contact_fts WHERE contact_fts MATCH ?", ('"Снежана"',)).scalar()
        conn.rollback()
    assert hits == 0
    raw = Path(b.store.path).read_bytes()
    assert "Снежана".encode() not in raw
    assert phone.encode() not in raw


def _caller(nickname: str, phone: str):
    from app.services.contacts.service import CallerInput

    return CallerInput(nickname=nickname, phone=phone)


# -- partners ------------------------------------------------------------------------------


def test_a_partner_is_added_only_with_the_fingerprint_read_aloud(tmp_path: Path):
    a, b = make_site(tmp_path, "A"), make_site(tmp_path, "B")
    key_file = tmp_path / "b.key"
    public = b.sync.write_key_file(key_file)
    from app.services.sync.keys import read_key_file

    loaded = read_key_file(key_file)
    assert loaded == public
    spoken = display(public.fingerprint)
    assert len(spoken.split()) == 8
    with pytest.raises(SyncError, match="does not match"):
        a.sync.add_peer("B", loaded, confirmed_fingerprint="0000 " + spoken[5:])
    peer = a.sync.add_peer("B", loaded, confirmed_fingerprint=spoken.lower())
    assert peer.display_fingerprint == spoken
    with pytest.raises(SyncError, match="exists already"):
        a.sync.add_peer("B", loaded)
    with pytest.raises(SyncError, match="own"):
        a.sync.add_peer("Self", a.sync.public_keys())
    with pytest.raises(SyncError, match="no partner"):
        a.sync.export("Nobody", tmp_path / "x.ilsync")
    a.close()
    b.close()


def test_the_private_keys_stay_in_the_database_and_the_key_file_has_none(tmp_path: Path):
    a = make_site(tmp_path, "A")
    key_file = tmp_path / "a.key"
    a.sync.write_key_file(key_file)
    text = key_file.read_text(encoding="utf-8")
    with a.store.engine.connect() as conn:
        sign, box = conn.exec_driver_sql(
            "SELECT sign_private, box_private FROM sync_site").one()
        conn.rollback()
    import base64

    for secret in (sign, box):
        assert base64.b64encode(secret).decode() not in text
        assert secret.hex() not in text
    a.close()


def test_conflicts_of_a_deleted_record_are_forgotten(ab):
    a, b = ab
    with a.store.session() as s:
        caller = Caller(nickname="Первая", site_id=a.store.site_id)
        s.add(caller)
        s.flush()
        caller_id = caller.id
    b.receive(a.send(b))
    for site, name in ((a, "A-версия"), (b, "B-версия")):
        with site.store.session() as s:
            c = s.get(Caller, caller_id)
            c.nickname = name
            c.stamp(datetime.now(UTC), site.admin.id)
    exchange(a, b, rounds=1)
    with b.store.sessions() as s:
        assert s.scalars(select(SyncConflict)).all()
    with a.store.session() as s:
        s.delete(s.get(Caller, caller_id))
        tombstones.record(s, "caller", caller_id, now=datetime.now(UTC),
                          site_id=a.store.site_id)
    exchange(a, b)
    for site in (a, b):
        with site.store.sessions() as s:
            assert s.scalars(select(SyncConflict)).all() == []
        assert text_everywhere(site.store, "-версия") == []


def test_hlc_winner_rule_is_deterministic():
    assert engine.vv_le({"a": 1}, {"a": 1, "b": 2})
    assert not engine.vv_le({"a": 2}, {"a": 1, "b": 2})
    assert engine.vv_join({"a": 2}, {"a": 1, "b": 2}) == {"a": 2, "b": 2}
    x = engine.conflict_id("contact", "r", (5, "s1"), (4, "s2"))
    assert x == engine.conflict_id("contact", "r", (5, "s1"), (4, "s2"))
    assert tables.UUID_RE.match(x)


def test_contact_service_is_usable_on_a_received_database(ab):
    a, b = ab
    cid = new_contact(a, "до")
    b.receive(a.send(b))
    edit(b, cid, notes="после, на B")
    a.receive(b.send(a))
    assert row(a, cid).notes == "после, на B"
    assert ContactService(a.store, a.admin.id).get(cid) is not None


# -- what a partner may not decide ------------------------------------------------------------


def test_a_partner_cannot_change_who_may_do_what_here(ab):
    a, b = ab
    from app.models import User
    from app.services.contacts.service import UserService

    clerk = UserService(a.store).add("Анна Клерк", role="consultant", username="anna")
    exchange(a, b)
    with b.store.sessions() as s:
        theirs = s.get(User, a.admin.id)
        # A's administrator is known at B by name only: no account there
        assert (theirs.full_name, theirs.active) == ("Admin A", False)
    # B's administrator makes A's consultant an administrator and deactivates A's admin
    with b.store.session() as s:
        anna, admin_a = s.get(User, clerk.id), s.get(User, a.admin.id)
        anna.role, anna.active = "administrator", True
        anna.full_name = "Анна Клерк-Иванова"
        anna.stamp(datetime.now(UTC), b.admin.id)
        admin_a.active = False
        admin_a.stamp(datetime.now(UTC), b.admin.id)
    a.receive(b.send(a))
    with a.store.sessions() as s:
        anna, admin_a = s.get(User, clerk.id), s.get(User, a.admin.id)
        assert (anna.role, anna.active) == ("consultant", True)
        assert anna.full_name == "Анна Клерк-Иванова"  # the name travels
        assert (admin_a.role, admin_a.active) == ("administrator", True)


def test_a_settled_conflict_stays_settled_on_every_site(abc):
    a, b, c = abc
    cid = new_contact(a, "исходный текст")
    exchange(a, b)
    edit(a, cid, notes="правка на A")
    edit(b, cid, notes="правка на B")
    from_b = b.send(a)  # B's edit, on its way to A
    b.receive(a.send(b))  # B sees the conflict …
    [conflict] = b.sync.conflicts()
    b.sync.accept(conflict.id)  # … and a supervisor there settles it
    a.receive(from_b)  # A sees the same conflict only now, after it was settled at B
    assert len(a.sync.conflicts()) == 1
    a.receive(b.send(a))  # B's settlement arrives: it holds, whatever the clocks say
    assert a.sync.conflicts() == []
    # later, unrelated files in every direction, and a site that joins late
    new_contact(a, "другое обращение")
    exchange(a, b, c)
    for site in (a, b, c):
        assert site.sync.conflicts() == [], site.name
        [settled] = site.sync.conflicts(status=None)
        assert settled.status != "open"
