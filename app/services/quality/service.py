"""Quality control of counselling: review rounds, reviews, feedback, dashboards, and the
register of staff meetings, examinations and trainings.

A supervisor starts a *round*: a period, the consultants, how many contacts of each
to review, optionally stratified by channel or topic. The sample is drawn at random
but reproducibly: the round stores its seed, and drawing again with that seed over
the same records gives the same contacts. Every consultant gets the same number of
contacts however many they took (fair across consultants); a supervisor never draws
a contact they took themselves, and non-data contacts only when asked.

Each sampled contact is scored against the rubric (app/models/rubric.py). A review is
saved as a draft or completed; completing needs every criterion scored (or marked not
applicable) and the overall feedback. A completed review is never changed: a
correction is a new version with a reason. Consultants read their own reviews, and
only theirs, and mark them read; supervisors see who has unread feedback.

Who may do what is decided by the permission matrix (app/services/permissions.py),
asked through :func:`check_permission`.
"""

from __future__ import annotations

import logging
import random
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import and_, delete, exists, or_, select
from sqlalchemy.orm import Session, aliased

from app.db import Store
from app.models import Contact, ContactTopic, Draft, User, new_uuid, utcnow
from app.models import rubric as rubrics
from app.models.quality import (
    COMMENT_MAX,
    COMPLETE,
    DRAFT,
    FEEDBACK_MAX,
    REASON_MAX,
    STAFF_EVENT_TYPES,
    STRATIFY_BY,
    TOPIC_MAX,
    Review,
    ReviewRound,
    StaffEvent,
)
from app.models.rubric import Rubric, Score
from app.services import permissions
from app.services.audit.log import record as audit_record
from app.services.contacts.service import (
    CONSULTATION,
    ConcurrentEditError,
    ContactService,
    DraftRow,
    UserRow,
)
from app.services.permissions import PermissionDeniedError, role_of
from app.services.records import live
from app.services.validation import FieldError, ValidationError

log = logging.getLogger("app.quality")

REVIEW_FORM = "review"
"""The ``form`` of review drafts in the draft table."""

NAME_MAX = 200
PER_CONSULTANT_MAX = 50
NOTES_MAX = 10_000

# -- who may do what ---------------------------------------------------------------------

REVIEW = "quality.review"
"""Start rounds, review contacts, see every review, the dashboards and the staff register."""
OWN = "quality.own"
"""Read one's own completed reviews and mark them read."""

def allowed(role: str | None, action: str) -> bool:
    """The permission matrix's answer (app/services/permissions.py); an unknown action
    is refused."""
    return action in permissions.MATRIX and permissions.allowed(role, action)


def check_permission(role: str | None, action: str) -> None:
    """Raise :class:`PermissionDeniedError` unless the matrix lets ``role`` do ``action``."""
    permissions.require(role, action)


# -- plain results -----------------------------------------------------------------------


@dataclass(frozen=True)
class RoundSpec:
    """What a supervisor asks for when starting a round. Dates are local, both included."""

    name: str
    period_start: date
    period_end: date
    consultant_ids: tuple[str, ...]
    per_consultant: int = 3
    stratify: str | None = None  # None, "channel" or "topic"
    include_non_data: bool = False
    seed: int | None = None  # None: a new random seed


@dataclass(frozen=True)
class PlanItem:
    contact_id: str
    consultant_id: str
    stratum: str | None = None


@dataclass(frozen=True)
class SamplePlan:
    seed: int
    items: tuple[PlanItem, ...]
    available: dict[str, int]  # contacts each consultant had to draw from

    def count(self, consultant_id: str) -> int:
        return sum(1 for i in self.items if i.consultant_id == consultant_id)


@dataclass(frozen=True)
class RoundRow:
    id: str
    name: str
    period_start: date
    period_end: date
    consultant_ids: tuple[str, ...]
    per_consultant: int
    stratify: str | None
    include_non_data: bool
    seed: int
    reviewer_id: str | None
    reviewer_name: str
    rubric: str
    planned: int
    complete: int
    drafts: int
    available: dict[str, int]
    created_at: datetime


@dataclass(frozen=True)
class RoundItem:
    """One sampled contact of a round and where its review stands."""

    round_id: str
    contact_id: str
    consultant_id: str
    consultant_name: str
    stratum: str | None
    contact_started_at: datetime | None  # None: the contact was deleted since
    channel: str | None
    kind: str | None
    review_id: str | None
    status: str  # "todo", "draft" or "complete"
    overall: float | None
    band: str | None
    read_at: datetime | None
    local_draft: bool  # unsaved work on this workstation


@dataclass
class ReviewInput:
    scores: dict[str, Score] = field(default_factory=dict)
    comments: dict[str, str] = field(default_factory=dict)
    feedback: str = ""

    def to_json(self) -> dict[str, Any]:
        return {"scores": dict(self.scores), "comments": dict(self.comments),
                "feedback": self.feedback}

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> ReviewInput:
        return cls(dict(data.get("scores") or {}), dict(data.get("comments") or {}),
                   str(data.get("feedback") or ""))


@dataclass(frozen=True)
class ReviewRow:
    id: str
    chain_id: str
    revision: int
    version: int
    round_id: str | None
    round_name: str
    contact_id: str | None
    contact_started_at: datetime | None
    consultant_id: str | None
    consultant_name: str
    reviewer_id: str | None
    reviewer_name: str
    status: str
    rubric: str
    input: ReviewInput
    section_scores: dict[str, float | None]
    overall: float | None
    band: str | None
    critical: tuple[str, ...]
    created_at: datetime
    updated_at: datetime
    completed_at: datetime | None
    read_at: datetime | None
    supersedes_id: str | None
    superseded_at: datetime | None
    correction_reason: str

    @property
    def current(self) -> bool:
        return self.superseded_at is None

    @property
    def complete(self) -> bool:
        return self.status == COMPLETE


@dataclass(frozen=True)
class UnreadRow:
    consultant_id: str
    consultant_name: str
    unread: int
    oldest: datetime


@dataclass(frozen=True)
class Series:
    """One line of a trend: a mean per month (None: nothing that month)."""

    key: str
    label: str
    values: tuple[float | None, ...]
    counts: tuple[int, ...]
    mean: float | None
    n: int


@dataclass(frozen=True)
class CriterionStat:
    code: str
    section: str
    label: str
    section_label: str
    percent: float  # points as a share of the applicable maximum
    applicable: int  # reviews where it applied
    zeros: int  # reviews where it scored 0


@dataclass(frozen=True)
class PlanProgress:
    round_id: str
    round_name: str
    period_start: date
    period_end: date
    consultant_id: str | None  # None: the whole round
    consultant_name: str
    planned: int
    complete: int
    drafts: int


@dataclass(frozen=True)
class BandCount:
    code: str
    label: str
    colour: str
    count: int


@dataclass(frozen=True)
class ReviewLine:
    """A completed review as the dashboard's list and the export show it."""

    completed_at: datetime
    contact_started_at: datetime | None
    consultant_name: str
    reviewer_name: str
    round_name: str
    overall: float | None
    band: str | None
    band_label: str
    section_scores: dict[str, float | None]
    revision: int
    read: bool


@dataclass(frozen=True)
class Dashboard:
    start: date
    end: date
    lang: str
    months: tuple[str, ...]  # "YYYY-MM"
    consultants: tuple[Series, ...]
    sections: tuple[Series, ...]
    weakest: tuple[CriterionStat, ...]  # weakest first
    progress: tuple[PlanProgress, ...]
    bands: tuple[BandCount, ...]
    reviews: tuple[ReviewLine, ...]
    team_mean: float | None
    band_minimums: tuple[tuple[float, str], ...]  # (minimum, colour) of the current rubric
    staff_counts: dict[str, int]
    reviewed: int


@dataclass
class StaffEventInput:
    held_on: date
    type: str
    topic: str
    participant_ids: list[str] = field(default_factory=list)
    other_participants: str = ""
    notes: str = ""


@dataclass(frozen=True)
class StaffEventRow:
    id: str
    version: int
    held_on: date
    type: str
    topic: str
    participant_ids: tuple[str, ...]
    participant_names: tuple[str, ...]
    other_participants: str
    notes: str

    @property
    def participant_count(self) -> int:
        others = [p for p in self.other_participants.replace(";", ",").split(",") if p.strip()]
        return len(self.participant_ids) + len(others)


# -- dates -------------------------------------------------------------------------------


def period_bounds(start: date, end: date) -> tuple[datetime, datetime]:
    """UTC bounds ``[from, to)`` of the local calendar days ``start`` to ``end``."""
    first = datetime.combine(start, time()).astimezone()
    after = datetime.combine(end + timedelta(days=1), time()).astimezone()
    return first.astimezone(UTC), after.astimezone(UTC)


def months_between(start: date, end: date) -> tuple[str, ...]:
    months = []
    y, m = start.year, start.month
    while (y, m) <= (end.year, end.month):
        months.append(f"{y:04d}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return tuple(months)


def month_of(moment: datetime) -> str:
    local = moment.astimezone()
    return f"{local.year:04d}-{local.month:02d}"


def new_seed() -> int:
    """A fresh seed for a round (stored with it, so its sample can be drawn again)."""
    return random.SystemRandom().randrange(1, 2**31 - 1)


# -- sampling ----------------------------------------------------------------------------


def allocate(sizes: Mapping[str, int], n: int, rng: random.Random) -> dict[str, int]:
    """How many contacts to draw from each stratum.

    Coverage first: one contact from as many strata as ``n`` allows (when ``n`` is
    smaller than the number of strata, they are chosen at random, weighted by size).
    Otherwise each stratum gets its share of ``n`` in proportion to its size (largest
    remainder), at least one and never more than it holds.
    """
    strata = sorted(k for k, v in sizes.items() if v > 0)
    quota = dict.fromkeys(strata, 0)
    n = min(n, sum(sizes[k] for k in strata))
    if n <= 0:
        return quota
    if n < len(strata):
        remaining = list(strata)
        for _ in range(n):
            chosen = rng.choices(remaining, weights=[sizes[k] for k in remaining])[0]
            quota[chosen] = 1
            remaining.remove(chosen)
        return quota
    total = sum(sizes[k] for k in strata)
    shares = {k: n * sizes[k] / total for k in strata}
    for k in strata:
        quota[k] = max(1, min(sizes[k], int(shares[k])))
    while sum(quota.values()) > n:  # the minimum of one took more than the share
        k = max((k for k in strata if quota[k] > 1), key=lambda k: (quota[k] - shares[k], k))
        quota[k] -= 1
    while sum(quota.values()) < n:  # largest remainder first
        k = max((k for k in strata if quota[k] < sizes[k]),
                key=lambda k: (shares[k] - quota[k], k))
        quota[k] += 1
    return quota


def draw(
    pools: Mapping[str, list[tuple[str, tuple[str, ...]]]], n: int, seed: int,
    stratified: bool,
) -> list[PlanItem]:
    """The sample: up to ``n`` contacts of each consultant.

    ``pools`` maps each consultant to their candidate contacts as (contact id, strata)
    pairs. Each consultant's draw uses its own random stream derived from the seed, so
    adding or removing a consultant does not change the others' samples. A contact
    belonging to several strata (topics) counts in each; it is drawn at most once.
    """
    items: list[PlanItem] = []
    for consultant_id in sorted(pools):
        pool = sorted(pools[consultant_id])
        rng = random.Random(f"{seed}/{consultant_id}")
        if not stratified:
            for contact_id, _strata in rng.sample(pool, min(n, len(pool))):
                items.append(PlanItem(contact_id, consultant_id, None))
            continue
        members: dict[str, list[str]] = defaultdict(list)
        for contact_id, strata in pool:
            for s in strata:
                members[s].append(contact_id)
        quota = allocate({s: len(m) for s, m in members.items()}, n, rng)
        picked: dict[str, str] = {}
        for stratum in sorted(quota):
            fresh = [c for c in members[stratum] if c not in picked]
            for contact_id in rng.sample(fresh, min(quota[stratum], len(fresh))):
                picked[contact_id] = stratum
        want = min(n, len(pool))
        if len(picked) < want:  # overlapping strata left a gap: fill it from the rest
            rest = [(c, s) for c, s in pool if c not in picked]
            for contact_id, strata in rng.sample(rest, want - len(picked)):
                picked[contact_id] = strata[0] if strata else ""
        items.extend(PlanItem(c, consultant_id, s or None) for c, s in picked.items())
    return items


# -- the service -------------------------------------------------------------------------


def _clean(text: str) -> str:
    return text.replace("\r\n", "\n").strip()


class QualityService:
    """Quality control for one user on one site. Every method checks the user's role."""

    def __init__(self, store: Store, user_id: str | None, rubric: Rubric | None = None,
                 clock: Callable[[], datetime] = utcnow):
        self.store = store
        self.now = clock
        self.user_id = user_id
        self.rubric = rubric or rubrics.load()
        self.contacts = ContactService(store, user_id)
        self.site_id = store.site_id
        with store.sessions() as s:
            self.role: str | None = role_of(s, user_id)

    # -- permissions --

    def can(self, action: str) -> bool:
        return allowed(self.role, action)

    def _require(self, action: str) -> None:
        check_permission(self.role, action)

    # -- people --

    def staff(self) -> list[UserRow]:
        """Active staff a round can review (everyone but the current user)."""
        self._require(REVIEW)
        with self.store.sessions() as s:
            return [
                UserRow(u.id, u.username, u.full_name, u.role)
                for u in s.scalars(
                    select(User).where(User.active.is_(True), User.deleted_at.is_(None),
                                       User.id != (self.user_id or ""))
                    .order_by(User.full_name))
            ]

    @staticmethod
    def _names(s: Session, ids: Iterable[str | None]) -> dict[str, str]:
        wanted = {i for i in ids if i}
        if not wanted:
            return {}
        return dict(s.execute(select(User.id, User.full_name).where(User.id.in_(wanted))).all())

    # -- sampling and rounds --

    def _check_spec(self, spec: RoundSpec) -> list[FieldError]:
        errors = []
        name = " ".join(spec.name.split())
        if not name:
            errors.append(FieldError("name", "required", "is required"))
        elif len(name) > NAME_MAX:
            errors.append(FieldError("name", "too_long", f"is longer than {NAME_MAX} characters",
                                     {"limit": NAME_MAX}))
        if spec.period_end < spec.period_start:
            errors.append(FieldError("period_end", "before_start", "is before the start"))
        if not spec.consultant_ids:
            errors.append(FieldError("consultant_ids", "required", "choose at least one"))
        elif self.user_id in spec.consultant_ids:
            errors.append(FieldError("consultant_ids", "own_contacts",
                                     "a supervisor never reviews their own contacts"))
        if not 1 <= spec.per_consultant <= PER_CONSULTANT_MAX:
            errors.append(FieldError("per_consultant", "out_of_range",
                                     f"must be 1 to {PER_CONSULTANT_MAX}",
                                     {"limit": PER_CONSULTANT_MAX}))
        if spec.stratify is not None and spec.stratify not in STRATIFY_BY:
            errors.append(FieldError("stratify", "unknown_code",
                                     f"{spec.stratify!r} is not channel or topic"))
        return errors

    def _pools(self, s: Session, spec: RoundSpec) -> dict[str, list[tuple[str, tuple[str, ...]]]]:
        start, end = period_bounds(spec.period_start, spec.period_end)
        already_reviewed = exists().where(
            Review.contact_id == Contact.id, Review.deleted_at.is_(None))
        cond: list[Any] = [
            Contact.consultant_id.in_(spec.consultant_ids),
            Contact.consultant_id != (self.user_id or ""),
            Contact.started_at >= start, Contact.started_at < end,
            Contact.deleted_at.is_(None), ~already_reviewed,
        ]
        if not spec.include_non_data:
            cond.append(Contact.kind == CONSULTATION)
        planned = self._planned_elsewhere(s, spec)
        rows = s.execute(
            select(Contact.id, Contact.consultant_id, Contact.channel, Contact.kind)
            .where(*cond).order_by(Contact.id)).all()
        topics: dict[str, list[str]] = defaultdict(list)
        if spec.stratify == "topic":
            for contact_id, topic in s.execute(
                    select(ContactTopic.contact_id, ContactTopic.topic)
                    .join(Contact, Contact.id == ContactTopic.contact_id).where(*cond)
                    .order_by(ContactTopic.contact_id, ContactTopic.topic)):
                topics[contact_id].append(topic)
        pools: dict[str, list[tuple[str, tuple[str, ...]]]] = {c: [] for c in spec.consultant_ids}
        for contact_id, consultant_id, channel, kind in rows:
            if contact_id in planned:
                continue
            if spec.stratify == "channel":
                strata: tuple[str, ...] = (channel,)
            elif spec.stratify == "topic":
                strata = tuple(topics.get(contact_id) or [kind])
            else:
                strata = ()
            pools[str(consultant_id)].append((contact_id, strata))
        return pools

    @staticmethod
    def _planned_elsewhere(s: Session, spec: RoundSpec) -> set[str]:
        """Contacts already in the plan of another round of an overlapping period."""
        plans = s.scalars(
            select(ReviewRound.plan).where(
                ReviewRound.deleted_at.is_(None),
                ReviewRound.period_start <= spec.period_end,
                ReviewRound.period_end >= spec.period_start))
        return {str(item["contact_id"]) for plan in plans for item in plan}

    def draw_sample(self, spec: RoundSpec) -> SamplePlan:
        """The sample a round with ``spec`` would review (nothing is stored)."""
        self._require(REVIEW)
        errors = self._check_spec(spec)
        if errors:
            raise ValidationError(errors)
        seed = spec.seed if spec.seed is not None else new_seed()
        with self.store.sessions() as s:
            pools = self._pools(s, spec)
        items = draw(pools, spec.per_consultant, seed, spec.stratify is not None)
        return SamplePlan(seed, tuple(items), {c: len(p) for c, p in pools.items()})

    def start_round(self, spec: RoundSpec) -> RoundRow:
        """Draw the sample and store the round with its seed and plan."""
        plan = self.draw_sample(spec)
        if not plan.items:
            raise ValidationError([FieldError(
                "plan", "empty", "the consultants have no contacts to review in the period")])
        now = self.now()
        with self.store.session() as s:
            row = ReviewRound(
                id=new_uuid(), site_id=self.site_id, author_id=self.user_id,
                created_at=now, updated_at=now,
                name=" ".join(spec.name.split()), period_start=spec.period_start,
                period_end=spec.period_end, consultant_ids=list(spec.consultant_ids),
                per_consultant=spec.per_consultant, stratify=spec.stratify,
                include_non_data=spec.include_non_data, seed=plan.seed,
                reviewer_id=self.user_id, rubric=self.rubric.key,
                plan=[{"contact_id": i.contact_id, "consultant_id": i.consultant_id,
                       "stratum": i.stratum} for i in plan.items],
                available=dict(plan.available),
            )
            s.add(row)
            s.flush()
            result = self._round_rows(s, [row])[0]
        log.info("review round %s started: %d contacts", result.id, result.planned)
        return result

    def _round_rows(self, s: Session, rows: list[ReviewRound]) -> list[RoundRow]:
        ids = [r.id for r in rows]
        status: dict[str, dict[str, str]] = defaultdict(dict)
        if ids:
            for round_id, contact_id, state in s.execute(
                    select(Review.round_id, Review.contact_id, Review.status).where(
                        Review.round_id.in_(ids), Review.deleted_at.is_(None),
                        Review.superseded_at.is_(None))):
                status[str(round_id)][str(contact_id)] = state
        names = self._names(s, [r.reviewer_id for r in rows])
        result = []
        for r in rows:
            planned = {str(i["contact_id"]) for i in r.plan}
            states = status.get(r.id, {})
            result.append(RoundRow(
                id=r.id, name=r.name, period_start=r.period_start, period_end=r.period_end,
                consultant_ids=tuple(r.consultant_ids), per_consultant=r.per_consultant,
                stratify=r.stratify, include_non_data=r.include_non_data, seed=r.seed,
                reviewer_id=r.reviewer_id, reviewer_name=names.get(r.reviewer_id or "", ""),
                rubric=r.rubric, planned=len(planned),
                complete=sum(1 for c in planned if states.get(c) == COMPLETE),
                drafts=sum(1 for c in planned if states.get(c) == DRAFT),
                available=dict(r.available), created_at=r.created_at,
            ))
        return result

    def rounds(self) -> list[RoundRow]:
        """Every round, the newest period first."""
        self._require(REVIEW)
        with self.store.sessions() as s:
            rows = list(s.scalars(
                select(ReviewRound).where(ReviewRound.deleted_at.is_(None))
                .order_by(ReviewRound.period_start.desc(), ReviewRound.created_at.desc())))
            return self._round_rows(s, rows)

    def get_round(self, round_id: str) -> RoundRow:
        self._require(REVIEW)
        with self.store.sessions() as s:
            row = live(s, ReviewRound, round_id, "review round")
            return self._round_rows(s, [row])[0]

    def round_items(self, round_id: str) -> list[RoundItem]:
        """The sampled contacts of a round, by consultant then contact time."""
        self._require(REVIEW)
        drafts = {d.record_id for d in self.review_drafts()}
        with self.store.sessions() as s:
            rnd = live(s, ReviewRound, round_id, "review round")
            contact_ids = [str(i["contact_id"]) for i in rnd.plan]
            contacts = {
                r[0]: r for r in s.execute(
                    select(Contact.id, Contact.started_at, Contact.channel, Contact.kind)
                    .where(Contact.id.in_(contact_ids), Contact.deleted_at.is_(None)))
            }
            reviews = {
                r.contact_id: r for r in s.scalars(
                    select(Review).where(Review.round_id == round_id,
                                         Review.deleted_at.is_(None),
                                         Review.superseded_at.is_(None)))
            }
            names = self._names(s, [str(i["consultant_id"]) for i in rnd.plan])
            items = []
            for i in rnd.plan:
                cid = str(i["contact_id"])
                contact = contacts.get(cid)
                review = reviews.get(cid)
                consultant = str(i["consultant_id"])
                items.append(RoundItem(
                    round_id=round_id, contact_id=cid, consultant_id=consultant,
                    consultant_name=names.get(consultant, ""), stratum=i.get("stratum"),
                    contact_started_at=contact[1] if contact else None,
                    channel=contact[2] if contact else None,
                    kind=contact[3] if contact else None,
                    review_id=review.id if review else None,
                    status=review.status if review else "todo",
                    overall=review.overall if review else None,
                    band=review.band if review else None,
                    read_at=review.read_at if review else None,
                    local_draft=cid in drafts or (review is not None and review.id in drafts),
                ))
        epoch = datetime.min.replace(tzinfo=UTC)
        items.sort(key=lambda it: (it.consultant_name.casefold(),
                                   it.contact_started_at or epoch))
        return items

    def delete_round(self, round_id: str) -> None:
        """Remove a round that has no completed review yet (its drafts go with it)."""
        self._require(REVIEW)
        now = self.now()
        with self.store.session() as s:
            rnd = live(s, ReviewRound, round_id, "review round")
            reviews = list(s.scalars(select(Review).where(
                Review.round_id == round_id, Review.deleted_at.is_(None))))
            if any(r.status == COMPLETE for r in reviews):
                raise ValidationError([FieldError(
                    "round", "has_reviews", "the round has completed reviews")])
            records: list[Review | ReviewRound] = [*reviews, rnd]
            for record in records:
                record.retire(now, self.user_id)
        log.info("review round %s deleted", round_id)

    # -- reviews --

    def _row(self, s: Session, r: Review, round_name: str | None = None) -> ReviewRow:
        names = self._names(s, [r.consultant_id, r.reviewer_id])
        if round_name is None:
            rnd = s.get(ReviewRound, r.round_id) if r.round_id else None
            round_name = rnd.name if rnd is not None else ""
        try:
            result = rubrics.score(rubrics.load(r.rubric), r.scores)
            critical = result.critical
        except (rubrics.RubricError, ValueError):
            critical = ()
        return ReviewRow(
            id=r.id, chain_id=r.chain_id, revision=r.revision, version=r.version,
            round_id=r.round_id, round_name=round_name, contact_id=r.contact_id,
            contact_started_at=r.contact_started_at, consultant_id=r.consultant_id,
            consultant_name=names.get(r.consultant_id or "", ""),
            reviewer_id=r.reviewer_id, reviewer_name=names.get(r.reviewer_id or "", ""),
            status=r.status, rubric=r.rubric,
            input=ReviewInput(dict(r.scores), dict(r.comments), r.feedback),
            section_scores=dict(r.section_scores), overall=r.overall, band=r.band,
            critical=critical, created_at=r.created_at, updated_at=r.updated_at,
            completed_at=r.completed_at, read_at=r.read_at, supersedes_id=r.supersedes_id,
            superseded_at=r.superseded_at, correction_reason=r.correction_reason,
        )

    def _may_read(self, r: Review) -> bool:
        if self.can(REVIEW):
            return True
        return (self.can(OWN) and r.consultant_id == self.user_id and r.status == COMPLETE
                and r.deleted_at is None)

    def get_review(self, review_id: str) -> ReviewRow:
        """A review (any version). Consultants may read only their own completed ones."""
        with self.store.sessions() as s:
            r = live(s, Review, review_id, "review")
            if not self._may_read(r):
                raise PermissionDeniedError(self.role, OWN, "not your review")
            return self._row(s, r)

    def current_review(self, contact_id: str) -> ReviewRow | None:
        """The current version of the review of a contact, if there is one."""
        self._require(REVIEW)
        with self.store.sessions() as s:
            r = s.scalar(select(Review).where(
                Review.contact_id == contact_id, Review.deleted_at.is_(None),
                Review.superseded_at.is_(None)).order_by(Review.created_at.desc()).limit(1))
            return self._row(s, r) if r is not None else None

    def versions(self, review_id: str) -> list[ReviewRow]:
        """Every version of a review's chain, the first first."""
        with self.store.sessions() as s:
            r = live(s, Review, review_id, "review")
            if not self._may_read(r):
                raise PermissionDeniedError(self.role, OWN, "not your review")
            rows = s.scalars(select(Review).where(
                Review.chain_id == r.chain_id, Review.deleted_at.is_(None))
                .order_by(Review.revision))
            return [self._row(s, x) for x in rows if self._may_read(x)]

    def _check_input(self, data: ReviewInput, rubric: Rubric, complete: bool) -> tuple[
        list[FieldError], rubrics.Result | None
    ]:
        errors: list[FieldError] = []
        problems = rubrics.check_scores(rubric, data.scores)
        if problems:
            return [FieldError("scores", "invalid", "; ".join(problems))], None
        for code, text in data.comments.items():
            if code not in {c.code for c in rubric.criteria}:
                errors.append(FieldError("comments", "invalid", f"{code!r} is not a criterion"))
            elif len(text) > COMMENT_MAX:
                errors.append(FieldError(f"comments.{code}", "too_long",
                                         f"is longer than {COMMENT_MAX} characters",
                                         {"limit": COMMENT_MAX}))
        if len(data.feedback) > FEEDBACK_MAX:
            errors.append(FieldError("feedback", "too_long",
                                     f"is longer than {FEEDBACK_MAX} characters",
                                     {"limit": FEEDBACK_MAX}))
        result = rubrics.score(rubric, data.scores)
        if complete:
            if result.missing:
                errors.append(FieldError("scores", "incomplete",
                                         f"{len(result.missing)} criteria not scored",
                                         {"missing": list(result.missing)}))
            elif result.overall is None:
                errors.append(FieldError("scores", "all_na",
                                         "at least one criterion must apply"))
            if not _clean(data.feedback):
                errors.append(FieldError("feedback", "required", "is required"))
        return errors, result

    @staticmethod
    def _apply(r: Review, data: ReviewInput, result: rubrics.Result) -> None:
        r.scores = dict(data.scores)
        r.comments = {k: _clean(v) for k, v in data.comments.items() if _clean(v)}
        r.feedback = _clean(data.feedback)
        r.section_scores = dict(result.sections)
        r.overall = result.overall
        r.band = result.band

    def save_review(
        self, data: ReviewInput, *, contact_id: str, round_id: str | None = None,
        review_id: str | None = None, complete: bool = False, draft_id: str | None = None,
        expected_version: int | None = None,
    ) -> ReviewRow:
        """Save a review as a draft, or complete it (``complete=True``).

        Raises ValidationError when it cannot be saved: completing needs every criterion
        scored or not applicable, and the overall feedback. A completed review is
        corrected with :meth:`correct_review`, never saved over. The local draft the
        form was writing to is removed in the same transaction.
        """
        self._require(REVIEW)
        now = self.now()
        with self.store.session() as s:
            contact = s.scalar(select(Contact).where(Contact.id == contact_id))
            if contact is None or contact.deleted_at is not None:
                raise LookupError(f"no contact {contact_id}")
            if contact.consultant_id and contact.consultant_id == self.user_id:
                raise ValidationError([FieldError(
                    "contact", "own_contact", "nobody reviews a contact they took")])
            if review_id is None:
                existing = s.scalar(select(Review.id).where(
                    Review.contact_id == contact_id, Review.deleted_at.is_(None),
                    Review.superseded_at.is_(None)).limit(1))
                if existing is not None:
                    raise ValidationError([FieldError(
                        "contact", "already_reviewed", "this contact has a review already")])
                rubric = self.rubric
                review = Review(
                    id=new_uuid(), site_id=self.site_id, created_at=now,
                    round_id=round_id, contact_id=contact_id,
                    contact_started_at=contact.started_at,
                    consultant_id=contact.consultant_id, rubric=rubric.key,
                    status=DRAFT, revision=1, correction_reason="")
                review.chain_id = review.id
            else:
                found = live(s, Review, review_id, "review")
                review = found
                if review.status == COMPLETE or review.superseded_at is not None:
                    raise ValidationError([FieldError(
                        "review", "completed", "a completed review is corrected, not saved over")])
                if expected_version is not None and review.version != expected_version:
                    raise ConcurrentEditError(review_id)
                rubric = rubrics.load(review.rubric)
                review.stamp(now, self.user_id)
            errors, result = self._check_input(data, rubric, complete)
            if errors:
                raise ValidationError(errors)
            assert result is not None
            self._apply(review, data, result)
            review.author_id = self.user_id
            review.reviewer_id = self.user_id
            review.updated_at = now
            if complete:
                review.status = COMPLETE
                review.completed_at = now
            if review_id is None:
                s.add(review)
            if draft_id:
                s.execute(delete(Draft).where(Draft.id == draft_id))
            s.flush()
            row = self._row(s, review)
        log.info("review %s saved (%s)", row.id, row.status)
        return row

    def correct_review(
        self, review_id: str, data: ReviewInput, reason: str, *, draft_id: str | None = None,
    ) -> ReviewRow:
        """Correct a completed review: a new version with the reason; the old one stays."""
        self._require(REVIEW)
        now = self.now()
        with self.store.session() as s:
            old = live(s, Review, review_id, "review")
            if old.status != COMPLETE:
                raise ValidationError([FieldError(
                    "review", "not_completed", "only a completed review is corrected")])
            if old.superseded_at is not None:
                raise ConcurrentEditError(review_id)
            if old.contact_id:
                consultant = s.scalar(select(Contact.consultant_id).where(
                    Contact.id == old.contact_id))
                if consultant and consultant == self.user_id:
                    raise ValidationError([FieldError(
                        "contact", "own_contact", "nobody reviews a contact they took")])
            rubric = rubrics.load(old.rubric)
            errors, result = self._check_input(data, rubric, complete=True)
            reason = _clean(reason)
            if not reason:
                errors.append(FieldError("reason", "required", "is required"))
            elif len(reason) > REASON_MAX:
                errors.append(FieldError("reason", "too_long",
                                         f"is longer than {REASON_MAX} characters",
                                         {"limit": REASON_MAX}))
            if not errors and (
                    dict(data.scores) == old.scores and _clean(data.feedback) == old.feedback
                    and {k: _clean(v) for k, v in data.comments.items() if _clean(v)}
                    == old.comments):
                errors.append(FieldError("review", "unchanged", "nothing was changed"))
            if errors:
                raise ValidationError(errors)
            assert result is not None
            new = Review(
                id=new_uuid(), site_id=self.site_id, author_id=self.user_id, created_at=now,
                updated_at=now, round_id=old.round_id, contact_id=old.contact_id,
                contact_started_at=old.contact_started_at, consultant_id=old.consultant_id,
                reviewer_id=self.user_id, status=COMPLETE, rubric=old.rubric,
                completed_at=now, chain_id=old.chain_id, revision=old.revision + 1,
                supersedes_id=old.id, correction_reason=reason)
            self._apply(new, data, result)
            old.superseded_at = now
            old.stamp(now, old.author_id)  # still the version its reviewer wrote
            s.add(new)
            if draft_id:
                s.execute(delete(Draft).where(Draft.id == draft_id))
            s.flush()
            row = self._row(s, new)
        log.info("review %s corrected as %s (revision %d)", review_id, row.id, row.revision)
        return row

    # -- drafts of the review form (this workstation only, like contact drafts) --

    def save_review_draft(self, draft_id: str | None, payload: dict[str, Any],
                          record_id: str) -> str:
        """Unsaved review form content; ``record_id`` is the review's id, or the contact's
        while the review has not been saved yet."""
        self._require(REVIEW)
        return self.contacts.save_draft(draft_id, REVIEW_FORM, payload, record_id)

    def review_drafts(self) -> list[DraftRow]:
        return [d for d in self.contacts.drafts(REVIEW_FORM) if d.user_id == self.user_id]

    def review_draft_for(self, record_id: str) -> DraftRow | None:
        return next((d for d in self.review_drafts() if d.record_id == record_id), None)

    def discard_review_draft(self, draft_id: str) -> None:
        self.contacts.discard_draft(draft_id)

    # -- feedback to consultants --

    def my_reviews(self) -> list[ReviewRow]:
        """The current user's completed reviews (current versions), newest first."""
        self._require(OWN)
        with self.store.sessions() as s:
            rows = s.scalars(select(Review).where(
                Review.consultant_id == (self.user_id or ""), Review.status == COMPLETE,
                Review.deleted_at.is_(None), Review.superseded_at.is_(None))
                .order_by(Review.completed_at.desc()))
            return [self._row(s, r) for r in rows]

    def my_unread_count(self) -> int:
        if not self.can(OWN):
            return 0
        return sum(1 for r in self.my_reviews() if r.read_at is None)

    def mark_read(self, review_id: str) -> ReviewRow:
        """The consultant confirms reading the feedback of their own review."""
        self._require(OWN)
        now = self.now()
        with self.store.session() as s:
            r = live(s, Review, review_id, "review")
            if r.consultant_id != self.user_id or r.status != COMPLETE:
                raise PermissionDeniedError(
                    self.role, OWN, "only the consultant reviewed marks a review read")
            if r.read_at is None:
                r.read_at = now
                r.stamp(now, r.author_id)  # read, not rewritten: the author stays
            s.flush()
            return self._row(s, r)

    def unread_feedback(self) -> list[UnreadRow]:
        """Consultants with completed reviews they have not read yet, most waiting first."""
        self._require(REVIEW)
        with self.store.sessions() as s:
            rows = s.execute(select(Review.consultant_id, Review.completed_at).where(
                Review.status == COMPLETE, Review.read_at.is_(None),
                Review.deleted_at.is_(None), Review.superseded_at.is_(None),
                Review.consultant_id.is_not(None))).all()
            names = self._names(s, [r[0] for r in rows])
        grouped: dict[str, list[datetime]] = defaultdict(list)
        for consultant_id, completed_at in rows:
            if consultant_id and completed_at:
                grouped[consultant_id].append(completed_at)
        result = [UnreadRow(c, names.get(c, ""), len(t), min(t)) for c, t in grouped.items()]
        result.sort(key=lambda r: (-r.unread, r.oldest))
        return result

    # -- dashboards --

    def export_dashboard(self, d: Dashboard, path: Path | str, texts: Any = None,
                         site: str = "") -> Path:
        """Write a dashboard (.xlsx or .pdf, app/services/quality/export.py) and log the
        export."""
        from app.services.quality import export as quality_export

        self._require(REVIEW)
        target = quality_export.write(d, path, texts, site)
        audit_record(self.store, "export", user_id=self.user_id,
                     object_kind="quality_dashboard", details={
                         "format": target.suffix.lstrip(".").lower(),
                         "from": d.start.isoformat(), "to": d.end.isoformat()})
        return target

    def dashboard(self, start: date, end: date, lang: str) -> Dashboard:
        """Scores over the local days ``start``..``end`` (by when the contact happened)."""
        self._require(REVIEW)
        lo, hi = period_bounds(start, end)
        months = months_between(start, end)
        index = {m: i for i, m in enumerate(months)}
        when = Review.contact_started_at
        fallback = and_(Review.contact_started_at.is_(None), Review.completed_at >= lo,
                        Review.completed_at < hi)
        with self.store.sessions() as s:
            rnd = aliased(ReviewRound)
            rows = s.execute(
                select(Review, rnd.name).outerjoin(rnd, rnd.id == Review.round_id).where(
                    Review.status == COMPLETE, Review.deleted_at.is_(None),
                    Review.superseded_at.is_(None),
                    or_(and_(when >= lo, when < hi), fallback))
                .order_by(Review.completed_at)).all()
            names = self._names(s, [x for r, _ in rows for x in (r.consultant_id,
                                                                 r.reviewer_id)])
            progress = self._progress(s, start, end)
            staff_counts = self._staff_counts(s, start, end)

        by_consultant: dict[str, list[list[float]]] = defaultdict(
            lambda: [[] for _ in months])
        by_section: dict[str, list[list[float]]] = defaultdict(lambda: [[] for _ in months])
        criteria: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])  # points, n, zeros
        bands: dict[str, int] = defaultdict(int)
        lines: list[ReviewLine] = []
        overall_all: list[float] = []
        for r, round_name in rows:
            moment = r.contact_started_at or r.completed_at
            slot = index.get(month_of(moment)) if moment else None
            if r.overall is not None:
                overall_all.append(r.overall)
                if slot is not None and r.consultant_id:
                    by_consultant[r.consultant_id][slot].append(r.overall)
            for code, value in r.section_scores.items():
                if value is not None and slot is not None:
                    by_section[code][slot].append(value)
            for code, value in r.scores.items():
                if value == rubrics.NA or value is None:
                    continue
                stat = criteria[code]
                stat[0] += int(value)
                stat[1] += 1
                stat[2] += 1 if value == 0 else 0
            if r.band:
                bands[r.band] += 1
            band = self._band(r.rubric, r.band)
            lines.append(ReviewLine(
                completed_at=r.completed_at or r.updated_at,
                contact_started_at=r.contact_started_at,
                consultant_name=names.get(r.consultant_id or "", ""),
                reviewer_name=names.get(r.reviewer_id or "", ""),
                round_name=round_name or "", overall=r.overall, band=r.band,
                band_label=band.label(lang) if band else "",
                section_scores=dict(r.section_scores), revision=r.revision,
                read=r.read_at is not None))

        def series(key: str, label: str, buckets: list[list[float]]) -> Series:
            flat = [v for b in buckets for v in b]
            return Series(key, label,
                          tuple(round(sum(b) / len(b), 1) if b else None for b in buckets),
                          tuple(len(b) for b in buckets),
                          round(sum(flat) / len(flat), 1) if flat else None, len(flat))

        consultant_series = sorted(
            (series(c, names.get(c, ""), b) for c, b in by_consultant.items()),
            key=lambda x: x.label.casefold())
        section_series = []
        for section in self.rubric.sections:
            section_series.append(series(section.code, section.title(lang),
                                         by_section.get(section.code) or [[] for _ in months]))
        known = {s.code for s in self.rubric.sections}
        for code, buckets in sorted(by_section.items()):
            if code not in known:  # a section of an older rubric
                section_series.append(series(code, code, buckets))

        weakest = []
        for code, (points, n, zeros) in criteria.items():
            label, section_code, section_label = self._criterion_label(code, lang)
            weakest.append(CriterionStat(code, section_code, label, section_label,
                                         round(100.0 * points / (2 * n), 1), n, zeros))
        weakest.sort(key=lambda c: (c.percent, -c.applicable, c.code))

        band_counts = tuple(BandCount(b.code, b.label(lang), b.colour, bands.get(b.code, 0))
                            for b in self.rubric.bands)
        lines.reverse()  # newest first
        return Dashboard(
            start=start, end=end, lang=lang, months=months,
            consultants=tuple(consultant_series), sections=tuple(section_series),
            weakest=tuple(weakest), progress=tuple(progress), bands=band_counts,
            reviews=tuple(lines),
            team_mean=round(sum(overall_all) / len(overall_all), 1) if overall_all else None,
            band_minimums=tuple((b.minimum, b.colour) for b in self.rubric.bands),
            staff_counts=staff_counts, reviewed=len(rows))

    def _band(self, rubric_key: str, code: str | None) -> rubrics.Band | None:
        try:
            return rubrics.load(rubric_key).band(code)
        except rubrics.RubricError:
            return self.rubric.band(code)

    def _criterion_label(self, code: str, lang: str) -> tuple[str, str, str]:
        section_code = code.split(".", 1)[0]
        for key in [self.rubric.key, *reversed(rubrics.available())]:
            try:
                rubric = rubrics.load(key)
                return (rubric.criterion(code).text(lang), section_code,
                        rubric.section(section_code).title(lang))
            except (KeyError, rubrics.RubricError):
                continue
        return code, section_code, section_code

    def _progress(self, s: Session, start: date, end: date) -> list[PlanProgress]:
        rounds = list(s.scalars(select(ReviewRound).where(
            ReviewRound.deleted_at.is_(None), ReviewRound.period_start <= end,
            ReviewRound.period_end >= start).order_by(ReviewRound.period_start)))
        if not rounds:
            return []
        status: dict[tuple[str, str], str] = {
            (str(r[0]), str(r[1])): r[2] for r in s.execute(
                select(Review.round_id, Review.contact_id, Review.status).where(
                    Review.round_id.in_([r.id for r in rounds]),
                    Review.deleted_at.is_(None), Review.superseded_at.is_(None)))
        }
        names = self._names(s, [str(i["consultant_id"]) for r in rounds for i in r.plan])
        result: list[PlanProgress] = []
        for rnd in rounds:
            per: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
            for item in rnd.plan:
                st = status.get((rnd.id, str(item["contact_id"])))
                counts = per[str(item["consultant_id"])]
                counts[0] += 1
                counts[1] += st == COMPLETE
                counts[2] += st == DRAFT
            total = [sum(c[i] for c in per.values()) for i in range(3)]
            result.append(PlanProgress(rnd.id, rnd.name, rnd.period_start, rnd.period_end,
                                       None, "", *total))
            for consultant_id, counts in sorted(per.items(),
                                                key=lambda kv: names.get(kv[0], "")):
                result.append(PlanProgress(rnd.id, rnd.name, rnd.period_start, rnd.period_end,
                                           consultant_id, names.get(consultant_id, ""),
                                           *counts))
        return result

    # -- staff development register --

    @staticmethod
    def _staff_counts(s: Session, start: date, end: date) -> dict[str, int]:
        counts = dict.fromkeys(STAFF_EVENT_TYPES, 0)
        for kind in s.scalars(select(StaffEvent.type).where(
                StaffEvent.deleted_at.is_(None), StaffEvent.held_on >= start,
                StaffEvent.held_on <= end)):
            counts[kind] = counts.get(kind, 0) + 1
        return counts

    def staff_event_counts(self, start: date, end: date) -> dict[str, int]:
        """How many meetings, examinations and trainings were held from start to end."""
        self._require(REVIEW)
        with self.store.sessions() as s:
            return self._staff_counts(s, start, end)

    def staff_events(self, start: date | None = None, end: date | None = None) -> list[
        StaffEventRow
    ]:
        """Events of the register, the latest first."""
        self._require(REVIEW)
        cond: list[Any] = [StaffEvent.deleted_at.is_(None)]
        if start is not None:
            cond.append(StaffEvent.held_on >= start)
        if end is not None:
            cond.append(StaffEvent.held_on <= end)
        with self.store.sessions() as s:
            events = list(s.scalars(select(StaffEvent).where(*cond).order_by(
                StaffEvent.held_on.desc(), StaffEvent.created_at.desc())))
            names = self._names(s, [p for e in events for p in e.participant_ids])
            return [self._event_row(e, names) for e in events]

    @staticmethod
    def _event_row(e: StaffEvent, names: Mapping[str, str]) -> StaffEventRow:
        return StaffEventRow(
            id=e.id, version=e.version, held_on=e.held_on, type=e.type, topic=e.topic,
            participant_ids=tuple(e.participant_ids),
            participant_names=tuple(names.get(p, "") for p in e.participant_ids),
            other_participants=e.other_participants, notes=e.notes)

    def _check_event(self, s: Session, data: StaffEventInput) -> list[FieldError]:
        errors = []
        if data.type not in STAFF_EVENT_TYPES:
            errors.append(FieldError("type", "unknown_code", f"{data.type!r} is not a type"))
        topic = " ".join(data.topic.split())
        if not topic:
            errors.append(FieldError("topic", "required", "is required"))
        elif len(topic) > TOPIC_MAX:
            errors.append(FieldError("topic", "too_long", f"is longer than {TOPIC_MAX} "
                                     "characters", {"limit": TOPIC_MAX}))
        today = datetime.now().date()
        if data.held_on < date(2000, 1, 1):
            errors.append(FieldError("held_on", "too_early", "is before 2000"))
        elif data.held_on > today + timedelta(days=366):
            errors.append(FieldError("held_on", "future", "is more than a year ahead"))
        for name, text, limit in (("other_participants", data.other_participants, NOTES_MAX),
                                  ("notes", data.notes, NOTES_MAX)):
            if len(text) > limit:
                errors.append(FieldError(name, "too_long", f"is longer than {limit} characters",
                                         {"limit": limit}))
        if data.participant_ids:
            known = set(s.scalars(select(User.id).where(User.id.in_(data.participant_ids))))
            if set(data.participant_ids) - known:
                errors.append(FieldError("participant_ids", "unknown_code", "unknown person"))
        elif not data.other_participants.strip():
            errors.append(FieldError("participant_ids", "required", "name the participants"))
        return errors

    def save_staff_event(self, data: StaffEventInput, event_id: str | None = None, *,
                         expected_version: int | None = None) -> StaffEventRow:
        self._require(REVIEW)
        now = self.now()
        with self.store.session() as s:
            errors = self._check_event(s, data)
            if errors:
                raise ValidationError(errors)
            if event_id is None:
                event = StaffEvent(id=new_uuid(), site_id=self.site_id, created_at=now)
                s.add(event)
            else:
                found = live(s, StaffEvent, event_id, "staff event")
                if expected_version is not None and found.version != expected_version:
                    raise ConcurrentEditError(event_id)
                event = found
                event.stamp(now, self.user_id)
            event.held_on = data.held_on
            event.type = data.type
            event.topic = " ".join(data.topic.split())
            event.participant_ids = list(dict.fromkeys(data.participant_ids))
            event.other_participants = _clean(data.other_participants)
            event.notes = _clean(data.notes)
            event.author_id = self.user_id
            event.updated_at = now
            s.flush()
            return self._event_row(event, self._names(s, event.participant_ids))

    def delete_staff_event(self, event_id: str) -> None:
        self._require(REVIEW)
        now = self.now()
        with self.store.session() as s:
            event = live(s, StaffEvent, event_id, "staff event")
            event.retire(now, self.user_id)
