"""The Russian and Belarusian translations: complete, current, and shown in the windows."""

from __future__ import annotations

import importlib.util
import re
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from app.services.contacts.service import ContactService, UserService
from app.ui import i18n

ROOT = Path(__file__).resolve().parents[1]


def _load_script():
    name = "infoline_translations_script"
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / "translations.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


translations = _load_script()
TS_FILES = sorted(translations.TS_DIR.glob("*.ts"))
PLACEHOLDER = re.compile(r"%(?:n|\d+)")


def all_messages() -> Iterator:
    for path in TS_FILES:
        yield from translations.messages(path)


@pytest.fixture
def installed(qapp):
    """Install the translators of a language for one test, then put everything back."""
    state: dict = {"translators": [], "locale": QLocale()}

    def install(lang: str) -> None:
        state["translators"] += i18n.install(qapp, lang)

    yield install
    i18n.remove(qapp, state["translators"])
    QLocale.setDefault(state["locale"])


def test_catalogues_exist():
    names = {p.name for p in TS_FILES}
    assert {"infoline_ru.ts", "infoline_be.ts", "infoline_be_qt.ts"} <= names
    for lang in translations.LANGUAGES:
        assert translations.qm_path(lang).is_file()


def test_check_finds_nothing_wrong():
    """The .ts files hold every source string, all translated; the .qm files are current."""
    problems = translations.check()
    assert problems == [], "\n".join(problems)


def test_update_twice_loses_no_translation(monkeypatch):
    """`update` files a message said by the statistics page and by one of its parts in
    both contexts and back, so running it again keeps every translation finished."""
    import shutil
    import tempfile

    # A copy as deep in the tree as the real one: its locations ("../../app/…") hold.
    copy = Path(tempfile.mkdtemp(prefix=".test-", dir=translations.TS_DIR.parent))
    try:
        shutil.copy(translations.TS_DIR / "infoline_ru.ts", copy / "infoline_ru.ts")
        monkeypatch.setattr(translations, "TS_DIR", copy)

        def finished() -> dict:
            return {(m.context, m.source): m.translations
                    for m in translations.messages(copy / "infoline_ru.ts")
                    if not m.unfinished}

        before = finished()
        for _ in range(2):
            translations.update(["ru"])
            assert finished() == before
    finally:
        shutil.rmtree(copy)


def test_placeholders_are_kept():
    for m in all_messages():
        wanted = set(PLACEHOLDER.findall(m.source))
        for text in m.translations:
            assert wanted <= set(PLACEHOLDER.findall(text)), (m.file, m.context, m.source, text)


def test_plural_messages_have_every_form():
    for m in all_messages():
        if m.numerus:
            assert len(m.translations) == 3, (m.file, m.source)
            assert all("%n" in form for form in m.translations), (m.file, m.source)


def test_one_ampersand_where_the_source_has_one():
    for m in all_messages():
        for text in m.translations:
            assert text.count("&") == m.source.count("&"), (m.file, m.context, m.source, text)


def test_labels_of_a_form_use_distinct_mnemonics():
    seen: dict[tuple[str, str, str], str] = {}
    for m in all_messages():
        if not (m.source.rstrip().endswith(":") and "&" in m.source):
            continue
        letter = translations.mnemonic(m.translations[0])
        assert letter, (m.file, m.context, m.translations[0])
        key = (m.file, m.context, letter)
        clash = seen.get(key)
        assert clash is None, f"{m.file} [{m.context}]: {clash!r} and {m.translations[0]!r}"
        seen[key] = m.translations[0]


def test_translations_add_no_mnemonic_clash():
    """Texts of one context whose sources use different letters keep different letters."""
    problems = translations.text_problems(list(all_messages()))
    assert problems == [], "\n".join(problems)


def test_russian_main_window(qtbot, installed, store, consultant, tmp_path):
    english = english_nav(qtbot, store, consultant, tmp_path)
    installed("ru")
    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    window = window_for(store, consultant, settings, "ru")
    qtbot.addWidget(window)
    assert "Infoline Desk" not in window.windowTitle()
    assert window.windowTitle() == QApplication.translate("MainWindow", "Infoline Desk")
    nav = assert_nav_translated(window, english)
    assert nav["intake"] == "Обращение"
    assert nav["journal"] == "Журнал"
    assert nav["settings"] == "Настройки"
    assert window.intake.save_button.text() == "&Сохранить (Ctrl+S)"
    assert window.menu_contact.title() == "&Обращения"
    assert window.user_label.text().startswith("Пользователь: ")
    window.intake._show_caller(21, (), None)
    assert window.intake.caller_info.text() == "Обращались ранее: 21 раз."
    window.intake._show_caller(3, (), None)
    assert window.intake.caller_info.text() == "Обращались ранее: 3 раза."
    window.quitting_confirmed = True


def test_texts_outside_classes_are_translated(installed):
    """tr() in app.py and task.tr() reach their catalogue under the run-time context."""
    from app.ui import app as app_module
    from app.ui.tasks import Task

    installed("ru")
    assert app_module.tr("Unexpected error") == "Непредвиденная ошибка"
    assert Task().tr("Cancel") == "Отмена"


def test_belarusian_standard_buttons(qtbot, installed, store, consultant, tmp_path):
    english = english_nav(qtbot, store, consultant, tmp_path)
    installed("be")
    box = QMessageBox(QMessageBox.Icon.Question, "", "",
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
                      | QMessageBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert {b.text() for b in box.buttons()} == {"&Так", "&Не", "Скасаваць"}
    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    window = window_for(store, consultant, settings, "be")
    qtbot.addWidget(window)
    assert window.intake.save_button.text() == "&Захаваць (Ctrl+S)"
    nav = assert_nav_translated(window, english)
    assert nav["intake"] == "Зварот"
    assert nav["journal"] == "Журнал"
    assert nav["settings"] == "Налады"
    window.quitting_confirmed = True


def window_for(store, consultant, settings, lang):
    from app.ui.main_window import MainWindow

    return MainWindow(ContactService(store, consultant.id), UserService(store), consultant,
                      settings, lang)


def nav_items(window) -> dict[str, str]:
    """The navigation's texts by page key, in the order of the list."""
    items = [window.nav.item(i) for i in range(window.nav.count())]
    return {str(item.data(Qt.ItemDataRole.UserRole)): item.text() for item in items}


def english_nav(qtbot, store, consultant, tmp_path) -> dict[str, str]:
    """The navigation texts as the code writes them, before any translator is installed."""
    settings = QSettings(str(tmp_path / "en.ini"), QSettings.Format.IniFormat)
    window = window_for(store, consultant, settings, "en")
    qtbot.addWidget(window)
    window.quitting_confirmed = True
    return nav_items(window)


def assert_nav_translated(window, english: dict[str, str]) -> dict[str, str]:
    """One item per page of the window, each translated: not empty, not the English text.

    Derived from ``MainWindow.page_keys``, so a page added later is checked too.
    """
    keys = list(window.page_keys)
    assert keys, "the main window has no pages"
    nav = nav_items(window)
    assert list(nav) == keys
    assert list(english) == keys
    for key in keys:
        assert english[key].strip(), f"no English text for the page {key!r}"
        assert nav[key].strip(), f"the page {key!r} has an empty navigation text"
        assert nav[key] != english[key], f"the page {key!r} is not translated: {nav[key]!r}"
        assert re.search(r"[а-яёіў]", nav[key], re.IGNORECASE), (key, nav[key])
    return nav
