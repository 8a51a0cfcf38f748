"""The sync screen, driven like a user: add a partner after confirming its fingerprint,
import a file (and a refused one), keep the winner of a conflict."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from synchelp import introduce, make_site

from app.services.contacts.service import ContactInput
from app.ui.sync.page import SyncPage
from app.ui.widgets import msgbox


@pytest.fixture
def sites(tmp_path: Path):
    a, b = make_site(tmp_path, "A"), make_site(tmp_path, "B", "bwc")
    yield a, b
    a.close()
    b.close()


def test_adding_a_partner_needs_the_fingerprint_confirmed(qtbot, sites, monkeypatch, tmp_path):
    a, b = sites
    key = tmp_path / "a.ilkey"
    a.sync.write_key_file(key)
    page = SyncPage(b.sync)
    qtbot.addWidget(page)
    page.show()
    monkeypatch.setattr(msgbox, "open_file", lambda *args, **kw: str(key))
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    dialog = page.peer_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    assert dialog.fingerprint.text() == a.sync.site().display_fingerprint
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    assert not ok.isEnabled()  # not before the fingerprint is confirmed
    dialog.name.clear()
    qtbot.keyClicks(dialog.name, "Partner A")
    dialog.confirmed.setFocus()
    qtbot.keyClick(dialog.confirmed, Qt.Key.Key_Space)
    assert ok.isEnabled()
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.peers.rowCount() == 1)
    assert page.peers.item(0, 0).text() == "Partner A"
    assert [p.name for p in b.sync.peers()] == ["Partner A"]


def test_importing_files_shows_the_result_and_refusals(qtbot, sites, monkeypatch):
    a, b = sites
    introduce(a, b)
    a.contacts.save(ContactInput(started_at=datetime(2026, 3, 2, 9, tzinfo=UTC),
                                 notes="первый", topics=["employment_abroad"]))
    good = a.send(b)
    page = SyncPage(b.sync)
    qtbot.addWidget(page)
    with qtbot.waitActive(page):
        page.show()
        page.activateWindow()
    page.peers.setFocus()
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(msgbox, "info", lambda _p, title, text: shown.append((title, text)))
    monkeypatch.setattr(msgbox, "error",
                        lambda _p, title, text, details="": shown.append((title, text)))
    monkeypatch.setattr(msgbox, "open_file", lambda *args, **kw: str(good))
    qtbot.keyClick(page.peers, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.task is None and bool(shown), timeout=10_000)
    assert "2 new" in shown[-1][1]
    assert page.history.rowCount() == 1
    assert page.peers.item(0, 5).text() == "2"  # records received
    # the same file again: nothing changes, and the screen says so
    qtbot.keyClick(page.peers, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.task is None and len(shown) == 2, timeout=10_000)
    assert "Nothing changed" in shown[-1][1]
    # an altered file: one clear message, recorded in the history
    bad = good.with_name("altered.ilsync")
    data = bytearray(good.read_bytes())
    data[-10] ^= 0xFF
    bad.write_bytes(bytes(data))
    monkeypatch.setattr(msgbox, "open_file", lambda *args, **kw: str(bad))
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.task is None and len(shown) == 3, timeout=10_000)
    assert shown[-1][0] == "File refused"
    assert "altered" in shown[-1][1]
    assert page.history.item(0, 3).text() == "refused"


def test_exporting_for_the_selected_partner(qtbot, sites, monkeypatch, tmp_path):
    a, b = sites
    introduce(a, b)
    page = SyncPage(a.sync)
    qtbot.addWidget(page)
    with qtbot.waitActive(page):
        page.show()
        page.activateWindow()
    out = tmp_path / "out.ilsync"
    shown: list[str] = []
    monkeypatch.setattr(msgbox, "save_file", lambda *args, **kw: str(out))
    monkeypatch.setattr(msgbox, "info", lambda _p, _t, text: shown.append(text))
    page.peers.setFocus()
    qtbot.keyClick(page.peers, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.task is None and bool(shown), timeout=10_000)
    assert out.exists()
    assert b.receive(out).result == "applied"
    assert page.peers.item(0, 3).text() != "0"


def test_a_supervisor_keeps_the_winner_of_a_conflict(qtbot, sites):
    a, b = sites
    introduce(a, b)
    cid = a.contacts.save(ContactInput(started_at=datetime(2026, 3, 2, 9, tzinfo=UTC),
                                       notes="общий", topics=["employment_abroad"])).id
    b.receive(a.send(b))
    for site, text in ((a, "правка A"), (b, "правка B")):
        site.contacts.save(replace(site.contacts.get(cid).input, notes=text), cid)
    b.receive(a.send(b))
    page = SyncPage(b.sync)
    qtbot.addWidget(page)
    page.show()
    assert page.conflicts.rowCount() == 1
    assert "notes" in page.conflicts.item(0, 2).text()
    page.conflicts.selectRow(0)
    qtbot.mouseClick(page.keep_button, Qt.MouseButton.LeftButton)
    assert page.conflicts.rowCount() == 0
    assert b.sync.conflicts() == []


def test_the_screen_fits_its_texts(qtbot, sites, tmp_path):
    a, b = sites
    introduce(a, b)
    page = SyncPage(b.sync)
    qtbot.addWidget(page)
    page.resize(1000, 700)
    page.show()
    qtbot.waitExposed(page)
    for button in (page.key_button, page.add_button, page.export_button,
                   page.import_button, page.keep_button, page.other_button):
        assert button.width() >= button.sizeHint().width(), button.text()
    page.grab().save(str(tmp_path / "sync.png"))


def test_removing_a_partner_asks_first(qtbot, sites, monkeypatch):
    a, b = sites
    introduce(a, b)
    page = SyncPage(a.sync)
    qtbot.addWidget(page)
    page.show()
    assert page.peers.rowCount() == 1
    page.peers.selectRow(0)
    asked: list[str] = []
    answers = [msgbox.Button.No, msgbox.Button.Yes]

    def ask(_parent, _title, text, *args, **kwargs):
        asked.append(text)
        return answers.pop(0)

    monkeypatch.setattr(msgbox, "ask", ask)
    qtbot.mouseClick(page.remove_button, Qt.MouseButton.LeftButton)
    assert page.peers.rowCount() == 1  # "No" keeps it
    qtbot.mouseClick(page.remove_button, Qt.MouseButton.LeftButton)
    assert "B" in asked[1]
    assert page.peers.rowCount() == 0
    assert a.sync.peers() == []
    assert not page.remove_button.isEnabled()


def test_suggested_file_names_are_valid_everywhere():
    from app.ui.sync.page import safe_file_name

    assert safe_file_name("Демо: Минск-brest-2026-11-28.ilsync") == (
        "Демо-Минск-brest-2026-11-28.ilsync")
    assert safe_file_name('a/b\\c?*"<>|.ilkey') == "a-b-c-.ilkey"
    assert safe_file_name("Site A.ilkey") == "Site A.ilkey"
    assert safe_file_name(" :: ") == "file"
