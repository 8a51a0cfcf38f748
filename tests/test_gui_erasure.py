"""The administrator's erasure page, driven by keyboard and mouse."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta

from PySide6.QtCore import Qt

from app.services.contacts.service import (
    CallerInput,
    ContactInput,
    ContactQuery,
    ContactService,
    UserService,
)
from app.services.erasure.service import ErasureService
from app.ui.erasure.page import ConfirmErasure, ErasurePage
from tests.dialogs import answer_next_dialog
from tests.keys import type_text


def test_an_administrator_finds_and_erases_a_caller(qtbot, store):
    users = UserService(store)
    admin = users.add("Admin", role="administrator")
    contacts = ContactService(store, users.add("Consultant").id)
    contacts.save(ContactInput(started_at=datetime.now(UTC) - timedelta(hours=1),
                               topics=["other"], notes="Говорила Тамара Приходько",
                               caller=CallerInput(nickname="Тамара", phone="+375 29 111-22-33")))
    page = ErasurePage(ErasureService(store, admin.id))
    qtbot.addWidget(page)
    page.show()
    qtbot.keyClicks(page.query, "111-22")
    qtbot.keyClick(page.query, Qt.Key.Key_Return)
    assert page.table.rowCount() == 1
    assert "+375 29 111-22-33" in page.table.item(0, 1).text()
    assert page.erase_button.isEnabled()

    seen: dict[str, bool] = {}

    def confirm(dialog: ConfirmErasure) -> None:
        seen["disabled_at_first"] = not dialog.erase_button.isEnabled()
        qtbot.keyClicks(dialog.typed, "eras")
        seen["disabled_when_partial"] = not dialog.erase_button.isEnabled()
        qtbot.keyClicks(dialog.typed, "e")
        dialog.erase_button.click()

    left = answer_next_dialog(confirm, ConfirmErasure)
    qtbot.mouseClick(page.erase_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.erasing())

    assert not left
    assert seen == {"disabled_at_first": True, "disabled_when_partial": True}
    assert page.table.rowCount() == 0
    assert "1" in page.status.text()
    assert contacts.count(ContactQuery(text="Приходько")) == 0


def test_cancelling_the_confirmation_erases_nothing(qtbot, store):
    users = UserService(store)
    admin = users.add("Admin", role="administrator")
    contacts = ContactService(store, users.add("Consultant").id)
    contacts.save(ContactInput(started_at=datetime.now(UTC), topics=["other"],
                               notes="Говорила Тамара", caller=CallerInput(nickname="Тамара")))
    page = ErasurePage(ErasureService(store, admin.id))
    qtbot.addWidget(page)
    type_text(page.query, "Тамара")
    qtbot.mouseClick(page.search_button, Qt.MouseButton.LeftButton)
    assert page.table.rowCount() == 1

    left = answer_next_dialog(lambda dialog: dialog.reject(), ConfirmErasure)
    page.erase_button.click()
    assert not left
    assert page.table.rowCount() == 1
    assert contacts.count(ContactQuery(text="Тамара")) == 1


def test_the_erasure_runs_off_the_gui_thread_and_refuses_a_second_meanwhile(
        qtbot, store, monkeypatch):
    users = UserService(store)
    admin = users.add("Admin", role="administrator")
    contacts = ContactService(store, users.add("Consultant").id)
    contacts.save(ContactInput(started_at=datetime.now(UTC) - timedelta(hours=1),
                               topics=["other"], notes="Говорила Тамара Приходько",
                               caller=CallerInput(nickname="Тамара", phone="+375 29 111-22-33")))
    service = ErasureService(store, admin.id)
    real_erase = service.erase
    threads: list[int] = []
    release = threading.Event()

    def erase(kind, person_id):  # type: ignore[no-untyped-def]
        threads.append(threading.get_ident())
        assert release.wait(10)
        return real_erase(kind, person_id)

    monkeypatch.setattr(service, "erase", erase)
    page = ErasurePage(service)
    qtbot.addWidget(page)
    page.show()
    type_text(page.query, "Тамара")
    qtbot.keyClick(page.query, Qt.Key.Key_Return)
    assert page.table.rowCount() == 1

    def confirm(dialog: ConfirmErasure) -> None:
        type_text(dialog.typed, dialog.word)
        dialog.erase_button.click()

    left = answer_next_dialog(confirm, ConfirmErasure)
    page.erase_button.click()
    assert not left
    # The window answers while the erasure runs: the page offers no second one.
    qtbot.waitUntil(lambda: bool(threads))
    assert threads[0] != threading.get_ident()
    assert page.erasing()
    assert not page.erase_button.isEnabled()
    assert not page.search_button.isEnabled()
    page.erase_selected()  # a second click that got through: ignored, no dialog
    release.set()
    qtbot.waitUntil(lambda: not page.erasing())
    assert len(threads) == 1
    assert page.table.rowCount() == 0
    assert page.search_button.isEnabled()
    assert "1" in page.status.text()
    assert contacts.count(ContactQuery(text="Приходько")) == 0
