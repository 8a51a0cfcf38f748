"""Who approached the caller: recruiters and employers named during contacts, the
agency checks made, and the patterns a supervisor sees across calls and sites.

A mention is what the caller said about a third party. It is kept on the contact it
was told in (never on the caller's profile), with who entered it and when. Mentions
whose keys (app/services/recruiters/keys.py) are equal are one recruiter on the
supervisor's page, however each was spelt.

Reading the patterns and the contacts behind a recruiter needs ``recruiters.view``;
opening the contacts behind one is written to the audit log as a view, like the
opening of an assistance case.
"""

from __future__ import annotations

import logging
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.db import Store
from app.models import AgencyCheck, Contact, RecruiterMention, User, new_uuid, utcnow
from app.models.recruiters import MENTION_KINDS, MENTION_ROLES, MENTION_TEXT_MAX
from app.services import permissions
from app.services.audit.log import record as audit_record
from app.services.messages import UserError
from app.services.recruiters.agencies import (
    EXPIRED,
    LICENSED,
    AgencyService,
    Answer,
)
from app.services.recruiters.keys import mention_key

log = logging.getLogger("app.recruiters")

THRESHOLD_SETTING = "recruiter_alert_threshold"
DEFAULT_THRESHOLD = 3
ALERT_DAYS = 30
"""An alert counts the contacts of the last 30 days."""
SUGGEST_LIMIT = 8


class MentionError(UserError):
    """A recruiter that cannot be recorded (empty, too long, unknown kind)."""


@dataclass(frozen=True)
class MentionInput:
    """A recruiter the consultant typed during a contact."""

    kind: str
    text: str
    role: str = "recruiter"


@dataclass(frozen=True)
class CheckInput:
    """An agency check made during a contact: what was searched and what was said."""

    query: str
    status: str
    list_date: date | None
    agency_name: str = ""
    unp: str = ""
    licence_until: date | None = None

    @classmethod
    def of(cls, answer: Answer) -> CheckInput:
        first = answer.agencies[0] if answer.agencies else None
        return cls(answer.query.strip()[:MENTION_TEXT_MAX], answer.status, answer.list_date,
                   first.name if first else "", first.unp if first else "",
                   first.licence_until if first else None)


@dataclass
class Pending:
    """What the intake form holds until the contact is saved."""

    mentions: list[MentionInput] = field(default_factory=list)
    checks: list[CheckInput] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.mentions or self.checks)


@dataclass(frozen=True)
class Suggestion:
    kind: str
    text: str
    key: str
    contacts: int


@dataclass(frozen=True)
class MentionRow:
    """A mention as the contact shows it: with who entered it and when."""

    id: str
    kind: str
    role: str
    text: str
    entered_at: datetime
    entered_by: str  # full name


@dataclass(frozen=True)
class Pattern:
    """One recruiter across contacts."""

    key: str
    text: str  # the commonest spelling
    spellings: tuple[str, ...]
    kinds: tuple[str, ...]
    contacts: int
    sites: int
    first_at: datetime
    last_at: datetime
    licence: str  # LICENSED, EXPIRED, "unlicensed" (an agency not in the list) or ""
    list_date: date | None


UNLICENSED = "unlicensed"


@dataclass(frozen=True)
class ContactBehind:
    contact_id: str
    started_at: datetime
    consultant: str
    text: str
    kind: str
    entered_at: datetime
    entered_by: str


def validate(item: MentionInput) -> MentionInput:
    """The mention with its text tidied; raises :class:`MentionError`."""
    text = " ".join(item.text.split())
    if item.kind not in MENTION_KINDS:
        raise MentionError("unknown kind of recruiter: {kind}", kind=item.kind)
    if item.role not in MENTION_ROLES:
        raise MentionError("unknown role of a recruiter: {role}", role=item.role)
    if not text:
        raise MentionError("the recruiter is empty")
    if len(text) > MENTION_TEXT_MAX:
        raise MentionError("the recruiter is longer than {limit} characters",
                           limit=MENTION_TEXT_MAX)
    if not mention_key(item.kind, text):
        raise MentionError("“{text}” holds no letters or digits to recognise it by",
                           text=text[:60])
    return MentionInput(item.kind, text, item.role)


class RecruiterService:
    def __init__(self, store: Store, user_id: str | None):
        self.store = store
        self.user_id = user_id
        self.agencies = AgencyService(store, user_id)

    def _require(self, s: Session, action: str) -> None:
        permissions.require(permissions.role_of(s, self.user_id), action)

    def may(self, action: str) -> bool:
        return permissions.allowed(permissions.user_role(self.store, self.user_id), action)

    # -- during the contact --

    def suggest(self, kind: str, text: str, limit: int = SUGGEST_LIMIT) -> list[Suggestion]:
        """Recruiters named before whose key holds what is typed, most named first."""
        key = mention_key(kind, text)
        if len(key) < 2:
            return []
        with self.store.sessions() as s:
            self._require(s, "recruiters.record")
            rows = s.execute(
                select(RecruiterMention.match_key, RecruiterMention.kind,
                       RecruiterMention.text,
                       func.count(func.distinct(RecruiterMention.contact_id)))
                .where(RecruiterMention.deleted_at.is_(None),
                       func.instr(RecruiterMention.match_key, key) > 0)
                .group_by(RecruiterMention.match_key, RecruiterMention.kind,
                          RecruiterMention.text)).all()
        best: dict[str, Suggestion] = {}
        totals: Counter[str] = Counter()
        for mkey, mkind, mtext, n in rows:
            totals[mkey] += n
            if mkey not in best or n > best[mkey].contacts:
                best[mkey] = Suggestion(mkind, mtext, mkey, n)
        out = [Suggestion(b.kind, b.text, b.key, totals[b.key]) for b in best.values()]
        out.sort(key=lambda x: (not x.key.startswith(key), -x.contacts, x.text.casefold()))
        return out[:limit]

    def write(self, s: Session, contact_id: str, pending: Pending) -> None:
        """Save what the form held with the contact, in the contact's transaction
        (the ``also`` of ContactService.save)."""
        if not pending:
            return
        self._require(s, "recruiters.record")
        now = utcnow()
        site_id = self.store.site_id
        for typed in pending.mentions:
            item = validate(typed)
            s.add(RecruiterMention(
                id=new_uuid(), contact_id=contact_id, kind=item.kind, role=item.role,
                text=item.text, match_key=mention_key(item.kind, item.text),
                entered_at=now, entered_by=self.user_id, created_at=now, updated_at=now,
                site_id=site_id, author_id=self.user_id))
        for check in pending.checks:
            s.add(AgencyCheck(
                id=new_uuid(), contact_id=contact_id, checked_at=now,
                checked_by=self.user_id, query=check.query[:MENTION_TEXT_MAX],
                answer=check.status, agency_name=check.agency_name[:500],
                unp=check.unp[:9], licence_until=check.licence_until,
                list_date=check.list_date, created_at=now, updated_at=now, site_id=site_id,
                author_id=self.user_id))

    def for_contact(self, contact_id: str) -> tuple[list[MentionRow], list[CheckInput]]:
        """The recruiters named and the agency checks made in a contact."""
        with self.store.sessions() as s:
            self._require(s, "contact.view")
            mentions = [MentionRow(m.id, m.kind, m.role, m.text, m.entered_at, name or "")
                        for m, name in s.execute(
                            select(RecruiterMention, User.full_name)
                            .outerjoin(User, User.id == RecruiterMention.entered_by)
                            .where(RecruiterMention.contact_id == contact_id,
                                   RecruiterMention.deleted_at.is_(None))
                            .order_by(RecruiterMention.entered_at))]
            checks = [CheckInput(c.query, c.answer, c.list_date, c.agency_name, c.unp,
                                 c.licence_until)
                      for c in s.scalars(select(AgencyCheck).where(
                          AgencyCheck.contact_id == contact_id,
                          AgencyCheck.deleted_at.is_(None))
                          .order_by(AgencyCheck.checked_at))]
        return mentions, checks

    # -- supervision --

    def patterns(self, now: datetime | None = None) -> list[Pattern]:
        """Every recruiter named, most contacts first."""
        now = now or datetime.now(UTC)
        with self.store.sessions() as s:
            self._require(s, "recruiters.view")
            rows = s.execute(
                select(RecruiterMention.match_key, RecruiterMention.kind,
                       RecruiterMention.text, RecruiterMention.contact_id,
                       RecruiterMention.site_id, RecruiterMention.entered_at)
                .join(Contact, Contact.id == RecruiterMention.contact_id)
                .where(RecruiterMention.deleted_at.is_(None),
                       Contact.deleted_at.is_(None))).all()
            groups: dict[str, list[tuple[str, str, str, str, datetime]]] = {}
            for key, kind, text, contact_id, site, at in rows:
                groups.setdefault(key, []).append((kind, text, contact_id, site, at))
            name_keys = {k for k, g in groups.items()
                         if any(kind in ("agency", "website") for kind, *_ in g)}
            licences = self.agencies.status_by_key(s, name_keys, now.astimezone().date())
            current = self.agencies._current(s)
        list_date = current.list_date if current is not None else None
        out = []
        for key, group in groups.items():
            spellings = Counter(text for _k, text, *_ in group)
            kinds = sorted({kind for kind, *_ in group}, key=MENTION_KINDS.index)
            status = ""
            if key in licences:
                status = licences[key][0]
            elif "agency" in kinds and list_date is not None:
                status = UNLICENSED
            out.append(Pattern(
                key=key, text=spellings.most_common(1)[0][0],
                spellings=tuple(t for t, _n in spellings.most_common()),
                kinds=tuple(kinds), contacts=len({c for _k, _t, c, *_ in group}),
                sites=len({site for *_x, site, _a in group}),
                first_at=min(a for *_x, a in group), last_at=max(a for *_x, a in group),
                licence=status, list_date=list_date))
        out.sort(key=lambda p: (-p.contacts, p.text.casefold()))
        return out

    def contacts_behind(self, key: str) -> list[ContactBehind]:
        """The contacts in which a recruiter was named; the view is audited."""
        with self.store.sessions() as s:
            self._require(s, "recruiters.view")
            self._require(s, "contact.view")
            consultant = User.__table__.alias("consultant")
            enterer = User.__table__.alias("enterer")
            rows = s.execute(
                select(Contact.id, Contact.started_at, consultant.c.full_name,
                       RecruiterMention.text, RecruiterMention.kind,
                       RecruiterMention.entered_at, enterer.c.full_name)
                .join(Contact, Contact.id == RecruiterMention.contact_id)
                .outerjoin(consultant, consultant.c.id == Contact.consultant_id)
                .outerjoin(enterer, enterer.c.id == RecruiterMention.entered_by)
                .where(RecruiterMention.match_key == key,
                       RecruiterMention.deleted_at.is_(None), Contact.deleted_at.is_(None))
                .order_by(Contact.started_at.desc())).all()
        audit_record(self.store, "view", user_id=self.user_id,
                     object_kind="recruiter_mention", object_id=None,
                     details={"contacts": len(rows)})
        return [ContactBehind(cid, started, cons or "", text, kind, at, who or "")
                for cid, started, cons, text, kind, at, who in rows]

    def threshold(self) -> int:
        value = self.store.setting(THRESHOLD_SETTING)
        if isinstance(value, int) and not isinstance(value, bool) and 2 <= value <= 1000:
            return value
        return DEFAULT_THRESHOLD

    def set_threshold(self, value: int) -> None:
        if not 2 <= value <= 1000:
            raise MentionError("the alert threshold must be between 2 and 1000 contacts")
        with self.store.session() as s:
            self._require(s, "recruiters.view")
        self.store.set_setting(THRESHOLD_SETTING, int(value))

    def alerts(self, now: datetime | None = None) -> list[tuple[str, int]]:
        """Recruiters named in at least the threshold's number of contacts of the last
        30 days: (commonest spelling, contacts). For the start page of every role: it
        names third parties, never a caller."""
        now = now or datetime.now(UTC)
        since = now - timedelta(days=ALERT_DAYS)
        threshold = self.threshold()
        with self.store.sessions() as s:
            self._require(s, "recruiters.record")
            rows = s.execute(
                select(RecruiterMention.match_key, RecruiterMention.text,
                       RecruiterMention.contact_id)
                .where(RecruiterMention.deleted_at.is_(None),
                       RecruiterMention.entered_at >= since)).all()
        contacts: dict[str, set[str]] = {}
        spellings: dict[str, Counter[str]] = {}
        for key, text, contact_id in rows:
            contacts.setdefault(key, set()).add(contact_id)
            spellings.setdefault(key, Counter())[text] += 1
        out = [(spellings[k].most_common(1)[0][0], len(c)) for k, c in contacts.items()
               if len(c) >= threshold]
        out.sort(key=lambda x: (-x[1], x[0].casefold()))
        return out


def erase_for_contacts(s: Session, contact_ids: list[str]) -> list[tuple[str, str]]:
    """Delete the recruiters named and the agency checks made in the contacts of a
    person being erased; (table, id) of each, for the tombstones."""
    if not contact_ids:
        return []
    gone: list[tuple[str, str]] = []
    for model in (RecruiterMention, AgencyCheck):
        for row in s.scalars(select(model).where(
                model.contact_id.in_(contact_ids))):
            gone.append((model.__tablename__, row.id))  # type: ignore[attr-defined]
            s.delete(row)
    return gone


__all__ = ["EXPIRED", "LICENSED", "UNLICENSED", "CheckInput", "MentionInput", "Pending",
           "RecruiterService", "erase_for_contacts"]
