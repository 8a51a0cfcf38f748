"""Recruitment methods and exploitation types in the statistics: once per person."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from app.services.assistance.service import AssistanceService
from app.services.assistance.types import ClientInput
from app.services.contacts.service import ContactInput, UserService
from app.services.crisis.service import CrisisService
from app.services.crisis.types import CrisisSubmission
from app.services.statistics import sums as stats
from app.services.statistics.cases import count_exploitation_types, count_recruitment_methods

LABOUR = {"in_danger": "no", "speak_freely": "yes", "country": "PL",
          "crisis_type": "labour_exploitation", "caller_relation": "self",
          "person_gender": "female", "documents_withheld": "yes", "free_to_leave": "no",
          "wages": "not_paid", "needs": ["documents"], "consent": ["social_worker"],
          "consent_by": "person", "exploitation_type": ["forced_labour"],
          "recruitment_method": ["online_advertisement"]}


@pytest.fixture
def crisis(store, contacts):
    return CrisisService(store, contacts.user_id, contacts)


def open_crisis(crisis: CrisisService, **answers):
    return crisis.open_case(
        ContactInput(started_at=datetime.now(UTC) - timedelta(minutes=5), gender="female"),
        CrisisSubmission(answers={**LABOUR, **answers}, referrals=[],
                         version=crisis.questionnaire().version))


def counts(store, fn):
    start = datetime.now(UTC) - timedelta(days=1)
    end = datetime.now(UTC) + timedelta(days=1)
    with store.engine.connect() as conn:
        return fn(conn, start, end, None)


def test_a_person_with_a_crisis_and_an_assistance_case_counts_once(store, crisis):
    first = open_crisis(crisis)
    open_crisis(crisis, recruitment_method=["friends"], exploitation_type=["forced_labour"])
    assert counts(store, count_recruitment_methods)["online_advertisement"] == 1
    assert counts(store, count_exploitation_types)["forced_labour"] == 2

    specialist = UserService(store).add("Specialist", role="specialist")
    cases = AssistanceService(store, specialist.id)
    data = cases.from_crisis_case(first.case.id)
    data.client = ClientInput(name="Ольга", phone="+375 29 000-11-22")
    data.trafficking.recruitment_methods = ["recruitment_agency"]  # the specialist's finding
    cases.open_case(data)

    methods = counts(store, count_recruitment_methods)
    assert methods["recruitment_agency"] == 1  # the assistance case's codes count …
    assert methods["online_advertisement"] == 0  # … not those of its crisis case
    assert methods["friends"] == 1
    assert counts(store, count_exploitation_types)["forced_labour"] == 2  # two people


def test_the_report_has_the_two_sections(store, crisis):
    open_crisis(crisis)
    today = datetime.now().date()
    result = stats.compute(store, stats.Period(today.replace(day=1), today), internal=False)
    found = result.sections
    assert found["recruitment_methods"]["online_advertisement"] == 1
    assert found["exploitation_types"]["forced_labour"] == 1
