"""The licensed-agency list (import, search, the answer recorded on a contact), the
recruiters callers name (keys, suggestions, patterns, alerts), their erasure and their
travel between two sites by real sync files."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select
from synchelp import introduce, make_site

from app.db import Store
from app.models import AgencyCheck, AgencyList, AuditEntry, LicensedAgency, RecruiterMention
from app.services.contacts.service import (
    CallerInput,
    ContactInput,
    ContactQuery,
    ContactService,
)
from app.services.erasure.service import CALLER, ErasureService
from app.services.permissions import PermissionDeniedError
from app.services.recruiters.agencies import (
    EXPIRED,
    LICENSED,
    NO_LIST,
    NOT_FOUND,
    AgencyFileError,
    AgencyService,
)
from app.services.recruiters.keys import mention_key
from app.services.recruiters.service import (
    UNLICENSED,
    CheckInput,
    MentionError,
    MentionInput,
    Pending,
    RecruiterService,
)

HEADER = "name,unp,licence_number,licence_from,licence_until,address\n"
AGENCIES = (
    'ООО "Престиж-Тур",190123456,02200/0123,2020-01-15,2030-01-15,"Минск, ул. Ленина, 1"\n'
    "ЧУП «Ёлка-Вояж»,291234567,02200/0456,15.03.2018,15.03.2021,Гомель\n"
    "Baltic Work LLC,391234568,,2022-05-01,,Брест\n"
)


def csv_file(tmp_path: Path, text: str, name: str = "agencies.csv",
             encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


@pytest.fixture
def agencies(store: Store, administrator) -> AgencyService:
    return AgencyService(store, administrator.id)


@pytest.fixture
def imported(agencies: AgencyService, tmp_path: Path) -> AgencyService:
    result = agencies.import_file(csv_file(tmp_path, HEADER + AGENCIES), date(2026, 11, 1))
    assert result.ok, result.problems
    return agencies


def call(contacts: ContactService, minutes: int = 5, caller: CallerInput | None = None,
         also=None) -> str:
    data = ContactInput(started_at=datetime.now(UTC) - timedelta(minutes=minutes),
                        topics=["employment_abroad"], caller=caller)
    return contacts.save(data, also=also).id


def mention(service: RecruiterService, contacts: ContactService, *items: tuple[str, str],
            caller: CallerInput | None = None) -> str:
    pending = Pending([MentionInput(kind, text) for kind, text in items])
    return call(contacts, caller=caller, also=lambda s, cid: service.write(s, cid, pending))


# -- keys ---------------------------------------------------------------------------------


@pytest.mark.parametrize(("kind", "text"), [
    ("agency", 'ООО "Престиж-Тур"'), ("agency", "престиж тур"),
    ("website", "prestizh-tour.by"), ("website", "https://www.Prestizh-Tour.by/vacancies"),
    ("social", "@prestizh_tour"), ("social", "instagram.com/prestizh.tour"),
    ("agency", "«Престиж Тур» ЧУП"), ("agency", "Общество с ограниченной "
                                               "ответственностью «ПРЕСТИЖ-ТУР»"),
])
def test_the_spellings_of_one_recruiter_share_a_key(kind: str, text: str):
    assert mention_key(kind, text) == mention_key("agency", "Престиж-Тур")


def test_phone_numbers_meet_however_written_and_never_meet_a_name():
    assert mention_key("phone", "+375 29 123-45-67") == mention_key("phone", "8 029 1234567")
    assert mention_key("phone", "80291234567").startswith("tel:")
    assert mention_key("agency", "ёлка") == mention_key("agency", "Елка")


# -- the agency list ----------------------------------------------------------------------


def test_search_by_any_part_of_the_name_or_number_in_any_script(imported: AgencyService):
    today = date(2026, 12, 7)
    for query in ("престиж", "ПРЕСТИЖ-ТУР", "Prestizh", '«Престиж Тур»', "ООО Престиж",
                  "190123", "0123"):
        answer = imported.search(query, today)
        assert answer.status == LICENSED, query
        assert answer.agencies[0].unp == "190123456", query
        assert answer.list_date == date(2026, 11, 1)
    assert imported.search("Елка вояж", today).status == EXPIRED  # ё = е, licence ended
    assert imported.search("Baltic", today).agencies[0].licence_until is None
    answer = imported.search("Золотой берег", today)
    assert (answer.status, answer.list_date, answer.agencies) == (
        NOT_FOUND, date(2026, 11, 1), ())


def test_no_list_says_so(store: Store, consultant):
    assert AgencyService(store, consultant.id).search("Престиж").status == NO_LIST


def test_a_bad_file_names_every_problem_and_imports_nothing(agencies: AgencyService,
                                                            tmp_path: Path):
    bad = HEADER + AGENCIES + (
        ",190000001,,,,\n"  # no name
        "Тур плюс,12345,,,,\n"  # not a УНП
        "Тур минус,190123456,,,,\n"  # the same УНП twice
        "Тур,490000000,,2024-13-01,2020-01-01,\n")
    result = agencies.import_file(csv_file(tmp_path, bad), date(2026, 11, 1))
    assert [str(p) for p in result.problems] == [
        "row 5, column name: is required",
        "row 6, column unp: '12345' is not a registration number (УНП: 9 digits)",
        "row 7, column unp: 190123456 appears twice (row 2 too)",
        "row 8, column licence_from: '2024-13-01' is not a date (YYYY-MM-DD or DD.MM.YYYY)",
    ]
    with agencies.store.sessions() as s:
        assert s.scalar(select(func.count()).select_from(LicensedAgency)) == 0
        assert s.scalar(select(func.count()).select_from(AgencyList)) == 0


def test_an_unknown_column_and_a_missing_one_are_named(agencies: AgencyService,
                                                       tmp_path: Path):
    result = agencies.import_file(csv_file(tmp_path, "name,телефон\nА,1\n"),
                                  date(2026, 11, 1))
    assert [str(p) for p in result.problems] == [
        "row 1, column телефон: is not a known column",
        "row 1, column unp: is required but missing from the header"]


def test_windows_1251_and_the_ministrys_headings_are_read(agencies: AgencyService,
                                                          tmp_path: Path):
    text = ("Наименование;УНП;Номер лицензии;Действует до;Адрес\r\n"
            "ООО «Вест Трудоустройство»;192000111;02200/77;31.12.2027;г. Минск\r\n")
    result = agencies.import_file(csv_file(tmp_path, text, encoding="cp1251"),
                                  date(2026, 11, 1))
    assert result.ok
    assert result.agencies == 1
    assert result.read_as == "Windows-1251, cells separated by semicolons"
    assert agencies.search("вест", date(2026, 12, 1)).agencies[0].licence_until == date(
        2027, 12, 31)


def test_an_xlsx_list_is_read(agencies: AgencyService, tmp_path: Path):
    book = Workbook()
    sheet = book.active
    sheet.append(["name", "unp", "licence_number", "licence_from", "licence_until"])
    sheet.append(["Трэвел Груп", 193456789, "02200/9", datetime(2021, 1, 1),
                  datetime(2031, 1, 1)])
    book.save(tmp_path / "list.xlsx")
    result = agencies.import_file(tmp_path / "list.xlsx", date(2026, 10, 1))
    assert result.ok
    assert result.agencies == 1
    assert agencies.search("trevel grup", date(2026, 12, 1)).status == LICENSED


def test_a_new_list_replaces_the_old_one_and_keeps_its_date(imported: AgencyService,
                                                            tmp_path: Path):
    new = csv_file(tmp_path, HEADER + "Новый Путь,194444444,1,,,\n", "new.csv")
    result = imported.import_file(new, date(2026, 12, 1))
    assert (result.agencies, result.replaced) == (1, date(2026, 11, 1))
    assert imported.search("престиж").status == NOT_FOUND
    assert imported.search("престиж").list_date == date(2026, 12, 1)
    assert [(h.list_date, h.agencies, h.replaced_at is not None)
            for h in imported.history()] == [(date(2026, 12, 1), 1, False),
                                             (date(2026, 11, 1), 3, True)]
    with imported.store.sessions() as s:
        assert s.scalar(select(func.count()).select_from(LicensedAgency)) == 1
        entry = s.scalar(select(AuditEntry).where(AuditEntry.object_kind == "agency_list")
                         .order_by(AuditEntry.seq.desc()))
        assert entry.action == "import"
        assert entry.details["replaced"] == "2026-11-01"


def test_an_older_or_future_list_is_refused(imported: AgencyService, tmp_path: Path):
    path = csv_file(tmp_path, HEADER + AGENCIES)
    with pytest.raises(AgencyFileError, match="older than the current list, dated 2026-11-01"):
        imported.import_file(path, date(2026, 10, 1))
    with pytest.raises(AgencyFileError, match="in the future"):
        imported.import_file(path, date.today() + timedelta(days=1))
    assert imported.current().list_date == date(2026, 11, 1)


def test_only_an_administrator_imports(store: Store, supervisor, tmp_path: Path):
    with pytest.raises(PermissionDeniedError):
        AgencyService(store, supervisor.id).import_file(csv_file(tmp_path, HEADER + AGENCIES),
                                                        date(2026, 11, 1))


def test_the_check_is_recorded_on_the_contact(imported: AgencyService,
                                              contacts: ContactService, consultant):
    service = RecruiterService(contacts.store, consultant.id)
    answer = AgencyService(contacts.store, consultant.id).search("Ёлка", date(2026, 12, 7))
    pending = Pending(checks=[CheckInput.of(answer)])
    contact_id = call(contacts, also=lambda s, cid: service.write(s, cid, pending))
    _mentions, checks = service.for_contact(contact_id)
    assert checks == [CheckInput("Ёлка", EXPIRED, date(2026, 11, 1), "ЧУП «Ёлка-Вояж»",
                                 "291234567", date(2021, 3, 15))]


# -- recruiters named ---------------------------------------------------------------------


def test_a_mention_keeps_who_entered_it_and_when(contacts: ContactService, consultant):
    service = RecruiterService(contacts.store, consultant.id)
    contact_id = mention(service, contacts, ("website", "prestizh-tour.by"))
    [row], _checks = service.for_contact(contact_id)
    assert (row.text, row.entered_by) == ("prestizh-tour.by", "Анна Ковальчук")
    assert abs(row.entered_at - datetime.now(UTC)) < timedelta(minutes=1)


def test_a_bad_mention_saves_nothing_of_the_contact(contacts: ContactService, consultant):
    service = RecruiterService(contacts.store, consultant.id)
    with pytest.raises(MentionError, match="holds no letters or digits"):
        mention(service, contacts, ("agency", "«»"))
    with contacts.store.sessions() as s:
        assert s.scalar(select(func.count()).select_from(RecruiterMention)) == 0
    assert contacts.count(ContactQuery()) == 0


def test_earlier_mentions_are_offered_as_you_type(contacts: ContactService, consultant):
    service = RecruiterService(contacts.store, consultant.id)
    mention(service, contacts, ("agency", 'ООО "Престиж-Тур"'))
    mention(service, contacts, ("agency", "престиж тур"))
    mention(service, contacts, ("agency", "Престиж Строй"))
    found = service.suggest("agency", "Прести")
    assert [(s.key, s.contacts) for s in found] == [("prestiztur", 2), ("prestizstroi", 1)]


def pattern_fixture(contacts: ContactService, service: RecruiterService) -> None:
    """Four callers name one agency four ways; another names a phone; one an agency
    of the list."""
    mention(service, contacts, ("agency", 'ООО "Престиж-Тур"'))
    mention(service, contacts, ("agency", "престиж тур"))
    mention(service, contacts, ("website", "prestizh-tour.by"), ("phone", "+375 29 111-22-33"))
    mention(service, contacts, ("social", "@prestizh_tour"))
    mention(service, contacts, ("phone", "8 029 1112233"))
    mention(service, contacts, ("agency", "Baltic Work"))


def test_the_pattern_groups_the_spellings_of_one_agency(imported: AgencyService,
                                                        contacts: ContactService, supervisor):
    service = RecruiterService(contacts.store, supervisor.id)
    pattern_fixture(contacts, service)
    patterns = service.patterns()
    top = patterns[0]
    assert (top.key, top.contacts, top.kinds) == ("prestiztur", 4,
                                                  ("agency", "website", "social"))
    assert set(top.spellings) == {'ООО "Престиж-Тур"', "престиж тур", "prestizh-tour.by",
                                  "@prestizh_tour"}
    by_key = {p.key: p for p in patterns}
    assert by_key["prestiztur"].licence == LICENSED  # it is in the list
    assert by_key["tel:+375291112233"].contacts == 2
    assert by_key[mention_key("agency", "Baltic Work")].licence == LICENSED
    # Not in the list:
    mention(service, contacts, ("agency", "Золотой Берег"))
    assert {p.key: p for p in service.patterns()}["zolotoibereg"].licence == UNLICENSED


def test_the_contacts_behind_a_recruiter_are_audited_and_for_supervisors(
        contacts: ContactService, consultant, supervisor):
    own = RecruiterService(contacts.store, consultant.id)
    mention(own, contacts, ("agency", "престиж тур"))
    with pytest.raises(PermissionDeniedError):
        own.patterns()
    with pytest.raises(PermissionDeniedError):
        own.contacts_behind("prestiztur")
    service = RecruiterService(contacts.store, supervisor.id)
    [row] = service.contacts_behind("prestiztur")
    assert (row.text, row.entered_by, row.consultant) == (
        "престиж тур", "Анна Ковальчук", "Анна Ковальчук")
    with contacts.store.sessions() as s:
        entry = s.scalar(select(AuditEntry).order_by(AuditEntry.seq.desc()))
        assert (entry.action, entry.object_kind, entry.user_id) == (
            "view", "recruiter_mention", supervisor.id)


def test_an_alert_when_a_recruiter_crosses_the_threshold(contacts: ContactService,
                                                         supervisor):
    service = RecruiterService(contacts.store, supervisor.id)
    service.set_threshold(3)
    mention(service, contacts, ("agency", "Престиж-Тур"))
    mention(service, contacts, ("agency", "престиж тур"))
    assert service.alerts() == []
    mention(service, contacts, ("website", "prestizh-tour.by"))
    assert service.alerts() == [("Престиж-Тур", 3)]
    with pytest.raises(MentionError):
        service.set_threshold(1)


def test_erasing_a_caller_removes_what_they_said_about_recruiters(
        contacts: ContactService, consultant, administrator):
    service = RecruiterService(contacts.store, consultant.id)
    caller = CallerInput(phone="+375 29 555-66-77")
    told = mention(service, contacts, ("person", "Виктор Сидоренко"), caller=caller)
    other = mention(service, contacts, ("person", "Виктор Сидоренко"))
    caller_id = contacts.get(told).input.caller_id
    ErasureService(contacts.store, administrator.id).erase(CALLER, caller_id)
    with contacts.store.sessions() as s:
        left = list(s.scalars(select(RecruiterMention.contact_id)))
    assert left == [other]


# -- two sites ----------------------------------------------------------------------------


def test_both_sites_see_the_same_pattern_and_list(tmp_path: Path):
    a, b = make_site(tmp_path, "A"), make_site(tmp_path, "B", org="bwc")
    try:
        introduce(a, b)
        AgencyService(a.store, a.admin.id).import_file(csv_file(tmp_path, HEADER + AGENCIES),
                                                       date(2026, 11, 1))
        ra, rb = RecruiterService(a.store, a.admin.id), RecruiterService(b.store, b.admin.id)
        mention(ra, a.contacts, ("agency", 'ООО "Престиж-Тур"'))
        check = CheckInput.of(AgencyService(a.store, a.admin.id).search("престиж"))
        call(a.contacts, also=lambda s, cid: ra.write(s, cid, Pending(checks=[check])))
        b.receive(a.send(b))
        mention(rb, b.contacts, ("website", "prestizh-tour.by"))
        mention(rb, b.contacts, ("agency", "Золотой Берег"))
        a.receive(b.send(a))
        seen_a = [(p.key, p.contacts, p.sites, p.licence) for p in ra.patterns()]
        seen_b = [(p.key, p.contacts, p.sites, p.licence) for p in rb.patterns()]
        assert seen_a == seen_b == [("prestiztur", 2, 2, LICENSED),
                                    ("zolotoibereg", 1, 1, UNLICENSED)]
        assert AgencyService(b.store, b.admin.id).search("Ёлка").status == EXPIRED
        with b.store.sessions() as s:
            assert s.scalar(select(AgencyCheck.answer)) == LICENSED
    finally:
        a.close()
        b.close()


def test_a_file_with_an_unknown_kind_of_recruiter_is_refused(tmp_path: Path):
    from app.services.sync import tables

    spec = tables.SPECS["recruiter_mention"]
    check = spec.checks[spec.columns.index("kind")]
    assert check("agency") is None
    assert check("spy") == "'spy' is not a known code"
    answer = tables.SPECS["agency_check"]
    assert answer.checks[answer.columns.index("answer")]("maybe") is not None


# -- the command line ---------------------------------------------------------------------


def test_cli_agencies_import(tmp_path: Path, capsys):
    from app.cli.main import main

    db = tmp_path / "desk.sqlite3"
    assert main(["init", "--db", str(db)]) == 0
    bad = csv_file(tmp_path, HEADER + "Тур,12345,,,,\n,190000001,,,,\n", "bad.csv")
    capsys.readouterr()
    assert main(["agencies-import", str(bad), "--date", "2026-11-01", "--db", str(db)]) == 2
    out, err = capsys.readouterr()
    assert out.splitlines() == [
        f"{bad}: row 2, column unp: '12345' is not a registration number (УНП: 9 digits)",
        f"{bad}: row 3, column name: is required"]
    assert err == f"infoline: {bad}: 2 problem(s); nothing imported\n"
    good = csv_file(tmp_path, HEADER + AGENCIES, "good.csv")
    assert main(["agencies-import", str(good), "--date", "1.11.2026", "--db", str(db)]) == 2
    assert capsys.readouterr().err == (
        "infoline: --date 1.11.2026: not a date (YYYY-MM-DD)\n")
    assert main(["agencies-import", str(good), "--date", "2026-11-01", "--db", str(db),
                 "--dry-run"]) == 0
    assert capsys.readouterr().out.splitlines() == [
        f"{good}: read as UTF-8, cells separated by commas",
        f"{good}: would import 3 agencies as the list dated 2026-11-01"]
    assert main(["agencies-import", str(good), "--date", "2026-11-01", "--db", str(db)]) == 0
    assert capsys.readouterr().out.splitlines()[-1] == (
        f"{good}: imported 3 agencies as the list dated 2026-11-01")
    assert main(["agencies-import", str(good), "--date", "2026-12-01", "--db", str(db)]) == 0
    assert capsys.readouterr().out.splitlines()[-1] == (
        f"{good}: imported 3 agencies as the list dated 2026-12-01; it replaces the list "
        "dated 2026-11-01")
    assert main(["agencies-import", str(good), "--date", "2026-10-01", "--db", str(db)]) == 2
    assert capsys.readouterr().err == (
        "infoline: --date 2026-10-01: the list dated 2026-10-01 is older than the current "
        "list, dated 2026-12-01\n")
    missing = tmp_path / "none.csv"
    assert main(["agencies-import", str(missing), "--date", "2026-12-01", "--db", str(db)]) == 2
    assert capsys.readouterr().err == f"infoline: {missing}: no such file\n"
    empty = csv_file(tmp_path, HEADER, "empty.csv")
    assert main(["agencies-import", str(empty), "--date", "2026-12-01", "--db", str(db)]) == 2
    assert capsys.readouterr().err == f"infoline: {empty}: the file holds no agencies\n"


def test_the_statistics_count_contacts_by_kind_of_recruiter(contacts: ContactService,
                                                            consultant, supervisor):
    from app.services.statistics.recruiters import count_recruiter_kinds
    from app.services.statistics.sums import Period

    service = RecruiterService(contacts.store, consultant.id)
    pattern_fixture(contacts, service)
    year = Period.year(datetime.now().year)
    assert count_recruiter_kinds(contacts.store, supervisor.id, year) == {
        "agency": 3, "website": 1, "social": 1, "phone": 2, "person": 0}
    assert count_recruiter_kinds(contacts.store, supervisor.id,
                                 Period.year(2020))["agency"] == 0
    with pytest.raises(PermissionDeniedError):
        count_recruiter_kinds(contacts.store, consultant.id, year)
