"""Assistance cases (no Qt): opening, editing with history, services, referrals,
monitoring, consent, status transitions, search, the case list, statistics, demo data."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, date, datetime, timedelta

import pytest
from accounthelp import give_accounts
from sqlalchemy import select

from app.cli import main
from app.db import open_store
from app.models import AssistanceCase, CrisisCase, PdfPrint, User
from app.services.assistance.access import (
    AssistancePermissionError,
    ConcurrentCaseEditError,
    may_manage_assistance,
)
from app.services.assistance.service import AssistanceService
from app.services.assistance.types import (
    AreaInput,
    AssistanceCaseQuery,
    AssistanceReferralInput,
    CaseInput,
    ClientInput,
    ConsentInput,
    MonitoringInput,
    RelativeInput,
    ServiceInput,
    TraffickingInput,
)
from app.services.assistance.validation import format_cost, parse_cost
from app.services.cases import all_cases
from app.services.casework.lifecycle import CaseStateError
from app.services.contacts.service import CallerInput, ContactInput, UserService
from app.services.crisis.service import CrisisService
from app.services.crisis.types import CrisisSubmission
from app.services.demo import data as demo
from app.services.demo.assistance import DEMO_TABLE3
from app.services.statistics.cases import count_services
from app.services.validation import ValidationError

TODAY = date.today()


@pytest.fixture
def specialist(store):
    return UserService(store).add("Мария Соколова", role="specialist")


@pytest.fixture
def service(store, specialist) -> AssistanceService:
    return AssistanceService(store, specialist.id)


def olga(**client) -> CaseInput:
    base = {"name": "Ольга Кравец", "phone": "+375 29 000-11-22",
            "address": "г. Гомель, ул. Примерная, д. 5, кв. 7", "birth_date": date(1994, 5, 4)}
    return CaseInput(
        client=ClientInput(**{**base, **client}),
        trafficking=TraffickingInput(status="actual", decided_by="police",
                                     decided_on=TODAY - timedelta(days=3),
                                     exploitation_types=["forced_labour"],
                                     methods_of_control=["withholds_documents"],
                                     country="RU"),
        relatives=[RelativeInput("Нина Кравец", "parent", "+375 33 000-44-55")])


def test_open_a_case_numbers_it_per_site_and_year(service):
    first = service.open_case(olga())
    second = service.open_case(olga(name="Анна Жук"))
    year = datetime.now().astimezone().year
    assert first.number == f"A-{year}-0001"
    assert second.number == f"A-{year}-0002"
    assert first.status == "open"
    assert first.client.name == "Ольга Кравец"
    assert first.trafficking.exploitation_types == ["forced_labour"]
    assert [r.name for r in first.relatives] == ["Нина Кравец"]
    assert first.specialist_name == "Мария Соколова"
    assert [e.kind for e in service.timeline(first.id)] == ["opened"]


@pytest.mark.parametrize(("client", "field", "problem"), [
    ({"name": " "}, "client.name", "required"),
    ({"phone": "", "address": "", "email": ""}, "client.contact", "required"),
    ({"email": "not-an-address"}, "client.email", "invalid_email"),
    ({"birth_date": TODAY + timedelta(days=1)}, "client.birth_date", "future"),
    ({"gender": "robot"}, "client.gender", "unknown_code"),
    ({"name": "Я" * 201}, "client.name", "too_long"),
    ({"citizenship": "ZZ"}, "client.citizenship", "unknown_code"),
])
def test_the_client_is_required_and_checked(service, client, field, problem):
    with pytest.raises(ValidationError) as caught:
        service.open_case(olga(**client))
    assert (field, problem) in {(e.field, e.problem) for e in caught.value.errors}
    assert service.count(AssistanceCaseQuery(status=None)) == 0


def test_trafficking_codes_are_checked(service):
    data = olga()
    data.trafficking.exploitation_types = ["forced_labour", "space_mining"]
    data.trafficking.period_from, data.trafficking.period_to = TODAY, TODAY - timedelta(days=9)
    with pytest.raises(ValidationError) as caught:
        service.open_case(data)
    fields = {e.field for e in caught.value.errors}
    assert fields == {"trafficking.exploitation_type", "trafficking.period_to"}


def test_an_edit_keeps_its_history_and_a_concurrent_edit_is_refused(service):
    case = service.open_case(olga())
    data = case.input()
    data.client.phone = "+375 29 000-99-88"
    data.relatives.append(RelativeInput("Пётр Кравец", "sibling"))
    data.trafficking.status = "possible"
    edited = service.update(case.id, data, expected_version=case.version)
    assert edited.version > case.version
    assert [r.name for r in edited.relatives] == ["Нина Кравец", "Пётр Кравец"]
    events = service.timeline(case.id)
    changes = events[-1].data["changes"]
    assert changes["client_phone"] == ["+375 29 000-11-22", "+375 29 000-99-88"]
    assert changes["trafficking_status"] == ["actual", "possible"]
    assert any(e.kind == "trafficking_status" for e in events)
    # An edit that changes nothing writes nothing.
    again = service.update(case.id, edited.input(), expected_version=edited.version)
    assert again.version == edited.version
    with pytest.raises(ConcurrentCaseEditError):
        service.update(case.id, data, expected_version=case.version)
    # A relative removed is soft-deleted, not lost.
    data = again.input()
    data.relatives = data.relatives[1:]
    assert [r.name for r in service.update(case.id, data).relatives] == ["Пётр Кравец"]


def test_status_moves_open_active_monitoring_closed(service):
    case = service.open_case(olga())
    with pytest.raises(CaseStateError):
        service.set_status(case.id, "monitoring")  # open → monitoring skips the work
    service.add_service(case.id, ServiceInput("counselling", TODAY))
    assert service.get(case.id).status == "active"  # the first service given
    assert service.set_status(case.id, "monitoring").status == "monitoring"
    assert service.set_status(case.id, "active").status == "active"  # needs help again
    service.set_status(case.id, "monitoring")
    with pytest.raises(ValidationError) as caught:
        service.set_status(case.id, "closed")
    assert caught.value.errors[0].field == "reason"
    with pytest.raises(ValidationError):
        service.set_status(case.id, "closed", reason="other")  # "other" needs a note
    closed = service.set_status(case.id, "closed", reason="goals_met", note="Трудоустроена")
    assert (closed.status, closed.closure_reason, closed.closure_note) == (
        "closed", "goals_met", "Трудоустроена")
    assert closed.closed_at is not None
    with pytest.raises(CaseStateError):
        service.add_service(case.id, ServiceInput("counselling", TODAY))
    with pytest.raises(CaseStateError):
        service.set_status(case.id, "monitoring")
    reopened = service.set_status(case.id, "active", note="Снова нужна помощь")
    assert (reopened.status, reopened.closure_reason, reopened.closed_at) == (
        "active", None, None)
    kinds = [e.kind for e in service.timeline(case.id)]
    assert kinds.count("status") == 4
    assert "closed" in kinds
    assert "reopened" in kinds


def test_services_can_be_planned_given_declined_changed_and_removed(service):
    case = service.open_case(olga())
    planned = service.add_service(case.id, ServiceInput(
        "medical", TODAY + timedelta(days=5), "partner_org", "Поликлиника №3", "planned",
        parse_cost("45,50")))
    assert service.get(case.id).status == "open"  # nothing given yet
    with pytest.raises(ValidationError) as caught:  # what was given has happened
        service.add_service(case.id, ServiceInput("counselling", TODAY + timedelta(days=1)))
    assert caught.value.errors[0].problem == "future"
    with pytest.raises(ValidationError) as caught:  # a partner must be named
        service.add_service(case.id, ServiceInput("shelter", TODAY, "partner_org", ""))
    assert caught.value.errors[0].field == "provider_name"
    given = service.set_service_status(planned.id, "given")
    assert (given.status, given.service_on) == ("given", TODAY)
    assert service.get(case.id).status == "active"
    service.add_service(case.id, ServiceInput("counselling", TODAY))
    service.add_service(case.id, ServiceInput("counselling", TODAY - timedelta(days=7)))
    record = service.get(case.id)
    assert record.services_by_type() == {"medical": 1, "counselling": 2}
    assert [s.service_on for s in record.services] == sorted(s.service_on
                                                             for s in record.services)
    service.delete_service(given.id)
    assert record.services_by_type()["medical"] == 1
    assert "medical" not in service.get(case.id).services_by_type()
    kinds = [e.kind for e in service.timeline(case.id)]
    assert "service_changed" in kinds
    assert "service_deleted" in kinds


def test_costs_are_exact():
    assert parse_cost("45,50") == 4550
    assert parse_cost(" 1 200.5 ") == 120050
    assert parse_cost("") is None
    for bad in ("abc", "-5", "1,234", "NaN", "Infinity", "1.005", "1e3x"):
        with pytest.raises(ValueError):
            parse_cost(bad)
    assert format_cost(4550, "BYN", "ru") == "45,50 BYN"
    assert format_cost(123456789, "EUR", "en") == "1,234,567.89 EUR"
    assert format_cost(None) == ""


def test_referrals_go_sent_accepted_done_or_declined_with_a_reason(service):
    case = service.open_case(olga())
    ref = service.add_referral(case.id, AssistanceReferralInput("lawyer", "Юрконсультация",
                                                      "Взыскать зарплату", TODAY))
    assert ref.status == "sent"
    with pytest.raises(CaseStateError):
        service.set_referral_status(ref.id, "done")  # accepted first
    with pytest.raises(ValidationError):
        service.set_referral_status(ref.id, "declined")  # a reason is required
    assert service.set_referral_status(ref.id, "accepted").status == "accepted"
    assert service.set_referral_status(ref.id, "done").status == "done"
    with pytest.raises(CaseStateError):
        service.set_referral_status(ref.id, "accepted")
    other = service.add_referral(case.id, AssistanceReferralInput("psychologist", sent_on=TODAY))
    declined = service.set_referral_status(other.id, "declined", "Клиентка отказалась")
    assert (declined.status, declined.status_reason) == ("declined", "Клиентка отказалась")
    with pytest.raises(ValidationError):
        service.add_referral(case.id, AssistanceReferralInput("aliens", sent_on=TODAY))
    changed = service.update_referral(other.id, AssistanceReferralInput("psychologist", "Центр",
                                                              "Курс", TODAY))
    assert changed.organisation == "Центр"
    service.delete_referral(other.id)
    assert [r.id for r in service.get(case.id).referrals] == [ref.id]


def test_monitoring_visits_record_each_area_and_the_change(service):
    case = service.open_case(olga())
    first = service.add_visit(case.id, MonitoringInput(
        visit_on=TODAY - timedelta(days=60), method="home_visit",
        areas={"housing": AreaInput("difficult", "Живёт у матери"),
               "health": AreaInput("critical", "Нужна помощь врача")},
        summary="Первый визит", next_visit_on=TODAY))
    assert first.areas["housing"] == ("difficult", "Живёт у матери")
    assert first.areas["work"] == ("unknown", "")
    assert first.specialist_name == "Мария Соколова"
    second = service.add_visit(case.id, MonitoringInput(
        visit_on=TODAY, method="phone", areas={"housing": AreaInput("good")},
        change="better"))
    with pytest.raises(ValidationError):
        service.add_visit(case.id, MonitoringInput(visit_on=TODAY + timedelta(days=1)))
    with pytest.raises(ValidationError):
        service.add_visit(case.id, MonitoringInput(visit_on=TODAY, areas={
            "housing": AreaInput("splendid")}))
    with pytest.raises(ValidationError):
        service.add_visit(case.id, MonitoringInput(visit_on=TODAY,
                                                   next_visit_on=TODAY - timedelta(days=1)))
    updated = service.update_visit(second.id, MonitoringInput(
        visit_on=TODAY, method="office", areas={"housing": AreaInput("satisfactory")},
        change="no_change"))
    assert (updated.method, updated.change) == ("office", "no_change")
    assert [v.id for v in service.get(case.id).visits] == [first.id, second.id]
    service.delete_visit(first.id)
    assert [v.id for v in service.get(case.id).visits] == [second.id]
    rows = service.cases(AssistanceCaseQuery())
    assert rows[0].next_visit_on is None  # the latest visit planned none


def test_consent_is_recorded_and_withdrawn(service):
    case = service.open_case(olga())
    consent = service.add_consent(case.id, ConsentInput(
        "identity", "police", "РУВД", TODAY - timedelta(days=2), TODAY + timedelta(days=90)))
    assert consent.active(TODAY)
    withdrawn = service.withdraw_consent(consent.id)
    assert withdrawn.withdrawn_on == TODAY
    assert not withdrawn.active(TODAY)
    with pytest.raises(CaseStateError):
        service.withdraw_consent(consent.id)
    with pytest.raises(ValidationError):
        service.add_consent(case.id, ConsentInput("identity", "police", given_on=TODAY,
                                                  expires_on=TODAY - timedelta(days=1)))
    kinds = [e.kind for e in service.timeline(case.id)]
    assert kinds[-2:] == ["consent", "consent_withdrawn"]


def test_search_folds_cyrillic_case_and_yo_and_finds_phones(service):
    case = service.open_case(olga(name="Алёна Ковалёва"))
    service.open_case(olga(name="Анна Жук", phone="+375 44 000-77-66"))
    for text in ("алена", "КОВАЛЁВА", "ковалева", "A-20", "Кравец", "000-11-22",
                 "375290001122", "8 029 000 11 22"):
        found = service.cases(AssistanceCaseQuery(text=text))
        assert case.id in [r.id for r in found], text
    assert [r.client_name for r in service.cases(AssistanceCaseQuery(text="жук"))] == ["Анна Жук"]
    assert service.cases(AssistanceCaseQuery(text="%")) == []
    assert service.count(AssistanceCaseQuery(text="_")) == 0


def test_the_list_filters_and_pages(service):
    ids = [service.open_case(olga(name=f"Клиентка {i}")).id for i in range(5)]
    service.set_status(ids[0], "closed", reason="lost_contact")
    assert service.count(AssistanceCaseQuery()) == 4  # not closed
    assert service.count(AssistanceCaseQuery(status=None)) == 5
    assert service.count(AssistanceCaseQuery(status="closed")) == 1
    assert service.count(AssistanceCaseQuery(status=None, trafficking_status="possible")) == 0
    first = service.cases(AssistanceCaseQuery(status=None), limit=2)
    rest = service.cases(AssistanceCaseQuery(status=None),
                         after=(first[-1].opened_at, first[-1].id))
    assert [r.id for r in first + rest] == list(reversed(ids))


def test_one_function_decides_who_may_work_on_cases(store):
    assert may_manage_assistance("specialist")
    assert may_manage_assistance("supervisor")
    assert not may_manage_assistance("consultant")
    assert not may_manage_assistance(None)
    consultant = UserService(store).add("Иван Консультант")
    with pytest.raises(AssistancePermissionError):
        AssistanceService(store, consultant.id).open_case(olga())


def test_open_from_a_crisis_case_and_from_a_contact(store, service, contacts):
    crisis = CrisisService(store, contacts.user_id, contacts)
    answers = {"in_danger": "no", "speak_freely": "yes", "country": "PL",
               "crisis_type": "labour_exploitation", "caller_relation": "self",
               "person_gender": "female", "documents_withheld": "yes",
               "free_to_leave": "no", "wages": "not_paid", "needs": ["documents"],
               "consent": ["social_worker"], "consent_by": "person",
               "exploitation_type": ["forced_labour"], "summary": "Паспорт у бригадира"}
    q = crisis.questionnaire()
    opened = crisis.open_case(
        ContactInput(started_at=datetime.now(UTC) - timedelta(minutes=5), region="brest"),
        CrisisSubmission(answers=answers, referrals=[], version=q.version))
    data = service.from_crisis_case(opened.case.id)
    assert data.crisis_case_id == opened.case.id
    assert data.contact_id == opened.contact.id
    assert data.client.gender == "female"
    assert data.client.region == "brest"
    assert data.trafficking.country == "PL"
    assert data.trafficking.exploitation_types == ["forced_labour"]
    assert data.trafficking.notes == "Паспорт у бригадира"
    data.client = ClientInput(name="Ольга Кравец", phone="+375 29 000-11-22")
    case = service.open_case(data)
    assert case.crisis_number == opened.case.number
    assert service.linked_cases(crisis_case_id=opened.case.id) == [(case.id, case.number)]
    assert service.timeline(case.id)[0].data["source"] == "crisis_case"

    record = contacts.save(ContactInput(
        started_at=datetime.now(UTC) - timedelta(minutes=1), gender="female",
        region="vitebsk", topics=["trafficking_risk"], destinations=["TR"],
        caller=CallerInput(phone="+375 25 000-12-34")))
    data = service.from_contact(record.id)
    assert (data.client.phone, data.client.region, data.trafficking.country) == (
        "+375 25 000-12-34", "vitebsk", "TR")
    data.client.name = "Ирина Новик"
    from_contact = service.open_case(data)
    assert from_contact.contact_started_at is not None
    with pytest.raises(LookupError):
        service.from_contact("no-such-contact")


def test_infoline_cases_lists_assistance_cases(tmp_path, capsys, monkeypatch):
    db = tmp_path / "c.sqlite3"
    store = open_store(db)
    user = UserService(store).add("Мария Соколова", role="specialist")
    case = AssistanceService(store, user.id).open_case(olga())
    store.close()
    assert [r.kind for r in all_cases(open_store(db))] == ["assistance"]
    give_accounts(db)
    monkeypatch.setenv("INFOLINE_USER", user.username)
    assert main(["cases", "--db", str(db)]) == 0
    out = capsys.readouterr().out
    assert case.number in out
    assert "Victim of trafficking" in out


def test_table3_counts_clients_per_service_in_the_period(store, service):
    a = service.open_case(olga())
    b = service.open_case(olga(name="Анна Жук"))
    for case in (a, b):
        service.add_service(case.id, ServiceInput("counselling", TODAY))
    service.add_service(a.id, ServiceInput("counselling", TODAY))  # a client counts once
    service.add_service(a.id, ServiceInput("shelter", TODAY - timedelta(days=400)))
    service.add_service(b.id, ServiceInput("medical", TODAY + timedelta(days=3),
                                           status="planned"))
    start = datetime.combine(TODAY - timedelta(days=30), datetime.min.time()).astimezone()
    end = datetime.combine(TODAY + timedelta(days=30), datetime.min.time()).astimezone()
    with store.engine.connect() as conn:
        counts = count_services(conn, start.astimezone(UTC), end.astimezone(UTC), None)
        other_org = count_services(conn, start, end, "bwc")
    assert counts["counselling"] == 2
    assert counts["shelter"] == 0
    assert counts["medical"] == 0
    assert set(counts) == set(DEMO_TABLE3)
    assert sum(other_org.values()) == 0


def test_the_demo_has_seventeen_women_with_table3_services(tmp_path):
    store = open_store(tmp_path / "demo.sqlite3")
    demo.generate(store, contacts=300, seed=113)
    with store.sessions() as s:
        cases = list(s.scalars(select(AssistanceCase)))
    assert len(cases) == 17
    assert {c.client_gender for c in cases} == {"female"}
    assert {c.status for c in cases} == {"open", "active", "monitoring", "closed"}
    with store.sessions() as s:
        specialist_id = s.scalar(select(User.id).where(User.username == "specialist"))
    service = AssistanceService(store, specialist_id)
    clients: Counter[str] = Counter()
    for c in cases:
        record = service.get(c.id)
        clients.update({s.service for s in record.services})
        assert record.consents
    assert dict(clients) == DEMO_TABLE3
    assert any(service.get(c.id).visits for c in cases)
    assert any(service.get(c.id).referrals for c in cases)
    with store.sessions() as s:
        for c in cases:  # a crisis case handed over shortly before, when there is one
            if c.crisis_case_id:
                crisis = s.get(CrisisCase, c.crisis_case_id)
                assert crisis is not None
                assert timedelta(0) < c.opened_at - crisis.opened_at <= timedelta(days=61)
    with store.sessions() as s:
        assert s.scalar(select(PdfPrint.id)) is None
    assert store.check() == []
    store.close()


def test_a_concurrent_edit_of_a_case_is_the_one_concurrent_edit_error(service, store):
    """A screen catches one error for a record changed by someone else, whatever the
    record: an assistance case and a directory entry refuse a stale edit with it."""
    from app.services.directory.service import DirectoryService, EntryInput
    from app.services.records import ConcurrentEditError

    case = service.open_case(olga())
    data = case.input()
    service.update(case.id, data, expected_version=case.version)  # nothing changed
    data.client.phone = "+375 29 000-99-88"
    service.update(case.id, data, expected_version=case.version)
    data.client.phone = "+375 29 000-77-66"
    with pytest.raises(ConcurrentEditError):
        service.update(case.id, data, expected_version=case.version)

    admin = UserService(store).add("Анна Админ", role="administrator")
    dirs = DirectoryService(store, admin.id)
    entry = dirs.add(EntryInput(country="PL", type="belarus_mission", name="Посольство",
                                city="Варшава", phones="+48 22 000 00 01"))
    dirs.update(entry.id, EntryInput(country="PL", type="belarus_mission", name="Посольство",
                                     city="Краков", phones="+48 22 000 00 01"),
                expected_version=entry.version)
    with pytest.raises(ConcurrentEditError):
        dirs.update(entry.id, EntryInput(country="PL", type="belarus_mission", name="Посольство",
                                         city="Гданьск", phones="+48 22 000 00 01"),
                    expected_version=entry.version)
