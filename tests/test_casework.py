"""The case kernel (app/services/casework): what crisis and assistance cases share."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from app.models import AssistanceCase, CrisisCase
from app.models.assistance import CASE_TRANSITIONS, REFERRAL_TRANSITIONS
from app.services.assistance.access import ASSISTANCE_CASES
from app.services.casework.book import CaseBook, case_number
from app.services.casework.lifecycle import CaseStateError, Lifecycle
from app.services.casework.paging import NOT_CLOSED, base_conditions, page_key
from app.services.crisis.service import CRISIS_CASES


def test_numbers_are_prefix_year_and_serial():
    assert case_number("K", 2026, 7) == "K-2026-0007"
    assert case_number("A", 2027, 12345) == "A-2027-12345"


def test_each_kind_numbers_its_own_cases_per_site_and_year(store, specialist):
    now = datetime(2026, 3, 1, 12, tzinfo=UTC)
    with store.session() as s:
        crisis = CaseBook(CRISIS_CASES, store.site_id, specialist.id)
        assistance = CaseBook(ASSISTANCE_CASES, store.site_id, specialist.id)
        assert crisis.next_number(s, 2026) == (1, "K-2026-0001")
        s.add(AssistanceCase(site_id=store.site_id, number="A-2026-0004", year=2026, serial=4,
                             status="open", opened_at=now, client_name="Ольга Кравец",
                             closure_note=""))
        s.add(AssistanceCase(site_id="another-site", number="A-2026-0009", year=2026,
                             serial=9, status="open", opened_at=now, client_name="Анна Жук",
                             closure_note=""))
        s.flush()
        assert assistance.next_number(s, 2026) == (5, "A-2026-0005")  # this site's
        assert assistance.next_number(s, 2027) == (1, "A-2027-0001")  # a new year
        assert crisis.next_number(s, 2026) == (1, "K-2026-0001")  # another kind


def test_a_change_stamps_the_case_and_writes_its_timeline(store, specialist):
    book = CaseBook(ASSISTANCE_CASES, store.site_id, specialist.id)
    then = datetime(2026, 3, 1, 12, tzinfo=UTC)
    with store.session() as s:
        case = AssistanceCase(site_id=store.site_id, number="A-2026-0001", year=2026,
                              serial=1, status="open", opened_at=then,
                              client_name="Ольга Кравец", closure_note="")
        s.add(case)
        s.flush()
        case_id, version = case.id, case.version
        book.event(s, case_id, "note", then + timedelta(hours=1), text="Перезвонить")
        book.touch(case, then + timedelta(hours=1))
    with store.sessions() as s:
        case = book.live(s, case_id)
        assert case.version == version + 1
        assert case.updated_at == then + timedelta(hours=1)
        assert case.author_id == specialist.id
        [event] = book.timeline(s, case_id)
    assert (event.kind, event.text, event.user_name) == ("note", "Перезвонить",
                                                        specialist.full_name)
    assert event.referral_id is None
    with store.sessions() as s, pytest.raises(LookupError, match="no assistance case"):
        book.live(s, "missing")


def test_a_lifecycle_allows_only_its_moves():
    referrals = Lifecycle(REFERRAL_TRANSITIONS, "referral_status")
    assert referrals.allowed("sent") == ("accepted", "declined")
    assert referrals.final("done")
    assert referrals.final("declined")
    assert not referrals.final("accepted")
    assert referrals.allowed("no such state") == ()
    referrals.check_referral("accepted", "done")
    with pytest.raises(CaseStateError) as caught:
        referrals.check_referral("done", "accepted")
    assert caught.value.template == "a referral that is {before} cannot become {after}"
    assert caught.value.params == {"before": "done", "after": "accepted"}
    assert caught.value.states == "referral_status"
    cases = Lifecycle(CASE_TRANSITIONS, "case_status")
    with pytest.raises(CaseStateError, match="a case that is open cannot become monitoring"):
        cases.check_case("open", "monitoring")


def test_a_page_ends_at_its_last_row():
    class Row:
        opened_at = datetime(2026, 3, 1, tzinfo=UTC)
        id = "0190"

    assert page_key(None) is None
    assert page_key(Row()) == (Row.opened_at, "0190")
    assert len(base_conditions(CrisisCase, None)) == 1  # not deleted
    assert len(base_conditions(AssistanceCase, NOT_CLOSED)) == 2
