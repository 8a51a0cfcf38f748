"""The knowledge base: vetted answers that consultants give callers.

Supervisors write short articles and checklists in Russian and Belarusian, with the
topics and destination countries they answer, and approve them; only approved articles
are offered to consultants (searched as they type, and beside the intake form for the
topics and destinations chosen). Every saved change of an article's text makes a new
revision, kept whole with who saved it and when; a contact records which revision of
which article the caller was given. Like the directory's entries, an article not
reviewed for a configurable number of months (12 by default) is "to be checked".
Demo articles carry the ``fictional`` mark, and a database that is not a demo refuses
titles that look like demo ones.

This module is the service (reading, searching, offering, editing); the articles as
data, their checks and the search folding are in :mod:`.articles`, imported from here
as before; reading and writing article files is in :mod:`.files`.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import func, literal, literal_column, select, text, union_all
from sqlalchemy.orm import Session

from app.db import Store
from app.models import (
    Contact,
    ContactKnowledgeGiven,
    KnowledgeArticle,
    KnowledgeDestination,
    KnowledgeRevision,
    KnowledgeTopic,
    User,
    new_uuid,
    utcnow,
)
from app.models import countries as country_list
from app.models.taxonomy import Taxonomy
from app.models.taxonomy import load as load_taxonomy
from app.services.directory.service import fold, months_before
from app.services.knowledge.articles import (
    APPROVED,
    CONTENT,  # noqa: F401 - imported from here
    DRAFT,
    KINDS,  # noqa: F401 - imported from here
    LANGS,  # noqa: F401 - imported from here
    STATUSES,  # noqa: F401 - imported from here
    Article,
    ArticleInput,
    ArticleQuery,
    ArticleRow,
    GivenRow,
    RevisionRow,
    UsageRow,
    _sorted_content,
    apply_input,
    content_of,
    normalised,
    search_key,  # noqa: F401 - imported from here
    validate,
    words,
)
from app.services.permissions import PermissionDeniedError, allowed, role_of
from app.services.records import ConcurrentEditError, live
from app.services.validation import FieldError, ValidationError, check_months, months_setting

log = logging.getLogger("app.knowledge")

VIEW = "knowledge.view"
EDIT = "knowledge.edit"
REVIEW_SETTING = "knowledge_review_months"
DEFAULT_REVIEW_MONTHS = 12
SEARCH_LIMIT = 100
OFFER_LIMIT = 30


class KnowledgePermissionError(PermissionDeniedError):
    """The user may not change the knowledge base."""


class ConcurrentArticleEditError(ConcurrentEditError):
    """The article was changed by someone else since the form loaded it."""


# -- searching -------------------------------------------------------------------------


def _like_escape(word: str) -> str:
    return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


# -- recording what was given (called by ContactService.save) ------------------------


def record_given(s: Session, contact_id: str, given: Iterable[Sequence[Any]],
                 user_id: str | None) -> list[str]:
    """Link the articles given to the caller, each with the revision given, to the
    contact; returns the ids newly linked.

    Links only accumulate (an article given once stays given when the contact is
    edited). An article that is not live, or a revision it never had, is a validation
    error and the caller's transaction rolls back.
    """
    wanted: dict[str, int] = {}
    for item in given:
        if len(item) != 2 or not isinstance(item[0], str) or type(item[1]) is not int:
            raise ValidationError([FieldError(
                "knowledge_given", "invalid", "each article given is an id and a revision")])
        wanted.setdefault(item[0], item[1])
    if not wanted:
        return []
    s.flush()
    known = dict(s.execute(
        select(KnowledgeArticle.id, KnowledgeArticle.revision).where(
            KnowledgeArticle.id.in_(list(wanted)), KnowledgeArticle.deleted_at.is_(None))).all())
    for article_id, revision in wanted.items():
        if article_id not in known or not 1 <= revision <= known[article_id]:
            raise ValidationError([FieldError(
                "knowledge_given", "unknown_code",
                f"{article_id!r} revision {revision} is not an article of the knowledge base",
                {"value": article_id})])
    already = set(s.scalars(select(ContactKnowledgeGiven.article_id).where(
        ContactKnowledgeGiven.contact_id == contact_id)))
    now = utcnow()
    added = [a for a in wanted if a not in already]
    for article_id in added:
        s.add(ContactKnowledgeGiven(contact_id=contact_id, article_id=article_id,
                                    revision=wanted[article_id], given_at=now,
                                    user_id=user_id))
    return added


# -- the service ---------------------------------------------------------------------


class KnowledgeService:
    """The knowledge base of one store, used and edited by one user on one site."""

    def __init__(self, store: Store, user_id: str | None, tax: Taxonomy | None = None):
        self.store = store
        self.user_id = user_id
        self.tax = tax or load_taxonomy()
        self.site_id = store.site_id

    # -- settings --

    @property
    def is_demo(self) -> bool:
        return bool(self.store.setting("demo", False))

    def review_months(self) -> int:
        return months_setting(self.store.setting(REVIEW_SETTING), DEFAULT_REVIEW_MONTHS)

    def set_review_months(self, months: int) -> None:
        with self.store.sessions() as s:
            self.require_editor(s)
        check_months("review_months", months)
        self.store.set_setting(REVIEW_SETTING, months)

    def stale_before(self, now: datetime | None = None) -> datetime:
        """Articles last reviewed before this moment (or never) are to be checked."""
        return months_before((now or utcnow()).astimezone(UTC), self.review_months())

    # -- permissions --

    def role(self) -> str | None:
        with self.store.sessions() as s:
            return role_of(s, self.user_id)

    def may_edit(self) -> bool:
        return allowed(self.role(), EDIT)

    def require_editor(self, s: Session) -> None:
        role = role_of(s, self.user_id)
        if not allowed(role, EDIT):
            raise KnowledgePermissionError(
                role, EDIT, "only supervisors and administrators change the knowledge base")
        s.info["audit_user"] = self.user_id

    def _require_viewer(self, s: Session) -> bool:
        """Raise unless the user may read the knowledge base; whether they may also
        see drafts (the editors)."""
        role = role_of(s, self.user_id)
        if not allowed(role, VIEW):
            raise KnowledgePermissionError(role, VIEW)
        return allowed(role, EDIT)

    # -- reading --

    def _article(self, a: KnowledgeArticle, names: dict[str, str], cutoff: datetime
                 ) -> Article:
        return Article(
            id=a.id, kind=a.kind, status=a.status, title_ru=a.title_ru, title_be=a.title_be,
            body_ru=a.body_ru, body_be=a.body_be,
            topics=tuple(t.topic for t in a.topics),
            destinations=tuple(d.country for d in a.destinations),
            owner=names.get(a.owner_id or "", ""), revision=a.revision,
            approved_at=a.approved_at, reviewed_at=a.reviewed_at,
            reviewed_by=names.get(a.reviewed_by or "", ""), fictional=a.fictional,
            stale=a.reviewed_at is None or a.reviewed_at < cutoff,
            version=a.version, updated_at=a.updated_at)

    def _articles(self, s: Session, rows: Sequence[KnowledgeArticle]) -> list[Article]:
        ids = {i for a in rows for i in (a.owner_id, a.reviewed_by) if i}
        names = dict(s.execute(
            select(User.id, User.full_name).where(User.id.in_(ids))).all()) if ids else {}
        cutoff = self.stale_before()
        return [self._article(a, names, cutoff) for a in rows]

    def get(self, article_id: str) -> Article:
        with self.store.sessions() as s:
            editor = self._require_viewer(s)
            a = live(s, KnowledgeArticle, article_id, "article")
            if a.status != APPROVED and not editor:
                raise LookupError(f"no article {article_id}")
            return self._articles(s, [a])[0]

    _ROW_COLUMNS = (KnowledgeArticle.id, KnowledgeArticle.kind, KnowledgeArticle.status,
                    KnowledgeArticle.title_ru, KnowledgeArticle.title_be,
                    KnowledgeArticle.revision, KnowledgeArticle.reviewed_at,
                    KnowledgeArticle.fictional)

    def _list_rows(self, s: Session, found: Sequence[Any]) -> list[ArticleRow]:
        """Rows of ``_ROW_COLUMNS`` as list rows, with their topics and destinations."""
        ids = [r[0] for r in found]
        topics: dict[str, list[str]] = {}
        places: dict[str, list[str]] = {}
        if ids:
            for aid, code in s.execute(select(KnowledgeTopic.article_id, KnowledgeTopic.topic)
                                       .where(KnowledgeTopic.article_id.in_(ids))):
                topics.setdefault(aid, []).append(code)
            for aid, code in s.execute(select(KnowledgeDestination.article_id,
                                              KnowledgeDestination.country)
                                       .where(KnowledgeDestination.article_id.in_(ids))):
                places.setdefault(aid, []).append(code)
        cutoff = self.stale_before()
        return [ArticleRow(aid, kind, status, ru, be, tuple(sorted(topics.get(aid, ()))),
                           tuple(sorted(places.get(aid, ()))), revision, reviewed, fictional,
                           reviewed is None or reviewed < cutoff)
                for aid, kind, status, ru, be, revision, reviewed, fictional in found]

    def search(self, q: ArticleQuery | None = None, lang: str = "ru",
               limit: int = SEARCH_LIMIT) -> list[ArticleRow]:
        """Articles matching every word of ``q.text`` at a word's beginning (any case,
        ё = е, Cyrillic or Latin), a title's match first; without words, by title.
        Consultants see approved articles only."""
        q = q or ArticleQuery()
        with self.store.sessions() as s:
            editor = self._require_viewer(s)
            cond: list[Any] = [KnowledgeArticle.deleted_at.is_(None)]
            status = q.status if editor else APPROVED
            if status:
                cond.append(KnowledgeArticle.status == status)
            if q.stale_only:
                cutoff = self.stale_before()
                cond.append(KnowledgeArticle.reviewed_at.is_(None)
                            | (KnowledgeArticle.reviewed_at < cutoff))
            if q.topic:
                cond.append(KnowledgeArticle.id.in_(select(KnowledgeTopic.article_id).where(
                    KnowledgeTopic.topic == q.topic)))
            if q.country:
                cond.append(KnowledgeArticle.id.in_(
                    select(KnowledgeDestination.article_id).where(
                        KnowledgeDestination.country == q.country)))
            typed = words(q.text)
            if not typed:
                found = s.execute(select(*self._ROW_COLUMNS).where(*cond)
                                  .order_by(KnowledgeArticle.title_ru).limit(limit)).all()
                return sorted(self._list_rows(s, found), key=lambda a: fold(a.title(lang)))
            # The index ranks the matches (a title's words weigh ten times a text's);
            # the rows are read only for the best of them, more when filters drop some.
            match = " ".join(f'"{w}"*' for w in typed)
            want = limit + 20
            rowid: Any = literal_column("knowledge_article.rowid")
            while True:
                ranked = [r for (r,) in s.execute(text(
                    "SELECT rowid FROM knowledge_fts WHERE knowledge_fts MATCH :m "
                    "ORDER BY bm25(knowledge_fts, 10.0, 1.0) LIMIT :n"),
                    {"m": match, "n": want})]
                got = s.execute(select(*self._ROW_COLUMNS, rowid).where(
                    rowid.in_(ranked), *cond)).all()
                if len(got) >= limit or len(ranked) < want:
                    break
                want *= 4
            order = {r: i for i, r in enumerate(ranked)}
            best = [tuple(g)[:-1] for g in sorted(got, key=lambda g: order[g[-1]])][:limit]
            return self._list_rows(s, best)

    def offered(self, topics: Sequence[str], destinations: Sequence[str],
                lang: str = "ru", limit: int = OFFER_LIMIT) -> list[ArticleRow]:
        """Approved articles for a contact's topics and destinations: an article of a
        chosen topic (for any destination, or one of those chosen), or for a chosen
        destination. Those matching both come first, then the topics' own, the newest
        first within each."""
        topics = [t for t in topics if t]
        places = [c for c in destinations if c and c != country_list.UNDEFINED]
        if not topics and not places:
            return []
        with self.store.sessions() as s:
            self._require_viewer(s)
            conn = s.connection()  # plain rows, ranked by SQLite: thousands may match
            t, d = KnowledgeTopic, KnowledgeDestination
            placed = select(d.article_id).where(d.article_id == t.article_id)
            there = placed.where(d.country.in_(places))
            groups: list[Any] = []
            if topics and places:
                groups.append(select(t.article_id.label("a"), literal(0).label("g"))
                              .where(t.topic.in_(topics), there.exists()))
                groups.append(select(t.article_id, literal(1))
                              .where(t.topic.in_(topics), ~placed.exists()))
            elif topics:
                groups.append(select(t.article_id.label("a"), literal(1).label("g"))
                              .where(t.topic.in_(topics)))
            if places:
                groups.append(select(d.article_id.label("a"), literal(2).label("g"))
                              .where(d.country.in_(places)))
            union = union_all(*groups).subquery()
            # uuid7 ids grow with time: the newest first within a group.
            ranked_rows = conn.execute(
                select(union.c.a).group_by(union.c.a)
                .order_by(func.min(union.c.g), union.c.a.desc())).all()
            ranked = [r for (r,) in ranked_rows]
            found: list[ArticleRow] = []
            for start in range(0, len(ranked), limit * 2):
                batch = ranked[start:start + limit * 2]
                # Looked up by id; the status is checked here (an index on the status
                # would make SQLite read every approved article).
                rows = [tuple(r)[:-1] for r in conn.execute(select(
                    *self._ROW_COLUMNS, KnowledgeArticle.deleted_at).where(
                    KnowledgeArticle.id.in_(batch))).all()
                    if r[2] == APPROVED and r[-1] is None]
                order = {a: i for i, a in enumerate(batch)}
                found += self._list_rows(s, sorted(rows, key=lambda r: order[r[0]]))
                if len(found) >= limit:
                    break
            return found[:limit]

    def history(self, article_id: str) -> list[RevisionRow]:
        """Every saved state of the article, newest first."""
        with self.store.sessions() as s:
            if not self._require_viewer(s):
                raise KnowledgePermissionError(role_of(s, self.user_id), EDIT)
            rows = s.execute(
                select(KnowledgeRevision, User.full_name)
                .outerjoin(User, User.id == KnowledgeRevision.user_id)
                .where(KnowledgeRevision.article_id == article_id)
                .order_by(KnowledgeRevision.saved_at.desc(), KnowledgeRevision.revision.desc())
            ).all()
            return [RevisionRow(r.revision, r.saved_at, name or "", r.action, r.status,
                                dict(r.content)) for r, name in rows]

    def revision_content(self, article_id: str, revision: int) -> dict[str, Any] | None:
        """What the article said at ``revision`` (the text a caller was given)."""
        with self.store.sessions() as s:
            self._require_viewer(s)
            row = s.scalar(select(KnowledgeRevision.content).where(
                KnowledgeRevision.article_id == article_id,
                KnowledgeRevision.revision == revision)
                .order_by(KnowledgeRevision.saved_at.desc()).limit(1))
            return dict(row) if row is not None else None

    def given_for_contact(self, contact_id: str, lang: str = "ru") -> list[GivenRow]:
        with self.store.sessions() as s:
            self._require_viewer(s)
            rows = s.execute(
                select(ContactKnowledgeGiven.article_id, ContactKnowledgeGiven.revision,
                       KnowledgeArticle.title_ru, KnowledgeArticle.title_be)
                .join(KnowledgeArticle, KnowledgeArticle.id == ContactKnowledgeGiven.article_id)
                .where(ContactKnowledgeGiven.contact_id == contact_id)
                .order_by(ContactKnowledgeGiven.given_at)).all()
        out = []
        for article_id, revision, ru, be in rows:
            title = (be or ru) if lang == "be" else (ru or be)
            out.append(GivenRow(article_id, revision, title))
        return out

    def usage(self, start: datetime | None = None, end: datetime | None = None,
              lang: str = "ru") -> list[UsageRow]:
        """How often each article was given (in contacts not deleted), most given
        first; articles never given are listed with 0 (supervisors only)."""
        with self.store.sessions() as s:
            if not self._require_viewer(s):
                raise KnowledgePermissionError(role_of(s, self.user_id), EDIT)
            cond: list[Any] = [Contact.deleted_at.is_(None)]
            if start is not None:
                cond.append(ContactKnowledgeGiven.given_at >= start)
            if end is not None:
                cond.append(ContactKnowledgeGiven.given_at < end)
            counts = {aid: (n, last) for aid, n, last in s.execute(
                select(ContactKnowledgeGiven.article_id, func.count(),
                       func.max(ContactKnowledgeGiven.given_at))
                .join(Contact, Contact.id == ContactKnowledgeGiven.contact_id)
                .where(*cond).group_by(ContactKnowledgeGiven.article_id))}
            rows = s.execute(select(  # the columns shown, never the texts
                KnowledgeArticle.id, KnowledgeArticle.title_ru, KnowledgeArticle.title_be,
                KnowledgeArticle.reviewed_at).where(
                KnowledgeArticle.deleted_at.is_(None))).all()
            cutoff = self.stale_before()
            out = []
            for aid, ru, be, reviewed in rows:
                n, last = counts.get(aid, (0, None))
                title = (be or ru) if lang == "be" else (ru or be)
                if last is not None and last.tzinfo is None:
                    last = last.replace(tzinfo=UTC)
                out.append(UsageRow(aid, title, n, last, reviewed is None or reviewed < cutoff))
        return sorted(out, key=lambda r: (-r.count, fold(r.title)))

    # -- changing --

    def _check(self, data: ArticleInput) -> ArticleInput:
        data = normalised(data)
        errors = validate(data, self.tax, demo=self.is_demo)
        if errors:
            raise ValidationError(errors)
        return data

    def log_revision(self, s: Session, a: KnowledgeArticle, action: str, now: datetime) -> None:
        s.add(KnowledgeRevision(article_id=a.id, revision=a.revision, saved_at=now,
                                user_id=self.user_id, site_id=self.site_id, action=action,
                                status=a.status, content=content_of(a)))

    def _approve(self, a: KnowledgeArticle, now: datetime) -> None:
        a.status = APPROVED
        a.approved_at, a.approved_by = now, self.user_id
        a.reviewed_at, a.reviewed_by = now, self.user_id

    def create(self, data: ArticleInput, *, approve: bool = False) -> Article:
        """A new article (a draft, or approved at once by its supervisor)."""
        data = self._check(data)
        now = utcnow()
        with self.store.session() as s:
            self.require_editor(s)
            a = KnowledgeArticle(id=new_uuid(), site_id=self.site_id, author_id=self.user_id,
                                 created_at=now, updated_at=now, owner_id=self.user_id,
                                 status=DRAFT, revision=1, fictional=False)
            apply_input(a, data)
            if approve:
                self._approve(a, now)
            s.add(a)
            s.flush()
            self.log_revision(s, a, "approve" if approve else "create", now)
            article_id = a.id
        log.info("knowledge article %s created", article_id)
        return self.get(article_id)

    def update(self, article_id: str, data: ArticleInput, *, approve: bool = False,
               expected_version: int | None = None) -> Article:
        """Save a changed text as a new revision. Saved without ``approve``, a changed
        article is a draft again (consultants are not offered unapproved words)."""
        data = self._check(data)
        now = utcnow()
        with self.store.session() as s:
            self.require_editor(s)
            a = live(s, KnowledgeArticle, article_id, "article")
            if expected_version is not None and a.version != expected_version:
                raise ConcurrentArticleEditError(article_id)
            changed = content_of(a) != _sorted_content(data)
            if not changed and (not approve or a.status == APPROVED):
                return self._articles(s, [a])[0]
            if changed:
                apply_input(a, data)
                a.revision += 1
                a.status = DRAFT
            if approve:
                self._approve(a, now)
            a.stamp(now, self.user_id)
            s.flush()
            self.log_revision(s, a, "approve" if approve else "edit", now)
        log.info("knowledge article %s saved", article_id)
        return self.get(article_id)

    def _change(self, article_id: str, action: str) -> Article:
        now = utcnow()
        with self.store.session() as s:
            self.require_editor(s)
            a = live(s, KnowledgeArticle, article_id, "article")
            if action == "approve":
                self._approve(a, now)
            elif action == "withdraw":
                a.status = DRAFT
            elif action == "review":
                a.reviewed_at, a.reviewed_by = now, self.user_id
            elif action == "retire":
                a.retire(now, self.user_id)
            if action != "retire":
                a.stamp(now, self.user_id)
            s.flush()
            self.log_revision(s, a, action, now)
            if action == "retire":
                return self._articles(s, [a])[0]
        return self.get(article_id)

    def approve(self, article_id: str) -> Article:
        """Offer the article to consultants; approving counts as a review."""
        return self._change(article_id, "approve")

    def withdraw(self, article_id: str) -> Article:
        """Back to a draft: no longer offered."""
        return self._change(article_id, "withdraw")

    def mark_reviewed(self, article_id: str) -> Article:
        """The article was read again and is still right: reviewed today."""
        return self._change(article_id, "review")

    def retire(self, article_id: str) -> Article:
        """Remove the article from the knowledge base (contacts that gave it keep the
        link and the revision's text stays in the history)."""
        return self._change(article_id, "retire")


def rebuild_index(s: Session) -> None:
    """Make the full-text index anew from the articles (after anything that could have
    renumbered their rowids)."""
    s.execute(text("INSERT INTO knowledge_fts(knowledge_fts) VALUES ('delete-all')"))
    s.execute(text(
        "INSERT INTO knowledge_fts(rowid, title, body) SELECT rowid, "
        "substr(search_key, 1, instr(search_key, ' | ')), "
        "substr(search_key, instr(search_key, ' | ') + 3) FROM knowledge_article"))
