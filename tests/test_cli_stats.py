"""The command line: stats (the statistics JSON), report and import-csv."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
import statsdata
from accounthelp import give_accounts
from openpyxl import load_workbook
from pypdf import PdfReader

from app.cli import main
from app.db import open_store
from app.services.contacts.service import UserService


@pytest.fixture
def db(tmp_path, monkeypatch) -> Path:
    statsdata.use_minsk_time(monkeypatch)
    statsdata.without_case_sections(monkeypatch)
    path = tmp_path / "desk.sqlite3"
    store = open_store(path)
    try:
        statsdata.build(store)
        UserService(store).add("Администратор", role="administrator", username="admin")
    finally:
        store.close()
    give_accounts(path)  # the command line logs in (INFOLINE_USER admin)
    yield path
    monkeypatch.undo()
    time.tzset()


def one_error_line(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("infoline: ")
    assert "Traceback" not in err
    return lines[0]


def test_stats_json_is_exactly_the_contract(db, capsys):
    assert main(["stats", "--db", str(db), "--from", "2013-01-01", "--to", "2013-12-31",
                 "--json"]) == 0
    out, err = capsys.readouterr()
    assert err == ""
    assert json.loads(out) == statsdata.expected_2013()


def test_stats_json_for_one_organisation(db, capsys):
    assert main(["stats", "--db", str(db), "--from", "2013-01-01", "--to", "2013-12-31",
                 "--org", "lastrada", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["organisation"] == "lastrada"
    assert data["total"] == 2


def test_stats_as_a_text_table(db, capsys):
    assert main(["stats", "--db", str(db), "--from", "2013-01-01", "--to", "2013-12-31"]) == 0
    out = capsys.readouterr().out
    assert "Infoline statistics" in out
    assert "Consultations by channel: phone and e-mail" in out
    assert "Олег" not in out  # no staff names on a terminal by default
    assert main(["stats", "--db", str(db), "--from", "2013-01-01", "--to", "2013-12-31",
                 "--lang", "ru"]) == 0
    assert "Тематика консультаций" in capsys.readouterr().out


@pytest.mark.parametrize(("args", "message"), [
    (["--from", "2013-13-01", "--to", "2013-12-31"], "--from 2013-13-01: not a date"),
    (["--from", "2013-01-01", "--to", "yesterday"], "--to yesterday: not a date"),
    (["--from", "2013-12-31", "--to", "2013-01-01"], "is before --from"),
    (["--from", "2013-01-01", "--to", "2013-12-31", "--org", "unicef"], "--org unicef"),
])
def test_stats_bad_input(db, capsys, args, message):
    assert main(["stats", "--db", str(db), *args, "--json"]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert message in one_error_line(err)


def test_stats_of_a_missing_database(tmp_path, capsys):
    assert main(["stats", "--db", str(tmp_path / "none.sqlite3"), "--from", "2013-01-01",
                 "--to", "2013-12-31", "--json"]) == 2
    assert "no such database" in one_error_line(capsys.readouterr().err)
    assert not (tmp_path / "none.sqlite3").exists()


def test_report_in_each_format(db, tmp_path, capsys):
    for suffix in (".pdf", ".docx", ".xlsx", ".csv"):
        out = tmp_path / f"annual{suffix}"
        assert main(["report", "--db", str(db), "--from", "2013-01-01", "--to", "2013-12-31",
                     "--out", str(out), "--lang", "ru"]) == 0
        assert str(out) in capsys.readouterr().out
        assert out.stat().st_size > 0
    text = "".join(p.extract_text() for p in PdfReader(tmp_path / "annual.pdf").pages)
    assert "Статистика инфолинии" in text
    assert "Отчёт о работе инфолинии" in text
    assert "Тематика консультаций по годам" in text  # five years of trends by default
    wb = load_workbook(tmp_path / "annual.xlsx")
    assert wb.worksheets[0]["A1"].value == "Статистика инфолинии"
    from docx import Document

    doc = Document(str(tmp_path / "annual.docx"))
    assert doc.paragraphs[6].text == "Отчёт о работе инфолинии"
    assert main(["report", "--db", str(db), "--from", "2013-01-01", "--to", "2013-12-31",
                 "--out", str(tmp_path / "plain.pdf"), "--trend-years", "0"]) == 0
    text = "".join(p.extract_text() for p in PdfReader(tmp_path / "plain.pdf").pages)
    assert "over the years" not in text


def test_report_for_outside_release(db, tmp_path, capsys):
    out = tmp_path / "release.xlsx"
    assert main(["report", "--db", str(db), "--from", "2013-01-01", "--to", "2013-12-31",
                 "--release", "--out", str(out)]) == 0
    assert "outside release" in capsys.readouterr().out
    wb = load_workbook(out)
    values = [c.value for ws in wb.worksheets for row in ws.iter_rows() for c in row]
    assert "<5" in values
    assert not any(isinstance(v, str) and ("Олег" in v or "Анна" in v) for v in values)


@pytest.mark.parametrize(("out", "message"), [
    ("report.odt", "written as .pdf, .docx, .xlsx or .csv"),
    ("missing/report.pdf", "does not exist"),
    ("report.pdf --trend-years 11", "--trend-years 11: from 0 to 10"),
])
def test_report_bad_output(db, tmp_path, capsys, out, message):
    name, *more = out.split()
    assert main(["report", "--db", str(db), "--from", "2013-01-01", "--to", "2013-12-31",
                 "--out", str(tmp_path / name), *more]) == 2
    assert message in one_error_line(capsys.readouterr().err)


GOOD = ("date,channel,gender,topics,destinations\n"
        "2011-05-01,phone,female,employment_abroad,PL\n"
        "2011-05-02,email,Мужской,Брак и развод с иностранцами,\n")


def test_import_csv(db, tmp_path, capsys):
    path = tmp_path / "old.csv"
    path.write_text(GOOD, encoding="utf-8")
    assert main(["import-csv", str(path), "--db", str(db), "--dry-run"]) == 0
    out, err = capsys.readouterr()
    assert "2 contacts can be imported" in out
    assert "dry run, nothing written" in out
    assert err == ""
    assert main(["stats", "--db", str(db), "--from", "2011-01-01", "--to", "2011-12-31",
                 "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["total"] == 0

    assert main(["import-csv", str(path), "--db", str(db)]) == 0
    assert "imported 2 contacts" in capsys.readouterr().out
    assert main(["stats", "--db", str(db), "--from", "2011-01-01", "--to", "2011-12-31",
                 "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["total"] == 2
    assert data["by_gender"]["male"] == 1

    copy = tmp_path / "copy of old.csv"
    copy.write_bytes(path.read_bytes())
    assert main(["import-csv", str(copy), "--db", str(db)]) == 2
    out, err = capsys.readouterr()
    assert "already imported" in one_error_line(err)


def test_import_csv_bad_rows(db, tmp_path, capsys):
    path = tmp_path / "bad.csv"
    path.write_text("date,channel,gender\n2011-05-01,fax,female\n2011-05-02,phone,x\n",
                    encoding="utf-8")
    assert main(["import-csv", str(path), "--db", str(db)]) == 2
    out, err = capsys.readouterr()
    line = one_error_line(err)
    assert line.startswith("infoline: bad.csv: row 2, column channel:")
    assert "(and 1 more problems)" in line
    assert out.splitlines() == [
        f"{path}: row 2, column channel: 'fax' is not a known value (codes: phone, email, "
        "chat, in_person, letter, or their labels)",
        f"{path}: row 3, column gender: 'x' is not a known value (codes: female, male, other, "
        "unknown, or their labels)",
    ]


def test_import_csv_with_a_mapping(db, tmp_path, capsys):
    path = tmp_path / "ru.csv"
    path.write_text("Дата,Канал,№\n2011-06-01,Телефонный звонок,1\n", encoding="utf-8")
    assert main(["import-csv", str(path), "--db", str(db)]) == 2
    assert "unknown column" in capsys.readouterr().err
    assert main(["import-csv", str(path), "--db", str(db), "--map", "Дата=date",
                 "--map", "Канал=channel", "--map", "№="]) == 0
    assert "imported 1 contacts" in capsys.readouterr().out
    assert main(["import-csv", str(path), "--db", str(db), "--map", "oops"]) == 2
    assert "--map oops" in one_error_line(capsys.readouterr().err)


def test_import_csv_missing_file(db, tmp_path, capsys):
    assert main(["import-csv", str(tmp_path / "none.csv"), "--db", str(db)]) == 2
    assert "no such file" in one_error_line(capsys.readouterr().err)


RUSSIAN_EXCEL = ("Дата;Канал;Пол;Темы;Страны назначения;Примечание\n"
                 "01.05.2011;Телефонный звонок;Женский;Трудоустройство за рубежом;PL;"
                 "Звонила мать, дочь уехала\n")


def test_import_csv_from_russian_excel_cp1251_with_semicolons(db, tmp_path, capsys):
    """Excel in Russian settings saves "CSV" as Windows-1251 with semicolons."""
    path = tmp_path / "старая таблица.csv"
    path.write_bytes(RUSSIAN_EXCEL.encode("cp1251"))
    mapping = ["--map", "Дата=date", "--map", "Канал=channel", "--map", "Пол=gender",
               "--map", "Темы=topics", "--map", "Страны назначения=destinations",
               "--map", "Примечание=notes"]
    assert main(["import-csv", str(path), "--db", str(db), "--dry-run", *mapping]) == 0
    out, err = capsys.readouterr()
    assert err == ""
    assert f"{path}: read as Windows-1251, cells separated by semicolons" in out
    assert "1 contacts can be imported" in out
    assert main(["import-csv", str(path), "--db", str(db), *mapping]) == 0
    capsys.readouterr()
    assert main(["stats", "--db", str(db), "--from", "2011-05-01", "--to", "2011-05-01",
                 "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["total"] == 1
    assert data["by_gender"]["female"] == 1


def test_import_csv_in_utf16_and_a_file_in_no_known_encoding(db, tmp_path, capsys):
    path = tmp_path / "utf16.csv"
    path.write_bytes(GOOD.replace(",", "\t").encode("utf-16"))
    assert main(["import-csv", str(path), "--db", str(db), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "read as UTF-16, cells separated by tabs" in out
    assert "2 contacts can be imported" in out
    polish = tmp_path / "pl.csv"
    polish.write_bytes("date,channel,notes\n2011-05-01,phone,Łódź żółć\n".encode("cp1250"))
    assert main(["import-csv", str(polish), "--db", str(db), "--dry-run"]) == 2
    assert "not UTF-8, UTF-16 or Windows-1251 text" in one_error_line(capsys.readouterr().err)
