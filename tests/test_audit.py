"""The audit log: what is logged, that it holds no personal data, the read API, and
that an altered, removed or slipped-in entry is detected (also by ``infoline check``)."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from accounthelp import PASSWORD
from sqlalchemy import func, select, text

from app.cli import main
from app.db import Store
from app.models import AuditEntry, AuditHead
from app.models.audit import GENESIS, entry_hash
from app.services.accounts import auth
from app.services.assistance.case_pdf import write_case_pdf
from app.services.assistance.service import AssistanceService
from app.services.assistance.types import CaseInput, ClientInput, TraffickingInput
from app.services.audit import log as audit
from app.services.audit.log import AuditQuery, AuditService, verify_chain
from app.services.contacts.service import CallerInput, ContactInput, ContactService
from app.services.directory.files import export_file
from app.services.directory.service import DirectoryService, EntryInput
from app.services.imports import legacy as legacy_import

CLIENT = {"name": "Зинаида Пропускова", "phone": "+375 29 765-43-21",
          "address": "г. Пинск, ул. Тайная, д. 13", "birth_date": date(1990, 2, 3)}
NOTE = "Звонила Зинаида, боится возвращаться к работодателю Кротову"
CALLER_PHONE = "+375 44 111-22-33"


def chain(store: Store) -> list[str]:
    with store.sessions() as s:
        return verify_chain(s)


def entries(store: Store) -> list[AuditEntry]:
    with store.sessions() as s:
        return list(s.scalars(select(AuditEntry).order_by(AuditEntry.seq)))


def raw(store: Store, *statements: str) -> None:
    """Change the file behind the app's back: the triggers first, then the rows."""
    with store.engine.begin() as conn:
        conn.exec_driver_sql("DROP TRIGGER IF EXISTS audit_log_no_update")
        conn.exec_driver_sql("DROP TRIGGER IF EXISTS audit_log_no_delete")
        conn.exec_driver_sql("DROP TRIGGER IF EXISTS audit_head_no_delete")
        for sql in statements:
            conn.exec_driver_sql(sql)


@pytest.fixture
def busy(store: Store, specialist, supervisor, administrator, consultant, tmp_path: Path):
    """A day's work: contacts, a case opened, changed, viewed and printed, exports."""
    contacts = ContactService(store, consultant.id)
    started = datetime.now(UTC) - timedelta(minutes=30)
    saved = contacts.save(ContactInput(
        started_at=started, topics=["employment_abroad"],
        notes=NOTE, caller=CallerInput(nickname="Зина", phone=CALLER_PHONE)))
    contacts.save(ContactInput(
        started_at=started, topics=["employment_abroad", "trafficking_risk"],
        notes=NOTE + " (дополнено)"), saved.id)
    cases = AssistanceService(store, specialist.id)
    case = cases.open_case(CaseInput(client=ClientInput(**CLIENT),
                                     trafficking=TraffickingInput(notes=NOTE)))
    cases.add_note(case.id, "Встреча с Зинаидой в Пинске")
    cases.get(case.id)
    write_case_pdf(cases, case.id, tmp_path / "case.pdf")
    directory = DirectoryService(store, supervisor.id)
    directory.add(EntryInput(country="PL", type="ngo", name="Фонд", city="Варшава"))
    export_file(directory, tmp_path / "directory.csv")
    return {"contact": saved.id, "case": case.id, "users": (consultant, specialist,
                                                           supervisor, administrator)}


def test_each_kind_of_work_is_logged(store: Store, busy):
    logged = [(e.action, e.object_kind) for e in entries(store)]
    consultant, specialist, _supervisor, _admin = busy["users"]
    assert ("create", "contact") in logged
    assert ("create", "caller") in logged
    assert ("change", "contact") in logged
    assert ("create", "assistance_case") in logged
    assert ("view", "assistance_case") in logged
    assert ("print", "assistance_case") in logged
    assert ("create", "directory_entry") in logged
    assert ("export", "directory") in logged
    by_action = {(e.action, e.object_kind): e for e in entries(store)}
    change = by_action["change", "contact"]
    assert change.user_id == consultant.id
    assert change.username == consultant.username
    assert change.object_id == busy["contact"]
    assert "notes" in change.details["fields"]
    assert by_action["print", "assistance_case"].user_id == specialist.id
    assert by_action["print", "assistance_case"].details["pages"] >= 1
    assert by_action["export", "directory"].details == {"format": "csv", "rows": 1}
    assert all(e.site_id == store.site_id for e in entries(store))
    assert chain(store) == []


def test_entries_hold_no_personal_data(store: Store, busy):
    dumped = json.dumps([{c: str(getattr(e, c)) for c in (
        "at", "site_id", "user_id", "username", "action", "object_kind", "object_id",
        "details")} for e in entries(store)], ensure_ascii=False)
    for personal in (CLIENT["name"], "Пропускова", CLIENT["phone"], "765-43-21", "Тайная",
                     "1990-02-03", NOTE, "Кротов", "Зина", CALLER_PHONE, "111-22-33",
                     "Пинске"):
        assert personal not in dumped, personal


def test_the_chain_detects_a_changed_entry(store: Store, busy):
    raw(store, "UPDATE audit_log SET details = '{\"format\": \"pdf\"}' WHERE seq = 2")
    assert chain(store) == ["audit log: entry 2 was changed after it was written"]


def test_the_chain_detects_a_changed_time_or_user(store: Store, busy):
    raw(store, "UPDATE audit_log SET at = '2020-01-01 00:00:00.000000' WHERE seq = 3",
        "UPDATE audit_log SET user_id = NULL, username = '' WHERE seq = 5")
    assert chain(store) == ["audit log: entry 3 was changed after it was written",
                            "audit log: entry 5 was changed after it was written"]


def test_the_chain_detects_a_removed_entry(store: Store, busy):
    raw(store, "DELETE FROM audit_log WHERE seq = 4")
    assert chain(store) == ["audit log: entry 4 removed"]
    raw(store, "DELETE FROM audit_log WHERE seq IN (6, 7)")
    assert "audit log: entries 6 to 7 removed" in chain(store)


def test_the_chain_detects_entries_removed_from_the_end(store: Store, busy):
    last = len(entries(store))
    raw(store, f"DELETE FROM audit_log WHERE seq = {last}")
    assert chain(store) == [f"audit log: entry {last} removed from the end"]


def test_the_chain_detects_an_entry_slipped_in(store: Store, busy):
    """Even with a correct hash: the head shows it was not appended by the app."""
    last = entries(store)[-1]
    fake = AuditEntry(seq=last.seq + 1, at=datetime.now(UTC), site_id=store.site_id,
                      user_id=None, username="", action="view", object_kind="assistance_case",
                      object_id=busy["case"], details={}, prev_hash=last.hash)
    fake.hash = entry_hash(last.hash, fake)
    with store.session() as s:
        s.add(fake)
    assert chain(store) == [f"audit log: entries after {last.seq} were added behind the "
                            "app's back"]


def test_the_chain_detects_an_entry_replaced_in_the_middle(store: Store, busy):
    """A new entry 3 with a hash that is right for itself breaks the link to entry 4."""
    third = entries(store)[2]
    raw(store, "DELETE FROM audit_log WHERE seq = 3")
    fake = AuditEntry(seq=3, at=third.at, site_id=third.site_id, user_id=None,
                      username="", action="login", object_kind=None, object_id=None,
                      details={}, prev_hash=third.prev_hash)
    fake.hash = entry_hash(third.prev_hash, fake)
    with store.session() as s:
        s.add(fake)
    assert chain(store) == [
        "audit log: entry 4 does not follow entry 3 (an entry was changed or slipped in)"]


def test_the_log_is_append_only_through_sql(store: Store, busy):
    from sqlalchemy.exc import IntegrityError

    for sql in ("UPDATE audit_log SET action = 'x' WHERE seq = 1",
                "DELETE FROM audit_log WHERE seq = 1", "DELETE FROM audit_head"):
        with pytest.raises(IntegrityError, match="append-only"), store.engine.begin() as conn:
            conn.exec_driver_sql(sql)
    assert chain(store) == []


def test_the_first_entry_follows_the_genesis_and_the_head_is_the_last(store: Store, busy):
    rows = entries(store)
    assert rows[0].prev_hash == GENESIS
    assert [r.seq for r in rows] == list(range(1, len(rows) + 1))
    with store.sessions() as s:
        head = s.get(AuditHead, 1)
    assert (head.seq, head.hash) == (rows[-1].seq, rows[-1].hash)


def test_the_read_api_pages_and_filters(store: Store, busy):
    consultant, specialist, _supervisor, admin = busy["users"]
    service = AuditService(store, admin.id)
    total = service.count()
    first = service.page(limit=3)
    assert [r.seq for r in first] == [total, total - 1, total - 2]  # newest first
    rest = service.page(before_seq=first[-1].seq)
    assert len(first) + len(rest) == total
    assert {r.user_id for r in service.page(AuditQuery(user_id=consultant.id))} == {
        consultant.id}
    views = service.page(AuditQuery(action="view"))
    # opened on the case page, and read again for the printed summary
    assert [(r.object_kind, r.object_id) for r in views] == [
        ("assistance_case", busy["case"])] * 2
    assert service.count(AuditQuery(object_kind="assistance_case",
                                    object_id=busy["case"])) >= 3
    soon = datetime.now(UTC) + timedelta(minutes=1)
    assert service.count(AuditQuery(start=soon)) == 0
    assert service.count(AuditQuery(end=soon)) == total
    assert "print" in service.actions()
    assert "contact" in service.object_kinds()
    assert service.get(1).seq == 1
    assert service.verify() == []
    AuditService(store, specialist.id).log("lock")
    assert service.page(limit=1)[0].action == "lock"
    with pytest.raises(Exception, match="does not allow"):
        AuditService(store, specialist.id).page()


def test_an_import_is_one_entry(store: Store, supervisor, tmp_path: Path):
    csv = tmp_path / "old.csv"
    csv.write_text("date,channel,topics,notes\n" + "".join(
        f"2013-03-{d:02d},phone,employment_abroad,звонок {d}\n" for d in range(1, 21)),
        encoding="utf-8")
    before = len(entries(store))
    legacy_import.import_file(ContactService(store, supervisor.id), csv)
    added = entries(store)[before:]
    assert [(e.action, e.object_kind) for e in added] == [("import", "import_ledger")]
    assert added[0].details == {"source": "legacy_contacts", "format": "csv", "rows": 20}


def test_statistics_exports_are_logged(store: Store, supervisor, tmp_path: Path):
    from app.services.statistics import report
    from app.services.statistics.service import StatisticsService
    from app.services.statistics.sums import Period

    service = StatisticsService(store, supervisor.id)
    result = service.compute(Period.year(2026))
    service.write_report(report.build(result), tmp_path / "r.xlsx", Period.year(2026))
    service.statistics_json(Period.year(2026), "bwc")
    exports = [e for e in entries(store) if e.action == "export"]
    assert [(e.object_kind, e.details["format"]) for e in exports] == [
        ("report", "xlsx"), ("statistics", "json")]
    assert exports[1].details["organisation"] == "bwc"
    assert exports[0].details["from"] == "2026-01-01"


def test_infoline_check_reports_a_tampered_log(tmp_path: Path, capsys):
    db = tmp_path / "desk.sqlite3"
    assert main(["init", "--db", str(db)]) == 0
    assert main(["check", "--db", str(db)]) == 0
    login = auth.login(db, "admin", PASSWORD)
    with login.store.sessions() as s:
        n = s.scalar(select(func.count()).select_from(AuditEntry))
    raw(login.store, "UPDATE audit_log SET username = 'someone' WHERE seq = 1")
    login.store.close()
    capsys.readouterr()
    assert main(["check", "--db", str(db)]) == 1
    out, err = capsys.readouterr()
    assert "audit log: entry 1 was changed after it was written" in out
    assert err.count("\n") == 1
    assert main(["audit", "--db", str(db), "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["chain_problems"][0] == "audit log: entry 1 was changed after it was written"
    assert "audit log: the trigger audit_log_no_update that protects audit_log is missing " \
           "(entries can be changed or removed unnoticed)" in shown["chain_problems"]
    assert len(shown["entries"]) >= n


def test_bulk_work_is_not_logged_record_by_record(store: Store, consultant):
    before = len(entries(store))
    with audit.bulk():
        ContactService(store, consultant.id).save(ContactInput(
            started_at=datetime.now(UTC), topics=["other"]))
    assert len(entries(store)) == before
    with store.engine.connect() as conn:  # and the chain stays intact
        assert conn.execute(text("SELECT count(*) FROM audit_log")).scalar() == before
    assert chain(store) == []


def test_sync_files_written_and_applied_are_logged(tmp_path: Path):
    from synchelp import introduce, make_site

    a, b = make_site(tmp_path, "A"), make_site(tmp_path, "B", org="bwc")
    try:
        introduce(a, b)
        a.contacts.save(ContactInput(started_at=datetime.now(UTC), topics=["other"],
                                     notes=NOTE))
        b.receive(a.send(b))
        sent = [e for e in entries(a.store) if e.action == "export"]
        got = [e for e in entries(b.store) if e.action == "import"]
        assert [(e.object_kind, e.user_id) for e in sent] == [("sync_peer", a.admin.id)]
        assert [(e.object_kind, e.user_id) for e in got] == [("sync_peer", b.admin.id)]
        assert sent[0].details["records"] >= 1
        # The partner's records arrive without an entry each, and the log stays local.
        assert not [e for e in entries(b.store) if e.object_kind == "contact"]
        assert NOTE not in json.dumps([e.details for e in entries(b.store)],
                                      ensure_ascii=False)
        assert chain(a.store) == chain(b.store) == []
    finally:
        a.close()
        b.close()
