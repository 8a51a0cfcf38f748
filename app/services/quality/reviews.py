"""Reviews: reading them (consultants only their own completed ones), saving a draft
or a completed review, correcting a completed one as a new version, and the feedback
consultants read and mark read."""

from __future__ import annotations

import logging
from collections import defaultdict
from datetime import datetime

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from app.models import Contact, Draft, new_uuid
from app.models import rubric as rubrics
from app.models.quality import (
    COMMENT_MAX,
    COMPLETE,
    DRAFT,
    FEEDBACK_MAX,
    REASON_MAX,
    Review,
    ReviewRound,
)
from app.models.rubric import Rubric
from app.services.contacts.service import ConcurrentEditError
from app.services.permissions import PermissionDeniedError
from app.services.quality.base import QualityBase
from app.services.quality.rows import (
    OWN,
    REVIEW,
    ReviewInput,
    ReviewRow,
    UnreadRow,
    clean_text,
)
from app.services.records import live
from app.services.validation import FieldError, ValidationError

log = logging.getLogger("app.quality")


class Reviews(QualityBase):
    """Reviews of contacts and the feedback they give consultants."""

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
            if not clean_text(data.feedback):
                errors.append(FieldError("feedback", "required", "is required"))
        return errors, result

    @staticmethod
    def _apply(r: Review, data: ReviewInput, result: rubrics.Result) -> None:
        r.scores = dict(data.scores)
        r.comments = {k: clean_text(v) for k, v in data.comments.items() if clean_text(v)}
        r.feedback = clean_text(data.feedback)
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
            reason = clean_text(reason)
            if not reason:
                errors.append(FieldError("reason", "required", "is required"))
            elif len(reason) > REASON_MAX:
                errors.append(FieldError("reason", "too_long",
                                         f"is longer than {REASON_MAX} characters",
                                         {"limit": REASON_MAX}))
            if not errors and (
                    dict(data.scores) == old.scores and clean_text(data.feedback) == old.feedback
                    and {k: clean_text(v) for k, v in data.comments.items() if clean_text(v)}
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
