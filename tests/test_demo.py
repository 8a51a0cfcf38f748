"""The demo data generator: reproducible, realistic in its proportions, and sound."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app import cli
from app.db import Store, open_store
from app.models import (
    Caller,
    Contact,
    ContactChange,
    ContactDestination,
    ContactOutcome,
    ContactTopic,
    User,
)
from app.services.accounts import auth
from app.services.contacts.service import (
    ContactQuery,
    ContactService,
    UserService,
    is_out_of_hours,
    validate,
)
from app.services.demo import data as demo

NOW = datetime(2026, 6, 15, 14, 30, tzinfo=UTC)


def _content(store: Store) -> list[tuple[object, ...]]:
    """What the contacts say, without their ids, in a stable order."""
    with store.sessions() as s:
        topics: dict[str, list[str]] = {}
        for cid, topic in s.execute(select(ContactTopic.contact_id, ContactTopic.topic)):
            topics.setdefault(cid, []).append(topic)
        dests: dict[str, list[str]] = {}
        for cid, country in s.execute(
            select(ContactDestination.contact_id, ContactDestination.country)
            .order_by(ContactDestination.position)
        ):
            dests.setdefault(cid, []).append(country)
        rows = s.execute(
            select(Contact.id, Contact.started_at, Contact.ended_at, Contact.kind,
                   Contact.channel, Contact.gender, Contact.region, Contact.crisis,
                   Contact.notes)
        ).all()
    return sorted(
        (*r[1:], tuple(sorted(topics.get(r[0], []))), tuple(dests.get(r[0], [])))
        for r in rows
    )


@pytest.fixture(scope="module")
def big(tmp_path_factory: pytest.TempPathFactory):
    """One store with 2,000 demo contacts, shared by the read-only tests."""
    s = open_store(tmp_path_factory.mktemp("demo") / "demo.sqlite3")
    result = demo.generate(s, contacts=2000, seed=113, now=NOW)
    yield s, result
    s.close()


def test_same_seed_same_contents(tmp_path: Path):
    stores = [open_store(tmp_path / f"{i}.sqlite3") for i in range(3)]
    try:
        demo.generate(stores[0], contacts=300, seed=7, now=NOW)
        demo.generate(stores[1], contacts=300, seed=7, now=NOW)
        demo.generate(stores[2], contacts=300, seed=8, now=NOW)
        first, again, other = (_content(s) for s in stores)
        assert len(first) == 300
        assert first == again
        assert first != other
        # Ids are new in every file, so two demo files never claim the same records.
        with stores[0].sessions() as a, stores[1].sessions() as b:
            ids_a = set(a.scalars(select(Contact.id)))
            ids_b = set(b.scalars(select(Contact.id)))
        assert not ids_a & ids_b
    finally:
        for s in stores:
            s.close()


def test_result_staff_and_settings(big):
    store, result = big
    assert result.contacts == 2000
    with store.sessions() as s:
        roles = dict(s.execute(select(User.username, User.role)).all())
        assert s.scalar(select(func.count()).select_from(Contact)) == 2000
    assert result.users == len(roles)
    assert roles["admin"] == "administrator"
    assert roles["supervisor"] == "supervisor"
    assert roles["specialist"] == "specialist"
    assert roles["consultant"] == "consultant"
    assert 5 <= sum(1 for r in roles.values() if r == "consultant") <= 7
    assert store.setting("demo") is True
    assert store.setting("organisation") == "lastrada"
    assert store.setting("working_hours") == ["08:00", "20:00"]
    assert str(store.setting("site_name")).startswith("Демо")


def test_store_is_sound(big):
    store, _ = big
    assert store.check() == []


def test_proportions(big):
    store, _ = big
    with store.sessions() as s:
        kinds = Counter(s.scalars(select(Contact.kind)))
        consultations = kinds["consultation"]
        non_data = 2000 - consultations
        assert 0.08 <= non_data / 2000 <= 0.17
        genders = Counter(
            s.scalars(select(Contact.gender).where(Contact.kind == "consultation"))
        )
        assert 0.55 <= genders["female"] / consultations <= 0.75
        assert 0.25 <= genders["male"] / consultations <= 0.45
        channels = Counter(
            s.scalars(select(Contact.channel).where(Contact.kind == "consultation"))
        )
        assert 0.52 <= channels["phone"] / consultations <= 0.68
        assert 0.30 <= channels["email"] / consultations <= 0.45
        crisis = s.scalar(select(func.count()).where(Contact.crisis.is_(True)))
        assert 0.025 <= crisis / consultations <= 0.07
        crisis_topic = s.scalar(
            select(func.count()).select_from(ContactTopic)
            .where(ContactTopic.topic == "crisis_abroad")
        )
        assert crisis_topic == crisis
        countries = Counter(s.scalars(
            select(ContactDestination.country)
            .where(ContactDestination.country != "XX")
        ))
        assert countries.most_common(1)[0][0] == "RU"
        assert len(countries) >= 60  # a long tail beyond the usual destinations
        topics = Counter(s.scalars(select(ContactTopic.topic)))
        assert topics.most_common(1)[0][0] == "employment_abroad"
        orgs = Counter(s.scalars(select(Contact.organisation)))
        assert orgs["lastrada"] > orgs["bwc"] > 0
        linked = s.scalar(select(func.count()).where(Contact.caller_id.is_not(None)))
        assert 0.02 <= linked / consultations <= 0.09
        years = Counter(d.year for d in s.scalars(select(Contact.started_at)))
        assert years[2025] > years[2022] > 0
        assert max(s.scalars(select(Contact.started_at))) <= NOW


def test_non_data_contacts_carry_no_counselling_details(big):
    store, _ = big
    with store.sessions() as s:
        non_data = select(Contact.id).where(Contact.kind != "consultation")
        for child in (ContactTopic, ContactDestination, ContactOutcome):
            n = s.scalar(
                select(func.count()).select_from(child).where(child.contact_id.in_(non_data))
            )
            assert n == 0, child.__tablename__
        rows = s.execute(
            select(Contact.gender, Contact.region, Contact.caller_id, Contact.crisis)
            .where(Contact.kind != "consultation")
        ).all()
        assert rows
        assert all(r == ("unknown", None, None, False) for r in rows)
        # Every consultation has at least one topic.
        without = s.scalar(
            select(func.count()).select_from(Contact).where(
                Contact.kind == "consultation",
                ~Contact.id.in_(select(ContactTopic.contact_id)),
            )
        )
        assert without == 0


def test_every_contact_has_its_create_history(big):
    store, _ = big
    with store.sessions() as s:
        changes = Counter(s.scalars(select(ContactChange.action)))
        assert changes == {"create": 2000}
        some = s.scalars(select(Contact.id).order_by(Contact.seq).limit(5)).all()
    service = ContactService(store, None)
    for contact_id in some:
        (row,) = service.history(contact_id)
        assert row.action == "create"
        assert row.user_name
        assert row.changes["kind"][0] is None


def test_contacts_read_back_valid(big):
    """What the generator wrote is what the intake form could have saved."""
    store, _ = big
    service = ContactService(store, None)
    with store.sessions() as s:
        sample = s.scalars(select(Contact.id).where(Contact.seq % 20 == 0)).all()
    hours = service.working_hours()
    for contact_id in sample:
        record = service.get(contact_id)
        assert validate(record.input, service.tax, now=NOW) == []
        assert record.consultant_name
        assert record.out_of_hours == is_out_of_hours(record.input.started_at, hours)
        if record.input.kind == "consultation":
            assert record.organisation == service.organisation_for(record.input.region)
        if record.input.channel == "phone" and record.input.kind == "consultation":
            minutes = (record.input.ended_at - record.input.started_at).total_seconds() / 60
            assert 2 <= minutes <= 25


def test_list_search_and_repeat_callers(big):
    store, _ = big
    service = ContactService(store, None)
    first = service.page(ContactQuery(), limit=50)
    assert len(first) == 50
    assert first[0].started_at >= first[-1].started_at
    found = service.page(ContactQuery(text="минск"), limit=20)
    assert found
    assert all("минск" in service.get(r.id).input.notes.casefold() for r in found)
    with store.sessions() as s:
        phone = s.scalar(
            select(Caller.phone).where(Caller.phone.is_not(None)).order_by(Caller.phone)
        )
    assert phone is not None
    assert phone.startswith("+375 ")
    assert " 000-" in phone
    (caller,) = service.find_callers(phone=phone)
    assert caller.contact_count >= 1


def test_consultants_on_shift(big):
    store, _ = big
    names = {u.username for u in UserService(store).list()}
    assert {"admin", "supervisor", "specialist", "consultant"} <= names


def test_cancel_leaves_nothing(store: Store):
    calls = []

    def progress(done: int, total: int) -> bool:
        calls.append((done, total))
        return done < 100

    with pytest.raises(demo.Cancelled):
        demo.generate(store, contacts=400, progress=progress, now=NOW, chunk_size=100)
    assert calls[0] == (0, 400)
    with store.sessions() as s:
        for model in (Contact, ContactChange, ContactTopic, Caller, User):
            assert s.scalar(select(func.count()).select_from(model)) == 0
    assert store.setting("demo") is None
    assert store.check() == []
    # And the store can still take demo data afterwards.
    assert demo.generate(store, contacts=50, now=NOW).contacts == 50


def test_refuses_a_store_with_data(store: Store):
    UserService(store).add("Анна Ковальчук")
    with pytest.raises(demo.DemoError):
        demo.generate(store, contacts=10, now=NOW)


def test_zero_contacts(store: Store):
    result = demo.generate(store, contacts=0, now=NOW)
    assert result.contacts == 0
    assert result.users >= 4


def test_cli_demo(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                  monkeypatch: pytest.MonkeyPatch):
    path = tmp_path / "demo.sqlite3"
    assert cli.main(["demo", "--db", str(path), "--contacts", "200"]) == 0
    out = capsys.readouterr().out
    assert "200 contacts" in out
    assert 'admin, supervisor, specialist, consultant, each with the password "demo"' in out
    # Nothing of the temporary database it was built as is left beside it.
    assert not list(tmp_path.glob("*.setup.part*"))
    # Wherever it is, the login screen can tell it is a demo (and show its accounts).
    assert auth.is_demo_database(path)
    assert cli.main(["demo", "--db", str(path), "--contacts", "200"]) == 2
    assert "already exists" in capsys.readouterr().err
    monkeypatch.setenv("INFOLINE_PASSWORD", "demo")
    assert cli.main(["check", "--db", str(path)]) == 0
