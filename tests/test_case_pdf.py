"""PDF case summaries: Cyrillic text, sections, page numbers, redaction, hostile notes,
the print log, atomic writing and ``infoline case-pdf`` (no Qt)."""

from __future__ import annotations

import hashlib
import io
import re
from datetime import date, timedelta

import pytest
from accounthelp import give_accounts, open_as
from pypdf import PdfReader
from sqlalchemy import select

from app.cli import main
from app.models import PdfPrint
from app.services.assistance import case_pdf
from app.services.assistance.case_pdf import render, write_case_pdf
from app.services.assistance.redaction import Redactor
from app.services.assistance.service import AssistanceService
from app.services.assistance.types import (
    AreaInput,
    AssistanceReferralInput,
    CaseInput,
    ClientInput,
    ConsentInput,
    MonitoringInput,
    RelativeInput,
    ServiceInput,
    TraffickingInput,
)
from app.services.contacts.service import UserService

TODAY = date.today()
BORN = date(1994, 5, 4)
NOTE = ("Ольге звонила мать Нина Кравец (+375 33 000-44-55), живёт в Мозыре на ул. Садовая, "
        "д. 12. У Ольги Кравец день рождения 04.05.1994 (4 мая 1994 г.), пишите на "
        "olga.k@example.org или звоните 8 029 000 11 22; запасной +48 600 000 123. "
        "Жила по адресу г. Гомель, ул. Примерная, д. 5, кв. 7. С 2013-2015 работала в Москве.")
IDENTIFIERS = ("Ольг", "Кравец", "Нина", "000-11-22", "0001122", "000 11 22", "000-44-55",
               "600 000 123", "Примерная", "Садовая", "04.05.1994", "4 мая 1994", "1994",
               "olga.k", "example.org")
HOSTILE = ('Заметка <b>жирно <a href="x">ссылка</a> & &amp; <font size="40">x</font> '
           '<para> </br> ' + "Щ" * 3000 + " " + "слово " * 400)


@pytest.fixture
def specialist(store):
    return UserService(store).add("Мария Соколова", role="specialist")


@pytest.fixture
def service(store, specialist) -> AssistanceService:
    store.set_setting("organisation", "lastrada")
    store.set_setting("site_name", "Минск, офис 1")
    return AssistanceService(store, specialist.id)


def full_case(service: AssistanceService, notes: str = NOTE) -> str:
    case = service.open_case(CaseInput(
        client=ClientInput(name="Ольга Кравец", phone="+375 29 000-11-22",
                           email="olga.k@example.org",
                           address="г. Гомель, ул. Примерная, д. 5, кв. 7", birth_date=BORN,
                           region="gomel"),
        trafficking=TraffickingInput(
            status="actual", decided_by="police", decided_on=TODAY - timedelta(days=20),
            exploitation_types=["forced_labour"], methods_of_control=["withholds_documents",
                                                                      "debt_bondage"],
            recruitment_methods=["online_advertisement"], country="RU",
            period_from=TODAY - timedelta(days=300), period_to=TODAY - timedelta(days=40),
            notes=notes),
        relatives=[RelativeInput("Нина Кравец", "parent", "+375 33 000-44-55",
                                 "г. Мозырь, ул. Садовая, д. 12", True, notes)]))
    cid = case.id
    service.add_consent(cid, ConsentInput("case_history", "social_worker",
                                          given_on=TODAY - timedelta(days=30), notes=notes))
    for code, days in (("counselling", 30), ("psychological", 25), ("counselling", 10),
                       ("local_travel", 9)):
        service.add_service(cid, ServiceInput(code, TODAY - timedelta(days=days),
                                              cost_minor=2550 if code == "local_travel"
                                              else None, notes=notes))
    service.add_service(cid, ServiceInput("medical", TODAY + timedelta(days=3), "partner_org",
                                          "Поликлиника №3", "planned"))
    ref = service.add_referral(cid, AssistanceReferralInput("lawyer", "Юрконсультация", notes,
                                                  TODAY - timedelta(days=8)))
    service.set_referral_status(ref.id, "declined", notes)
    service.add_visit(cid, MonitoringInput(
        visit_on=TODAY - timedelta(days=5), areas={
            "housing": AreaInput("difficult", notes), "health": AreaInput("critical")},
        change="better", summary=notes, next_visit_on=TODAY + timedelta(days=60)))
    service.add_note(cid, notes)
    service.set_status(cid, "monitoring")
    service.set_status(cid, "closed", reason="other", note=notes)
    return cid


def pdf_text(data: bytes) -> tuple[str, int]:
    reader = PdfReader(io.BytesIO(data))
    return "\n".join(page.extract_text() for page in reader.pages), len(reader.pages)


def test_the_summary_is_in_russian_with_every_section_and_page_numbers(service):
    cid = full_case(service)
    pdf = render(service.get(cid), service.timeline(cid), lang="ru", printed_by="Мария Соколова",
                 site_name="Минск, офис 1")
    text, pages = pdf_text(pdf.data)
    assert pages == pdf.pages >= 2
    for section in ("Сводка по случаю сопровождения", "Клиент", "Вовлечённые родственники",
                    "Торговля людьми", "Согласие на передачу сведений", "Услуги",
                    "Оказанные услуги по видам (как в таблице 3)", "Направления",
                    "Мониторинг", "Хронология", "Закрытие"):
        assert section in text, section
    for page in range(1, pages + 1):
        assert f"Страница {page} из {pages}" in text
    assert "Ольга Кравец" in text
    assert "Жертва торговли людьми" in text
    assert "Принудительный труд" in text
    assert "Кем установлен" in text
    assert "Милиция (МВД)" in text
    assert "«Гендерные перспективы»" in text  # the organisation in the header
    assert "Случай A-" in text
    assert "Конфиденциально" in text
    assert "Распечатал(а) Мария Соколова" in text
    # Table 3: every service type is a row, in the user's language.
    for label in ("Встреча в аэропорту, на вокзале", "Размещение в приюте",
                  "Консультирование", "Юридическая помощь"):
        assert label in text
    assert "25,50 BYN" in text
    assert "Отклонено" in text
    assert "Лучше" in text  # the specialist's assessment of change
    assert "\ufffd" not in text  # no glyph the font lacks


def test_english_and_belarusian_too(service):
    cid = full_case(service)
    record, events = service.get(cid), service.timeline(cid)
    en, pages = pdf_text(render(record, events, lang="en").data)
    assert "Assistance case summary" in en
    assert f"Page 1 of {pages}" in en
    assert "Services given, by type (as in Table 3)" in en
    be, pages = pdf_text(render(record, events, lang="be").data)
    assert "Зводка па выпадку суправаджэння" in be
    assert f"Старонка 1 з {pages}" in be
    assert "Маніторынг" in be
    assert "Кансультаванне" in be
    with pytest.raises(ValueError):
        render(record, events, lang="de")


def test_the_redacted_summary_has_none_of_the_clients_identifiers(service):
    cid = full_case(service)
    pdf = render(service.get(cid), service.timeline(cid), lang="ru", redacted=True,
                 printed_by="Мария Соколова")
    text, _pages = pdf_text(pdf.data)
    flat = re.sub(r"\s+", " ", text)
    for identifier in IDENTIFIERS:
        assert identifier not in flat, identifier
        assert identifier.replace(" ", "") not in flat.replace(" ", ""), identifier
    for placeholder in ("[имя]", "[клиент]", "[родственник 1]", "[телефон]", "[эл. почта]",
                        "[адрес]", "[дата рождения]"):
        assert placeholder in flat, placeholder
    assert "Обезличено" in flat
    assert "2013-2015" in flat  # years are not a phone number
    assert "Мария Соколова" in flat  # staff are not redacted
    assert "Жертва торговли людьми" in flat
    # The unredacted summary has them all, so the test above means something.
    full, _pages = pdf_text(render(service.get(cid), service.timeline(cid), lang="ru").data)
    assert "olga.k@example.org" in re.sub(r"\s+", " ", full)


@pytest.mark.parametrize(("raw", "kept", "gone"), [
    ("Ольгой Кравец займётся юрист", "займётся юрист", "Ольг"),
    ("ОЛЬГА КРАВЕЦ пришла", "пришла", "КРАВЕЦ"),
    ("Иванову позвонить", "позвонить", "Иванов"),
    ("тел. +375 (29) 123-45-67, почта a.b@mail.by", "тел.", "123-45-67"),
    ("родилась 4.5.1994", "родилась", "1994"),
    ("живёт: ул. Ленина, д. 3, кв. 14", "живёт", "Ленина"),
    ("в 2013-2015 и 2020-01-05 было 3 500 рублей", "2013-2015", "[телефон]"),
])
def test_redaction_of_free_text(service, raw, kept, gone):
    record = service.open_case(CaseInput(client=ClientInput(
        name="Ольга Иванова-Кравец", phone="+375 29 000-11-22", birth_date=BORN)))
    red = Redactor(record, "ru", enabled=True)
    out = red.text(raw)
    assert kept in out
    assert gone not in out
    assert Redactor(record, "ru", enabled=False).text(raw) == raw


def test_hostile_notes_print_as_text(service):
    case = service.open_case(CaseInput(
        client=ClientInput(name="<b>Ольга</b> & Co", phone="+375 29 000-11-22"),
        trafficking=TraffickingInput(notes=HOSTILE)))
    cid = case.id
    service.add_service(cid, ServiceInput("counselling", TODAY, "partner_org",
                                          '<a href="x">Клиника</a>', notes=HOSTILE))
    service.add_referral(cid, AssistanceReferralInput("lawyer", "<b", HOSTILE, TODAY))
    service.add_visit(cid, MonitoringInput(visit_on=TODAY, summary=HOSTILE,
                                           areas={"safety": AreaInput("good", "<i>" * 50)}))
    service.add_note(cid, "Я" * 5_000)
    service.add_note(cid, ("абзац <br/>\n" * 2000)[:20_000])
    record, events = service.get(cid), service.timeline(cid)
    for redacted in (False, True):
        pdf = render(record, events, lang="ru", redacted=redacted)
        reader = PdfReader(io.BytesIO(pdf.data))
        assert not any(page.get("/Annots") for page in reader.pages)  # no live links
        text = "\n".join(p.extract_text() for p in reader.pages)
        assert "<b>жирно" in text
        assert '<a href="x">ссылка</a>' in text
        assert "& &amp;" in text
        assert "Щ" * 50 in text.replace("\n", "")


def test_a_summary_is_written_atomically_and_every_print_is_logged(service, store,
                                                                   specialist, tmp_path,
                                                                   monkeypatch):
    cid = full_case(service)
    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / "case.pdf"
    row = write_case_pdf(service, cid, out, lang="ru", redacted=True)
    data = out.read_bytes()
    assert data.startswith(b"%PDF")
    assert row.sha256 == hashlib.sha256(data).hexdigest()
    assert (row.redacted, row.lang, row.printed_by, row.case_kind) == (
        True, "ru", "Мария Соколова", "assistance")
    assert row.pages == len(PdfReader(out).pages)
    write_case_pdf(service, cid, out, lang="en")
    prints = service.prints(cid)
    assert [p.redacted for p in prints] == [False, True]  # newest first
    with store.sessions() as s:
        logged = s.scalars(select(PdfPrint).order_by(PdfPrint.printed_at)).all()
        assert [(p.user_id, p.case_id) for p in logged] == [(specialist.id, cid)] * 2
    assert [e.data["redacted"] for e in service.timeline(cid) if e.kind == "printed"] == [
        True, False]
    # Writing fails half-way: the file stays as it was, no temporary file is left
    # behind and nothing goes into the print log.
    before = out.read_bytes()
    real_render = case_pdf.render

    def half(*args, **kwargs):
        pdf = real_render(*args, **kwargs)
        return case_pdf.CasePdf(pdf.data[:100].decode("latin-1"), pdf.pages, pdf.sha256)

    monkeypatch.setattr(case_pdf, "render", half)
    with pytest.raises(TypeError):
        write_case_pdf(service, cid, out)
    assert out.read_bytes() == before
    assert [p.name for p in folder.iterdir()] == ["case.pdf"]
    monkeypatch.setattr(case_pdf, "render", real_render)
    with pytest.raises(OSError):
        write_case_pdf(service, cid, tmp_path / "no" / "such" / "folder.pdf")
    assert len(service.prints(cid)) == 2


def test_infoline_case_pdf(tmp_path, capsys, monkeypatch):
    from app.db import open_store

    path = tmp_path / "cases.sqlite3"
    store = open_store(path)
    specialist = UserService(store).add("Мария Соколова", role="specialist")
    consultant = UserService(store).add("Анна Ковальчук")
    service = AssistanceService(store, specialist.id)
    cid = full_case(service)
    number = service.get(cid).number
    store.close()
    give_accounts(path)  # the command line logs in
    store = open_as(path, specialist.username)
    service = AssistanceService(store, specialist.id)
    out = tmp_path / "summary.pdf"
    db = str(path)
    monkeypatch.setenv("INFOLINE_USER", specialist.username)
    assert main(["case-pdf", "--db", db, number, "--out", str(out), "--lang", "be"]) == 0
    assert f"Wrote {out}" in capsys.readouterr().out
    text, _pages = pdf_text(out.read_bytes())
    assert "Зводка па выпадку суправаджэння" in text
    assert "Надрукаваў(ла) Мария Соколова" in text
    red = tmp_path / "red.pdf"
    assert main(["case-pdf", "--db", db, number.lower(), "--out", str(red), "--redacted",
                 "--lang", "ru"]) == 0
    assert "Кравец" not in pdf_text(red.read_bytes())[0]
    assert service.prints(cid)[0].printed_by == "Мария Соколова"
    # Without credentials, or as a consultant, nothing is printed.
    monkeypatch.delenv("INFOLINE_USER")
    assert main(["case-pdf", "--db", db, number, "--out", str(red)]) == 2
    assert "INFOLINE_USER" in capsys.readouterr().err
    monkeypatch.setenv("INFOLINE_USER", consultant.username)
    assert main(["case-pdf", "--db", db, number, "--out", str(red)]) == 2
    assert "does not allow" in capsys.readouterr().err
    monkeypatch.setenv("INFOLINE_USER", specialist.username)
    for argv in (["A-1999-0042", "--out", str(out)], [number, "--out", str(tmp_path / "x.txt")],
                 [number, "--out", str(tmp_path / "nope" / "x.pdf")]):
        capsys.readouterr()
        assert main(["case-pdf", "--db", db, *argv]) == 2
        err = capsys.readouterr().err.strip().splitlines()
        assert len(err) == 1, err
        assert err[0].startswith("infoline: "), err
    assert main(["case-pdf", "--db", str(tmp_path / "missing.sqlite3"), number,
                 "--out", str(out)]) == 2
    assert len(service.prints(cid)) == 2
    store.close()


def demo_user(store, username: str) -> str:
    from app.models import User

    with store.sessions() as s:
        return s.scalar(select(User.id).where(User.username == username))


def test_the_demo_cases_print(tmp_path):
    from app.db import open_store
    from app.services.demo import data as demo

    store = open_store(tmp_path / "demo.sqlite3")
    demo.generate(store, contacts=200, seed=5)
    service = AssistanceService(store, demo_user(store, "specialist"))
    for row in service.cases(limit=3):
        pdf = render(service.get(row.id), service.timeline(row.id), lang="ru", redacted=True)
        text, pages = pdf_text(pdf.data)
        assert pages >= 1
        assert "Страница 1 из" in text
        assert service.get(row.id).client.name not in text
    store.close()

