"""Legacy import of the interchange CSV and XLSX: all rows or none, every problem said,
the same content never imported twice."""

from __future__ import annotations

import io
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook
from sqlalchemy import func, select

from app.db import open_store
from app.models import Contact, ContactChange, ImportLedger
from app.services.contacts.service import ContactQuery, ContactService, UserService
from app.services.imports import legacy as legacy_import
from app.services.imports.legacy import COLUMNS, ImportFileError, import_file, read_bytes

HEADER = ",".join(COLUMNS)
GOOD = (
    f"{HEADER}\n"
    "2013-03-14,phone,,female,25_34,brest,,employment_abroad;passport_visa,PL;DE,no,tv,"
    "Спрашивала о работе\n"
    "2013-03-15T09:30,email,consultation,male,,gomel,,trafficking_risk,RU,yes,internet,"
    '"Письмо, с запятой"\n'
    "2013-03-16,phone,silent,,,,,,,,,\n"
    "2013-03-17 14:05,chat,,unknown,,,lastrada,other,,,,\n"
)


def write(tmp_path: Path, text: str, name: str = "legacy.csv", bom: bool = False) -> Path:
    path = tmp_path / name
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + text.encode("utf-8"))
    return path


def xlsx(tmp_path: Path, rows: list[list[object]], name: str = "legacy.xlsx") -> Path:
    wb = Workbook()
    ws = wb.active
    for row in rows:
        ws.append(row)
    path = tmp_path / name
    wb.save(path)
    return path


def counts(store) -> tuple[int, int, int]:
    with store.sessions() as s:
        return (s.scalar(select(func.count()).select_from(Contact)) or 0,
                s.scalar(select(func.count()).select_from(ContactChange)) or 0,
                s.scalar(select(func.count()).select_from(ImportLedger)) or 0)


@pytest.fixture
def service(store, supervisor):
    store.set_setting("organisation", "bwc")
    return ContactService(store, supervisor.id)  # supervisors import old spreadsheets


def test_a_good_file_is_imported_whole(service, tmp_path):
    result = import_file(service, write(tmp_path, GOOD, bom=True))
    assert (result.rows, result.imported, result.dry_run) == (4, 4, False)
    assert result.by_kind == {"consultation": 3, "silent": 1}
    assert counts(service.store) == (4, 4, 1)
    rows = service.page(ContactQuery(), limit=10)
    by_day = {r.started_at.astimezone().date().isoformat(): service.get(r.id) for r in rows}
    first = by_day["2013-03-14"]
    assert first.input.topics == ["employment_abroad", "passport_visa"]
    assert first.input.destinations == ["PL", "DE"]
    assert first.input.gender == "female"
    assert first.input.notes == "Спрашивала о работе"
    assert first.organisation == "bwc"  # Brest's organisation
    assert first.input.started_at.astimezone().hour == 12  # a date alone: noon, local time
    assert first.consultant_id is None
    second = by_day["2013-03-15"]
    assert second.input.crisis
    assert second.input.started_at.astimezone().strftime("%H:%M") == "09:30"
    assert second.input.notes == "Письмо, с запятой"
    assert by_day["2013-03-16"].input.kind == "silent"
    assert by_day["2013-03-17"].organisation == "lastrada"  # the column wins
    history = service.history(first.id)
    assert [h.action for h in history] == ["import"]
    assert history[0].changes["source"] == [None, "legacy.csv, row 2"]
    assert history[0].changes["gender"] == [None, "female"]
    with service.store.sessions() as s:
        contact = s.scalar(select(Contact).where(Contact.id == first.id))
        assert contact.author_id == service.user_id
        assert contact.site_id == service.store.site_id
        ledger = s.scalar(select(ImportLedger))
        assert ledger.file_name == "legacy.csv"
        assert ledger.rows == 4
        assert ledger.author_id == service.user_id
        assert len(ledger.content_hash) == 64


def test_labels_in_russian_and_belarusian(service, tmp_path):
    text = (
        "Date,Channel,Kind,Gender,Age group,Region,Topics,Destinations,Crisis,How heard\n"
        "2013-03-14,Телефонный звонок,Консультация,Женский,25–34,Брестская область,"
        "Трудоустройство за рубежом;Паспортно-визовые вопросы,Польша;Россия,Да,"
        "Телевидение (в т.ч. ролик кампании)\n"
        "14.03.2013,Электронное письмо,Молчащий звонок,,,,,,нет,\n"
        "15.03.2013 10:15,e-mail,consultation,мужской,,Гомельская вобласць,"
        "Брак и развод с иностранцами,Германия,так,\n"
    )
    result = import_file(service, write(tmp_path, text))
    assert result.imported == 3
    records = [service.get(r.id) for r in service.page(ContactQuery(), limit=10)]
    by_kind = {r.input.kind: r for r in records}
    assert by_kind["silent"].input.channel == "email"
    consultations = sorted((r for r in records if r.input.kind == "consultation"),
                           key=lambda r: r.input.started_at)
    first, second = consultations
    assert first.input.channel == "phone"
    assert first.input.gender == "female"
    assert first.input.age_group == "25_34"
    assert first.input.region == "brest"
    assert first.input.topics == ["employment_abroad", "passport_visa"]
    assert first.input.destinations == ["PL", "RU"]
    assert first.input.crisis
    assert first.input.how_heard == "tv"
    assert second.input.gender == "male"
    assert second.input.region == "gomel"
    assert second.input.crisis
    assert second.input.started_at.astimezone().strftime("%d.%m %H:%M") == "15.03 10:15"


def test_every_bad_row_is_reported_and_nothing_written(service, tmp_path):
    text = (
        f"{HEADER}\n"
        "2013-03-14,phone,,female,,,,employment_abroad,,,,ok\n"
        "14/03/2013,fax,,female,,,,,,,,\n"
        "2013-03-15,phone,,woman,,minsk,,work,Atlantis,maybe,,\n"
        ",phone,,,,,,,,,,\n"
        "2099-01-01,phone,,,,,,,,,,\n"
        "2013-03-16,email,,,,,,,,,,,extra\n"
    )
    before = counts(service.store)
    with pytest.raises(ImportFileError) as caught:
        import_file(service, write(tmp_path, text))
    err = caught.value
    assert err.reason == "invalid"
    lines = [str(p) for p in err.problems]
    assert lines == [
        "row 3, column date: '14/03/2013' is not a date (write 2013-03-14 or 2013-03-14T09:30)",
        "row 3, column channel: 'fax' is not a known value (codes: phone, email, chat, "
        "in_person, letter, or their labels)",
        "row 4, column gender: 'woman' is not a known value (codes: female, male, other, "
        "unknown, or their labels)",
        "row 4, column region: 'minsk' is not a known value (codes: minsk_city, minsk_region, "
        "vitebsk, mogilev, brest, grodno, gomel, abroad, unknown, or their labels)",
        "row 4, column topics: 'work' is not a known topic",
        "row 4, column destinations: 'Atlantis' is not a country (ISO 3166 code such as PL, "
        "or its name)",
        "row 4, column crisis: 'maybe' is neither yes nor no",
        "row 5, column date: is required",
        "row 6, column date: is in the future",
        "row 7: more cells than the header has columns",
    ]
    assert str(err).startswith("legacy.csv: row 3, column date:")
    assert all(p.code for p in err.problems)  # the app says each in the user's language
    assert counts(service.store) == before


def test_dry_run_only_reports(service, tmp_path):
    result = import_file(service, write(tmp_path, GOOD), dry_run=True)
    assert (result.rows, result.imported, result.dry_run) == (4, 0, True)
    assert counts(service.store) == (0, 0, 0)


def test_the_same_content_is_refused_even_renamed_or_as_xlsx(service, tmp_path):
    import_file(service, write(tmp_path, GOOD))
    after = counts(service.store)
    with pytest.raises(ImportFileError) as caught:
        import_file(service, write(tmp_path, GOOD, "renamed copy.csv", bom=True))
    assert caught.value.reason == "duplicate"
    assert "already imported" in str(caught.value)
    assert "'legacy.csv'" in str(caught.value)
    # The same contacts with labels, other column and row order, in a workbook.
    rows = [
        ["notes", "date", "channel", "kind", "gender", "age_group", "region", "topics",
         "destinations", "crisis", "how_heard", "organisation"],
        ["", "2013-03-17T14:05", "chat", "", "unknown", "", "", "Другое", "", "", "",
         "lastrada"],
        ["", "2013-03-16", "Телефонный звонок", "silent", "", "", "", "", "", "", "", ""],
        ["Спрашивала о работе", datetime(2013, 3, 14), "phone", "", "Женский", "25_34",
         "brest", "passport_visa;employment_abroad", "PL;DE", "no", "tv", ""],
        ["Письмо, с запятой", "2013-03-15T09:30", "email", "consultation", "male", "",
         "gomel", "trafficking_risk", "RU", "yes", "internet", ""],
    ]
    with pytest.raises(ImportFileError, match="already imported"):
        import_file(service, xlsx(tmp_path, rows))
    with pytest.raises(ImportFileError, match="already imported"):  # a dry run says so too
        import_file(service, xlsx(tmp_path, rows), dry_run=True)
    assert counts(service.store) == after


def test_an_xlsx_workbook(service, tmp_path):
    rows = [
        [],  # a blank line above the header
        ["date", "channel", "gender", "topics", "destinations", "crisis"],
        [datetime(2013, 5, 1, 10, 30), "phone", "female", "au_pair", "DE", True],
        [datetime(2013, 5, 2), "email", "male", "study_abroad", "PL;CZ", 0],
        [None, None, None, None, None, None],  # an empty row is skipped
        ["2013-05-03", "chat", "Другой", "Права детей", "", "no"],
    ]
    result = import_file(service, xlsx(tmp_path, rows))
    assert result.imported == 3
    records = sorted((service.get(r.id) for r in service.page(ContactQuery(), limit=10)),
                     key=lambda r: r.input.started_at)
    assert records[0].input.started_at.astimezone().strftime("%H:%M") == "10:30"
    assert records[0].input.crisis
    assert records[1].input.destinations == ["PL", "CZ"]
    assert records[1].input.started_at.astimezone().hour == 12
    assert records[2].input.gender == "other"
    assert records[2].input.topics == ["children_rights"]


def test_xlsx_problems_name_the_sheet_row(service, tmp_path):
    rows = [[], ["date", "channel"], ["2013-05-01", "phone"], ["2013-05-02", "pigeon"]]
    with pytest.raises(ImportFileError) as caught:
        import_file(service, xlsx(tmp_path, rows))
    assert [str(p) for p in caught.value.problems] == [
        "row 4, column channel: 'pigeon' is not a known value (codes: phone, email, chat, "
        "in_person, letter, or their labels)"]


def test_unknown_columns_are_an_error_unless_mapped(service, tmp_path):
    text = "Дата,Канал,Пол,Телефон\n2013-03-14,phone,female,+375 29 000-00-01\n"
    path = write(tmp_path, text)
    with pytest.raises(ImportFileError) as caught:
        import_file(service, path)
    messages = [str(p) for p in caught.value.problems]
    assert messages[0].startswith("row 1, column Дата: unknown column; map it to one of date")
    assert "row 1: the required column 'date' is missing" in messages
    assert legacy_import.unknown_columns(read_bytes(path.read_bytes(), "x").header) == [
        "Дата", "Канал", "Пол", "Телефон"]
    mapping = {"Дата": "date", "Канал": "channel", "Пол": "gender", "Телефон": None}
    result = import_file(service, path, mapping=mapping)
    assert result.imported == 1
    record = service.get(service.page(ContactQuery(), limit=1)[0].id)
    assert record.input.gender == "female"
    assert "375" not in record.input.notes


def test_mapping_problems(service, tmp_path):
    path = write(tmp_path, "date,channel,when\n2013-03-14,phone,2013-03-15\n")
    with pytest.raises(ImportFileError) as caught:
        import_file(service, path, mapping={"when": "date"})
    assert [str(p) for p in caught.value.problems] == [
        "row 1, column when: a second column for 'date' (the first is 'date')"]
    with pytest.raises(ImportFileError, match="not a column of the interchange format"):
        import_file(service, path, mapping={"when": "phone"})


def test_unreadable_files(service, tmp_path):
    cases = {
        "latin1.csv": "date,channel\n2013-03-14,phone,é\n".encode("latin-1"),
        "empty.csv": b"",
        "header-only.csv": b"date,channel\n",
        "broken.xlsx": b"PK\x03\x04 not really a workbook",
        "nul.csv": b"date,channel\n\x00\x00\n",
    }
    for name, data in cases.items():
        path = tmp_path / name
        path.write_bytes(data)
        with pytest.raises(ImportFileError) as caught:
            import_file(service, path)
        assert caught.value.problems, name
        assert all(p.code for p in caught.value.problems), name
        assert str(caught.value).startswith(f"{name}: ")
    with pytest.raises(ImportFileError, match="cannot be read"):
        import_file(service, tmp_path / "missing.csv")
    assert counts(service.store) == (0, 0, 0)


def test_a_cancelled_import_writes_nothing(service, tmp_path):
    lines = [HEADER] + [f"2013-03-{1 + i % 28:02d}T10:{i % 60:02d},phone,,female,,,,other,,,,"
                        f"{i}" for i in range(1200)]
    parsed = legacy_import.parse(legacy_import.read_file(write(tmp_path, "\n".join(lines))),
                                 service)
    assert parsed.ok
    with pytest.raises(ImportFileError) as caught:
        legacy_import.write(parsed, service, progress=lambda done, total: done < 1000)
    assert caught.value.reason == "cancelled"
    assert counts(service.store) == (0, 0, 0)
    result = legacy_import.write(parsed, service)
    assert result.imported == 1200
    assert counts(service.store) == (1200, 1200, 1)


def test_non_data_rows_keep_no_counselling_details(service, tmp_path):
    text = "date,channel,kind,gender,topics\n2013-03-14,phone,silent,female,other\n"
    result = import_file(service, write(tmp_path, text))
    assert [str(w) for w in result.warnings] == [
        "row 2: a contact without counselling keeps no counselling details; not imported: "
        "gender, topics"]
    record = service.get(service.page(ContactQuery(), limit=1)[0].id)
    assert record.input.gender == "unknown"
    assert record.input.topics == []


def test_the_hash_ignores_order_and_spelling(service, tmp_path):
    a = legacy_import.parse(legacy_import.read_file(write(tmp_path, GOOD, "a.csv")), service)
    reordered = GOOD.splitlines()
    b_text = "\n".join([reordered[0], *reversed(reordered[1:])]).replace(
        ",female,", ",Женский,")
    b = legacy_import.parse(legacy_import.read_file(write(tmp_path, b_text, "b.csv")), service)
    assert a.ok
    assert b.ok
    assert a.content_hash == b.content_hash
    c = legacy_import.parse(legacy_import.read_file(
        write(tmp_path, GOOD.replace("Спрашивала", "Спросила"), "c.csv")), service)
    assert c.content_hash != a.content_hash


# -- generated bad files -------------------------------------------------------------

_cell = st.one_of(
    st.sampled_from(["", "phone", "female", "2013-03-14", "2013-02-30", "yes", "PL;DE",
                     "=1+1", "Женский", "consultation", "silent", "RU;;", ";", "\"", "\n",
                     "x" * 50, "2013-03-14T25:00", "14.03.2013", "XX", "other"]),
    st.text(max_size=12),
)
_header = st.lists(st.one_of(st.sampled_from(COLUMNS), st.text(max_size=8)), min_size=0,
                   max_size=8)


def _csv_bytes(header: list[str], rows: list[list[str]], delimiter: str) -> bytes:
    import csv

    buffer = io.StringIO()
    out = csv.writer(buffer, delimiter=delimiter)
    out.writerow(header)
    out.writerows(rows)
    return buffer.getvalue().encode("utf-8")


@pytest.fixture(scope="module")
def shared_store(tmp_path_factory):
    store = open_store(tmp_path_factory.mktemp("fuzz") / "fuzz.sqlite3")
    UserService(store).add("Елена Миронова", role="supervisor")
    yield store
    store.close()


def _importer(store) -> ContactService:
    return ContactService(store, UserService(store).list()[0].id)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(header=_header, rows=st.lists(st.lists(_cell, max_size=9), max_size=6),
       delimiter=st.sampled_from([",", ";"]), dry_run=st.booleans())
def test_generated_csv_never_raises_anything_else(shared_store, tmp_path_factory, header,
                                                  rows, delimiter, dry_run):
    service = _importer(shared_store)
    before = counts(shared_store)
    path = tmp_path_factory.mktemp("csv") / "generated.csv"
    path.write_bytes(_csv_bytes(header, rows, delimiter))
    error: ImportFileError | None = None
    try:
        result = import_file(service, path, dry_run=dry_run)
    except ImportFileError as exc:
        error = exc
    if error is not None:
        assert error.problems
        assert all(str(p) for p in error.problems)
    else:
        assert result.imported == (0 if dry_run else result.rows)
    if dry_run or error is not None:
        assert counts(shared_store) == before


@settings(max_examples=60, deadline=None)
@given(data=st.binary(max_size=300), prefix=st.sampled_from([b"", b"PK\x03\x04",
                                                             b"date,channel\n"]))
def test_generated_bytes_never_raise_anything_else(shared_store, data, prefix):
    service = _importer(shared_store)
    before = counts(shared_store)
    error: ImportFileError | None = None
    try:
        raw = read_bytes(prefix + data, "random.bin")
        parsed = legacy_import.parse(raw, service)
        legacy_import.check(parsed, service)
    except ImportFileError as exc:
        error = exc
    assert error is None or error.problems
    assert counts(shared_store) == before


def test_a_failed_write_leaves_nothing(service, tmp_path, monkeypatch):
    """Any error while writing (here: the disk) rolls the whole file back."""
    parsed = legacy_import.parse(legacy_import.read_file(write(tmp_path, GOOD)), service)
    calls = []
    real = service._apply

    def failing(contact, data, organisation):
        calls.append(1)
        if len(calls) == 3:
            raise OSError("disk full")
        real(contact, data, organisation)

    monkeypatch.setattr(service, "_apply", failing)
    with pytest.raises(OSError, match="disk full"):
        legacy_import.write(parsed, service)
    assert counts(service.store) == (0, 0, 0)


def test_imported_contacts_are_in_the_statistics(service, tmp_path):
    from app.services.statistics import sums as stats

    import_file(service, write(tmp_path, GOOD))
    result = stats.compute(service.store, stats.Period.year(2013), detail=False).to_json()
    assert result["total"] == 3
    assert result["non_data"] == 1
    assert result["crisis"] == 1
    assert result["by_destination"] == {"DE": 1, "PL": 1, "RU": 1, "XX": 1}
    assert datetime.now(UTC).year > 2013


# -- bounds on what a workbook may hold ---------------------------------------------------


def test_an_xlsx_bomb_is_refused_before_openpyxl_reads_it(service, tmp_path):
    from xlsxbomb import bomb

    path = bomb(tmp_path / "bomb.xlsx", ["date", "channel", "notes"], 64 << 20)
    assert path.stat().st_size < 200_000  # 64 MB of text inside
    with pytest.raises(ImportFileError) as caught:
        import_file(service, path, dry_run=True)
    assert caught.value.reason == "unreadable"
    assert [p.code for p in caught.value.problems] == ["cell_too_long"]
    assert "a cell is longer than 100,000 characters" in str(caught.value)
    assert counts(service.store) == (0, 0, 0)


def test_an_xlsx_bomb_keeps_memory_bounded(tmp_path):
    """Measured in a process of its own: before the bounds, a 200 MB string in a
    200 KB workbook grew the process by several hundred MB."""
    import subprocess
    import sys

    from xlsxbomb import bomb

    path = bomb(tmp_path / "bomb.xlsx", ["date", "channel", "notes"], 200 << 20)
    script = (
        "import resource, sys\n"
        "from app.services.imports import legacy as legacy_import\n"
        "data = open(sys.argv[1], 'rb').read()\n"
        "before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss\n"
        "try:\n"
        "    legacy_import.read_bytes(data, 'bomb.xlsx')\n"
        "except legacy_import.ImportFileError as exc:\n"
        "    print(exc.problems[0].code)\n"
        "print((resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) // 1024)\n")
    out = subprocess.run([sys.executable, "-c", script, str(path)], capture_output=True,
                         text=True, check=True, cwd=Path(__file__).parent.parent).stdout
    code, grown_mb = out.split()
    assert code == "cell_too_long"
    assert int(grown_mb) < 50


def test_a_workbook_that_inflates_past_the_caps_or_lies_about_its_sizes(service, tmp_path,
                                                                       monkeypatch):
    from xlsxbomb import lying_sizes

    from app.services import tabular

    rows = [list(COLUMNS)] + [["2013-03-14", "phone", "", "female", "", "", "", "other", "",
                               "", "", "заметка " * 20]] * 3000
    path = xlsx(tmp_path, rows)
    monkeypatch.setattr(tabular, "MAX_XLSX_MEMBER", 256 * 1024)
    with pytest.raises(ImportFileError) as caught:
        import_file(service, path, dry_run=True)
    assert [p.code for p in caught.value.problems] == ["xlsx_too_large"]
    monkeypatch.undo()
    assert import_file(service, path, dry_run=True).rows == 3000  # within the caps
    lying_sizes(path, 100)  # every part claims 100 bytes
    with pytest.raises(ImportFileError) as caught:
        import_file(service, path, dry_run=True)
    assert caught.value.reason == "unreadable"


def test_a_row_wider_than_any_table_is_refused(service, tmp_path):
    wide = write(tmp_path, HEADER + "," * 600 + "\n2013-03-14,phone\n")
    with pytest.raises(ImportFileError) as caught:
        import_file(service, wide)
    assert [p.code for p in caught.value.problems] == ["too_many_columns"]
    path = xlsx(tmp_path, [list(COLUMNS) + ["x"] * 600])
    with pytest.raises(ImportFileError) as caught:
        import_file(service, path)
    assert [p.code for p in caught.value.problems] == ["too_many_columns"]


def test_a_workbook_with_millions_of_tiny_shared_strings_is_refused(service, tmp_path,
                                                                   monkeypatch):
    """openpyxl keeps every shared string in memory: their number is bounded too."""
    from xlsxbomb import with_shared_strings

    from app.services import tabular

    path = with_shared_strings(xlsx(tmp_path, [list(COLUMNS)]), 50_000)
    monkeypatch.setattr(tabular, "MAX_SHARED_STRINGS", 10_000)
    with pytest.raises(ImportFileError) as caught:
        import_file(service, path, dry_run=True)
    assert [p.code for p in caught.value.problems] == ["xlsx_too_large"]
    assert "more than 10,000 different texts" in str(caught.value)
