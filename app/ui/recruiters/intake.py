"""Beside the intake form: who approached the caller, and the licensed-agency check.

Ctrl+Shift+R goes to the recruiter field. Typing shows the recruiters named before whose
spelling matches (Down moves into them, Enter takes one); Enter in the field adds what
was typed, its kind guessed from the text (a phone number, a website, an account, else
an agency) unless the kind was chosen. Ctrl+Shift+L checks the licence of the agency typed (or of
the last one added) in the list of licensed agencies; Enter records the answer on the
contact. Everything is saved with the contact, in its transaction, and dropped with it;
until then it is part of the contact's draft (:meth:`RecruitersBox.draft`), so a crash
loses no more of it than of the rest of the form.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from app.db import Store
from app.models.recruiters import MENTION_KINDS, MENTION_TEXT_MAX
from app.services.messages import UserError
from app.services.recruiters.agencies import (
    EXPIRED,
    LICENSED,
    NO_LIST,
    NOT_FOUND,
    Agency,
    AgencyService,
    Answer,
)
from app.services.recruiters.keys import guess_kind
from app.services.recruiters.service import (
    CheckInput,
    MentionInput,
    Pending,
    RecruiterService,
    validate,
)
from app.ui.messages import user_text
from app.ui.widgets.formatting import show_date, show_date_time
from app.ui.widgets.style import ERROR_RED

DATA = Qt.ItemDataRole.UserRole


class Words(QObject):
    """How kinds and answers read (shared by the form's box and the page)."""

    def kind(self, code: str) -> str:
        return {"agency": self.tr("Agency"), "website": self.tr("Website"),
                "social": self.tr("Social network account"),
                "phone": self.tr("Phone number"), "person": self.tr("Person")}.get(code, code)

    def agency_line(self, agency: Agency) -> str:
        if agency.status == EXPIRED:
            state = self.tr("licence expired on %1").replace("%1", show_date(agency.licence_until))
        elif agency.licence_until:
            state = self.tr("licensed until %1").replace("%1", show_date(agency.licence_until))
        else:
            state = self.tr("licensed")
        return self.tr("%1 (УНП %2): %3").replace("%1", agency.name).replace(
            "%2", agency.unp).replace("%3", state)

    def answer(self, status: str, list_date: date | None, agency_name: str = "",
               until: date | None = None) -> str:
        """The plain answer, always with the list's date."""
        listed = show_date(list_date)
        if status == NO_LIST:
            return self.tr("No list of licensed agencies has been imported: the licence "
                           "cannot be checked here.")
        if status == NOT_FOUND:
            return self.tr("Not found in the list of licensed agencies dated %1.").replace(
                "%1", listed)
        if status == EXPIRED:
            return self.tr("%1: licence expired on %2 (list dated %3).").replace(
                "%1", agency_name).replace("%2", show_date(until)).replace("%3", listed)
        if until:
            return self.tr("%1: licensed until %2 (list dated %3).").replace(
                "%1", agency_name).replace("%2", show_date(until)).replace("%3", listed)
        return self.tr("%1: licensed (list dated %2).").replace("%1", agency_name).replace(
            "%2", listed)


class AgencyCheckDialog(QDialog):
    """Search the list while the caller waits; Enter records the answer shown."""

    def __init__(self, agencies: AgencyService, query: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("agencyCheck")
        self.agencies = agencies
        self.words = Words(self)
        self.result: Answer | None = None
        self.setWindowTitle(self.tr("Is the agency licensed?"))
        self.search = QLineEdit(query)
        self.search.setObjectName("agencySearch")
        self.search.setMaxLength(MENTION_TEXT_MAX)
        self.search.setPlaceholderText(self.tr("Part of the name, УНП or licence number"))
        self.search.setAccessibleName(self.tr("Agency to check"))
        self.answer = QLabel()
        self.answer.setTextFormat(Qt.TextFormat.PlainText)  # an agency's name, as listed
        self.answer.setObjectName("agencyAnswer")
        self.answer.setWordWrap(True)
        font = self.answer.font()
        font.setBold(True)
        self.answer.setFont(font)
        self.found = QListWidget()
        self.found.setObjectName("agenciesFound")
        self.found.setAccessibleName(self.tr("Agencies found"))
        buttons = QDialogButtonBox()
        self.record_button = buttons.addButton(self.tr("Record the answer (Enter)"),
                                               QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("Close (Esc)"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.answer)
        layout.addWidget(self.found, 1)
        layout.addWidget(buttons)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(150)
        self.timer.timeout.connect(self.run)
        self.search.textChanged.connect(lambda _t: self.timer.start())
        self.found.currentRowChanged.connect(self._chosen)
        self.resize(560, 360)
        self.run()

    def run(self) -> None:
        self.timer.stop()
        self.found.clear()
        query = self.search.text().strip()
        if not query:
            self.result = None
            self.answer.setText(self.tr("Type part of the agency's name or number."))
            self.record_button.setEnabled(False)
            return
        try:
            self.result = self.agencies.search(query)
        except UserError as exc:
            self.result = None
            self.answer.setText(user_text(exc))
            self.record_button.setEnabled(False)
            return
        for agency in self.result.agencies:
            item = QListWidgetItem(self.words.agency_line(agency))
            self.found.addItem(item)
        self.record_button.setEnabled(self.result.status != NO_LIST)
        if self.result.agencies:
            self.found.setCurrentRow(0)
        self._chosen(0)

    def _chosen(self, row: int) -> None:
        result = self.result
        if result is None:
            return
        if result.agencies and 0 <= row < len(result.agencies):
            agency = result.agencies[row]
            self.answer.setText(self.words.answer(agency.status, result.list_date,
                                                  agency.name, agency.licence_until))
            color = "#146c43" if agency.status == LICENSED else ERROR_RED
        else:
            self.answer.setText(self.words.answer(result.status, result.list_date))
            color = ERROR_RED
        self.answer.setStyleSheet(f"color: {color};")

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.search.hasFocus():
            self.found.setFocus()
            self.found.keyPressEvent(event)
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self.timer.isActive():
                self.run()
            if self.record_button.isEnabled():
                self.accept()
            return
        super().keyPressEvent(event)

    def chosen_check(self) -> CheckInput | None:
        """The answer to record: the agency chosen in the list, else the plain one."""
        result = self.result
        if result is None or result.status == NO_LIST:
            return None
        row = self.found.currentRow()
        if result.agencies and 0 <= row < len(result.agencies):
            a = result.agencies[row]
            return CheckInput(result.query.strip(), a.status, result.list_date, a.name, a.unp,
                              a.licence_until)
        return CheckInput.of(result)


class RecruitersBox(QWidget):
    """The intake form's part: recruiters named and agencies checked in this contact."""

    changed = Signal()

    def __init__(self, service: RecruiterService, agencies: AgencyService,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("recruitersBox")
        self.service = service
        self.agencies = agencies
        self.words = Words(self)
        self.pending = Pending()
        self.kind_chosen = False
        self.contact_id: str | None = None
        self.dialog: AgencyCheckDialog | None = None
        self.kind = QComboBox()
        self.kind.setObjectName("recruiterKind")
        self.kind.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for code in MENTION_KINDS:
            self.kind.addItem(code, code)
        self.edit = QLineEdit()
        self.edit.setObjectName("recruiterText")
        self.edit.setMaxLength(MENTION_TEXT_MAX)
        self.add_button = QPushButton()
        self.check_button = QPushButton()
        self.check_button.setObjectName("checkAgency")
        # Laid over the widgets below the field (the contacts abroad), not between them:
        # the form keeps its layout while the consultant types.
        self.suggestions = QListWidget(self)
        self.suggestions.setObjectName("recruiterSuggestions")
        self.suggestions.setFrameShape(QListWidget.Shape.Box)
        self.suggestions.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.suggestions.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.suggestions.hide()
        self.items = QListWidget()
        self.items.setObjectName("recruitersNamed")
        self.items.setMaximumHeight(52)
        self.items.hide()
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(f"color: {ERROR_RED};")
        self.problem.hide()
        # One line, no frame, no heading (the field's placeholder says what it is for):
        # the intake form fits a 1366×698 screen without scrolling. Enter adds.
        self.add_button.hide()
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.kind)
        row.addWidget(self.edit, 1)
        row.addWidget(self.check_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(row)
        layout.addWidget(self.problem)
        layout.addWidget(self.items)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(150)
        self.timer.timeout.connect(self.suggest)
        self.edit.textEdited.connect(self._typed)
        self.edit.textEdited.connect(lambda _t: self.changed.emit())
        self.edit.returnPressed.connect(self.add_typed)
        self.add_button.clicked.connect(self.add_typed)
        self.check_button.clicked.connect(self.check_agency)
        self.kind.activated.connect(self._kind_chosen)
        self.suggestions.itemActivated.connect(self._take)
        self.edit.installEventFilter(self)
        self.suggestions.installEventFilter(self)
        self.items.installEventFilter(self)
        self.retranslate()

    def retranslate(self) -> None:
        for i, code in enumerate(MENTION_KINDS):
            self.kind.setItemText(i, self.words.kind(code))
        self.kind.setAccessibleName(self.tr("Kind of recruiter"))
        self.edit.setAccessibleName(self.tr("Recruiter or employer the caller names"))
        self.edit.setPlaceholderText(self.tr("Who approached the caller"))
        self.edit.setToolTip(self.tr("Agency, website, account, phone or person: Enter adds "
                                     "it; Down chooses one named before (Ctrl+Shift+R "
                                     "comes here)"))
        self.add_button.setText(self.tr("Add"))
        self.check_button.setText(self.tr("Licence…"))
        self.check_button.setToolTip(self.tr("Check the agency's licence (Ctrl+Shift+L)"))
        self.check_button.setAccessibleName(self.tr("Check the agency's licence (Ctrl+Shift+L)"))
        self.suggestions.setAccessibleName(self.tr("Named before"))
        self.items.setAccessibleName(self.tr("Recruiters named in this contact"))
        self._show()

    # -- typing --

    def focus(self) -> None:
        self.edit.setFocus()
        self.edit.selectAll()

    def _kind_chosen(self, _index: int) -> None:
        self.kind_chosen = True
        self.changed.emit()

    def _typed(self, text: str) -> None:
        self.problem.hide()
        if not self.kind_chosen and text.strip():
            self.kind.setCurrentIndex(MENTION_KINDS.index(guess_kind(text)))
        self.timer.start()

    def suggest(self) -> None:
        self.timer.stop()
        self.suggestions.clear()
        text = self.edit.text().strip()
        found = []
        if len(text) >= 2:
            try:
                found = self.service.suggest(self.kind.currentData(), text)
            except UserError:
                found = []
        for s in found:
            item = QListWidgetItem(self.tr("%1 — %2, named in %3 contact(s)").replace(
                "%1", s.text).replace("%2", self.words.kind(s.kind)).replace(
                    "%3", str(s.contacts)))
            item.setData(DATA, (s.kind, s.text))
            self.suggestions.addItem(item)
        self._place_suggestions(bool(found))

    def _place_suggestions(self, show: bool) -> None:
        if not show:
            self.suggestions.hide()
            return
        window = self.window()
        if self.suggestions.parent() is not window:
            self.suggestions.setParent(window)
        below = self.edit.mapTo(window, self.edit.rect().bottomLeft())
        left = self.kind.mapTo(window, self.kind.rect().topLeft()).x()
        rows = min(self.suggestions.count(), 5)
        line = max(self.suggestions.sizeHintForRow(0),
                   self.suggestions.fontMetrics().height() + 6)
        height = rows * line + 2 * self.suggestions.frameWidth() + 2
        metrics = self.suggestions.fontMetrics()
        widest = max(metrics.horizontalAdvance(self.suggestions.item(i).text())
                     for i in range(self.suggestions.count()))
        width = max(self.edit.geometry().right() - self.kind.geometry().left(), widest + 24)
        left = max(0, min(left, window.width() - width))
        self.suggestions.setGeometry(left, below.y() + 1, width, height)
        self.suggestions.show()
        self.suggestions.raise_()

    def _take(self, item: QListWidgetItem) -> None:
        kind, text = item.data(DATA)
        self.kind.setCurrentIndex(MENTION_KINDS.index(kind))
        self.edit.setText(text)
        self.add_typed()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if watched is self.edit and key == Qt.Key.Key_Down and self.suggestions.count():
                self.suggestions.setFocus()
                self.suggestions.setCurrentRow(0)
                return True
            if watched is self.suggestions and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                item = self.suggestions.currentItem()
                if item is not None:
                    self._take(item)
                    self.edit.setFocus()
                return True
            if watched is self.suggestions and key == Qt.Key.Key_Escape:
                self.edit.setFocus()
                return True
            if watched is self.items and key == Qt.Key.Key_Delete:
                self.remove_current()
                return True
        return super().eventFilter(watched, event)

    def add_typed(self) -> None:
        text = self.edit.text().strip()
        if not text:
            return
        try:
            item = validate(MentionInput(self.kind.currentData(), text))
        except UserError as exc:
            self.problem.setText(user_text(exc))
            self.problem.show()
            return
        self.pending.mentions.append(item)
        self.edit.clear()
        self.kind_chosen = False
        self.suggestions.clear()
        self.suggestions.hide()
        self._show()
        self.changed.emit()

    def remove_current(self) -> None:
        item = self.items.currentItem()
        if item is None or item.data(DATA) is None:
            return
        kind, index = item.data(DATA)
        target = self.pending.mentions if kind == "mention" else self.pending.checks
        if 0 <= index < len(target):
            del target[index]
        self._show()
        self.changed.emit()

    # -- the licence --

    def check_agency(self) -> None:
        query = self.edit.text().strip()
        if not query:
            agencies = [m for m in self.pending.mentions if m.kind in ("agency", "website")]
            query = agencies[-1].text if agencies else ""
        self.dialog = AgencyCheckDialog(self.agencies, query, self)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.accepted.connect(self._record_check)
        self.dialog.finished.connect(self._check_closed)
        self.dialog.open()
        self.dialog.search.setFocus()

    def _record_check(self) -> None:
        check = self.dialog.chosen_check() if self.dialog is not None else None
        if check is not None:
            self.pending.checks.append(check)
            self._show()
            self.changed.emit()

    def _check_closed(self, _result: int) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
            self.dialog = None
        self.edit.setFocus()

    # -- the contact --

    def _show(self) -> None:
        self.items.clear()
        for i, m in enumerate(self.pending.mentions):
            item = QListWidgetItem(self.tr("%1: %2").replace("%1", self.words.kind(m.kind))
                                   .replace("%2", m.text))
            item.setData(DATA, ("mention", i))
            self.items.addItem(item)
        for i, c in enumerate(self.pending.checks):
            item = QListWidgetItem(self.tr("Checked “%1”: %2").replace("%1", c.query).replace(
                "%2", self.words.answer(c.status, c.list_date, c.agency_name,
                                        c.licence_until)))
            item.setData(DATA, ("check", i))
            self.items.addItem(item)
        if self.contact_id is not None:
            try:
                mentions, checks = self.service.for_contact(self.contact_id)
            except UserError:
                mentions, checks = [], []
            for saved in mentions:
                self.items.addItem(QListWidgetItem(
                    self.tr("%1: %2 (entered by %3, %4)").replace(
                        "%1", self.words.kind(saved.kind)).replace("%2", saved.text)
                    .replace("%3", saved.entered_by).replace(
                        "%4", show_date_time(saved.entered_at))))
            for done in checks:
                self.items.addItem(QListWidgetItem(self.tr("Checked “%1”: %2").replace(
                    "%1", done.query).replace("%2", self.words.answer(
                        done.status, done.list_date, done.agency_name, done.licence_until))))
        self.items.setVisible(self.items.count() > 0)

    def show_saved(self, contact_id: str | None) -> None:
        """An edited contact: show what was recorded in it before."""
        self.contact_id = contact_id
        self._show()

    def reset(self) -> None:
        self.pending = Pending()
        self.contact_id = None
        self.kind_chosen = False
        self.edit.clear()
        self.problem.hide()
        self.suggestions.clear()
        self.suggestions.hide()
        self._show()

    # -- the draft --

    def draft(self) -> dict[str, Any] | None:
        """What the box holds for the contact's draft (None when nothing): the
        recruiters added, the checks made and what is typed in the field."""
        typed = self.edit.text()
        if not (self.pending or typed.strip()):
            return None
        return {
            "typed": typed,
            "kind": self.kind.currentData(),
            "kind_chosen": self.kind_chosen,
            "mentions": [{"kind": m.kind, "text": m.text, "role": m.role}
                         for m in self.pending.mentions],
            "checks": [{"query": c.query, "status": c.status,
                        "list_date": c.list_date.isoformat() if c.list_date else None,
                        "agency_name": c.agency_name, "unp": c.unp,
                        "licence_until": (c.licence_until.isoformat()
                                          if c.licence_until else None)}
                       for c in self.pending.checks],
        }

    def restore(self, data: object, contact_id: str | None = None) -> None:
        """Back from a draft (see :meth:`draft`); an entry the draft holds wrongly is
        left out, never a reason to lose the others."""
        self.reset()
        self.contact_id = contact_id
        if isinstance(data, dict):
            for m in data.get("mentions") or ():
                try:
                    self.pending.mentions.append(validate(MentionInput(
                        str(m["kind"]), str(m["text"]), str(m.get("role", "recruiter")))))
                except (UserError, KeyError, TypeError):
                    continue
            for c in data.get("checks") or ():
                try:
                    self.pending.checks.append(CheckInput(
                        str(c["query"]), str(c["status"]), _date(c.get("list_date")),
                        str(c.get("agency_name", "")), str(c.get("unp", "")),
                        _date(c.get("licence_until"))))
                except (KeyError, TypeError, ValueError):
                    continue
            kind = data.get("kind")
            if kind in MENTION_KINDS:
                self.kind.setCurrentIndex(MENTION_KINDS.index(kind))
            self.kind_chosen = bool(data.get("kind_chosen"))
            self.edit.setText(str(data.get("typed") or ""))
        self._show()

    def write_after(self, contact_id: str) -> None:
        """The contact was saved without the box (with a crisis case, by the crisis
        service): what the box holds is saved with it now, in a transaction of its own."""
        if self.edit.text().strip() or self.pending:
            with self.service.store.session() as s:
                self.write(s, contact_id)
            self.pending = Pending()

    def write(self, s: Session, contact_id: str) -> None:
        """The ``also`` of the contact's save: written in its transaction."""
        typed = self.edit.text().strip()
        if typed:  # typed but not yet added: the consultant meant it
            self.add_typed()
        self.service.write(s, contact_id, self.pending)


def _date(value: object) -> date | None:
    return date.fromisoformat(value) if isinstance(value, str) and value else None


def recruiters_box(store: Store, user_id: str | None, form: QWidget) -> RecruitersBox:
    """The box for the intake form, with its window-wide keys: Ctrl+Shift+R to the
    recruiter field, Ctrl+Shift+L to check a licence (F9 and F10 are the knowledge
    panel's, Ctrl+L locks the window)."""
    box = RecruitersBox(RecruiterService(store, user_id), AgencyService(store, user_id))
    texts = {"Ctrl+Shift+R": QCoreApplication.translate(
                 "RecruitersBox", "Go to the field: who approached the caller"),
             "Ctrl+Shift+L": QCoreApplication.translate(
                 "RecruitersBox", "Check an agency's licence")}
    for key, slot in (("Ctrl+Shift+R", box.focus), ("Ctrl+Shift+L", box.check_agency)):
        shortcut = QShortcut(QKeySequence(key), form)
        shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        shortcut.setWhatsThis(texts[key])
        shortcut.activated.connect(slot)
    return box
