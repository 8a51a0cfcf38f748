"""The directory as a CSV or XLSX file: import (the whole file or nothing) and export.

The columns are documented in docs/directory.md. A file with any bad row imports
nothing and every problem is reported as ``row N, column C: problem``; importing the
same file twice changes nothing the second time.
"""

from __future__ import annotations

import csv
import io
import logging
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, time
from pathlib import Path
from typing import Any

from sqlalchemy import select

from app.models import DirectoryChange, DirectoryEntry, utcnow
from app.models import countries as country_list
from app.services import tabular
from app.services.audit import log as audit
from app.services.directory.service import (
    TRACKED,
    DirectoryService,
    EntryInput,
    apply_input,
    diff,
    fold,
    normalised,
    snapshot,
    split_phones,
    validate,
)
from app.services.files import FileContentError, atomic_write, keep_text, neutralise, read_back

log = logging.getLogger("app.directory")

COLUMNS = (
    "id", "country", "type", "name", "city", "address", "phones", "email", "website",
    "hours", "languages", "services", "notes", "verified_at", "verified_by", "retired",
    "fictional",
)
REQUIRED = ("country", "type", "name")
EMERGENCY_TYPE = "emergency_numbers"
EMERGENCY_LABELS = frozenset(
    fold(v) for v in ("emergency_numbers", "emergency numbers", "экстренные номера",
                      "экстраныя нумары"))
EMERGENCY_COLUMNS = frozenset({"country", "type", "phones", "notes", "fictional"})
"""The only cells an emergency-numbers row may fill."""

YES = frozenset({"yes", "y", "true", "1", "да", "так"})
NO = frozenset({"no", "n", "false", "0", "нет", "не", ""})

Progress = Callable[[int, int], bool]


class DirectoryFileError(FileContentError):
    """The directory file as a whole cannot be read (format, encoding, header)."""


@dataclass(frozen=True)
class ImportProblem:
    """What is wrong in one cell. ``row`` counts the header as row 1."""

    row: int
    column: str
    problem: str
    message: str
    params: dict[str, object] = field(default_factory=dict)

    def __str__(self) -> str:
        return f"row {self.row}, column {self.column}: {self.message}"


@dataclass(frozen=True)
class ImportResult:
    rows: int
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    emergency: int = 0
    problems: tuple[ImportProblem, ...] = ()
    dry_run: bool = False
    encoding: str = ""  # a CSV's, as read: a key of tabular.ENCODING_NAMES
    delimiter: str = ""  # a CSV's: "," ";" or a tab

    @property
    def read_as(self) -> str:
        """How a CSV was read, for the command line ("" for a workbook)."""
        if not self.encoding:
            return ""
        return tabular.Text("", self.encoding, self.delimiter).describe()

    @property
    def ok(self) -> bool:
        return not self.problems


@dataclass
class _Row:
    number: int
    data: EntryInput
    id: str | None = None
    verified: date | None = None
    retired: bool | None = None
    fictional: bool = False
    emergency: bool = False


# -- reading files ---------------------------------------------------------------------


def _cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time(0) else value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


MAX_FILE_BYTES = 64 * 1024 * 1024
"""Largest directory file read (a directory of some thousand entries is under 5 MB)."""
MAX_ROWS = 100_000


def _read_bytes(path: Path) -> bytes:
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise DirectoryFileError(f"{path}: larger than a directory file may be "
                                     f"({MAX_FILE_BYTES // (1024 * 1024)} MB)", "too_large",
                                     limit=MAX_FILE_BYTES // (1024 * 1024))
        return path.read_bytes()
    except OSError as exc:
        raise DirectoryFileError(f"{path}: cannot be read ({exc.strerror or exc})",
                                 "unreadable", reason=exc.strerror or exc,
                                 errno=exc.errno or "") from exc


def _bounded(path: Path, rows: Iterator[tuple[int, list[str]]]
             ) -> Iterator[tuple[int, list[str]]]:
    for number, cells in rows:
        if number > MAX_ROWS:
            raise DirectoryFileError(f"{path}: more than {MAX_ROWS:,} rows; split the file",
                                     "too_many_rows", limit=MAX_ROWS)
        if len(cells) > tabular.MAX_COLUMNS:
            raise DirectoryFileError(f"{path}: row {number} has more than "
                                     f"{tabular.MAX_COLUMNS} columns", "too_many_columns",
                                     row=number, limit=tabular.MAX_COLUMNS)
        if any(len(c) > tabular.MAX_CELL for c in cells):
            raise DirectoryFileError(f"{path}: row {number} has a cell longer than "
                                     f"{tabular.MAX_CELL:,} characters", "long_cell",
                                     row=number, limit=tabular.MAX_CELL)
        yield number, cells


def _read_csv(path: Path, text: tabular.Text) -> Iterator[tuple[int, list[str]]]:
    try:
        yield from _bounded(path, enumerate(
            csv.reader(io.StringIO(text.text, newline=""), delimiter=text.delimiter),
            start=1))
    except csv.Error as exc:
        raise DirectoryFileError(f"{path}: not a readable CSV file ({exc})",
                                 "bad_csv") from exc


def _read_xlsx(path: Path) -> Iterator[tuple[int, list[str]]]:
    from zipfile import BadZipFile

    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    data = _read_bytes(path)
    try:
        tabular.check_xlsx(data)  # before openpyxl inflates anything
    except tabular.TableFileError as exc:
        raise DirectoryFileError(f"{path}: {exc}", exc.code, **exc.params) from exc
    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (BadZipFile, InvalidFileException, KeyError, OSError, ValueError) as exc:
        raise DirectoryFileError(f"{path}: not a readable XLSX file", "bad_xlsx") from exc
    try:
        sheet = book.worksheets[0]
        yield from _bounded(path, ((number, [_cell_text(v) for v in values])
                                   for number, values in enumerate(
                                       sheet.iter_rows(values_only=True), start=1)))
    finally:
        book.close()


def read_rows(path: Path, text: tabular.Text | None = None
              ) -> Iterator[tuple[int, list[str]]]:
    """(row number, cells) of a CSV or XLSX file, header first (``text``: a CSV file's
    text as :func:`read_text` read it)."""
    if not path.is_file():
        raise DirectoryFileError(f"{path}: no such file", "no_file")
    suffix = path.suffix.lower()
    if suffix in (".csv", ".txt"):
        return _read_csv(path, text or read_text(path))
    if suffix == ".xlsx":
        return _read_xlsx(path)
    raise DirectoryFileError(f"{path}: not a .csv or .xlsx file", "not_csv_or_xlsx")


def read_text(path: Path) -> tabular.Text:
    """A CSV file's text, its encoding and separator found (UTF-8, UTF-16, Windows-1251;
    commas, semicolons, tabs)."""
    try:
        return tabular.read_text(_read_bytes(path))
    except tabular.TableFileError as exc:
        raise DirectoryFileError(f"{path}: {exc}", exc.code, **exc.params) from exc


# -- parsing rows --------------------------------------------------------------------


def _header(cells: list[str]) -> tuple[list[str], list[ImportProblem]]:
    names = [" ".join(c.split()).casefold().replace(" ", "_") for c in cells]
    while names and not names[-1]:
        names.pop()
    problems = []
    seen: set[str] = set()
    for i, name in enumerate(names):
        column = name or f"#{i + 1}"
        if name not in COLUMNS:
            problems.append(ImportProblem(1, column, "unknown_column", "is not a known column",
                                          {"value": name}))
        elif name in seen:
            problems.append(ImportProblem(1, column, "duplicate_column",
                                          "appears twice in the header"))
        seen.add(name)
    for name in REQUIRED:
        if name not in seen:
            problems.append(ImportProblem(1, name, "missing_column",
                                          "is required but missing from the header"))
    return names, problems


def _parse_date(value: str) -> date | None:
    value = value.strip()
    try:
        return date.fromisoformat(value)
    except ValueError:
        pass
    try:
        return datetime.fromisoformat(value).date()
    except ValueError:
        pass
    try:
        return datetime.strptime(value, "%d.%m.%Y").date()
    except ValueError:
        return None


class _Parser:
    def __init__(self, service: DirectoryService):
        self.service = service
        self.tax = service.tax
        self.demo = service.is_demo
        self.problems: list[ImportProblem] = []

    def bad(self, number: int, column: str, problem: str, message: str,
            **params: object) -> None:
        self.problems.append(ImportProblem(number, column, problem, message, params))

    def flag(self, number: int, column: str, value: str) -> bool | None:
        folded = value.strip().casefold()
        if folded in YES:
            return True
        if folded in NO:
            return None if not folded else False
        self.bad(number, column, "invalid_flag", "must be yes or no", value=value)
        return None

    def row(self, number: int, values: dict[str, str]) -> _Row | None:
        errors_before = len(self.problems)
        raw_type = values.get("type", "").strip()
        emergency = fold(raw_type) in EMERGENCY_LABELS
        type_code = "" if emergency else (self.tax["directory_type"].lookup(raw_type) or raw_type)
        raw_country = values.get("country", "").strip()
        country = country_list.lookup(raw_country) if raw_country else ""
        if country is None:
            self.bad(number, "country", "unknown_code",
                     f"{raw_country!r} is not a country code or name", value=raw_country)
            country = ""
        elif not raw_country:
            self.bad(number, "country", "required", "is required")
        data = EntryInput(
            country=country, type=type_code, name=values.get("name", ""),
            city=values.get("city", ""), address=values.get("address", ""),
            phones=values.get("phones", ""), email=values.get("email", ""),
            website=values.get("website", ""), hours=values.get("hours", ""),
            languages=values.get("languages", ""), services=values.get("services", ""),
            notes=values.get("notes", ""))
        data = normalised(data)
        if emergency:
            for column, value in values.items():
                if value.strip() and column not in EMERGENCY_COLUMNS:
                    self.bad(number, column, "not_for_emergency",
                             "must be empty in a row of emergency numbers")
            if country == country_list.UNDEFINED:
                self.bad(number, "country", "unknown_code", "is not a country code",
                         value=raw_country)
            if data.phones and not any(ch.isdigit() for ch in data.phones):
                self.bad(number, "phones", "invalid_phone", "holds no number")
            fictional = self.flag(number, "fictional", values.get("fictional", ""))
            if fictional and not self.demo:
                self.bad(number, "fictional", "demo_in_real",
                         "demo entries never go into a real database")
            return None if len(self.problems) > errors_before else _Row(
                number, data, emergency=True, fictional=bool(fictional))
        for error in validate(data, self.tax, demo=self.demo):
            if error.field == "country" and error.problem == "required":
                continue  # reported above, with the value as written
            if error.field == "country" and not raw_country:
                continue
            self.bad(number, error.field, error.problem, error.message, **error.params)
        result = _Row(number, data)
        entry_id = values.get("id", "").strip()
        if entry_id:
            try:
                result.id = str(uuid.UUID(entry_id))
            except ValueError:
                self.bad(number, "id", "invalid_id", "is not an entry id", value=entry_id)
        verified = values.get("verified_at", "").strip()
        if verified:
            result.verified = _parse_date(verified)
            if result.verified is None:
                self.bad(number, "verified_at", "invalid_date",
                         "is not a date (YYYY-MM-DD or DD.MM.YYYY)", value=verified)
            elif result.verified > datetime.now().date():
                self.bad(number, "verified_at", "future", "is in the future")
        result.retired = self.flag(number, "retired", values.get("retired", ""))
        fictional = self.flag(number, "fictional", values.get("fictional", ""))
        if fictional and not self.demo:
            self.bad(number, "fictional", "demo_in_real",
                     "demo entries never go into a real database")
        result.fictional = bool(fictional)
        return None if len(self.problems) > errors_before else result


def _key(data: EntryInput) -> tuple[str, str, str, str]:
    return (data.country, data.type, fold(data.name), fold(data.city))


def _verified_moment(day: date) -> datetime:
    """A verification date from a file as a moment: noon local time that day."""
    return datetime.combine(day, time(12)).astimezone().astimezone(UTC)


# -- importing -----------------------------------------------------------------------


def import_file(service: DirectoryService, path: Path | str, *, dry_run: bool = False,
                progress: Progress | None = None) -> ImportResult:
    """Import a directory file in one transaction; any bad row imports nothing.

    Rows with an ``id`` update that entry (or create it with that id); rows without
    one update the live entry of the same country, type, name and city, or create a
    new entry. Raises :class:`DirectoryFileError` for a file that cannot be read at
    all; bad rows come back in ``ImportResult.problems``.
    """
    path = Path(path)
    report = progress or (lambda _done, _total: True)
    parser = _Parser(service)
    rows: list[_Row] = []
    names: list[str] | None = None
    count = 0
    text = read_text(path) if path.is_file() and path.suffix.lower() in (".csv", ".txt") \
        else None
    encoding, delimiter = (text.encoding, text.delimiter) if text else ("", "")
    for number, cells in read_rows(path, text):
        if names is None:
            names, header_problems = _header(cells)
            if header_problems:
                return ImportResult(0, problems=tuple(header_problems), dry_run=dry_run,
                                    encoding=encoding, delimiter=delimiter)
            continue
        if not any(c.strip() for c in cells):
            continue
        count += 1
        if len(cells) > len(names) and any(c.strip() for c in cells[len(names):]):
            parser.bad(number, f"#{len(names) + 1}", "extra_values",
                       "holds a value beyond the last column")
        values = dict(zip(names, (read_back(c) for c in cells), strict=False))
        parsed = parser.row(number, values)
        if parsed is not None:
            rows.append(parsed)
    if names is None:
        raise DirectoryFileError(f"{path}: the file is empty", "empty")

    try:
        result = _apply_rows(service, rows, parser, count, dry_run, report)
    except _DryRun as done:
        result = done.result
    return replace(result, encoding=encoding, delimiter=delimiter)


class _DryRun(Exception):  # noqa: N818 - a control-flow signal, not an error
    """Rolls the import's transaction back after counting what it would do."""

    def __init__(self, result: ImportResult):
        super().__init__("dry run")
        self.result = result


def _apply_rows(service: DirectoryService, rows: list[_Row], parser: _Parser, count: int,
                dry_run: bool, report: Progress) -> ImportResult:
    with service.store.session() as s:
        service.require_editor(s)
        s.info["audit_bulk"] = True  # one audit entry for the file, not one per row
        existing = {e.id: e for e in s.scalars(select(DirectoryEntry))}
        # A live entry wins over a retired one with the same country, type, name, city.
        by_key = {_key(_input_of(e)): e for e in sorted(
            (e for e in existing.values() if e.deleted_at is None),
            key=lambda e: e.retired_at is None)}
        seen_ids: dict[str, int] = {}
        seen_keys: dict[tuple[str, str, str, str], int] = {}
        seen_emergency: dict[str, int] = {}
        plan: list[tuple[_Row, DirectoryEntry | None]] = []
        for row in rows:
            if row.emergency:
                if row.data.country in seen_emergency:
                    parser.bad(row.number, "country", "duplicate_row",
                               f"emergency numbers repeated from row "
                               f"{seen_emergency[row.data.country]}",
                               other=seen_emergency[row.data.country])
                seen_emergency[row.data.country] = row.number
                plan.append((row, None))
                continue
            key = _key(row.data)
            if key in seen_keys:
                parser.bad(row.number, "name", "duplicate_row",
                           f"the same entry as row {seen_keys[key]}", other=seen_keys[key])
            seen_keys[key] = row.number
            target: DirectoryEntry | None = None
            if row.id is not None:
                if row.id in seen_ids:
                    parser.bad(row.number, "id", "duplicate_row",
                               f"the same entry as row {seen_ids[row.id]}", other=seen_ids[row.id])
                seen_ids[row.id] = row.number
                target = existing.get(row.id)
                if target is not None and target.deleted_at is not None:
                    parser.bad(row.number, "id", "deleted", "this entry was deleted")
            else:
                target = by_key.get(key)
            if target is not None and target.fictional and not service.is_demo:
                parser.bad(row.number, "id", "demo_in_real",
                           "demo entries never go into a real database")
            plan.append((row, target))
        if parser.problems:
            problems = tuple(sorted(parser.problems, key=lambda p: (p.row, _order(p.column))))
            return ImportResult(count, problems=problems, dry_run=dry_run)

        created = updated = unchanged = emergency = 0
        now = utcnow()
        for done, (row, target) in enumerate(plan, start=1):
            if row.emergency:
                if service.set_emergency_in(s, row.data.country, row.data.phones, row.data.notes,
                                          fictional=row.fictional, action="import"):
                    emergency += 1
                continue
            if target is None:
                entry = DirectoryEntry(
                    id=row.id or None, site_id=service.site_id, author_id=service.user_id,
                    created_at=now, updated_at=now, fictional=row.fictional)
                apply_input(entry, row.data)
                changes = {k: v for k, v in diff({}, snapshot(entry)).items() if v[1]}
                if row.verified is not None:
                    entry.verified_at = _verified_moment(row.verified)
                    changes["verified_at"] = [None, entry.verified_at.isoformat()]
                if row.retired:
                    entry.retired_at = now
                    changes["retired_at"] = [None, now.isoformat()]
                s.add(entry)
                s.flush()
                _log(s, service, entry.id, changes, now)
                created += 1
            else:
                before = snapshot(target)
                apply_input(target, row.data)
                changes = diff(before, snapshot(target))
                if row.verified is not None and (
                        target.verified_at is None
                        or target.verified_at.astimezone().date() != row.verified):
                    moment = _verified_moment(row.verified)
                    changes["verified_at"] = [
                        target.verified_at.isoformat() if target.verified_at else None,
                        moment.isoformat()]
                    target.verified_at, target.verified_by = moment, None
                if row.retired is not None and (target.retired_at is not None) != row.retired:
                    after = now if row.retired else None
                    changes["retired_at"] = [
                        target.retired_at.isoformat() if target.retired_at else None,
                        after.isoformat() if after else None]
                    target.retired_at = after
                if changes:
                    target.stamp(now, service.user_id)
                    _log(s, service, target.id, changes, now)
                    updated += 1
                else:
                    unchanged += 1
            if done % 200 == 0:
                report(done, len(plan))
        result = ImportResult(count, created, updated, unchanged, emergency, dry_run=dry_run)
        if dry_run:
            raise _DryRun(result)
        audit.append(s, "import", user_id=service.user_id, object_kind="directory", details={
            "rows": count, "created": created, "updated": updated, "unchanged": unchanged,
            "emergency": emergency})
    report(len(plan), len(plan))
    log.info("directory import: %d created, %d updated, %d unchanged, %d emergency",
             created, updated, unchanged, emergency)
    return result


def _order(column: str) -> int:
    return COLUMNS.index(column) if column in COLUMNS else len(COLUMNS)


def _input_of(entry: DirectoryEntry) -> EntryInput:
    return EntryInput(**{k: getattr(entry, k) for k in TRACKED})


def _log(s: Any, service: DirectoryService, entry_id: str, changes: dict[str, list[Any]],
         now: datetime) -> None:
    s.add(DirectoryChange(entry_id=entry_id, changed_at=now, user_id=service.user_id,
                          site_id=service.site_id, action="import", changes=changes))


# -- exporting -----------------------------------------------------------------------


def export_rows(service: DirectoryService) -> list[dict[str, str]]:
    """Every entry (retired ones too) and every country's emergency numbers."""
    from app.services.directory.service import DirectoryQuery

    rows = []
    for e in service.search(DirectoryQuery(include_retired=True), limit=1_000_000):
        rows.append({
            "id": e.id, "country": e.country, "type": e.type, "name": e.name,
            "city": e.city, "address": e.address, "phones": "; ".join(e.phone_list()),
            "email": e.email, "website": e.website, "hours": e.hours,
            "languages": e.languages, "services": e.services, "notes": e.notes,
            "verified_at": e.verified_at.astimezone().date().isoformat()
            if e.verified_at else "",
            "verified_by": e.verified_by, "retired": "yes" if e.retired else "no",
            "fictional": "yes" if e.fictional else "no",
        })
    for country in service.countries():
        em = service.emergency(country)
        if em is not None:
            rows.append({
                **dict.fromkeys(COLUMNS, ""), "country": country, "type": EMERGENCY_TYPE,
                "phones": "; ".join(split_phones(em.numbers)), "notes": em.notes,
                "fictional": "yes" if em.fictional else "no",
            })
    return rows


def export_file(service: DirectoryService, path: Path | str) -> int:
    """Write the directory to a .csv (UTF-8 with BOM) or .xlsx file; returns rows."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".xlsx"):
        raise DirectoryFileError(f"{path}: the file name must end in .csv or .xlsx",
                                 "not_csv_or_xlsx")
    rows = export_rows(service)

    def write_csv() -> None:
        with atomic_write(path, "w", encoding="utf-8-sig", newline="") as f:
            writer = csv.DictWriter(f, fieldnames=COLUMNS)
            writer.writeheader()
            writer.writerows({c: neutralise(v) for c, v in row.items()} for row in rows)

    def write_xlsx() -> None:
        from openpyxl import Workbook
        from openpyxl.styles import Font

        book = Workbook()
        sheet = book.active
        assert sheet is not None
        sheet.title = "directory"
        sheet.append(list(COLUMNS))
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        for row in rows:
            sheet.append([row[c] for c in COLUMNS])
            for cell in sheet[sheet.max_row]:
                keep_text(cell)
        sheet.freeze_panes = "A2"
        with atomic_write(path, "wb") as f:
            book.save(f)

    # The same writer as every other export: the whole file or none, and the rename
    # itself made durable (files.atomic_write).
    path.parent.mkdir(parents=True, exist_ok=True)
    (write_csv if suffix == ".csv" else write_xlsx)()
    audit.record(service.store, "export", user_id=service.user_id, object_kind="directory",
                 details={"format": suffix.lstrip("."), "rows": len(rows)})
    log.info("directory export: %d rows", len(rows))
    return len(rows)


__all__ = [
    "COLUMNS",
    "DirectoryFileError",
    "ImportProblem",
    "ImportResult",
    "export_file",
    "import_file",
]
