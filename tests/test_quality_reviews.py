"""Quality reviews: the rubric and its scoring, sampling, reviews and their versions,
feedback to consultants, dashboards, exports and the staff development register."""

from __future__ import annotations

import copy
import json
import random
from datetime import UTC, date, datetime, timedelta
from importlib import resources
from pathlib import Path

import pytest
from sqlalchemy import select

from app.db import Store
from app.models import Review
from app.models import rubric as rubrics
from app.services.contacts.service import ContactInput, ContactService, UserService
from app.services.permissions import PermissionDeniedError
from app.services.quality import (
    QualityService,
    ReviewInput,
    RoundSpec,
    StaffEventInput,
    allocate,
    allowed,
    check_permission,
    draw,
)
from app.services.quality import export as quality_export
from app.services.validation import ValidationError

RUBRIC = rubrics.load()
DAY = date(2026, 3, 1)


def full_scores(value: int = 2, **overrides: object) -> dict[str, object]:
    scores: dict[str, object] = {c.code: value for c in RUBRIC.criteria}
    scores.update(overrides)
    return scores


# -- the rubric ------------------------------------------------------------------------


def test_the_shipped_rubric_loads_with_every_language():
    assert rubrics.available() == ["counselling-v1"]
    assert RUBRIC.key == "counselling-v1"
    assert [s.code for s in RUBRIC.sections] == [
        "opening", "listening", "accuracy", "safety", "referral", "closing", "record"]
    assert [b.code for b in RUBRIC.bands] == ["needs_support", "developing", "good"]
    for c in RUBRIC.criteria:
        for lang in rubrics.LANGUAGES:
            assert c.text(lang)
            assert all(c.anchor(v, lang) for v in (0, 1, 2))
    assert RUBRIC.section("safety").title("ru") == "Безопасность и оценка рисков"
    assert RUBRIC.criterion("safety.immediate_danger").critical


def _raw() -> dict:
    text = resources.files("app.resources").joinpath(
        "rubrics/counselling-v1.json").read_text(encoding="utf-8")
    return json.loads(text)


@pytest.mark.parametrize(("change", "message"), [
    (lambda d: d["sections"][0]["title"].pop("be"), "no text in be"),
    (lambda d: d["sections"][1].update(code="opening"), "used twice"),
    (lambda d: d["sections"][0]["criteria"][1].update(code="greeting"), "defined twice"),
    (lambda d: d["sections"][0]["criteria"][0]["anchors"].pop("1"), "anchors for 0, 1 and 2"),
    (lambda d: d["bands"][2].update(min=40), "must rise"),
    (lambda d: d["bands"][0].update(min=10), "start at 0"),
    (lambda d: d.update(version=2), "must be named counselling-v2.json"),
    (lambda d: d["bands"][1].update(colour="red"), "is not #rrggbb"),
])
def test_a_broken_rubric_says_what_is_wrong(change, message):
    data = copy.deepcopy(_raw())
    change(data)
    with pytest.raises(rubrics.RubricError, match=message):
        rubrics.parse(data, "counselling-v1")


def test_section_score_is_a_share_of_the_applicable_maximum():
    scores = full_scores(
        **{"opening.greeting": 2, "opening.confidentiality": "na", "opening.reason": 1})
    result = rubrics.score(RUBRIC, scores)
    assert result.sections["opening"] == 75.0  # 3 of 4: the N/A criterion is left out
    assert result.sections["listening"] == 100.0
    assert result.complete


def test_a_section_wholly_not_applicable_has_no_score_and_does_not_count():
    referral = {c.code: "na" for c in RUBRIC.section("referral").criteria}
    result = rubrics.score(RUBRIC, full_scores(1, **referral))
    assert result.sections["referral"] is None
    assert result.overall == 50.0
    assert result.maximum == 2 * (len(RUBRIC.criteria) - len(referral))


def test_overall_score_and_band():
    result = rubrics.score(RUBRIC, full_scores(2))
    assert (result.overall, result.band) == (100.0, "good")
    assert rubrics.score(RUBRIC, full_scores(0)).band == "needs_support"
    assert RUBRIC.band_for(49.9).code == "needs_support"
    assert RUBRIC.band_for(50.0).code == "developing"
    assert RUBRIC.band_for(79.9).code == "developing"
    assert RUBRIC.band_for(80.0).code == "good"
    assert RUBRIC.band_for(None) is None


def test_partial_scores_show_what_is_missing():
    result = rubrics.score(RUBRIC, {"opening.greeting": 2, "safety.risk_indicators": 0})
    assert not result.complete
    assert len(result.missing) == len(RUBRIC.criteria) - 2
    assert result.overall == 50.0
    assert result.critical == ("safety.risk_indicators",)


def test_invalid_scores_are_refused():
    with pytest.raises(ValueError, match="not 0, 1, 2"):
        rubrics.score(RUBRIC, {"opening.greeting": 3})
    with pytest.raises(ValueError, match="not 0, 1, 2"):
        rubrics.score(RUBRIC, {"opening.greeting": True})
    with pytest.raises(ValueError, match="not a criterion"):
        rubrics.score(RUBRIC, {"opening.nothing": 1})
    # "Finds out what the caller needs" always applies.
    with pytest.raises(ValueError, match="cannot be marked not applicable"):
        rubrics.score(RUBRIC, {"opening.reason": "na"})


# -- permissions -------------------------------------------------------------------------


def test_one_function_decides_who_may_do_what():
    assert allowed("supervisor", "quality.review")
    assert allowed("administrator", "quality.review")
    assert not allowed("consultant", "quality.review")
    assert not allowed("specialist", "quality.review")
    assert allowed("consultant", "quality.own")
    assert not allowed(None, "quality.own")
    assert not allowed("supervisor", "no.such.action")
    with pytest.raises(PermissionDeniedError):
        check_permission("consultant", "quality.review")


# -- a team with contacts ------------------------------------------------------------------


class Team:
    def __init__(self, store: Store):
        users = UserService(store)
        self.store = store
        self.supervisor = users.add("Елена Миронова", role="supervisor")
        self.anna = users.add("Анна Ковальчук")
        self.maria = users.add("Мария Новик")
        self.olga = users.add("Ольга Жук")
        self.q = QualityService(store, self.supervisor.id)

    def contacts(self, user, n: int, *, start: datetime | None = None, **fields) -> list[str]:
        service = ContactService(self.store, user.id)
        start = start or datetime(2026, 3, 2, 9, tzinfo=UTC)
        ids = []
        for i in range(n):
            data = {"topics": ["employment_abroad"], **fields}
            record = service.save(ContactInput(started_at=start + timedelta(hours=i), **data))
            ids.append(record.id)
        return ids

    def spec(self, *consultants, **kw) -> RoundSpec:
        values = {"name": "Март", "period_start": DAY, "period_end": date(2026, 3, 31),
                  "consultant_ids": tuple(c.id for c in consultants), "per_consultant": 3,
                  **kw}
        return RoundSpec(**values)

    def as_user(self, user) -> QualityService:
        return QualityService(self.store, user.id)


@pytest.fixture
def team(store: Store) -> Team:
    return Team(store)


# -- sampling ----------------------------------------------------------------------------


def test_sampling_is_reproducible_for_a_seed(team: Team):
    team.contacts(team.anna, 30)
    team.contacts(team.maria, 30)
    spec = team.spec(team.anna, team.maria, seed=4242)
    first = team.q.draw_sample(spec)
    again = team.q.draw_sample(spec)
    assert first.seed == 4242
    assert first.items == again.items
    others = {team.q.draw_sample(team.spec(team.anna, team.maria, seed=s)).items
              for s in range(1, 6)}
    assert len(others) > 1


def test_the_plan_of_a_round_is_what_its_seed_draws(team: Team):
    team.contacts(team.anna, 12)
    team.contacts(team.maria, 12)
    spec = team.spec(team.anna, team.maria)
    rnd = team.q.start_round(spec)
    items = {(i.contact_id, i.consultant_id) for i in team.q.round_items(rnd.id)}
    # Drawing again with the stored seed over the same candidates gives the same plan.
    with team.store.sessions() as s:
        from app.models import Contact

        pools = {}
        for c in (team.anna, team.maria):
            pools[c.id] = [(cid, ()) for cid in s.scalars(
                select(Contact.id).where(Contact.consultant_id == c.id).order_by(Contact.id))]
    expected = {(i.contact_id, i.consultant_id) for i in draw(pools, 3, rnd.seed, False)}
    assert items == expected
    assert rnd.planned == 6
    assert rnd.available == {team.anna.id: 12, team.maria.id: 12}


def test_sampling_is_fair_across_consultants(team: Team):
    team.contacts(team.anna, 60)
    team.contacts(team.maria, 5)
    team.contacts(team.olga, 2)
    plan = team.q.draw_sample(team.spec(team.anna, team.maria, team.olga, per_consultant=4))
    assert plan.count(team.anna.id) == 4  # the busiest consultant is not over-sampled
    assert plan.count(team.maria.id) == 4
    assert plan.count(team.olga.id) == 2  # all she has
    assert plan.available == {team.anna.id: 60, team.maria.id: 5, team.olga.id: 2}
    # Adding a consultant does not change the others' samples.
    two = team.q.draw_sample(team.spec(team.anna, team.maria, per_consultant=4,
                                       seed=plan.seed))
    assert {i for i in plan.items if i.consultant_id != team.olga.id} == set(two.items)


def test_every_contact_has_the_same_chance(team: Team):
    ids = team.contacts(team.anna, 6)
    seen = dict.fromkeys(ids, 0)
    for seed in range(300):
        for item in draw({team.anna.id: [(c, ()) for c in ids]}, 2, seed, False):
            seen[item.contact_id] += 1
    assert min(seen.values()) > 60  # 100 expected for each


def test_sampling_never_takes_the_reviewers_own_contacts(team: Team):
    team.contacts(team.anna, 5)
    team.contacts(team.supervisor, 20)
    with pytest.raises(ValidationError) as err:
        team.q.draw_sample(team.spec(team.anna, team.supervisor))
    assert err.value.errors[0].problem == "own_contacts"
    plan = team.q.draw_sample(team.spec(team.anna, per_consultant=10))
    assert {i.consultant_id for i in plan.items} == {team.anna.id}
    # Another supervisor may review them.
    other = UserService(team.store).add("Игорь Левченко", role="administrator")
    plan = team.as_user(other).draw_sample(team.spec(team.supervisor, per_consultant=3))
    assert plan.count(team.supervisor.id) == 3


def test_non_data_contacts_only_when_asked(team: Team):
    team.contacts(team.anna, 2)
    silent = set(team.contacts(team.anna, 6, kind="silent", topics=[]))
    plan = team.q.draw_sample(team.spec(team.anna, per_consultant=8))
    assert len(plan.items) == 2
    assert not {i.contact_id for i in plan.items} & silent
    plan = team.q.draw_sample(team.spec(team.anna, per_consultant=8, include_non_data=True))
    assert len(plan.items) == 8


def test_only_contacts_of_the_period_and_not_yet_reviewed(team: Team):
    inside = team.contacts(team.anna, 3)
    team.contacts(team.anna, 3, start=datetime(2026, 4, 5, 9, tzinfo=UTC))
    team.contacts(team.anna, 3, start=datetime(2026, 2, 20, 9, tzinfo=UTC))
    plan = team.q.draw_sample(team.spec(team.anna, per_consultant=10))
    assert {i.contact_id for i in plan.items} == set(inside)
    team.q.save_review(ReviewInput(full_scores(), feedback="Хорошо"), contact_id=inside[0],
                       complete=True)
    rnd = team.q.start_round(team.spec(team.anna, per_consultant=10))
    assert {i.contact_id for i in team.q.round_items(rnd.id)} == set(inside[1:])
    # A second round over the same month does not draw the first one's contacts again.
    team.contacts(team.anna, 2, start=datetime(2026, 3, 20, 9, tzinfo=UTC))
    second = team.q.start_round(team.spec(team.anna, name="Март, ещё", per_consultant=10))
    assert not {i.contact_id for i in team.q.round_items(second.id)} & set(inside)
    assert second.planned == 2


def test_stratified_by_channel_covers_every_channel(team: Team):
    team.contacts(team.anna, 20, channel="phone")
    team.contacts(team.anna, 3, channel="email")
    team.contacts(team.anna, 1, channel="chat")
    for seed in range(20):
        plan = team.q.draw_sample(team.spec(team.anna, stratify="channel", seed=seed))
        assert sorted(i.stratum for i in plan.items) == ["chat", "email", "phone"]
    plan = team.q.draw_sample(team.spec(team.anna, stratify="channel", per_consultant=8))
    strata = [i.stratum for i in plan.items]
    assert strata.count("phone") > strata.count("email") >= 1
    assert len(plan.items) == len({i.contact_id for i in plan.items}) == 8


def test_stratified_by_topic_draws_each_contact_once(team: Team):
    team.contacts(team.anna, 6, topics=["employment_abroad", "passport_visa"])
    team.contacts(team.anna, 2, topics=["marriage_abroad"])
    plan = team.q.draw_sample(team.spec(team.anna, stratify="topic", per_consultant=5))
    assert len({i.contact_id for i in plan.items}) == 5
    assert "marriage_abroad" in {i.stratum for i in plan.items}


def test_allocation_covers_strata_first_then_follows_size():
    rng = random.Random(1)
    assert allocate({"phone": 60, "email": 30, "chat": 10}, 10, rng) == {
        "chat": 1, "email": 3, "phone": 6}
    assert sum(allocate({"a": 5, "b": 5, "c": 5}, 2, rng).values()) == 2
    assert allocate({"a": 1, "b": 10}, 20, rng) == {"a": 1, "b": 10}
    assert allocate({"a": 0, "b": 3}, 2, rng) == {"b": 2}
    assert allocate({}, 3, rng) == {}


def test_a_round_needs_a_name_a_period_and_contacts(team: Team):
    with pytest.raises(ValidationError) as err:
        team.q.start_round(team.spec(name=" ", period_end=date(2026, 2, 1),
                                     per_consultant=0))
    assert {e.field for e in err.value.errors} == {
        "name", "period_end", "consultant_ids", "per_consultant"}
    with pytest.raises(ValidationError) as err:
        team.q.start_round(team.spec(team.anna))
    assert err.value.errors[0].problem == "empty"


# -- reviews -----------------------------------------------------------------------------


@pytest.fixture
def reviewed(team: Team):
    """A round of Anna's and Maria's contacts, not reviewed yet."""
    team.contacts(team.anna, 4)
    team.contacts(team.maria, 4)
    rnd = team.q.start_round(team.spec(team.anna, team.maria, per_consultant=2))
    return team, rnd, team.q.round_items(rnd.id)


def test_completing_needs_feedback_and_every_criterion(reviewed):
    team, rnd, items = reviewed
    item = items[0]
    with pytest.raises(ValidationError) as err:
        team.q.save_review(ReviewInput(full_scores(), feedback="  "), contact_id=item.contact_id,
                           round_id=rnd.id, complete=True)
    assert [(e.field, e.problem) for e in err.value.errors] == [("feedback", "required")]
    partial = {"opening.greeting": 2}
    with pytest.raises(ValidationError) as err:
        team.q.save_review(ReviewInput(partial, feedback="Ок"), contact_id=item.contact_id,
                           round_id=rnd.id, complete=True)
    assert err.value.errors[0].problem == "incomplete"
    assert len(err.value.errors[0].params["missing"]) == len(RUBRIC.criteria) - 1
    # Nothing was stored by the refused attempts; a draft may be partial.
    assert team.q.current_review(item.contact_id) is None
    draft = team.q.save_review(ReviewInput(partial), contact_id=item.contact_id,
                               round_id=rnd.id)
    assert draft.status == "draft"
    assert draft.overall == 100.0
    done = team.q.save_review(ReviewInput(full_scores(1), feedback="Хорошая работа"),
                              contact_id=item.contact_id, review_id=draft.id,
                              expected_version=draft.version, complete=True)
    assert (done.id, done.status, done.overall, done.band) == (
        draft.id, "complete", 50.0, "developing")
    assert done.section_scores["opening"] == 50.0
    assert done.reviewer_name == "Елена Миронова"
    assert done.consultant_id == item.consultant_id
    progress = team.q.get_round(rnd.id)
    assert (progress.planned, progress.complete, progress.drafts) == (4, 1, 0)


def test_criteria_that_always_apply_cannot_be_left_out(reviewed):
    team, _rnd, items = reviewed
    scores = {c.code: "na" for c in RUBRIC.criteria if c.na_allowed}
    with pytest.raises(ValidationError) as err:
        team.q.save_review(ReviewInput(scores, feedback="x"), contact_id=items[0].contact_id,
                           complete=True)
    assert err.value.errors[0].problem == "incomplete"
    always = {c.code for c in RUBRIC.criteria if not c.na_allowed}
    assert set(err.value.errors[0].params["missing"]) == always


def test_a_completed_review_is_corrected_as_a_new_version(reviewed):
    team, rnd, items = reviewed
    first = team.q.save_review(ReviewInput(full_scores(2), feedback="Отлично"),
                               contact_id=items[0].contact_id, round_id=rnd.id, complete=True)
    with pytest.raises(ValidationError) as err:
        team.q.save_review(ReviewInput(full_scores(1), feedback="x"),
                           contact_id=items[0].contact_id, review_id=first.id, complete=True)
    assert err.value.errors[0].problem == "completed"
    with pytest.raises(ValidationError) as err:
        team.q.correct_review(first.id, ReviewInput(full_scores(1), feedback="Исправлено"), " ")
    assert err.value.errors[0].field == "reason"
    with pytest.raises(ValidationError) as err:
        team.q.correct_review(first.id, ReviewInput(full_scores(2), feedback="Отлично"), "нет")
    assert err.value.errors[0].problem == "unchanged"

    second = team.q.correct_review(
        first.id, ReviewInput(full_scores(2, **{"record.fields_complete": 0}),
                              feedback="Отлично, но регион не указан"),
        "Не заметила пустое поле региона")
    assert second.id != first.id
    assert (second.chain_id, second.revision, second.supersedes_id) == (first.id, 2, first.id)
    assert second.correction_reason == "Не заметила пустое поле региона"
    assert second.section_scores["record"] < 100
    old = team.q.get_review(first.id)
    assert old.superseded_at is not None
    assert old.input == first.input  # the old version's content is untouched
    assert old.overall == first.overall == 100.0
    assert [v.revision for v in team.q.versions(first.id)] == [1, 2]
    assert team.q.current_review(items[0].contact_id).id == second.id
    with pytest.raises(Exception, match=first.id):  # a superseded version is not corrected
        team.q.correct_review(first.id, ReviewInput(full_scores(0), feedback="x"), "y")
    with team.store.sessions() as s:
        assert s.scalar(select(Review.revision).where(Review.id == first.id)) == 1


def test_nobody_reviews_their_own_contact(team: Team):
    own = team.contacts(team.supervisor, 1)[0]
    with pytest.raises(ValidationError) as err:
        team.q.save_review(ReviewInput(full_scores(), feedback="x"), contact_id=own,
                           complete=True)
    assert err.value.errors[0].problem == "own_contact"


def test_a_contact_is_reviewed_once(reviewed):
    team, _rnd, items = reviewed
    team.q.save_review(ReviewInput({"opening.greeting": 1}), contact_id=items[0].contact_id)
    with pytest.raises(ValidationError) as err:
        team.q.save_review(ReviewInput({"opening.greeting": 2}), contact_id=items[0].contact_id)
    assert err.value.errors[0].problem == "already_reviewed"


def test_consultants_see_only_their_own_completed_reviews(reviewed):
    team, rnd, items = reviewed
    annas = [i for i in items if i.consultant_id == team.anna.id]
    marias = [i for i in items if i.consultant_id == team.maria.id]
    done = team.q.save_review(ReviewInput(full_scores(), feedback="Анне: молодец"),
                              contact_id=annas[0].contact_id, round_id=rnd.id, complete=True)
    team.q.save_review(ReviewInput({"opening.greeting": 0}), contact_id=annas[1].contact_id,
                       round_id=rnd.id)  # a draft: not shown to anybody but supervisors
    team.q.save_review(ReviewInput(full_scores(1), feedback="Марии"),
                       contact_id=marias[0].contact_id, round_id=rnd.id, complete=True)
    anna, maria = team.as_user(team.anna), team.as_user(team.maria)
    assert [r.id for r in anna.my_reviews()] == [done.id]
    assert anna.my_reviews()[0].input.feedback == "Анне: молодец"
    assert [r.input.feedback for r in maria.my_reviews()] == ["Марии"]
    with pytest.raises(PermissionDeniedError):
        maria.get_review(done.id)
    with pytest.raises(PermissionDeniedError):
        maria.mark_read(done.id)
    for forbidden in (anna.rounds, anna.unread_feedback,
                      lambda: anna.dashboard(DAY, DAY, "ru"),
                      lambda: anna.draw_sample(team.spec(team.maria))):
        with pytest.raises(PermissionDeniedError):
            forbidden()


def test_marking_read_clears_the_supervisors_unread_list(reviewed):
    team, rnd, items = reviewed
    annas = [i for i in items if i.consultant_id == team.anna.id]
    for item in annas:
        team.q.save_review(ReviewInput(full_scores(), feedback="Хорошо"),
                           contact_id=item.contact_id, round_id=rnd.id, complete=True)
    unread = team.q.unread_feedback()
    assert [(u.consultant_name, u.unread) for u in unread] == [("Анна Ковальчук", 2)]
    anna = team.as_user(team.anna)
    assert anna.my_unread_count() == 2
    for r in anna.my_reviews():
        marked = anna.mark_read(r.id)
        assert marked.read_at is not None
    assert anna.my_unread_count() == 0
    assert team.q.unread_feedback() == []
    # A correction is new feedback: unread again.
    first = anna.my_reviews()[0]
    team.q.correct_review(first.id, ReviewInput(full_scores(1), feedback="Пересмотрено"),
                          "Пересчитала")
    assert [(u.consultant_name, u.unread) for u in team.q.unread_feedback()] == [
        ("Анна Ковальчук", 1)]


def test_review_drafts_are_kept_per_user_like_contact_drafts(reviewed):
    team, rnd, items = reviewed
    payload = {"input": ReviewInput({"opening.greeting": 1}, feedback="черновик").to_json(),
               "round_id": rnd.id, "contact_id": items[0].contact_id}
    draft_id = team.q.save_review_draft(None, payload, items[0].contact_id)
    found = team.q.review_draft_for(items[0].contact_id)
    assert found is not None
    assert found.payload["input"]["feedback"] == "черновик"
    marked = {i.contact_id for i in team.q.round_items(rnd.id) if i.local_draft}
    assert marked == {items[0].contact_id}
    other = UserService(team.store).add("Вторая Супервизор", role="supervisor")
    assert team.as_user(other).review_draft_for(items[0].contact_id) is None
    assert ContactService(team.store, team.supervisor.id).drafts("contact") == []
    team.q.save_review(ReviewInput.from_json(payload["input"]),
                       contact_id=items[0].contact_id, draft_id=draft_id)
    assert team.q.review_draft_for(items[0].contact_id) is None


def test_deleting_a_round(reviewed):
    team, rnd, items = reviewed
    team.q.save_review(ReviewInput({"opening.greeting": 1}), contact_id=items[0].contact_id,
                       round_id=rnd.id)
    team.q.delete_round(rnd.id)
    assert team.q.rounds() == []
    assert team.q.current_review(items[0].contact_id) is None
    team.contacts(team.anna, 2, start=datetime(2026, 3, 25, 9, tzinfo=UTC))
    again = team.q.start_round(team.spec(team.anna, per_consultant=10))
    team.q.save_review(ReviewInput(full_scores(), feedback="x"),
                       contact_id=team.q.round_items(again.id)[0].contact_id,
                       round_id=again.id, complete=True)
    with pytest.raises(ValidationError):
        team.q.delete_round(again.id)


# -- dashboards and exports ----------------------------------------------------------------


@pytest.fixture
def scored(team: Team):
    """Reviews over two months: Anna improves; everyone forgets the referral contacts."""
    march = team.contacts(team.anna, 2) + team.contacts(team.maria, 2)
    april = team.contacts(team.anna, 2, start=datetime(2026, 4, 6, 9, tzinfo=UTC))
    for cid in march[:2]:
        team.q.save_review(ReviewInput(full_scores(1, **{"referral.contacts_given": 0}),
                                       feedback="Март"), contact_id=cid, complete=True)
    for cid in march[2:]:
        team.q.save_review(ReviewInput(full_scores(2, **{"referral.contacts_given": 0}),
                                       feedback="Март"), contact_id=cid, complete=True)
    for cid in april:
        team.q.save_review(ReviewInput(full_scores(2, **{"referral.contacts_given": 1}),
                                       feedback="Апрель"), contact_id=cid, complete=True)
    team.q.save_staff_event(StaffEventInput(date(2026, 3, 12), "meeting", "Контроль качества",
                                            [team.anna.id, team.maria.id]))
    team.q.save_staff_event(StaffEventInput(date(2026, 4, 2), "examination", "Письменный зачёт",
                                            [team.anna.id]))
    return team


def test_dashboard_trends_weakest_criteria_and_bands(scored: Team):
    d = scored.q.dashboard(DAY, date(2026, 4, 30), "ru")
    assert d.months == ("2026-03", "2026-04")
    assert d.reviewed == 6
    by_name = {s.label: s for s in d.consultants}
    anna = by_name["Анна Ковальчук"]
    assert anna.values[0] == pytest.approx(47.5)  # 19 of 40 points
    assert anna.values[1] == pytest.approx(97.5)
    assert anna.counts == (2, 2)
    assert by_name["Мария Новик"].values == (95.0, None)
    weakest = d.weakest[0]
    assert weakest.code == "referral.contacts_given"
    assert weakest.label.startswith("Даёт полные контакты")
    assert weakest.section_label == "Перенаправление"
    assert (weakest.applicable, weakest.zeros) == (6, 4)
    assert {b.code: b.count for b in d.bands} == {"needs_support": 2, "developing": 0,
                                                  "good": 4}
    sections = {s.key: s for s in d.sections}
    assert sections["referral"].values[1] is not None
    assert d.staff_counts == {"meeting": 1, "examination": 1, "training": 0}
    assert d.reviews[0].round_name == ""


def test_export_xlsx_and_pdf(scored: Team, tmp_path: Path):
    from openpyxl import load_workbook
    from pypdf import PdfReader

    d = scored.q.dashboard(DAY, date(2026, 4, 30), "ru")
    texts = quality_export.ExportTexts(title="Качество консультирования",
                                       consultant="Консультант")
    xlsx = quality_export.write(d, tmp_path / "q.xlsx", texts, site="=Минск")
    wb = load_workbook(xlsx)
    summary = wb.worksheets[0]
    values = [c.value for row in summary.iter_rows() for c in row if c.value is not None]
    assert "Качество консультирования" in values
    assert "'=Минск" in values  # never a live formula
    consultants = wb.worksheets[1]
    rows = [[c.value for c in row] for row in consultants.iter_rows(min_row=4)]
    assert ["Анна Ковальчук", 72.5, 4, 47.5, 97.5] in rows
    pdf = quality_export.write(d, tmp_path / "q.pdf", texts)
    text = "".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "Качество консультирования" in text
    assert "Анна Ковальчук" in text
    with pytest.raises(quality_export.ExportError):
        quality_export.write(d, tmp_path / "q.docx", texts)
    assert not list(tmp_path.glob("*.part"))  # written atomically, nothing left over


def test_staff_development_register(scored: Team):
    q = scored.q
    events = q.staff_events()
    assert [e.type for e in events] == ["examination", "meeting"]
    assert events[1].participant_names == ("Анна Ковальчук", "Мария Новик")
    changed = q.save_staff_event(
        StaffEventInput(date(2026, 3, 12), "training", "Кризисные звонки", [scored.anna.id],
                        other_participants="психолог; представитель посольства"),
        events[1].id, expected_version=events[1].version)
    assert changed.version == 2
    assert changed.participant_count == 3
    assert q.staff_event_counts(DAY, date(2026, 3, 31)) == {
        "meeting": 0, "examination": 0, "training": 1}
    q.delete_staff_event(events[0].id)
    assert q.staff_event_counts(DAY, date(2026, 12, 31))["examination"] == 0
    with pytest.raises(ValidationError) as err:
        q.save_staff_event(StaffEventInput(date(2026, 3, 1), "party", "", []))
    assert {e.field for e in err.value.errors} == {"type", "topic", "participant_ids"}
    with pytest.raises(PermissionDeniedError):
        scored.as_user(scored.anna).staff_events()
