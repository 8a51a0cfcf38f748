"""Crisis questionnaire data, its rules, and crisis cases (no Qt)."""

from __future__ import annotations

import copy
import json
from datetime import UTC, datetime, time, timedelta
from pathlib import Path

import pytest
from accounthelp import give_accounts
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from app.cli import main
from app.db import open_store
from app.models import Contact, CrisisCase, CrisisCaseCode, CrisisReferral
from app.models import questionnaire as qn
from app.models.taxonomy import load as load_taxonomy
from app.services.casework.lifecycle import CaseStateError
from app.services.contacts.service import ContactInput, ContactQuery, UserService
from app.services.crisis.service import CrisisService
from app.services.crisis.types import CrisisCaseQuery, CrisisReferralInput, CrisisSubmission
from app.services.demo import data as demo
from app.services.validation import ValidationError

Q = qn.load("crisis")
RAW = json.loads((Path(qn.__file__).parents[1] / "resources" / "questionnaires"
                  / "crisis-v1.json").read_text(encoding="utf-8"))
NOW = datetime(2026, 3, 10, 9, 0, tzinfo=UTC)


def contact(**kw) -> ContactInput:
    return ContactInput(started_at=datetime.now(UTC) - timedelta(minutes=10),
                        gender="female", **kw)


LABOUR = {
    "in_danger": "no", "speak_freely": "yes", "country": "PL", "city": "Łódź",
    "crisis_type": "labour_exploitation", "caller_relation": "self",
    "person_gender": "male", "documents_withheld": "yes", "free_to_leave": "no",
    "wages": "not_paid", "needs": ["documents"], "consent": ["social_worker"],
    "consent_by": "person",
}
LOST = {
    "in_danger": "no", "speak_freely": "yes", "country": "DE", "crisis_type": "lost_documents",
    "caller_relation": "self", "documents_lost": ["passport"], "how_lost": "stolen",
}


@pytest.fixture
def crisis(store, contacts) -> CrisisService:
    return CrisisService(store, contacts.user_id, contacts)


def submission(crisis: CrisisService, answers: dict, referrals=None) -> CrisisSubmission:
    refs = crisis.propose(answers) if referrals is None else referrals
    return CrisisSubmission(answers=dict(answers), referrals=refs, version=Q.version)


# -- the questionnaire file ---------------------------------------------------------------


def test_the_shipped_questionnaire_is_complete_in_three_languages():
    assert qn.versions("crisis") == [1]
    assert Q.version == 1
    assert qn.labels_complete(Q) == []
    assert Q.pages[0].id == "danger"
    assert Q.pages[-1].role == "consent"
    tax = load_taxonomy()
    type_pages = {c.code for c in tax["crisis_type"]}
    # Every crisis type has a page of its own.
    shown = {code for code in type_pages
             if any(p.when == {"q": "crisis_type", "eq": code} for p in Q.pages)}
    assert shown == type_pages


def broken(mutate) -> dict:
    data = copy.deepcopy(RAW)
    mutate(data)
    return data


@pytest.mark.parametrize(("mutate", "message"), [
    (lambda d: d["pages"].insert(0, d["pages"].pop(2)), "first page must be the danger"),
    (lambda d: d["pages"][-1].__setitem__("when", {"q": "in_danger", "eq": "yes"}),
     "last page must be the consent"),
    (lambda d: d["pages"][1].__setitem__("when", {"q": "crisis_type", "eq": "other"}),
     "not asked before"),
    (lambda d: d["pages"][1].__setitem__("when", {"q": "nowhere", "eq": "x"}),
     "unknown question"),
    (lambda d: d["pages"][2]["questions"][0].__setitem__("codes", "no_such_list"),
     "not a code list"),
    (lambda d: d["pages"][3]["questions"][2]["implies"].__setitem__(
        "yes", {"methods_of_control": ["flying"]}), "implies codes"),
    (lambda d: d["referral_rules"][0]["propose"][0].__setitem__("due", "tomorrow"), "bad due"),
    (lambda d: d["referral_rules"][0]["propose"][0].__setitem__("target", "mars"),
     "unknown target"),
    (lambda d: d["pages"][0]["questions"][0].__setitem__("label", {"ru": "Нет английского"}),
     "at least 'en'"),
    (lambda d: d["pages"][0]["questions"][1].__setitem__("id", "in_danger"), "new lower-case id"),
    (lambda d: d["pages"][1].__setitem__("when", {"q": "in_danger", "like": "y"}),
     "malformed condition"),
    (lambda d: d.__setitem__("format", 2), "format 2"),
])
def test_a_broken_questionnaire_is_refused_with_the_place(mutate, message):
    with pytest.raises(qn.QuestionnaireError, match=message):
        qn.parse(broken(mutate))


# -- walking it ---------------------------------------------------------------------------


@st.composite
def walks(draw):
    """A consultant's walk: page after page, any answer (or none) to what is shown."""
    answers: dict = {}
    page = Q.next_page(None, answers)
    visited = []
    while page is not None:
        visited.append(page.id)
        for question in page.questions:
            if not Q.holds(question.when, answers):
                continue
            if not question.required and draw(st.booleans()):
                continue
            if question.type == "single":
                answers[question.id] = draw(st.sampled_from(question.option_codes()))
            elif question.is_list:
                codes = draw(st.lists(st.sampled_from(question.option_codes()), unique=True,
                                      min_size=1 if question.required else 0, max_size=4))
                if codes:
                    answers[question.id] = codes
            elif question.type == "country":
                answers[question.id] = draw(st.sampled_from(["PL", "RU", "TR", "XX", "AE"]))
            else:
                answers[question.id] = draw(st.text(min_size=1, max_size=30))
        page = Q.next_page(page.id, answers)
    return visited, answers


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(walks())
def test_any_path_reaches_the_end_and_stores_only_its_version_answers(walk):
    visited, answers = walk
    assert visited[0] == "danger"
    assert visited[-1] == Q.pages[-1].id  # every path ends on the consent page
    assert visited == qn.describe_path(Q, answers)
    kept = Q.completed(answers)
    assert Q.check(kept) == []
    assert set(kept) <= set(Q.questions)
    # Every stored answer is a question of the version it was asked in, on this path.
    for qid in kept:
        assert Q.page_of[qid] in visited
    # Under a later version without one of these questions, the answers are refused.
    gone = next(iter(kept))
    data = broken(lambda d: [p.__setitem__("questions", [x for x in p["questions"]
                                                         if x["id"] != gone])
                             for p in d["pages"] if p["id"] != "danger"])
    data["version"] = 2
    if gone in {x["id"] for x in data["pages"][0]["questions"]}:
        return
    try:
        v2 = qn.parse(data)
    except qn.QuestionnaireError:
        return  # the rules needed that question: v2 itself would be refused
    problems = {(e.question, e.problem) for e in v2.check(kept)}
    assert (gone, "unknown_question") in problems


def test_a_danger_answer_puts_the_guidance_page_right_after_the_first():
    assert qn.describe_path(Q, {"in_danger": "yes"})[:2] == ["danger", "emergency"]
    assert "emergency" not in qn.describe_path(Q, {"in_danger": "no"})
    assert Q.emergency_number("PL") == "112"
    assert Q.emergency_number("US") == "911"
    assert Q.emergency_number("XX") is None


def test_each_crisis_type_has_its_own_page():
    path = qn.describe_path(Q, {"crisis_type": "labour_exploitation"})
    assert "labour" in path
    assert "documents" not in path
    assert "documents" in qn.describe_path(Q, {"crisis_type": "lost_documents"})
    assert "missing" in qn.describe_path(Q, {"crisis_type": "missing_person"})


def test_answers_of_a_page_no_longer_shown_are_dropped():
    answers = {**LABOUR, "documents_lost": ["passport"]}  # from an earlier lost-documents try
    kept = Q.completed(answers)
    assert "documents_lost" not in kept
    assert {(e.question, e.problem) for e in Q.check(answers)} == {
        ("documents_lost", "not_shown")}


def test_indicators_point_to_possible_trafficking():
    assessment = Q.assess(LABOUR)
    assert assessment.possible_trafficking
    ids = {r.id for r in assessment.fired}
    assert {"control_pattern", "not_free_not_paid"} <= ids
    # Implied codes: documents withheld and not free to leave are methods of control.
    assert set(Q.completed(LABOUR)["methods_of_control"]) >= {
        "withholds_documents", "restricts_movement", "takes_earnings"}
    assert not Q.assess(LOST).possible_trafficking
    assert Q.assess({"exploitation_type": ["forced_begging"]}).possible_trafficking
    assert Q.assess({"in_danger": "yes"}).danger == "immediate"
    assert Q.assess({"in_danger": "no", "speak_freely": "no"}).danger == "at_risk"
    assert Q.assess({"in_danger": "no"}).danger == "not_in_danger"


def test_referral_rules_propose_who_acts_and_by_when():
    proposals = {p.target: p for p in Q.propose(LABOUR, NOW, time(20))}
    end_of_day = datetime(2026, 3, 10, 20, 0).astimezone()
    assert proposals["social_worker"].due_at == end_of_day
    assert proposals["infoline_manager"].due_at == end_of_day
    assert "possible_trafficking" in proposals["social_worker"].rules
    lost = {p.target: p for p in Q.propose(LOST, NOW, time(20))}
    assert lost["embassy"].due_at == NOW + timedelta(hours=1)
    assert lost[None].due_at == NOW + timedelta(days=2)  # follow-up in two days
    assert "social_worker" not in lost
    # After working hours "today" means the end of tomorrow's.
    late = datetime(2026, 3, 10, 21, 0).astimezone().astimezone(UTC)
    assert qn.due_time("end_of_day", late, time(20)) == datetime(2026, 3, 11, 20, 0).astimezone()


# -- opening a case ----------------------------------------------------------------------


def test_opening_a_case_saves_the_contact_with_it(crisis, contacts, store):
    draft = contacts.save_draft(None, "contact", {"input": {}})
    crisis_draft = crisis.save_draft(None, {"answers": LABOUR}, draft)
    sub = submission(crisis, LABOUR)
    opened = crisis.open_case(contact(topics=["employment_abroad"]), sub,
                              contact_draft_id=draft, crisis_draft_id=crisis_draft)
    case = opened.case
    year = datetime.now().astimezone().year
    assert case.number == f"K-{year}-0001"
    assert case.status == "open"
    assert case.crisis_type == "labour_exploitation"
    assert (case.country, case.city) == ("PL", "Łódź")
    assert case.trafficking_status == "possible"
    assert case.questionnaire_version == Q.version
    assert case.answers["documents_withheld"] == "yes"
    assert "control_pattern" in case.indicators
    assert case.consents["social_worker"] is True
    assert case.consents["embassy"] is False
    assert "withholds_documents" in case.codes["method_of_control"]
    assert case.codes["need"] == ("documents",)
    saved = contacts.get(opened.contact.id).input
    assert saved.crisis is True
    assert saved.topics == ["crisis_abroad", "employment_abroad"]
    assert "crisis_case_opened" in saved.outcomes
    assert "referred_internal" in saved.outcomes
    assert saved.destinations == ["PL"]
    assert saved.caller_role == "self"
    assert case.contacts[0][:2] == (opened.contact.id, "opening")
    assert contacts.drafts() == []  # both drafts went in the same transaction
    kinds = [e.kind for e in crisis.timeline(case.id)]
    assert kinds[:4] == ["opened", "contact", "answers", "consent"]
    assert kinds.count("referral") + kinds.count("follow_up") == len(sub.referrals)
    social = next(r for r in case.referrals if r.target == "social_worker")
    assert social.mode == "named"
    second = crisis.open_case(contact(), submission(crisis, LOST)).case
    assert second.number == f"K-{year}-0002"
    assert second.trafficking_status is None


def test_a_named_referral_without_consent_is_refused_and_nothing_saved(crisis, contacts, store):
    refs = [CrisisReferralInput(target="embassy", due_at=NOW, mode="named")]
    with pytest.raises(ValidationError) as info:
        crisis.open_case(contact(), submission(crisis, LOST, refs))
    assert [e.problem for e in info.value.errors] == ["no_consent"]
    assert contacts.count(ContactQuery()) == 0
    assert crisis.count(CrisisCaseQuery(status=None)) == 0
    # Anonymous advice to the same target is fine, and is what is recorded.
    refs = [CrisisReferralInput(target="embassy", due_at=NOW, mode="anonymous")]
    case = crisis.open_case(contact(), submission(crisis, LOST, refs)).case
    assert [(r.target, r.mode) for r in case.referrals] == [("embassy", "anonymous")]
    # Added later, the same rule holds; after consent is recorded it is allowed.
    with pytest.raises(ValidationError):
        crisis.add_referral(case.id, CrisisReferralInput(target="police", due_at=NOW, mode="named"))
    crisis.set_consent(case.id, "police", True, "person")
    row = crisis.add_referral(case.id, CrisisReferralInput(target="police", due_at=NOW,
                                                           mode="named"))
    assert row.mode == "named"


def test_a_consent_without_who_gave_it_is_no_consent(crisis, contacts):
    """A target ticked while «Согласие дал(а)» is left empty: every referral stays
    anonymous, a named one is refused, and the case records no consent."""
    ticked = {k: v for k, v in LABOUR.items() if k != "consent_by"}
    assert ticked["consent"] == ["social_worker"]
    proposed = {r.target: r.mode for r in crisis.propose(ticked)}
    assert proposed["social_worker"] == "anonymous"
    assert {r.mode for r in crisis.propose(LABOUR) if r.target == "social_worker"} == {"named"}
    named = [CrisisReferralInput(target="social_worker", due_at=NOW, mode="named")]
    with pytest.raises(ValidationError) as info:
        crisis.open_case(contact(), submission(crisis, ticked, named))
    assert [e.problem for e in info.value.errors] == ["no_consent"]
    assert contacts.count(ContactQuery()) == 0
    case = crisis.open_case(contact(), submission(crisis, ticked)).case
    assert case.consents["social_worker"] is False
    assert {r.mode for r in case.referrals if r.target == "social_worker"} == {"anonymous"}
    # Given later in the case, a consent names who gave it.
    with pytest.raises(ValidationError) as info:
        crisis.set_consent(case.id, "social_worker", True, None)
    assert [e.field for e in info.value.errors] == ["given_by"]
    assert crisis.get(case.id).consents["social_worker"] is False


def test_nothing_is_saved_when_the_contact_or_answers_are_wrong(crisis, contacts):
    with pytest.raises(ValidationError) as info:
        crisis.open_case(contact(notes="x" * 20_001), submission(crisis, LOST))
    assert info.value.errors[0].field == "notes"
    bad = {**LOST}
    del bad["crisis_type"]
    with pytest.raises(ValidationError):
        crisis.open_case(contact(), CrisisSubmission(bad, [], Q.version))
    with pytest.raises(ValidationError) as info:
        crisis.open_case(contact(), CrisisSubmission(LOST, [], 99))
    assert info.value.errors[0].problem == "unknown_version"
    assert contacts.count(ContactQuery()) == 0
    assert crisis.count(CrisisCaseQuery(status=None)) == 0


def test_a_failing_case_write_rolls_the_contact_back(crisis, contacts, monkeypatch):
    def boom(*_a, **_k):
        raise RuntimeError("disk full")

    monkeypatch.setattr(crisis, "_write_case", boom)
    with pytest.raises(RuntimeError):
        crisis.open_case(contact(), submission(crisis, LOST))
    assert contacts.count(ContactQuery()) == 0


def test_internal_referrals_go_to_the_specialist_and_the_manager(crisis, store):
    users = UserService(store)
    specialist = users.add("Ольга Васильева", role="specialist")
    manager = users.add("Елена Миронова", role="supervisor")
    proposals = {r.target: r for r in crisis.propose(LABOUR)}
    assert proposals["social_worker"].owner_id == specialist.id
    assert proposals["infoline_manager"].owner_id == manager.id
    assert proposals["embassy" if "embassy" in proposals else None].owner_id == crisis.user_id


# -- after opening -------------------------------------------------------------------------


def test_referral_lifecycle_with_history(crisis):
    case = crisis.open_case(contact(), submission(crisis, LOST)).case
    embassy = next(r for r in case.referrals if r.target == "embassy")
    assert embassy.status == "sent"
    assert crisis.set_referral_status(embassy.id, "accepted").status == "accepted"
    with pytest.raises(CaseStateError):
        crisis.set_referral_status(embassy.id, "sent")
    assert crisis.set_referral_status(embassy.id, "done").status == "done"
    with pytest.raises(CaseStateError):
        crisis.set_referral_status(embassy.id, "declined", "too late")
    follow = next(r for r in case.referrals if r.target is None)
    with pytest.raises(ValidationError):
        crisis.set_referral_status(follow.id, "declined")  # a reason is required
    row = crisis.set_referral_status(follow.id, "declined", "Абонент сменил номер")
    assert (row.status, row.status_reason) == ("declined", "Абонент сменил номер")
    history = [(e.data["from"], e.data["to"]) for e in crisis.timeline(case.id)
               if e.referral_id == embassy.id and e.kind == "referral_status"]
    assert history == [("sent", "accepted"), ("accepted", "done")]


def test_overdue_follow_ups(crisis, store):
    case = crisis.open_case(contact(), submission(crisis, LOST)).case
    assert crisis.overdue() == []
    later = datetime.now(UTC) + timedelta(days=3)
    overdue = crisis.overdue(now=later)
    assert {r.target for r in overdue} == {"embassy", None}
    assert crisis.count(CrisisCaseQuery(overdue_only=True), now=later) == 1
    [row] = crisis.cases(CrisisCaseQuery(), now=later)
    assert row.overdue == 2
    embassy = next(r for r in overdue if r.target == "embassy")
    crisis.set_referral_status(embassy.id, "done")
    assert [r.target for r in crisis.overdue(now=later)] == [None]
    crisis.close(case.id, "resolved")
    assert crisis.overdue(now=later) == []
    assert crisis.cases(CrisisCaseQuery(status=None), now=later)[0].overdue == 0


def test_closing_needs_a_reason_and_happens_once(crisis):
    case = crisis.open_case(contact(), submission(crisis, LOST)).case
    with pytest.raises(ValidationError):
        crisis.close(case.id, "")
    with pytest.raises(ValidationError):
        crisis.close(case.id, "other")  # "other" needs a word of explanation
    closed = crisis.close(case.id, "returned_home", "Вернулась поездом")
    assert (closed.status, closed.closure_reason) == ("closed", "returned_home")
    assert closed.closed_at is not None
    with pytest.raises(CaseStateError):
        crisis.close(case.id, "resolved")
    with pytest.raises(CaseStateError):
        crisis.add_referral(case.id, CrisisReferralInput(target=None, due_at=NOW))
    assert crisis.count(CrisisCaseQuery()) == 0
    assert crisis.count(CrisisCaseQuery(status="closed")) == 1
    reopened = crisis.reopen(case.id, "Снова звонила")
    assert reopened.status == "open"
    assert reopened.closure_reason is None
    kinds = [e.kind for e in crisis.timeline(case.id)]
    assert kinds[-2:] == ["closed", "reopened"]


def test_follow_up_contact_and_notes_join_the_timeline(crisis, contacts):
    case = crisis.open_case(contact(), submission(crisis, LOST)).case
    follow = crisis.add_follow_up_contact(
        case.id, ContactInput(started_at=datetime.now(UTC), notes="Получила справку"))
    assert follow.input.crisis is True
    assert "crisis_abroad" in follow.input.topics
    assert follow.input.destinations == ["DE"]
    crisis.add_note(case.id, "Посольство подтвердило")
    with pytest.raises(ValidationError):
        crisis.add_note(case.id, "   ")
    again = crisis.get(case.id)
    assert [c[1] for c in again.contacts] == ["opening", "follow_up"]
    events = crisis.timeline(case.id)
    assert events[-1].kind == "note"
    assert events[-1].text == "Посольство подтвердило"
    assert any(e.kind == "contact" and e.contact_id == follow.id for e in events)
    assert crisis.cases_of_contact(follow.id) == [case.id]
    assert again.version > case.version


def test_case_list_filters_and_pages(crisis):
    for answers in (LABOUR, LOST, LOST):
        crisis.open_case(contact(), submission(crisis, answers))
    assert crisis.count(CrisisCaseQuery(crisis_type="lost_documents")) == 2
    first = crisis.cases(limit=2)
    rest = crisis.cases(after=(first[-1].opened_at, first[-1].id), limit=2)
    assert len(first) == 2
    assert len(rest) == 1
    assert {r.number for r in first + rest} == {r.number for r in crisis.cases()}
    assert (crisis.count(CrisisCaseQuery(text="łód")) == 0
            or crisis.count(CrisisCaseQuery(text="Łódź")) == 1)
    assert crisis.count(CrisisCaseQuery(text="0002")) == 1
    assert crisis.by_number(first[0].number.lower()).id == first[0].id


def test_stored_rows_for_statistics(crisis, store):
    crisis.open_case(contact(), submission(crisis, LABOUR))
    with store.sessions() as s:
        codes = set(s.execute(select(CrisisCaseCode.list_name, CrisisCaseCode.code)))
        assert ("method_of_control", "debt_bondage") not in codes
        assert ("method_of_control", "withholds_documents") in codes
        assert s.scalar(select(func.count()).select_from(CrisisReferral)) >= 3
        assert s.scalar(select(Contact.crisis)) is True
        case = s.scalar(select(CrisisCase))
        assert case.site_id == store.site_id
        assert case.version >= 1
    assert store.check() == []


# -- demo and the command line -------------------------------------------------------------


def test_demo_has_cases_in_every_state_and_the_cli_lists_them(tmp_path, capsys):
    db = tmp_path / "demo.sqlite3"
    store = open_store(db)
    try:
        demo.generate(store, contacts=1200, seed=7, now=datetime.now(UTC))
        consultant = next(u for u in UserService(store).list() if u.username == "consultant")
        crisis = CrisisService(store, consultant.id)
        assert crisis.count(CrisisCaseQuery(status="open")) >= 3
        assert crisis.count(CrisisCaseQuery(status="closed")) >= 3
        assert crisis.count(CrisisCaseQuery(overdue_only=True)) >= 2
        assert crisis.overdue()
        for row in crisis.cases(CrisisCaseQuery(status=None)):
            case = crisis.get(row.id)
            assert Q.check(case.answers) == []
            assert case.contacts
        assert store.check() == []
    finally:
        store.close()
    give_accounts(db)  # the command line logs in as the demo's admin
    assert main(["cases", "--db", str(db)]) == 0
    out = capsys.readouterr().out
    assert "NUMBER" in out
    assert "K-" in out
    assert "crisis" in out
    assert main(["cases", "--db", str(db), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["version"] == 1
    crisis_rows = [c for c in data["cases"] if c["kind"] == "crisis"]
    statuses = {c["status"] for c in crisis_rows}
    assert statuses == {"open", "closed"}
    first = crisis_rows[0]
    assert set(first) >= {"kind", "number", "type", "status", "opened"}
    assert any(c["overdue"] for c in crisis_rows)
    # Assistance cases are listed with them.
    assert {c["kind"] for c in data["cases"]} == {"crisis", "assistance"}


def test_cli_cases_on_a_missing_database(tmp_path, capsys):
    assert main(["cases", "--db", str(tmp_path / "none.sqlite3")]) == 2
    err = capsys.readouterr().err
    assert err.startswith("infoline: ")
    assert "no such database" in err
