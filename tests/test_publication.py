"""The report as the infoline publishes it (PDF, DOCX), its text blocks, trends and
charts: checked by reading back what a reader of the files would see."""

from __future__ import annotations

import re
import time
from datetime import date

import pytest
import statsdata
from docx import Document
from openpyxl import load_workbook
from PIL import Image
from pypdf import PdfReader
from sqlalchemy import update

from app.models import Contact
from app.models.reports import TEXT_BLOCK_MAX
from app.services.contacts.service import UserService
from app.services.messages import UserError
from app.services.permissions import PermissionDeniedError
from app.services.statistics import blocks, charts, report, report_files, trends
from app.services.statistics import sums as stats
from app.services.statistics.report import ReportOptions
from app.services.statistics.report_pdf import bar_chart
from app.services.statistics.sums import Period


@pytest.fixture
def minsk(monkeypatch):
    statsdata.use_minsk_time(monkeypatch)
    statsdata.without_case_sections(monkeypatch)
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.fixture
def data(store, minsk):
    ids = statsdata.build(store)
    store.ids = ids  # type: ignore[attr-defined]
    return store


@pytest.fixture
def manager(data):
    return UserService(data).add("Елена Миронова", role="supervisor").id


def pdf_pages(path) -> list[str]:
    return [p.extract_text() for p in PdfReader(path).pages]


def docx_text(path) -> str:
    doc = Document(str(path))
    parts = [p.text for p in doc.paragraphs]
    for t in doc.tables:
        for row in t.rows:
            parts += [c.text for c in row.cells]
    return "\n".join(parts)


def build(store, lang="ru", today=date(2014, 3, 1), **options):
    result = stats.compute(store, Period.year(2013), internal=not options.get("release"),
                           today=today)
    return report.build(result, ReportOptions(lang=lang, **options))


# -- the key figures page ------------------------------------------------------------


def test_the_key_figures_page(data, tmp_path):
    out = tmp_path / "r.pdf"
    report_files.write(build(data), out)
    pages = pdf_pages(out)
    assert "Отчёт о работе инфолинии" in pages[0]
    assert "2013 г." in pages[0]
    figures = " ".join(pages[1].split())
    for expected in ("Основные показатели", "Консультации 5",
                     "Женщины, получившие консультацию 2",
                     "Мужчины, получившие консультацию 2", "По телефону 2",
                     "По электронной почте 2",
                     "2013 г. по сравнению с 2012 г. +150,0 %",
                     "Кризисные обращения 1", "Доля кризисных обращений 20,0 %"):
        assert expected in figures, (expected, figures)


def test_an_unfinished_year_says_what_it_is_compared_with(data, tmp_path):
    with data.session() as s:  # on 30 June 2013, the later contacts are not there yet
        s.execute(update(Contact).where(Contact.started_at >= statsdata.local(2013, 7, 1, 0))
                  .values(deleted_at=statsdata.local(2013, 7, 1)))
    rep = build(data, today=date(2013, 6, 30))
    assert rep.comparison == ("1 января – 30 июня 2013 г. по сравнению с теми же днями "
                              "2012 г.")
    out = tmp_path / "r.pdf"
    report_files.write(rep, out)
    figures = " ".join(pdf_pages(out)[1].split())
    assert "по сравнению с теми же днями 2012 г. +200,0 %" in figures
    xlsx = tmp_path / "r.xlsx"
    report_files.write(rep, xlsx)
    summary = {r[0]: r[1] for r in load_workbook(xlsx).worksheets[0].iter_rows(
        values_only=True) if r[0]}
    assert summary["Сравнение"] == rep.comparison
    en = build(data, lang="en", today=date(2013, 6, 30))
    assert en.comparison == ("1 January – 30 June 2013 compared with the same days of "
                             "2012")


# -- Table 3 ------------------------------------------------------------------------


def test_table3_counts_persons_as_the_annual_report(tmp_path):
    """The demo's seventeen women with the services of the 2013 report's Table 3."""
    from app.db import open_store
    from app.services.demo.assistance import DEMO_TABLE3
    from app.services.demo.data import generate

    store = open_store(tmp_path / "demo.sqlite3")
    generate(store, contacts=300, seed=113)
    from app.models import AssistanceServiceEntry
    from app.models.assistance import GIVEN

    with store.session() as s:  # the newest case's planned services given since
        s.execute(update(AssistanceServiceEntry).values(status=GIVEN))
    result = stats.compute(store, Period(date(2000, 1, 1), date.today()), internal=False)
    rep = report.build(result, ReportOptions(lang="ru"))
    table3 = rep.table("services")
    assert table3 is not None
    assert table3.status == "ok"
    assert [c.label for c in table3.columns] == ["Число клиентов"]  # persons, no shares
    assert {r.code: r.cells[0] for r in table3.rows} == DEMO_TABLE3
    out = tmp_path / "r.pdf"
    report_files.write(rep, out)
    text = " ".join(" ".join(pdf_pages(out)).split())
    assert "Помощь пострадавшим от торговли людьми" in text
    assert "Консультирование 17" in text
    store.close()


# -- empty sections ---------------------------------------------------------------------


def test_empty_sections_are_one_line(data, tmp_path, monkeypatch):
    from app.services.statistics import sums

    # Sections of nobody: recruitment and exploitation counted from no case at all.
    monkeypatch.setitem(sums._SECTIONS, "recruitment_methods",
                        lambda *_a: dict.fromkeys(("friends", "online_advertisement"), 0))
    rep = build(data)
    recruitment = rep.table("recruitment_methods")
    assert recruitment is not None
    assert recruitment.status == "empty"
    assert recruitment.rows == ()
    out = tmp_path / "r.pdf"
    report_files.write(rep, out)
    text = " ".join(" ".join(pdf_pages(out)).split())
    assert "Способы вербовки: нет данных" in text
    assert "Через друзей" not in text
    assert "Число клиентов" not in text
    docx = tmp_path / "r.docx"
    report_files.write(rep, docx)
    assert "Способы вербовки: нет данных" in docx_text(docx)
    assert len(Document(str(docx)).tables) == len(
        [t for t in (*rep.tables, *rep.trends) if t.status == "ok"]) + 1  # + key figures


# -- text blocks ----------------------------------------------------------------------


HOSTILE = "<b>жирный</b> & <a href='http://x'>ссылка</a>\n=HYPERLINK(\"http://x\")"


def test_text_blocks_are_kept_with_the_period_and_stay_text(data, manager, tmp_path):
    year = Period.year(2013)
    blocks.save(data, manager, year, None, {"introduction": "В 2013 году…",
                                            "crisis": HOSTILE, "conclusion": "Итоги."})
    blocks.save(data, manager, Period.quarter(2013, 1), None, {"introduction": "Квартал"})
    blocks.save(data, manager, year, "lastrada", {"introduction": "Ла Страда"})
    texts = blocks.load(data, year, None)
    assert texts == {"introduction": "В 2013 году…", "crisis": HOSTILE.strip(),
                     "conclusion": "Итоги."}
    assert blocks.load(data, year, "lastrada") == {"introduction": "Ла Страда"}
    rep = build(data, texts=texts)
    pdf, docx, xlsx = (tmp_path / f"r.{x}" for x in ("pdf", "docx", "xlsx"))
    for path in (pdf, docx, xlsx):
        report_files.write(rep, path)
    pdf_text = " ".join(pdf_pages(pdf))
    assert "<b>жирный</b> & <a href='http://x'>ссылка</a>" in pdf_text
    assert "В 2013 году…" in pdf_text
    assert "Итоги." in pdf_text
    assert all("/Annots" not in p for p in PdfReader(pdf).pages)  # no live link
    assert "<b>жирный</b> & <a href='http://x'>ссылка</a>" in docx_text(docx)
    wb = load_workbook(xlsx)
    values = [c.value for ws in wb for row in ws.iter_rows() for c in row if c.value]
    assert not any(isinstance(v, str) and v.startswith("=") for v in values)
    assert any(isinstance(v, str) and "HYPERLINK" in v for v in values)
    # An empty text removes its block.
    blocks.save(data, manager, year, None, {"crisis": "  "})
    assert "crisis" not in blocks.load(data, year, None)


def test_text_blocks_refused_whole(data, manager):
    year = Period.year(2013)
    blocks.save(data, manager, year, None, {"introduction": "Было"})
    with pytest.raises(UserError, match="characters long"):
        blocks.save(data, manager, year, None, {"introduction": "Стало",
                                                "conclusion": "x" * (TEXT_BLOCK_MAX + 1)})
    with pytest.raises(UserError, match="not a text block"):
        blocks.save(data, manager, year, None, {"preface": "x"})
    assert blocks.load(data, year, None) == {"introduction": "Было"}
    consultant = data.ids["anna"]  # type: ignore[attr-defined]
    with pytest.raises(PermissionDeniedError):
        blocks.save(data, consultant, year, None, {"introduction": "Моё"})
    assert blocks.load(data, year, None) == {"introduction": "Было"}


# -- outside release ------------------------------------------------------------------


def test_the_outside_release_never_names_a_consultant(data, manager, tmp_path):
    rep = build(data, release=True, author="Елена Миронова", site_name="Офис на Немиге",
                trends=trends.compute(data, trends.years(2013, 2)))
    names = ("Анна Ковальчук", "Олег Жук", "Елена Миронова", "Офис на Немиге")
    for suffix in (".pdf", ".docx", ".xlsx", ".csv"):
        out = tmp_path / f"r{suffix}"
        report_files.write(rep, out)
        if suffix == ".pdf":
            words = " ".join(pdf_pages(out))
            info = PdfReader(out).metadata or {}
            words += " ".join(str(v) for v in info.values())
        elif suffix == ".docx":
            words = docx_text(out)
            props = Document(str(out)).core_properties
            words += f" {props.author} {props.last_modified_by} {props.title}"
        elif suffix == ".xlsx":
            wb = load_workbook(out)
            words = " ".join(str(c.value) for ws in wb for row in ws.iter_rows()
                             for c in row if c.value)
            words += f" {wb.properties.creator} {wb.properties.lastModifiedBy}"
        else:
            words = out.read_text(encoding="utf-8-sig")
        for name in names:
            assert name not in words, (suffix, name)
    internal = build(data, author="Елена Миронова")
    out = tmp_path / "internal.docx"
    report_files.write(internal, out)
    assert "Анна Ковальчук" in docx_text(out)  # the internal report does list them


# -- XLSX sheets ----------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["ru", "be", "en"])
def test_xlsx_sheet_names_are_whole_unique_and_short(data, tmp_path, lang):
    rep = build(data, lang=lang, texts={"introduction": "x"},
                trends=trends.compute(data, trends.years(2013, 2)))
    out = tmp_path / "r.xlsx"
    report_files.write(rep, out)
    wb = load_workbook(out)
    names = wb.sheetnames
    assert len(names) == len({n.casefold() for n in names})
    assert all(len(n) <= 31 for n in names)
    assert not any(n.endswith(")") for n in names)  # no "(2)" of a cut name
    for t in (*rep.tables, *rep.trends):  # each sheet its own full short name
        assert t.sheet in names, t.sheet
        assert wb[t.sheet]["A1"].value == t.title
    trend = wb[report.text("s_trend_topic", lang)]
    assert trend.freeze_panes == "B5"
    assert isinstance(trend["B5"].value, int)


# -- charts ---------------------------------------------------------------------------


def test_chart_labels_wrap_and_are_never_cut():
    long = "Правила безопасного выезда и поведения за рубежом, и ещё очень длинное продолжение"
    data = report.ChartData((long, "Другое"), (report.ChartSeries("n", (5, 1), ("5", "1")),))
    drawing = bar_chart(data, width=300)
    strings = [s.text for s in drawing.contents if hasattr(s, "text")]
    assert not any("…" in s for s in strings)
    assert " ".join(s for s in strings if s not in ("5", "1", "Другое")) == long


def test_charts_export_as_grey_png_and_svg(data, tmp_path):
    rep = build(data)
    chart = rep.table("topic_gender").chart  # two series: a grey and a hatched one
    assert chart is not None
    png = charts.write_chart(chart, tmp_path / "topics.png")
    image = Image.open(png).convert("RGB")
    assert image.width > 1000
    colours = {c for _n, c in image.getcolors(1 << 20)}
    assert all(r == g == b for r, g, b in colours)  # readable in grey: it is grey
    assert len(colours) >= 3
    svg = charts.write_chart(chart, tmp_path / "topics.svg").read_text(encoding="utf-8")
    assert "<svg" in svg
    assert "Трудоустройство за рубежом" in svg
    with pytest.raises(report.ReportError, match=r"png or \.svg"):
        charts.write_chart(chart, tmp_path / "topics.gif")


def test_the_docx_has_the_charts_of_the_pdf(data, tmp_path):
    rep = build(data, trends=trends.compute(data, trends.years(2013, 2)))
    out = tmp_path / "r.docx"
    report_files.write(rep, out)
    doc = Document(str(out))
    n_charts = sum(1 for t in rep.tables if t.chart is not None)
    assert len(doc.inline_shapes) == n_charts
    headings = [p.text for p in doc.paragraphs if p.style.name.startswith("Heading")]
    assert headings[:3] == ["Основные показатели", "Консультации",
                            "Диаграмма 1. Консультации по каналу: телефон и электронная "
                            "почта"]
    assert "Тенденции" in headings
    assert "Приложение: другие таблицы" in headings
    images = [r.target_part for r in doc.part.rels.values() if "image" in r.reltype]
    assert {i.content_type for i in images} == {"image/png"}


def test_the_docx_tables_fit_an_a4_page_without_breaking_a_word(data, tmp_path):
    """Word processors lay a table out by the widths the file gives: every table fills
    the A4 text width, its labels keep room, and no heading word (a year, «Изменение»)
    is wider than its column, so none is broken in the middle (LibreOffice did)."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from app.services.statistics.report_docx import CELL_MARGIN_MM, LABEL_MIN_MM, TEXT_WIDTH_MM
    from app.services.statistics.report_pdf import FONT_BOLD, register_fonts

    register_fonts()
    rep = build(data, trends=trends.compute(data, trends.years(2013, 5)))
    out = tmp_path / "r.docx"
    report_files.write(rep, out)
    doc = Document(str(out))
    page = doc.sections[0]
    assert (round(page.page_width.mm), round(page.page_height.mm)) == (210, 297)
    widest = 0
    for table in doc.tables[1:]:  # after the key figures
        grid = [col.width.mm for col in table.columns]
        widest = max(widest, len(grid))
        assert sum(grid) == pytest.approx(TEXT_WIDTH_MM, abs=1)
        assert grid[0] >= LABEL_MIN_MM - 0.1
        header = table.rows[0]
        assert header._tr.trPr.find(
            "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}tblHeader") is not None
        for cell, width in zip(header.cells[1:], grid[1:], strict=True):
            run = cell.paragraphs[0].runs[0]
            assert run.bold
            for word in cell.text.split():
                needed = stringWidth(word, FONT_BOLD, run.font.size.pt) * 25.4 / 72
                assert needed + 2 * CELL_MARGIN_MM <= width, (cell.text, width)
    assert widest >= 12  # five years side by side were among them


# -- trends ---------------------------------------------------------------------------


def test_trends_side_by_side(data, tmp_path):
    t = trends.compute(data, trends.years(2013, 2))
    assert t.totals == (2, 5)
    assert t.counts["topic"]["employment_abroad"] == (0, 3)
    assert t.counts["topic"]["safe_migration"] == (1, 0)
    assert t.counts["destination"]["RU"] == (0, 2)
    assert t.counts["destination"]["XX"] == (1, 2)  # none given, or "not defined yet"
    assert t.counts["gender"]["female"] == (1, 2)
    assert t.counts["crisis"]["crisis"] == (0, 1)
    assert t.codes("topic")[0] == "employment_abroad"
    rep = build(data, trends=t)
    topic = next(x for x in rep.trends if x.key == "trend_topic")
    assert [c.label for c in topic.columns] == ["2012", "%", "2013", "%", "Изменение"]
    employment = next(r for r in topic.rows if r.code == "employment_abroad")
    assert employment.cells == (0, 0.0, 3, 0.6, None)  # from nothing: no change in %
    out = tmp_path / "r.pdf"
    report_files.write(rep, out)
    text = " ".join(" ".join(pdf_pages(out)).split())
    assert "Тенденции" in text
    assert "Тематика консультаций по годам" in text
    quarters = trends.quarters(2013, 2, 3)
    assert [str(p.start) for p in quarters] == ["2012-10-01", "2013-01-01", "2013-04-01"]


def test_migration_0012_adds_and_removes_the_text_blocks_and_campaigns(tmp_path):
    from alembic import command
    from sqlalchemy import inspect

    from app.db import open_store
    from app.db import store as store_module

    path = tmp_path / "old.sqlite3"
    store = open_store(path)
    manager = UserService(store).add("Елена", role="supervisor").id
    blocks.save(store, manager, Period.year(2013), None, {"introduction": "Текст"})
    cfg = store_module._alembic_config()
    with store.engine.connect() as conn, conn.begin():
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0011")
    assert not {"report_text", "campaign"} & set(inspect(store.engine).get_table_names())
    store.close()
    store = open_store(path)  # migrates to the head again: an empty table
    try:
        assert {"report_text", "campaign"} <= set(inspect(store.engine).get_table_names())
        assert blocks.load(store, Period.year(2013), None) == {}
        blocks.save(store, manager, Period.year(2013), None, {"introduction": "Снова"})
        assert blocks.load(store, Period.year(2013), None) == {"introduction": "Снова"}
        assert store.check() == []
    finally:
        store.close()


# -- campaigns ------------------------------------------------------------------------


def test_a_campaign_and_what_it_did(data, manager):
    from app.services.statistics import campaigns

    start = date(2013, 3, 1)  # a Friday: its week begins on Monday 25 February
    added = campaigns.add(data, manager, "  Принимай  решение с открытыми глазами ", start,
                          None, "internet")
    assert added.name == "Принимай решение с открытыми глазами"
    assert [c.id for c in campaigns.campaigns(data, manager)] == [added.id]
    found = campaigns.effect(data, manager, added)
    weeks = dict(found.weeks)
    assert len(found.weeks) == 16
    assert found.weeks[0][0] == date(2012, 12, 31)
    assert weeks[date(2012, 12, 31)] == 1  # 31 December 2012, 22:00 in Minsk
    assert weeks[date(2013, 1, 14)] == 1
    assert weeks[date(2013, 2, 25)] == 1  # the campaign's own week
    assert sum(weeks.values()) == 3
    assert found.before == Period(date(2013, 1, 4), date(2013, 2, 28))
    assert found.heard_before == {"tv": 1}
    assert found.heard_after == {"internet": 1}
    assert found.share("internet", after=True) == 100.0
    assert found.share("internet", after=False) == 0.0
    assert campaigns.effect(data, manager, added, "lastrada").heard_after == {}  # Brest: bwc
    campaigns.remove(data, manager, added.id)
    assert campaigns.campaigns(data, manager) == []


@pytest.mark.parametrize(("name", "start", "end", "channel", "problem"), [
    ("  ", date(2013, 3, 1), None, "tv", "needs a name"),
    ("x" * 201, date(2013, 3, 1), None, "tv", "at most 200"),
    ("Кампания", None, None, "tv", "the day it started"),
    ("Кампания", date(2013, 3, 1), date(2013, 2, 1), "tv",
     "ends (2013-02-01) before it starts (2013-03-01)"),
    ("Кампания", date(2013, 3, 1), None, "fax", "fax: not a way callers hear"),
])
def test_a_campaign_is_checked(data, manager, name, start, end, channel, problem):
    from app.services.statistics import campaigns

    with pytest.raises(UserError, match=re.escape(problem)):
        campaigns.add(data, manager, name, start, end, channel)
    assert campaigns.campaigns(data, manager) == []
    with pytest.raises(PermissionDeniedError):
        campaigns.add(data, data.ids["anna"], "Кампания", date(2013, 3, 1), None, "tv")


def test_trends_for_outside_release_hide_what_could_be_worked_out(data):
    """Genders add up to a year's total: one small count hidden means another is too."""
    rep = build(data, release=True, threshold=2,
                trends=trends.compute(data, trends.years(2013, 2)))
    gender = next(t for t in rep.trends if t.key == "trend_gender")
    year_2013 = {r.code: r.cells[2] for r in gender.rows}
    # 2013: 2 women, 2 men, 1 unknown: the 1 is hidden, and so is one 2, or the 1 would
    # be the total (5, on the key figures page) less the others.
    assert year_2013 == {"female": "<2", "male": 2, "unknown": "<2"}
    assert next(r for r in gender.rows if r.code == "female").cells[-1] is None  # change
    topic = next(t for t in rep.trends if t.key == "trend_topic")
    assert {r.code: r.cells[2] for r in topic.rows}["other"] == "<2"  # 1 in 2013
    assert {r.code: r.cells[2] for r in topic.rows}["employment_abroad"] == 3


def test_the_report_says_what_the_campaigns_of_its_period_did(data, manager, tmp_path):
    from app.services.statistics import campaigns

    campaigns.add(data, manager, "<b>Глаза</b> & =открыты", date(2013, 3, 1), None,
                  "internet")
    campaigns.add(data, manager, "Прошлогодняя", date(2012, 3, 1), None, "tv")
    effects = campaigns.started_in(data, manager, Period.year(2013))
    assert [e.campaign.name for e in effects] == ["<b>Глаза</b> & =открыты"]
    rep = build(data, campaigns=effects)
    table = rep.table("campaigns")
    assert table is not None
    assert [r.cells for r in table.rows] == [(1, 1, 0.0, 0.0, 1.0)]
    pdf, docx, xlsx = (tmp_path / f"r.{x}" for x in ("pdf", "docx", "xlsx"))
    for path in (pdf, docx, xlsx):
        report_files.write(rep, path)
    label = "<b>Глаза</b> & =открыты (1 марта 2013 г.; Интернет-сайт / поиск)"
    pdf_words = " ".join(" ".join(pdf_pages(pdf)).split())
    assert "Информационные кампании: восемь недель до и после" in pdf_words
    assert label in pdf_words
    assert label in docx_text(docx)
    sheet = load_workbook(xlsx)["Кампании"]
    assert sheet["A5"].value == label  # not a formula: it does not start with "="
    assert sheet["B5"].value == 1
    assert build(data).table("campaigns") is None  # none in the period: no section
