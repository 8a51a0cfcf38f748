"""Backups in the settings: the list, "back up now", how many to keep, restore.

Backups go through the SQLite backup API (app/db/backup.py), encrypted like the
database, with its key file beside each. A restore is checked first (it opens with
the key, integrity and counts) and confirmed; it replaces the database file, so the
window closes and the app opens the restored database through the login again.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.db import Store
from app.db import backup as backups
from app.ui.tasks import Task, run_task
from app.ui.widgets import msgbox
from app.ui.widgets.formatting import show_date_time
from app.ui.widgets.units import data_size

log = logging.getLogger("app.ui")


class BackupsBox(QGroupBox):
    """``restore_requested(path)``: the user confirmed restoring that verified backup."""

    restore_requested = Signal(str)

    def __init__(self, store: Store, db_key: bytes | None, *, may_make: bool,
                 may_restore: bool, may_configure: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.db_key = db_key
        self.task: Task | None = None
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.list = QListWidget()
        self.list.setMinimumHeight(110)
        self.keep = QSpinBox()
        self.keep.setRange(1, 365)
        self.keep.setValue(backups.keep_count(store))
        self.keep.setEnabled(may_configure)
        self.keep_label = QLabel()
        self.keep_label.setBuddy(self.keep)
        self.backup_button = QPushButton()
        self.backup_button.setVisible(may_make)
        # A copy off the computer (a USB stick): the chosen backup with its key file.
        self.copy_button = QPushButton()
        self.copy_button.setVisible(may_make)
        self.restore_button = QPushButton()
        self.restore_button.setVisible(may_restore)
        self.status = QLabel()
        self.status.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.keep_label)
        row.addWidget(self.keep)
        row.addStretch(1)
        row.addWidget(self.backup_button)
        row.addWidget(self.copy_button)
        row.addWidget(self.restore_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.list)
        layout.addLayout(row)
        layout.addWidget(self.status)
        self.backup_button.clicked.connect(self.back_up_now)
        self.copy_button.clicked.connect(self.copy_to)
        self.restore_button.clicked.connect(self.restore)
        self.keep.editingFinished.connect(self._keep_changed)
        self.list.itemSelectionChanged.connect(self._update_buttons)
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Backups"))
        self.intro.setText(self.tr(
            "A backup is made every day and when the app closes, encrypted like the "
            "database, in the folder %1. Copy them to a safe place now and then.").replace(
            "%1", str(backups.folder_for(self.store.path))))
        self.keep_label.setText(self.tr("&Keep automatic backups:"))
        self.backup_button.setText(self.tr("&Back up now"))
        self.copy_button.setText(self.tr("Save a &copy of the backup to…"))
        self.copy_button.setToolTip(self.tr(
            "Copies the chosen backup (the newest, unless you choose another) with its key "
            "file to a folder you choose, such as a USB stick"))
        self.restore_button.setText(self.tr("&Restore the chosen backup…"))

    def reason_text(self, reason: str) -> str:
        names = {"daily": self.tr("daily"), "exit": self.tr("on closing"),
                 "manual": self.tr("made by hand"),
                 "before-restore": self.tr("kept before a restore")}
        return names.get(reason, reason)

    def refresh(self) -> None:
        self.list.clear()
        for b in backups.list_backups(self.store.path):
            when = show_date_time(b.taken_at)
            try:
                size = data_size(b.path.stat().st_size)
            except OSError:
                size = "?"
            item = QListWidgetItem(f"{when} — {self.reason_text(b.reason)} — {size}")
            item.setData(Qt.ItemDataRole.UserRole, str(b.path))
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)
        else:
            self.status.setText(self.tr("No backups yet."))
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.restore_button.setEnabled(self.list.currentItem() is not None
                                       and self.task is None)
        self.backup_button.setEnabled(self.task is None)
        self.copy_button.setEnabled(self.list.currentItem() is not None and self.task is None)

    def _keep_changed(self) -> None:
        if self.keep.isEnabled():
            self.store.set_setting(backups.KEEP_SETTING, self.keep.value())

    def back_up_now(self) -> None:
        if self.task is not None:
            return
        store = self.store

        def done(path: Path) -> None:
            self.task = None
            self.status.setText(self.tr("Backup made: %1").replace("%1", path.name))
            self.refresh()

        def failed(exc: Exception) -> None:
            self.task = None
            self.status.setText(self.tr("The backup could not be made: %1").replace(
                "%1", str(exc)))
            self._update_buttons()

        self.status.setText(self.tr("Backing up…"))
        self.task = run_task(lambda _progress: backups.make_backup(store, "manual"),
                             done, failed, parent=self, label=self.tr("Backing up…"))
        self._update_buttons()

    def copy_to(self) -> None:
        """The chosen backup and its key file copied to a folder the user picks."""
        if self.list.currentItem() is None or self.task is not None:
            return
        folder = msgbox.choose_folder(self, self.tr("Save a copy of the backup to"),
                                      kind="backup")
        if folder:
            self.copy_into(Path(folder))

    def copy_into(self, target: Path) -> None:
        item = self.list.currentItem()
        if item is None or self.task is not None:
            return
        source = Path(str(item.data(Qt.ItemDataRole.UserRole)))

        def done(path: Path) -> None:
            self.task = None
            self.status.setText(self.tr("A copy of the backup is saved as %1 (with its key "
                                        "file %2).").replace("%1", str(path)).replace(
                "%2", backups.keys_path_for(path).name))
            self._update_buttons()

        def failed(exc: Exception) -> None:
            self.task = None
            self.status.setText(self.copy_problem(exc))
            self._update_buttons()

        self.status.setText(self.tr("Copying the backup…"))
        self.task = run_task(lambda _progress: backups.copy_backup(source, target), done,
                             failed, parent=self, label=self.tr("Copying the backup…"))
        self._update_buttons()

    def copy_problem(self, exc: Exception) -> str:
        """Why a copy failed, for the user: the folder and what to do."""
        if isinstance(exc, backups.CopyError):
            if exc.reason == "full":
                text = self.tr("There is not enough space in %1: the copy needs %2, %3 are "
                               "free. Nothing was copied; free some space or use another "
                               "disk.") if exc.free else self.tr(
                    "The disk of %1 became full during the copy (it needs %2). Nothing was "
                    "left there; free some space or use another disk.")
                return text.replace("%1", str(exc.folder)).replace(
                    "%2", data_size(exc.needed)).replace("%3", data_size(exc.free))
            if exc.reason == "gone":
                return self.tr("The folder %1 is no longer there: was the disk removed? "
                               "Nothing was copied; insert it and try again.").replace(
                    "%1", str(exc.folder))
            return self.tr("The copy cannot be written to %1. Choose another folder.").replace(
                "%1", str(exc.folder))
        log.error("backup copy failed", exc_info=exc)
        return self.tr("The backup could not be copied: %1").replace("%1", str(exc))

    def restore(self) -> None:
        item = self.list.currentItem()
        if item is None or self.task is not None:
            return
        path = Path(str(item.data(Qt.ItemDataRole.UserRole)))
        key = self.store.key or self.db_key  # the key now: a deactivation changes it

        def checked(verified: backups.Verified) -> None:
            self.task = None
            self._update_buttons()
            self.status.clear()
            answer = msgbox.ask(
                self, self.tr("Restore this backup?"),
                self.tr("The backup %1 is sound (%2). Restoring replaces the whole "
                        "database with it: everything recorded after it was made is "
                        "replaced too (the current database is kept as a backup first). "
                        "The window closes, and you log in again.").replace(
                    "%1", item.text()).replace("%2", verified.summary()),
                default=msgbox.Button.No)
            if answer == msgbox.Button.Yes:
                self.restore_requested.emit(str(path))

        def failed(exc: Exception) -> None:
            self.task = None
            self._update_buttons()
            self.status.setText(self.tr("This backup cannot be restored: %1").replace(
                "%1", str(exc)))

        self.status.setText(self.tr("Checking the backup…"))
        self.task = run_task(lambda _progress: backups.verify_backup(path, key), checked,
                             failed, parent=self, label=self.tr("Checking the backup…"))
        self._update_buttons()
