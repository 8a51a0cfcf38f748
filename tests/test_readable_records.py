"""The audit log read by people: what happened in words, records by their names, no
`None`, no ids, no code names; in Russian as the administrator sees it."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication

from app.services.contacts.service import ContactInput, ContactService
from app.services.demo import data as demo
from app.ui import i18n
from app.ui.audit import words
from app.ui.audit.page import AuditPage

HEX_ID = re.compile(r"\b[0-9a-f]{8}\b")


@pytest.fixture
def russian(qapp: QApplication) -> Iterator[None]:
    translators = i18n.install(qapp, "ru")
    yield
    i18n.remove(qapp, translators)
    i18n.install(qapp, "en")


def page_rows(qtbot, store, administrator) -> list[list[str]]:
    page = AuditPage(store, administrator, "ru")
    qtbot.addWidget(page)
    first = page.date_from.last_day()
    page.date_from.set_value(first.replace(year=first.year - 1))
    page.refresh()
    model = page.model
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    return [[str(model.index(r, c).data() or "") for c in range(model.columnCount())]
            for r in range(model.rowCount())]


def test_a_changed_contact_says_which_fields_in_words(qtbot, russian, store, consultant,
                                                      administrator):
    service = ContactService(store, consultant.id)
    record = service.save(ContactInput(
        started_at=datetime.now(UTC) - timedelta(minutes=30),
        ended_at=datetime.now(UTC) - timedelta(minutes=20), gender="female",
        age_group="25_34", region="minsk_city", topics=["employment_abroad"],
        destinations=["PL"], notes="Звонила о работе в Польше."))
    service.save(ContactInput(**{**record.input.__dict__, "how_heard": "internet"}),
                 record.id)
    rows = page_rows(qtbot, store, administrator)
    changed = next(r for r in rows if r[2] == "изменено")
    assert changed[4] == "изменены поля: откуда узнали"
    when = record.input.started_at.astimezone().strftime("%d.%m.%Y %H:%M")
    assert changed[3] == f"Обращение: {when}"
    assert record.id[:8] not in " ".join(changed)


def test_every_entry_of_a_demo_database_reads_without_ids_none_or_codes(
        qtbot, russian, tmp_path):
    from app.db import open_store
    from app.services.contacts.service import UserService

    store = open_store(tmp_path / "demo.sqlite3")
    demo.generate(store, contacts=40, seed=5)
    admin = next(u for u in UserService(store).list() if u.username == "admin")
    rows = page_rows(qtbot, store, admin)
    store.close()
    assert len(rows) > 50
    text = "\n".join(" | ".join(r) for r in rows)
    assert "None" not in text
    assert not HEX_ID.search("\n".join(r[3] for r in rows)), "an object named by its id"
    assert "_" not in "\n".join(r[3] + r[4] for r in rows), "a code name shown"
    cases = [r[3] for r in rows if r[3].startswith("Случай сопровождения")]
    assert cases
    assert all(re.search(r"A-\d{4}-\d{4}$", c) for c in cases)
    parts = [r[3] for r in rows if r[3].startswith("Оказанная услуга")]
    assert parts
    assert all(re.search(r"случай сопровождения A-\d{4}-\d{4}$", p) for p in parts)
    crisis = [r[3] for r in rows if r[3].startswith("Кризисный случай")]
    assert crisis
    assert all(re.search(r"\d{4}-\d{4}$", c) for c in crisis)


def test_an_export_names_the_organisation_not_its_code(russian):
    from app.models.taxonomy import load

    text = words.details_text({"format": "pdf", "organisation": "lastrada",
                               "from": "2026-01-01", "to": "2026-12-31", "release": False,
                               "threshold": None, "sha256": "ab" * 32}, "ru", load())
    assert "организация: «Гендерные перспективы»" in text
    assert "lastrada" not in text
    assert "None" not in text
    assert "abab" not in text
    assert "с: 01.01.2026" in text
    assert "для публикации: нет" in text
    assert "формат: PDF" in text


def test_the_object_tooltip_gives_the_whole_name(qtbot, russian, store, consultant,
                                                  administrator):
    service = ContactService(store, consultant.id)
    service.save(ContactInput(
        started_at=datetime.now(UTC) - timedelta(minutes=30),
        ended_at=datetime.now(UTC) - timedelta(minutes=20), gender="male",
        age_group="35_44", region="minsk_city", topics=["employment_abroad"]))
    page = AuditPage(store, administrator, "ru")
    qtbot.addWidget(page)
    page.refresh()
    index = page.model.index(0, page.model.COLUMNS.index("object"))
    assert index.data(Qt.ItemDataRole.ToolTipRole) == index.data()


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory):
    from accounthelp import give_accounts

    from app.db import open_store

    db = tmp_path_factory.mktemp("cli") / "demo.sqlite3"
    store = open_store(db)
    demo.generate(store, contacts=40, seed=9)
    store.close()
    give_accounts(db)
    return db


def test_cases_lists_types_and_statuses_in_the_language_asked(demo_db, capsys):
    import json

    from app.cli import main

    assert main(["cases", "--db", str(demo_db), "--lang", "ru"]) == 0
    ru = capsys.readouterr().out
    assert "Открыт" in ru
    assert "labour_exploitation" not in ru
    assert main(["cases", "--db", str(demo_db), "--lang", "be"]) == 0
    be = capsys.readouterr().out
    assert be != ru
    assert "Адкрыты" in be
    assert main(["cases", "--db", str(demo_db)]) == 0
    en = capsys.readouterr().out
    assert " open " in en  # English as before
    # The JSON keeps its codes whatever the language.
    assert main(["cases", "--db", str(demo_db), "--json", "--lang", "ru"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert all(re.fullmatch(r"[a-z_]+", c["status"]) for c in data["cases"])


def test_audit_lines_name_records_and_organisations(demo_db, capsys):
    import json

    from app.cli import main

    assert main(["audit", "--db", str(demo_db), "--limit", "400", "--lang", "ru"]) == 0
    out = capsys.readouterr().out
    assert re.search(r"assistance_case A-\d{4}-\d{4}", out)
    assert re.search(r"assistance_service of assistance_case A-\d{4}-\d{4}", out)
    assert "assistance_case:" not in out  # an id only for a record that is gone
    assert main(["audit", "--db", str(demo_db), "--limit", "5", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert all("object_id" in e for e in data["entries"])  # the JSON unchanged


def test_an_unknown_language_is_refused_in_one_line(demo_db, capsys):
    from app.cli import main

    with pytest.raises(SystemExit) as exited:
        main(["cases", "--db", str(demo_db), "--lang", "de"])
    assert exited.value.code == 2
    err = capsys.readouterr().err
    assert "--lang" in err
    assert "Traceback" not in err


def test_the_sync_page_names_organisations_not_their_codes(qtbot, russian, tmp_path):
    from synchelp import introduce, make_site

    from app.ui.sync.page import SyncPage

    a, b = make_site(tmp_path, "A"), make_site(tmp_path, "B", "bwc")
    try:
        introduce(a, b)
        page = SyncPage(b.sync, "ru")
        qtbot.addWidget(page)
        page.refresh()
        assert "bwc" not in page.site_label.text()
        assert "«Клуб деловых женщин», Брест" in page.site_label.text()
        shown = [page.peers.item(r, 1).text() for r in range(page.peers.rowCount())]
        assert shown
        assert not any(code in " ".join(shown) for code in ("lastrada", "bwc"))
    finally:
        a.close()
        b.close()
