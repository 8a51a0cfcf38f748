"""The report as the infoline publishes it, as a PDF: a title page, a page of key
figures, the diagrams of the annual report each with its table, the crisis and
trafficking section, Table 3 of the services given, the trends over the years, the
manager's text blocks where they belong, and the other tables in an appendix.

A section with nothing in it is one line ("no data"); a chart is never parted from its
table by a page break, and its labels wrap instead of being cut.

Charts are drawn with reportlab's own graphics and are meant to survive a greyscale
printer: each series has its own grey level or hatching, every bar is outlined and
carries its value. Text is set in the bundled DejaVu Sans (reportlab's built-in fonts
have no Cyrillic), charts included; every label is escaped before it reaches a
``Paragraph``, whose mini-language would otherwise read ``<`` and ``&`` as markup.
"""

from __future__ import annotations

import io
import logging
from collections.abc import Sequence
from functools import partial
from importlib import resources
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.graphics.shapes import STATE_DEFAULTS, Drawing, Line, Rect, String
from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas
from reportlab.platypus import (
    CondPageBreak,
    KeepTogether,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.flowables import Flowable

from app.services.files import atomic_write
from app.services.statistics.report import (
    SECTIONS,
    ChartData,
    Report,
    ReportTable,
    fmt_cell,
    period_text,
    shown_rows,
    text,
)

log = logging.getLogger("app.pdf")

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN = 18 * mm
FRAME_WIDTH = PAGE_WIDTH - 2 * MARGIN
GRID = colors.Color(0.55, 0.55, 0.55)
HEADER_FILL = colors.Color(0.88, 0.88, 0.88)
MAX_CHART_HEIGHT = 560.0
"""A chart never outgrows a page (with its heading and the start of its table)."""


def register_fonts() -> None:
    """Register the bundled DejaVu Sans for text and charts (once per process)."""
    registered = pdfmetrics.getRegisteredFontNames()
    if FONT not in registered or FONT_BOLD not in registered:
        folder = resources.files("app.resources").joinpath("fonts")
        for name, file_name in ((FONT, "DejaVuSans.ttf"), (FONT_BOLD, "DejaVuSans-Bold.ttf")):
            with resources.as_file(folder.joinpath(file_name)) as path:
                pdfmetrics.registerFont(TTFont(name, str(path)))
        pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT,
                                      boldItalic=FONT_BOLD)
    # reportlab's graphics start every drawing in Helvetica, which has no Cyrillic: the
    # default a chart falls back to is ours too (reportlab's documented setting).
    STATE_DEFAULTS["fontName"] = FONT


def _styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("body", fontName=FONT, fontSize=9, leading=11.5)
    return {
        "body": base,
        "title": ParagraphStyle("title", parent=base, fontName=FONT_BOLD, fontSize=17,
                                leading=21, spaceAfter=6),
        "h2": ParagraphStyle("h2", parent=base, fontName=FONT_BOLD, fontSize=11.5,
                             leading=14, spaceBefore=10, spaceAfter=4),
        "note": ParagraphStyle("note", parent=base, fontSize=7.5, leading=9.5,
                               textColor=colors.Color(0.25, 0.25, 0.25), spaceBefore=2),
        "cell": ParagraphStyle("cell", parent=base, fontSize=8, leading=9.5),
        "head": ParagraphStyle("head", parent=base, fontName=FONT_BOLD, fontSize=7.5,
                               leading=9, alignment=TA_RIGHT),
        "head_left": ParagraphStyle("head_left", parent=base, fontName=FONT_BOLD,
                                    fontSize=7.5, leading=9),
        "cover": ParagraphStyle("cover", parent=base, fontName=FONT_BOLD, fontSize=26,
                                leading=32, spaceAfter=18),
        "cover2": ParagraphStyle("cover2", parent=base, fontSize=16, leading=21,
                                 spaceAfter=8),
        "h1": ParagraphStyle("h1", parent=base, fontName=FONT_BOLD, fontSize=15,
                             leading=19, spaceBefore=4, spaceAfter=8),
        "text": ParagraphStyle("text", parent=base, fontSize=10, leading=14,
                               spaceAfter=6),
        "figure": ParagraphStyle("figure", parent=base, fontName=FONT_BOLD, fontSize=20,
                                 leading=24, alignment=TA_RIGHT),
        "figure_label": ParagraphStyle("figure_label", parent=base, fontSize=11,
                                       leading=14),
    }


def _p(value: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph of plain text: user text never becomes markup or a link."""
    return Paragraph(escape(value), style)


# -- charts --------------------------------------------------------------------------

SERIES_FILLS = (
    colors.Color(0.30, 0.30, 0.30),  # dark grey, solid
    colors.white,                    # white with diagonal hatching
    colors.Color(0.72, 0.72, 0.72),  # light grey, solid
    colors.white,                    # white with cross-hatching
)


def _hatch(drawing: Drawing, x: float, y: float, w: float, h: float, cross: bool,
           step: float = 3.2) -> None:
    """Diagonal lines clipped to a bar (reportlab drawings have no pattern fills)."""
    width = 0.5
    c = -h
    while c < w:
        t0, t1 = max(0.0, -c), min(h, w - c)
        if t1 > t0:
            drawing.add(Line(x + c + t0, y + t0, x + c + t1, y + t1, strokeWidth=width))
        c += step
    if cross:
        c = 0.0
        while c < w + h:
            t0, t1 = max(0.0, c - w), min(h, c)
            if t1 > t0:
                drawing.add(Line(x + c - t0, y + t0, x + c - t1, y + t1, strokeWidth=width))
            c += step


def _bar(drawing: Drawing, series: int, x: float, y: float, w: float, h: float) -> None:
    style = series % len(SERIES_FILLS)
    drawing.add(Rect(x, y, w, h, fillColor=SERIES_FILLS[style], strokeColor=colors.black,
                     strokeWidth=0.5))
    if style in (1, 3) and w > 1:
        _hatch(drawing, x, y, w, h, cross=style == 3)


def wrap(label: str, width: float, font: str, size: float) -> list[str]:
    """The label in lines no wider than ``width`` (a word longer than that alone on its
    line): never cut."""
    lines: list[str] = []
    line = ""
    for word in label.split():
        candidate = f"{line} {word}" if line else word
        if line and stringWidth(candidate, font, size) > width:
            lines.append(line)
            line = word
        else:
            line = candidate
    lines.append(line)
    return lines


def bar_chart(data: ChartData, width: float = FRAME_WIDTH) -> Drawing:
    """Horizontal bars, one group per category, one bar per series, values at the ends."""
    register_fonts()
    size = 7.5
    n_series = len(data.series)
    bar_h = 10.0 if n_series == 1 else 7.5
    gap = 5.0 if n_series == 1 else 6.0
    legend_h = 16.0 if n_series > 1 else 0.0
    group_h = n_series * bar_h + gap
    room = (MAX_CHART_HEIGHT - legend_h) / max(len(data.categories), 1)
    if group_h > room:  # many rows (days of two months, months of years): thinner bars
        scale = room / group_h
        bar_h, gap, group_h = bar_h * scale, gap * scale, room
        size = max(min(size, group_h * 0.85), 4.0)
    label_w = min(max(stringWidth(c, FONT, size) for c in data.categories) + 8, width * 0.36)
    # Long labels wrap (a group grows to hold its lines) rather than lose their end.
    wrapped = [wrap(c, label_w - 8, FONT, size) for c in data.categories]
    leading = size * 1.15
    heights = [max(group_h, len(lines) * leading + 2) for lines in wrapped]
    height = legend_h + sum(heights) + 4
    value_w = max(stringWidth(t, FONT, size) for s in data.series for t in s.labels) + 8
    plot_w = max(width - label_w - value_w, 40.0)
    top = max((v or 0) for s in data.series for v in s.values) or 1
    d = Drawing(width, height)

    if legend_h:
        x = label_w
        for i, s in enumerate(data.series):
            _bar(d, i, x, height - 11, 14, 8)
            d.add(String(x + 18, height - 10, s.name, fontName=FONT, fontSize=7.5))
            x += 18 + stringWidth(s.name, FONT, 7.5) + 14
    group_top = height - legend_h
    for i, _category in enumerate(data.categories):
        extra = heights[i] - group_h
        group_top -= extra / 2
        group_top -= gap / 2
        middle = group_top - n_series * bar_h / 2
        lines = wrapped[i]
        first = middle + (len(lines) - 1) * leading / 2 - size / 2 + 1
        for k, line in enumerate(lines):
            d.add(String(label_w - 5, first - k * leading, line, fontName=FONT,
                         fontSize=size, textAnchor="end"))
        for j, s in enumerate(data.series):
            y = group_top - (j + 1) * bar_h
            value = s.values[i]
            w = 0.0
            if value:
                w = max(plot_w * value / top, 0.8)
                _bar(d, j, label_w, y + 0.5, w, bar_h - 1)
            d.add(String(label_w + w + 3, y + (bar_h - size) / 2 + 1, s.labels[i],
                         fontName=FONT, fontSize=size))
        group_top -= group_h - gap / 2 + extra / 2
    d.add(Line(label_w, 2, label_w, height - legend_h, strokeWidth=0.7))
    return d


# -- tables ------------------------------------------------------------------------


def _table(t: ReportTable, lang: str, styles: dict[str, ParagraphStyle]) -> Table:
    rows = shown_rows(t)
    cells = [[fmt_cell(v, c.kind, lang) for v, c in zip(row.cells, t.columns, strict=True)]
             for row in rows]
    widths = []
    for i, c in enumerate(t.columns):
        # Wide enough for the longest word of the heading and the longest value.
        word = max((stringWidth(w, FONT_BOLD, 7.5) for w in c.label.split()), default=0)
        value = max((stringWidth(r[i], FONT, 8) for r in cells), default=0)
        widths.append(max(word, value, 7 * mm) + 8)
    label_w = FRAME_WIDTH - sum(widths)
    if label_w < 42 * mm:  # squeeze the numbers' columns evenly rather than the labels
        scale = (FRAME_WIDTH - 42 * mm) / sum(widths)
        widths = [w * scale for w in widths]
        label_w = 42 * mm
    header = [_p(t.row_heading, styles["head_left"])]
    header += [_p(c.label, styles["head"]) for c in t.columns]
    body: list[list[Any]] = [header]
    for row, values in zip(rows, cells, strict=True):
        body.append([_p(row.label, styles["cell"]), *values])
    table = Table(body, colWidths=[label_w, *widths], repeatRows=1)
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), FONT, 8),
        ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
        ("LINEBELOW", (0, 1), (-1, -1), 0.25, GRID),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]))
    return table


def _empty_line(t: ReportTable, lang: str, styles: dict[str, ParagraphStyle]) -> Flowable:
    """A section with nothing in it: its title and "no data" on one line."""
    words = text("no_data" if t.status == "no_data" else "nothing", lang)
    return Paragraph(f"<b>{escape(t.title)}</b>: {escape(words)}", styles["body"])


class _Counter:
    def __init__(self) -> None:
        self.diagrams = 0
        self.tables = 0

    def caption(self, t: ReportTable, lang: str) -> str:
        if t.chart is not None:
            self.diagrams += 1
            return text("diagram", lang, n=self.diagrams, title=t.title)
        self.tables += 1
        return text("table_n", lang, n=self.tables, title=t.title)


def _section(t: ReportTable, report: Report, styles: dict[str, ParagraphStyle],
             numbers: _Counter | None = None) -> list[Flowable]:
    if t.status != "ok":
        return [Spacer(1, 3), _empty_line(t, report.lang, styles)]
    title = numbers.caption(t, report.lang) if numbers is not None else t.title
    head: list[Flowable] = [_p(title, styles["h2"])]
    if t.chart is not None:
        head += [bar_chart(t.chart), Spacer(1, 4)]
    tail: list[Flowable] = []
    shown = len(shown_rows(t))
    if shown < len(t.rows):
        tail.append(_p(text("n_first_rows", report.lang, n=shown, total=len(t.rows)),
                       styles["note"]))
    if t.note:
        tail.append(_p(t.note, styles["note"]))
    # The chart, its table and their notes on one page (a table longer than a page
    # starts on a new one and runs on).
    return [CondPageBreak(40 * mm), KeepTogether([*head, _table(t, report.lang, styles),
                                                  *tail])]


def _text_block(body: str, styles: dict[str, ParagraphStyle]) -> list[Flowable]:
    """The manager's words: paragraphs at blank lines, line breaks kept, no markup."""
    out: list[Flowable] = []
    for para in (part.strip() for part in body.replace("\r\n", "\n").split("\n\n")):
        if para:
            out.append(Paragraph(escape(para).replace("\n", "<br/>"), styles["text"]))
    return out


# -- the document ----------------------------------------------------------------------


class _NumberedCanvas(canvas.Canvas):
    """Draws "Page N of M" and the report's name on every page once M is known."""

    def __init__(self, *args: Any, footer: str = "", report_lang: str = "en", **kwargs: Any):
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []
        self._footer = footer
        self._report_lang = report_lang

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            self.setFont(FONT, 7.5)
            self.setFillColor(colors.Color(0.3, 0.3, 0.3))
            self.drawString(MARGIN, 10 * mm, self._footer)
            page = text("page", self._report_lang, page=self._pageNumber, pages=total)
            self.drawRightString(PAGE_WIDTH - MARGIN, 10 * mm, page)
            super().showPage()
        super().save()


def _cover(report: Report, styles: dict[str, ParagraphStyle]) -> list[Flowable]:
    story: list[Flowable] = [Spacer(1, 55 * mm), _p(text("pub_title", report.lang),
                                                     styles["cover"]),
                             _p(report.period_label, styles["cover2"]),
                             _p(report.organisation_label, styles["cover2"]),
                             Spacer(1, 30 * mm)]
    meta = Table([[_p(k, styles["body"]), _p(v, styles["body"])] for k, v in report.meta],
                 colWidths=[45 * mm, FRAME_WIDTH - 45 * mm])
    meta.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), FONT, 9),
                              ("LEFTPADDING", (0, 0), (-1, -1), 0),
                              ("TOPPADDING", (0, 0), (-1, -1), 1),
                              ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
    story.append(meta)
    for note in report.notes:
        story.append(_p(note, styles["note"]))
    story.append(PageBreak())
    return story


def _key_figures(report: Report, styles: dict[str, ParagraphStyle]) -> list[Flowable]:
    story: list[Flowable] = [_p(text("key_figures", report.lang), styles["h1"])]
    rows = [[_p(f.label, styles["figure_label"]), _p(f.shown, styles["figure"])]
            for f in report.headline]
    figures = Table(rows, colWidths=[FRAME_WIDTH - 60 * mm, 60 * mm])
    figures.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), FONT, 9),  # not Helvetica, which has no Cyrillic
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, GRID),
        ("TOPPADDING", (0, 0), (-1, -1), 7),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
    ]))
    story += [figures, Spacer(1, 8)]
    intro = report.text_block("introduction")
    if intro:
        story += [_p(text("tb_introduction", report.lang), styles["h2"]),
                  *_text_block(intro, styles)]
    story.append(PageBreak())
    return story


def _story(report: Report, styles: dict[str, ParagraphStyle]) -> list[Flowable]:
    lang = report.lang
    story = _cover(report, styles) + _key_figures(report, styles)
    numbers = _Counter()
    placed: set[str] = set()
    first = True
    for section, keys in SECTIONS:
        tables = [t for k in keys if (t := report.table(k)) is not None]
        placed.update(keys)
        words = report.text_block(section)
        if not tables and not words:
            continue
        if not first:
            story.append(CondPageBreak(90 * mm))
        first = False
        story.append(_p(text(f"sec_{section}", lang), styles["h1"]))
        for t in tables:
            story += _section(t, report, styles, numbers)
        if words:
            story += [Spacer(1, 6), *_text_block(words, styles)]
    if report.trends:
        story += [PageBreak(), _p(text("sec_trends", lang), styles["h1"])]
        for t in report.trends:
            story += _section(t, report, styles, numbers)
    conclusion = report.text_block("conclusion")
    if conclusion:
        story += [CondPageBreak(60 * mm), _p(text("tb_conclusion", lang), styles["h1"]),
                  *_text_block(conclusion, styles)]
    rest = [t for t in report.tables if t.key not in placed]
    if rest:
        story += [PageBreak(), _p(text("sec_appendix", lang), styles["h1"])]
        for t in rest:
            story += _section(t, report, styles)
    return story


def render_pdf(report: Report) -> bytes:
    register_fonts()
    styles = _styles()
    lang = report.lang
    story = _story(report, styles)

    buffer = io.BytesIO()
    author = report.author
    if report.release or not author:
        org = next((v for k, v in report.meta if k == text("organisation", lang)), "")
        author = org
    doc = SimpleDocTemplate(
        buffer, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
        bottomMargin=MARGIN + 4 * mm, title=f"{report.title}, {period_text(report.period)}",
        author=author, subject=report.title, creator=text("generated_by", lang), lang=lang,
        initialFontName=FONT,  # not Helvetica, which has no Cyrillic
    )
    footer = f"{report.title} · {period_text(report.period)}"
    doc.build(story, canvasmaker=partial(_NumberedCanvas, footer=footer,
                                                report_lang=lang))
    return buffer.getvalue()


def write_pdf(report: Report, path: Path | str) -> None:
    data = render_pdf(report)
    with atomic_write(path, "wb") as f:
        f.write(data)
    log.info("PDF report: %d bytes", len(data))


__all__: Sequence[str] = ("bar_chart", "register_fonts", "render_pdf", "write_pdf")
