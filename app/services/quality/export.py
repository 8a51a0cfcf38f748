"""The quality dashboard as an XLSX workbook or a printable PDF.

The words of the export (headings, column names) come from the caller in the user's
language (:class:`ExportTexts`); section, criterion and band names come from the
rubric, people's names from the records. Files are written atomically; text cells
are neutralised so a spreadsheet never runs them as formulas.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from app.services.files import atomic_write, neutralise
from app.services.quality.rows import Dashboard, Series

log = logging.getLogger("app.quality")

FORMATS = (".xlsx", ".pdf")


class ExportError(Exception):
    """An export that cannot be written; the message is for the user."""


@dataclass(frozen=True)
class ExportTexts:
    title: str = "Counselling quality"
    period: str = "Period"
    generated: str = "Made"
    site: str = "Site"
    reviewed: str = "Completed reviews"
    team_mean: str = "Team average, %"
    by_consultant: str = "Scores by consultant, %"
    chart: str = "Average score by month, %"
    by_section: str = "Scores by section, %"
    weakest: str = "Weakest criteria"
    plan: str = "Reviews against the plan"
    reviews: str = "Completed reviews"
    bands: str = "Bands"
    staff: str = "Staff development"
    consultant: str = "Consultant"
    section: str = "Section"
    criterion: str = "Criterion"
    mean: str = "Average, %"
    count: str = "Reviews"
    applicable: str = "Applied"
    zeros: str = "Scored 0"
    round: str = "Round"
    planned: str = "Planned"
    complete: str = "Completed"
    drafts: str = "In progress"
    whole_round: str = "Whole round"
    contact_date: str = "Contact"
    completed_at: str = "Completed"
    reviewer: str = "Reviewer"
    score: str = "Score, %"
    band: str = "Band"
    revision: str = "Version"
    read: str = "Read"
    yes: str = "yes"
    no: str = "no"
    page: str = "Page %1"
    staff_types: dict[str, str] = field(default_factory=lambda: {
        "meeting": "Meetings", "examination": "Examinations", "training": "Trainings"})


def _date(value: Any) -> str:
    return value.strftime("%d.%m.%Y") if value is not None else ""


def _local(value: datetime | None) -> str:
    return value.astimezone().strftime("%d.%m.%Y %H:%M") if value is not None else ""


def _period(d: Dashboard) -> str:
    return f"{_date(d.start)} – {_date(d.end)}"


def _month(key: str, short: bool = False) -> str:
    year, month = key.split("-")
    return f"{month}.{year[2:] if short else year}"


def _tables(d: Dashboard, t: ExportTexts, short: bool = False) -> list[
    tuple[str, list[str], list[list[Any]]]
]:
    """Every table of the export as (title, header, rows); numbers stay numbers."""

    def trend(rows: tuple[Series, ...], first: str) -> tuple[list[str], list[list[Any]]]:
        header = [first, t.mean, t.count, *(_month(m, short) for m in d.months)]
        body = [[s.label, s.mean, s.n, *s.values] for s in rows]
        return header, body

    tables = []
    header, body = trend(d.consultants, t.consultant)
    tables.append((t.by_consultant, header, body))
    header, body = trend(tuple(s for s in d.sections if s.n), t.section)
    tables.append((t.by_section, header, body))
    tables.append((t.weakest, [t.section, t.criterion, t.mean, t.applicable, t.zeros],
                   [[c.section_label, c.label, c.percent, c.applicable, c.zeros]
                    for c in d.weakest]))
    tables.append((t.plan, [t.round, t.period, t.consultant, t.planned, t.complete, t.drafts],
                   [[p.round_name, f"{_date(p.period_start)} – {_date(p.period_end)}",
                     p.consultant_name if p.consultant_id else t.whole_round,
                     p.planned, p.complete, p.drafts] for p in d.progress]))
    # Section scores of every review fit a workbook, not a printed page.
    section_codes = [] if short else [s.key for s in d.sections if s.n]
    section_names = [] if short else [s.label for s in d.sections if s.n]
    tables.append((t.reviews,
                   [t.completed_at, t.contact_date, t.consultant, t.reviewer, t.round,
                    t.score, t.band, *section_names, t.revision, t.read],
                   [[_local(r.completed_at), _local(r.contact_started_at), r.consultant_name,
                     r.reviewer_name, r.round_name, r.overall, r.band_label,
                     *(r.section_scores.get(c) for c in section_codes), r.revision,
                     t.yes if r.read else t.no] for r in d.reviews]))
    tables.append((t.staff, [t.staff, t.count],
                   [[t.staff_types.get(k, k), n] for k, n in d.staff_counts.items()]))
    return tables


def _summary(d: Dashboard, t: ExportTexts, site: str) -> list[tuple[str, Any]]:
    rows: list[tuple[str, Any]] = [(t.period, _period(d))]
    if site:
        rows.append((t.site, site))
    rows += [(t.reviewed, d.reviewed), (t.team_mean, d.team_mean)]
    rows += [(f"{t.bands}: {b.label}", b.count) for b in d.bands]
    rows += [(t.staff_types.get(k, k), n) for k, n in d.staff_counts.items()]
    return rows


def write_xlsx(d: Dashboard, path: Path | str, t: ExportTexts, site: str = "") -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    wb = Workbook()
    bold = Font(bold=True)

    def put(ws: Any, row: int, col: int, value: Any) -> None:
        cell = ws.cell(row=row, column=col)
        if isinstance(value, str):
            cell.value = neutralise(value)
            cell.data_type = "s"
        else:
            cell.value = value
            if isinstance(value, float):
                cell.number_format = "0.0"

    summary = wb.active
    summary.title = "1"
    put(summary, 1, 1, t.title)
    summary.cell(row=1, column=1).font = Font(bold=True, size=14)
    for r, (label, value) in enumerate(_summary(d, t, site), start=3):
        put(summary, r, 1, label)
        put(summary, r, 2, value)
    summary.column_dimensions["A"].width = 40
    summary.column_dimensions["B"].width = 28
    for n, (title, header, rows) in enumerate(_tables(d, t), start=2):
        ws = wb.create_sheet(str(n))
        put(ws, 1, 1, title)
        ws.cell(row=1, column=1).font = Font(bold=True, size=12)
        for c, text in enumerate(header, start=1):
            put(ws, 3, c, text)
            ws.cell(row=3, column=c).font = bold
        for r, row in enumerate(rows, start=4):
            for c, value in enumerate(row, start=1):
                put(ws, r, c, value)
        for c, text in enumerate(header, start=1):
            longest = max([len(str(row[c - 1] or "")) for row in rows] + [len(text), 8])
            ws.column_dimensions[get_column_letter(c)].width = min(longest + 2, 60)
        ws.freeze_panes = ws.cell(row=4, column=2)
        # Sheet names from the (translated) titles; 31 characters, no []:*?/\.
        ws.title = _sheet_name(title, n)
    summary.title = _sheet_name(t.title, 1)
    wb.properties.creator = "Infoline Desk"
    wb.properties.title = neutralise(f"{t.title}, {_period(d)}")
    with atomic_write(path, "wb") as f:
        wb.save(f)


_SHEET_FORBIDDEN = str.maketrans("[]:*?/\\", "       ")


def _sheet_name(title: str, n: int) -> str:
    cleaned = " ".join(title.translate(_SHEET_FORBIDDEN).split())
    prefix = f"{n} "
    return (prefix + cleaned)[:31].strip("'") or str(n)


def _pct(value: Any, lang: str) -> str:
    if value is None:
        return "—"
    if isinstance(value, float):
        text = f"{value:.1f}"
        return text if lang == "en" else text.replace(".", ",")
    return str(value)


def write_pdf(d: Dashboard, path: Path | str, t: ExportTexts, site: str = "") -> None:
    from reportlab.graphics.charts.linecharts import HorizontalLineChart
    from reportlab.graphics.shapes import Drawing, Line, String
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import (
        Paragraph,
        SimpleDocTemplate,
        Table,
        TableStyle,
    )

    from app.services.export_util import pdf_fonts, pdf_text

    regular, bold = pdf_fonts()
    body = ParagraphStyle("body", fontName=regular, fontSize=8.5, leading=10.5)
    head = ParagraphStyle("head", parent=body, fontName=bold)
    h1 = ParagraphStyle("h1", fontName=bold, fontSize=16, leading=20, spaceAfter=4 * mm)
    small = ParagraphStyle("small", parent=body, fontSize=7, leading=8.5)
    small_head = ParagraphStyle("small_head", parent=small, fontName=bold)
    # A heading never ends a page: it stays with the table or chart after it.
    h2 = ParagraphStyle("h2", fontName=bold, fontSize=11.5, leading=14, spaceBefore=5 * mm,
                        spaceAfter=2 * mm, keepWithNext=1)
    made = datetime.now().astimezone().strftime("%d.%m.%Y %H:%M")
    palette = ["#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#17becf", "#8c564b",
               "#e377c2", "#7f7f7f", "#bcbd22"]

    right = {name: ParagraphStyle(f"{name}_right", parent=style, alignment=2)
             for name, style in (("body", body), ("head", head), ("small", small),
                                 ("small_head", small_head))}
    left = {"body": body, "head": head, "small": small, "small_head": small_head}

    def cell(value: Any, header: bool = False, narrow: bool = False,
             number: bool = False) -> Paragraph:
        text = value if isinstance(value, str) else _pct(value, d.lang)
        name = ("small" if narrow else "body") if not header else (
            "small_head" if narrow else "head")
        return Paragraph(pdf_text(text), (right if number else left)[name])

    story: list[Any] = [Paragraph(pdf_text(t.title), h1)]
    summary = Table([[cell(k, True), cell(v)] for k, v in _summary(d, t, site)],
                    colWidths=[70 * mm, 60 * mm], hAlign="LEFT")
    summary.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story.append(summary)

    with_data = [s for s in d.consultants if s.n]
    if with_data and len(d.months) > 1:
        width, height = 250 * mm, 70 * mm
        drawing = Drawing(width, height)
        chart = HorizontalLineChart()
        chart.x, chart.y = 12 * mm, 10 * mm
        chart.width, chart.height = width - 70 * mm, height - 16 * mm
        chart.data = [[v if v is not None else None for v in s.values] for s in with_data]
        chart.categoryAxis.categoryNames = [_month(m, short=True) for m in d.months]
        chart.categoryAxis.labels.fontName = regular
        chart.categoryAxis.labels.fontSize = 7
        chart.valueAxis.valueMin, chart.valueAxis.valueMax, chart.valueAxis.valueStep = 0, 100, 20
        chart.valueAxis.labels.fontName = regular
        chart.valueAxis.labels.fontSize = 7
        chart.joinedLines = True
        for i, _s in enumerate(with_data):
            chart.lines[i].strokeColor = colors.HexColor(palette[i % len(palette)])
            chart.lines[i].strokeWidth = 1.5
        drawing.add(chart)
        for minimum, colour in d.band_minimums[1:]:
            y = chart.y + chart.height * minimum / 100
            drawing.add(Line(chart.x, y, chart.x + chart.width, y,
                             strokeColor=colors.HexColor(colour), strokeDashArray=[2, 2],
                             strokeWidth=0.6))
        for i, s in enumerate(with_data):
            y = height - 10 * mm - i * 5 * mm
            x = chart.x + chart.width + 6 * mm
            drawing.add(Line(x, y + 1.2 * mm, x + 6 * mm, y + 1.2 * mm, strokeWidth=2,
                             strokeColor=colors.HexColor(palette[i % len(palette)])))
            drawing.add(String(x + 8 * mm, y, s.label[:30], fontName=regular, fontSize=7.5))
        story += [Paragraph(pdf_text(t.chart), h2), drawing]

    page_width = landscape(A4)[0] - 30 * mm
    for title, header, rows in _tables(d, t, short=True):
        if not rows:
            continue
        numeric = [all(not isinstance(row[c], str) for row in rows) for c in range(len(header))]
        number_width = max(15 * mm, min(22 * mm, (page_width - 60 * mm) / max(
            numeric.count(True), 1)))
        many = len(header) > 8
        text_columns = numeric.count(False)
        text_width = (page_width - number_width * numeric.count(True)) / max(text_columns, 1)
        widths = [number_width if n else text_width for n in numeric]
        data = [[cell(h, True, many, numeric[c]) for c, h in enumerate(header)]]
        data += [[cell(v, narrow=many, number=numeric[c]) for c, v in enumerate(row)]
                 for row in rows]
        table = Table(data, colWidths=widths, repeatRows=1, hAlign="LEFT")
        style = [
            ("GRID", (0, 0), (-1, -1), 0.3, colors.HexColor("#bbbbbb")),
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e9ecef")),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ]
        if many:
            style += [("LEFTPADDING", (0, 0), (-1, -1), 2.5),
                      ("RIGHTPADDING", (0, 0), (-1, -1), 2.5)]
        table.setStyle(TableStyle(style))
        story += [Paragraph(pdf_text(title), h2), table]

    footer = f"{t.title} · {_period(d)} · {t.generated} {made}"

    def decorate(canvas: Any, doc: Any) -> None:
        canvas.saveState()
        canvas.setFont(regular, 7.5)
        canvas.drawString(15 * mm, 8 * mm, footer)
        canvas.drawRightString(landscape(A4)[0] - 15 * mm, 8 * mm,
                               t.page.replace("%1", str(doc.page)))
        canvas.restoreState()

    with atomic_write(path, "wb") as f:
        doc = SimpleDocTemplate(f, pagesize=landscape(A4), leftMargin=15 * mm,
                                rightMargin=15 * mm, topMargin=14 * mm, bottomMargin=15 * mm,
                                title=t.title, author="Infoline Desk")
        doc.build(story, onFirstPage=decorate, onLaterPages=decorate)


def write(d: Dashboard, path: Path | str, t: ExportTexts | None = None, site: str = "") -> Path:
    """Write the dashboard in the format its file name says (.xlsx or .pdf)."""
    target = Path(path)
    suffix = target.suffix.lower()
    if suffix not in FORMATS:
        raise ExportError(f"{target.name}: the export is written as .xlsx or .pdf")
    if not target.parent.is_dir():
        raise ExportError(f"{target.parent}: no such folder")
    texts = t or ExportTexts()
    try:
        if suffix == ".xlsx":
            write_xlsx(d, target, texts, site)
        else:
            write_pdf(d, target, texts, site)
    except OSError as exc:
        raise ExportError(f"{target}: cannot write ({exc.strerror or exc})") from exc
    log.info("quality export written: %s, %d reviews", suffix, d.reviewed)
    return target
