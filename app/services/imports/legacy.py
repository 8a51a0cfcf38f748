"""Legacy import: the spreadsheets the infoline kept before, as the interchange CSV,
version 1 (spec/interfaces.md), or an XLSX workbook with the same columns.

The whole file is checked before anything is written; a file with any bad row
imports nothing and every problem is reported as ``row N, column C: problem``, with
row numbers as a spreadsheet program shows them (the header is row 1). Values may be
codes or labels in any of the app's languages. A column the interchange format does
not know is a problem unless the caller maps it to a known column (or to nothing,
to leave it out).

Importing the same content twice must not double the data: every import records a
hash of its normalised records (the same contacts whatever the file's name, format,
column order, row order, or whether it says "female" or «Женский») in the import
ledger, and a file whose hash is already there is refused. See docs/import.md.

Reading the file into text cells (and the problem and error types) is in
:mod:`app.services.imports.reading`; this module maps the header, parses the cells and
writes the contacts.
"""

from __future__ import annotations

import hashlib
import json
import logging
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from app.models import Contact, ContactChange, ImportLedger, new_uuid, utcnow
from app.models import countries as country_list
from app.services import tabular
from app.services.audit import log as audit
from app.services.contacts.service import (
    CONSULTATION,
    ContactInput,
    ContactService,
    _normalised,
    _snapshot,
    is_out_of_hours,
    validate,
)
from app.services.imports.reading import (
    MAX_ROWS,  # noqa: F401 - callers import it from here
    ImportFileError,
    ImportResult,
    Problem,
    RawTable,
    read_bytes,  # noqa: F401 - callers import it from here
    read_file,
)
from app.services.permissions import require, require_user, role_of

log = logging.getLogger("app.import")

IMPORT = "legacy.import"

COLUMNS = (
    "date", "channel", "kind", "gender", "age_group", "region", "organisation", "topics",
    "destinations", "crisis", "how_heard", "notes",
)
REQUIRED = ("date", "channel")
CODE_COLUMNS = {
    "channel": "channel", "kind": "contact_kind", "gender": "gender",
    "age_group": "age_group", "region": "region", "organisation": "organisation",
    "how_heard": "how_heard",
}
COUNSELLING_COLUMNS = ("gender", "age_group", "region", "topics", "destinations", "crisis",
                       "how_heard")
MAX_CELL = tabular.MAX_CELL
LIST_SEPARATOR = ";"
YES = frozenset({"yes", "y", "true", "1", "да", "д", "так", "x", "+"})
NO = frozenset({"no", "n", "false", "0", "нет", "н", "не", "-", ""})

Progress = Callable[[int, int], bool]


# -- the header --------------------------------------------------------------------


def normalise_header(name: str) -> str:
    """How a header cell is compared with the interchange columns: "Age group" = age_group."""
    folded = " ".join(name.replace("_", " ").replace("-", " ").split()).casefold()
    return folded.replace(" ", "_")


def unknown_columns(header: Iterable[str]) -> list[str]:
    """Header cells that are not interchange columns (they need a mapping)."""
    return [h for h in header if h.strip() and normalise_header(h) not in COLUMNS]


Mapping = dict[str, str | None]
"""File column name → interchange column, or None to leave the column out."""


def _plan(raw: RawTable, mapping: Mapping | None) -> tuple[dict[str, int], dict[str, str],
                                                         list[Problem]]:
    """Which file column feeds which interchange column; problems with the header."""
    header, rows, at = raw.header, raw.rows, raw.header_row
    mapping = {normalise_header(k): v for k, v in (mapping or {}).items()}
    problems: list[Problem] = []
    plan: dict[str, int] = {}
    names: dict[str, str] = {}  # interchange column → the file's header text
    for index, raw_name in enumerate(header):
        label = raw_name or f"#{index + 1}"
        key = normalise_header(raw_name)
        if not key:
            if any(index < len(cells) and cells[index].strip() for _n, cells in rows):
                problems.append(Problem(at, label, "this column has data but no name",
                                        "unnamed_column"))
            continue
        if key in mapping:
            target = mapping[key]
            if target is None or target == "":
                continue
            target = normalise_header(target)
            if target not in COLUMNS:
                problems.append(Problem(at, label, f"mapped to {target!r}, which is not a "
                                        "column of the interchange format", "bad_mapping",
                                        (("target", target),)))
                continue
        elif key in COLUMNS:
            target = key
        else:
            problems.append(Problem(at, label, (
                "unknown column; map it to one of " + ", ".join(COLUMNS)
                + " or leave it out"), "unknown_column"))
            continue
        if target in plan:
            problems.append(Problem(at, label, (
                f"a second column for {target!r} (the first is {names[target]!r})"),
                "second_column", (("target", target), ("first", names[target]))))
            continue
        plan[target] = index
        names[target] = label
    for required in REQUIRED:
        if required not in plan:
            problems.append(Problem(at, None, f"the required column {required!r} is missing",
                                    "missing_column", (("column", required),)))
    return plan, names, problems


# -- the cells -------------------------------------------------------------------------


def _parse_date(value: str) -> datetime | None:
    """A local or zoned moment from ISO 8601 (or DD.MM.YYYY [HH:MM]); None if invalid.

    A date without a time is taken as noon, local time: the time is not known, and
    noon keeps the contact on its calendar day whatever the time zone's rules.
    """
    v = value.strip()
    if not v or len(v) > 40:
        return None
    moment: datetime | None = None
    try:
        return datetime.combine(date.fromisoformat(v), time(12)).astimezone()
    except (ValueError, OverflowError, OSError):
        pass
    try:
        moment = datetime.fromisoformat(v.replace(" ", "T", 1) if "T" not in v else v)
    except ValueError:
        moment = None
    if moment is None:
        for fmt in ("%d.%m.%Y", "%d.%m.%Y %H:%M", "%d.%m.%Y %H:%M:%S"):
            try:
                moment = datetime.strptime(v, fmt)  # local time, made aware below
            except ValueError:
                continue
            if fmt == "%d.%m.%Y":
                moment = moment.replace(hour=12)
            break
    if moment is None:
        return None
    try:
        return moment.astimezone() if moment.tzinfo is None else moment.astimezone(UTC)
    except (OverflowError, ValueError, OSError):
        return None


def _items(value: str) -> list[str]:
    return [p.strip() for p in value.split(LIST_SEPARATOR) if p.strip()]


def _clip(value: str, limit: int = 40) -> str:
    return value if len(value) <= limit else value[:limit - 1] + "…"


@dataclass
class _Row:
    number: int
    data: ContactInput
    organisation: str | None


class _Parser:
    def __init__(self, service: ContactService, plan: dict[str, int], names: dict[str, str]):
        self.service = service
        self.tax = service.tax
        self.plan = plan
        self.names = names
        self.problems: list[Problem] = []
        self.warnings: list[Problem] = []

    def bad(self, number: int, column: str, message: str, code: str = "",
            **params: str) -> None:
        self.problems.append(Problem(number, self.names.get(column, column), message, code,
                                     tuple(params.items())))

    def code(self, number: int, column: str, value: str) -> str | None:
        if not value.strip():
            return None
        codes = self.tax[CODE_COLUMNS[column]]
        found = codes.lookup(value)
        if found is None:
            known = ", ".join(c.code for c in codes.active())
            self.bad(number, column, f"{_clip(value)!r} is not a known value (codes: {known}, "
                                     "or their labels)", "unknown_value", value=_clip(value),
                     codes=known)
        return found

    def row(self, number: int, cells: tuple[str, ...]) -> _Row | None:
        before = len(self.problems)
        width = len(cells)
        values = {col: unicodedata.normalize("NFC", cells[i]) if i < width else ""
                  for col, i in self.plan.items()}
        for col, value in values.items():
            if len(value) > MAX_CELL:
                self.bad(number, col, f"longer than {MAX_CELL:,} characters", "too_long",
                         limit=str(MAX_CELL))
                values[col] = ""

        started = None
        raw_date = values.get("date", "")
        if not raw_date.strip():
            self.bad(number, "date", "is required", "required")
        else:
            started = _parse_date(raw_date)
            if started is None:
                self.bad(number, "date", f"{_clip(raw_date)!r} is not a date (write "
                                         "2013-03-14 or 2013-03-14T09:30)", "bad_date",
                         value=_clip(raw_date))
        channel = values.get("channel", "")
        if not channel.strip():
            self.bad(number, "channel", "is required", "required")
            channel_code = None
        else:
            channel_code = self.code(number, "channel", channel)
        kind = self.code(number, "kind", values.get("kind", "")) or CONSULTATION
        gender = self.code(number, "gender", values.get("gender", "")) or "unknown"
        age_group = self.code(number, "age_group", values.get("age_group", ""))
        region = self.code(number, "region", values.get("region", ""))
        organisation = self.code(number, "organisation", values.get("organisation", ""))
        how_heard = self.code(number, "how_heard", values.get("how_heard", ""))
        topics = []
        for item in _items(values.get("topics", "")):
            found = self.tax["topic"].lookup(item)
            if found is None:
                self.bad(number, "topics", f"{_clip(item)!r} is not a known topic",
                         "unknown_topic", value=_clip(item))
            else:
                topics.append(found)
        destinations = []
        for item in _items(values.get("destinations", "")):
            found_country = country_list.lookup(item) if len(item) <= 80 else None
            if found_country is None:
                self.bad(number, "destinations", f"{_clip(item)!r} is not a country "
                                                 "(ISO 3166 code such as PL, or its name)",
                         "unknown_country", value=_clip(item))
            else:
                destinations.append(found_country)
        crisis_text = values.get("crisis", "").strip().casefold()
        crisis = crisis_text in YES
        if crisis_text not in YES and crisis_text not in NO:
            self.bad(number, "crisis", f"{_clip(crisis_text)!r} is neither yes nor no",
                     "not_yes_no", value=_clip(crisis_text))
        notes = values.get("notes", "").strip()
        if len(self.problems) > before or started is None or channel_code is None:
            return None

        data = ContactInput(
            kind=kind, channel=channel_code, started_at=started, gender=gender,
            age_group=age_group, region=region, topics=topics, destinations=destinations,
            how_heard=how_heard, crisis=crisis, notes=notes, organisation=organisation,
        )
        fields = {"kind": "kind", "channel": "channel", "started_at": "date",
                  "gender": "gender", "age_group": "age_group", "region": "region",
                  "topics": "topics", "destinations": "destinations",
                  "how_heard": "how_heard", "organisation": "organisation", "notes": "notes"}
        for error in validate(data, self.tax):
            if error.field == "topics" and error.problem == "required":
                continue  # old spreadsheets often have no topic; the contact still counts
            self.bad(number, fields.get(error.field, error.field), error.message, error.problem,
                     **{k: str(v) for k, v in error.params.items()})
        if len(self.problems) > before:
            return None
        if kind != CONSULTATION:
            dropped = [self.names[c] for c in COUNSELLING_COLUMNS
                       if c in values and values[c].strip() and not (
                           c == "crisis" and crisis_text in NO) and not (
                           c == "gender" and gender == "unknown")]
            if dropped:
                self.warnings.append(Problem(number, None, (
                    "a contact without counselling keeps no counselling details; not "
                    "imported: " + ", ".join(dropped)), "details_dropped",
                    (("columns", ", ".join(dropped)),)))
        org = organisation or self.service.organisation_for(
            region if kind == CONSULTATION else None)
        return _Row(number, data, org)


# -- the whole file ----------------------------------------------------------------


@dataclass(frozen=True)
class Parsed:
    """A file read and checked: its contacts, or its problems."""

    raw: RawTable
    rows: tuple[_Row, ...]
    problems: tuple[Problem, ...]
    warnings: tuple[Problem, ...]
    content_hash: str

    @property
    def ok(self) -> bool:
        return not self.problems


def _canonical(row: _Row) -> str:
    d = _normalised(row.data)
    assert d.started_at is not None
    return json.dumps([
        d.kind, d.channel, d.started_at.astimezone(UTC).isoformat(), d.gender, d.age_group,
        d.region, row.organisation, sorted(d.topics), d.destinations, d.crisis,
        d.how_heard, d.notes,
    ], ensure_ascii=False, separators=(",", ":"))


def content_hash(rows: Iterable[_Row]) -> str:
    """The hash of the normalised records, whatever their order in the file."""
    digest = hashlib.sha256(b"infoline-interchange-v1\n")
    for line in sorted(_canonical(r) for r in rows):
        digest.update(line.encode("utf-8"))
        digest.update(b"\n")
    return digest.hexdigest()


def parse(raw: RawTable, service: ContactService, mapping: Mapping | None = None) -> Parsed:
    """Check every row of ``raw``; nothing is written."""
    plan, names, problems = _plan(raw, mapping)
    if problems:
        return Parsed(raw, (), tuple(problems), (), "")
    parser = _Parser(service, plan, names)
    rows = []
    width = len(raw.header)
    for number, cells in raw.rows:
        if any(c.strip() for c in cells[width:]):
            parser.problems.append(Problem(number, None, (
                "more cells than the header has columns"), "extra_cells"))
            continue
        parsed = parser.row(number, cells)
        if parsed is not None:
            rows.append(parsed)
    if not raw.rows:
        parser.problems.append(Problem(None, None, "the file has no rows under its header",
                                       "no_rows"))
    return Parsed(raw, tuple(rows), tuple(parser.problems), tuple(parser.warnings),
                  content_hash(rows) if not parser.problems else "")


def previous_import(service: ContactService, digest: str) -> ImportLedger | None:
    with service.store.sessions() as s:
        return s.scalar(select(ImportLedger).where(ImportLedger.content_hash == digest,
                                                   ImportLedger.deleted_at.is_(None)))


def _duplicate(name: str, ledger: ImportLedger) -> ImportFileError:
    when = ledger.created_at.astimezone().strftime("%d.%m.%Y %H:%M")
    return ImportFileError(name, [Problem(None, None, (
        f"these contacts were already imported on {when} from {ledger.file_name!r} "
        f"({ledger.rows} contacts); nothing imported"), "duplicate",
        (("when", when), ("file", ledger.file_name), ("rows", str(ledger.rows))))],
        "duplicate")


def check(parsed: Parsed, service: ContactService) -> None:
    """Raise :class:`ImportFileError` unless ``parsed`` may be imported now."""
    name = parsed.raw.file_name
    if parsed.problems:
        raise ImportFileError(name, list(parsed.problems), "invalid")
    earlier = previous_import(service, parsed.content_hash)
    if earlier is not None:
        raise _duplicate(name, earlier)


def write(parsed: Parsed, service: ContactService, progress: Progress | None = None,
          ) -> ImportResult:
    """Write a checked file's contacts, its ledger entry and their history in one
    transaction: all of them or, on any error or cancel, none."""
    check(parsed, service)
    name = parsed.raw.file_name
    now = utcnow()
    hours = service.working_hours()
    total = len(parsed.rows)
    by_kind: dict[str, int] = {}
    try:
        with service.store.session() as s:
            require(role_of(s, service.user_id), IMPORT)
            s.info["audit_bulk"] = True  # one audit entry for the file, not one per row
            ledger = ImportLedger(
                id=new_uuid(), content_hash=parsed.content_hash, file_name=name[:260],
                file_format=parsed.raw.file_format, rows=total, site_id=service.site_id,
                author_id=service.user_id, created_at=now, updated_at=now,
            )
            s.add(ledger)
            s.flush()  # the ledger's unique hash: a concurrent import of the same file fails
            for i, row in enumerate(parsed.rows, start=1):
                data = _normalised(row.data)
                assert data.started_at is not None
                contact = Contact(id=new_uuid(), site_id=service.site_id,
                                  author_id=service.user_id, consultant_id=None,
                                  created_at=now, updated_at=now)
                service._apply(contact, data, row.organisation)
                contact.out_of_hours = is_out_of_hours(data.started_at, hours)
                s.add(contact)
                snapshot = _snapshot(replace(data, organisation=row.organisation))
                changes: dict[str, list[Any]] = {
                    k: [None, v] for k, v in snapshot.items() if v not in (None, [], "")}
                changes["source"] = [None, f"{name}, row {row.number}"]
                s.add(ContactChange(contact_id=contact.id, changed_at=now,
                                    user_id=service.user_id, site_id=service.site_id,
                                    action="import", changes=changes))
                by_kind[data.kind] = by_kind.get(data.kind, 0) + 1
                if i % 500 == 0:
                    s.flush()
                    if progress is not None and not progress(i, total):
                        raise ImportFileError(name, [Problem(None, None, (
                            "cancelled; nothing imported"), "cancelled")], "cancelled")
            audit.append(s, "import", user_id=service.user_id, object_kind="import_ledger",
                         object_id=ledger.id, details={
                             "source": "legacy_contacts", "format": parsed.raw.file_format,
                             "rows": total})
    except IntegrityError as exc:
        earlier = previous_import(service, parsed.content_hash)
        if earlier is not None:
            raise _duplicate(name, earlier) from exc
        raise
    if progress is not None:
        progress(total, total)
    log.info("legacy import: %d contacts from a %s file", total, parsed.raw.file_format)
    return ImportResult(name, total, total, False, parsed.content_hash, parsed.warnings,
                        by_kind)


def import_file(
    service: ContactService,
    path: Path | str,
    *,
    mapping: Mapping | None = None,
    dry_run: bool = False,
    progress: Progress | None = None,
) -> ImportResult:
    """Import a CSV or XLSX file: everything or nothing; ``dry_run`` only checks.

    Raises :class:`ImportFileError` listing every problem, or saying that the same
    contacts were already imported.
    """
    require_user(service.store, service.user_id, IMPORT)
    parsed = parse(read_file(path), service, mapping)
    check(parsed, service)
    if dry_run:
        by_kind: dict[str, int] = {}
        for row in parsed.rows:
            by_kind[row.data.kind] = by_kind.get(row.data.kind, 0) + 1
        return ImportResult(parsed.raw.file_name, len(parsed.rows), 0, True,
                            parsed.content_hash, parsed.warnings, by_kind,
                            parsed.raw.read_as())
    return write(parsed, service, progress)
