"""The Help menu: F1 opens the guide's page for the screen (in the interface language),
the shortcut list is read from the window's own keys, About shows the folders and the
licences and runs the self-test."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QSettings, Qt, QUrl
from PySide6.QtGui import QKeyEvent, QTextDocument
from PySide6.QtWidgets import QApplication

from app import paths, selftest
from app.services.contacts.service import ContactService, UserService
from app.ui import i18n
from app.ui.help import PAGES, AboutDialog, HelpWindow, guide_file
from app.ui.main_window import MainWindow


@pytest.fixture
def russian(qapp):
    translators = i18n.install(qapp, "ru")
    yield
    i18n.remove(qapp, translators)


@pytest.fixture
def window(qtbot, store, staff, tmp_path, russian):
    admin = staff("administrator")  # the role with the most pages
    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    w = MainWindow(ContactService(store, admin.id), UserService(store), admin, settings, "ru")
    w.quitting_confirmed = True
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    qtbot.waitUntil(w.isActiveWindow, timeout=2000)
    return w


def press_f1(qtbot, widget) -> None:
    qtbot.keyClick(widget, Qt.Key.Key_F1)


def test_f1_opens_the_guide_at_the_page_of_the_screen_in_russian(qtbot, window):
    window.show_page("journal")
    press_f1(qtbot, window.nav)
    help_window = window.help_menu.window
    assert isinstance(help_window, HelpWindow)
    assert help_window.isVisible()
    assert help_window.current_page() == "ru/journal.html"
    assert help_window.browser.documentTitle() == "Журнал обращений"
    assert "Журнал обращений" in help_window.windowTitle()
    # Its screenshot is there, the Russian one.
    shot = help_window.browser.loadResource(QTextDocument.ResourceType.ImageResource.value,
                                            QUrl("images/07-journal.png"))
    assert shot is not None
    assert len(bytes(shot)) > 10_000

    window.show_page("settings")
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    press_f1(qtbot, window.nav)
    assert help_window.current_page() == "ru/backups.html"
    assert help_window.browser.documentTitle() == "Резервные копии и восстановление"

    # Its links work, clicked as a user clicks them: to another page, to a place in it.
    help_window.act_contents.trigger()
    assert help_window.current_page() == "ru/index.html"
    click_link(qtbot, help_window, "Журнал аудита и удаление данных")
    assert help_window.current_page() == "ru/accounts.html"
    assert help_window.browser.source().fragment() == "audit"
    help_window.browser.backward()
    assert help_window.current_page() == "ru/index.html"
    assert help_window.act_back.text() == "&Назад"


def click_link(qtbot, help_window: HelpWindow, text: str) -> None:
    browser = help_window.browser
    found = browser.document().find(text)
    assert not found.isNull(), text
    found.setPosition(found.selectionStart() + 2)
    point = browser.cursorRect(found).center()
    qtbot.mouseClick(browser.viewport(), Qt.MouseButton.LeftButton, pos=point)


def test_f1_in_a_dialog_opens_the_dialogs_page(qtbot, window):
    window.open_crisis()
    wizard = window.crisis_wizard
    assert wizard is not None
    qtbot.waitExposed(wizard)
    target = wizard.focusWidget() or wizard
    QApplication.sendEvent(target, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_F1,
                                             Qt.KeyboardModifier.NoModifier))
    opened = wizard.findChildren(HelpWindow)
    assert len(opened) == 1
    assert opened[0].isVisible()
    assert opened[0].current_page() == "ru/crisis.html"
    assert opened[0].browser.documentTitle() == "Кризисная анкета"
    opened[0].close()
    wizard.reject()


def test_f1_on_the_knowledge_base_and_the_shift_opens_their_own_pages(qtbot, window):
    window.show_page("knowledge")
    press_f1(qtbot, window.nav)
    help_window = window.help_menu.window
    assert isinstance(help_window, HelpWindow)
    assert help_window.current_page() == "ru/knowledge.html"
    assert help_window.browser.documentTitle() == "База знаний: проверенные ответы"
    text = help_window.browser.toPlainText()
    assert "F10" in text  # the keys used during a call
    assert "Ctrl+Shift+C" in text
    shot = help_window.browser.loadResource(QTextDocument.ResourceType.ImageResource.value,
                                            QUrl("images/knowledge-panel.png"))
    assert shot is not None
    assert len(bytes(shot)) > 10_000

    window.show_page("shift")
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    press_f1(qtbot, window.nav)
    assert help_window.current_page() == "ru/shift.html"
    text = help_window.browser.toPlainText()
    for words in ("Ctrl+R", "Мои задачи", "Перезвонить сейчас", "Передать…",
                  "Заметка для следующей смены", "Попросить о разборе…"):
        assert words in text, words


def test_f1_in_the_callback_dialog_opens_the_shifts_page_at_the_callback(qtbot, window):
    window.new_phone()
    form = window.intake
    form.choose_kind("consultation")
    qtbot.keyClick(form.notes, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    dialog = window.shift.dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    QApplication.sendEvent(dialog.focusWidget() or dialog,
                           QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_F1,
                                     Qt.KeyboardModifier.NoModifier))
    opened = dialog.findChildren(HelpWindow)
    assert len(opened) == 1
    assert opened[0].current_page() == "ru/shift.html"
    assert opened[0].browser.source().fragment() == "callback"
    opened[0].close()
    dialog.reject()
    form.discard(ask=False)


def test_every_page_of_the_window_has_an_icon_and_a_guide_page(window):
    assert not window.windowIcon().isNull()
    for i in range(window.nav.count()):
        item = window.nav.item(i)
        key = item.data(Qt.ItemDataRole.UserRole)
        assert not item.icon().isNull(), key
        assert key in PAGES, key
        for lang in ("ru", "be", "en"):
            assert guide_file(lang, PAGES[key]).parent.name == lang, (key, lang)


def test_the_shortcut_list_is_read_from_the_windows_keys_in_russian(qtbot, window):
    dialog = window.help_menu.show_shortcuts()
    qtbot.addWidget(dialog)
    rows = dialog.rows()
    assert ("Обращение", "Ctrl+S", "Сохранить обращение") in rows
    assert ("Обращение", "F4", "Завершить звонок (таймер остановится)") in rows
    everywhere = {keys: text for group, keys, text in rows if group == "Везде в окне"}
    assert everywhere["F2"] == "Новый звонок"
    assert everywhere["F1"] == "Справка по этому экрану"
    assert everywhere["Ctrl+L"] == "Блокировать"
    assert ("Справочник", "Ctrl+N", "Новая запись справочника") in rows
    # Every key the window has says what it does.
    assert dialog.undescribed == [], dialog.undescribed
    assert all(text and text != "—" for _group, _keys, text in rows)


def test_a_new_shortcut_shows_in_the_list_with_its_own_text(qtbot, window):
    from PySide6.QtGui import QKeySequence, QShortcut

    sc = QShortcut(QKeySequence("Ctrl+Shift+Y"), window.journal)
    sc.setWhatsThis("Что-то новое")
    dialog = window.help_menu.show_shortcuts()
    qtbot.addWidget(dialog)
    assert ("Журнал", "Ctrl+Shift+Y", "Что-то новое") in dialog.rows()


def test_about_shows_the_folders_the_licences_and_runs_the_self_test(qtbot, window):
    about = window.help_menu.show_about()
    qtbot.addWidget(about)
    assert isinstance(about, AboutDialog)
    assert about.folder_labels["data"].text() == str(paths.data_dir())
    assert about.folder_labels["logs"].text() == str(paths.log_dir())
    db = Path(window.service.store.path)
    assert about.folder_labels["database"].text() == str(db)
    assert about.folder_labels["backups"].text() == str(db.parent / "backups")
    names = [about.licence_list.item(i).text() for i in range(about.licence_list.count())]
    assert {"LGPL-3.0.txt", "Qt.txt", "SQLCipher.txt", "LICENSE-DejaVu.txt"} <= set(names)
    about.licence_list.setCurrentRow(names.index("LGPL-3.0.txt"))
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in about.licence_text.toPlainText()
    assert names[0] == "Infoline-Desk.txt"  # the app's own first (no index in a checkout)
    assert about.tabs.tabText(0) == "Папки"

    qtbot.mouseClick(about.check_button, Qt.MouseButton.LeftButton)
    assert not about.check_button.isEnabled()
    qtbot.waitUntil(lambda: about.results is not None, timeout=120_000)
    every = len(selftest.CHECKS)  # sqlcipher, crypto, migrations, ..., the Qt plugin
    assert every >= 8
    assert about.check_status.text() == f"Все проверки пройдены ({every} из {every})."
    items = [about.check_results.item(i).text() for i in range(about.check_results.count())]
    assert len(items) == every
    assert "✔ Документы Word (DOCX)" in items
    assert all(t.startswith("✔ ") for t in items)
    assert "✔ Шифрование базы данных (SQLCipher)" in items
    assert about.check_button.isEnabled()


def test_a_failed_check_is_shown_with_its_reason(qtbot, window, monkeypatch):
    from app import selftest

    monkeypatch.setattr(selftest, "run_checks", lambda: [
        ("sqlcipher", None), ("xlsx", "the workbook did not read back")])
    about = window.help_menu.show_about()
    qtbot.addWidget(about)
    about.run_selftest()
    qtbot.waitUntil(lambda: about.results is not None, timeout=10_000)
    items = [about.check_results.item(i).text() for i in range(about.check_results.count())]
    assert items[1] == "✘ Электронные таблицы (XLSX): the workbook did not read back"
    assert about.check_status.text().startswith("Не пройдено: 1 из 2")


def test_the_guide_prints_to_pdf_with_its_screenshots(qtbot, window, tmp_path):
    window.show_page("intake")
    window.help_menu.context_help()
    help_window = window.help_menu.window
    assert help_window is not None
    assert help_window.current_page() == "ru/call.html"
    out = tmp_path / "call.pdf"
    help_window.save_pdf(out)
    data = out.read_bytes()
    assert data.startswith(b"%PDF")
    assert data.count(b"/Subtype /Image") >= 3  # the page's three screenshots


def test_the_login_window_has_about_and_f1(qtbot, tmp_path, russian):
    from app.ui.login import LoginDialog

    path = tmp_path / "infoline.sqlite3"  # About needs no database to show where it is
    dialog = LoginDialog(path)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)
    assert dialog.about_button.text() == "&О программе…"
    about = dialog.about()
    assert about.folder_labels["database"].text() == str(path)
    assert about.folder_labels["backups"].text() == str(tmp_path / "backups")
    about.close()

    qtbot.keyClick(dialog.username, Qt.Key.Key_F1)
    opened = dialog.findChildren(HelpWindow)
    assert len(opened) == 1
    assert opened[0].current_page() == "ru/lost-key.html"
    assert opened[0].browser.documentTitle() == "Если потерян файл ключей или пароль"


def test_a_shortcut_without_a_description_takes_its_buttons_words(qtbot, window):
    from PySide6.QtGui import QKeySequence, QShortcut
    from PySide6.QtWidgets import QPushButton

    button = QPushButton("Отложить (Ctrl+Shift+U)", window.journal)
    QShortcut(QKeySequence("Ctrl+Shift+U"), window.journal).activated.connect(button.click)
    QShortcut(QKeySequence("Ctrl+Shift+Q"), window.journal)  # says nothing anywhere
    dialog = window.help_menu.show_shortcuts()
    qtbot.addWidget(dialog)
    assert ("Журнал", "Ctrl+Shift+U", "Отложить") in dialog.rows()
    assert dialog.undescribed == ["ContactListPage Ctrl+Shift+Q"]
    assert ("Журнал", "Ctrl+Shift+Q", "—") in dialog.rows()
