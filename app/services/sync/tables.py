"""Which tables travel between sites, and how their rows are checked on the way in.

Every record of every kind travels: staff (as the authors of records), caller
profiles, contacts with their topics, destinations, outcomes, directory entries and
articles given and change history, crisis cases, assistance cases, quality reviews,
the staff register, the directory and its history, the knowledge base and its
revisions, the shift's tasks and their history, handover notes and debrief requests,
the licensed-agency lists with their agencies, the agency checks and the recruiters
named in contacts, printed-summary log, legacy-import ledger, and the sync conflicts
themselves. Local to each site: settings, drafts (unsaved forms), the audit log and its
chain head, and the sync bookkeeping (keys, partners, versions, history). A test checks
that every table of the schema is in one of the two lists.

Rows travel as their stored values (text, integers, reals, NULL) in the column order
the file's manifest names. Nothing from a file reaches SQL except as a bound value:
table and column names come from this module, never from the file.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, BigInteger, Boolean, Date, Float, Integer, String, Table, Text

import app.models
import app.models.sync  # noqa: F401 - the sync tables belong to the metadata
from app.models import shift, taxonomy
from app.models.base import Base, UTCDateTime
from app.models.contact import NOTES_MAX
from app.models.knowledge import BODY_MAX
from app.models.recruiters import CHECK_ANSWERS, MENTION_KINDS, MENTION_ROLES
from app.models.sealed import Sealed, SealedJSON
from app.models.shift import NOTE_MAX
from app.models.taxonomy import CODE_COLUMNS, COUNTRY, is_code

RECORD_TABLES: frozenset[str] = frozenset({
    "app_user", "caller", "contact", "import_ledger",
    "directory_entry", "country_emergency", "knowledge_article",
    "crisis_case", "crisis_case_contact", "crisis_consent", "crisis_referral",
    "crisis_case_event",
    "assistance_case", "assistance_relative", "assistance_consent", "assistance_service",
    "assistance_referral", "assistance_monitoring", "assistance_event", "pdf_print",
    "review_round", "review", "staff_event",
    "shift_task", "shift_task_event", "handover_note", "debrief_request",
    "agency_list", "agency_check", "recruiter_mention",
    "sync_conflict",
})
"""Versioned records (id, version, site, author, soft delete): last writer wins by
hybrid logical clock, concurrent changes are kept as conflicts."""

CHILDREN: dict[str, tuple[tuple[str, str], ...]] = {
    "contact": (("contact_topic", "contact_id"), ("contact_destination", "contact_id"),
                ("contact_outcome", "contact_id"), ("contact_directory_given", "contact_id"),
                ("contact_knowledge_given", "contact_id"), ("contact_change", "contact_id")),
    "knowledge_article": (("knowledge_topic", "article_id"),
                          ("knowledge_destination", "article_id")),
    "crisis_case": (("crisis_case_code", "case_id"),),
    "assistance_case": (("assistance_case_code", "case_id"),),
    "agency_list": (("licensed_agency", "list_id"),),
}
"""Rows without a version of their own: they travel inside their parent's version and
are replaced with it (a contact's history too, so an erasure's redaction carries)."""

LOG_TABLES: frozenset[str] = frozenset({"directory_change", "knowledge_revision"})
"""Append-only rows: sent once, never changed."""

LOCAL_TABLES: frozenset[str] = frozenset({
    "setting", "draft", "audit_log", "audit_head",
    "sync_site", "sync_peer", "sync_state", "sync_pending", "sync_import", "sync_export",
    "sync_tombstone",
    "report_text", "campaign",  # the manager's words and campaigns, for the site's report
})
"""Never sent. (``sync_tombstone`` travels in its own section of the file.)"""

LOCAL_COLUMNS: dict[str, frozenset[str]] = {
    "contact": frozenset({"seq"}),
    "app_user": frozenset({"role", "active", "must_change_password",
                           "password_changed_at", "last_login_at", "signature"}),
}
"""Columns never sent, given by the receiving database: local keys, and what an
account may do at a site. A member of staff travels as a name (the author of records);
who may log in here, and in which role, only this site's administrators decide."""

LOCAL_DEFAULTS: dict[str, dict[str, object]] = {
    "app_user": {"role": "consultant", "active": 0, "must_change_password": 1},
}
"""Values of local columns for a record first received from a partner: a partner's
member of staff is known here by name only, with no account until an administrator
here gives one."""

BOOKKEEPING = frozenset({"created_at", "updated_at", "site_id", "author_id", "version"})
"""Columns that say who changed a record and when, not what it holds (not counted as a
difference between two versions)."""

MAX_TEXT = 200_000
"""Longest text value accepted, in characters."""
TEXT_LIMITS: dict[tuple[str, str], int] = {
    ("contact", "notes"): NOTES_MAX,
    ("assistance_case", "client_address"): 1_000,
    ("shift_task", "note"): NOTE_MAX,
    ("shift_task", "close_reason"): NOTE_MAX,
    ("handover_note", "text"): NOTE_MAX,
    ("debrief_request", "note"): NOTE_MAX,
    ("knowledge_article", "body_ru"): BODY_MAX,
    ("knowledge_article", "body_be"): BODY_MAX,
}
"""Text columns whose form allows less than MAX_TEXT: a partner's file is held to the
same limit as a consultant typing here."""
VALUE_SETS: dict[tuple[str, str], frozenset[str]] = {
    ("shift_task", "kind"): frozenset(shift.TASK_KINDS),
    ("shift_task", "status"): frozenset(shift.TASK_STATUSES),
    ("shift_task_event", "kind"): frozenset(shift.TASK_EVENTS),
    ("debrief_request", "status"): frozenset(shift.DEBRIEF_STATUSES),
    ("knowledge_article", "kind"): frozenset({"article", "checklist"}),
    ("knowledge_article", "status"): frozenset({"draft", "approved"}),
    ("knowledge_revision", "status"): frozenset({"draft", "approved"}),
    ("recruiter_mention", "kind"): frozenset(MENTION_KINDS),
    ("recruiter_mention", "role"): frozenset(MENTION_ROLES),
    ("agency_check", "answer"): frozenset(CHECK_ANSWERS),
}
"""Columns holding one of the app's own fixed values (not a taxonomy list): anything
else from a file is refused like an unknown code."""
MAX_JSON = 1_000_000
"""Longest JSON value accepted, in characters."""

UUID_RE = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
_DATETIME_RE = re.compile(r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(\.\d{1,6})?$")
_DATE_RE = re.compile(r"^\d{4}-\d\d-\d\d$")
_INT_MAX = 2**63 - 1

Check = Callable[[Any], str | None]


def is_time_text(v: Any) -> bool:
    """Whether ``v`` is a time as the database stores it, and a real one (no 13th month,
    no 99th minute): what the app can read back."""
    if not isinstance(v, str) or not _DATETIME_RE.match(v):
        return False
    try:
        datetime.fromisoformat(v)
    except ValueError:
        return False
    return True


def is_date_text(v: Any) -> bool:
    if not isinstance(v, str) or not _DATE_RE.match(v):
        return False
    try:
        date.fromisoformat(v)
    except ValueError:
        return False
    return True


def is_text(v: str) -> bool:
    """Whether ``v`` can be stored as text (no lone surrogate such as a JSON "\\ud800")."""
    try:
        v.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _codes(list_name: str) -> Callable[[], frozenset[str]]:
    """The codes of a list (what ``is_code`` accepts) as a set, read from the taxonomy
    or the country list on first use and kept."""
    found: list[frozenset[str]] = []

    def codes() -> frozenset[str]:
        if not found:
            if list_name == COUNTRY:
                from app.models import countries

                found.append(frozenset(countries.all_codes()) | {countries.UNDEFINED})
            else:
                found.append(frozenset(c.code for c in taxonomy.load()[list_name]))
        return found[0]
    return codes


def _check_for(column: Any) -> Check:
    """A function that returns a problem with a value for ``column``, or None."""
    nullable = bool(column.nullable)
    kind = column.type
    # Sealed columns travel as their plain values (app/models/sealed.py).
    if isinstance(kind, SealedJSON):
        kind = JSON()
    elif isinstance(kind, Sealed):
        kind = kind.impl
    problem: Check
    code_list = CODE_COLUMNS.get((column.table.name, column.name))
    if isinstance(kind, UTCDateTime):
        def problem(v: Any) -> str | None:
            return None if is_time_text(v) else "not a time"
    elif isinstance(kind, Date):
        def problem(v: Any) -> str | None:
            return None if is_date_text(v) else "not a date"
    elif isinstance(kind, Boolean):
        def problem(v: Any) -> str | None:
            return None if v in (0, 1) and isinstance(v, int) else "not true or false"
    elif isinstance(kind, Integer | BigInteger):
        def problem(v: Any) -> str | None:
            ok = type(v) is int and -_INT_MAX <= v <= _INT_MAX
            return None if ok else "not a whole number"
    elif isinstance(kind, Float):
        def problem(v: Any) -> str | None:
            ok = type(v) in (int, float) and math.isfinite(v)
            return None if ok else "not a number"
    elif isinstance(kind, JSON):
        def problem(v: Any) -> str | None:
            if not isinstance(v, str) or len(v) > MAX_JSON:
                return "not structured data or too long"
            if not is_text(v):
                return "not valid text"
            try:
                parsed = json.loads(v)
                if "\\u" in v:  # only an escape can make a lone surrogate here
                    json.dumps(parsed, ensure_ascii=False).encode("utf-8")
            except (ValueError, RecursionError):  # UnicodeEncodeError is a ValueError
                return "not structured data"
            return None
    elif isinstance(kind, String | Text):
        limit = getattr(kind, "length", None) or MAX_TEXT
        limit = min(limit, MAX_TEXT, TEXT_LIMITS.get((column.table.name, column.name),
                                                     MAX_TEXT))

        codes = None if code_list is None else _codes(code_list)
        fixed = VALUE_SETS.get((column.table.name, column.name))
        if fixed is not None:
            def codes() -> frozenset[str]:
                return fixed
        absent = None if nullable else "missing"

        def text_problem(v: Any) -> str | None:  # the commonest kind: None checked here
            if v is None:
                return absent
            if not isinstance(v, str):
                return "not text"
            if len(v) > limit:
                return f"longer than {limit} characters"
            if not v.isascii() and not is_text(v):  # ASCII is always valid text
                return "not valid text"
            if codes is not None and (v or not nullable) and v not in codes():
                return f"{v[:40]!r} is not a known code"
            return None
        return text_problem
    else:  # binary and anything else: never sent
        def problem(v: Any) -> str | None:
            return "a kind of value that is not sent"

    if nullable:
        def check(v: Any) -> str | None:
            return None if v is None else problem(v)
        return check

    def check_required(v: Any) -> str | None:
        return "missing" if v is None else problem(v)
    return check_required


CASE_CODE_LISTS: dict[str, frozenset[str]] = {
    "crisis_case_code": frozenset({"method_of_control", "recruitment_method",
                                   "exploitation_type", "need"}),
    "assistance_case_code": frozenset({"exploitation_type", "method_of_control",
                                       "recruitment_method"}),
}
"""The lists a case's coded answers come from ("need" is the crisis questionnaire's own
list; the others are the taxonomy's)."""


def case_code_problem(child: str, list_name: Any, code: Any) -> str | None:
    """A problem with one coded answer of a case (a row of ``child``), or None."""
    allowed = CASE_CODE_LISTS.get(child)
    if allowed is None:
        return None
    if list_name not in allowed:
        return f"{str(list_name)[:40]!r} is not a list of coded answers"
    if list_name != "need" and not is_code(list_name, code):
        return f"{str(code)[:40]!r} is not a known code"
    return None


@dataclass(frozen=True)
class ForeignKey:
    column: str
    index: int
    target: str  # table
    ondelete: str | None  # CASCADE, SET NULL or None
    nullable: bool


@dataclass(frozen=True)
class ChildSpec:
    name: str
    table: Table
    columns: tuple[str, ...]
    parent_index: int
    checks: tuple[Check, ...]
    fks: tuple[ForeignKey, ...]


@dataclass(frozen=True)
class TableSpec:
    name: str
    table: Table
    columns: tuple[str, ...]
    id_index: int
    version_index: int | None  # None: append-only rows
    checks: tuple[Check, ...]
    children: tuple[ChildSpec, ...]
    fks: tuple[ForeignKey, ...]
    uniques: tuple[tuple[int, ...], ...]  # other keys that must be unique
    compared: tuple[int, ...]  # column indexes that say what the record holds

    @property
    def immutable(self) -> bool:
        return self.version_index is None


def _fks(table: Table, columns: tuple[str, ...], skip: str | None = None
         ) -> tuple[ForeignKey, ...]:
    out = []
    for fk in table.foreign_keys:
        name = fk.parent.name
        if name == skip:
            continue
        out.append(ForeignKey(name, columns.index(name), fk.column.table.name, fk.ondelete,
                              bool(fk.parent.nullable)))
    return tuple(sorted(out, key=lambda f: f.index))


def _columns(table: Table) -> tuple[str, ...]:
    local = LOCAL_COLUMNS.get(table.name, frozenset())
    return tuple(c.name for c in table.columns if c.name not in local)


def _build() -> dict[str, TableSpec]:
    from sqlalchemy import UniqueConstraint

    tables = Base.metadata.tables
    specs: dict[str, TableSpec] = {}
    for table in Base.metadata.sorted_tables:  # parents before children
        if table.name not in RECORD_TABLES and table.name not in LOG_TABLES:
            continue
        columns = _columns(table)
        children = []
        for child_name, parent_col in CHILDREN.get(table.name, ()):
            child = tables[child_name]
            ccols = _columns(child)
            children.append(ChildSpec(child_name, child, ccols, ccols.index(parent_col),
                                      tuple(_check_for(child.c[c]) for c in ccols),
                                      _fks(child, ccols, skip=parent_col)))
        uniques = []
        for constraint in table.constraints:
            if isinstance(constraint, UniqueConstraint):
                names = tuple(c.name for c in constraint.columns)
                if names != ("id",):
                    uniques.append(tuple(columns.index(n) for n in names))
        immutable = table.name in LOG_TABLES
        specs[table.name] = TableSpec(
            name=table.name, table=table, columns=columns, id_index=columns.index("id"),
            version_index=None if immutable else columns.index("version"),
            checks=tuple(_check_for(table.c[c]) for c in columns),
            children=tuple(children), fks=_fks(table, columns), uniques=tuple(uniques),
            compared=tuple(i for i, c in enumerate(columns) if c not in BOOKKEEPING),
        )
    return specs


def _ordered(specs: dict[str, TableSpec]) -> dict[str, TableSpec]:
    """Tables before the tables that refer to them, counting the references of their
    parts too (a contact's "directory entries given" refer to the directory)."""
    deps = {name: {fk.target for fk in spec.fks}
            | {fk.target for child in spec.children for fk in child.fks}
            for name, spec in specs.items()}
    out: dict[str, TableSpec] = {}
    while len(out) < len(specs):
        ready = [n for n in specs if n not in out
                 and all(d in out or d == n or d not in specs for d in deps[n])]
        if not ready:  # a cycle: keep the schema's order for the rest
            ready = [n for n in specs if n not in out]
        for n in ready:
            out[n] = specs[n]
    return out


SPECS: dict[str, TableSpec] = _ordered(_build())
"""The travelling tables, parents before the tables that refer to them."""

ORDER: tuple[str, ...] = tuple(SPECS)


def child_tables() -> frozenset[str]:
    return frozenset(c for kids in CHILDREN.values() for c, _p in kids)


def unclassified() -> list[str]:
    """Tables of the schema that are neither sent nor declared local (should be none)."""
    known = RECORD_TABLES | LOG_TABLES | LOCAL_TABLES | child_tables()
    return sorted(t for t in Base.metadata.tables if t not in known)


def referrers(target: str) -> list[tuple[str, str, str | None, bool]]:
    """(table, column, ondelete, nullable) of every column that refers to ``target``."""
    out = []
    for table in Base.metadata.sorted_tables:
        for fk in table.foreign_keys:
            if fk.column.table.name == target:
                out.append((table.name, fk.parent.name, fk.ondelete, bool(fk.parent.nullable)))
    return out


__all__ = ["ORDER", "SPECS", "ChildSpec", "ForeignKey", "TableSpec"]
