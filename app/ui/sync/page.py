"""Sync with partner sites by files: this site's key, the partners, export, import,
conflicts waiting for a supervisor, and the history of files received.

Exports and imports run in the background (app.ui.tasks). A refused file gets one
clear message and stays in the history with its reason.
"""

from __future__ import annotations

import logging
import re
from datetime import date, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.models.taxonomy import load as load_taxonomy
from app.services.permissions import PermissionDeniedError
from app.services.sync.keys import KeyFileError, PublicKeys, read_key_file
from app.services.sync.service import (
    ConflictView,
    ExportResult,
    ImportResult,
    SyncError,
    SyncRefusedError,
    SyncService,
)
from app.ui.messages import record_kind, user_text
from app.ui.tasks import Task, run_task
from app.ui.widgets import msgbox
from app.ui.widgets.style import heading
from app.ui.widgets.tables import read_only_table

log = logging.getLogger("app.ui")

ID_ROLE = Qt.ItemDataRole.UserRole

def refusal_text(code: str) -> str:
    """Why a file was refused, in the user's language."""
    texts = {
        "not_sync_file": QCoreApplication.translate(
            "SyncPage", "This is not an Infoline Desk sync file."),
        "too_large": QCoreApplication.translate(
            "SyncPage", "The file is larger than a sync file may be."),
        "newer_format": QCoreApplication.translate(
            "SyncPage", "The file was made by a newer version of Infoline Desk. "
            "Update the app to read it."),
        "wrong_addressee": QCoreApplication.translate(
            "SyncPage", "The file is addressed to another site."),
        "unknown_sender": QCoreApplication.translate(
            "SyncPage", "The file is signed by a key that is not one of your partners. "
            "Add the partner (and confirm its fingerprint) first."),
        "bad_signature": QCoreApplication.translate(
            "SyncPage", "The file was altered or truncated on the way: its signature "
            "does not match."),
        "damaged": QCoreApplication.translate(
            "SyncPage", "The file is damaged and cannot be read."),
        "invalid": QCoreApplication.translate(
            "SyncPage", "The file holds records that break the rules."),
    }
    return texts.get(code, QCoreApplication.translate("SyncPage", "The file was refused."))


def result_text(result: str) -> str:
    return {
        "applied": QCoreApplication.translate("SyncPage", "applied"),
        "duplicate": QCoreApplication.translate("SyncPage", "imported before"),
        "refused": QCoreApplication.translate("SyncPage", "refused"),
    }.get(result, result)


def safe_file_name(name: str) -> str:
    """``name`` without the characters Windows refuses in file names (a site is often
    called "Minsk: the line"), and without spaces around it."""
    cleaned = re.sub(r'[<>:"/\\|?*\x00-\x1f]+', "-", name)
    return re.sub(r"-{2,}", "-", re.sub(r"\s*-\s*", "-", cleaned)).strip(" .-") or "file"


def table_text(table: str) -> str:
    """A kind of record, as a person names it."""
    return record_kind(table)


def organisation_name(code: str | None) -> str:
    """An organisation by its name in the interface language, not its code
    ("lastrada"); a code the lists do not know is shown as it is."""
    if not code:
        return ""
    lang = QLocale().name().split("_")[0]
    return load_taxonomy()["organisation"].label(code, lang if lang in ("ru", "be") else "en")


def _when(moment: datetime | None) -> str:
    return moment.astimezone().strftime("%Y-%m-%d %H:%M") if moment else "—"


class AddPeerDialog(QDialog):
    """A partner's key file: its site, and the fingerprint to confirm by phone."""

    def __init__(self, public: PublicKeys, parent: QWidget | None = None):
        super().__init__(parent)
        self.public = public
        self.setWindowTitle(self.tr("Add a partner"))
        self.name = QLineEdit(public.site_name[:100])
        self.name.setMaxLength(100)
        site = QLabel(public.site_name or public.site_id)
        org = QLabel(organisation_name(public.organisation) or "—")
        self.fingerprint = QLabel(public.display_fingerprint)
        heading(self.fingerprint, 3)
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        explain = QLabel(self.tr("Call the partner and ask them to read their fingerprint "
                                 "aloud (Sync page, or infoline site-key). Add the partner "
                                 "only if every group matches."))
        explain.setWordWrap(True)
        self.confirmed = QCheckBox(self.tr("The partner read me the same &fingerprint"))
        form = QFormLayout()
        name_label = QLabel(self.tr("&Name:"))
        name_label.setBuddy(self.name)
        form.addRow(name_label, self.name)
        form.addRow(self.tr("Site:"), site)
        form.addRow(self.tr("Organisation:"), org)
        form.addRow(self.tr("Fingerprint:"), self.fingerprint)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(explain)
        layout.addWidget(self.confirmed)
        layout.addWidget(self.buttons)
        self.name.textChanged.connect(self._update)
        self.confirmed.toggled.connect(self._update)
        self._update()

    def _update(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(self.confirmed.isChecked() and bool(self.name.text().strip()))


class SyncPage(QWidget):
    """Partners, files sent and received, conflicts."""

    def __init__(self, service: SyncService, lang: str = "en", parent: QWidget | None = None):
        super().__init__(parent)
        self.service = service
        self.lang = lang
        self.task: Task | None = None
        self.peer_dialog: AddPeerDialog | None = None
        self.manage = service.allowed("site.manage")
        self.resolve = service.allowed("sync.resolve")

        title = QLabel(self.tr("Sync with partners"))
        heading(title, 4)
        self.site_label = QLabel()
        self.site_label.setWordWrap(True)
        self.site_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.key_button = QPushButton(self.tr("Save this site's &key file…"))
        self.add_button = QPushButton(self.tr("&Add partner…"))
        self.remove_button = QPushButton(self.tr("&Remove partner…"))
        self.key_button.setVisible(self.manage)
        self.add_button.setVisible(self.manage)
        self.remove_button.setVisible(self.manage)

        self.peers = QTableWidget(0, 7)
        self.peers.setHorizontalHeaderLabels([
            self.tr("Partner"), self.tr("Organisation"), self.tr("Last file sent"),
            self.tr("Records sent"), self.tr("Last file received"),
            self.tr("Records received"), self.tr("Conflicts waiting")])
        self._setup_table(self.peers)

        self.export_button = QPushButton(self.tr("&Export for partner…"))
        self.export_button.setToolTip(self.tr("Ctrl+E"))
        self.everything = QCheckBox(self.tr("E&verything, not only the changes"))
        self.import_button = QPushButton(self.tr("&Import a file…"))
        self.import_button.setToolTip(self.tr("Ctrl+I"))

        self.conflicts = QTableWidget(0, 5)
        self.conflicts.setHorizontalHeaderLabels([
            self.tr("Noticed"), self.tr("Record"), self.tr("Fields"), self.tr("Kind"),
            self.tr("Versions")])
        self._setup_table(self.conflicts)
        self.keep_button = QPushButton(self.tr("Keep the &winner"))
        self.other_button = QPushButton(self.tr("Take the &other version"))
        for b in (self.keep_button, self.other_button):
            b.setVisible(self.resolve)

        self.history = QTableWidget(0, 5)
        self.history.setHorizontalHeaderLabels([
            self.tr("When"), self.tr("File"), self.tr("Partner"), self.tr("Result"),
            self.tr("Details")])
        self._setup_table(self.history)

        site_row = QHBoxLayout()
        site_row.addWidget(self.site_label, 1)
        site_row.addWidget(self.key_button)
        site_row.addWidget(self.add_button)
        actions = QHBoxLayout()
        actions.addWidget(self.export_button)
        actions.addWidget(self.everything)
        actions.addStretch(1)
        actions.addWidget(self.import_button)
        actions.addWidget(self.remove_button)
        conflict_actions = QHBoxLayout()
        self.conflicts_label = QLabel(self.tr("Conflicts waiting for a supervisor"))
        heading(self.conflicts_label, 1)
        conflict_actions.addWidget(self.conflicts_label)
        conflict_actions.addStretch(1)
        conflict_actions.addWidget(self.keep_button)
        conflict_actions.addWidget(self.other_button)

        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        partners_label = QLabel(self.tr("Partners"))
        heading(partners_label, 1)
        top_layout.addWidget(partners_label)
        top_layout.addWidget(self.peers)
        top_layout.addLayout(actions)
        middle = QWidget()
        middle_layout = QVBoxLayout(middle)
        middle_layout.setContentsMargins(0, 0, 0, 0)
        middle_layout.addLayout(conflict_actions)
        middle_layout.addWidget(self.conflicts)
        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        history_label = QLabel(self.tr("Files received"))
        heading(history_label, 1)
        bottom_layout.addWidget(history_label)
        bottom_layout.addWidget(self.history)
        splitter = QSplitter(Qt.Orientation.Vertical)
        for w in (top, middle, bottom):
            splitter.addWidget(w)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(site_row)
        layout.addWidget(splitter, 1)

        self.key_button.clicked.connect(self.save_key_file)
        self.add_button.clicked.connect(self.add_peer)
        self.remove_button.clicked.connect(self.remove_peer)
        self.export_button.clicked.connect(self.export)
        self.import_button.clicked.connect(self.import_file)
        self.keep_button.clicked.connect(self.keep_winner)
        self.other_button.clicked.connect(self.take_other)
        for keys, slot in (("Ctrl+E", self.export), ("Ctrl+I", self.import_file)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        self.peers.itemSelectionChanged.connect(self._update_buttons)
        self.conflicts.itemSelectionChanged.connect(self._update_buttons)
        self.refresh()

    @staticmethod
    def _setup_table(table: QTableWidget) -> None:
        read_only_table(table)
        table.setTabKeyNavigation(False)

    # -- showing --

    def refresh(self) -> None:
        try:
            site = self.service.site()
            peers = self.service.peers()
            conflicts = self.service.conflicts()
            history = self.service.history()
        except PermissionDeniedError:
            self.site_label.setText(self.tr("Your role does not include sync."))
            for w in (self.export_button, self.import_button):
                w.setEnabled(False)
            return
        org = f" ({organisation_name(site.organisation)})" if site.organisation else ""
        fp = site.display_fingerprint or self.tr("no key yet")
        self.site_label.setText(self.tr("This site: %1%2. Fingerprint: %3")
                                .replace("%1", site.name or site.site_id)
                                .replace("%2", org).replace("%3", fp))
        selected = self.selected_peer()
        self.peers.setRowCount(len(peers))
        for r, p in enumerate(peers):
            values = [p.name, organisation_name(p.organisation), _when(p.last_export_at),
                      str(p.last_export_records or 0), _when(p.last_import_at),
                      str(p.last_import_records or 0), str(p.conflicts_open)]
            for c, v in enumerate(values):
                item = QTableWidgetItem(v)
                item.setData(ID_ROLE, p.name)
                if c == 0:
                    item.setToolTip(p.display_fingerprint)
                self.peers.setItem(r, c, item)
            if p.name == selected:
                self.peers.selectRow(r)
        if peers and self.peers.currentRow() < 0:
            self.peers.selectRow(0)
        self._conflict_rows = conflicts
        self.conflicts.setRowCount(len(conflicts))
        for r, cf in enumerate(conflicts):
            values = [_when(cf.detected_at), f"{table_text(cf.table)} {cf.record_id[:8]}",
                      ", ".join(cf.fields) or "—",
                      self.tr("changed on two sites") if cf.kind == "edit"
                      else self.tr("the same record twice"), self._versions(cf)]
            for c, v in enumerate(values):
                item = QTableWidgetItem(v)
                item.setData(ID_ROLE, cf.id)
                self.conflicts.setItem(r, c, item)
        self.conflicts_label.setText(self.tr("Conflicts waiting for a supervisor: %1")
                                     .replace("%1", str(len(conflicts))))
        self.history.setRowCount(len(history))
        for r, h in enumerate(history):
            if h.result == "refused":
                detail = refusal_text(str(h.counts.get("code", "")))
            elif h.result == "applied":
                c = h.counts
                detail = (self.tr("%1 new, %2 changed, %3 deleted, %4 conflicts")
                          .replace("%1", str(c.get("inserted", 0)))
                          .replace("%2", str(c.get("updated", 0)))
                          .replace("%3", str(c.get("deleted", 0)))
                          .replace("%4", str(c.get("conflicts", 0))))
            else:
                detail = self.tr("nothing changed")
            for c_, v in enumerate([_when(h.at), h.file_name, h.peer_name or "—",
                                    result_text(h.result), detail]):
                self.history.setItem(r, c_, QTableWidgetItem(v))
        self._update_buttons()

    def _versions(self, cf: ConflictView) -> str:
        """The differing fields' values, winner first (short)."""
        parts = []
        for name in cf.fields[:3]:
            won = cf.winner.get("fields", {}).get(name)
            lost = cf.loser.get("fields", {}).get(name)
            if won is None and lost is None:
                continue
            parts.append(f"{name}: «{str(won)[:30]}» / «{str(lost)[:30]}»")
        return "; ".join(parts)

    def _update_buttons(self) -> None:
        has_peer = self.selected_peer() is not None
        self.export_button.setEnabled(has_peer)
        self.remove_button.setEnabled(has_peer)
        has_conflict = self.selected_conflict() is not None
        self.keep_button.setEnabled(has_conflict)
        self.other_button.setEnabled(has_conflict)

    def selected_peer(self) -> str | None:
        row = self.peers.currentRow()
        item = self.peers.item(row, 0) if row >= 0 else None
        return str(item.data(ID_ROLE)) if item is not None else None

    def selected_conflict(self) -> str | None:
        row = self.conflicts.currentRow()
        item = self.conflicts.item(row, 0) if row >= 0 else None
        return str(item.data(ID_ROLE)) if item is not None else None

    # -- the site's key and partners --

    def save_key_file(self) -> None:
        suggested = safe_file_name(f"{self.service.site().name or 'site'}.ilkey")
        path = msgbox.save_file(self, self.tr("Save this site's key file"),
                                self.tr("Infoline site key (*.ilkey);;All files (*)"), suggested,
                                kind="sync")
        if not path:
            return
        try:
            public = self.service.write_key_file(Path(path))
        except (SyncError, PermissionDeniedError) as exc:
            msgbox.error(self, self.tr("Key file not saved"), user_text(exc))
            return
        msgbox.info(self, self.tr("Key file saved"),
                    self.tr("Give the file to the partner. When they add it, read them "
                            "this fingerprint by phone:\n\n%1")
                    .replace("%1", public.display_fingerprint))
        self.refresh()

    def add_peer(self) -> None:
        path = msgbox.open_file(self, self.tr("The partner's key file"),
                                self.tr("Infoline site key (*.ilkey);;All files (*)"),
                                kind="sync")
        if not path:
            return
        try:
            public = read_key_file(Path(path))
        except KeyFileError as exc:
            msgbox.error(self, self.tr("Not a key file"), user_text(exc))
            return
        self.peer_dialog = AddPeerDialog(public, self)
        self.peer_dialog.accepted.connect(self._peer_confirmed)
        self.peer_dialog.open()

    def _peer_confirmed(self) -> None:
        dialog = self.peer_dialog
        if dialog is None:
            return
        self.peer_dialog = None
        try:
            self.service.add_peer(dialog.name.text(), dialog.public)
        except (SyncError, PermissionDeniedError) as exc:
            msgbox.error(self, self.tr("Partner not added"), user_text(exc))
        dialog.deleteLater()
        self.refresh()

    def remove_peer(self) -> None:
        """A partner added by mistake, or whose key was lost or replaced: its files are
        refused from then on; it can be added again from its new key file."""
        peer = self.selected_peer()
        if peer is None:
            return
        if msgbox.ask(self, self.tr("Remove partner"), self.tr(
                "Remove the partner %1? Its files will be refused from now on. Add it again "
                "from its new key file, after checking the fingerprint by phone.")
                .replace("%1", peer), default=msgbox.Button.No) != msgbox.Button.Yes:
            return
        try:
            self.service.remove_peer(peer)
        except (SyncError, PermissionDeniedError) as exc:
            msgbox.error(self, self.tr("Partner not removed"), user_text(exc))
        self.refresh()

    # -- files --

    def export(self) -> None:
        peer = self.selected_peer()
        if peer is None or self.task is not None:
            return
        site = self.service.site().name or "site"
        suggested = safe_file_name(f"{site}-{peer}-{date.today().isoformat()}.ilsync")
        path = msgbox.save_file(self, self.tr("Export for %1").replace("%1", peer),
                                self.tr("Infoline sync file (*.ilsync);;All files (*)"), suggested,
                                kind="sync")
        if not path:
            return
        full = self.everything.isChecked()
        target = Path(path)

        def work(progress: Any) -> ExportResult:
            return self.service.export(peer, target, full=full, progress=progress)

        self.task = run_task(work, self._exported, self._failed, parent=self,
                             label=self.tr("Writing the sync file…"))

    def _exported(self, result: ExportResult) -> None:
        self.task = None
        msgbox.info(self, self.tr("File written"),
                    self.tr("%1 records and %2 deletions for %3 in %4.")
                    .replace("%1", str(result.records)).replace("%2", str(result.tombstones))
                    .replace("%3", result.peer).replace("%4", result.path.name))
        self.refresh()

    def import_file(self) -> None:
        if self.task is not None:
            return
        path = msgbox.open_file(self, self.tr("Import a sync file"),
                                self.tr("Infoline sync file (*.ilsync *.sync);;All files (*)"),
                                kind="sync")
        if not path:
            return
        source = Path(path)

        def work(progress: Any) -> ImportResult:
            return self.service.import_file(source, progress=progress)

        self.task = run_task(work, self._imported, self._failed, parent=self,
                             label=self.tr("Checking and applying the file…"))

    def _imported(self, result: ImportResult) -> None:
        self.task = None
        if result.result == "duplicate":
            msgbox.info(self, self.tr("Imported before"),
                        self.tr("This file was imported on %1. Nothing changed.")
                        .replace("%1", _when(result.already_at)))
        else:
            c = result.counts
            text = (self.tr("From %1: %2 new, %3 changed, %4 deleted, %5 conflicts.")
                    .replace("%1", result.peer).replace("%2", str(c["inserted"]))
                    .replace("%3", str(c["updated"])).replace("%4", str(c["deleted"]))
                    .replace("%5", str(c["conflicts"])))
            if c.get("waiting"):
                text += " " + self.tr("%1 records wait for records not received yet.") \
                    .replace("%1", str(c["waiting"]))
            msgbox.info(self, self.tr("File imported"), text)
        self.refresh()

    def _failed(self, exc: Exception) -> None:
        self.task = None
        if isinstance(exc, SyncRefusedError):
            msgbox.error(self, self.tr("File refused"), refusal_text(exc.code), user_text(exc))
        elif isinstance(exc, SyncError | PermissionDeniedError):
            msgbox.error(self, self.tr("Sync"), user_text(exc))
        elif isinstance(exc, InterruptedError):
            pass
        else:
            log.error("sync task failed: %s", type(exc).__name__)
            msgbox.error(self, self.tr("Sync"), self.tr("The sync did not finish."), user_text(exc))
        self.refresh()

    # -- conflicts --

    def keep_winner(self) -> None:
        cid = self.selected_conflict()
        if cid is None:
            return
        try:
            self.service.accept(cid)
        except (SyncError, PermissionDeniedError) as exc:
            msgbox.error(self, self.tr("Conflict"), user_text(exc))
        self.refresh()

    def take_other(self) -> None:
        cid = self.selected_conflict()
        if cid is None:
            return
        answer = msgbox.ask(self, self.tr("Take the other version"),
                            self.tr("The record gets the other version's values in the "
                                    "fields that differ. This change then goes to every "
                                    "partner. Continue?"))
        if answer != msgbox.Button.Yes:
            return
        try:
            self.service.take_other(cid)
        except (SyncError, PermissionDeniedError) as exc:
            msgbox.error(self, self.tr("Conflict"), user_text(exc))
        self.refresh()
