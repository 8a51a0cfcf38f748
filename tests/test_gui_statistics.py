"""The statistics page and the legacy import dialog, driven as a manager would."""

from __future__ import annotations

import time
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
import statsdata
from openpyxl import load_workbook
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication

from app.services.contacts.service import ContactQuery, ContactService, UserService
from app.services.statistics.sums import Period
from app.ui.journal.history import HistoryDialog
from app.ui.journal.import_dialog import ImportDialog
from app.ui.main_window import MainWindow
from app.ui.statistics.page import StatisticsPage
from app.ui.widgets import msgbox


@pytest.fixture
def minsk(monkeypatch):
    statsdata.use_minsk_time(monkeypatch)
    statsdata.without_case_sections(monkeypatch)
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.fixture
def service(store, minsk, supervisor):
    statsdata.build(store)
    return ContactService(store, supervisor.id)  # supervisors see statistics and import


@pytest.fixture
def page(qtbot, service):
    p = StatisticsPage(service, "en", "Елена Миронова")
    qtbot.addWidget(p)
    p.resize(1200, 700)
    p.show()
    qtbot.waitExposed(p)
    qtbot.waitUntil(lambda: p.stats is not None and not p.busy)
    p.set_period(Period.year(2013))
    wait_for(qtbot, p, Period.year(2013), None)
    return p


def wait_for(qtbot, page: StatisticsPage, period: Period, org: str | None) -> None:
    def ready() -> bool:
        s = page.stats
        return (not page.busy and not page.timer.isActive() and s is not None
                and s.period == period and s.organisation == org)

    qtbot.waitUntil(ready, timeout=10_000)


def table(page: StatisticsPage) -> dict[str, list[str]]:
    model = page.view.model()
    return {
        model.index(r, 0).data(): [model.index(r, c).data()
                                   for c in range(1, model.columnCount())]
        for r in range(model.rowCount())
    }


def test_period_and_organisation_update_the_tables(qtbot, page):
    page.select_section("channel")
    assert page.title.text() == "Phone and e-mail"
    rows = table(page)
    assert rows["Phone call"] == ["2", "40.0 %", "1", "+100.0 %"]
    assert rows["Online chat / messenger"] == ["1", "20.0 %", "0", "—"]
    assert "Consultations: 5" in page.figures.text()
    assert "+150.0 %" in page.figures.text()

    page.organisation.setCurrentIndex(page.organisation.findData("lastrada"))
    wait_for(qtbot, page, Period.year(2013), "lastrada")
    assert page.title.text() == "Phone and e-mail"  # the section stays
    rows = table(page)
    assert rows["Phone call"][0] == "1"
    assert rows["E-mail"][0] == "1"
    assert rows["Online chat / messenger"][0] == "0"
    assert "Consultations: 2" in page.figures.text()

    page.year.setValue(2012)
    wait_for(qtbot, page, Period.year(2012), "lastrada")
    assert table(page)["Phone call"][0] == "1"
    assert "previous period (01.01.2011 – 31.12.2011): 0, change not comparable" in (
        page.figures.text())

    page.organisation.setCurrentIndex(0)
    page.period_kind.setCurrentIndex(page.period_kind.findData("quarter"))
    page.year.setValue(2013)
    page.quarter.setCurrentIndex(0)
    wait_for(qtbot, page, Period.quarter(2013, 1), None)
    assert page.quarter.isVisible()
    assert not page.month.isVisible()
    rows = table(page)
    assert rows["Phone call"][0] == "1"
    assert rows["E-mail"][0] == "1"

    page.period_kind.setCurrentIndex(page.period_kind.findData("custom"))
    for field, typed in ((page.date_from, "01.06.2013"), (page.date_to, "31122013")):
        field.edit.selectAll()
        qtbot.keyClicks(field.edit, typed)  # digits, one key at a time
        qtbot.keyClick(field.edit, Qt.Key.Key_Tab)
    wait_for(qtbot, page, Period(date(2013, 6, 1), date(2013, 12, 31)), None)
    assert page.date_from.isVisible()
    assert table(page)["Phone call"][0] == "1"  # 30 June
    assert table(page)["E-mail"][0] == "1"  # 31 December, 23:30


def test_sections_sort_and_copy(qtbot, page):
    page.select_section("topic_gender")
    headers = [page.view.model().headerData(c, Qt.Orientation.Horizontal)
               for c in range(page.view.model().columnCount())]
    assert headers == ["Topic", "Female", "%", "Male", "%", "Other", "%",
                       "Not known", "%", "Total"]
    assert table(page)["Working abroad legally"] == ["1", "50.0 %", "2", "100.0 %", "0", "—",
                                                     "0", "0.0 %", "3"]
    assert page.chart.categories[0] == "Working abroad legally"
    assert [name for name, _v, _t in page.chart.series] == ["Female", "Male", "Not known"]

    page.select_section("topic")
    page.view.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    model = page.view.model()
    assert model.index(model.rowCount() - 1, 0).data() == "Working abroad legally"
    page.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    assert model.index(0, 0).data() == "Au-pair programmes"

    page.view.setFocus()
    page.view.clearSelection()
    qtbot.keyClick(page.view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    lines = QApplication.clipboard().text().splitlines()
    assert lines[0] == "Topic\tNumber\t%\tPrevious period\tChange, %"
    assert len(lines) == 15
    page.view.selectAll()
    assert page.view.as_text().splitlines()[0].startswith("Topic\t")

    page.select_section("services")
    assert "No data recorded yet" in page.note.text()
    assert page.model.rowCount() == 0
    assert not page.chart_area.isVisible()


def test_export_from_the_page(qtbot, page, tmp_path, monkeypatch):
    target = tmp_path / "annual"
    monkeypatch.setattr(msgbox, "save_file", lambda *a, **k: str(target))
    page.release.setChecked(True)
    page.export(".xlsx")
    qtbot.waitUntil(lambda: page.export_task is None, timeout=10_000)
    written = tmp_path / "annual.xlsx"
    assert written.is_file()
    assert str(written) in page.status.text()
    values = [c.value for ws in load_workbook(written).worksheets for row in ws.iter_rows()
              for c in row]
    assert "<5" in values
    assert not any(isinstance(v, str) and "Миронова" in v for v in values)


def write_csv(tmp_path: Path, text: str, name: str = "old.csv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_import_dialog_maps_checks_and_imports(qtbot, service, tmp_path):
    dialog = ImportDialog(service, "en")
    qtbot.addWidget(dialog)
    dialog.show()
    path = write_csv(tmp_path, "Дата,channel,Пол,№\n2011-05-01,phone,Женский,1\n"
                               "2011-05-02,email,male,2\n")
    dialog.load(path)
    qtbot.waitUntil(lambda: dialog.task is None and dialog.parsed is not None)
    assert dialog.preview.rowCount() == 2
    assert dialog.preview.horizontalHeaderItem(0).text() == "Дата"
    assert set(dialog.combos) == {"Дата", "Пол", "№"}
    assert dialog.combos["Дата"].currentData() == "date"  # guessed, shown to the user
    assert dialog.combos["Пол"].currentData() == "gender"
    assert not dialog.import_button.isEnabled()  # "№" is not mapped yet
    assert "row 1, column №: unknown column" in dialog.problems.item(0).text()

    dialog.combos["№"].setCurrentIndex(dialog.combos["№"].findData("-"))
    qtbot.waitUntil(lambda: dialog.task is None and dialog.import_button.isEnabled())
    assert dialog.summary.text() == "No problems: 2 contacts can be imported."
    dialog.import_button.click()
    qtbot.waitUntil(lambda: dialog.task is None and dialog.imported_count == 2)
    assert dialog.summary.text() == "Imported 2 contacts."
    in_2011 = ContactQuery(start=datetime(2011, 1, 1, tzinfo=UTC),
                           end=datetime(2012, 1, 1, tzinfo=UTC))
    first = min(service.page(in_2011), key=lambda r: r.started_at)
    history = HistoryDialog(service, first.id, "en")
    qtbot.addWidget(history)
    assert [history.table.item(0, c).text() for c in (2, 4)] == [
        "Imported from a file", "old.csv, row 2"]

    dialog.load(write_csv(tmp_path, path.read_text(encoding="utf-8"), "again.csv"))
    qtbot.waitUntil(lambda: dialog.task is None and dialog.parsed is not None)
    dialog.combos["№"].setCurrentIndex(dialog.combos["№"].findData("-"))
    qtbot.waitUntil(lambda: dialog.task is None and "imported before" in dialog.summary.text())
    assert not dialog.import_button.isEnabled()


def test_import_dialog_reports_every_bad_row(qtbot, service, tmp_path):
    dialog = ImportDialog(service, "en")
    qtbot.addWidget(dialog)
    dialog.load(write_csv(tmp_path, "date,channel,gender\n2011-05-01,fax,female\n"
                                    "2011-05-02,phone,x\n2011-05-03,phone,male\n"))
    qtbot.waitUntil(lambda: dialog.task is None and dialog.parsed is not None)
    texts = [dialog.problems.item(i).text() for i in range(dialog.problems.count())]
    assert [t.split(":")[0] for t in texts] == ["row 2, column channel", "row 3, column gender"]
    assert dialog.summary.text().startswith("2 problem(s) in 2 row(s)")
    assert not dialog.import_button.isEnabled()
    assert dialog.imported_count == 0


def test_the_main_window_has_the_page_and_the_import(qtbot, store, tmp_path, monkeypatch):
    supervisor = UserService(store).add("Анна Ковальчук", role="supervisor")
    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    w = MainWindow(ContactService(store, supervisor.id), UserService(store), supervisor,
                   settings, "en")
    w.quitting_confirmed = True
    qtbot.addWidget(w)
    w.show()
    names = [w.nav.item(i).text() for i in range(w.nav.count())]
    assert "Statistics" in names
    w.show_page("statistics")
    qtbot.waitUntil(lambda: w.statistics_page.stats is not None
                    and not w.statistics_page.busy)
    assert w.act_import.text() == "&Import a legacy spreadsheet…"
    assert w.act_import in w.menu_file.actions()
    opened = []
    monkeypatch.setattr(ImportDialog, "exec", lambda self: opened.append(self) or 0)
    w.act_import.trigger()
    assert opened


def test_import_dialog_preview_reads_russian_excel_csv(qtbot, service, tmp_path):
    """Windows-1251 with semicolons, as Excel in Russian settings saves "CSV"."""
    dialog = ImportDialog(service, "en")
    qtbot.addWidget(dialog)
    path = tmp_path / "старая.csv"
    path.write_bytes("date;channel;gender;notes\n"
                     "01.05.2011;Телефонный звонок;Женский;Звонила мать, дочь уехала\n"
                     .encode("cp1251"))
    dialog.load(path)
    qtbot.waitUntil(lambda: dialog.task is None and dialog.parsed is not None)
    assert dialog.file_info.text() == ("CSV: 1 rows, 4 columns; read as Windows-1251, "
                                       "cells separated by semicolons")
    assert dialog.preview.item(0, 3).text() == "Звонила мать, дочь уехала"
    assert dialog.summary.text() == "No problems: 1 contacts can be imported."

    polish = tmp_path / "pl.csv"
    polish.write_bytes("date,channel,notes\n2011-05-01,phone,Łódź żółć\n".encode("cp1250"))
    dialog.load(polish)
    qtbot.waitUntil(lambda: dialog.task is None and dialog.problems.count() > 0)
    assert dialog.problems.item(0).text() == ("not UTF-8, UTF-16 or Windows-1251 text; save "
                                              "the file as “CSV UTF-8”")


# -- the published report: texts, trends, charts, DOCX -----------------------------------


def test_report_texts_are_typed_saved_and_exported(qtbot, page, tmp_path, monkeypatch):
    from docx import Document
    from keys import type_text

    from app.services.statistics import blocks

    page.tabs.setCurrentWidget(page.ui.tab_texts)
    edit = page.text_edits["introduction"]
    edit.setFocus()
    type_text(edit, "В 2013 году <b>инфолиния</b> & партнёры")
    page.save_texts_button.click()
    assert "Texts saved" in page.ui.texts_status.text()
    assert blocks.load(page.service.store, Period.year(2013), None) == {
        "introduction": "В 2013 году <b>инфолиния</b> & партнёры"}

    page.set_period(Period.year(2012))  # another period: its own (no) texts
    wait_for(qtbot, page, Period.year(2012), None)
    assert edit.toPlainText() == ""
    page.set_period(Period.year(2013))
    wait_for(qtbot, page, Period.year(2013), None)
    assert edit.toPlainText() == "В 2013 году <b>инфолиния</b> & партнёры"

    type_text(page.text_edits["conclusion"], "Итоги года")  # not saved yet: export saves
    target = tmp_path / "annual.docx"
    monkeypatch.setattr(msgbox, "save_file", lambda *a, **k: str(target))
    page.export(".docx")
    qtbot.waitUntil(lambda: page.export_task is None, timeout=20_000)
    doc = Document(str(target))
    text = "\n".join(p.text for p in doc.paragraphs)
    assert "В 2013 году <b>инфолиния</b> & партнёры" in text
    assert "Итоги года" in text
    assert "Trends" in text  # the years side by side, in the appendix of trends
    assert blocks.load(page.service.store, Period.year(2013), None)["conclusion"] == (
        "Итоги года")


def test_trends_tab_shows_years_side_by_side(qtbot, page):
    page.trend_count.setValue(2)
    page.tabs.setCurrentWidget(page.ui.tab_trends)
    qtbot.waitUntil(lambda: page.trend_task is None and page.trends is not None
                    and len(page.trends.periods) == 2, timeout=10_000)
    model = page.trend_model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(
        model.columnCount())]
    assert headers == ["Topic", "2012", "%", "2013", "%", "Change"]
    rows = {model.index(r, 0).data(): [model.index(r, c).data()
                                       for c in range(1, model.columnCount())]
            for r in range(model.rowCount())}
    assert rows["Working abroad legally"] == ["0", "0.0\u00a0%", "3", "60.0\u00a0%", "—"]
    page.trend_dimension.setCurrentIndex(page.trend_dimension.findData("gender"))
    assert model.index(0, 0).data() == "Female"


def test_save_the_chart_as_png(qtbot, page, tmp_path, monkeypatch):
    from PIL import Image

    page.select_section("topic")
    target = tmp_path / "topics"
    monkeypatch.setattr(msgbox, "save_file", lambda *a, **k: str(target))
    page.chart_button.click()
    written = tmp_path / "topics.png"
    assert written.is_file()
    with Image.open(written) as image:
        assert image.width > 1000
    assert str(written) in page.status.text()


def test_chart_labels_wrap_on_screen(qtbot):
    from app.ui.statistics.widgets import BarChart

    chart = BarChart()
    qtbot.addWidget(chart)
    long = "Контакты посольств и организаций за рубежом, и ещё длинное продолжение"
    chart.set_data([long, "Другое"], [("n", [5, 1], ["5", "1"])])
    short, other = chart._row_heights(400)[0], chart._row_heights(400)[1]
    assert short > other  # the long label takes lines of its own instead of an end cut
    assert chart.sizeHint().height() >= sum(chart._row_heights(600))


def test_a_campaign_is_recorded_and_its_effect_shown(qtbot, page):
    from datetime import date as day

    from keys import type_text

    page.tabs.setCurrentWidget(page.ui.tab_campaigns)
    assert "No campaign recorded yet" in page.ui.campaign_title.text()
    page.ui.add_campaign_button.click()  # no name: refused, told why
    assert page.ui.campaign_status.text() == "a campaign needs a name"
    page.ui.campaign_name.setFocus()
    type_text(page.ui.campaign_name, "Принимай решение с открытыми глазами")
    page.campaign_from.set_value(day(2013, 3, 1))
    page.ui.campaign_channel.setCurrentIndex(page.ui.campaign_channel.findData("internet"))
    page.ui.add_campaign_button.click()
    assert page.ui.campaign_status.text() == "Campaign added."
    assert page.ui.campaign_list.count() == 1
    assert page.ui.campaign_list.item(0).text().startswith(
        "Принимай решение с открытыми глазами\nfrom 01.03.2013")
    assert "25.02 (the start)" in page.campaign_chart.categories
    model = page.campaign_model
    first = [model.index(0, c).data() for c in range(model.columnCount())]
    assert first == ["Internet site or search", "0", "0.0 %", "1", "100.0 %", "+100.0"]


def test_unsaved_texts_are_kept_with_their_period_when_it_changes(qtbot, page):
    from keys import type_text

    from app.services.statistics import blocks

    edit = page.text_edits["crisis"]
    edit.setFocus()
    type_text(edit, "Кризисов стало больше")
    page.set_period(Period.year(2012))
    wait_for(qtbot, page, Period.year(2012), None)
    assert edit.toPlainText() == ""  # the texts of 2012 (none)
    assert blocks.load(page.service.store, Period.year(2013), None) == {
        "crisis": "Кризисов стало больше"}  # saved for 2013, the year it was typed for
