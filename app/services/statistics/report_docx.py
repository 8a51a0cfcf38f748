"""The report as an editable document (DOCX, python-docx): the same content as the PDF
(app/services/statistics/report_pdf.py) in the same order, with the same charts as
pictures, so an NGO can finish its annual report in a word processor.

Every text goes in as a run's text, never as markup: python-docx escapes it for XML,
and characters XML cannot hold (control characters) are dropped first.
"""

from __future__ import annotations

import io
import logging
import re
from pathlib import Path
from typing import Any

from app.services.files import atomic_write
from app.services.statistics.charts import DOCUMENT_SCALE, chart_png
from app.services.statistics.report import (
    SECTIONS,
    Report,
    ReportTable,
    fmt_cell,
    period_text,
    shown_rows,
    text,
)

log = logging.getLogger("app.docx")

_XML_UNSAFE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")

PAGE_MM = (210, 297)  # A4, as the NGOs print
MARGIN_MM = 20
TEXT_WIDTH_MM = PAGE_MM[0] - 2 * MARGIN_MM
CELL_MARGIN_MM = 1.0
"""A table cell's left and right margin (the word processors' default is about 2 mm)."""
CELL_PAD_MM = 2 * CELL_MARGIN_MM + 1.0
"""A cell's margins together, and a little air."""
TABLE_POINTS = (8.0, 7.0)
"""The tables' text size, and the smaller one a table too wide for it is set in."""
POINT_MM = 25.4 / 72
LABEL_MIN_MM = 45
"""The rows' labels (topics, countries) are never squeezed below this: the numbers give way."""
KEEP_WHOLE_ROWS = 25
"""A table up to this many rows is kept on one page with its chart; a longer one keeps
its first rows with the chart and repeats its header row on the next pages."""


def column_widths(lines: list[list[str]]) -> tuple[list[float], float]:
    """The widths in millimetres of a table's columns, and the text size in points.

    Each number column is as wide as its longest value or its heading's longest word,
    measured with the fonts the document asks for (DejaVu Sans, wider than the fonts a
    word processor may put in its place); the label column takes the rest of the page.
    A table too wide for that is set smaller, and then its number columns narrowed."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from app.services.statistics.report_pdf import FONT, FONT_BOLD, register_fonts

    register_fonts()
    for points in TABLE_POINTS:
        numbers = []
        for i in range(1, len(lines[0])):
            word = max((stringWidth(w, FONT_BOLD, points) for w in lines[0][i].split()),
                       default=0)
            value = max((stringWidth(line[i], FONT, points) for line in lines[1:]), default=0)
            numbers.append(max(word, value, stringWidth("0000", FONT, points)) * POINT_MM
                           + CELL_PAD_MM)
        label = TEXT_WIDTH_MM - sum(numbers)
        if label >= LABEL_MIN_MM:
            return [label, *numbers], points
    scale = (TEXT_WIDTH_MM - LABEL_MIN_MM) / sum(numbers)
    return [LABEL_MIN_MM, *(w * scale for w in numbers)], TABLE_POINTS[-1]


def _narrow_margins(table: Any) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    margins = OxmlElement("w:tblCellMar")
    for side in ("left", "right"):
        element = OxmlElement(f"w:{side}")
        element.set(qn("w:w"), str(round(CELL_MARGIN_MM * 1440 / 25.4)))  # twips
        element.set(qn("w:type"), "dxa")
        margins.append(element)
    table._tbl.tblPr.append(margins)


def _row_property(row: Any, name: str) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    element = OxmlElement(f"w:{name}")
    element.set(qn("w:val"), "true")
    row._tr.get_or_add_trPr().append(element)


def _clean(value: str) -> str:
    return _XML_UNSAFE.sub("", value)


class _Writer:
    def __init__(self, report: Report):
        from docx import Document
        from docx.shared import Pt

        self.report = report
        self.lang = report.lang
        self.doc = Document()
        from docx.shared import Mm

        for page in self.doc.sections:
            page.page_width, page.page_height = Mm(PAGE_MM[0]), Mm(PAGE_MM[1])
            page.left_margin = page.right_margin = Mm(MARGIN_MM)
            page.top_margin = page.bottom_margin = Mm(MARGIN_MM)
        style = self.doc.styles["Normal"]
        style.font.name = "DejaVu Sans"
        style.font.size = Pt(10)
        grid = self.doc.styles["Table Grid"]  # every table's text, at once
        grid.font.size = Pt(8)
        grid.paragraph_format.space_after = Pt(0)
        grid.paragraph_format.space_before = Pt(0)
        self.diagrams = 0
        self.tables = 0

    def heading(self, words: str, level: int) -> None:
        self.doc.add_heading(_clean(words), level=level)

    def para(self, words: str, *, bold: bool = False, size: float | None = None,
             italic: bool = False) -> Any:
        from docx.shared import Pt

        p = self.doc.add_paragraph()
        run = p.add_run(_clean(words))
        run.bold = bold
        run.italic = italic
        if size:
            run.font.size = Pt(size)
        return p

    def text_block(self, body: str) -> None:
        for para in (part.strip() for part in body.replace("\r\n", "\n").split("\n\n")):
            if not para:
                continue
            p = self.doc.add_paragraph()
            lines = para.split("\n")
            for i, line in enumerate(lines):
                run = p.add_run(_clean(line))
                if i < len(lines) - 1:
                    run.add_break()

    def page_break(self) -> None:
        from docx.enum.text import WD_BREAK

        self.doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    def cover(self) -> None:
        r = self.report
        for _ in range(6):
            self.doc.add_paragraph()
        self.para(text("pub_title", self.lang), bold=True, size=26)
        self.para(r.period_label, size=16)
        self.para(r.organisation_label, size=16)
        for _ in range(4):
            self.doc.add_paragraph()
        for label, value in r.meta:
            self.para(f"{label}: {value}", size=9)
        for note in r.notes:
            self.para(note, size=8, italic=True)
        self.page_break()

    def key_figures(self) -> None:
        from docx.shared import Pt

        self.heading(text("key_figures", self.lang), 1)
        from docx.enum.text import WD_ALIGN_PARAGRAPH
        from docx.shared import Mm

        table = self.doc.add_table(rows=0, cols=2)
        table.style = "Table Grid"
        table.autofit = False
        widths = (Mm(TEXT_WIDTH_MM - 55), Mm(55))
        for f in self.report.headline:
            cells = table.add_row().cells
            cells[0].text = _clean(f.label)
            cells[0].paragraphs[0].runs[0].font.size = Pt(10)
            cells[1].text = _clean(f.shown)
            cells[1].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
            run = cells[1].paragraphs[0].runs[0]
            run.bold = True
            run.font.size = Pt(16)
        for column, width in zip(table.columns, widths, strict=True):
            column.width = width
            for cell in column.cells:
                cell.width = width
        intro = self.report.text_block("introduction")
        if intro:
            self.heading(text("tb_introduction", self.lang), 2)
            self.text_block(intro)
        self.page_break()

    def section(self, t: ReportTable, numbered: bool) -> None:
        from docx.enum.text import WD_ALIGN_PARAGRAPH
        from docx.shared import Mm, Pt

        if t.status != "ok":
            words = text("no_data" if t.status == "no_data" else "nothing", self.lang)
            p = self.doc.add_paragraph()
            p.add_run(_clean(t.title)).bold = True
            p.add_run(_clean(f": {words}"))
            return
        if numbered and t.chart is not None:
            self.diagrams += 1
            caption = text("diagram", self.lang, n=self.diagrams, title=t.title)
        elif numbered:
            self.tables += 1
            caption = text("table_n", self.lang, n=self.tables, title=t.title)
        else:
            caption = t.title
        self.heading(caption, 3)
        if t.chart is not None:
            self.doc.add_picture(io.BytesIO(chart_png(t.chart, scale=DOCUMENT_SCALE)),
                                 width=Mm(TEXT_WIDTH_MM - 5))
            self.doc.paragraphs[-1].paragraph_format.keep_with_next = True
        rows = shown_rows(t)
        table = self.doc.add_table(rows=len(rows) + 1, cols=len(t.columns) + 1)
        table.style = "Table Grid"
        table.autofit = False
        _narrow_margins(table)
        lines = [[t.row_heading, *(c.label for c in t.columns)]]
        lines += [[row.label, *(fmt_cell(v, c.kind, self.lang)
                                for v, c in zip(row.cells, t.columns, strict=True))]
                  for row in rows]
        millimetres, points = column_widths(lines)
        widths = [Mm(w) for w in millimetres]
        kept = len(lines) - 1 if len(rows) <= KEEP_WHOLE_ROWS else 5
        for r, (shown, table_row) in enumerate(zip(lines, table.rows, strict=True)):
            _row_property(table_row, "cantSplit")
            for c, (value, cell) in enumerate(zip(shown, table_row.cells, strict=True)):
                paragraph = cell.paragraphs[0]
                run = paragraph.add_run(_clean(value))
                run.bold = r == 0
                run.font.size = Pt(points)  # on the run too: not every word processor
                # takes a table style's size
                cell.width = widths[c]
                if c and r:
                    paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                if r < kept:  # the chart, the heading and the table stay together
                    paragraph.paragraph_format.keep_with_next = True
        _row_property(table.rows[0], "tblHeader")  # repeated on every page it runs to
        for column, width in zip(table.columns, widths, strict=True):
            column.width = width
        if len(rows) < len(t.rows):
            self.para(text("n_first_rows", self.lang, n=len(rows), total=len(t.rows)),
                      size=8, italic=True)
        if t.note:
            self.para(t.note, size=8, italic=True)

    def build(self) -> bytes:
        r = self.report
        self.cover()
        self.key_figures()
        placed: set[str] = set()
        for section, keys in SECTIONS:
            tables = [t for k in keys if (t := r.table(k)) is not None]
            placed.update(keys)
            words = r.text_block(section)
            if not tables and not words:
                continue
            self.heading(text(f"sec_{section}", self.lang), 1)
            for t in tables:
                self.section(t, True)
            if words:
                self.text_block(words)
        if r.trends:
            self.page_break()
            self.heading(text("sec_trends", self.lang), 1)
            for t in r.trends:
                self.section(t, True)
        conclusion = r.text_block("conclusion")
        if conclusion:
            self.heading(text("tb_conclusion", self.lang), 1)
            self.text_block(conclusion)
        rest = [t for t in r.tables if t.key not in placed]
        if rest:
            self.page_break()
            self.heading(text("sec_appendix", self.lang), 1)
            for t in rest:
                self.section(t, False)
        props = self.doc.core_properties
        props.title = _clean(f"{r.title}, {period_text(r.period)}")
        props.author = _clean(r.author if r.author and not r.release
                              else r.organisation_label)
        props.last_modified_by = ""
        props.comments = ""
        props.language = self.lang
        out = io.BytesIO()
        self.doc.save(out)
        return out.getvalue()


def render_docx(report: Report) -> bytes:
    return _Writer(report).build()


def write_docx(report: Report, path: Path | str) -> None:
    data = render_docx(report)
    with atomic_write(path, "wb") as f:
        f.write(data)
    log.info("DOCX report: %d bytes", len(data))
