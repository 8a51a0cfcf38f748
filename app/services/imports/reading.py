"""Reading an old spreadsheet for the legacy import: CSV (its encoding and delimiter guessed)
or XLSX into a table of text cells, with the problems and errors the import reports.
"""

from __future__ import annotations

import csv
import io
import zipfile
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path
from typing import Literal

from app.services import tabular

MAX_ROWS = 200_000
# -- results and errors ----------------------------------------------------------------


@dataclass(frozen=True)
class Problem:
    """What is wrong: with a cell (row and column), a row, or the whole file.

    ``message`` is the English text the command line prints; ``code`` and ``params``
    let the app say the same in the user's language.
    """

    row: int | None
    column: str | None
    message: str
    code: str = ""
    params: tuple[tuple[str, str], ...] = ()

    def param(self, key: str) -> str:
        return dict(self.params).get(key, "")

    def __str__(self) -> str:
        where = []
        if self.row is not None:
            where.append(f"row {self.row}")
        if self.column is not None:
            where.append(f"column {self.column}")
        return f"{', '.join(where)}: {self.message}" if where else self.message


class ImportFileError(Exception):
    """The file was not imported; ``problems`` says every reason.

    ``reason`` is ``unreadable`` (not a CSV or XLSX file that can be read),
    ``invalid`` (bad header or rows), ``duplicate`` (already imported) or
    ``cancelled``.
    """

    def __init__(self, file_name: str, problems: list[Problem],
                 reason: Literal["unreadable", "invalid", "duplicate", "cancelled"] = "invalid"):
        self.file_name = file_name
        self.problems = problems
        self.reason = reason
        first = str(problems[0]) if problems else reason
        more = f" (and {len(problems) - 1} more problems)" if len(problems) > 1 else ""
        super().__init__(f"{file_name}: {first}{more}")


@dataclass(frozen=True)
class RawTable:
    """A file's cells as text, before any interpretation."""

    file_name: str
    file_format: Literal["csv", "xlsx"]
    header: tuple[str, ...]
    rows: tuple[tuple[int, tuple[str, ...]], ...]  # (spreadsheet row number, cells)
    header_row: int = 1
    encoding: str = ""  # a CSV's: a key of tabular.ENCODING_NAMES
    delimiter: str = ""  # a CSV's: "," ";" or a tab

    def read_as(self) -> str:
        """How a CSV was read, for the command line ("" for a workbook)."""
        if not self.encoding:
            return ""
        return tabular.Text("", self.encoding, self.delimiter).describe()


@dataclass(frozen=True)
class ImportResult:
    file_name: str
    rows: int  # contacts in the file
    imported: int  # contacts written (0 for a dry run)
    dry_run: bool
    content_hash: str
    warnings: tuple[Problem, ...] = ()
    by_kind: dict[str, int] = field(default_factory=dict)
    read_as: str = ""  # how a CSV was read: "Windows-1251, cells separated by semicolons"


# -- reading -------------------------------------------------------------------------


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, datetime):
        if value.time() == time() and value.tzinfo is None:
            return value.date().isoformat()
        return value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


_Cells = tuple[int, list[str], list[tuple[int, list[str]]]]


def _unreadable(name: str, exc: tabular.TableFileError) -> ImportFileError:
    return ImportFileError(name, [Problem(None, None, str(exc), exc.code,
                                          tuple(exc.params.items()))], "unreadable")


def _too_wide(name: str, number: int) -> ImportFileError:
    return ImportFileError(name, [Problem(number, None, (
        f"more than {tabular.MAX_COLUMNS} columns"), "too_many_columns",
        (("max", str(tabular.MAX_COLUMNS)),))], "unreadable")


def _read_csv(data: bytes, name: str) -> tuple[_Cells, tabular.Text]:
    try:
        decoded = tabular.read_text(data)
    except tabular.TableFileError as exc:
        raise _unreadable(name, exc) from exc
    text, delimiter = decoded.text, decoded.delimiter
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    rows: list[tuple[int, list[str]]] = []
    header: list[str] | None = None
    header_row = 0
    number = 0
    try:
        for record in reader:
            number += 1
            if len(record) > tabular.MAX_COLUMNS:
                raise _too_wide(name, number)
            if header is None:
                if any(c.strip() for c in record):
                    header, header_row = record, number
                continue
            rows.append((number, record))
            if len(rows) > MAX_ROWS:
                raise ImportFileError(name, [Problem(None, None, (
                    f"more than {MAX_ROWS:,} rows; split the file"), "too_many_rows",
                    (("max", str(MAX_ROWS)),))])
    except csv.Error as exc:
        raise ImportFileError(name, [Problem(number + 1, None, f"not valid CSV ({exc})",
                                             "bad_csv", (("detail", str(exc)),))],
                              "unreadable") from exc
    if header is None:
        raise ImportFileError(name, [Problem(None, None, "the file is empty", "empty")])
    return (header_row, header, rows), decoded


def _read_xlsx(data: bytes, name: str) -> _Cells:
    from openpyxl import load_workbook

    try:
        tabular.check_xlsx(data)  # before openpyxl inflates anything
    except tabular.TableFileError as exc:
        raise _unreadable(name, exc) from exc
    try:
        wb = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as exc:  # openpyxl reports a damaged file in many ways
        raise ImportFileError(name, [Problem(None, None, (
            f"not a readable XLSX workbook ({type(exc).__name__})"), "bad_xlsx")],
            "unreadable") from exc
    try:
        ws = wb.worksheets[0] if wb.worksheets else None
        if ws is None:
            raise ImportFileError(name, [Problem(None, None, "the workbook has no sheet",
                                                 "empty")])
        header: list[str] | None = None
        header_row = 0
        rows: list[tuple[int, list[str]]] = []
        for number, values in enumerate(ws.iter_rows(values_only=True), start=1):
            if len(values) > tabular.MAX_COLUMNS:
                raise _too_wide(name, number)
            cells = [_cell_text(v) for v in values]
            if header is None:
                if any(c.strip() for c in cells):  # blank lines above the header are skipped
                    header, header_row = cells, number
                continue
            rows.append((number, cells))
            if len(rows) > MAX_ROWS:
                raise ImportFileError(name, [Problem(None, None, (
                    f"more than {MAX_ROWS:,} rows; split the file"), "too_many_rows",
                    (("max", str(MAX_ROWS)),))])
    except ImportFileError:
        raise
    except Exception as exc:  # a damaged sheet inside a readable zip
        raise ImportFileError(name, [Problem(None, None, (
            f"not a readable XLSX workbook ({type(exc).__name__})"), "bad_xlsx")],
            "unreadable") from exc
    finally:
        wb.close()
    if header is None:
        raise ImportFileError(name, [Problem(None, None, "the sheet is empty", "empty")])
    return header_row, header, rows


def read_bytes(data: bytes, file_name: str) -> RawTable:
    """The cells of a CSV or XLSX file given as bytes (the format is told by content)."""
    is_xlsx = data[:4] == b"PK\x03\x04" and zipfile.is_zipfile(io.BytesIO(data))
    text: tabular.Text | None = None
    if is_xlsx:
        header_row, header, rows = _read_xlsx(data, file_name)
    else:
        (header_row, header, rows), text = _read_csv(data, file_name)
    # Trailing empty cells (spreadsheets pad rows) are not columns.
    while header and not header[-1].strip() and all(
            len(r) < len(header) or not r[len(header) - 1].strip() for _n, r in rows):
        header.pop()
    width = len(header)
    kept = []
    for number, cells in rows:
        if not any(c.strip() for c in cells):
            continue  # an empty row
        kept.append((number, tuple(cells[:width]) + ("",) * (width - len(cells))
                     + tuple(cells[width:])))
    return RawTable(file_name, "xlsx" if is_xlsx else "csv",
                    tuple(h.strip() for h in header), tuple(kept), header_row,
                    text.encoding if text else "", text.delimiter if text else "")


def read_file(path: Path | str) -> RawTable:
    """The cells of a CSV or XLSX file; :class:`ImportFileError` when unreadable."""
    p = Path(path)
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise ImportFileError(p.name, [Problem(None, None, (
            f"cannot be read ({exc.strerror or exc})"), "cannot_read",
            (("detail", str(exc.strerror or exc)),))], "unreadable") from exc
    return read_bytes(data, p.name)
