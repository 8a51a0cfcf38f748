"""The habits of a desktop application: Qt's own dialogs in the user's language, file
dialogs that start in the right folder, each user's window layout remembered, a copy
of the backup saved to a USB stick, sizes in the user's units."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from disks import small_disk as mounted_disk
from PySide6.QtCore import QSettings, QStandardPaths, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QPushButton, QSplitter

from app.db import backup as backups
from app.services.contacts.service import ContactService, UserService
from app.ui import i18n
from app.ui.main_window import MainWindow
from app.ui.settings.backups import BackupsBox
from app.ui.widgets import msgbox
from app.ui.widgets.units import data_size


@pytest.fixture
def language(qapp: QApplication) -> Iterator:
    installed: list = []

    def use(lang: str) -> None:
        i18n.remove(qapp, installed)
        installed[:] = i18n.install(qapp, lang)

    yield use
    i18n.remove(qapp, installed)
    i18n.install(qapp, "en")


def qt_file_dialog(qtbot) -> QFileDialog:
    dialog = QFileDialog(None, "x")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setNameFilter("CSV (*.csv)")
    qtbot.addWidget(dialog)
    return dialog


def labels(dialog: QFileDialog) -> dict[str, str]:
    found = {w.objectName(): w.text() for w in dialog.findChildren(QLabel) if w.objectName()}
    found.update({f"tip:{b.objectName()}": b.toolTip()
                  for b in dialog.findChildren(QPushButton) if b.objectName()})
    return found


@pytest.mark.parametrize(("lang", "look_in", "file_type", "file_name", "parent"), [
    ("ru", "&Папка:", "&Тип файлов:", "&Имя файла:", "Родительский каталог"),
    ("be", "&Папка:", "&Тып файлаў:", "&Імя файла:", "Бацькоўская папка"),
])
def test_the_non_native_file_dialog_speaks_russian_and_belarusian(qtbot, language, lang,
                                                                  look_in, file_type,
                                                                  file_name, parent):
    language(lang)
    dialog = qt_file_dialog(qtbot)
    shown = labels(dialog)
    assert shown["lookInLabel"] == look_in
    assert shown["fileTypeLabel"] == file_type
    assert shown["fileNameLabel"] == file_name
    from PySide6.QtWidgets import QToolButton

    tips = {b.objectName(): b.toolTip() for b in dialog.findChildren(QToolButton)}
    assert tips["toParentButton"] == parent
    english = {"Look in:", "Files of type:", "File name:", "Back", "Forward", "Open",
               "Cancel", "Parent Directory", "Detail View", "List View"}
    texts = [w.text().replace("&", "") for w in dialog.findChildren(QLabel)]
    texts += [b.text().replace("&", "") for b in dialog.findChildren(QPushButton)]
    texts += list(tips.values())
    assert not english & set(texts), texts


def test_file_dialogs_start_in_documents_then_where_that_kind_of_file_went(
        qtbot, tmp_path, monkeypatch):
    documents = Path(QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation))
    documents.mkdir(parents=True, exist_ok=True)
    started = tmp_path / "started-here"
    started.mkdir()
    monkeypatch.chdir(started)  # the folder the app was started from
    usb = tmp_path / "usb"
    usb.mkdir()
    asked: list[str] = []
    answer: dict[str, str] = {"path": ""}

    def save(_parent, _title, start, _filters):  # type: ignore[no-untyped-def]
        asked.append(start)
        return answer["path"], ""

    def open_(_parent, _title, start, _filters):  # type: ignore[no-untyped-def]
        asked.append(start)
        return answer["path"], ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(open_))
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    msgbox.remember_folders(settings, "account-1")
    try:
        # First time: Documents, with the suggested name; never the start folder.
        assert msgbox.save_file(None, "Export", "*.xlsx", "directory.xlsx") is None
        assert Path(asked[-1]) == documents / "directory.xlsx"
        answer["path"] = str(usb / "report.xlsx")
        msgbox.save_file(None, "Export", "*.xlsx", "/home/else/where/report.xlsx")
        assert Path(asked[-1]) == documents / "report.xlsx"
        # The next export starts on the stick; an import or a PDF still in Documents.
        msgbox.save_file(None, "Export", "*.xlsx", "directory.xlsx")
        assert Path(asked[-1]) == usb / "directory.xlsx"
        answer["path"] = ""
        msgbox.open_file(None, "Import", "*.csv")
        assert Path(asked[-1]) == documents
        msgbox.save_file(None, "PDF", "*.pdf", "A-2026-0016.pdf", kind="pdf")
        assert Path(asked[-1]) == documents / "A-2026-0016.pdf"
        # Another user has folders of their own.
        msgbox.remember_folders(settings, "account-2")
        msgbox.save_file(None, "Export", "*.xlsx", "directory.xlsx")
        assert Path(asked[-1]) == documents / "directory.xlsx"
        # The stick taken out: Documents again.
        msgbox.remember_folders(settings, "account-1")
        (usb / "report.xlsx").unlink(missing_ok=True)
        usb.rmdir()
        msgbox.save_file(None, "Export", "*.xlsx", "directory.xlsx")
        assert Path(asked[-1]) == documents / "directory.xlsx"
        assert not any(str(started) in a for a in asked)
        settings.sync()
        stored = (tmp_path / "settings.ini").read_text(encoding="utf-8")
        assert "report.xlsx" not in stored  # folders only, never file names
    finally:
        msgbox.remember_folders(None)


def _window(store, user, settings) -> MainWindow:  # type: ignore[no-untyped-def]
    return MainWindow(ContactService(store, user.id), UserService(store), user, settings,
                      "en")


def test_each_user_finds_the_window_columns_and_sort_order_as_they_left_them(
        qtbot, store, supervisor, staff, tmp_path):
    other = staff("supervisor", "Мария Белова")
    path = tmp_path / "settings.ini"
    settings = QSettings(str(path), QSettings.Format.IniFormat)
    window = _window(store, supervisor, settings)
    qtbot.addWidget(window)
    window.show()
    window.show_page("journal")
    window.journal.view.horizontalHeader().resizeSection(3, 333)
    window.show_page("statistics")
    page = window.statistics_page
    assert page is not None
    computed(qtbot, page)
    page.view.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    split = page.findChildren(QSplitter)[0]
    split.setSizes([100, 500])
    sizes = split.sizes()
    window.showNormal()
    window.resize(window.minimumSizeHint().width() + 37, 523)
    left = window.size()
    window.quitting_confirmed = True
    window.close()
    settings.sync()
    stored = path.read_text(encoding="utf-8")
    assert supervisor.id in stored
    assert "Елена" not in stored
    assert "Миронова" not in stored

    again = _window(store, supervisor, QSettings(str(path), QSettings.Format.IniFormat))
    qtbot.addWidget(again)
    assert again.journal.view.horizontalHeader().sectionSize(3) == 333
    # The sort order is back at once (a new section's table then starts in the
    # report's order, by design of the statistics page).
    header = again.statistics_page.view.horizontalHeader()
    assert header.sortIndicatorSection() == 1
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    assert again.statistics_page.proxy.sortColumn() == 1
    assert again.statistics_page.findChildren(QSplitter)[0].sizes()[0] == sizes[0]
    assert again.size().height() == left.height()  # (the width fits the test screen)
    again.quitting_confirmed = True

    theirs = _window(store, other, QSettings(str(path), QSettings.Format.IniFormat))
    qtbot.addWidget(theirs)
    assert theirs.journal.view.horizontalHeader().sectionSize(3) != 333
    assert theirs.statistics_page.view.horizontalHeader().sortIndicatorSection() != 1
    theirs.quitting_confirmed = True


def computed(qtbot, page) -> None:  # type: ignore[no-untyped-def]
    page.recompute()
    qtbot.waitUntil(lambda: not page.busy, timeout=30000)


@pytest.fixture
def box(qtbot, store, db_key) -> BackupsBox:
    from app.db.keyring import Keyring

    Keyring.create(store.path)  # a key file beside the database, as the app has
    backups.make_backup(store, "manual")
    widget = BackupsBox(store, db_key, may_make=True, may_restore=True, may_configure=True)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_a_copy_of_the_backup_goes_to_a_usb_stick_with_its_key_file(qtbot, box, store,
                                                                     db_key, tmp_path):
    stick = tmp_path / "stick"
    stick.mkdir()
    assert box.copy_button.isVisible()
    assert box.copy_button.isEnabled()
    source = Path(box.list.currentItem().data(Qt.ItemDataRole.UserRole))
    box.copy_into(stick)
    qtbot.waitUntil(lambda: box.task is None, timeout=20000)
    copy = stick / source.name
    assert copy.read_bytes() == source.read_bytes()
    assert backups.keys_path_for(copy).read_bytes() == backups.keys_path_for(source).read_bytes()
    assert sorted(p.name for p in stick.iterdir()) == sorted(
        [copy.name, backups.keys_path_for(copy).name])  # no .part left
    assert str(copy) in box.status.text()
    # The copy is a sound backup that opens with the database's key.
    assert backups.verify_backup(copy, store.key or db_key)


def test_a_removed_stick_is_said_plainly_and_nothing_is_written(qtbot, box, tmp_path):
    gone = tmp_path / "stick-taken-out"
    box.copy_into(gone)
    qtbot.waitUntil(lambda: box.task is None, timeout=20000)
    assert "no longer there" in box.status.text()
    assert str(gone) in box.status.text()
    assert not gone.exists()


@pytest.fixture
def small_disk(tmp_path: Path):
    """A 4 MB file system of its own (tmpfs), as a small USB stick."""
    with mounted_disk(tmp_path, 4) as point:
        yield point


def test_a_full_stick_is_said_with_the_sizes_and_nothing_is_left_on_it(qtbot, box,
                                                                       small_disk):
    free = os.statvfs(small_disk).f_bavail * os.statvfs(small_disk).f_frsize
    with (small_disk / "filler").open("wb") as f:
        f.write(b"\0" * max(free - 8192, 0))
    box.copy_into(small_disk)
    qtbot.waitUntil(lambda: box.task is None, timeout=20000)
    text = box.status.text()
    assert "not enough space" in text
    assert str(small_disk) in text
    assert " KB" in text or " MB" in text
    assert sorted(p.name for p in small_disk.iterdir()) == ["filler"]


def test_a_disk_that_fills_during_the_copy_leaves_no_part_file(small_disk, store, tmp_path,
                                                               monkeypatch):
    """The free space read before the copy can be taken by something else meanwhile:
    the copy then stops with the same clear error and removes what it wrote."""
    source = backups.make_backup(store, "manual")
    free = os.statvfs(small_disk).f_bavail * os.statvfs(small_disk).f_frsize
    with (small_disk / "filler").open("wb") as f:
        f.write(b"\0" * max(free - 8192, 0))
    monkeypatch.setattr(backups.shutil, "disk_usage",
                        lambda _p: type("U", (), {"free": 10 ** 12})())
    with pytest.raises(backups.CopyError) as caught:
        backups.copy_backup(source, small_disk)
    assert caught.value.reason == "full"
    assert sorted(p.name for p in small_disk.iterdir()) == ["filler"]


def test_sizes_are_written_in_the_interface_language(language):
    language("ru")
    assert data_size(5_300_000) == "5,1 МБ"
    assert data_size(2048) == "2,0 КБ"
    language("be")
    assert data_size(5_300_000) == "5,1 МБ"
    assert data_size(100) == "100 Б"
    language("en")
    assert data_size(5_300_000) == "5.1 MB"


def test_the_backup_list_gives_sizes_in_russian(qtbot, language, store, db_key):
    language("ru")
    backups.make_backup(store, "manual")
    widget = BackupsBox(store, db_key, may_make=True, may_restore=True, may_configure=True)
    qtbot.addWidget(widget)
    text = widget.list.item(0).text()
    assert "вручную" in text or "—" in text
    assert text.endswith(("Б", "КБ", "МБ"))
    assert "MB" not in text
    assert widget.copy_button.text().replace("&", "") == "Сохранить резервную копию в…"


def test_each_user_finds_a_dialog_at_the_size_they_left_it(qtbot, store, supervisor, staff,
                                                          tmp_path):
    from app.ui.quality.round_dialog import RoundDialog

    other = staff("supervisor", "Мария Белова")
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = _window(store, supervisor, settings)
    qtbot.addWidget(window)

    def dialog() -> RoundDialog:
        made = RoundDialog(window.quality, "en", parent=window)
        qtbot.addWidget(made)
        return made

    first = dialog()
    first.show()
    default = first.size()
    first.resize(default.width(), default.height() + 43)
    left = first.size()
    first.close()
    again = dialog()
    again.show()
    assert again.height() == left.height()  # (the width is held to the test screen's)
    again.close()
    window.quitting_confirmed = True
    window.close()  # the next user logs in
    theirs = _window(store, other, settings)
    qtbot.addWidget(theirs)
    fresh = dialog()
    fresh.show()
    assert fresh.height() == default.height()
    fresh.close()
    theirs.quitting_confirmed = True
    theirs.close()


def test_removing_a_language_takes_its_number_formats_too(qapp):
    """A language taken out (a test, a screenshot run between languages) leaves no
    Russian decimal comma behind for the next screen."""
    from PySide6.QtCore import QLocale

    system = QLocale.system().toString(40.5, "f", 1)
    translators = i18n.install(qapp, "ru")
    assert QLocale().toString(40.5, "f", 1) == "40,5"
    i18n.remove(qapp, translators)
    assert QLocale().toString(40.5, "f", 1) == system
