"""The report as a workbook (XLSX) and as a tidy CSV: the spreadsheet writers.

Both lay out a built :class:`~app.services.statistics.report.Report` and nothing
else, so they show the numbers the PDF and DOCX show. Every text cell is
neutralised (a label starting with ``=`` never becomes a live formula) and the file
is written atomically. :func:`app.services.statistics.report_files.write` picks the writer
by the file's suffix.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

from app.services.files import atomic_write, neutralise
from app.services.statistics.report import Cell, ColumnKind, Report, period_text, text


def write_csv(report: Report, path: Path | str) -> None:
    """Every number of the report, one per line (a tidy table for scripts):
    table, row code, row label, column code, column label, value."""
    buffer = io.StringIO()
    out = csv.writer(buffer, lineterminator="\r\n")
    out.writerow(["table", "row", "row_label", "column", "column_label", "value"])

    def cell(value: Cell) -> str | int | float:
        if value is None:
            return ""
        if isinstance(value, str):
            return neutralise(value)
        if isinstance(value, float):
            return round(value * 100, 4)  # percent
        return value

    for figure in report.key_figures:
        out.writerow(["summary", figure.key, neutralise(figure.label), "value", "",
                      cell(figure.value)])
    for t in report.tables:
        if t.status != "ok":
            out.writerow([t.key, "", neutralise(t.note or text("nothing", report.lang)),
                          "", "", ""])
            continue
        for row in t.rows:
            for col, cell_value in zip(t.columns, row.cells, strict=True):
                out.writerow([t.key, neutralise(row.code), neutralise(row.label), col.key,
                              neutralise(col.label), cell(cell_value)])
    data = buffer.getvalue()
    # UTF-8 with a BOM: spreadsheet programs then read Cyrillic correctly.
    with atomic_write(path, "w", encoding="utf-8-sig", newline="") as out_file:
        out_file.write(data)


_SHEET_FORBIDDEN = str.maketrans(dict.fromkeys("[]:*?/\\", " "))
NUMBER_FORMATS = {"count": "#,##0", "pct": "0.0%", "change": "+0.0%;-0.0%;0.0%"}


def _sheet_name(title: str, used: set[str]) -> str:
    base = " ".join(title.translate(_SHEET_FORBIDDEN).split())[:31].strip("'") or "Sheet"
    name, n = base, 1
    while name.casefold() in used:
        n += 1
        suffix = f" ({n})"
        name = base[:31 - len(suffix)] + suffix
    used.add(name.casefold())
    return name


def write_xlsx(report: Report, path: Path | str) -> None:
    """A workbook: a summary sheet, then one sheet per table; numbers as numbers."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    wb = Workbook()
    used: set[str] = set()
    bold = Font(bold=True)

    def put(ws: Any, row: int, col: int, value: Cell, kind: ColumnKind | None = None) -> None:
        cell = ws.cell(row=row, column=col)
        if isinstance(value, str):
            cell.value = neutralise(value)
            cell.data_type = "s"
            if kind is not None:
                cell.alignment = Alignment(horizontal="right")
        else:
            cell.value = value
            if kind is not None and value is not None:
                cell.number_format = NUMBER_FORMATS[kind]

    summary = wb.active
    summary.title = _sheet_name(text("summary_sheet", report.lang), used)
    put(summary, 1, 1, report.title)
    summary.cell(row=1, column=1).font = Font(bold=True, size=14)
    r = 3
    for label, value in report.meta:
        put(summary, r, 1, label)
        put(summary, r, 2, value)
        r += 1
    r += 1
    put(summary, r, 1, text("key_figures", report.lang))
    summary.cell(row=r, column=1).font = bold
    r += 1
    for figure in report.key_figures:
        put(summary, r, 1, figure.label)
        if figure.value is None and figure.key == "change_pct":
            put(summary, r, 2, figure.shown)
        else:
            put(summary, r, 2, figure.value, figure.kind)
        r += 1
    if report.comparison:
        put(summary, r, 1, text("k_compared", report.lang))
        put(summary, r, 2, report.comparison)
        r += 1
    r += 1
    for note in report.notes:
        put(summary, r, 1, note)
        r += 1
    summary.column_dimensions["A"].width = 60
    summary.column_dimensions["B"].width = 40

    if report.texts:
        ws = wb.create_sheet(_sheet_name(text("s_texts", report.lang), used))
        r = 1
        for _block, title, body in report.texts:
            put(ws, r, 1, title)
            ws.cell(row=r, column=1).font = bold
            put(ws, r + 1, 1, body)
            ws.cell(row=r + 1, column=1).alignment = Alignment(wrap_text=True,
                                                               vertical="top")
            r += 3
        ws.column_dimensions["A"].width = 100

    for t in (*report.tables, *report.trends):
        ws = wb.create_sheet(_sheet_name(t.sheet or t.title, used))
        put(ws, 1, 1, t.title)
        ws.cell(row=1, column=1).font = Font(bold=True, size=12)
        if t.note:
            put(ws, 2, 1, t.note)
        if t.status != "ok":
            put(ws, 4, 1, text("no_data" if t.status == "no_data" else "nothing",
                               report.lang))
            ws.column_dimensions["A"].width = 60
            continue
        header_row = 4
        put(ws, header_row, 1, t.row_heading)
        for i, col in enumerate(t.columns, start=2):
            put(ws, header_row, i, col.label)
            ws.cell(row=header_row, column=i).font = bold
            ws.cell(row=header_row, column=i).alignment = Alignment(horizontal="right",
                                                                   wrap_text=True)
        for n, row in enumerate(t.rows, start=header_row + 1):
            put(ws, n, 1, row.label)
            for i, (col, cell_value) in enumerate(zip(t.columns, row.cells, strict=True),
                                                  start=2):
                put(ws, n, i, cell_value, col.kind)
        widest = max([len(row.label) for row in t.rows] + [12])
        ws.column_dimensions["A"].width = min(widest + 2, 70)
        for i, col in enumerate(t.columns, start=2):
            ws.column_dimensions[get_column_letter(i)].width = max(10, min(len(col.label) + 2,
                                                                          22))
        ws.freeze_panes = ws.cell(row=header_row + 1, column=2)

    props = wb.properties
    props.creator = text("generated_by", report.lang)
    props.lastModifiedBy = None
    props.title = neutralise(f"{report.title}, {period_text(report.period)}")
    with atomic_write(path, "wb") as out_file:
        wb.save(out_file)
