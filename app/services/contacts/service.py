"""Recording, editing, finding contacts; their history; drafts; repeat callers."""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import (
    Select,
    and_,
    column,
    delete,
    exists,
    false,
    func,
    or_,
    select,
    table,
    text,
)
from sqlalchemy.orm import Session

from app.db import Store
from app.db.sqlite import fts_query
from app.models import (
    Caller,
    Contact,
    ContactChange,
    ContactDestination,
    ContactOutcome,
    ContactTopic,
    Draft,
    User,
    new_uuid,
    utcnow,
)
from app.models import countries as country_list
from app.models.taxonomy import Taxonomy
from app.models.taxonomy import load as load_taxonomy
from app.services.contacts import readable  # noqa: F401 - registers the "readable values" check
from app.services.contacts.phones import phone_key
from app.services.contacts.rules import (
    CALLER_FIELD_MAX,  # noqa: F401 - callers import it from here
    EARLIEST,  # noqa: F401 - callers import it from here
    MAX_CALL,  # noqa: F401 - callers import it from here
    TRACKED,  # noqa: F401 - callers import it from here
    _diff,
    _normalised,
    _snapshot,
    is_out_of_hours,
    parse_hhmm,
    text_key,
    validate,
)
from app.services.contacts.types import (
    CONSULTATION,
    CallerInput,  # noqa: F401 - callers import it from here
    CallerSummary,
    ChangeRow,
    ContactInput,
    ContactQuery,
    ContactRecord,
    DraftRow,
    ListRow,
    UserRow,
)
from app.services.directory.service import record_given
from app.services.knowledge.service import record_given as record_knowledge_given
from app.services.permissions import require, role_of
from app.services.records import ConcurrentEditError
from app.services.validation import FieldError, ValidationError

log = logging.getLogger("app.contacts")

_FTS = table("contact_fts", column("rowid"))
LIST_COUNT_CAP = 10_000
"""The journal counts matches up to this many, then says "more than"."""
DEFAULT_HOURS = ("08:00", "20:00")

class ContactService:
    """Contacts of one store, recorded by one consultant on one site."""

    def __init__(self, store: Store, user_id: str | None, tax: Taxonomy | None = None):
        self.store = store
        self.user_id = user_id
        self.tax = tax or load_taxonomy()
        self.site_id = store.site_id

    # -- settings --

    def working_hours(self) -> tuple[str, str]:
        value = self.store.setting("working_hours")
        if isinstance(value, list | tuple) and len(value) == 2:
            return (str(value[0]), str(value[1]))
        return DEFAULT_HOURS

    def set_working_hours(self, start: str, end: str) -> None:
        """Change the site's working hours (administrators: ``site.manage``)."""
        parse_hhmm(start)
        parse_hhmm(end)
        with self.store.sessions() as s:
            self._require(s, "site.manage")
        self.store.set_setting("working_hours", [start, end])

    def site_organisation(self) -> str | None:
        value = self.store.setting("organisation")
        return str(value) if value else None

    def organisation_for(self, region: str | None) -> str | None:
        return self.tax.organisation_for_region(region) or self.site_organisation()

    # -- permissions --

    def role(self) -> str | None:
        with self.store.sessions() as s:
            return role_of(s, self.user_id)

    def _require(self, s: Session, action: str) -> None:
        require(role_of(s, self.user_id), action)

    # -- saving --

    def save(
        self,
        data: ContactInput,
        contact_id: str | None = None,
        *,
        draft_id: str | None = None,
        expected_version: int | None = None,
        also: Callable[[Session, str], None] | None = None,
    ) -> ContactRecord:
        """Create (no ``contact_id``) or update a contact; raises ValidationError.

        An update records the changed fields in the contact's history. The draft the
        form was writing to is removed in the same transaction. ``also(session,
        contact_id)`` writes more in that transaction (a crisis case opened with the
        contact); when it raises, nothing is saved.
        """
        errors = validate(data, self.tax)
        if errors:
            raise ValidationError(errors)
        data = _normalised(data)
        assert data.started_at is not None
        with self.store.session() as s:
            self._require(s, "contact.record")
            caller_id = self._resolve_caller(s, data)
            data = replace(data, caller_id=caller_id, caller=None)
            organisation = data.organisation or self.organisation_for(data.region)
            now = utcnow()
            if contact_id is None:
                contact = Contact(id=new_uuid(), site_id=self.site_id, author_id=self.user_id,
                                  consultant_id=self.user_id, created_at=now)
                s.add(contact)
                before: dict[str, Any] = {}
                action = "create"
            else:
                found = s.scalar(select(Contact).where(Contact.id == contact_id))
                if found is None or found.deleted_at is not None:
                    raise LookupError(f"no contact {contact_id}")
                contact = found
                if expected_version is not None and contact.version != expected_version:
                    raise ConcurrentEditError(contact_id)
                before = _snapshot(self._input_of(contact))
                unchanged = (contact.version, contact.author_id, contact.updated_at)
                contact.stamp(now, self.user_id)
                action = "update"
                if data.region == contact.region:
                    # The responsible organisation follows the region; an edit elsewhere
                    # (the partner's site) that leaves the region alone keeps it.
                    organisation = contact.organisation
            self._apply(contact, data, organisation)
            contact.updated_at = now
            contact.out_of_hours = is_out_of_hours(contact.started_at, self.working_hours())
            after = _snapshot(self._input_of(contact))
            changes = _diff(before, after)
            if changes or action == "create":
                s.add(ContactChange(contact_id=contact.id, changed_at=now, user_id=self.user_id,
                                    site_id=self.site_id, action=action, changes=changes))
            elif action == "update":
                # Nothing changed: no new version, and not re-stamped as someone's edit.
                contact.version, contact.author_id, contact.updated_at = unchanged
            if data.directory_given:
                record_given(s, contact.id, data.directory_given, self.user_id)
            if data.knowledge_given:
                record_knowledge_given(s, contact.id, data.knowledge_given, self.user_id)
            if draft_id:
                s.execute(delete(Draft).where(Draft.id == draft_id))
            s.flush()
            if also is not None:
                also(s, contact.id)
            record = self._record(s, contact)
        log.info("contact %s %sd", record.id, action)
        return record

    def _apply(self, contact: Contact, data: ContactInput, organisation: str | None) -> None:
        assert data.started_at is not None
        contact.kind = data.kind
        contact.channel = data.channel
        contact.started_at = data.started_at
        contact.ended_at = data.ended_at
        contact.gender = data.gender or "unknown"
        contact.age_group = data.age_group
        contact.region = data.region
        contact.caller_role = data.caller_role
        contact.travel_purpose = data.travel_purpose
        contact.how_heard = data.how_heard
        contact.crisis = data.crisis
        contact.notes = data.notes
        contact.caller_id = data.caller_id
        contact.organisation = organisation
        contact.topics = [ContactTopic(topic=t) for t in data.topics]
        contact.destinations = [
            ContactDestination(country=c, position=i) for i, c in enumerate(data.destinations)
        ]
        contact.outcomes = [ContactOutcome(outcome=o) for o in data.outcomes]

    def _resolve_caller(self, s: Session, data: ContactInput) -> str | None:
        if data.kind != CONSULTATION:
            return None
        if data.caller is None or data.caller.is_empty():
            return data.caller_id
        c = data.caller
        keys = (phone_key(c.phone), text_key(c.email), text_key(c.nickname))
        existing = self._match_caller(s, *keys)
        if existing is not None:
            # Fill in what the profile did not have yet.
            existing.phone = existing.phone or c.phone.strip() or None
            existing.email = existing.email or c.email.strip() or None
            existing.nickname = existing.nickname or c.nickname.strip() or None
            existing.phone_key = existing.phone_key or keys[0]
            existing.email_key = existing.email_key or keys[1]
            existing.nickname_key = existing.nickname_key or keys[2]
            return existing.id
        caller = Caller(
            site_id=self.site_id, author_id=self.user_id,
            nickname=c.nickname.strip() or None, phone=c.phone.strip() or None,
            email=c.email.strip() or None,
            phone_key=keys[0], email_key=keys[1], nickname_key=keys[2],
        )
        s.add(caller)
        s.flush()
        return caller.id

    @staticmethod
    def _match_caller(
        s: Session, phone: str | None, email: str | None, nickname: str | None
    ) -> Caller | None:
        """An existing profile with the same phone, else e-mail, else nickname."""
        for key_column, key in (
            (Caller.phone_key, phone), (Caller.email_key, email), (Caller.nickname_key, nickname)
        ):
            if key:
                found = s.scalar(
                    select(Caller).where(key_column == key, Caller.deleted_at.is_(None)).limit(1)
                )
                if found is not None:
                    return found
        return None

    # -- reading --

    @staticmethod
    def _input_of(contact: Contact) -> ContactInput:
        return ContactInput(
            kind=contact.kind,
            channel=contact.channel,
            started_at=contact.started_at,
            ended_at=contact.ended_at,
            gender=contact.gender,
            age_group=contact.age_group,
            region=contact.region,
            caller_role=contact.caller_role,
            topics=[t.topic for t in contact.topics],
            destinations=[d.country for d in contact.destinations],
            travel_purpose=contact.travel_purpose,
            how_heard=contact.how_heard,
            outcomes=[o.outcome for o in contact.outcomes],
            crisis=contact.crisis,
            notes=contact.notes,
            caller_id=contact.caller_id,
            organisation=contact.organisation,
        )

    def _record(self, s: Session, contact: Contact) -> ContactRecord:
        name = ""
        if contact.consultant_id:
            user = s.get(User, contact.consultant_id)
            name = user.full_name if user else ""
        return ContactRecord(
            id=contact.id, seq=contact.seq, version=contact.version,
            input=self._input_of(contact), consultant_id=contact.consultant_id,
            consultant_name=name, organisation=contact.organisation,
            out_of_hours=contact.out_of_hours,
            created_at=contact.created_at, updated_at=contact.updated_at,
        )

    def get(self, contact_id: str) -> ContactRecord:
        with self.store.sessions() as s:
            contact = s.scalar(select(Contact).where(Contact.id == contact_id))
            if contact is None or contact.deleted_at is not None:
                raise LookupError(f"no contact {contact_id}")
            return self._record(s, contact)

    def history(self, contact_id: str) -> list[ChangeRow]:
        with self.store.sessions() as s:
            rows = s.execute(
                select(ContactChange, User.full_name)
                .outerjoin(User, User.id == ContactChange.user_id)
                .where(ContactChange.contact_id == contact_id)
                .order_by(ContactChange.changed_at, ContactChange.id)
            ).all()
            return [ChangeRow(c.changed_at, name or "", c.action, c.changes) for c, name in rows]

    # -- the list --

    def _conditions(self, q: ContactQuery) -> list[Any]:
        """Filters on the contact row itself (everything but the full-text search)."""
        cond: list[Any] = [Contact.deleted_at.is_(None)]
        if q.start is not None:
            cond.append(Contact.started_at >= q.start)
        if q.end is not None:
            cond.append(Contact.started_at < q.end)
        if q.consultant_id:
            cond.append(Contact.consultant_id == q.consultant_id)
        if q.channel:
            cond.append(Contact.channel == q.channel)
        if q.kind == CONSULTATION:
            cond.append(Contact.kind == CONSULTATION)
        elif q.kind == "non_data":
            cond.append(Contact.kind != CONSULTATION)
        if q.topic:
            cond.append(
                exists().where(ContactTopic.contact_id == Contact.id, ContactTopic.topic == q.topic)
            )
        return cond

    def _matching(self, q: ContactQuery, after: tuple[datetime, int] | None) -> Select[Any]:
        """The keys of matching contacts in list order, with no limit yet.

        Without words: newest start time first. With words, the full-text index drives
        the query in the order contacts were recorded, newest first, and stops as soon
        as a page is full: a common word among a million notes costs no more than a
        rare one. The two orders differ only for contacts recorded after the fact.
        """
        cond = self._conditions(q)
        if not q.text:
            if after is not None:
                started, seq = after
                cond.append(or_(Contact.started_at < started,
                                and_(Contact.started_at == started, Contact.seq < seq)))
            return (select(Contact.seq).where(*cond)
                    .order_by(Contact.started_at.desc(), Contact.seq.desc()))
        match = fts_query(q.text)
        if match is None:
            return select(Contact.seq).where(false())
        if after is not None:
            cond.append(_FTS.c.rowid < after[1])
        return (
            select(Contact.seq)
            .select_from(_FTS)
            .join(Contact, Contact.seq == _FTS.c.rowid)
            .where(text("contact_fts MATCH :m").bindparams(m=match), *cond)
            .order_by(_FTS.c.rowid.desc())
        )

    def page(
        self, q: ContactQuery, after: tuple[datetime, int] | None = None, limit: int = 200
    ) -> list[ListRow]:
        """Up to ``limit`` rows in list order, after the last row's (started_at, seq)."""
        with self.store.sessions() as s:
            keys = list(s.scalars(self._matching(q, after).limit(limit)))
            if not keys:
                return []
            topics = (
                select(func.group_concat(ContactTopic.topic, ","))
                .where(ContactTopic.contact_id == Contact.id)
                .scalar_subquery()
            )
            dests = (
                select(func.group_concat(ContactDestination.country, ","))
                .where(ContactDestination.contact_id == Contact.id)
                .scalar_subquery()
            )
            stmt = (
                select(
                    Contact.seq, Contact.id, Contact.started_at, Contact.kind, Contact.channel,
                    Contact.gender, topics, dests, User.full_name, Contact.out_of_hours,
                    Contact.crisis, func.substr(Contact.notes, 1, 160),
                )
                .outerjoin(User, User.id == Contact.consultant_id)
                .where(Contact.seq.in_(keys))
            )
            rows = {
                r[0]: ListRow(
                    seq=r[0], id=r[1], started_at=r[2], kind=r[3], channel=r[4], gender=r[5],
                    topics=tuple(r[6].split(",")) if r[6] else (),
                    destinations=tuple(r[7].split(",")) if r[7] else (),
                    consultant_name=r[8] or "", out_of_hours=bool(r[9]), crisis=bool(r[10]),
                    notes_preview=" ".join((r[11] or "").split()),
                )
                for r in s.execute(stmt)
            }
            return [rows[k] for k in keys if k in rows]

    def count(self, q: ContactQuery, cap: int | None = None) -> int:
        """How many contacts match; with ``cap``, counting stops at cap + 1."""
        inner = self._matching(q, None).order_by(None)
        if cap is not None:
            inner = inner.limit(cap + 1)
        with self.store.sessions() as s:
            return int(s.scalar(select(func.count()).select_from(inner.subquery())) or 0)

    def frequent_destinations(self, limit: int = 10, recent: int = 5000) -> list[str]:
        """The destinations named most often in the latest contacts, most frequent first."""
        latest = (
            select(Contact.id).where(Contact.deleted_at.is_(None))
            .order_by(Contact.started_at.desc()).limit(recent).scalar_subquery()
        )
        stmt = (
            select(ContactDestination.country, func.count().label("n"))
            .where(ContactDestination.contact_id.in_(latest),
                   ContactDestination.country != country_list.UNDEFINED)
            .group_by(ContactDestination.country)
            .order_by(text("n DESC"), ContactDestination.country)
            .limit(limit)
        )
        with self.store.sessions() as s:
            return [r[0] for r in s.execute(stmt)]

    # -- callers --

    def find_callers(self, phone: str = "", email: str = "", nickname: str = "") -> list[
        CallerSummary
    ]:
        """Profiles whose phone, e-mail or nickname matches (exactly, after folding)."""
        conditions = []
        if key := phone_key(phone):
            conditions.append(Caller.phone_key == key)
        if key := text_key(email):
            conditions.append(Caller.email_key == key)
        if key := text_key(nickname):
            conditions.append(Caller.nickname_key == key)
        if not conditions:
            return []
        with self.store.sessions() as s:
            callers = s.scalars(
                select(Caller).where(or_(*conditions), Caller.deleted_at.is_(None)).limit(10)
            ).all()
            return [self._caller_summary(s, c) for c in callers]

    def caller_summary(self, caller_id: str) -> CallerSummary:
        with self.store.sessions() as s:
            caller = s.get(Caller, caller_id)
            if caller is None:
                raise LookupError(f"no caller {caller_id}")
            return self._caller_summary(s, caller)

    @staticmethod
    def _caller_summary(s: Session, caller: Caller, last: int = 3) -> CallerSummary:
        live = (Contact.caller_id == caller.id, Contact.deleted_at.is_(None))
        n = s.scalar(select(func.count()).select_from(Contact).where(*live)) or 0
        recent = s.execute(
            select(Contact.started_at, Contact.notes).where(*live)
            .order_by(Contact.started_at.desc()).limit(last)
        ).all()
        return CallerSummary(
            id=caller.id, nickname=caller.nickname or "", phone=caller.phone or "",
            email=caller.email or "", contact_count=int(n),
            last_contacts=tuple((r[0], r[1]) for r in recent),
        )

    # -- drafts --

    def save_draft(
        self, draft_id: str | None, form: str, payload: dict[str, Any],
        record_id: str | None = None,
    ) -> str:
        now = utcnow()
        with self.store.session() as s:
            draft = s.get(Draft, draft_id) if draft_id else None
            if draft is None:
                draft = Draft(id=draft_id or new_uuid(), form=form, user_id=self.user_id,
                              record_id=record_id, created_at=now)
                s.add(draft)
            draft.payload = payload
            draft.updated_at = now
            return draft.id

    def drafts(self, form: str | None = None) -> list[DraftRow]:
        """Drafts left by anyone on this workstation, newest first."""
        stmt = select(Draft).order_by(Draft.updated_at.desc())
        if form:
            stmt = stmt.where(Draft.form == form)
        with self.store.sessions() as s:
            return [
                DraftRow(d.id, d.form, d.user_id, d.record_id, d.payload, d.updated_at)
                for d in s.scalars(stmt)
            ]

    def discard_draft(self, draft_id: str) -> None:
        with self.store.session() as s:
            s.execute(delete(Draft).where(Draft.id == draft_id))


# -- users on shift ------------------------------------------------------------------

_USERNAME = re.compile(r"[^a-z0-9]+")


class UserService:
    def __init__(self, store: Store):
        self.store = store

    def list(self) -> list[UserRow]:
        with self.store.sessions() as s:
            return [
                UserRow(u.id, u.username, u.full_name, u.role)
                for u in s.scalars(
                    select(User).where(User.active.is_(True), User.deleted_at.is_(None))
                    .order_by(User.full_name)
                )
            ]

    def add(self, full_name: str, role: str = "consultant", username: str | None = None) -> UserRow:
        name = " ".join(full_name.split())
        if not name:
            raise ValidationError([FieldError("full_name", "required", "is required")])
        if len(name) > 200:
            raise ValidationError([FieldError("full_name", "too_long", "is too long")])
        with self.store.session() as s:
            base = username or _USERNAME.sub("", name.casefold()) or "user"
            candidate, n = base, 1
            while s.scalar(select(User.id).where(User.username == candidate)):
                n += 1
                candidate = f"{base}{n}"
            user = User(username=candidate, full_name=name, role=role,
                        site_id=self.store.site_id)
            s.add(user)
            s.flush()
            return UserRow(user.id, user.username, user.full_name, user.role)

    def get(self, user_id: str) -> UserRow | None:
        with self.store.sessions() as s:
            u = s.get(User, user_id)
            return UserRow(u.id, u.username, u.full_name, u.role) if u else None


def local_day_bounds(day: datetime) -> tuple[datetime, datetime]:
    """UTC bounds of the local calendar day containing ``day``."""
    local = day.astimezone()
    start = local.replace(hour=0, minute=0, second=0, microsecond=0)
    end = start + timedelta(days=1)
    return start.astimezone(UTC), end.astimezone(UTC)
