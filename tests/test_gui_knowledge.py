"""The knowledge base in the real window, in Russian: during a call a consultant gives an
article by keyboard (F9, typing Cyrillic, F10) and the saved contact records which
article and which revision; a consultant sees approved articles only; a supervisor
writes, approves and reviews one on the page."""

from __future__ import annotations

import pytest
from keys import type_text
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QWidget

from app.services.contacts.service import ContactQuery, ContactService, UserService
from app.services.knowledge.service import ArticleInput, KnowledgeService
from app.ui import i18n
from app.ui.knowledge.page import KnowledgePage
from app.ui.main_window import MainWindow

VISA = ArticleInput(title_ru="Виза в Польшу", body_ru="Приглашение работодателя и страховка.",
                    title_be="Віза ў Польшчу", body_be="Запрашэнне і страхоўка.",
                    topics=["passport_visa"], destinations=["PL"])
AGENCY = ArticleInput(kind="checklist", title_ru="Как проверить агентство",
                      body_ru="Спросите УНП и лицензию.", topics=["employment_abroad"])


@pytest.fixture
def russian(qapp):
    translators = i18n.install(qapp, "ru")
    yield
    i18n.remove(qapp, translators)
    i18n.install(qapp, "en")


@pytest.fixture
def kb(store, supervisor) -> KnowledgeService:
    return KnowledgeService(store, supervisor.id)


@pytest.fixture
def window(qtbot, store, consultant, tmp_path, russian):
    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    w = MainWindow(ContactService(store, consultant.id), UserService(store), consultant,
                   settings, "ru")
    w.quitting_confirmed = True
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


def focus() -> QWidget:
    w = QApplication.focusWidget()
    assert w is not None
    return w


def key(qtbot, k, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(focus(), k, modifier)


def test_a_consultant_gives_an_article_by_keyboard_and_the_contact_records_it(
        qtbot, window, kb, store, consultant) -> None:
    visa = kb.create(VISA, approve=True)
    kb.create(AGENCY, approve=True)
    kb.create(ArticleInput(title_ru="Черновик о визе", body_ru="Не одобрен.",
                           topics=["passport_visa"]))  # a draft: never offered
    form = window.intake
    panel = form.knowledge_panel
    key(qtbot, Qt.Key.Key_F2)
    key(qtbot, Qt.Key.Key_1)
    form.topics.setFocus()
    key(qtbot, Qt.Key.Key_Down)
    key(qtbot, Qt.Key.Key_Space)  # passport and visa questions
    assert form.topics.codes() == ["passport_visa"]
    assert [r.id for r in panel.rows] == [visa.id]  # offered for the topic, drafts not

    key(qtbot, Qt.Key.Key_F9)
    assert focus() is panel.search
    type_text(panel.search, "агентств")  # the whole knowledge base, as you type
    qtbot.waitUntil(lambda: [r.title_ru for r in panel.rows] == ["Как проверить агентство"])
    panel.search.clear()
    type_text(panel.search, "ВИЗ")
    qtbot.waitUntil(lambda: [r.id for r in panel.rows] == [visa.id])
    key(qtbot, Qt.Key.Key_Down)
    assert focus() is panel.list
    assert "Приглашение работодателя" in panel.text.toPlainText()
    key(qtbot, Qt.Key.Key_F10)
    assert panel.list.item(0).text().startswith("✓ ")
    key(qtbot, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier
        | Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.clipboard().text() == "Виза в Польшу\n\nПриглашение работодателя и " \
                                              "страховка."
    key(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not form.active
    saved = window.service.page(ContactQuery())
    assert len(saved) == 1
    given = KnowledgeService(store, consultant.id).given_for_contact(saved[0].id)
    assert [(g.article_id, g.revision) for g in given] == [(visa.id, 1)]
    assert kb.usage()[0].count == 1


def test_a_consultant_reads_approved_articles_only_on_the_page(qtbot, window, kb) -> None:
    kb.create(VISA, approve=True)
    kb.create(ArticleInput(title_ru="Черновик", body_ru="Текст."))
    window.show_page("knowledge")
    page = window.findChild(KnowledgePage)
    assert page is not None
    assert page.isVisible()
    page.apply()
    assert [r.title_ru for r in page.rows] == ["Виза в Польшу"]
    assert not page.new_button.isVisible()
    assert not page.approve_button.isVisible()
    assert page.title_ru.isReadOnly()


def test_a_supervisor_writes_approves_and_reviews_an_article(qtbot, store, supervisor,
                                                             russian) -> None:
    kb = KnowledgeService(store, supervisor.id)
    page = KnowledgePage(kb, "ru")
    qtbot.addWidget(page)
    page.show()
    page.new_article()
    assert page.save(approve=True) is None  # nothing written: refused, field named
    assert page.errors.isVisible()
    assert "Заголовок (русский)" in page.errors.text()
    type_text(page.title_ru, "Брак с иностранцем")
    type_text(page.body_ru, "Что проверить до переезда.")
    page.topics.set_codes(["marriage_abroad"])
    article = page.save(approve=True)
    assert article is not None
    assert article.approved
    assert article.revision == 1
    type_text(page.body_ru, " И ещё.")
    draft = page.save(approve=False)
    assert draft is not None
    assert (draft.revision, draft.status) == (2, "draft")
    assert [r.revision for r in kb.history(article.id)] == [2, 1]


def test_an_article_given_survives_in_the_draft_and_shows_on_the_saved_contact(
        qtbot, window, kb, store, consultant) -> None:
    visa = kb.create(VISA, approve=True)
    form = window.intake
    panel = form.knowledge_panel
    key(qtbot, Qt.Key.Key_F2)
    key(qtbot, Qt.Key.Key_1)
    form.topics.set_codes(["passport_visa"])
    form.topics.changed.emit()
    key(qtbot, Qt.Key.Key_F9)
    key(qtbot, Qt.Key.Key_Down)
    key(qtbot, Qt.Key.Key_F10)
    form.save_draft()
    draft = window.service.drafts("contact")[0]
    assert draft.payload["input"]["knowledge_given"] == [[visa.id, 1]]
    # The form closed without saving (a crash, a user switch): the draft brings it back.
    form.discard(ask=False)
    assert panel.given_list() == []
    form.load_draft(draft)
    assert panel.given_list() == [[visa.id, 1]]
    record = form.save()
    assert record is not None
    form.load_record(record)
    assert panel.given_list() == [[visa.id, 1]]
    assert panel.list.item(0).text().startswith("✓ ")


def test_a_supervisor_sees_how_often_each_article_was_given(qtbot, store, supervisor,
                                                            consultant, russian) -> None:
    from datetime import UTC, datetime, timedelta

    from app.services.contacts.service import ContactInput
    from app.ui.knowledge.page import UsageDialog

    kb = KnowledgeService(store, supervisor.id)
    visa = kb.create(VISA, approve=True)
    kb.create(AGENCY, approve=True)
    contacts = ContactService(store, consultant.id)
    for minutes in (30, 20):
        contacts.save(ContactInput(started_at=datetime.now(UTC) - timedelta(minutes=minutes),
                                   topics=["passport_visa"], knowledge_given=[[visa.id, 1]]))
    dialog = UsageDialog(kb, "ru")
    qtbot.addWidget(dialog)
    table = dialog.table
    rows = [[table.item(r, c).text() for c in range(4)] for r in range(table.rowCount())]
    assert rows[0][:2] == ["Виза в Польшу", "2"]
    assert rows[1][:2] == ["Как проверить агентство", "0"]
    assert rows[1][3] == "актуальна"


def test_one_reference_panel_open_at_a_time_on_a_768_pixel_screen(qtbot, window, kb) -> None:
    """F9 folds the contacts abroad and F7 the vetted answers: both open, a 1366×768
    screen left two lines of each beside the caller's card."""
    for n in range(8):
        kb.create(ArticleInput(title_ru=f"Виза в Польшу, вопрос {n + 1}", body_ru="Ответ.",
                               topics=["passport_visa"]), approve=True)
    window.resize(1366, 740)  # the screen less the task bar
    form = window.intake
    panel, contacts = form.knowledge_panel, form.directory_panel
    key(qtbot, Qt.Key.Key_F2)
    key(qtbot, Qt.Key.Key_1)
    form.topics.setFocus()
    key(qtbot, Qt.Key.Key_Down)
    key(qtbot, Qt.Key.Key_Space)
    assert contacts.toggle.isChecked()
    assert not panel.title.isChecked()

    key(qtbot, Qt.Key.Key_F9)
    assert panel.title.isChecked()
    assert not contacts.toggle.isChecked()
    qtbot.waitUntil(lambda: panel.list.count() == 8)
    row = panel.list.sizeHintForRow(0)
    assert panel.list.viewport().height() >= 4 * row  # four answers or more in view

    key(qtbot, Qt.Key.Key_F7)
    assert contacts.toggle.isChecked()
    assert not panel.title.isChecked()
