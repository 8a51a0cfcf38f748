"""Erasing a person's data everywhere, and the retention review (no Qt)."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from app.db import open_store
from app.models import AssistanceCase, AssistanceRelative, Caller, ContactChange, CrisisCase
from app.services.assistance.service import AssistanceService
from app.services.assistance.types import ClientInput, RelativeInput
from app.services.contacts.service import (
    CallerInput,
    ContactInput,
    ContactQuery,
    ContactService,
    UserService,
)
from app.services.crisis.service import CrisisService
from app.services.crisis.types import CrisisSubmission
from app.services.erasure.service import CALLER, CLIENT, ERASED, ErasureError, ErasureService
from app.services.permissions import PermissionDeniedError

SURNAME = "Уникальнова"
PHONE = "+375 29 765-43-21"
NOTE = f"Звонила Ольга {SURNAME}, сестра в Варшаве"
ANSWERS = {"in_danger": "no", "speak_freely": "yes", "country": "PL", "city": "Łódź-Zgierz",
           "crisis_type": "labour_exploitation", "caller_relation": "self",
           "person_gender": "female", "documents_withheld": "yes", "free_to_leave": "no",
           "wages": "not_paid", "needs": ["documents"], "consent": ["social_worker"],
           "consent_by": "person", "summary": f"Паспорт забрал бригадир, {SURNAME}"}


@pytest.fixture
def people(store):
    users = UserService(store)
    return {role: users.add(f"{role.title()} Test", role=role)
            for role in ("consultant", "specialist", "administrator")}


@pytest.fixture
def world(store, people):
    """A caller with two contacts (one edited), a crisis case, an assistance case and
    drafts; plus an unrelated contact and draft that must survive."""
    contacts = ContactService(store, people["consultant"].id)
    started = datetime.now(UTC) - timedelta(hours=2)
    first = contacts.save(ContactInput(
        started_at=started, gender="female", region="brest", topics=["employment_abroad"],
        destinations=["PL"], notes=NOTE, caller=CallerInput(nickname="Оля", phone=PHONE)))
    caller_id = first.input.caller_id
    edited = replace(first.input, notes=NOTE + " (уточнено)")
    contacts.save(edited, first.id, expected_version=first.version)
    crisis = CrisisService(store, people["consultant"].id, contacts)
    opened = crisis.open_case(
        ContactInput(started_at=started + timedelta(hours=1), gender="female",
                     notes=f"Повторно: {SURNAME}", caller=CallerInput(phone=PHONE)),
        CrisisSubmission(answers=dict(ANSWERS), referrals=[],
                         version=crisis.questionnaire().version))
    other = contacts.save(ContactInput(started_at=started, gender="male", notes="Про визу в Литву",
                                       topics=["passport_visa"]))
    contacts.save_draft(None, "contact", {"notes": "перезвонить Оле: 29 765 43 21"})
    contacts.save_draft(None, "contact", {"notes": "Про визу"})
    return {"caller_id": caller_id, "contact_id": first.id, "crisis": opened,
            "other": other.id, "contacts": contacts}


def words(contacts: ContactService, text: str) -> int:
    return contacts.count(ContactQuery(text=text))


def test_erasing_a_caller_removes_them_everywhere_and_keeps_the_statistics(store, people, world):
    contacts = world["contacts"]
    assert words(contacts, SURNAME) == 2
    eraser = ErasureService(store, people["administrator"].id)
    found = eraser.find("765-43")
    assert [(p.kind, p.id, p.contacts) for p in found] == [(CALLER, world["caller_id"], 2)]
    assert found[0].cases == (world["crisis"].case.number,)

    result = eraser.erase(CALLER, world["caller_id"])

    assert (result.contacts, result.crisis_cases, result.drafts) == (2, 1, 1)
    assert words(contacts, SURNAME) == 0
    assert words(contacts, "Литву") == 1  # an unrelated contact keeps its notes
    with store.sessions() as s:
        assert s.get(Caller, world["caller_id"]) is None
        record = contacts.get(world["contact_id"]).input
        assert (record.notes, record.caller_id) == ("", None)
        assert (record.gender, record.region, record.topics, record.destinations) == (
            "female", "brest", ["employment_abroad"], ["PL"])
        history = list(s.scalars(select(ContactChange.action)
                                 .where(ContactChange.contact_id == world["contact_id"])))
        assert history == ["erased"]
        case = s.get(CrisisCase, world["crisis"].case.id)
        assert (case.crisis_type, case.country, case.city) == ("labour_exploitation", "PL", "")
        assert "summary" not in case.answers
        assert case.answers["wages"] == "not_paid"
    remaining = [d.payload["notes"] for d in contacts.drafts("contact")]
    assert remaining == ["Про визу"]
    assert eraser.find("765-43") == []
    with pytest.raises(ErasureError):
        eraser.erase(CALLER, world["caller_id"])


def test_an_erased_caller_leaves_no_bytes_in_the_file(tmp_path: Path):
    path = tmp_path / "plain.sqlite3"
    store = open_store(path)  # unencrypted on purpose: the bytes themselves are checked
    try:
        users = UserService(store)
        admin = users.add("Admin", role="administrator")
        contacts = ContactService(store, users.add("Consultant").id)
        marker = "Зюзюкинская"
        saved = contacts.save(ContactInput(
            started_at=datetime.now(UTC), notes=f"{marker} звонила " * 20, topics=["other"],
            caller=CallerInput(nickname=marker, phone="+375 44 999-88-77")))
        for n in range(30):  # pages of other data around it
            contacts.save(ContactInput(started_at=datetime.now(UTC), topics=["other"],
                                       notes=f"контакт {n} " * 30))
        ErasureService(store, admin.id).erase(CALLER, saved.input.caller_id)
    finally:
        store.close()
    needle = marker.encode()
    for f in tmp_path.iterdir():
        assert needle not in f.read_bytes(), f.name


def test_erasing_a_client_clears_identity_relatives_and_texts(store, people, world):
    cases = AssistanceService(store, people["specialist"].id)
    data = cases.from_crisis_case(world["crisis"].case.id)
    data.client = ClientInput(name=f"Ольга {SURNAME}", phone="+375 29 000-11-22",
                              address="г. Брест, ул. Тестовая, 1", birth_date=date(1990, 1, 2))
    data.relatives = [RelativeInput(f"Нина {SURNAME}", "parent", "+375 33 000-44-55")]
    case = cases.open_case(data)
    cases.add_note(case.id, f"Встреча с {SURNAME} назначена")
    eraser = ErasureService(store, people["administrator"].id)
    assert [p.kind for p in eraser.find(SURNAME.lower())] == [CLIENT]

    result = eraser.erase(CLIENT, case.id)

    assert (result.assistance_cases, result.relatives) == (1, 1)
    with store.sessions() as s:
        row = s.get(AssistanceCase, case.id)
        assert (row.client_name, row.client_phone, row.client_address, row.client_birth_date) == (
            ERASED, "", "", None)
        assert row.trafficking_status == "actual" or row.trafficking_status is not None
        assert s.scalars(select(AssistanceRelative)
                         .where(AssistanceRelative.case_id == case.id)).all() == []
    timeline = " ".join(e.text for e in cases.timeline(case.id))
    assert SURNAME not in timeline
    assert eraser.find(SURNAME) == []
    # the case's contact and crisis case lost their free text too; the earlier contact
    # belongs to the caller profile, which is erased separately
    assert world["contacts"].get(world["crisis"].contact.id).input.notes == ""
    assert words(world["contacts"], SURNAME) == 1


def test_only_administrators_erase(store, people, world):
    for role in ("consultant", "specialist"):
        eraser = ErasureService(store, people[role].id)
        assert not eraser.may_erase()
        with pytest.raises(PermissionDeniedError):
            eraser.find(SURNAME)
        with pytest.raises(PermissionDeniedError):
            eraser.erase(CALLER, world["caller_id"])
    assert words(world["contacts"], SURNAME) == 2


def test_old_closed_cases_are_listed_for_review(store, people, world):
    crisis = CrisisService(store, people["consultant"].id, world["contacts"])
    crisis.close(world["crisis"].case.id, "resolved")
    eraser = ErasureService(store, people["administrator"].id)
    assert eraser.retention_years() == 5
    assert eraser.due_for_review() == []
    later = datetime.now(UTC) + timedelta(days=365 * 5 + 2)
    due = eraser.due_for_review(now=later)
    assert [(i.kind, i.number) for i in due] == [("crisis", world["crisis"].case.number)]
    eraser.set_retention_years(10)
    assert eraser.due_for_review(now=later) == []
    with pytest.raises(ErasureError):
        eraser.set_retention_years(0)
