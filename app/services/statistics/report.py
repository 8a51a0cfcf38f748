"""The statistical report: the tables of :mod:`app.services.statistics.sums` in a language, with
small-cell suppression for outside release, written as XLSX, CSV or PDF.

:func:`build` turns a :class:`~app.services.statistics.sums.Statistics` into a :class:`Report`
(labels, cells and chart data, suppression applied); the writers only lay it out, so
the formats always show the same numbers (XLSX and CSV in :mod:`.report_sheets`,
PDF in :mod:`.report_pdf`, DOCX in :mod:`.report_docx`). The report's own words (titles,
notes, column headings) are kept as data in ``app/resources/reports`` in the three
languages of the app, like the code lists.

Suppression for outside release: a count from 1 to ``threshold - 1`` is shown as
``<threshold``; then, wherever the cells of a row or a column add up to a number
the report shows elsewhere, a lone hidden cell could be worked out by subtraction, so
the next smallest cell of that group is hidden too, until no group has exactly one
hidden cell. The percentage and the change of a hidden count are hidden with it.
Nothing that names a person or a consultant goes into a release: no table of
consultants, no "prepared by", no site name.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any, Literal

from app.models import countries
from app.models.taxonomy import Taxonomy
from app.models.taxonomy import load as load_taxonomy
from app.services import texts as document_texts
from app.services.statistics.campaigns import CampaignEffect
from app.services.statistics.sums import (
    NOT_RECORDED,
    Period,
    PreviousPeriod,
    Statistics,
    StatTable,
)
from app.services.statistics.trends import Trends

log = logging.getLogger("app.report")

DEFAULT_THRESHOLD = 5
FORMATS = (".pdf", ".docx", ".xlsx", ".csv")
PERSON_SECTIONS = frozenset({"services", "recruitment_methods", "exploitation_types"})
"""Sections counted in persons (each once per row), from the cases: no shares of the
consultations, no rows of nobody (Table 3 of the annual report)."""
SECTIONS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("consultations", ("channel", "gender", "organisation", "topic", "topic_gender",
                       "destination", "destination_gender", "campaigns")),
    ("crisis", ("crisis", "recruitment_methods", "exploitation_types")),
    ("assistance", ("services",)),
)
"""The publication's sections and their tables, in the order of the 2013 report; the
other tables follow in the appendix."""

Cell = int | float | str | None
"""A count (int), a share or change as a fraction (float), a hidden count ("<5"), or
nothing (None: not applicable, or hidden with its count)."""
ColumnKind = Literal["count", "pct", "change"]


class ReportError(Exception):
    """A report that cannot be written; the message is for the user."""


# -- the report's own words --------------------------------------------------------------


def text(key: str, lang: str, **params: object) -> str:
    """The report's text ``key`` in ``lang`` (English when missing), ``{params}`` filled."""
    return document_texts.text("report_text", key, lang, **params)


def fmt_int(value: int, lang: str) -> str:
    """1 234 567 (narrow no-break spaces) in Russian and Belarusian, 1,234,567 in English."""
    grouped = f"{value:,}"
    return grouped if lang == "en" else grouped.replace(",", "\u202f")


def fmt_pct(value: float | None, lang: str, signed: bool = False) -> str:
    """A percentage with one decimal: 37.0 % or 37,0 %; "—" when there is none."""
    if value is None:
        return "—"
    if signed:
        number = f"{value:+.1f}" if round(value, 1) != 0 else "0.0"
    else:
        number = f"{value:.1f}"
    if lang != "en":
        number = number.replace(".", ",")
    return f"{number}\u00a0%"


def fmt_cell(value: Cell, kind: ColumnKind, lang: str) -> str:
    if value is None:
        return "—" if kind != "count" else ""
    if isinstance(value, str):
        return value
    if kind == "count":
        return fmt_int(int(value), lang)
    return fmt_pct(float(value) * 100, lang, signed=kind == "change")


# -- the report model ----------------------------------------------------------------


@dataclass(frozen=True)
class Column:
    key: str
    label: str
    kind: ColumnKind


@dataclass(frozen=True)
class ReportRow:
    code: str
    label: str
    cells: tuple[Cell, ...]


@dataclass(frozen=True)
class ChartSeries:
    name: str
    values: tuple[int | None, ...]  # None: hidden (suppressed)
    labels: tuple[str, ...]  # the text shown at the end of each bar


@dataclass(frozen=True)
class ChartData:
    categories: tuple[str, ...]
    series: tuple[ChartSeries, ...]


@dataclass(frozen=True)
class ReportTable:
    key: str
    title: str
    note: str
    row_heading: str
    columns: tuple[Column, ...]
    rows: tuple[ReportRow, ...]
    chart: ChartData | None = None
    status: Literal["ok", "no_data", "empty"] = "ok"
    sheet: str = ""  # the XLSX sheet's name: readable, at most 31 characters


@dataclass(frozen=True)
class KeyFigure:
    key: str
    label: str
    value: Cell
    kind: ColumnKind
    shown: str  # as the PDF and the text table print it


@dataclass(frozen=True)
class Report:
    title: str
    lang: str
    release: bool
    threshold: int
    period: Period
    organisation: str | None
    meta: tuple[tuple[str, str], ...]  # (label, value) lines under the title
    key_figures: tuple[KeyFigure, ...]
    tables: tuple[ReportTable, ...]
    notes: tuple[str, ...]
    author: str  # for the file's properties; empty in a release
    generated_at: datetime = field(default_factory=lambda: datetime.now(UTC))
    period_label: str = ""  # "2025 г.", "1 января – 7 декабря 2026 г."
    organisation_label: str = ""
    comparison: str = ""  # what the change is of, in words
    headline: tuple[KeyFigure, ...] = ()  # the key-figures page of the publication
    texts: tuple[tuple[str, str, str], ...] = ()  # (block, title, the manager's words)
    trends: tuple[ReportTable, ...] = ()

    def table(self, key: str) -> ReportTable | None:
        return next((t for t in self.tables if t.key == key), None)

    def text_block(self, block: str) -> str:
        return next((body for b, _title, body in self.texts if b == block), "")


@dataclass(frozen=True)
class ReportOptions:
    lang: str = "en"
    release: bool = False
    threshold: int = DEFAULT_THRESHOLD
    author: str = ""  # who prepares it (internal reports only)
    site_name: str = ""  # internal reports only
    texts: dict[str, str] = field(default_factory=dict)  # the manager's text blocks
    trends: Trends | None = None
    campaigns: tuple[CampaignEffect, ...] = ()  # those that started in the period


# -- suppression ----------------------------------------------------------------------


def suppress(values: dict[Any, int], groups: Iterable[Iterable[Any]],
             threshold: int) -> set[Any]:
    """Which cells to hide: the small ones, then enough others that no group (cells
    adding up to a published total) has exactly one hidden cell."""
    hidden = {k for k, v in values.items() if 0 < v < threshold}
    group_list = [list(g) for g in groups]
    changed = bool(hidden)
    while changed:
        changed = False
        for group in group_list:
            lone = [k for k in group if k in hidden]
            if len(lone) != 1:
                continue
            others = sorted((values.get(k, 0), str(k), k) for k in group
                            if k not in hidden and values.get(k, 0) > 0)
            if others:
                hidden.add(others[0][2])
                changed = True
    return hidden


def _groups(table: StatTable) -> list[list[tuple[str, str]]]:
    """The groups of cells of a table that add up to a number published elsewhere."""
    groups: list[list[tuple[str, str]]] = []
    if len(table.columns) == 1:
        if table.partition:
            groups.append([(r, table.columns[0]) for r in table.rows])
        return groups
    # A row of a gender crossing adds up to that row's count in its own table.
    groups.extend([(r, c) for c in table.columns] for r in table.rows)
    if table.partition:
        groups.extend([(r, c) for r in table.rows] for c in table.columns)
    return groups


# -- building ----------------------------------------------------------------------


class _Labels:
    def __init__(self, stats: Statistics, lang: str, tax: Taxonomy):
        self.stats = stats
        self.lang = lang
        self.tax = tax
        self.months = text("months", lang).split("|")

    def row(self, row_list: str, code: str) -> str:
        lang = self.lang
        if code == NOT_RECORDED:
            return text("not_recorded", lang)
        if row_list == "country":
            return countries.name(code, lang)
        if row_list == "period":
            if len(code) == 7:  # a month: 2013-03
                return f"{self.months[int(code[5:]) - 1]} {code[:4]}"
            return date.fromisoformat(code).strftime("%d.%m.%Y")
        if row_list == "user":
            return self.stats.consultant_name(code) or text("not_recorded", lang)
        if row_list == "crisis":
            return text("crisis_row", lang)
        if row_list in self.tax.lists:
            return self.tax[row_list].label(code, lang)
        return code

    def column(self, column_list: str | None, code: str) -> str:
        if column_list == "gender":
            return self.tax["gender"].label(code, self.lang)
        if column_list == "measure":
            return text(code, self.lang)
        return text(code, self.lang) if code == "count" else code


def _note(table: StatTable, lang: str) -> str:
    if table.status == "no_data":
        return text("n_no_data", lang)
    notes = []
    if table.key == "non_data":
        notes.append(text("n_non_data", lang))
    elif len(table.columns) == 1 and not table.partition:
        notes.append(text("n_multi", lang))
    if table.column_list == "gender":
        notes.append(text("n_cross", lang))
    if table.row_list == "country" and table.key.startswith("destination"):
        notes.append(text("n_destination", lang))
    return " ".join(notes)


def _build_table(table: StatTable, labels: _Labels, options: ReportOptions,
                 compare: bool) -> ReportTable:
    lang = options.lang
    has_title = document_texts.has("report_text", f"t_{table.key}")
    title = text(f"t_{table.key}", lang) if has_title else table.key
    sheet = _sheet_title(table.key, lang)
    if table.status == "no_data":
        return ReportTable(table.key, title, _note(table, lang), "", (), (), None, "no_data",
                           sheet)
    persons = table.key in PERSON_SECTIONS
    if persons:  # nobody in a row: no row (Table 3 lists what was given)
        kept = tuple(r for r in table.rows if table.row_total(r))
        table = StatTable(table.key, kept, table.row_list, table.columns, table.column_list,
                          table.cells, table.denominators, partition=False,
                          chart_rows=min(table.chart_rows, len(kept)))
    if not any(table.value(r, c) for r in table.rows for c in table.columns):
        return ReportTable(table.key, title, "", "", (), (), None, "empty", sheet)
    hidden: set[tuple[str, str]] = set()
    hidden_prev: set[tuple[str, str]] = set()
    previous = table.previous if compare and not persons else None
    if options.release:
        hidden = suppress(table.cells, _groups(table), options.threshold)
        if previous is not None:
            prev_cells = {(r, "count"): previous.get(r, 0) for r in table.rows}
            hidden_prev = suppress(prev_cells, _groups(table), options.threshold)
    small = f"<{options.threshold}"
    columns: list[Column] = []
    single = len(table.columns) == 1
    for c in table.columns:
        if persons:
            columns.append(Column("persons", text("persons", lang), "count"))
            continue
        columns.append(Column(c, labels.column(table.column_list, c), "count"))
        columns.append(Column(f"{c}_pct", text("percent", lang), "pct"))
    if single and previous is not None:
        columns.append(Column("previous", text("previous", lang), "count"))
        columns.append(Column("change_pct", text("change_pct", lang), "change"))
    if not single and table.column_list == "gender":
        columns.append(Column("total", text("row_total", lang), "count"))

    rows: list[ReportRow] = []
    for r in table.rows:
        cells: list[Cell] = []
        for c in table.columns:
            n = table.value(r, c)
            if persons:
                cells.append(small if (r, c) in hidden else n)
            elif (r, c) in hidden:
                cells += [small, None]
            else:
                pct = table.percent(r, c)
                cells += [n, None if pct is None else pct / 100]
        if single and previous is not None:
            before = previous.get(r, 0)
            now = table.value(r, table.columns[0])
            if (r, "count") in hidden_prev:
                cells += [small, None]
            else:
                hide_change = (r, table.columns[0]) in hidden or before == 0
                cells += [before, None if hide_change else (now - before) / before]
        if not single and table.column_list == "gender":
            total = table.row_total(r)
            cells.append(small if options.release and 0 < total < options.threshold
                         else total)
        rows.append(ReportRow(r, labels.row(table.row_list, r), tuple(cells)))

    chart = None
    if table.chart_rows:
        chart_rows = table.rows[:table.chart_rows]
        series_columns = table.chart_columns or table.columns
        series = []
        for c in series_columns:
            values: list[int | None] = []
            texts: list[str] = []
            for r in chart_rows:
                if (r, c) in hidden:
                    values.append(None)
                    texts.append(small)
                    continue
                n = table.value(r, c)
                values.append(n)
                if single and not persons:
                    texts.append(f"{fmt_int(n, lang)} ({fmt_pct(table.percent(r, c), lang)})")
                else:
                    texts.append(fmt_int(n, lang))
            series.append(ChartSeries(labels.column(table.column_list, c), tuple(values),
                                      tuple(texts)))
        if any(v for s in series for v in s.values):
            chart = ChartData(tuple(labels.row(table.row_list, r) for r in chart_rows),
                              tuple(series))
    has_heading = document_texts.has("report_text", f"h_{table.row_list}")
    heading = text(f"h_{table.row_list}", lang) if has_heading else ""
    note = text("n_persons", lang) if persons else _note(table, lang)
    return ReportTable(table.key, title, note, heading, tuple(columns), tuple(rows), chart,
                       sheet=sheet)


def _sheet_title(key: str, lang: str) -> str:
    """The sheet's own short name (at most 31 characters in every language)."""
    return text(f"s_{key}", lang) if document_texts.has("report_text", f"s_{key}") else key


# -- words for periods ------------------------------------------------------------------


def date_long(d: date, lang: str) -> str:
    """7 December 2026, 7 декабря 2026 г."""
    month = text("months_of", lang).split("|")[d.month - 1]
    return text("date_long", lang, day=d.day, month=month, year=d.year)


def period_long(period: Period, lang: str) -> str:
    """A period in words: "2025 г.", "3-й кв. 2025 г.", "1 января – 7 декабря 2026 г."."""
    unit, n = period.unit
    if unit == "year" and n == 1:
        return text("year_label", lang, year=period.start.year)
    if unit == "quarter" and n == 1:
        return text("quarter_label", lang, q=(period.start.month - 1) // 3 + 1,
                    year=period.start.year)
    if unit == "month" and n == 1:
        return f"{text('months', lang).split('|')[period.start.month - 1]} " + text(
            "year_label", lang, year=period.start.year)
    start, end = period.start, period.end
    last = date_long(end, lang)
    if start.year == end.year:
        month = text("months_of", lang).split("|")[start.month - 1]
        first = f"{start.day} {month}"
    else:
        first = date_long(start, lang)
    return f"{first} – {last}"


def _year_back(d: date) -> date:
    try:
        return d.replace(year=d.year - 1)
    except ValueError:  # 29 February
        return d.replace(year=d.year - 1, day=28)


def comparison_text(stats_period: Period, prev: PreviousPeriod, lang: str) -> str:
    """What the change is of: "1 января – 7 декабря 2026 г. по сравнению с теми же днями
    2025 г.", or "2013 compared with 2012"."""
    if prev.elapsed is not None:
        current = period_long(prev.elapsed, lang)
        a_year_before = (prev.period.start == _year_back(prev.elapsed.start)
                         and prev.period.end == _year_back(prev.elapsed.end)
                         and prev.period.start.year == prev.period.end.year)
        if a_year_before:
            return text("compared_same_days", lang, current=current,
                        previous=text("year_label", lang, year=prev.period.start.year))
        return text("compared_same_days_period", lang, current=current,
                    previous=period_long(prev.period, lang))
    return text("compared_whole", lang, current=period_long(stats_period, lang),
                previous=period_long(prev.period, lang))


# -- trends --------------------------------------------------------------------------


def trend_period_label(period: Period, lang: str) -> str:
    unit, _n = period.unit
    if unit == "quarter":
        return text("quarter_label", lang, q=(period.start.month - 1) // 3 + 1,
                    year=period.start.year)
    if unit == "year":
        return str(period.start.year)
    return period_text(period)


TREND_LIMIT = {"destination": 12}
TREND_PARTITIONS = frozenset({"channel", "gender"})
"""Trend dimensions whose rows add up to each period's consultations."""


def build_trends(trends: Trends, labels: _Labels, options: ReportOptions) -> list[ReportTable]:
    """One table per dimension: a count and a share per period, and the last change."""
    from app.services.statistics.trends import DIMENSIONS

    lang = options.lang
    row_lists = {"topic": "topic", "destination": "country", "channel": "channel",
                 "gender": "gender", "crisis": "crisis",
                 "recruitment_methods": "recruitment_method",
                 "exploitation_types": "exploitation_type"}
    small = f"<{options.threshold}"
    tables = []
    for dim in DIMENSIONS:
        key = f"trend_{dim}"
        codes = trends.codes(dim, TREND_LIMIT.get(dim))
        title = text(f"t_{key}", lang)
        sheet = _sheet_title(key, lang)
        if not codes:
            tables.append(ReportTable(key, title, "", "", (), (), None, "empty", sheet))
            continue
        columns: list[Column] = []
        for i, p in enumerate(trends.periods):
            columns.append(Column(f"p{i}", trend_period_label(p, lang), "count"))
            columns.append(Column(f"p{i}_pct", text("percent", lang), "pct"))
        several = len(trends.periods) > 1
        if several:
            columns.append(Column("change_pct", text("change_last", lang), "change"))
        hidden: set[tuple[str, int]] = set()
        if options.release:
            # Channels and genders add up to each period's total, published elsewhere:
            # suppressed as the report's own tables are, so none is worked out.
            cell_values = {(c, i): n for c in trends.counts[dim]
                           for i, n in enumerate(trends.counts[dim][c])}
            groups = ([[(c, i) for c in trends.counts[dim]] for i in range(len(trends.periods))]
                      if dim in TREND_PARTITIONS else [])
            hidden = suppress(cell_values, groups, options.threshold)
        rows = []
        for code in codes:
            values = trends.counts[dim][code]
            cells: list[Cell] = []
            for i, n in enumerate(values):
                if (code, i) in hidden:
                    cells += [small, None]
                else:
                    share = trends.share(dim, code, i)
                    cells += [n, None if share is None else share / 100]
            if several:
                last, before = values[-1], values[-2]
                hide = {(code, len(values) - 1), (code, len(values) - 2)} & hidden
                cells.append(None if hide or before == 0 else (last - before) / before)
            rows.append(ReportRow(code, labels.row(row_lists[dim], code), tuple(cells)))
        heading_key = f"h_{row_lists[dim]}"
        heading = text(heading_key, lang) if document_texts.has("report_text", heading_key) \
            else ""
        note = text("n_trend", lang)
        tables.append(ReportTable(key, title, note, heading, tuple(columns), tuple(rows),
                                  None, sheet=sheet))
    return tables


def trend_tables(trends: Trends, stats: Statistics, options: ReportOptions,
                 tax: Taxonomy | None = None) -> list[ReportTable]:
    """The trend tables of :func:`build`, alone (for the screen)."""
    return build_trends(trends, _Labels(stats, options.lang, tax or load_taxonomy()), options)


def campaign_table(effects: tuple[CampaignEffect, ...], options: ReportOptions,
                   tax: Taxonomy) -> ReportTable:
    """What each campaign did: consultations before and after its start, and the share
    of them whose callers heard of the infoline through its channel."""
    lang = options.lang
    columns = (Column("before", text("c_before", lang), "count"),
               Column("after", text("c_after", lang), "count"),
               Column("change_pct", text("change_last", lang), "change"),
               Column("heard_before", text("c_heard_before", lang), "pct"),
               Column("heard_after", text("c_heard_after", lang), "pct"))
    small = f"<{options.threshold}"
    rows = []
    for e in effects:
        c = e.campaign
        label = (f"{c.name} ({date_long(c.starts_on, lang)}; "
                 f"{tax['how_heard'].label(c.channel, lang)})")
        before, after = e.total_before, e.total_after
        hide = options.release and any(0 < n < options.threshold for n in (before, after))
        shares = [e.share(c.channel, False), e.share(c.channel, True)]
        cells: list[Cell] = [
            small if options.release and 0 < before < options.threshold else before,
            small if options.release and 0 < after < options.threshold else after,
            None if hide or before == 0 else (after - before) / before,
            *(None if hide or v is None else v / 100 for v in shares)]
        rows.append(ReportRow(str(c.id), label, tuple(cells)))
    return ReportTable("campaigns", text("t_campaigns", lang), text("n_campaigns", lang),
                       text("h_campaign", lang), columns, tuple(rows), None,
                       sheet=_sheet_title("campaigns", lang))


def build(stats: Statistics, options: ReportOptions | None = None,
          tax: Taxonomy | None = None) -> Report:
    """The report of ``stats`` in ``options.lang``, suppressed for a release."""
    options = options or ReportOptions()
    tax = tax or load_taxonomy()
    lang = options.lang
    labels = _Labels(stats, lang, tax)
    small = f"<{options.threshold}"

    def count_figure(key: str, label: str, n: int) -> KeyFigure:
        if options.release and 0 < n < options.threshold:
            return KeyFigure(key, label, small, "count", small)
        return KeyFigure(key, label, n, "count", fmt_int(n, lang))

    org = (tax["organisation"].label(stats.organisation, lang) if stats.organisation
           else text("both_organisations", lang))
    meta: list[tuple[str, str]] = [
        (text("period", lang), period_text(stats.period)),
        (text("organisation", lang), org),
    ]
    if not options.release:
        if options.site_name:
            meta.append((text("site", lang), options.site_name))
        if options.author:
            meta.append((text("prepared_by", lang), options.author))
    meta.append((text("prepared", lang),
                 datetime.now().astimezone().strftime("%d.%m.%Y %H:%M")))

    prev = stats.previous
    crisis_hidden = options.release and 0 < stats.crisis < options.threshold
    crisis_share = None if stats.crisis_pct is None or crisis_hidden else stats.crisis_pct / 100
    total_hidden = options.release and 0 < stats.total < options.threshold
    prev_hidden = options.release and 0 < prev.total < options.threshold
    change = None if prev.change_pct is None or total_hidden or prev_hidden else (
        prev.change_pct / 100)
    figures = [
        count_figure("total", text("total", lang), stats.total),
        count_figure("non_data", text("non_data_total", lang), stats.non_data),
        count_figure("crisis", text("crisis_total", lang), stats.crisis),
        KeyFigure("crisis_share", text("crisis_share", lang), crisis_share, "pct",
                  fmt_pct(None if crisis_share is None else crisis_share * 100, lang)),
        count_figure("previous_total",
                     text("previous_total", lang, period=period_text(prev.period)),
                     prev.total),
        KeyFigure("change_pct", text("change", lang), change, "change",
                  text("not_comparable", lang) if prev.change_pct is None else
                  fmt_pct(None if change is None else change * 100, lang, signed=True)),
    ]
    tables = []
    compare = stats.previous_counts is not None
    for t in stats.tables(tax):
        if t.internal and options.release:
            continue
        tables.append(_build_table(t, labels, options, compare))
    if options.campaigns:
        tables.append(campaign_table(options.campaigns, options, tax))
    notes = []
    if options.release:
        notes.append(text("release_note", lang, n=options.threshold,
                          max=options.threshold - 1))
    elif stats.by_consultant:
        notes.append(text("internal_note", lang))
    comparison = comparison_text(stats.period, prev, lang)
    change_shown = next(f for f in figures if f.key == "change_pct")
    headline = (
        figures[0],
        count_figure("women", text("k_women", lang), stats.by_gender.get("female", 0)),
        count_figure("men", text("k_men", lang), stats.by_gender.get("male", 0)),
        count_figure("phone", text("k_phone", lang), stats.by_channel.get("phone", 0)),
        count_figure("email", text("k_email", lang), stats.by_channel.get("email", 0)),
        KeyFigure("change_pct", f"{text('change', lang)}: {comparison}", change_shown.value,
                  "change", change_shown.shown),
        figures[2], figures[3],
    )
    from app.models.reports import TEXT_BLOCKS

    texts = tuple((b, text(f"tb_{b}", lang), options.texts[b].strip()) for b in TEXT_BLOCKS
                  if options.texts.get(b, "").strip())
    trend_tables = (tuple(build_trends(options.trends, labels, options))
                    if options.trends is not None else ())
    return Report(
        title=text("report_title", lang), lang=lang, release=options.release,
        threshold=options.threshold, period=stats.period, organisation=stats.organisation,
        meta=tuple(meta), key_figures=tuple(figures), tables=tuple(tables),
        notes=tuple(notes), author="" if options.release else options.author,
        period_label=period_long(stats.period, lang), organisation_label=org,
        comparison=comparison, headline=headline, texts=texts, trends=trend_tables,
    )


def period_text(period: Period) -> str:
    return f"{period.start.strftime('%d.%m.%Y')} – {period.end.strftime('%d.%m.%Y')}"


MAX_COUNTRIES_SHOWN = 25
"""Destination tables list every country named; on paper, the first ones are enough."""


def shown_rows(t: ReportTable) -> tuple[ReportRow, ...]:
    """The most frequent countries, and always the row of contacts without one."""
    if not t.key.startswith("destination") or len(t.rows) <= MAX_COUNTRIES_SHOWN:
        return t.rows
    undefined = [r for r in t.rows if r.code == countries.UNDEFINED]
    named = [r for r in t.rows if r.code != countries.UNDEFINED]
    return (*named[:MAX_COUNTRIES_SHOWN], *undefined)



def render_text(report: Report, width: int = 100) -> str:
    """The report as plain text for a terminal: key figures, then every table."""
    lines = [report.title, ""]
    lines += [f"{label}: {value}" for label, value in report.meta]
    lines.append("")
    label_width = max(len(f.label) for f in report.key_figures)
    lines += [f"{f.label.ljust(label_width)}  {f.shown}" for f in report.key_figures]
    lines += ["", *report.notes]
    for t in (*report.tables, *report.trends):
        lines += ["", t.title, "-" * min(len(t.title), width)]
        if t.status != "ok":
            lines.append(text("no_data" if t.status == "no_data" else "nothing", report.lang))
            continue
        first = max([len(r.label) for r in t.rows] + [len(t.row_heading), 10])
        first = min(first, 44)
        widths = [max(len(c.label), 9) for c in t.columns]
        lines.append(t.row_heading.ljust(first) + "".join(
            "  " + c.label.rjust(w) for c, w in zip(t.columns, widths, strict=True)))
        for row in t.rows:
            label = row.label if len(row.label) <= first else row.label[:first - 1] + "…"
            lines.append(label.ljust(first) + "".join(
                "  " + fmt_cell(v, c.kind, report.lang).rjust(w)
                for v, c, w in zip(row.cells, t.columns, widths, strict=True)))
        if t.note:
            lines.append(t.note)
    return "\n".join(lines) + "\n"
