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


def _clean(value: str) -> str:
    return _XML_UNSAFE.sub("", value)


class _Writer:
    def __init__(self, report: Report):
        from docx import Document
        from docx.shared import Pt

        self.report = report
        self.lang = report.lang
        self.doc = Document()
        style = self.doc.styles["Normal"]
        style.font.name = "DejaVu Sans"
        style.font.size = Pt(10)
        self.doc.styles["Table Grid"].font.size = Pt(8)  # every table's text, at once
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
        table = self.doc.add_table(rows=0, cols=2)
        table.style = "Table Grid"
        for f in self.report.headline:
            cells = table.add_row().cells
            cells[0].text = _clean(f.label)
            cells[1].text = _clean(f.shown)
            run = cells[1].paragraphs[0].runs[0]
            run.bold = True
            run.font.size = Pt(16)
        intro = self.report.text_block("introduction")
        if intro:
            self.heading(text("tb_introduction", self.lang), 2)
            self.text_block(intro)
        self.page_break()

    def section(self, t: ReportTable, numbered: bool) -> None:
        from docx.shared import Mm

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
                                 width=Mm(165))
            self.doc.paragraphs[-1].paragraph_format.keep_with_next = True
        rows = shown_rows(t)
        table = self.doc.add_table(rows=len(rows) + 1, cols=len(t.columns) + 1)
        table.style = "Table Grid"
        lines = [[t.row_heading, *(c.label for c in t.columns)]]
        lines += [[row.label, *(fmt_cell(v, c.kind, self.lang)
                                for v, c in zip(row.cells, t.columns, strict=True))]
                  for row in rows]
        for shown, table_row in zip(lines, table.rows, strict=True):
            for value, cell in zip(shown, table_row.cells, strict=True):
                cell.paragraphs[0].add_run(_clean(value))
        for cell in table.rows[0].cells:
            cell.paragraphs[0].runs[0].bold = True
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
