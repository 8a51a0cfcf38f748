"""The directory of contacts abroad: search, history, verification, import and export,
what was given to callers, and demo entries that never pass for real ones."""

from __future__ import annotations

import os
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import func, select

from app.cli import main
from app.db import Store, open_store
from app.models import ContactDirectoryGiven, CountryEmergency, DirectoryEntry
from app.services.contacts.service import ContactInput, ContactQuery, ContactService, UserService
from app.services.demo import data as demo
from app.services.directory import service as directory
from app.services.directory.files import (
    COLUMNS,
    DirectoryFileError,
    export_file,
    import_file,
)
from app.services.directory.service import (
    DirectoryPermissionError,
    DirectoryQuery,
    DirectoryService,
    EntryInput,
    fold,
    months_before,
)
from app.services.validation import ValidationError

NOW = datetime(2026, 6, 15, 14, 30, tzinfo=UTC)


@pytest.fixture
def dirs(store: Store, supervisor) -> DirectoryService:
    """Supervisors and administrators edit the directory (docs/permissions.md)."""
    return DirectoryService(store, supervisor.id)


def embassy(**kw) -> EntryInput:
    values = {
        "country": "PL", "type": "belarus_mission", "name": "Посольство Беларуси в Польше",
        "city": "Варшава", "phones": "+48 22 000 00 01\n+48 22 000 00 02",
        "email": "consul@example.org", "services": "Консульская помощь, утерянные документы",
    }
    values.update(kw)
    return EntryInput(**values)


def names(entries) -> list[str]:
    return [e.name for e in entries]


def write_csv(path: Path, header: str, *rows: str) -> Path:
    path.write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")
    return path


# -- search --------------------------------------------------------------------------


def test_fold_is_case_script_and_accent_insensitive():
    assert fold("  ВАРШАВА ") == fold("варшава") == "варшава"
    assert fold("Учёба") == fold("учеба")
    assert fold("Zürich") == "zurich"
    assert fold("Йошкар-Ола") == "йошкар-ола"  # Cyrillic й keeps its breve


def test_search_as_you_type_in_cyrillic_and_latin_any_case(dirs):
    dirs.add(embassy())
    dirs.add(EntryInput(country="DE", type="ngo", name="Ban Ying e.V.", city="Berlin",
                        services="Beratung für Betroffene von Menschenhandel"))
    dirs.add(EntryInput(country="DE", type="international_org", name="IOM Germany",
                        city="Nürnberg", services="Возвращение на родину"))
    assert names(dirs.search(DirectoryQuery(text="варш"))) == ["Посольство Беларуси в Польше"]
    assert names(dirs.search(DirectoryQuery(text="ВАРШАВА"))) == [
        "Посольство Беларуси в Польше"]
    assert names(dirs.search(DirectoryQuery(text="УТЕРЯННЫЕ докум"))) == [
        "Посольство Беларуси в Польше"]
    assert names(dirs.search(DirectoryQuery(text="BERLIN"))) == ["Ban Ying e.V."]
    assert names(dirs.search(DirectoryQuery(text="ban ying"))) == ["Ban Ying e.V."]
    assert names(dirs.search(DirectoryQuery(text="nurnberg"))) == ["IOM Germany"]
    assert names(dirs.search(DirectoryQuery(text="возвращение"))) == ["IOM Germany"]
    # The country's name in any interface language finds its entries.
    assert names(dirs.search(DirectoryQuery(text="германия"))) == [
        "IOM Germany", "Ban Ying e.V."]
    assert names(dirs.search(DirectoryQuery(text="Poland"))) == ["Посольство Беларуси в Польше"]
    # Every word must match; LIKE wildcards are plain characters.
    assert names(dirs.search(DirectoryQuery(text="iom варшава"))) == []
    assert names(dirs.search(DirectoryQuery(text="%"))) == []
    assert names(dirs.search(DirectoryQuery(text="_"))) == []


def test_filters_by_country_and_type(dirs):
    dirs.add(embassy())
    dirs.add(embassy(type="ngo", name="La Strada Polska", city="Warszawa"))
    dirs.add(embassy(country="LT", name="Посольство Беларуси в Литве", city="Вильнюс"))
    assert len(dirs.search(DirectoryQuery(country="PL"))) == 2
    assert names(dirs.search(DirectoryQuery(country="PL", type="ngo"))) == ["La Strada Polska"]
    assert names(dirs.for_countries(["LT", "PL"], "ru"))[0] == "Посольство Беларуси в Литве"
    assert dirs.countries() == ["LT", "PL"]


# -- editing and history ----------------------------------------------------------------


def test_an_edit_is_kept_in_history(dirs, supervisor):
    entry = dirs.add(embassy())
    assert entry.verified_by == supervisor.full_name
    edited = dirs.update(entry.id, embassy(phones="+48 22 000 00 09", city="Варшава"),
                         expected_version=entry.version)
    assert edited.version == entry.version + 1
    assert edited.phone_list() == ["+48 22 000 00 09"]
    history = dirs.history(entry.id)
    assert [h.action for h in history] == ["create", "update"]
    assert history[1].user_name == supervisor.full_name
    assert history[1].changes == {
        "phones": ["+48 22 000 00 01\n+48 22 000 00 02", "+48 22 000 00 09"]}
    # Saving the same values again changes nothing and writes no history.
    same = dirs.update(entry.id, edited.input())
    assert same.version == edited.version
    assert len(dirs.history(entry.id)) == 2
    with pytest.raises(directory.ConcurrentEntryEditError):
        dirs.update(entry.id, embassy(city="Краков"), expected_version=entry.version)


def test_bad_entries_are_refused_field_by_field(dirs):
    with pytest.raises(ValidationError) as caught:
        dirs.add(EntryInput(country="XX", type="spaceship", name="", phones="call them",
                            email="nobody", website="not a site"))
    fields = {(e.field, e.problem) for e in caught.value.errors}
    assert fields == {
        ("country", "unknown_code"), ("type", "unknown_code"), ("name", "required"),
        ("phones", "invalid_phone"), ("email", "invalid_email"),
        ("website", "invalid_website"),
    }
    assert dirs.count() == 0


def test_retired_entries_are_no_longer_offered(dirs):
    entry = dirs.add(embassy())
    dirs.retire(entry.id)
    assert dirs.for_countries(["PL"]) == []
    assert dirs.search(DirectoryQuery()) == []
    assert names(dirs.search(DirectoryQuery(include_retired=True))) == [entry.name]
    dirs.retire(entry.id, retired=False)
    assert names(dirs.for_countries(["PL"])) == [entry.name]
    assert [h.action for h in dirs.history(entry.id)] == ["create", "retire", "restore"]


def test_editing_goes_through_the_one_role_check(dirs, monkeypatch):
    entry = dirs.add(embassy())
    monkeypatch.setattr(directory, "can_edit_directory", lambda role: role == "administrator")
    assert not dirs.may_edit()
    with pytest.raises(DirectoryPermissionError):
        dirs.update(entry.id, embassy(city="Краков"))
    with pytest.raises(DirectoryPermissionError):
        dirs.retire(entry.id)
    with pytest.raises(DirectoryPermissionError):
        dirs.set_emergency("PL", "112")


def test_emergency_numbers_per_country(dirs):
    assert dirs.emergency("PL") is None
    dirs.set_emergency("pl", " 112 — единый номер \n\n997 — полиция ", "Звонок бесплатный")
    em = dirs.emergency("PL")
    assert em is not None
    assert em.numbers == "112 — единый номер\n997 — полиция"
    assert not em.fictional
    dirs.set_emergency("PL", "112 — единый номер\n997 — полиция", "Звонок бесплатный")
    assert len(dirs.emergency_history("PL")) == 1  # no change, no history
    dirs.set_emergency("PL", "", "")
    assert dirs.emergency("PL") is None
    with pytest.raises(ValidationError):
        dirs.set_emergency("PL", "no number here")


# -- verification ------------------------------------------------------------------------


def test_entries_not_verified_for_a_year_are_to_be_checked(dirs, store):
    fresh = dirs.add(embassy())
    old = dirs.add(embassy(name="Консульство Беларуси в Белостоке", city="Белосток"))
    never = dirs.add(embassy(type="ngo", name="Фонд помощи мигрантам"), verified=False)
    dirs.mark_verified(old.id, datetime.now(UTC) - timedelta(days=400))
    assert not dirs.get(fresh.id).stale
    assert dirs.get(old.id).stale
    assert dirs.get(never.id).stale
    assert set(names(dirs.stale())) == {old.name, never.name}
    assert dirs.count(DirectoryQuery(stale_only=True)) == 2
    # The period is a setting (default 12 months).
    assert dirs.stale_months() == 12
    dirs.set_stale_months(24)
    assert store.setting(directory.STALE_SETTING) == 24
    assert names(dirs.stale()) == [never.name]
    with pytest.raises(ValidationError):
        dirs.set_stale_months(0)
    # Checking an entry today takes it off the list.
    dirs.mark_verified(never.id)
    assert dirs.stale() == []
    assert dirs.history(never.id)[-1].action == "verify"


def test_months_before_clamps_to_the_end_of_the_month():
    assert months_before(datetime(2026, 3, 31, tzinfo=UTC), 1) == datetime(2026, 2, 28,
                                                                           tzinfo=UTC)
    assert months_before(datetime(2026, 1, 15, tzinfo=UTC), 12) == datetime(2025, 1, 15,
                                                                            tzinfo=UTC)


# -- given to callers --------------------------------------------------------------------


def test_a_contact_records_the_entries_given(store, dirs, contacts):
    entry = dirs.add(embassy())
    other = dirs.add(embassy(type="hotline", name="Горячая линия La Strada"))
    data = ContactInput(started_at=datetime.now(UTC) - timedelta(minutes=5),
                        topics=["contacts_abroad"], destinations=["PL"],
                        notes="Дали контакты посольства.", directory_given=[entry.id])
    record = contacts.save(data)
    assert dirs.given_for_contact(record.id) == [entry.id]
    # An edit adds what was given later and never drops a link.
    contacts.save(ContactInput(**{**record.input.__dict__, "directory_given": [other.id]}),
                  record.id)
    assert sorted(dirs.given_for_contact(record.id)) == sorted([entry.id, other.id])
    contacts.save(ContactInput(**{**record.input.__dict__, "notes": "Правка."}), record.id)
    assert len(dirs.given_for_contact(record.id)) == 2
    assert dirs.given(entry.id).count == 1
    assert dirs.given_counts() == {entry.id: 1, other.id: 1}
    # The field is optional: old callers and drafts without it still work.
    assert ContactInput.from_json({"notes": "x"}).directory_given == []


def test_an_unknown_entry_given_saves_nothing(store, contacts):
    data = ContactInput(started_at=datetime.now(UTC), topics=["contacts_abroad"],
                        directory_given=["01900000-0000-7000-8000-000000000000"])
    with pytest.raises(ValidationError):
        contacts.save(data)
    with store.sessions() as s:
        assert s.scalar(select(func.count()).select_from(ContactDirectoryGiven)) == 0
    assert contacts.count(ContactQuery()) == 0


# -- import and export --------------------------------------------------------------------

HEADER = "country,type,name,city,phones,email,verified_at,fictional"


def test_a_file_with_bad_rows_reports_them_all_and_imports_nothing(dirs, tmp_path):
    path = write_csv(
        tmp_path / "directory.csv", HEADER,
        "PL,belarus_mission,Посольство Беларуси в Польше,Варшава,+48 22 000 00 01,,,",
        "Атлантида,ngo,Фонд,,,,,",
        "DE,spaceship,,Berlin,call them,nobody,2999-01-01,maybe",
        "PL,emergency_numbers,,,112,,,",
        "LT,ngo,Фонд «Вильнюс»,Вильнюс,+370 5 000 0000,,31.02.2024,",
        "PL,Посольство или консульство Беларуси,Посольство Беларуси в Польше,варшава,,,,",
    )
    result = import_file(dirs, path)
    assert not result.ok
    assert [str(p) for p in result.problems] == [
        "row 3, column country: 'Атлантида' is not a country code or name",
        "row 4, column type: 'spaceship' is not an entry type",
        "row 4, column name: is required",
        "row 4, column phones: 'call them' is not a phone number",
        "row 4, column email: 'nobody' is not an e-mail address",
        "row 4, column verified_at: is in the future",
        "row 4, column fictional: must be yes or no",
        "row 6, column verified_at: is not a date (YYYY-MM-DD or DD.MM.YYYY)",
        "row 7, column name: the same entry as row 2",
    ]
    assert dirs.count(DirectoryQuery(include_retired=True)) == 0
    assert dirs.emergency("PL") is None


def test_header_problems_are_reported_before_any_row(dirs, tmp_path):
    path = write_csv(tmp_path / "d.csv", "country,kind,name,name", "PL,ngo,X,X")
    result = import_file(dirs, path)
    assert [str(p) for p in result.problems] == [
        "row 1, column kind: is not a known column",
        "row 1, column name: appears twice in the header",
        "row 1, column type: is required but missing from the header",
    ]


def test_unreadable_files_are_one_error(dirs, tmp_path):
    latin1 = tmp_path / "latin1.csv"
    latin1.write_bytes("country,type,name\nPL,ngo,Łódź\n".encode("cp1250"))
    with pytest.raises(DirectoryFileError, match="not UTF-8"):
        import_file(dirs, latin1)
    fake = tmp_path / "fake.xlsx"
    fake.write_text("not a workbook")
    with pytest.raises(DirectoryFileError, match="not a readable XLSX"):
        import_file(dirs, fake)
    pdf = tmp_path / "d.pdf"
    pdf.write_bytes(b"%PDF-1.4")
    with pytest.raises(DirectoryFileError, match=r"not a \.csv or \.xlsx"):
        import_file(dirs, pdf)
    with pytest.raises(DirectoryFileError, match="no such file"):
        import_file(dirs, tmp_path / "missing.csv")


def test_import_is_one_transaction_and_safe_to_repeat(dirs, tmp_path):
    path = write_csv(
        tmp_path / "d.csv", "country;type;name;city;phones;verified_at",  # semicolons
        "Польша;Посольство или консульство Беларуси;Посольство Беларуси;Варшава;"
        "+48 22 000 00 01, ext. 2;2026-01-10",
        "PL;emergency numbers;;;112 — единый номер;",
    )
    dry = import_file(dirs, path, dry_run=True)
    assert (dry.created, dry.emergency, dry.dry_run) == (1, 1, True)
    assert dirs.count() == 0
    first = import_file(dirs, path)
    assert (first.created, first.updated, first.emergency) == (1, 0, 1)
    (entry,) = dirs.search(DirectoryQuery())
    assert entry.country == "PL"
    assert entry.type == "belarus_mission"
    assert entry.verified_at is not None
    assert entry.verified_at.astimezone().date().isoformat() == "2026-01-10"
    assert dirs.history(entry.id)[0].action == "import"
    again = import_file(dirs, path)
    assert (again.created, again.updated, again.unchanged, again.emergency) == (0, 0, 1, 0)
    assert dirs.count() == 1


def test_export_and_import_round_trip_in_csv_and_xlsx(dirs, store, tmp_path, db_key):
    a = dirs.add(embassy(notes="=HYPERLINK(\"http://example.org\",\"x\")"))
    b = dirs.add(EntryInput(country="DE", type="ngo", name="@home e.V.", city="Berlin",
                            phones="+49 30 000 0000", services="-"))
    dirs.retire(b.id)
    dirs.set_emergency("DE", "112\n110 — полиция")
    for name in ("d.csv", "d.xlsx"):
        path = tmp_path / name
        assert export_file(dirs, path) == 3
        other = open_store(tmp_path / f"other-{name}.sqlite3", key=db_key)
        try:
            copy = DirectoryService(other, UserService(other).add("X", role="supervisor").id)
            result = import_file(copy, path)
            assert result.ok, result.problems
            assert (result.created, result.emergency) == (2, 1)
            got = {e.id: e for e in copy.search(DirectoryQuery(include_retired=True))}
            assert set(got) == {a.id, b.id}  # ids travel with the file
            assert got[a.id].input() == dirs.get(a.id).input()
            assert got[b.id].retired
            assert copy.emergency("DE").numbers == "112\n110 — полиция"
            assert import_file(copy, path).unchanged == 2
        finally:
            other.close()
    # Imported back into the same file: nothing changes.
    assert import_file(dirs, tmp_path / "d.xlsx").unchanged == 2


def test_xlsx_export_never_writes_a_formula(dirs, tmp_path):
    dirs.add(embassy(notes="=1+2", languages="@bad", hours="-1", city="+city"))
    path = tmp_path / "d.xlsx"
    export_file(dirs, path)
    sheet = load_workbook(path).active
    assert [c.value for c in sheet[1]] == list(COLUMNS)
    cells = {sheet.cell(1, i + 1).value: sheet.cell(2, i + 1) for i in range(len(COLUMNS))}
    for column, value in (("notes", "=1+2"), ("languages", "@bad"), ("hours", "-1"),
                          ("city", "+city"), ("phones", "+48 22 000 00 01; +48 22 000 00 02")):
        assert cells[column].value == value
        assert cells[column].data_type == "s"
        assert cells[column].quotePrefix
    assert not any(c.data_type == "f" for row in sheet.iter_rows() for c in row)


def test_xlsx_import_reads_numbers_and_dates_as_written(dirs, tmp_path):
    book = Workbook()
    sheet = book.active
    sheet.append(["country", "type", "name", "phones", "verified_at"])
    sheet.append(["PL", "ngo", "Фонд", 48220000001, datetime(2026, 1, 10)])
    sheet.append([None, None, None, None, None])  # empty rows are skipped
    path = tmp_path / "d.xlsx"
    book.save(path)
    result = import_file(dirs, path)
    assert result.ok, result.problems
    (entry,) = dirs.search(DirectoryQuery())
    assert entry.phones == "48220000001"
    assert entry.verified_at.astimezone().date().isoformat() == "2026-01-10"


# -- demo entries ----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def demo_store(tmp_path_factory):
    s = open_store(tmp_path_factory.mktemp("demo") / "demo.sqlite3")
    demo.generate(s, contacts=40, seed=7, now=NOW)
    yield s
    s.close()


def test_demo_entries_are_fictional_and_marked_so(demo_store):
    dirs = DirectoryService(demo_store, None)
    entries = dirs.search(DirectoryQuery(include_retired=True), "ru")
    assert len(entries) >= 40
    assert all(e.fictional for e in entries)
    assert all(e.name.startswith("(ДЕМО)") for e in entries)
    assert all(p.startswith(directory.DEMO_PHONE_PREFIX) for e in entries
               for p in e.phone_list())
    assert all(e.email.endswith("@example.org") for e in entries)
    for country in ("RU", "PL", "DE", "TR", "UA", "LT", "IT", "CZ", "AE", "IL", "US"):
        assert dirs.for_countries([country]), country
        em = dirs.emergency(country)
        assert em is not None
        assert em.fictional
    assert any(e.type == "belarus_mission" for e in entries)
    assert dirs.stale(), "the demo shows the review list"
    assert any(e.retired for e in entries)


def test_a_real_database_starts_empty_and_refuses_demo_entries(store, dirs, tmp_path,
                                                               demo_store):
    with store.sessions() as s:
        assert s.scalar(select(func.count()).select_from(DirectoryEntry)) == 0
        assert s.scalar(select(func.count()).select_from(CountryEmergency)) == 0
    path = tmp_path / "demo-directory.csv"
    export_file(DirectoryService(demo_store, None), path)
    result = import_file(dirs, path)
    assert not result.ok
    assert {p.column for p in result.problems} == {"name", "fictional"}
    assert dirs.count(DirectoryQuery(include_retired=True)) == 0
    with pytest.raises(ValidationError) as caught:
        dirs.add(embassy(name="(ДЕМО) Посольство"))
    assert caught.value.errors[0].problem == "demo_in_real"


# -- command line ----------------------------------------------------------------------------


def test_cli_import_and_export(tmp_path, capsys):
    db = tmp_path / "desk.sqlite3"
    assert main(["init", "--db", str(db)]) == 0
    bad = write_csv(tmp_path / "bad.csv", HEADER, "PL,ngo,,,,,,", "XX,ngo,Фонд,,,,,")
    capsys.readouterr()
    assert main(["directory-import", str(bad), "--db", str(db)]) == 2
    out, err = capsys.readouterr()
    assert out.splitlines() == [
        f"{bad}: row 2, column name: is required",
        f"{bad}: row 3, column country: 'XX' is not a country code",
    ]
    assert err.strip() == f"infoline: {bad}: 2 problem(s); nothing imported"
    good = write_csv(tmp_path / "good.csv", HEADER,
                     "PL,ngo,Фонд,Варшава,+48 22 000 00 01,,,")
    assert main(["directory-import", str(good), "--db", str(db), "--dry-run"]) == 0
    assert "would import 1 new" in capsys.readouterr().out
    excel = tmp_path / "excel.csv"
    excel.write_bytes("country;type;name;city\nЛитва;ngo;Фонд;Вильнюс\n".encode("cp1251"))
    assert main(["directory-import", str(excel), "--db", str(db), "--dry-run"]) == 0
    assert capsys.readouterr().out.splitlines() == [
        f"{excel}: read as Windows-1251, cells separated by semicolons",
        f"{excel}: would import 1 new, 0 changed, 0 unchanged entries; emergency numbers "
        "of 0 countries"]
    assert main(["directory-import", str(good), "--db", str(db)]) == 0
    assert "imported 1 new" in capsys.readouterr().out
    out_file = tmp_path / "out.xlsx"
    assert main(["directory-export", "--db", str(db), "--out", str(out_file)]) == 0
    assert out_file.is_file()
    capsys.readouterr()
    assert main(["directory-export", "--db", str(db), "--out", str(tmp_path / "x.pdf")]) == 2
    assert capsys.readouterr().err.count("\n") == 1
    assert main(["directory-import", str(tmp_path / "none.csv"), "--db", str(db)]) == 2
    assert main(["directory-export", "--db", str(tmp_path / "none.db"),
                 "--out", str(out_file)]) == 2


# -- migration -------------------------------------------------------------------------------


def test_a_file_made_before_the_directory_is_migrated_with_its_contacts(tmp_path):
    import sqlite3

    from alembic import command

    from app.db import store as store_module

    path = tmp_path / "old.sqlite3"
    engine = store_module.make_engine(path)
    cfg = store_module._alembic_config()
    with engine.connect() as conn, conn.begin():
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0001")
    engine.dispose()
    raw = sqlite3.connect(path)
    raw.execute(
        "INSERT INTO contact (id, kind, channel, started_at, gender, crisis, out_of_hours, "
        "notes, created_at, updated_at, site_id, version) VALUES ('c1', 'consultation', "
        "'phone', '2026-01-01 10:00:00', 'female', 0, 0, 'Польша', '2026-01-01 10:00:00', "
        "'2026-01-01 10:00:00', 's', 1)")
    raw.commit()
    raw.close()
    migrated = open_store(path)
    try:
        assert migrated.check() == []
        assert list(tmp_path.glob("old.sqlite3.before-*.bak"))
        assert DirectoryService(migrated, None).count() == 0
        assert ContactService(migrated, None).count(ContactQuery()) == 1
    finally:
        migrated.close()


# -- statistics ---------------------------------------------------------------------------


def test_statistics_count_the_contacts_abroad_given(store, dirs, contacts):
    from sqlalchemy import update

    from app.models import Contact
    from app.services.statistics import report
    from app.services.statistics import sums as stats
    from app.services.statistics.report import ReportOptions
    from app.services.statistics.sums import Period

    pl_embassy = dirs.add(embassy())
    pl_ngo = dirs.add(embassy(type="ngo", name="La Strada Polska"))
    pl_hotline = dirs.add(embassy(type="hotline", name="Горячая линия"))
    de_embassy = dirs.add(embassy(country="DE", name="Посольство Беларуси в Германии",
                                  city="Берлин"))

    def given(region: str, *entries: str) -> str:
        return contacts.save(ContactInput(
            started_at=datetime.now(UTC) - timedelta(minutes=5), topics=["contacts_abroad"],
            region=region, directory_given=list(entries))).id

    given("minsk_city", pl_embassy.id, pl_ngo.id)  # La Strada
    given("brest", pl_embassy.id, de_embassy.id)  # Business Women's Club
    deleted = given("minsk_city", pl_embassy.id)
    earlier = given("minsk_city", pl_hotline.id)
    in_2013 = datetime(2013, 6, 1, 12, tzinfo=UTC)
    with store.engine.begin() as conn:
        conn.execute(update(ContactDirectoryGiven).values(given_at=in_2013))
        conn.execute(update(ContactDirectoryGiven)
                     .where(ContactDirectoryGiven.contact_id == earlier)
                     .values(given_at=datetime(2012, 6, 1, 12, tzinfo=UTC)))
        conn.execute(update(Contact).where(Contact.id == deleted)
                     .values(deleted_at=datetime.now(UTC)))

    def sections(org: str | None) -> tuple[dict[str, int], dict[str, int]]:
        s = stats.compute(store, Period.year(2013), org)
        return s.sections["directory_types"] or {}, s.sections["directory_countries"] or {}

    types, by_country = sections(None)
    assert {k: n for k, n in types.items() if n} == {"belarus_mission": 3, "ngo": 1}
    assert types["hotline"] == 0
    assert "shelter" in types  # every type of the list
    assert by_country == {"PL": 3, "DE": 1}
    types, by_country = sections("lastrada")
    assert {k: n for k, n in types.items() if n} == {"belarus_mission": 1, "ngo": 1}
    assert by_country == {"PL": 2}
    types, by_country = sections("bwc")
    assert {k: n for k, n in types.items() if n} == {"belarus_mission": 2}
    assert by_country == {"PL": 1, "DE": 1}

    result = stats.compute(store, Period.year(2013), internal=False)
    tables = {t.key: t for t in result.tables()}
    assert tables["directory_countries"].rows == ("PL", "DE")  # most given first
    assert tables["directory_types"].rows[0] == "belarus_mission"
    rep = report.build(result, ReportOptions(lang="en"))
    shown = {t.key: t for t in rep.tables}
    assert shown["directory_types"].title == "Contacts abroad given, by type"
    assert {r.code: r.cells[0] for r in shown["directory_countries"].rows} == {"PL": 3, "DE": 1}
    # For outside release: small numbers are hidden as in every other table.
    released = {t.key: t for t in report.build(
        result, ReportOptions(lang="en", release=True)).tables}
    cells = {r.code: r.cells[0] for r in released["directory_types"].rows}
    assert cells["belarus_mission"] == "<5"
    assert cells["hotline"] == 0
    assert {r.code: r.cells[0] for r in released["directory_countries"].rows} == {
        "PL": "<5", "DE": "<5"}


def test_csv_export_never_writes_a_formula_and_reads_back_the_same(dirs, store, tmp_path,
                                                                  db_key):
    """A directory entry can come from a partner's site: a cell such as
    =cmd|' /C calc'!A0 must reach the CSV as text a spreadsheet never runs."""
    attack = "=cmd|' /C calc'!A0"
    entry = dirs.add(embassy(notes=attack, city="@SUM(1+1)", hours="-2+3"))
    path = tmp_path / "d.csv"
    export_file(dirs, path)
    import csv as csv_module

    with open(path, encoding="utf-8-sig", newline="") as f:
        rows = list(csv_module.DictReader(f))
    (row,) = rows
    assert row["notes"] == "'" + attack
    assert row["city"] == "'@SUM(1+1)"
    assert row["hours"] == "'-2+3"
    assert row["phones"].startswith("'+48 22")
    assert not any(v.startswith(("=", "+", "-", "@")) for r in rows for v in r.values())
    other = open_store(tmp_path / "other.sqlite3", key=db_key)
    try:
        copy = DirectoryService(other, UserService(other).add("X", role="supervisor").id)
        assert import_file(copy, path).ok
        assert copy.get(entry.id).input() == dirs.get(entry.id).input()
    finally:
        other.close()


def test_an_xlsx_bomb_is_refused_before_openpyxl_reads_it(dirs, tmp_path):
    from xlsxbomb import bomb

    path = bomb(tmp_path / "directory.xlsx", ["country", "type", "name"], 64 << 20)
    with pytest.raises(DirectoryFileError, match="a cell is longer than 100,000 characters"):
        import_file(dirs, path, dry_run=True)
    assert dirs.count(DirectoryQuery(include_retired=True)) == 0


def test_russian_excel_csv_is_read_and_the_preview_says_how(dirs, tmp_path, capsys):
    path = tmp_path / "справочник.csv"
    path.write_bytes("Страна;Тип;Название;Город\n"
                     "Польша;Посольство или консульство Беларуси;Посольство Беларуси;Варшава\n"
                     .replace("Страна;Тип;Название;Город", "country;type;name;city")
                     .encode("cp1251"))
    result = import_file(dirs, path, dry_run=True)
    assert result.ok, result.problems
    assert (result.encoding, result.delimiter, result.created) == ("cp1251", ";", 1)
    assert result.read_as == "Windows-1251, cells separated by semicolons"
    import_file(dirs, path)
    (entry,) = dirs.search(DirectoryQuery())
    assert (entry.name, entry.city) == ("Посольство Беларуси", "Варшава")


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="needs /proc (Linux)")
@pytest.mark.parametrize("name", ["d.csv", "d.xlsx"])
def test_an_export_is_written_whole_and_its_rename_made_durable(dirs, tmp_path, monkeypatch,
                                                                name):
    """The directory's export goes through the one atomic writer: the temporary file
    is flushed and renamed over the target, and the folder itself is flushed so the
    rename survives a power cut; no temporary file is left behind."""
    import stat

    dirs.add(embassy())
    synced_folders: list[str] = []
    real_fsync = os.fsync

    def fsync(fd: int) -> None:  # the real call, noting which were folders
        if stat.S_ISDIR(os.fstat(fd).st_mode):
            synced_folders.append(os.readlink(f"/proc/self/fd/{fd}"))
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", fsync)
    path = tmp_path / name
    path.write_bytes(b"old")
    assert export_file(dirs, path) == 1
    assert synced_folders == [str(tmp_path)]
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []
    assert import_file(dirs, path).ok


def test_a_long_windows_1251_file_is_read_as_such(tmp_path):
    """Over a megabyte (a long list, years of old spreadsheets): the encoding is guessed
    from whole lines, not from a sample cut inside one."""
    from app.services import tabular

    rows = ["Наименование;УНП;Номер лицензии;Дата выдачи;Срок действия;Адрес"] + [
        f"ООО «Агент {i}»;{190000000 + i};L-{i};01.01.2025;01.01.2028;Минск, ул. {i}"
        for i in range(30_000)]
    data = "\n".join(rows).encode("cp1251")
    assert len(data) > tabular.SAMPLE
    text, encoding = tabular.decode(data)
    assert encoding == "cp1251"
    assert text.splitlines()[-1] == rows[-1]
