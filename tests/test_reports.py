"""The statistical report as XLSX, PDF and CSV: every cell, suppression for outside
release, and hostile text that must stay text."""

from __future__ import annotations

import csv
import time
from datetime import date
from pathlib import Path

import pytest
import statsdata
from openpyxl import load_workbook
from pypdf import PdfReader
from sqlalchemy import insert, select

from app.models import Contact, ContactDestination, ContactTopic
from app.services.files import FORMULA_STARTS, atomic_write, neutralise
from app.services.statistics import report, report_files
from app.services.statistics import sums as stats
from app.services.statistics.report import ReportOptions, suppress
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
    statsdata.build(store)
    return store


def make(store, tmp_path: Path, suffix: str, **options) -> Path:
    result = stats.compute(store, Period.year(2013), internal=not options.get("release"))
    out = tmp_path / f"report{suffix}"
    report_files.write(report.build(result, ReportOptions(**options)), out)
    return out


def sheet(wb, title: str):
    for ws in wb.worksheets:
        if ws["A1"].value == title:
            return ws
    raise AssertionError(f"no sheet titled {title!r}: {[ws['A1'].value for ws in wb]}")


def rows_of(ws) -> dict[str, list]:
    """Label → the row's values, from the row under the header (row 4) on."""
    return {r[0]: list(r[1:]) for r in ws.iter_rows(min_row=5, values_only=True)}


def all_strings(wb):
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (ws.title, cell.coordinate, cell.value)
                if isinstance(cell.value, str):
                    yield cell.value


# -- XLSX --------------------------------------------------------------------------


def test_xlsx_every_cell(data, tmp_path):
    path = make(data, tmp_path, ".xlsx", lang="ru", author="Елена Миронова",
                site_name="Минск, офис 1")
    wb = load_workbook(path)
    summary = wb.worksheets[0]
    assert summary.title == "Сводка"
    assert summary["A1"].value == "Статистика инфолинии"
    figures = {r[0]: r[1] for r in summary.iter_rows(values_only=True) if r[0]}
    assert figures["Период"] == "01.01.2013 – 31.12.2013"
    assert figures["Организация"] == "Обе организации (по стране)"
    assert figures["Подготовил(а)"] == "Елена Миронова"
    assert figures["Консультации"] == 5
    assert figures["Обращения без консультации (учитываются отдельно)"] == 2
    assert figures["Кризисные обращения"] == 1
    assert figures["Доля кризисных обращений"] == pytest.approx(0.2)
    assert figures["Консультации в предыдущем периоде (01.01.2012 – 31.12.2012)"] == 2
    assert figures["Изменение к предыдущему периоду"] == pytest.approx(1.5)

    channel = sheet(wb, "Консультации по каналу: телефон и электронная почта")
    header = [c.value for c in channel[4]]
    assert header == ["Канал", "Число", "%", "Предыдущий период", "Изменение, %"]
    assert rows_of(channel) == {
        "Телефонный звонок": [2, pytest.approx(0.4), 1, pytest.approx(1.0)],
        "Электронное письмо": [2, pytest.approx(0.4), 1, pytest.approx(1.0)],
        "Онлайн-чат / мессенджер": [1, pytest.approx(0.2), 0, None],
        "Личный визит": [0, 0.0, 0, None],
        "Письмо по почте": [0, 0.0, 0, None],
    }
    assert channel["B5"].data_type == "n"
    assert channel["C5"].number_format == "0.0%"

    gender = rows_of(sheet(wb, "Женщины и мужчины, получившие консультацию"))
    assert gender["Женский"][:2] == [2, pytest.approx(0.4)]
    assert gender["Мужской"][:3] == [2, pytest.approx(0.4), 1]
    assert gender["Не определён"][:2] == [1, pytest.approx(0.2)]

    topics = sheet(wb, "Тематика консультаций")
    topic_rows = rows_of(topics)
    assert next(iter(topic_rows)) == "Трудоустройство за рубежом"
    assert topic_rows["Трудоустройство за рубежом"][:2] == [3, pytest.approx(0.6)]
    assert topic_rows["Брак и развод с иностранцами"][0] == 1
    assert topic_rows["Правила безопасного выезда и поведения за рубежом"][:3] == [0, 0.0, 1]
    assert len(topic_rows) == 14

    cross = sheet(wb, "Тематика по полу")
    assert [c.value for c in cross[4]] == [
        "Тема", "Женский", "%", "Мужской", "%", "Другой", "%", "Не определён", "%", "Всего"]
    work = rows_of(cross)["Трудоустройство за рубежом"]
    assert work == [1, pytest.approx(0.5), 2, pytest.approx(1.0), 0, None, 0, 0.0, 3]

    destinations = rows_of(sheet(wb, "Страны назначения"))
    assert list(destinations) == ["Российская Федерация", "Германия", "Польша", "Не определена"]
    assert destinations["Не определена"][:2] == [2, pytest.approx(0.4)]
    by_gender = rows_of(sheet(wb, "Страны назначения по полу"))
    assert by_gender["Российская Федерация"] == [1, pytest.approx(0.5), 1, pytest.approx(0.5),
                                                 0, None, 0, 0.0, 2]

    regions = rows_of(sheet(wb, "Регионы проживания"))
    assert regions["Неизвестно"][0] == 1
    assert regions["Витебская область"][0] == 1
    assert rows_of(sheet(wb, "Откуда узнали об инфолинии"))["Неизвестно"][0] == 2
    kinds = rows_of(sheet(wb, "Обращения без консультации по видам"))
    assert kinds["Молчащий звонок"][:2] == [1, pytest.approx(0.5)]
    assert rows_of(sheet(wb, "Консультации по организациям")) == {
        "«Гендерные перспективы» (La Strada Belarus), Минск": [2, pytest.approx(0.4), 1,
                                                              pytest.approx(1.0)],
        "«Клуб деловых женщин», Брест": [3, pytest.approx(0.6), 1, pytest.approx(2.0)],
    }
    crisis = rows_of(sheet(wb, "Кризисные обращения по полу"))
    assert crisis["Кризисные обращения"][:2] == [1, pytest.approx(0.5)]
    services = sheet(wb, "Услуги, оказанные получателям помощи")
    assert services["A4"].value == "Данные пока не записываются."
    consultants = rows_of(sheet(wb, "Обращения по консультантам"))
    assert consultants["Анна Ковальчук"][0] == 3
    assert consultants["'=Олег Жук"][0] == 2  # neutralised, still readable
    for value in all_strings(wb):
        assert not value.startswith(FORMULA_STARTS), value


# -- PDF ---------------------------------------------------------------------------


def pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def test_pdf_text_and_fonts(data, tmp_path):
    path = make(data, tmp_path, ".pdf", lang="ru", author="Елена Миронова")
    reader = PdfReader(path)
    text = pdf_text(path)
    for expected in (
        "Статистика инфолинии", "01.01.2013 – 31.12.2013", "Обе организации (по стране)",
        "Консультации по каналу: телефон и электронная почта", "Телефонный звонок",
        "Трудоустройство за рубежом", "Российская Федерация", "Не определена",
        "Кризисные обращения", "+150,0", "Данные пока не записываются.",
        "Анна Ковальчук", "=Олег Жук", "Елена Миронова",
    ):
        assert expected in text, expected
    assert "Страница 1 из" in text
    fonts = {str(f.get_object()["/BaseFont"]) for page in reader.pages
             for f in page["/Resources"]["/Font"].values()}
    assert any("DejaVuSans" in f for f in fonts), fonts
    assert not any("Helvetica" in f for f in fonts), fonts
    assert reader.metadata.author == "Елена Миронова"
    assert reader.metadata.title == "Статистика инфолинии, 01.01.2013 – 31.12.2013"


def test_pdf_in_english_for_one_organisation(data, tmp_path):
    result = stats.compute(data, Period.year(2013), "bwc")
    out = tmp_path / "bwc.pdf"
    report_files.write(report.build(result, ReportOptions(lang="en")), out)
    text = pdf_text(out)
    assert "Business Women's Club, Brest" in text
    assert "Consultations by channel: phone and e-mail" in text
    assert "Consultations by organisation" not in text


# -- CSV ---------------------------------------------------------------------------


def test_csv_every_number(data, tmp_path):
    path = make(data, tmp_path, ".csv", lang="en")
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # a BOM, for spreadsheet programs
    with path.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    assert list(rows[0]) == ["table", "row", "row_label", "column", "column_label", "value"]
    cells = {(r["table"], r["row"], r["column"]): r["value"] for r in rows}
    assert cells["summary", "total", "value"] == "5"
    assert cells["summary", "non_data", "value"] == "2"
    assert cells["summary", "crisis_share", "value"] == "20.0"
    assert cells["summary", "change_pct", "value"] == "150.0"
    assert cells["channel", "phone", "count"] == "2"
    assert cells["channel", "phone", "count_pct"] == "40.0"
    assert cells["channel", "phone", "previous"] == "1"
    assert cells["topic_gender", "employment_abroad", "male"] == "2"
    assert cells["topic_gender", "employment_abroad", "total"] == "3"
    assert cells["destination", "XX", "count"] == "2"
    assert cells["region", "unknown", "count"] == "1"
    assert cells["consultant", next(r["row"] for r in rows if r["table"] == "consultant"
                                    and r["row_label"].endswith("Олег Жук")),
                 "consultations"] == "2"
    assert any(r["row_label"] == "'=Олег Жук" for r in rows)
    assert ("services", "", "") in cells


# -- outside release -----------------------------------------------------------------


def test_release_suppresses_small_numbers_and_names(data, tmp_path):
    xlsx = make(data, tmp_path, ".xlsx", lang="en", release=True, author="Елена Миронова",
                site_name="Минск, офис 1")
    wb = load_workbook(xlsx)
    figures = {r[0]: r[1] for r in wb.worksheets[0].iter_rows(values_only=True) if r[0]}
    assert figures["Consultations"] == 5  # 5 is not below 5
    assert figures["Contacts without counselling (counted apart)"] == "<5"
    assert figures["Crisis contacts"] == "<5"
    assert figures["Share of crisis contacts"] is None
    assert "Prepared by" not in figures
    assert "Site" not in figures
    assert any("numbers from 1 to 4 are shown as <5" in str(k) for k in figures)
    channel = rows_of(sheet(wb, "Consultations by channel: phone and e-mail"))
    assert channel["Phone call"] == ["<5", None, "<5", None]
    assert channel["In person"] == [0, 0.0, 0, None]
    assert all(ws["A1"].value != "Contacts by consultant" for ws in wb.worksheets)
    assert not any("Олег" in v or "Анна" in v or "Минск, офис" in v for v in all_strings(wb))

    pdf = make(data, tmp_path, ".pdf", lang="ru", release=True, author="Елена Миронова")
    text = pdf_text(pdf)
    assert "Анна" not in text
    assert "Олег" not in text
    assert "Миронова" not in text
    assert "<5" in text
    assert PdfReader(pdf).metadata.author == "Обе организации (по стране)"

    with make(data, tmp_path, ".csv", release=True).open(encoding="utf-8-sig",
                                                          newline="") as f:
        rows = list(csv.DictReader(f))
    values = {(r["table"], r["row"], r["column"]): r["value"] for r in rows}
    assert values["channel", "phone", "count"] == "<5"
    assert values["channel", "phone", "count_pct"] == ""
    assert not any(r["table"] == "consultant" for r in rows)


def test_release_threshold_is_a_choice(data, tmp_path):
    result = stats.compute(data, Period.year(2013), internal=False)
    rep = report.build(result, ReportOptions(release=True, threshold=2))
    channel = next(t for t in rep.tables if t.key == "channel")
    cells = {r.code: r.cells for r in channel.rows}
    # 1 is hidden; then, as the chat row alone could be worked out from the total, the
    # next smallest row of the group is hidden too.
    assert cells["chat"][0] == "<2"
    assert sorted(str(cells[c][0]) for c in ("phone", "email")) == ["2", "<2"]
    assert cells["letter"][0] == 0


@pytest.mark.parametrize(("values", "groups", "hidden"), [
    ({"a": 10, "b": 3, "c": 20}, [["a", "b", "c"]], {"a", "b"}),
    ({"a": 2, "b": 3, "c": 20}, [["a", "b", "c"]], {"a", "b"}),
    ({"a": 0, "b": 3, "c": 20}, [["a", "b", "c"]], {"b", "c"}),  # 0 is published
    ({"a": 10, "b": 30, "c": 20}, [["a", "b", "c"]], set()),
    ({"a": 4}, [], {"a"}),
    # A crossing: hiding spreads along rows and columns until no line has a lone one.
    ({("r1", "f"): 3, ("r1", "m"): 10, ("r2", "f"): 10, ("r2", "m"): 12},
     [[("r1", "f"), ("r1", "m")], [("r2", "f"), ("r2", "m")],
      [("r1", "f"), ("r2", "f")], [("r1", "m"), ("r2", "m")]],
     {("r1", "f"), ("r1", "m"), ("r2", "f"), ("r2", "m")}),
])
def test_suppress(values, groups, hidden):
    result = suppress(values, groups, 5)
    assert result == hidden
    for group in groups:
        assert sum(1 for k in group if k in result) != 1


def test_no_suppression_with_threshold_one():
    assert suppress({"a": 1, "b": 0}, [["a", "b"]], 1) == set()


# -- hostile text ------------------------------------------------------------------


@pytest.fixture
def hostile(data):
    """Codes and names that a spreadsheet would run, and markup a PDF would parse."""
    with data.session() as s:
        contact_id = s.scalar(select(Contact.id).where(Contact.channel == "chat"))
        s.execute(insert(ContactTopic), [{"contact_id": contact_id, "topic": "=1+2"}])
        s.execute(insert(ContactDestination),
                  [{"contact_id": contact_id, "country": "@A", "position": 5}])
    data.set_setting("site_name", '=HYPERLINK("http://example.org","click")')
    return data


def test_hostile_values_stay_text(hostile, tmp_path):
    author = "<b>Жук</b> & <a href='http://example.org'>x</a>"
    xlsx = make(hostile, tmp_path, ".xlsx", lang="en", author=author,
                site_name=str(hostile.setting("site_name")))
    wb = load_workbook(xlsx)
    strings = list(all_strings(wb))
    for value in strings:
        assert not value.startswith(FORMULA_STARTS), value
    assert "'=1+2" in strings
    assert "'@A" in strings
    assert "'=HYPERLINK(\"http://example.org\",\"click\")" in strings
    assert author in strings

    csv_path = make(hostile, tmp_path, ".csv", lang="en")
    with csv_path.open(encoding="utf-8-sig", newline="") as f:
        for row in csv.DictReader(f):
            for key in ("row", "row_label", "column_label"):
                assert not row[key].startswith(FORMULA_STARTS), row

    pdf = make(hostile, tmp_path, ".pdf", lang="en", author=author,
               site_name=str(hostile.setting("site_name")))
    text = pdf_text(pdf)
    assert "<b>Жук</b> &" in text  # printed as written, not as markup
    assert "=1+2" in text
    reader = PdfReader(pdf)
    for page in reader.pages:
        assert "/Annots" not in page  # no live link came from the text


@pytest.mark.parametrize(("value", "expected"), [
    ("=SUM(A1)", "'=SUM(A1)"), ("+7 29", "'+7 29"), ("-1", "'-1"), ("@cmd", "'@cmd"),
    ("\tx", "'\tx"), ("\rx", "'\rx"), ("Минск", "Минск"), ("", ""), ("a=b", "a=b"),
])
def test_neutralise(value, expected):
    assert neutralise(value) == expected


# -- writing files -----------------------------------------------------------------


def test_files_are_replaced_whole_or_not_at_all(tmp_path):
    target = tmp_path / "report.csv"
    target.write_text("old")

    def fail_halfway() -> None:
        with atomic_write(target, "w") as f:
            f.write("half of the new")
            raise RuntimeError("disk full")

    with pytest.raises(RuntimeError):
        fail_halfway()
    assert target.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["report.csv"]
    with atomic_write(target, "w") as f:
        f.write("new")
    assert target.read_text() == "new"
    assert [p.name for p in tmp_path.iterdir()] == ["report.csv"]


def test_write_refuses_other_formats_and_missing_folders(data, tmp_path):
    rep = report.build(stats.compute(data, Period.year(2013), detail=False))
    with pytest.raises(report.ReportError, match=r"\.pdf, \.docx, \.xlsx or \.csv"):
        report_files.write(rep, tmp_path / "report.odt")
    with pytest.raises(report.ReportError, match="no such folder"):
        report_files.write(rep, tmp_path / "missing" / "report.pdf")


def test_the_text_table(data):
    result = stats.compute(data, Period.year(2013), internal=False)
    text = report.render_text(report.build(result, ReportOptions(lang="en")))
    assert "Consultations                                                   5" in text
    assert "Phone call" in text
    assert "+150.0\u00a0%" in text
    assert "No data recorded yet." in text


def test_the_report_words_exist_in_every_language():
    import json
    import re
    from importlib import resources

    data = json.loads(resources.files("app.resources").joinpath(
        "reports/report_text.json").read_text(encoding="utf-8"))
    for key, labels in data["text"].items():
        assert set(labels) == {"en", "ru", "be"}, key
        fields = {lang: sorted(re.findall(r"\{(\w+)\}", text)) for lang, text in labels.items()}
        assert fields["ru"] == fields["en"] == fields["be"], key
        assert all(text.strip() for text in labels.values()), key
    months = data["text"]["months"]
    assert all(len(m.split("|")) == 12 for m in months.values())


@pytest.mark.parametrize("period", [
    Period(date(2012, 11, 1), date(2013, 1, 1)),  # 62 days: a bar per day
    Period(date(2000, 1, 1), date(2013, 12, 31)),  # 168 months
])
def test_long_periods_fit_on_the_page(data, tmp_path, period):
    result = stats.compute(data, period)
    assert len(result.over_time) in (62, 168)
    out = tmp_path / "long.pdf"
    report_files.write(report.build(result, ReportOptions(lang="ru")), out)
    assert "Консультации по времени" in pdf_text(out)
