"""The Ministry's list of licensed agencies: importing it and searching it.

An administrator imports the list as a CSV or XLSX file (columns in docs/recruiters.md)
with the date the Ministry gave it. The whole file is checked first; any problem
imports nothing and every problem is named as ``row N, column C: problem``. A good file
replaces the current list in one transaction; the replaced list keeps its date in the
history.

A consultant searches the current list by any part of an agency's name (any script,
quotes and legal forms ignored, ё as е) or of its registration (УНП) or licence number.
Each agency found is licensed (until its licence's end) or its licence has expired; an
agency not found is "not found in the list dated …". The answer always carries the
list's date.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from app.db import Store
from app.models import AgencyList, LicensedAgency, new_uuid, utcnow
from app.models.audit import append as audit_append
from app.services import permissions, tabular
from app.services.directory.files import DirectoryFileError, read_rows, read_text
from app.services.files import read_back
from app.services.messages import UserError
from app.services.recruiters.keys import agency_search_key, query_keys

log = logging.getLogger("app.recruiters")

COLUMNS = ("name", "unp", "licence_number", "licence_from", "licence_until", "address")
REQUIRED = ("name", "unp")
HEADER_NAMES: dict[str, str] = {
    "наименование": "name", "название": "name", "наименование организации": "name",
    "организация": "name", "назва": "name",
    "унп": "unp", "регистрационный номер": "unp",
    "номер лицензии": "licence_number", "лицензия": "licence_number",
    "№ лицензии": "licence_number", "license_number": "licence_number",
    "дата выдачи": "licence_from", "действует с": "licence_from",
    "license_from": "licence_from",
    "действует до": "licence_until", "срок действия": "licence_until",
    "license_until": "licence_until",
    "адрес": "address", "юридический адрес": "address",
}
"""Headings of the Ministry's own tables taken for the columns."""
LIMITS = {"name": 500, "licence_number": 50, "address": 500}
MAX_ROWS = 50_000
SEARCH_LIMIT = 20

LICENSED = "licensed"
EXPIRED = "expired"
NOT_FOUND = "not_found"
NO_LIST = "no_list"


class AgencyFileError(UserError):
    """The file as a whole cannot be imported (format, encoding, header); one line,
    without the file's name (the caller puts it in front)."""


class ListDateError(AgencyFileError):
    """The list's date cannot be taken (in the future, older than the current list)."""


@dataclass(frozen=True)
class ImportProblem:
    """What is wrong in one cell. ``row`` counts the header as row 1.

    ``message`` is the English text the command line prints; ``code`` and ``params``
    let the app say the same in the user's language (app/ui/recruiters/page.py)."""

    row: int
    column: str
    message: str
    code: str = ""
    params: tuple[tuple[str, str], ...] = ()

    def param(self, key: str) -> str:
        return dict(self.params).get(key, "")

    def __str__(self) -> str:
        return f"row {self.row}, column {self.column}: {self.message}"


@dataclass(frozen=True)
class ImportResult:
    agencies: int = 0
    list_date: date | None = None
    replaced: date | None = None  # the date of the list this one replaced
    problems: tuple[ImportProblem, ...] = ()
    read_as: str = ""  # a CSV's encoding and separator, for the command line

    @property
    def ok(self) -> bool:
        return not self.problems


@dataclass(frozen=True)
class ListInfo:
    id: str
    list_date: date
    imported_at: datetime
    agencies: int
    replaced_at: datetime | None
    fictional: bool


@dataclass(frozen=True)
class Agency:
    name: str
    unp: str
    licence_number: str
    licence_from: date | None
    licence_until: date | None
    address: str
    status: str  # LICENSED or EXPIRED


@dataclass(frozen=True)
class Answer:
    """The plain answer to a search: ``status`` is LICENSED or EXPIRED (of the first
    agency found), NOT_FOUND, or NO_LIST when no list was ever imported."""

    query: str
    status: str
    list_date: date | None
    agencies: tuple[Agency, ...] = field(default_factory=tuple)


@dataclass
class AgencyRow:
    name: str
    unp: str
    licence_number: str
    licence_from: date | None
    licence_until: date | None
    address: str


def parse_date(value: str) -> date | None:
    """YYYY-MM-DD or DD.MM.YYYY (what the Ministry's tables and Excel hold)."""
    value = value.strip()
    for parse in (date.fromisoformat, lambda v: datetime.fromisoformat(v).date(),
                  lambda v: datetime.strptime(v, "%d.%m.%Y").date()):
        try:
            return parse(value)
        except ValueError:
            continue
    return None


def status_of(until: date | None, today: date) -> str:
    return EXPIRED if until is not None and until < today else LICENSED


class AgencyService:
    def __init__(self, store: Store, user_id: str | None):
        self.store = store
        self.user_id = user_id

    # -- reading --

    @staticmethod
    def _current(s: Session) -> AgencyList | None:
        return s.scalar(select(AgencyList).where(
            AgencyList.replaced_at.is_(None), AgencyList.deleted_at.is_(None))
            .order_by(AgencyList.list_date.desc(), AgencyList.imported_at.desc()).limit(1))

    def current(self) -> ListInfo | None:
        with self.store.sessions() as s:
            found = self._current(s)
            return _info(found) if found is not None else None

    def history(self) -> list[ListInfo]:
        """Every list imported, newest first (replaced ones keep only their date and
        count)."""
        with self.store.sessions() as s:
            return [_info(x) for x in s.scalars(
                select(AgencyList).where(AgencyList.deleted_at.is_(None))
                .order_by(AgencyList.list_date.desc(), AgencyList.imported_at.desc()))]

    def search(self, query: str, today: date | None = None,
               limit: int = SEARCH_LIMIT) -> Answer:
        """Agencies of the current list matching ``query`` (see the module's
        description). Open to every role."""
        today = today or datetime.now().date()
        name, digits = query_keys(query)
        with self.store.sessions() as s:
            permissions.require(permissions.role_of(s, self.user_id), "agencies.check")
            current = self._current(s)
            if current is None:
                return Answer(query, NO_LIST, None)
            if not name and not digits:
                return Answer(query, NOT_FOUND, current.list_date)
            found = _matching(s, current.id, name, digits, limit)
        agencies = tuple(Agency(a.name, a.unp, a.licence_number, a.licence_from,
                                a.licence_until, a.address, status_of(a.licence_until, today))
                         for a in found)
        if not agencies:
            return Answer(query, NOT_FOUND, current.list_date)
        return Answer(query, agencies[0].status, current.list_date, agencies)

    def status_by_key(self, session: Session, keys: set[str],
                      today: date) -> dict[str, tuple[str, date]]:
        """For recruiter keys (app/services/recruiters/keys.py): the status of the
        agency of the current list whose name has that key, and the list's date; keys of
        no agency of the list are absent."""
        current = self._current(session)
        if current is None or not keys:
            return {}
        out: dict[str, tuple[str, date]] = {}
        for key_text, until in session.execute(
                select(LicensedAgency.search_key, LicensedAgency.licence_until)
                .where(LicensedAgency.list_id == current.id)):
            name = key_text.split(" ")[0]
            if name in keys:
                status = status_of(until, today)
                if out.get(name, (EXPIRED,))[0] != LICENSED:
                    out[name] = (status, current.list_date)
        return out

    # -- importing --

    def import_file(self, path: Path | str, list_date: date, *,
                    dry_run: bool = False, fictional: bool = False) -> ImportResult:
        """Check the whole file, then (unless ``dry_run``) replace the current list
        with it in one transaction. Raises :class:`AgencyFileError` for a file that
        cannot be read at all or a list date that cannot be taken; bad rows come back
        in ``ImportResult.problems`` and nothing is written."""
        path = Path(path)
        permissions.require_user(self.store, self.user_id, "agencies.import")
        if list_date > datetime.now().date():
            raise ListDateError("the list's date {date} is in the future",
                                  date=list_date.isoformat())
        rows, problems, read_as = _read(path)
        if not problems and not rows:
            raise AgencyFileError("the file holds no agencies")
        if problems:
            return ImportResult(problems=tuple(problems), read_as=read_as)
        if dry_run:
            return ImportResult(len(rows), list_date, read_as=read_as)
        return self.replace_list(rows, list_date, source_name=path.name, read_as=read_as,
                                 fictional=fictional)

    def replace_list(self, rows: list[AgencyRow], list_date: date, *, source_name: str = "",
                     read_as: str = "", fictional: bool = False) -> ImportResult:
        now = utcnow()
        site_id = self.store.site_id
        with self.store.session() as s:
            permissions.require(permissions.role_of(s, self.user_id), "agencies.import")
            s.info["audit_bulk"] = True  # one audit entry for the list, not one per row
            current = self._current(s)
            if current is not None and current.list_date > list_date:
                raise ListDateError(
                    "the list dated {date} is older than the current list, dated {current}",
                    date=list_date.isoformat(), current=current.list_date.isoformat())
            replaced = current.list_date if current is not None else None
            old_ids = list(s.scalars(select(AgencyList.id).where(
                AgencyList.replaced_at.is_(None), AgencyList.deleted_at.is_(None))))
            if old_ids:
                s.execute(LicensedAgency.__table__.delete().where(  # type: ignore[attr-defined]
                    LicensedAgency.list_id.in_(old_ids)))
                s.execute(update(AgencyList).where(AgencyList.id.in_(old_ids)).values(
                    replaced_at=now, updated_at=now, author_id=self.user_id,
                    version=AgencyList.version + 1))
            new = AgencyList(id=new_uuid(), list_date=list_date, imported_at=now,
                             imported_by=self.user_id, source_name=source_name[:255],
                             agencies=len(rows), fictional=fictional, created_at=now,
                             updated_at=now, site_id=site_id, author_id=self.user_id)
            s.add(new)
            s.flush()
            s.execute(LicensedAgency.__table__.insert(), [  # type: ignore[attr-defined]
                {"id": new_uuid(), "list_id": new.id, "name": r.name, "unp": r.unp,
                 "licence_number": r.licence_number, "licence_from": r.licence_from,
                 "licence_until": r.licence_until, "address": r.address,
                 "search_key": agency_search_key(r.name, r.unp, r.licence_number)}
                for r in rows])
            audit_append(s, "import", user_id=self.user_id, object_kind="agency_list",
                         object_id=new.id, details={
                             "agencies": len(rows), "list_date": list_date.isoformat(),
                             "replaced": replaced.isoformat() if replaced else None})
        log.info("agency list of %s imported: %d agencies", list_date, len(rows))
        return ImportResult(len(rows), list_date, replaced, read_as=read_as)


def _info(x: AgencyList) -> ListInfo:
    return ListInfo(x.id, x.list_date, x.imported_at, x.agencies, x.replaced_at,
                    x.fictional)


def _matching(s: Session, list_id: str, name: str, digits: str,
              limit: int) -> list[LicensedAgency]:
    conds = []
    if name:
        conds.append(func.instr(LicensedAgency.search_key, name) > 0)
    if digits:
        conds.append(func.instr(LicensedAgency.search_key, digits) > 0)
    from sqlalchemy import or_

    found = list(s.scalars(select(LicensedAgency).where(
        LicensedAgency.list_id == list_id, or_(*conds)).limit(limit * 5)))
    # Names that start with what was typed first, then by name.
    found.sort(key=lambda a: (not a.search_key.startswith(name or digits),
                              a.name.casefold()))
    return found[:limit]


# -- reading the file ----------------------------------------------------------------


def _column_of(heading: str) -> str:
    folded = " ".join(heading.replace("ё", "е").split()).casefold()
    plain = folded.replace(" ", "_")
    if plain in COLUMNS:
        return plain
    return HEADER_NAMES.get(folded, "")


def _read(path: Path) -> tuple[list[AgencyRow], list[ImportProblem], str]:
    text = None
    read_as = ""
    try:
        if path.is_file() and path.suffix.lower() in (".csv", ".txt"):
            text = read_text(path)
            read_as = tabular.Text("", text.encoding, text.delimiter).describe()
        lines = read_rows(path, text)
        rows: list[AgencyRow] = []
        problems: list[ImportProblem] = []
        names: list[str] | None = None
        seen_unp: dict[str, int] = {}
        for number, cells in lines:
            if number > MAX_ROWS + 1:
                raise AgencyFileError("more than {rows} rows; split the file",
                                      rows=f"{MAX_ROWS:,}")
            if names is None:
                names, header_problems = _header(cells)
                if header_problems:
                    return [], header_problems, read_as
                continue
            if not any(c.strip() for c in cells):
                continue
            if len(cells) > len(names) and any(c.strip() for c in cells[len(names):]):
                problems.append(ImportProblem(number, f"#{len(names) + 1}",
                                              "holds a value beyond the last column",
                                              "extra_cells"))
            values = {n: read_back(c).strip() for n, c in zip(names, cells, strict=False) if n}
            row = _row(number, values, problems, seen_unp)
            if row is not None:
                rows.append(row)
    except DirectoryFileError as exc:
        # The reading's own code (not UTF-8 text, not a workbook…) lets the app say it
        # in the user's language; the command line prints the English problem.
        details = {k: v for k, v in exc.params.items() if k not in ("problem", "code")}
        raise AgencyFileError("{problem}", problem=str(exc).removeprefix(f"{path}: "),
                              code=exc.code, **details) from exc
    if names is None:
        raise AgencyFileError("the file is empty")
    return rows, problems, read_as


def _header(cells: list[str]) -> tuple[list[str], list[ImportProblem]]:
    names = [_column_of(c) for c in cells]
    while names and not names[-1] and not cells[len(names) - 1].strip():
        names.pop()
    problems = []
    seen: set[str] = set()
    for i, name in enumerate(names):
        if not name:
            problems.append(ImportProblem(1, cells[i].strip() or f"#{i + 1}",
                                          "is not a known column", "unknown_column"))
        elif name in seen:
            problems.append(ImportProblem(1, name, "appears twice in the header",
                                          "second_column"))
        seen.add(name)
    for name in REQUIRED:
        if name not in seen:
            problems.append(ImportProblem(1, name, "is required but missing from the header",
                                          "missing_column"))
    return names, problems


def _row(number: int, values: dict[str, str], problems: list[ImportProblem],
         seen_unp: dict[str, int]) -> AgencyRow | None:
    before = len(problems)

    def bad(column: str, message: str, code: str, **params: object) -> None:
        problems.append(ImportProblem(number, column, message, code,
                                      tuple((k, str(v)) for k, v in params.items())))

    name = " ".join(values.get("name", "").split())
    if not name:
        bad("name", "is required", "required")
    unp = values.get("unp", "").replace(" ", "")
    if not unp:
        bad("unp", "is required", "required")
    elif not (len(unp) == 9 and unp.isdigit() and unp.isascii()):
        bad("unp", f"{unp[:40]!r} is not a registration number (УНП: 9 digits)", "bad_unp",
            value=unp[:40])
    elif unp in seen_unp:
        bad("unp", f"{unp} appears twice (row {seen_unp[unp]} too)", "second_unp",
            value=unp, row=seen_unp[unp])
    else:
        seen_unp[unp] = number
    for column, limit in LIMITS.items():
        if len(values.get(column, "")) > limit:
            bad(column, f"is longer than {limit} characters", "too_long", limit=limit)
    dates: dict[str, date | None] = {}
    for column in ("licence_from", "licence_until"):
        raw = values.get(column, "")
        dates[column] = parse_date(raw) if raw else None
        if raw and dates[column] is None:
            bad(column, f"{raw[:40]!r} is not a date (YYYY-MM-DD or DD.MM.YYYY)", "bad_date",
                value=raw[:40])
    start, end = dates["licence_from"], dates["licence_until"]
    if start and end and end < start:
        bad("licence_until", "is before the licence's start", "before_start")
    if len(problems) > before:
        return None
    return AgencyRow(name, unp, values.get("licence_number", ""), start, end,
                " ".join(values.get("address", "").split()))

