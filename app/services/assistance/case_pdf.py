"""The printable summary of an assistance case (reportlab), full or redacted.

The summary is in the user's language, set in the bundled DejaVu Sans (reportlab's own
fonts have no Cyrillic), with the organisation and case number at the top of every
page and who printed it, when, and "page X of Y" at the bottom. Sections: client,
relatives, trafficking, consent, services (a table like Table 3 of the 2013 report and
every service), referrals, monitoring, timeline, closing.

The redacted variant is for sharing: the client's and relatives' names, phone numbers,
e-mail and postal addresses and dates of birth are replaced by placeholders, in the
structured fields and wherever they appear in free text; any other phone-like or
e-mail-like text is replaced too. Every piece of user text is escaped before it
reaches a ``Paragraph``, whose mini-language would otherwise read ``<`` and ``&`` as
markup (a note with ``<b`` would break the PDF, ``<a href>`` would make a live link).

Files are written atomically, and every summary written is recorded in the print log
(:meth:`AssistanceService.record_print`) for the audit log.
"""

from __future__ import annotations

import hashlib
import io
import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from functools import partial
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas
from reportlab.platypus import (
    CondPageBreak,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.flowables import Flowable

from app.models import countries
from app.models.assistance import CLOSED, GIVEN, MONITORING_AREAS
from app.models.taxonomy import Taxonomy
from app.models.taxonomy import load as load_taxonomy
from app.services import texts
from app.services.assistance.redaction import Redactor
from app.services.assistance.service import AssistanceService
from app.services.assistance.types import AssistanceCaseRecord, PrintRow
from app.services.assistance.validation import format_cost
from app.services.casework.book import TimelineEvent
from app.services.export_util import pdf_fonts, pdf_text
from app.services.files import atomic_write

log = logging.getLogger("app.pdf")

LANGS = ("en", "ru", "be")
PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN = 18 * mm
TOP = 22 * mm  # room for the running header
FRAME_WIDTH = PAGE_WIDTH - 2 * MARGIN
GRID = colors.Color(0.6, 0.6, 0.6)
HEADER_FILL = colors.Color(0.89, 0.89, 0.89)
SOFT = colors.Color(0.3, 0.3, 0.3)
LABEL_WIDTH = 42 * mm
DATE_W = 21 * mm  # "04.05.2026" in 8 pt with the cell's padding, on one line
VISITS_PER_TABLE = 4


# -- text ----------------------------------------------------------------------------------


def text(key: str, lang: str, **params: object) -> str:
    """The summary's text ``key`` in ``lang`` (English when missing), ``{params}`` filled."""
    return texts.text("case_text", key, lang, **params)


def fmt_date(value: date | None) -> str:
    return value.strftime("%d.%m.%Y") if value else ""


def fmt_time(value: datetime | None) -> str:
    return value.astimezone().strftime("%d.%m.%Y %H:%M") if value else ""


# -- layout --------------------------------------------------------------------------------


@dataclass(frozen=True)
class CasePdf:
    data: bytes
    pages: int
    sha256: str


def _styles(regular: str, bold: str) -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("body", fontName=regular, fontSize=9, leading=11.6,
                          splitLongWords=True)
    return {
        "body": base,
        "title": ParagraphStyle("title", parent=base, fontName=bold, fontSize=17, leading=21),
        "number": ParagraphStyle("number", parent=base, fontName=bold, fontSize=12,
                                 leading=15, spaceAfter=4),
        "h2": ParagraphStyle("h2", parent=base, fontName=bold, fontSize=12, leading=15,
                             spaceBefore=9, spaceAfter=4),
        "h3": ParagraphStyle("h3", parent=base, fontName=bold, fontSize=9.5, leading=12,
                             spaceBefore=6, spaceAfter=2),
        "label": ParagraphStyle("label", parent=base, textColor=SOFT),
        "cell": ParagraphStyle("cell", parent=base, fontSize=8, leading=10),
        "cell_bold": ParagraphStyle("cell_bold", parent=base, fontName=bold, fontSize=8,
                                    leading=10),
        "num": ParagraphStyle("num", parent=base, fontSize=8, leading=10, alignment=TA_RIGHT),
        "head": ParagraphStyle("head", parent=base, fontName=bold, fontSize=7.5, leading=9),
        "head_num": ParagraphStyle("head_num", parent=base, fontName=bold, fontSize=7.5,
                                   leading=9, alignment=TA_RIGHT),
        "note": ParagraphStyle("note", parent=base, fontSize=8, leading=10, textColor=SOFT),
        "banner": ParagraphStyle("banner", parent=base, fontName=bold, fontSize=9,
                                 leading=11.5),
    }


def _p(value: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph of plain text: user text never becomes markup or a link."""
    return Paragraph(pdf_text(value), style)


PIECE = 700
"""Characters of user text per table row. A long note continues in the rows below:
reportlab splits a table between rows quickly but inside one row slowly, and a pasted
e-mail of 20,000 characters would otherwise take seconds."""
_ENTITY = re.compile(r"&[#\w]*$")


def _split_markup(markup: str, limit: int = PIECE) -> list[str]:
    """Escaped paragraph text cut into pieces of about ``limit`` characters, at line
    breaks or spaces when it can, never inside an ``&…;`` entity."""
    if len(markup) <= limit:
        return [markup]
    pieces: list[str] = []
    current = ""
    for whole in markup.split("<br/>"):
        line = whole
        candidate = f"{current}<br/>{line}" if current else line
        if len(candidate) <= limit:
            current = candidate
            continue
        if current:
            pieces.append(current)
        while len(line) > limit:
            cut = line.rfind(" ", limit // 2, limit)
            if cut <= 0:
                cut = limit
                entity = _ENTITY.search(line[:cut])
                if entity:
                    cut = entity.start() or limit + line[limit:].find(";") + 1
            pieces.append(line[:cut])
            line = line[cut:].lstrip(" ")
        current = line
    if current:
        pieces.append(current)
    return pieces


def _expand(rows: list[list[Any]]) -> tuple[list[list[Any]], list[int]]:
    """Rows with long paragraphs spread over several rows; and the index of the last
    row of each original row (where the rule goes)."""
    out: list[list[Any]] = []
    ends: list[int] = []
    for row in rows:
        pieces = [(_split_markup(c.text) if isinstance(c, Paragraph) else [c]) for c in row]
        depth = max(len(p) for p in pieces)
        if depth == 1:
            out.append(row)
        else:
            for i in range(depth):
                out.append([
                    (Paragraph(p[i], c.style) if isinstance(c, Paragraph) else c)
                    if i < len(p) else "" for c, p in zip(row, pieces, strict=True)])
        ends.append(len(out) - 1)
    return out, ends


def _grid(rows: list[list[Any]], widths: list[float], *, header: bool = True,
          numeric: Sequence[int] = ()) -> Table:
    rows, ends = _expand(rows)
    table = Table(rows, colWidths=widths, repeatRows=1 if header else 0, splitInRow=1,
                  hAlign="LEFT")
    style: list[Any] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
    style += [("LINEBELOW", (0, end), (-1, end), 0.25, GRID) for end in ends]
    if header:
        style += [("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
                  ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black)]
    for col in numeric:
        style.append(("ALIGN", (col, 0), (col, -1), "RIGHT"))
    table.setStyle(TableStyle(style))
    return table


def _pairs(rows: list[tuple[str, str]], st: dict[str, ParagraphStyle]) -> Table:
    """Label / value lines, as on a form."""
    body, _ends = _expand([[_p(k, st["label"]), _p(v, st["body"])] for k, v in rows])
    table = Table(body, colWidths=[LABEL_WIDTH, FRAME_WIDTH - LABEL_WIDTH], splitInRow=1,
                  hAlign="LEFT")
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 1.2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.2),
    ]))
    return table


class _Doc:
    """Builds the story of one summary."""

    def __init__(self, record: AssistanceCaseRecord, events: list[TimelineEvent], *, lang: str,
                 redacted: bool, tax: Taxonomy):
        self.r = record
        self.events = events
        self.lang = lang
        self.tax = tax
        self.red = Redactor(record, lang, redacted)
        regular, bold = pdf_fonts()
        self.st = _styles(regular, bold)
        self.story: list[Flowable] = []

    def t(self, key: str, **params: object) -> str:
        return text(key, self.lang, **params)

    def label(self, list_name: str, code: str | None) -> str:
        return self.tax[list_name].label(code, self.lang) if code else ""

    def free(self, value: str) -> str:
        return self.red.text(value)

    def h2(self, key: str) -> None:
        # A heading never ends a page alone.
        self.story.append(CondPageBreak(35 * mm))
        self.story.append(_p(self.t(key), self.st["h2"]))

    def none(self) -> None:
        self.story.append(_p(self.t("none_recorded"), self.st["note"]))

    def cell(self, value: str, style: str = "cell") -> Paragraph:
        return _p(value, self.st[style])

    # -- sections --

    def header(self, site_name: str) -> None:
        r, st = self.r, self.st
        self.story.append(_p(self.t("title"), st["title"]))
        self.story.append(_p(self.t("case", number=r.number), st["number"]))
        banner = (self.t("redacted") + ". " + self.t("redacted_note") if self.red.enabled
                  else self.t("confidential"))
        box = Table([[_p(banner, st["banner"])]], colWidths=[FRAME_WIDTH])
        box.setStyle(TableStyle([
            ("BOX", (0, 0), (-1, -1), 0.8, colors.black),
            ("BACKGROUND", (0, 0), (-1, -1), colors.Color(0.94, 0.94, 0.94)),
            ("LEFTPADDING", (0, 0), (-1, -1), 6), ("TOPPADDING", (0, 0), (-1, -1), 4),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
        self.story += [box, Spacer(1, 5)]
        org = self.label("organisation", r.organisation)
        if site_name and site_name not in org:
            org = f"{org} · {site_name}" if org else site_name
        if r.crisis_number:
            source = self.t("source_crisis", number=r.crisis_number)
        elif r.contact_started_at:
            source = self.t("source_contact", date=fmt_time(r.contact_started_at))
        else:
            source = self.t("source_direct")
        rows = [(self.t("organisation"), org),
                (self.t("status"), self.label("case_status", r.status)),
                (self.t("opened"), self.t("opened_by", date=fmt_time(r.opened_at),
                                          name=r.opened_by) if r.opened_by
                 else fmt_time(r.opened_at)),
                (self.t("specialist"), r.specialist_name),
                (self.t("source"), source)]
        if r.status == CLOSED and r.closed_at:
            rows.append((self.t("closed"), f"{fmt_time(r.closed_at)} · "
                         f"{self.label('closure_reason', r.closure_reason)}"))
        self.story.append(_pairs(rows, self.st))

    def client(self) -> None:
        c, red = self.r.client, self.red
        self.h2("s_client")
        birth = fmt_date(c.birth_date)
        rows = [
            (self.t("name"), red.field(c.name, "ph_name")),
            (self.t("gender"), self.label("gender", c.gender)),
            (self.t("birth_date"), red.field(birth, "ph_birth") or self.t("not_recorded")),
            (self.t("phone"), red.field(c.phone, "ph_phone") or self.t("not_recorded")),
            (self.t("email"), red.field(c.email, "ph_email") or self.t("not_recorded")),
            (self.t("address"), red.field(c.address, "ph_address") or self.t("not_recorded")),
            (self.t("region"), self.label("region", c.region) or self.t("not_recorded")),
            (self.t("citizenship"), countries.name(c.citizenship, self.lang)
             if c.citizenship else self.t("not_recorded")),
        ]
        self.story.append(_pairs(rows, self.st))
        self.story.append(_p(self.t("s_relatives"), self.st["h3"]))
        if not self.r.relatives:
            self.none()
            return
        head = [self.cell(self.t(k), "head") for k in ("name", "relation", "phone", "address",
                                                        "assisted", "notes")]
        body: list[list[Any]] = [head]
        for i, rel in enumerate(self.r.relatives):
            name = text("ph_relative", self.lang, n=i + 1) if red.enabled else rel.name
            body.append([self.cell(name), self.cell(self.label("relation", rel.relation)),
                         self.cell(red.field(rel.phone, "ph_phone")),
                         self.cell(red.field(rel.address, "ph_address")),
                         self.cell(self.t("yes") if rel.assisted else self.t("no")),
                         self.cell(self.free(rel.notes))])
        widths = [34 * mm, 24 * mm, 30 * mm, 34 * mm, 17 * mm]
        self.story.append(_grid(body, [*widths, FRAME_WIDTH - sum(widths)]))

    def trafficking(self) -> None:
        t = self.r.trafficking
        self.h2("s_trafficking")

        def codes(list_name: str, values: list[str]) -> str:
            return "; ".join(self.label(list_name, v) for v in values) or \
                self.t("not_recorded")

        period = ""
        if t.period_from or t.period_to:
            period = f"{fmt_date(t.period_from)} – {fmt_date(t.period_to)}"
        rows = [
            (self.t("t_status"), self.label("trafficking_status", t.status)
             or self.t("not_recorded")),
            (self.t("decided_by"), self.label("trafficking_decided_by", t.decided_by)
             or self.t("not_recorded")),
            (self.t("decided_on"), fmt_date(t.decided_on) or self.t("not_recorded")),
            (self.t("exploitation_type"), codes("exploitation_type", t.exploitation_types)),
            (self.t("method_of_control"), codes("method_of_control", t.methods_of_control)),
            (self.t("recruitment_method"), codes("recruitment_method",
                                                 t.recruitment_methods)),
            (self.t("country"), countries.name(t.country, self.lang) if t.country
             else self.t("not_recorded")),
            (self.t("period"), period or self.t("not_recorded")),
        ]
        if t.notes:
            rows.append((self.t("notes"), self.free(t.notes)))
        self.story.append(_pairs(rows, self.st))

    def consent(self) -> None:
        self.h2("s_consent")
        if not self.r.consents:
            self.none()
            return
        today = date.today()
        head = [self.cell(self.t(k), "head") for k in ("h_scope", "h_with", "h_given",
                                                        "h_until", "h_notes")]
        body: list[list[Any]] = [head]
        for c in self.r.consents:
            who = self.label("referral_target", c.recipient)
            if c.recipient_name:
                who += f": {c.recipient_name}"
            until = fmt_date(c.expires_on)
            if c.withdrawn_on:
                until = self.t("withdrawn", date=fmt_date(c.withdrawn_on))
            elif c.expires_on and c.expires_on < today:
                until += f" ({self.t('expired')})"
            body.append([self.cell(self.label("consent_scope", c.scope)), self.cell(who),
                         self.cell(fmt_date(c.given_on)), self.cell(until),
                         self.cell(self.free(c.notes))])
        widths = [38 * mm, 45 * mm, DATE_W, 28 * mm]
        self.story.append(_grid(body, [*widths, FRAME_WIDTH - sum(widths)]))

    def services(self) -> None:
        r = self.r
        self.story.append(CondPageBreak(95 * mm))  # the heading goes with the Table 3 block
        self.h2("s_services")
        given = [s for s in r.services if s.status == GIVEN]
        counts = r.services_by_type()
        last: dict[str, date] = {}
        for s in given:
            last[s.service] = max(last.get(s.service, s.service_on), s.service_on)
        sub = _p(self.t("s_services_by_type"), self.st["h3"])
        head = [self.cell(self.t("h_service"), "head"), self.cell(self.t("h_times"), "head_num"),
                self.cell(self.t("h_last"), "head_num")]
        body: list[list[Any]] = [head]
        for code in self.tax["service"].codes:
            n = counts.get(code.code, 0)
            style = "cell_bold" if n else "cell"
            body.append([self.cell(code.label(self.lang), style),
                         self.cell(str(n) if n else "—", "num"),
                         self.cell(fmt_date(last.get(code.code)), "num")])
        widths = [FRAME_WIDTH - 52 * mm, 24 * mm, 28 * mm]
        table = _grid(body, widths, numeric=(1, 2))
        self.story.append(KeepTogether([
            sub, table, _p(self.t("services_total", n=len(given), kinds=len(counts)),
                           self.st["note"])]))
        self.story.append(_p(self.t("s_services_all"), self.st["h3"]))
        if not r.services:
            self.none()
            return
        head = [self.cell(self.t(k), "head") for k in ("h_date", "h_service", "h_provider",
                                                        "h_status")]
        head += [self.cell(self.t("h_cost"), "head_num"), self.cell(self.t("h_notes"), "head")]
        body = [head]
        total: dict[str, int] = {}
        for s in r.services:
            provider = self.label("service_provider", s.provider)
            if s.provider_name:
                provider = s.provider_name if s.provider == "partner_org" else \
                    f"{provider}: {s.provider_name}"
            cost = format_cost(s.cost_minor, s.currency, self.lang)
            if s.cost_minor and s.status == GIVEN:
                total[s.currency] = total.get(s.currency, 0) + s.cost_minor
            body.append([self.cell(fmt_date(s.service_on)),
                         self.cell(self.label("service", s.service)), self.cell(provider),
                         self.cell(self.label("service_status", s.status)),
                         self.cell(cost, "num"), self.cell(self.free(s.notes))])
        widths = [DATE_W, 42 * mm, 34 * mm, 20 * mm, 20 * mm]
        self.story.append(_grid(body, [*widths, FRAME_WIDTH - sum(widths)], numeric=(4,)))
        if total:
            sums = ", ".join(format_cost(v, k, self.lang) for k, v in sorted(total.items()))
            self.story.append(_p(self.t("total_cost", cost=sums), self.st["note"]))

    def referrals(self) -> None:
        self.h2("s_referrals")
        if not self.r.referrals:
            self.none()
            return
        head = [self.cell(self.t(k), "head") for k in ("h_sent", "h_to", "h_purpose",
                                                        "h_status")]
        body: list[list[Any]] = [head]
        for ref in self.r.referrals:
            to = self.label("referral_target", ref.target)
            if ref.organisation:
                to += f": {ref.organisation}"
            status = (f"{self.label('referral_status', ref.status)}, "
                      f"{fmt_date(ref.status_at.astimezone().date())}")
            if ref.status_reason:
                status += f": {self.free(ref.status_reason)}"
            body.append([self.cell(fmt_date(ref.sent_on)), self.cell(to),
                         self.cell(self.free(ref.purpose)), self.cell(status)])
        widths = [DATE_W, 52 * mm, 56 * mm]
        self.story.append(_grid(body, [*widths, FRAME_WIDTH - sum(widths)]))

    def monitoring(self) -> None:
        self.story.append(CondPageBreak(80 * mm))  # the heading goes with the first table
        self.h2("s_monitoring")
        visits = self.r.visits
        if not visits:
            self.none()
            return
        self.story.append(_p(self.t("s_monitoring_matrix"), self.st["h3"]))
        # Areas down, visits across: each line shows how one area of life changed.
        for first in range(0, len(visits), VISITS_PER_TABLE):
            chunk = visits[first:first + VISITS_PER_TABLE]
            head = [self.cell(self.t("h_visit"), "head")]
            head += [self.cell(fmt_date(v.visit_on), "head") for v in chunk]
            body: list[list[Any]] = [head]
            for area in MONITORING_AREAS:
                row = [self.cell(self.label("monitoring_area", area))]
                for v in chunk:
                    level = v.areas[area][0]
                    row.append(self.cell(self.label("situation_level", level),
                                         "cell_bold" if level == "critical" else "cell"))
                body.append(row)
            body.append([self.cell(self.t("h_change"), "cell_bold")]
                        + [self.cell(self.label("change_assessment", v.change) or "—")
                           for v in chunk])
            label_w = 40 * mm
            col = (FRAME_WIDTH - label_w) / VISITS_PER_TABLE
            self.story.append(KeepTogether([_grid(body, [label_w] + [col] * len(chunk)),
                                            Spacer(1, 4)]))
        for v in visits:
            title = self.t("visit_by", date=fmt_date(v.visit_on),
                           method=self.label("monitoring_method", v.method),
                           name=v.specialist_name or "—")
            rows = [(self.label("monitoring_area", a),
                     f"{self.label('situation_level', v.areas[a][0])}"
                     + (f": {self.free(v.areas[a][1])}" if v.areas[a][1] else ""))
                    for a in MONITORING_AREAS]
            if v.change:
                rows.append((self.t("h_change"), self.label("change_assessment", v.change)))
            if v.summary:
                rows.append((self.t("assessment"), self.free(v.summary)))
            if v.next_visit_on:
                rows.append((self.t("next_visit"), fmt_date(v.next_visit_on)))
            block = [_p(title, self.st["h3"]), _pairs(rows, self.st)]
            # One visit on one page, unless its notes alone are longer than that.
            self.story.append(KeepTogether(block))

    def event_text(self, e: TimelineEvent) -> str:
        d = e.data
        kind = e.kind
        if kind == "opened":
            out = self.t("ev_opened")
        elif kind == "edited":
            groups = []
            for key in d.get("changes", {}):
                group = ("g_client" if key.startswith("client_") else
                         "g_relatives" if key == "relatives" else
                         "g_specialist" if key == "specialist_id" else "g_trafficking")
                if self.t(group) not in groups:
                    groups.append(self.t(group))
            out = self.t("ev_edited", fields=", ".join(groups))
        elif kind == "trafficking_status":
            out = self.t("ev_trafficking_status",
                         status=self.label("trafficking_status", d.get("to")) or "—")
        elif kind == "status":
            out = self.t("ev_status", status=self.label("case_status", d.get("to")))
        elif kind == "closed":
            out = self.t("ev_closed", reason=self.label("closure_reason", d.get("reason")))
        elif kind == "reopened":
            out = self.t("ev_reopened")
        elif kind in ("service", "service_changed", "service_deleted"):
            out = self.t(f"ev_{kind}", service=self.label("service", d.get("service")),
                         status=self.label("service_status", d.get("status")))
            if kind == "service" and d.get("on"):
                out += f", {fmt_date(date.fromisoformat(d['on']))}"
        elif kind in ("referral", "referral_changed", "referral_deleted", "referral_status"):
            out = self.t(f"ev_{kind}", target=self.label("referral_target", d.get("target")),
                         status=self.label("referral_status", d.get("to")))
        elif kind in ("visit", "visit_changed", "visit_deleted"):
            out = self.t(f"ev_{kind}")
            if d.get("on"):
                out += f", {fmt_date(date.fromisoformat(d['on']))}"
            if kind == "visit" and d.get("change"):
                out += f" · {self.label('change_assessment', d.get('change'))}"
        elif kind in ("consent", "consent_withdrawn"):
            out = self.t(f"ev_{kind}", scope=self.label("consent_scope", d.get("scope")),
                         recipient=self.label("referral_target", d.get("recipient")))
        elif kind == "note":
            out = self.t("ev_note")
        elif kind == "printed":
            out = self.t("ev_printed_redacted" if d.get("redacted") else "ev_printed")
        elif kind == "deleted":
            out = self.t("ev_deleted")
        else:
            out = kind
        # Notes of services, visits and consent are in their own sections already.
        if e.text and kind not in ("service", "visit", "consent"):
            out += f": {self.free(e.text)}"
        return out

    def timeline(self) -> None:
        self.h2("s_timeline")
        if not self.events:
            self.none()
            return
        head = [self.cell(self.t(k), "head") for k in ("h_when", "h_who", "h_what")]
        body: list[list[Any]] = [head]
        for e in self.events:
            body.append([self.cell(fmt_time(e.at)), self.cell(e.user_name),
                         self.cell(self.event_text(e))])
        widths = [31 * mm, 34 * mm]
        self.story.append(_grid(body, [*widths, FRAME_WIDTH - sum(widths)]))

    def closing(self) -> None:
        r = self.r
        if r.status != CLOSED:
            return
        self.h2("s_closure")
        rows = [(self.t("closed"), fmt_time(r.closed_at)),
                (self.t("reason"), self.label("closure_reason", r.closure_reason))]
        if r.closure_note:
            rows.append((self.t("notes"), self.free(r.closure_note)))
        self.story.append(_pairs(rows, self.st))


class _Canvas(canvas.Canvas):
    """Draws the running header and "page X of Y" once the number of pages is known."""

    def __init__(self, *args: Any, header: tuple[str, str] = ("", ""), footer: str = "",
                 page_lang: str = "en", font: tuple[str, str] = ("Helvetica", "Helvetica-Bold"),
                 counted: list[int] | None = None, **kwargs: Any):
        super().__init__(*args, **kwargs)
        self._saved: list[dict[str, Any]] = []
        self._header = header
        self._footer = footer
        # Not "lang": the document template passes its own ``lang`` to the canvas.
        self._page_lang = page_lang
        self._font = font
        self._counted = counted

    def showPage(self) -> None:
        self._saved.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._saved)
        if self._counted is not None:
            self._counted.append(total)
        regular, bold = self._font
        for state in self._saved:
            self.__dict__.update(state)
            self.setFillColor(SOFT)
            self.setFont(bold, 8.5)
            self.drawString(MARGIN, PAGE_HEIGHT - 12 * mm, self._header[0])
            self.drawRightString(PAGE_WIDTH - MARGIN, PAGE_HEIGHT - 12 * mm, self._header[1])
            self.setStrokeColor(GRID)
            self.setLineWidth(0.5)
            self.line(MARGIN, PAGE_HEIGHT - 14 * mm, PAGE_WIDTH - MARGIN, PAGE_HEIGHT - 14 * mm)
            self.line(MARGIN, 14 * mm, PAGE_WIDTH - MARGIN, 14 * mm)
            self.setFont(regular, 7.5)
            self.drawString(MARGIN, 10 * mm, self._footer)
            self.drawRightString(PAGE_WIDTH - MARGIN, 10 * mm,
                                 text("page", self._page_lang, page=self._pageNumber,
                                      pages=total))
            super().showPage()
        super().save()


def render(record: AssistanceCaseRecord, events: list[TimelineEvent], *, lang: str = "en",
           redacted: bool = False, printed_by: str = "", printed_at: datetime | None = None,
           site_name: str = "", tax: Taxonomy | None = None) -> CasePdf:
    """The summary of ``record`` as PDF bytes."""
    if lang not in LANGS:
        raise ValueError(f"no summary text in {lang!r}")
    tax = tax or load_taxonomy()
    doc = _Doc(record, events, lang=lang, redacted=redacted, tax=tax)
    doc.header(site_name)
    doc.client()
    doc.trafficking()
    doc.consent()
    doc.services()
    doc.referrals()
    doc.monitoring()
    doc.timeline()
    doc.closing()

    printed_at = printed_at or datetime.now().astimezone()
    org = tax["organisation"].label(record.organisation, lang) if record.organisation else ""
    org = org or site_name
    mark = text("redacted_short" if redacted else "confidential_short", lang)
    header = (org, f"{text('case', lang, number=record.number)} · {mark}")
    footer = text("printed_by", lang, name=printed_by or "—", date=fmt_time(printed_at))
    buffer = io.BytesIO()
    title = f"{text('title', lang)}: {record.number}"
    template = SimpleDocTemplate(
        buffer, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=TOP,
        bottomMargin=MARGIN + 2 * mm, title=title, author=printed_by, subject=title,
        creator=text("generated_by", lang))
    counted: list[int] = []
    template.build(doc.story, canvasmaker=partial(
        _Canvas, header=header, footer=footer, page_lang=lang, font=pdf_fonts(), counted=counted))
    data = buffer.getvalue()
    return CasePdf(data, counted[-1] if counted else 0, hashlib.sha256(data).hexdigest())


def write_case_pdf(service: AssistanceService, case_id: str, path: Path | str, *,
                   lang: str = "en", redacted: bool = False, printed_by: str | None = None,
                   now: datetime | None = None) -> PrintRow:
    """Write the summary of a case to ``path`` atomically and record the print.

    ``printed_by`` defaults to the service's user. Nothing is recorded when the file
    cannot be written.
    """
    service.require_print()
    record = service.get(case_id)
    events = service.timeline(case_id)
    who = printed_by if printed_by is not None else service.user_name()
    site = str(service.store.setting("site_name") or "")
    pdf = render(record, events, lang=lang, redacted=redacted, printed_by=who,
                 printed_at=(now or datetime.now()).astimezone(), site_name=site,
                 tax=service.tax)
    with atomic_write(path, "wb") as f:
        f.write(pdf.data)
    row = service.record_print(case_id, redacted=redacted, lang=lang, pages=pdf.pages,
                               sha256=pdf.sha256, printed_by=who, now=now)
    log.info("case summary printed: case %s, %d pages, redacted=%s", case_id, pdf.pages,
             redacted)
    return row
