"""The shift: callbacks as tasks (due, overdue, working hours, handing over, done by a
follow-up contact), handover notes, debrief requests, erasure, and tasks travelling
between two sites in real sync files. Real encrypted databases throughout."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select
from synchelp import introduce, make_site, text_everywhere

from app.db import Store
from app.models import AuditEntry, ShiftTask
from app.services.contacts.service import CallerInput, ContactInput, ContactService, UserService
from app.services.erasure.service import CALLER, ErasureService
from app.services.permissions import PermissionDeniedError
from app.services.shift.hours import WorkingHours
from app.services.shift.service import ShiftError, ShiftService
from app.services.sync.service import SyncRefusedError


def local(y: int, mo: int, d: int, h: int, mi: int = 0) -> datetime:
    """A local wall-clock time as an aware UTC moment (the hours are local)."""
    return datetime(y, mo, d, h, mi).astimezone().astimezone(UTC)


MONDAY_NOON = local(2026, 11, 30, 12)


@pytest.fixture
def staff(store: Store):
    users = UserService(store)
    return {"anna": users.add("Анна Ковальчук").id,
            "maria": users.add("Мария Новик").id,
            "elena": users.add("Елена Миронова", role="supervisor").id,
            "admin": users.add("Игорь Левченко", role="administrator").id}


def first_call(store: Store, uid: str, phone: str = "+375 29 111-22-33",
               at: datetime = MONDAY_NOON) -> str:
    return ContactService(store, uid).save(ContactInput(
        started_at=at - timedelta(minutes=20), topics=["employment_abroad"],
        outcomes=["callback_agreed"], notes="Перезвонить после обеда",
        caller=CallerInput(nickname="Марина", phone=phone))).id


# -- working hours -----------------------------------------------------------------------


def test_working_hours_default_to_the_infolines_every_day_eight_to_eight():
    hours = WorkingHours.of(None, None)
    assert hours.days == (1, 2, 3, 4, 5, 6, 7)
    assert hours.is_open(local(2026, 12, 5, 9))  # a Saturday: 113 works daily
    assert not hours.is_open(local(2026, 11, 30, 20, 30))
    # late in the evening: the next morning at eight
    assert hours.next_opening(local(2026, 11, 30, 21)) == local(2026, 12, 1, 8)
    # early in the morning: the same day at eight
    assert hours.next_opening(local(2026, 11, 30, 6, 15)) == local(2026, 11, 30, 8)


def test_a_callback_due_outside_the_hours_moves_to_the_next_opening_unless_kept(
        store: Store, staff):
    store.set_setting("working_days", [1, 2, 3, 4, 5])
    shift = ShiftService(store, staff["anna"])
    contact = first_call(store, staff["anna"])
    friday_night = local(2026, 12, 4, 22)
    moved = shift.add_callback(contact, friday_night, now=MONDAY_NOON)
    assert moved.due_at == local(2026, 12, 7, 8)  # Monday morning
    assert not moved.outside_hours
    kept = shift.add_callback(contact, friday_night, keep_outside_hours=True,
                              now=MONDAY_NOON)
    assert kept.due_at == friday_night
    assert kept.outside_hours


def test_the_default_slot_is_the_next_working_quarter_hour(store: Store, staff):
    shift = ShiftService(store, staff["anna"])
    assert shift.default_due(local(2026, 11, 30, 12, 5)) == local(2026, 11, 30, 13, 15)
    assert shift.default_due(local(2026, 11, 30, 19, 30)) == local(2026, 12, 1, 8)


def test_only_an_administrator_sets_the_working_days_and_only_real_days(
        store: Store, staff):
    with pytest.raises(PermissionDeniedError):
        ShiftService(store, staff["elena"]).set_working_days([1, 2])
    admin = ShiftService(store, staff["admin"])
    for bad in ([], [0], [8], [1, True]):
        with pytest.raises(ShiftError, match="working days"):
            admin.set_working_days(bad)  # type: ignore[arg-type]
    admin.set_working_days([5, 1, 1])
    assert admin.hours().days == (1, 5)


# -- tasks -------------------------------------------------------------------------------


def test_a_callback_is_due_then_overdue_and_keeps_the_contact_and_caller(store: Store, staff):
    shift = ShiftService(store, staff["anna"])
    contact = first_call(store, staff["anna"])
    task = shift.add_callback(contact, MONDAY_NOON + timedelta(hours=2), note="после обеда",
                              now=MONDAY_NOON)
    assert (task.contact_id, task.owner_id, task.status) == (contact, staff["anna"], "open")
    assert task.caller_id is not None
    assert "Марина" in task.caller_label
    assert task.phone == "+375 29 111-22-33"  # the profile's number
    assert not shift.my_tasks(now=MONDAY_NOON + timedelta(hours=1))[0].overdue
    late = shift.my_tasks(now=MONDAY_NOON + timedelta(hours=2, minutes=1))[0]
    assert late.overdue
    assert shift.due_count(MONDAY_NOON + timedelta(hours=3)) == (1, 1)
    assert shift.callback_of_contact(contact) == shift.task(task.id)
    # somebody else's list does not show it
    assert ShiftService(store, staff["maria"]).my_tasks(now=MONDAY_NOON) == []


def test_bad_input_is_refused_with_what_is_wrong_and_nothing_written(store: Store, staff):
    shift = ShiftService(store, staff["anna"])
    contact = first_call(store, staff["anna"])
    with pytest.raises(ShiftError, match="due time"):
        shift.add_callback(contact, None)
    with pytest.raises(ShiftError, match="phone number is longer than 40"):
        shift.add_callback(contact, MONDAY_NOON, phone="1" * 41)
    with pytest.raises(ShiftError, match="note is longer"):
        shift.add_callback(contact, MONDAY_NOON, note="x" * 4001)
    with pytest.raises(ShiftError, match="no longer exists"):
        shift.add_callback("0190a0b0-0000-7000-8000-000000000001", MONDAY_NOON)
    with pytest.raises(ValueError, match="naive"):
        shift.add_callback(contact, datetime(2026, 12, 7, 12))
    with store.sessions() as s:
        assert s.scalars(select(ShiftTask)).all() == []


def test_handing_over_keeps_who_when_and_from_whom(store: Store, staff):
    anna = ShiftService(store, staff["anna"])
    task = anna.add_callback(first_call(store, staff["anna"]), MONDAY_NOON, now=MONDAY_NOON)
    # Maria may not take Anna's task away; Anna hands it to her
    with pytest.raises(ShiftError, match="owner or a supervisor"):
        ShiftService(store, staff["maria"]).hand_over(task.id, staff["maria"])
    handed = anna.hand_over(task.id, staff["maria"], now=MONDAY_NOON + timedelta(hours=8))
    assert handed.owner_name == "Мария Новик"
    assert anna.my_tasks(now=MONDAY_NOON) == []
    assert [t.id for t in ShiftService(store, staff["maria"]).my_tasks()] == [task.id]
    history = anna.history(task.id)
    assert [e.kind for e in history] == ["created", "handed"]
    assert (history[1].user_name, history[1].from_name, history[1].to_name) == (
        "Анна Ковальчук", "Анна Ковальчук", "Мария Новик")
    assert history[1].at == MONDAY_NOON + timedelta(hours=8)
    # a supervisor hands it on, and only to someone with an active account
    elena = ShiftService(store, staff["elena"])
    elena.hand_over(task.id, staff["anna"])
    assert [e.kind for e in anna.history(task.id)] == ["created", "handed", "handed"]
    with pytest.raises(ShiftError, match="cannot take tasks"):
        elena.hand_over(task.id, "0190a0b0-0000-7000-8000-00000000dead")
    # the audit log has the changes (names of fields, never the note or number)
    with store.sessions() as s:
        entries = s.scalars(select(AuditEntry).where(AuditEntry.object_kind == "shift_task")
                            ).all()
    assert [e.action for e in entries] == ["create", "change", "change"]
    assert "owner_id" in entries[1].details["fields"]
    assert "+375" not in json.dumps([e.details for e in entries])


def test_a_supervisor_sees_every_consultants_open_tasks_a_consultant_only_hers(
        store: Store, staff):
    for who in ("anna", "maria"):
        ShiftService(store, staff[who]).add_callback(first_call(store, staff[who]),
                                                     MONDAY_NOON, now=MONDAY_NOON)
    team = ShiftService(store, staff["elena"]).team_tasks()
    assert sorted(t.owner_name for t in team) == ["Анна Ковальчук", "Мария Новик"]
    with pytest.raises(PermissionDeniedError):
        ShiftService(store, staff["anna"]).team_tasks()
    assert ShiftService(store, staff["anna"]).handover(now=MONDAY_NOON).team_tasks is None


def test_recording_the_follow_up_contact_completes_the_task(store: Store, staff):
    shift = ShiftService(store, staff["anna"])
    first = first_call(store, staff["anna"])
    task = shift.add_callback(first, MONDAY_NOON + timedelta(hours=1), now=MONDAY_NOON)
    follow_up = ContactService(store, staff["anna"]).save(ContactInput(
        started_at=MONDAY_NOON + timedelta(hours=1), topics=["employment_abroad"],
        caller=CallerInput(phone="+375 29 111-22-33"))).id
    done = shift.complete(task.id, follow_up, now=MONDAY_NOON + timedelta(hours=1))
    assert (done.status, done.done_contact_id, done.contact_id) == ("done", follow_up, first)
    assert not done.overdue
    assert shift.my_tasks(now=MONDAY_NOON + timedelta(days=1)) == []
    assert shift.complete(task.id, follow_up) == shift.task(task.id)  # reported twice
    with pytest.raises(ShiftError, match="closed already"):
        shift.hand_over(task.id, staff["maria"])
    assert [e.kind for e in shift.history(task.id)] == ["created", "done"]


def test_moving_and_cancelling_a_task(store: Store, staff):
    shift = ShiftService(store, staff["anna"])
    task = shift.add_callback(first_call(store, staff["anna"]), MONDAY_NOON, now=MONDAY_NOON)
    moved = shift.move(task.id, local(2026, 11, 30, 23))
    assert moved.due_at == local(2026, 12, 1, 8)
    cancelled = shift.cancel(task.id, "абонентка перезвонила сама")
    assert cancelled.status == "cancelled"
    assert [e.kind for e in shift.history(task.id)] == ["created", "moved", "cancelled"]


# -- handover ----------------------------------------------------------------------------


def test_the_handover_shows_what_waits_and_what_happened_since_my_last_shift(
        store: Store, staff):
    anna = ShiftService(store, staff["anna"])
    maria = ShiftService(store, staff["maria"])
    assert anna.begin_shift(MONDAY_NOON - timedelta(days=1)) == \
        MONDAY_NOON - timedelta(days=8)  # never before: the last week
    maria.write_note("Абонентка из Гомеля ждёт звонка", now=MONDAY_NOON - timedelta(hours=2))
    maria.write_note("старая заметка", now=MONDAY_NOON - timedelta(days=2))
    with pytest.raises(ShiftError, match="empty"):
        maria.write_note("   ")
    maria.add_callback(first_call(store, staff["maria"]), MONDAY_NOON, owner_id=staff["anna"],
                       now=MONDAY_NOON)
    since = anna.begin_shift(MONDAY_NOON)
    assert since == MONDAY_NOON - timedelta(days=1)
    view = anna.handover(since, now=MONDAY_NOON + timedelta(minutes=5))
    assert [n.text for n in view.notes] == ["Абонентка из Гомеля ждёт звонка"]
    assert view.notes[0].author_name == "Мария Новик"
    assert len(view.my_tasks) == 1
    assert view.overdue == 1
    assert view.waiting == 1
    assert view.unread_reviews == 0
    assert view.entries_to_check == 0


# -- debrief -----------------------------------------------------------------------------


def test_a_debrief_request_is_seen_by_supervisors_and_the_requester_only(store: Store, staff):
    contact = first_call(store, staff["anna"])
    ShiftService(store, staff["anna"]).request_debrief(contact, "тяжёлый разговор")
    assert [r.note for r in ShiftService(store, staff["anna"]).debriefs()] == [
        "тяжёлый разговор"]
    assert ShiftService(store, staff["maria"]).debriefs() == []
    elena = ShiftService(store, staff["elena"])
    requests = elena.debriefs()
    assert [(r.requester_name, r.note) for r in requests] == [
        ("Анна Ковальчук", "тяжёлый разговор")]
    assert [r.id for r in elena.handover(now=MONDAY_NOON).debriefs] == [requests[0].id]
    with pytest.raises(PermissionDeniedError):
        ShiftService(store, staff["maria"]).debrief_seen(requests[0].id)
    elena.debrief_seen(requests[0].id)
    assert elena.debriefs() == []
    # never in an audit entry's details
    with store.sessions() as s:
        details = [e.details for e in s.scalars(select(AuditEntry))]
    assert "тяжёлый" not in json.dumps(details, ensure_ascii=False)


# -- erasure -----------------------------------------------------------------------------


def test_erasing_a_caller_blanks_their_callbacks_number_and_notes(store: Store, staff):
    anna = ShiftService(store, staff["anna"])
    contact = first_call(store, staff["anna"], phone="+375 29 765-43-21")
    task = anna.add_callback(contact, MONDAY_NOON, phone="+375 29 765-43-21",
                             note="Марина просила звонить вечером", now=MONDAY_NOON)
    anna.write_note("Марине 765-43-21 перезвонить завтра")
    anna.request_debrief(contact, "Марина плакала")
    caller_id = task.caller_id
    assert caller_id is not None
    result = ErasureService(store, staff["admin"]).erase(CALLER, caller_id)
    assert result.tasks == 1
    left = anna.task(task.id)
    assert (left.phone, left.note, left.caller_id, left.due_at) == ("", "", None, task.due_at)
    assert text_everywhere(store, "765-43-21") == []
    assert text_everywhere(store, "7654321") == []
    assert text_everywhere(store, "Марина плакала") == []


# -- sync --------------------------------------------------------------------------------


def test_tasks_history_and_handover_notes_arrive_by_sync_between_two_sites(tmp_path: Path):
    a, b = make_site(tmp_path, "A"), make_site(tmp_path, "B", org="bwc")
    try:
        introduce(a, b)
        anna_a = UserService(a.store).add("Анна Ковальчук").id
        contact = first_call(a.store, anna_a)
        shift_a = ShiftService(a.store, anna_a)
        task = shift_a.add_callback(contact, MONDAY_NOON + timedelta(hours=1),
                                    note="перезвонить", now=MONDAY_NOON)
        shift_a.hand_over(task.id, a.admin.id)
        shift_a.write_note("Для следующей смены: ждём звонка из Варшавы")
        result = b.receive(a.send(b))
        assert result.changed >= 5  # caller, contact, task, two history rows, note...
        # at B the supervisor's view has the task, its history and the note
        admin_b = ShiftService(b.store, b.admin.id)
        arrived = admin_b.team_tasks(now=MONDAY_NOON + timedelta(hours=2))
        assert [(t.id, t.note, t.overdue) for t in arrived] == [(task.id, "перезвонить", True)]
        assert [e.kind for e in admin_b.history(task.id)] == ["created", "handed"]
        assert [n.text for n in admin_b.notes(MONDAY_NOON - timedelta(days=30))] == [
            "Для следующей смены: ждём звонка из Варшавы"]
        # done at B, the completion travels back to A
        follow = ContactService(b.store, b.admin.id).save(ContactInput(
            started_at=MONDAY_NOON + timedelta(hours=2), topics=["employment_abroad"])).id
        admin_b.complete(task.id, follow)
        a.receive(b.send(a))
        assert shift_a.task(task.id).status == "done"
        assert shift_a.task(task.id).done_contact_id == follow
    finally:
        a.close()
        b.close()


def test_a_sync_file_with_an_unknown_task_status_is_refused_whole(tmp_path: Path):
    from test_sync_files import _manifest, _signed

    from app.services.sync.tables import SPECS

    a, b = make_site(tmp_path, "A"), make_site(tmp_path, "B", org="bwc")
    try:
        introduce(a, b)
        spec = SPECS["shift_task"]
        rid = "0190a0b0-0000-7000-8000-000000000001"
        row: dict = dict.fromkeys(spec.columns)
        row.update(id=rid, created_at="2026-03-02 09:00:00.000000",
                   updated_at="2026-03-02 09:00:00.000000", site_id=a.store.site_id,
                   version=1, kind="callback", phone="", note="", close_reason="",
                   due_at="2026-03-02 10:00:00.000000", outside_hours=0, status="forgotten")
        rec = {"k": "r", "t": "shift_task", "id": rid, "h": 1 << 40, "o": a.store.site_id,
               "vv": {a.store.site_id: 1}, "d": [row[c] for c in spec.columns]}
        end = b'{"k":"end","records":1,"tombstones":0}\n'
        with pytest.raises(SyncRefusedError, match="status") as info:
            b.sync.import_bytes(_signed(a, b, [_manifest(a), json.dumps(rec).encode()
                                               + b"\n", end]), "bad.ilsync")
        assert info.value.code == "invalid"
        # the same record with a known status is taken
        rec["d"][spec.columns.index("status")] = "open"
        b.sync.import_bytes(_signed(a, b, [_manifest(a), json.dumps(rec).encode() + b"\n",
                                           end]), "good.ilsync")
        with b.store.sessions() as s:
            assert s.get(ShiftTask, rid).status == "open"
    finally:
        a.close()
        b.close()


def test_the_demo_database_has_tasks_and_a_handover_note(tmp_path: Path):
    from app.db import open_store
    from app.services.demo import data as demo

    store = open_store(tmp_path / "demo.sqlite3")
    try:
        store.set_setting("site_id", "0190a0b0-0000-7000-8000-0000000000aa")
        now = datetime.now(UTC)
        demo.generate(store, contacts=300, seed=7, now=now)
        with store.sessions() as s:
            from app.models import User
            anna = s.scalar(select(User.id).where(User.username == "consultant"))
        shift = ShiftService(store, anna)
        view = shift.handover(now=now)
        assert len(view.my_tasks) == 3
        assert sum(t.overdue for t in view.my_tasks) == 1
        assert any(n.text.startswith("Демо") for n in view.notes)
        handed = next(t for t in view.my_tasks if len(shift.history(t.id)) == 2)
        assert shift.history(handed.id)[1].kind == "handed"
    finally:
        store.close()
