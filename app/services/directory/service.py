"""The directory of contacts abroad: entries by country and type, emergency numbers,
verification, history, and which entries were given to callers.

A wrong number given to a person in danger is worse than none, so every entry shows
when and by whom it was last verified; entries not verified for a configurable number
of months (12 by default) are "to be checked". Demo entries carry the ``fictional``
flag, and a database that is not a demo refuses them.
"""

from __future__ import annotations

import logging
import unicodedata
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import Connection, func, select
from sqlalchemy.orm import Session

from app.db import Store
from app.models import (
    Contact,
    ContactDirectoryGiven,
    CountryEmergency,
    DirectoryChange,
    DirectoryEntry,
    User,
    new_uuid,
    utcnow,
)
from app.models import countries as country_list
from app.models.contact import NOTES_MAX
from app.models.taxonomy import Taxonomy
from app.models.taxonomy import load as load_taxonomy
from app.services.directory.types import (
    TRACKED,
    DirectoryChangeRow,
    DirectoryQuery,
    Emergency,
    Entry,
    EntryInput,
    GivenSummary,
    split_phones,
)
from app.services.permissions import PermissionDeniedError, allowed, role_of
from app.services.records import ConcurrentEditError, live
from app.services.validation import FieldError, ValidationError, check_months, months_setting

log = logging.getLogger("app.directory")

TYPE_LIST = "directory_type"
STALE_SETTING = "directory_stale_months"
DEFAULT_STALE_MONTHS = 12
SEARCH_LIMIT = 500

# Longest accepted value of each text field, in characters.
LIMITS = {
    "name": 300, "city": 120, "address": 1000, "phones": 2000, "email": 200,
    "website": 300, "hours": 300, "languages": 200, "services": 5000, "notes": NOTES_MAX,
}
EMERGENCY_LIMIT = 2000
DEMO_MARKERS = ("(ДЕМО)", "(DEMO)", "(ДЭМА)")
"""Name prefixes of demo entries; a real database refuses names that start with one."""


# -- the role check ----------------------------------------------------------------------

EDIT = "directory.edit"
VIEW = "directory.view"


def can_edit_directory(role: str | None) -> bool:
    """Whether a user with ``role`` may add, edit, retire or import directory entries
    (the permission matrix's ``directory.edit``)."""
    return allowed(role, EDIT)


class DirectoryPermissionError(PermissionDeniedError):
    """The user may not change the directory."""


class ConcurrentEntryEditError(ConcurrentEditError):
    """The entry was changed by someone else since the form loaded it."""


# -- folding for search ------------------------------------------------------------------

_LATIN_END = 0x024F


def fold(text: str) -> str:
    """Case-folded, ё→е, Latin accents dropped, spaces collapsed: how people type.

    SQLite's lower() and LIKE fold ASCII only, so the directory keeps a column of
    folded text and folds every query the same way. Accents are dropped from Latin
    letters only ("Zürich" = "zurich"); Cyrillic й keeps its breve.
    """
    decomposed = unicodedata.normalize("NFD", text.casefold())
    kept: list[str] = []
    for ch in decomposed:
        if unicodedata.combining(ch) and kept and ord(kept[-1]) <= _LATIN_END:
            continue
        kept.append(ch)
    folded = unicodedata.normalize("NFC", "".join(kept)).replace("ё", "е")
    return " ".join(folded.split())


def search_key(name: str, city: str, services: str, country: str) -> str:
    """The folded text search matches against: name, city, services, country names."""
    names = {country_list.name(country, lang) for lang in ("ru", "be", "en")}
    return fold(" ".join([name, city, services, *sorted(names)]))


def _like_escape(word: str) -> str:
    return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


# -- validation and normalisation -------------------------------------------------------

_PHONE_START = set("+0123456789(")


def normalised(data: EntryInput) -> EntryInput:
    """Spaces trimmed, NFC, the country in capitals, phones one a line."""

    def clean(value: str) -> str:
        return unicodedata.normalize("NFC", value).strip()

    values = {k: clean(getattr(data, k)) for k in TRACKED}
    values["country"] = values["country"].upper()
    for key in ("name", "city", "email", "website", "hours", "languages"):
        values[key] = " ".join(values[key].split())
    values["phones"] = "\n".join(split_phones(values["phones"]))
    return EntryInput(**values)


def validate(data: EntryInput, tax: Taxonomy, *, demo: bool = True) -> list[FieldError]:
    """Every problem with ``data`` (already normalised), field by field.

    ``demo`` False: the database is a real one, which refuses demo names.
    """
    errors: list[FieldError] = []

    def bad(field_name: str, problem: str, message: str, **params: object) -> None:
        errors.append(FieldError(field_name, problem, message, params))

    if not data.country:
        bad("country", "required", "is required")
    elif data.country == country_list.UNDEFINED or not country_list.is_valid(data.country):
        bad("country", "unknown_code", f"{data.country!r} is not a country code",
            value=data.country)
    codes = tax[TYPE_LIST]
    if not data.type:
        bad("type", "required", "is required")
    elif data.type not in codes or codes.get(data.type).retired:
        bad("type", "unknown_code", f"{data.type!r} is not an entry type", value=data.type)
    if not data.name:
        bad("name", "required", "is required")
    elif not demo and data.name.upper().startswith(DEMO_MARKERS):
        bad("name", "demo_in_real", "is marked as demo data; a real database refuses it")
    for key, limit in LIMITS.items():
        if len(getattr(data, key)) > limit:
            bad(key, "too_long", f"is longer than {limit} characters", limit=limit)
    for phone in split_phones(data.phones):
        digits = sum(ch.isdigit() for ch in phone)
        if phone[0] not in _PHONE_START or digits < 3:
            bad("phones", "invalid_phone", f"{phone!r} is not a phone number", value=phone)
            break
    for email in (e.strip() for e in data.email.replace(",", ";").split(";")):
        if email and ("@" not in email or " " in email or email.startswith("@")
                      or email.endswith("@")):
            bad("email", "invalid_email", f"{email!r} is not an e-mail address", value=email)
            break
    if data.website and (" " in data.website or "." not in data.website):
        bad("website", "invalid_website", "is not a web address")
    return errors


def months_before(moment: datetime, months: int) -> datetime:
    """The same day and time ``months`` calendar months earlier (clamped to month end)."""
    year, month = divmod(moment.year * 12 + moment.month - 1 - months, 12)
    month += 1
    day = moment.day
    while True:
        try:
            return moment.replace(year=year, month=month, day=day)
        except ValueError:
            day -= 1


def diff(before: dict[str, Any], after: dict[str, Any]) -> dict[str, list[Any]]:
    return {k: [before.get(k), after.get(k)] for k in TRACKED if before.get(k) != after.get(k)}


def snapshot(entry: DirectoryEntry) -> dict[str, Any]:
    return {k: getattr(entry, k) for k in TRACKED}


def apply_input(entry: DirectoryEntry, data: EntryInput) -> None:
    for key in TRACKED:
        setattr(entry, key, getattr(data, key))
    entry.search_key = search_key(data.name, data.city, data.services, data.country)


# -- recording what was given (called by ContactService.save) ------------------------


def record_given(s: Session, contact_id: str, entry_ids: Iterable[str],
                 user_id: str | None) -> list[str]:
    """Link the entries given to the caller to the contact; returns the new links.

    Links only accumulate: an entry given once stays given when the contact is edited.
    An id that is not a live entry is a validation error, and the caller's
    transaction rolls back.
    """
    wanted = list(dict.fromkeys(entry_ids))
    if not wanted:
        return []
    s.flush()  # the contact row first: the links refer to it
    known = set(s.scalars(select(DirectoryEntry.id).where(
        DirectoryEntry.id.in_(wanted), DirectoryEntry.deleted_at.is_(None))))
    missing = [e for e in wanted if e not in known]
    if missing:
        raise ValidationError([FieldError(
            "directory_given", "unknown_code", f"{missing[0]!r} is not a directory entry",
            {"value": missing[0]})])
    already = set(s.scalars(select(ContactDirectoryGiven.entry_id).where(
        ContactDirectoryGiven.contact_id == contact_id)))
    now = utcnow()
    added = [e for e in wanted if e not in already]
    for entry_id in added:
        s.add(ContactDirectoryGiven(contact_id=contact_id, entry_id=entry_id, given_at=now,
                                    user_id=user_id))
    return added


# -- the service ---------------------------------------------------------------------


class DirectoryService:
    """The directory of one store, used and edited by one user on one site."""

    def __init__(self, store: Store, user_id: str | None, tax: Taxonomy | None = None):
        self.store = store
        self.user_id = user_id
        self.tax = tax or load_taxonomy()
        self.site_id = store.site_id

    # -- settings --

    @property
    def is_demo(self) -> bool:
        return bool(self.store.setting("demo", False))

    def stale_months(self) -> int:
        return months_setting(self.store.setting(STALE_SETTING), DEFAULT_STALE_MONTHS)

    def set_stale_months(self, months: int) -> None:
        check_months("stale_months", months)
        self.store.set_setting(STALE_SETTING, months)

    def stale_before(self, now: datetime | None = None) -> datetime:
        """Entries verified before this moment (or never) are to be checked."""
        return months_before((now or utcnow()).astimezone(UTC), self.stale_months())

    # -- permissions --

    def _role(self, s: Session) -> str | None:
        return role_of(s, self.user_id)

    def may_edit(self) -> bool:
        with self.store.sessions() as s:
            return can_edit_directory(self._role(s))

    def require_editor(self, s: Session) -> None:
        role = self._role(s)
        if not can_edit_directory(role):
            raise DirectoryPermissionError(
                role, EDIT, "only supervisors and administrators change the directory")
        s.info["audit_user"] = self.user_id

    def require_viewer(self) -> None:
        """Raise unless the user may read the directory (every active account)."""
        role = self.role()
        if not allowed(role, VIEW):
            raise DirectoryPermissionError(role, VIEW)

    def role(self) -> str | None:
        with self.store.sessions() as s:
            return self._role(s)

    # -- reading --

    def _entry(self, e: DirectoryEntry, verifier: str | None, cutoff: datetime) -> Entry:
        stale = e.retired_at is None and (e.verified_at is None or e.verified_at < cutoff)
        return Entry(
            id=e.id, country=e.country, type=e.type, name=e.name, city=e.city,
            address=e.address, phones=e.phones, email=e.email, website=e.website,
            hours=e.hours, languages=e.languages, services=e.services, notes=e.notes,
            verified_at=e.verified_at, verified_by=verifier or "", retired_at=e.retired_at,
            fictional=e.fictional, stale=stale, version=e.version, updated_at=e.updated_at,
        )

    def _sorted(self, entries: list[Entry], lang: str) -> list[Entry]:
        order = {c.code: i for i, c in enumerate(self.tax[TYPE_LIST])}
        return sorted(entries, key=lambda e: (
            fold(country_list.name(e.country, lang)), order.get(e.type, 99), fold(e.name),
            fold(e.city)))

    def get(self, entry_id: str) -> Entry:
        with self.store.sessions() as s:
            row = s.execute(
                select(DirectoryEntry, User.full_name)
                .outerjoin(User, User.id == DirectoryEntry.verified_by)
                .where(DirectoryEntry.id == entry_id, DirectoryEntry.deleted_at.is_(None))
            ).first()
            if row is None:
                raise LookupError(f"no directory entry {entry_id}")
            return self._entry(row[0], row[1], self.stale_before())

    @staticmethod
    def _conditions(q: DirectoryQuery, cutoff: datetime) -> list[Any]:
        cond: list[Any] = [DirectoryEntry.deleted_at.is_(None)]
        if not q.include_retired:
            cond.append(DirectoryEntry.retired_at.is_(None))
        if q.country:
            cond.append(DirectoryEntry.country == q.country)
        if q.type:
            cond.append(DirectoryEntry.type == q.type)
        if q.stale_only:
            cond.append(DirectoryEntry.retired_at.is_(None))
            verified = DirectoryEntry.verified_at
            cond.append(verified.is_(None) | (verified < cutoff))
        for word in fold(q.text).split():
            cond.append(DirectoryEntry.search_key.like(f"%{_like_escape(word)}%", escape="\\"))
        return cond

    def search(self, q: DirectoryQuery, lang: str = "en",
               limit: int = SEARCH_LIMIT) -> list[Entry]:
        """Entries matching every word of ``q.text`` anywhere in name, city, services
        or the country's name, in any case and script; sorted by country, type, name."""
        cutoff = self.stale_before()
        stmt = (
            select(DirectoryEntry, User.full_name)
            .outerjoin(User, User.id == DirectoryEntry.verified_by)
            .where(*self._conditions(q, cutoff))
            .limit(limit)
        )
        with self.store.sessions() as s:
            rows = s.execute(stmt).all()
            return self._sorted([self._entry(e, name, cutoff) for e, name in rows], lang)

    def count(self, q: DirectoryQuery | None = None) -> int:
        stmt = select(func.count()).select_from(DirectoryEntry).where(
            *self._conditions(q or DirectoryQuery(), self.stale_before()))
        with self.store.sessions() as s:
            return int(s.scalar(stmt) or 0)

    def for_countries(self, countries: Sequence[str], lang: str = "en") -> list[Entry]:
        """Live entries of the given countries, in the order the countries are given."""
        wanted = [c for c in dict.fromkeys(countries) if c != country_list.UNDEFINED]
        if not wanted:
            return []
        cutoff = self.stale_before()
        with self.store.sessions() as s:
            rows = s.execute(
                select(DirectoryEntry, User.full_name)
                .outerjoin(User, User.id == DirectoryEntry.verified_by)
                .where(DirectoryEntry.country.in_(wanted), DirectoryEntry.deleted_at.is_(None),
                       DirectoryEntry.retired_at.is_(None))
            ).all()
            entries = self._sorted([self._entry(e, n, cutoff) for e, n in rows], lang)
        position = {c: i for i, c in enumerate(wanted)}
        return sorted(entries, key=lambda e: position[e.country])

    def countries(self) -> list[str]:
        """Countries that have live entries or emergency numbers."""
        with self.store.sessions() as s:
            a = set(s.scalars(select(DirectoryEntry.country).where(
                DirectoryEntry.deleted_at.is_(None), DirectoryEntry.retired_at.is_(None))))
            b = set(s.scalars(select(CountryEmergency.country).where(
                CountryEmergency.deleted_at.is_(None))))
        return sorted(a | b)

    def stale(self, lang: str = "en") -> list[Entry]:
        return self.search(DirectoryQuery(stale_only=True), lang)

    def history(self, entry_id: str) -> list[DirectoryChangeRow]:
        return self._history(DirectoryChange.entry_id == entry_id)

    def emergency_history(self, country: str) -> list[DirectoryChangeRow]:
        return self._history(DirectoryChange.entry_id.is_(None),
                             DirectoryChange.country == country)

    def _history(self, *cond: Any) -> list[DirectoryChangeRow]:
        with self.store.sessions() as s:
            rows = s.execute(
                select(DirectoryChange, User.full_name)
                .outerjoin(User, User.id == DirectoryChange.user_id)
                .where(*cond)
                .order_by(DirectoryChange.changed_at, DirectoryChange.id)
            ).all()
            return [DirectoryChangeRow(c.changed_at, name or "", c.action, c.changes)
                    for c, name in rows]

    def given(self, entry_id: str) -> GivenSummary:
        """How often an entry was given to callers, and when last."""
        with self.store.sessions() as s:
            n, last = s.execute(
                select(func.count(), func.max(ContactDirectoryGiven.given_at))
                .where(ContactDirectoryGiven.entry_id == entry_id)
            ).one()
        if isinstance(last, datetime):
            last = last.replace(tzinfo=UTC)
        elif isinstance(last, str):
            last = datetime.fromisoformat(last).replace(tzinfo=UTC)
        return GivenSummary(int(n or 0), last)

    def given_counts(self, start: datetime | None = None,
                     end: datetime | None = None) -> dict[str, int]:
        """Times each entry was given in ``start <= given_at < end`` (for statistics)."""
        stmt = select(ContactDirectoryGiven.entry_id, func.count()).group_by(
            ContactDirectoryGiven.entry_id)
        if start is not None:
            stmt = stmt.where(ContactDirectoryGiven.given_at >= start)
        if end is not None:
            stmt = stmt.where(ContactDirectoryGiven.given_at < end)
        with self.store.sessions() as s:
            return {str(r[0]): int(r[1]) for r in s.execute(stmt)}

    def given_for_contact(self, contact_id: str) -> list[str]:
        with self.store.sessions() as s:
            return list(s.scalars(
                select(ContactDirectoryGiven.entry_id)
                .where(ContactDirectoryGiven.contact_id == contact_id)
                .order_by(ContactDirectoryGiven.given_at)))

    # -- emergency numbers --

    def emergency(self, country: str) -> Emergency | None:
        with self.store.sessions() as s:
            row = self._emergency_row(s, country)
            if row is None:
                return None
            return Emergency(row.country, row.numbers, row.notes, row.fictional,
                             row.updated_at)

    @staticmethod
    def _emergency_row(s: Session, country: str) -> CountryEmergency | None:
        return s.scalar(
            select(CountryEmergency)
            .where(CountryEmergency.country == country, CountryEmergency.deleted_at.is_(None))
            .order_by(CountryEmergency.updated_at.desc()).limit(1))

    def set_emergency(self, country: str, numbers: str, notes: str = "") -> None:
        """Set a country's general emergency numbers (empty numbers and notes remove them)."""
        country = country.strip().upper()
        numbers = "\n".join(line.strip() for line in numbers.strip().splitlines()
                            if line.strip())
        notes = notes.strip()
        errors = []
        if country == country_list.UNDEFINED or not country_list.is_valid(country):
            errors.append(FieldError("country", "unknown_code", "is not a country code"))
        if len(numbers) > EMERGENCY_LIMIT:
            errors.append(FieldError("numbers", "too_long", "is too long",
                                     {"limit": EMERGENCY_LIMIT}))
        elif numbers and not any(ch.isdigit() for ch in numbers):
            errors.append(FieldError("numbers", "invalid_phone", "holds no number"))
        if len(notes) > EMERGENCY_LIMIT:
            errors.append(FieldError("notes", "too_long", "is too long",
                                     {"limit": EMERGENCY_LIMIT}))
        if errors:
            raise ValidationError(errors)
        with self.store.session() as s:
            self.require_editor(s)
            self.set_emergency_in(s, country, numbers, notes, fictional=False, action="update")

    def set_emergency_in(self, s: Session, country: str, numbers: str, notes: str, *,
                       fictional: bool, action: str) -> bool:
        now = utcnow()
        row = self._emergency_row(s, country)
        before = {"numbers": row.numbers, "notes": row.notes} if row else {}
        after = {"numbers": numbers, "notes": notes}
        changes = {k: [before.get(k), v] for k, v in after.items() if before.get(k, "") != v}
        if not changes:
            return False
        if row is None:
            row = CountryEmergency(country=country, site_id=self.site_id,
                                   author_id=self.user_id, created_at=now, fictional=fictional)
            s.add(row)
        else:
            row.stamp(now, self.user_id)
            if not numbers and not notes:
                row.deleted_at = now
        row.numbers, row.notes = numbers, notes
        row.author_id = self.user_id
        row.updated_at = now
        s.add(DirectoryChange(country=country, changed_at=now, user_id=self.user_id,
                              site_id=self.site_id, action=action, changes=changes))
        return True

    # -- changing entries --

    def _check(self, data: EntryInput) -> EntryInput:
        data = normalised(data)
        errors = validate(data, self.tax, demo=self.is_demo)
        if errors:
            raise ValidationError(errors)
        return data

    def _live(self, s: Session, entry_id: str) -> DirectoryEntry:
        return live(s, DirectoryEntry, entry_id, "directory entry")

    def _log(self, s: Session, entry_id: str, action: str, changes: dict[str, list[Any]],
             now: datetime) -> None:
        s.add(DirectoryChange(entry_id=entry_id, changed_at=now, user_id=self.user_id,
                              site_id=self.site_id, action=action, changes=changes))

    def add(self, data: EntryInput, *, verified: bool = True) -> Entry:
        """A new entry; ``verified`` says the user checked its contacts just now."""
        data = self._check(data)
        now = utcnow()
        with self.store.session() as s:
            self.require_editor(s)
            entry = DirectoryEntry(id=new_uuid(), site_id=self.site_id, author_id=self.user_id,
                                   created_at=now, updated_at=now, fictional=False)
            apply_input(entry, data)
            changes = {k: v for k, v in diff({}, snapshot(entry)).items() if v[1]}
            if verified:
                entry.verified_at, entry.verified_by = now, self.user_id
            s.add(entry)
            s.flush()
            self._log(s, entry.id, "create", changes, now)
            entry_id = entry.id
        log.info("directory entry %s created", entry_id)
        return self.get(entry_id)

    def update(self, entry_id: str, data: EntryInput, *, verified: bool = False,
               expected_version: int | None = None) -> Entry:
        """Change an entry; the changed fields go to its history."""
        data = self._check(data)
        now = utcnow()
        with self.store.session() as s:
            self.require_editor(s)
            entry = self._live(s, entry_id)
            if expected_version is not None and entry.version != expected_version:
                raise ConcurrentEntryEditError(entry_id)
            before = snapshot(entry)
            apply_input(entry, data)
            changes = diff(before, snapshot(entry))
            if verified:
                changes["verified_at"] = [
                    entry.verified_at.isoformat() if entry.verified_at else None,
                    now.isoformat()]
                entry.verified_at, entry.verified_by = now, self.user_id
            if changes:
                entry.stamp(now, self.user_id)
                self._log(s, entry.id, "update", changes, now)
        log.info("directory entry %s updated", entry_id)
        return self.get(entry_id)

    def mark_verified(self, entry_id: str, when: datetime | None = None) -> Entry:
        """The user checked the entry's contacts (today, or on ``when``)."""
        when = (when or utcnow()).astimezone(UTC)
        if when > utcnow() + timedelta(minutes=5):
            raise ValidationError([FieldError("verified_at", "future", "is in the future")])
        with self.store.session() as s:
            self.require_editor(s)
            entry = self._live(s, entry_id)
            before = entry.verified_at.isoformat() if entry.verified_at else None
            entry.verified_at, entry.verified_by = when, self.user_id
            entry.stamp(utcnow(), self.user_id)
            self._log(s, entry.id, "verify", {"verified_at": [before, when.isoformat()]},
                      entry.updated_at)
        return self.get(entry_id)

    def retire(self, entry_id: str, retired: bool = True) -> Entry:
        """Stop offering an entry (``retired`` False offers it again). It stays in the
        file, since contacts refer to it."""
        with self.store.session() as s:
            self.require_editor(s)
            entry = self._live(s, entry_id)
            if (entry.retired_at is not None) == retired:
                return self._entry(entry, None, self.stale_before())
            now = utcnow()
            before = entry.retired_at.isoformat() if entry.retired_at else None
            entry.retired_at = now if retired else None
            entry.stamp(now, self.user_id)
            after = now.isoformat() if retired else None
            self._log(s, entry.id, "retire" if retired else "restore",
                      {"retired_at": [before, after]}, now)
        log.info("directory entry %s %s", entry_id, "retired" if retired else "restored")
        return self.get(entry_id)


DEMO_PHONE_PREFIX = "+999"
"""Demo phones use the unassigned country code +999: no demo number reaches anybody."""

# -- statistics ---------------------------------------------------------------------------


def _given_by(column: Any, conn: Connection, start: datetime, end: datetime,
              organisation: str | None) -> dict[str, int]:
    """Times entries were given in ``start <= given_at < end``, grouped by an entry
    column, counting only contacts that are not deleted (of ``organisation``)."""
    cond: list[Any] = [ContactDirectoryGiven.given_at >= start,
                       ContactDirectoryGiven.given_at < end, Contact.deleted_at.is_(None)]
    if organisation is not None:
        cond.append(Contact.organisation == organisation)
    stmt = (select(column, func.count())
            .select_from(ContactDirectoryGiven)
            .join(Contact, Contact.id == ContactDirectoryGiven.contact_id)
            .join(DirectoryEntry, DirectoryEntry.id == ContactDirectoryGiven.entry_id)
            .where(*cond).group_by(column))
    return {str(code): int(n) for code, n in conn.execute(stmt)}


def count_given_by_type(conn: Connection, start: datetime, end: datetime,
                        organisation: str | None) -> dict[str, int]:
    """Contacts abroad given, by entry type: every type of the list, 0 where none."""
    counts = dict.fromkeys((c.code for c in load_taxonomy()[TYPE_LIST].codes), 0)
    counts.update(_given_by(DirectoryEntry.type, conn, start, end, organisation))
    return counts


def count_given_by_country(conn: Connection, start: datetime, end: datetime,
                           organisation: str | None) -> dict[str, int]:
    """Contacts abroad given, by the entry's country: only countries that occur."""
    return _given_by(DirectoryEntry.country, conn, start, end, organisation)


def _register_statistics() -> None:
    from app.services.statistics import sums as stats

    stats.register_section("directory_types", count_given_by_type, TYPE_LIST)
    stats.register_section("directory_countries", count_given_by_country, "country")


_register_statistics()
