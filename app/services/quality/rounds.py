"""Review rounds: the sample a round would review, starting a round with its seed and
plan, the rounds and their sampled contacts, and removing a round not yet reviewed."""

from __future__ import annotations

import logging
from collections import defaultdict
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import exists, select
from sqlalchemy.orm import Session

from app.models import Contact, ContactTopic, new_uuid
from app.models.quality import COMPLETE, DRAFT, STRATIFY_BY, Review, ReviewRound
from app.services.contacts.service import CONSULTATION
from app.services.quality.base import QualityBase
from app.services.quality.rows import (
    NAME_MAX,
    PER_CONSULTANT_MAX,
    REVIEW,
    RoundItem,
    RoundRow,
    RoundSpec,
    SamplePlan,
)
from app.services.quality.sampling import draw, new_seed, period_bounds
from app.services.records import live
from app.services.validation import FieldError, ValidationError

log = logging.getLogger("app.quality")


class Rounds(QualityBase):
    """Starting, listing and removing review rounds."""

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
