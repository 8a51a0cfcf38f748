"""The intake form: recording a call, e-mail, chat or visit while it happens.

Keyboard first: F2 starts a phone contact with a running timer and the focus on the
kind buttons (1 or Enter = consultation; 2–7 save a non-data call at once, and the
status bar offers Undo for a few seconds). In a combo box the letters that name one
choice choose it and move on; Tab walks through the rest in reading order; Ctrl+S
saves; F4 ends the call; Esc discards after asking. These keys work wherever the focus
is in the window. Every change is written to a draft in the database: after a short
pause, and at most half a second after the first unsaved change even while the typing
goes on, so a crash loses at most the last half second. Beside the notes, the
directory shows the chosen destinations' contacts abroad: F7 goes to them, F8 copies
one into the notes and records it as given.

The layout is app/forms/intake_form.ui; this module is the form's behaviour only. It is
longer than most (about 950 lines) because a call is recorded on this one screen: the
kind keys, the tab chain and focus restored from a draft, the drafts, saving, the caller
profile, the crisis offer and the errors marked on the fields all act on each other.
"""

from __future__ import annotations

import contextlib
import itertools
import logging
import threading
import time as monotonic
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStyle,
    QStyleOptionComboBox,
    QWidget,
)

from app.forms.fields import CodeChecklist, CodeCombo, CountryPicker
from app.forms.ui_intake_form import Ui_IntakeForm
from app.forms.widgets import put
from app.models.base import new_uuid
from app.models.contact import NOTES_MAX
from app.services.contacts.service import (
    CONSULTATION,
    CallerInput,
    ConcurrentEditError,
    ContactInput,
    ContactRecord,
    ContactService,
    DraftRow,
    is_out_of_hours,
)
from app.services.directory.service import DirectoryService, Entry
from app.services.validation import FieldError, ValidationError
from app.ui.directory.panel import DirectoryPanel
from app.ui.knowledge import intake as knowledge_intake
from app.ui.recruiters.intake import recruiters_box
from app.ui.widgets import msgbox
from app.ui.widgets.datefield import DateField
from app.ui.widgets.drafts import DraftKeeper
from app.ui.widgets.errors import error_label, errors_text, label_name, show_errors
from app.ui.widgets.formatting import show_date_time, show_time
from app.ui.widgets.style import (
    ALERT_BACKGROUND,
    ALERT_TEXT,
    ERROR_RED,
    NOTICE_BACKGROUND,
    NOTICE_BORDER,
    NOTICE_TEXT,
    heading,
)

log = logging.getLogger("app.ui")

FORM = "contact"
DRAFT_DEBOUNCE_MS = 400
# While keys keep coming the debounce never fires: a draft is written at most this long
# after the first change not yet in one.
DRAFT_MAX_WAIT_MS = 500
DRAFT_INTERVAL_MS = 3000
# Kinds of contact that only a call can be: not offered for an e-mail or a letter.
CALL_ONLY_KINDS = frozenset({"silent", "hang_up", "abusive", "wrong_number", "test"})
WRITTEN_CHANNELS = frozenset({"email", "letter"})
KIND_KEYS = {Qt.Key.Key_1 + i: i for i in range(9)}


class DraftWriter(QObject):
    """Writes the form's drafts on a thread of its own, so neither a key press nor the
    GUI thread waits for the disk. One write at a time, in order; a newer draft replaces
    one still waiting. :meth:`flush` waits until the last one is written (before the
    contact is saved or discarded, and when the app closes)."""

    written = Signal(bool)  # delivered on the GUI thread

    def __init__(self, service: ContactService, parent: QObject | None = None):
        super().__init__(parent)
        self.service = service
        self._lock = threading.Lock()
        self._pending: tuple[str, str, dict[str, Any], str | None] | None = None
        self._future: Future[None] | None = None
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="draft")

    def submit(self, draft_id: str, form: str, payload: dict[str, Any],
               record_id: str | None) -> None:
        with self._lock:
            waiting = self._pending is not None
            self._pending = (draft_id, form, payload, record_id)
            if not waiting:
                self._future = self._executor.submit(self._write)

    def _write(self) -> None:
        with self._lock:
            job, self._pending = self._pending, None
        if job is None:
            return
        try:
            self.service.save_draft(*job)
            ok = True
        except Exception:
            log.exception("could not save the draft")
            ok = False
        with contextlib.suppress(RuntimeError):  # the form is gone: nobody to tell
            self.written.emit(ok)

    def flush(self) -> None:
        with self._lock:
            future = self._future
        if future is not None:
            future.result()


class _Columns(QHBoxLayout):
    """Around the form's three columns (``columns`` in intake_form.ui, inside the
    scrolled ``details``). Never height-for-width: a scroll area asks such a
    layout for its preferred height and scrolls as soon as that does not fit, while the
    columns fit a 1366×768 screen at their minimum (the notes and the list of countries
    give way; nothing needed during a call scrolls out of view)."""

    def hasHeightForWidth(self) -> bool:
        return False


class IntakeForm(QWidget, Ui_IntakeForm):
    """One contact being recorded or edited. The layout is app/forms/intake_form.ui
    (its widgets are attributes of the form under their names there)."""

    saved = Signal(object)  # ContactRecord
    closed = Signal()
    activity = Signal()  # the form started, saved or closed a contact
    crisis_requested = Signal()  # the consultant asks for the crisis questionnaire

    def __init__(self, service: ContactService, lang: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.service = service
        self.lang = lang
        tax = service.tax
        self._loading = False
        self.active = False
        self.kind_chosen = False
        self.draft_id: str | None = None
        self.record_id: str | None = None
        self.expected_version: int | None = None
        self.ended_at: datetime | None = None
        self._timer_origin = 0.0
        self.saved_new = False  # the contact just saved was a new one (not an edit)

        self.setupUi(self)
        self.labels: dict[str, QLabel] = {
            key: getattr(self, f"{key}_label") for key in (
                "channel", "started", "gender", "age_group", "region", "caller_role",
                "travel_purpose", "how_heard", "topics", "destinations", "outcomes",
                "nickname", "phone", "email", "notes")
        }

        # -- header --
        heading(self.title, 3)
        heading(self.timer_label, 6)
        self.hours_banner.setStyleSheet(
            f"QLabel#hours_banner {{ background: {NOTICE_BACKGROUND}; color: {NOTICE_TEXT};"
            f" padding: 3px 8px; border: 1px solid {NOTICE_BORDER}; border-radius: 3px; }}"
        )

        # -- kind choice --
        self.kind_group = QButtonGroup(self)
        self.kind_group.setExclusive(True)
        # The consultation button stands apart, spanning both rows; the non-data kinds
        # sit in two rows of three beside it, so the bar fits a 1366-pixel screen in
        # every language. The grid is tight around the buttons (intake_form.ui): the
        # height is the form's, on a 1366×698 window too.
        self.kind_buttons: dict[str, QPushButton] = {}
        for i, code in enumerate(c.code for c in tax["contact_kind"].active()):
            button = QPushButton(f"&{i + 1}  {tax['contact_kind'].label(code, lang)}")
            button.setCheckable(True)
            button.setAutoDefault(False)
            button.setProperty("kind", code)
            button.installEventFilter(self)
            self.kind_group.addButton(button, i)
            self.kind_buttons[code] = button
            if i == 0:
                button.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
                font = button.font()
                font.setBold(True)
                button.setFont(font)
                self.kind_layout.addWidget(button, 0, 0, 2, 1)
            else:
                self.kind_layout.addWidget(button, (i - 1) // 3, 1 + (i - 1) % 3)
        self.kind_layout.setColumnStretch(4, 1)
        self.kind_group.idClicked.connect(self._kind_clicked)

        # -- details: the fields Designer cannot make go into their places --
        self.channel = CodeCombo(tax["channel"], lang)
        self.started = DateField(with_time=True)
        self.gender = CodeCombo(tax["gender"], lang, advance=True)
        self.age_group = CodeCombo(tax["age_group"], lang, empty="—", advance=True)
        self.region = CodeCombo(tax["region"], lang, empty="—", advance=True)
        self.caller_role = CodeCombo(tax["caller_role"], lang, empty="—", advance=True)
        self.travel_purpose = CodeCombo(tax["travel_purpose"], lang, empty="—", advance=True)
        self.how_heard = CodeCombo(tax["how_heard"], lang, empty="—", advance=True)
        self.topics = CodeChecklist(tax["topic"], lang)
        self.destinations = CountryPicker(lang, [])
        self.outcomes = CodeChecklist(tax["outcome"], lang)
        # Contacts abroad for the destinations chosen: F7 goes to them, F8 copies one.
        self.directory_given: list[str] = []
        self.directory_panel = DirectoryPanel(
            DirectoryService(service.store, service.user_id, tax), lang)
        # Who approached the caller (Ctrl+Shift+R) and the agency licence check (Ctrl+Shift+L).
        self.recruiters = recruiters_box(service.store, service.user_id, self)
        # Vetted answers for the topics and destinations: F9 opens, F10 records as given.
        self.knowledge_panel = knowledge_intake.attach(self)
        # One of the two reference panels open at a time (F7 or F9): on a 768-pixel
        # screen, both open left two lines of each beside the caller's card.
        self.directory_panel.toggle.toggled.connect(
            lambda on: on and self.knowledge_panel.title.setChecked(False))
        self.knowledge_panel.title.toggled.connect(
            lambda on: on and self.directory_panel.toggle.setChecked(False))
        for name, widget in (
                ("channel", self.channel), ("started", self.started), ("gender", self.gender),
                ("age_group", self.age_group), ("region", self.region),
                ("caller_role", self.caller_role), ("travel_purpose", self.travel_purpose),
                ("how_heard", self.how_heard), ("topics", self.topics),
                ("destinations", self.destinations), ("outcomes", self.outcomes),
                ("recruiters", self.recruiters), ("directory", self.directory_panel),
                ("knowledge", self.knowledge_panel)):
            put(getattr(self, f"{name}_slot"), widget)
            delattr(self, f"{name}_slot")
            if name in self.labels:
                buddy = self.destinations.search if widget is self.destinations else widget
                self.labels[name].setBuddy(buddy)
        # Read while a caller talks, nobody hovers over them: every topic and outcome
        # whole on one line (the notes beside them give way), and every choice whole in
        # its closed box up to the longest way of hearing of us; only a longer one still
        # (a specialist calling) is cut with "…", whole in its tooltip.
        for checklist in (self.topics, self.outcomes):
            checklist.setMinimumWidth(checklist.sizeHintForColumn(0)
                                      + 2 * checklist.frameWidth() + 4)
        whole = max(self.how_heard.fontMetrics().horizontalAdvance(self.how_heard.itemText(i))
                    for i in range(self.how_heard.count()))
        for combo in (self.channel, self.gender, self.age_group, self.region,
                      self.caller_role, self.travel_purpose, self.how_heard):
            widest = max(combo.fontMetrics().horizontalAdvance(combo.itemText(i))
                         for i in range(combo.count()))
            opt = QStyleOptionComboBox()
            combo.initStyleOption(opt)
            size = combo.style().sizeFromContents(
                QStyle.ContentsType.CT_ComboBox, opt,
                QSize(min(widest, whole) + 4, combo.fontMetrics().height()), combo)
            combo.setMinimumWidth(size.width())
        # The three columns in a layout that is never height-for-width (see _Columns).
        columns = _Columns(self.details)
        columns.setContentsMargins(0, 0, 0, 0)
        columns.addWidget(self.columns)

        # -- errors and buttons --
        error_label(self.errors_label)
        # Offered, never forced, when the topic or the crisis box says "crisis abroad".
        self.crisis_offer.setStyleSheet(
            f"QLabel#crisis_offer {{ background: {ALERT_BACKGROUND}; color: {ALERT_TEXT};"
            " padding: 3px 8px; }")
        self.crisis_offer.hide()

        self._set_tab_order()
        self.retranslate()

        # -- behaviour --
        self.clock = QTimer(self)
        self.clock.setInterval(1000)
        self.clock.timeout.connect(self._tick)
        self.drafts = DraftKeeper(self.save_draft_soon, self, pause_ms=DRAFT_DEBOUNCE_MS,
                                  max_wait_ms=DRAFT_MAX_WAIT_MS, interval_ms=DRAFT_INTERVAL_MS)
        self._last_payload: dict[str, Any] | None = None
        self.draft_writer = DraftWriter(service, self)
        self.draft_writer.written.connect(self._draft_written)

        for combo in (self.channel, self.gender, self.age_group, self.region, self.caller_role,
                      self.travel_purpose, self.how_heard):
            combo.currentIndexChanged.connect(self._changed)
        self.region.currentIndexChanged.connect(self._update_organisation)
        self.recruiters.changed.connect(self._changed)
        for combo in (self.gender, self.age_group, self.region, self.caller_role,
                      self.travel_purpose, self.how_heard):
            combo.advanced.connect(lambda c=combo: self._focus_after(c))
        self.channel.currentIndexChanged.connect(self._channel_changed)
        self.started.changed.connect(self._changed)
        self.started.value_changed.connect(self._update_hours_banner)
        self.crisis.toggled.connect(self._changed)
        self.crisis.toggled.connect(lambda _on: self._update_crisis_offer())
        self.crisis_button.clicked.connect(self.crisis_requested.emit)
        self.topics.changed.connect(self._changed)
        self.topics.changed.connect(self._topics_changed)
        self.outcomes.changed.connect(self._changed)
        self.destinations.changed.connect(self._changed)
        self.destinations.changed.connect(
            lambda: self.directory_panel.set_countries(self.destinations.codes()))
        self.directory_panel.copy_requested.connect(self.copy_directory_entry)
        for edit in (self.nickname, self.phone, self.email):
            edit.textChanged.connect(self._changed)
            edit.editingFinished.connect(self._lookup_caller)
        self.notes.textChanged.connect(self._changed)
        self.notes.textChanged.connect(self._update_count)
        self.save_button.clicked.connect(self.save)
        self.discard_button.clicked.connect(lambda: self.discard(ask=True))
        self.end_call_button.clicked.connect(self.end_call)
        self.history_button.clicked.connect(self._show_history)

        # Window-wide: the keys work wherever the focus is in the window (the navigation
        # list just clicked, nothing after a restore). A hidden or disabled widget's
        # shortcuts never fire, so the other pages keep theirs.
        for keys in (QKeySequence.StandardKey.Save, QKeySequence("Ctrl+Return"),
                     QKeySequence("Ctrl+Enter")):
            sc = QShortcut(QKeySequence(keys), self)
            sc.setContext(Qt.ShortcutContext.WindowShortcut)
            sc.activated.connect(self.save)
        sc = QShortcut(QKeySequence("F4"), self)
        sc.setContext(Qt.ShortcutContext.WindowShortcut)
        sc.activated.connect(self.end_call)
        sc = QShortcut(QKeySequence("Escape"), self)
        sc.setContext(Qt.ShortcutContext.WindowShortcut)
        sc.activated.connect(lambda: self.discard(ask=True))
        sc = QShortcut(QKeySequence("F7"), self)
        sc.setContext(Qt.ShortcutContext.WindowShortcut)
        sc.activated.connect(self.directory_panel.focus_list)
        sc = QShortcut(QKeySequence("F8"), self)
        sc.setContext(Qt.ShortcutContext.WindowShortcut)
        sc.activated.connect(self.directory_panel.copy_current)

        self._reset()
        self.setEnabled(False)

    # -- texts --

    def retranslate(self) -> None:
        self.retranslateUi(self)
        self._update_title()
        self._update_count()

    def _update_title(self) -> None:
        if not self.active:
            self.title.setText(self.tr("No contact in progress"))
        elif self.record_id:
            self.title.setText(self.tr("Editing a contact"))
        elif self.channel.code() == "email":
            self.title.setText(self.tr("New e-mail"))
        elif self.channel.code() == "phone":
            self.title.setText(self.tr("New phone contact"))
        else:
            self.title.setText(self.tr("New contact"))

    def _update_count(self) -> None:
        n = len(self.notes.toPlainText())
        self.notes_count.setText(self.tr("%1 of %2 characters").replace(
            "%1", str(n)).replace("%2", str(NOTES_MAX)))
        self.notes_count.setStyleSheet(f"color: {ERROR_RED};" if n > NOTES_MAX else "")

    # -- tab order and keys --

    def _set_tab_order(self) -> None:
        # What a call needs, in the order it is asked: the notes right after the
        # outcome, the optional caller profile after them.
        chain: list[QWidget] = [
            *self.kind_buttons.values(), self.channel, self.started, self.gender,
            self.age_group, self.region, self.caller_role, self.travel_purpose, self.how_heard,
            self.crisis, self.topics, self.destinations.search, self.outcomes, self.notes,
            self.nickname, self.phone, self.email, self.history_button,
            self.discard_button, self.save_button,
        ]
        for a, b in itertools.pairwise(chain):
            QWidget.setTabOrder(a, b)
        self._chain = chain

    def _focus_after(self, widget: QWidget) -> None:
        """The next field of the Tab chain that takes the focus (a combo's letters
        named one choice)."""
        chain = self._chain
        for w in chain[chain.index(widget) + 1:]:
            if (w.isVisible() and w.isEnabled()
                    and w.focusPolicy() & Qt.FocusPolicy.TabFocus):
                w.setFocus(Qt.FocusReason.TabFocusReason)
                return

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and watched in self.kind_buttons.values()
            and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        ):
            key = event.key()
            if key in KIND_KEYS and KIND_KEYS[key] < len(self.kind_buttons):
                kind = list(self.kind_buttons)[KIND_KEYS[key]]
                if not self.kind_buttons[kind].isVisible():
                    return True
                if kind != CONSULTATION and not self.record_id:
                    # A call without counselling is saved by its digit alone; the status
                    # bar offers Undo for a few seconds.
                    self.choose_kind(kind, focus=False)
                    self.save()
                    return True
                self.choose_kind(kind)
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
                kind = str(watched.property("kind"))
                if self.kind_chosen and kind == self.current_kind() and kind != CONSULTATION:
                    self.save()
                else:
                    self.choose_kind(kind)
                return True
        return super().eventFilter(watched, event)

    # -- starting, loading --

    def _reset(self) -> None:
        self._loading = True
        self.kind_chosen = False
        self.draft_id = None
        self.record_id = None
        self.expected_version = None
        self.ended_at = None
        self.drafts.dirty = False
        self.kind_group.setExclusive(False)
        for b in self.kind_buttons.values():
            b.setChecked(False)
        self.kind_group.setExclusive(True)
        self.channel.set_code("phone")
        self.started.set_value(datetime.now(UTC).replace(second=0, microsecond=0))
        for combo in (self.age_group, self.region, self.caller_role, self.travel_purpose,
                      self.how_heard):
            combo.set_code(None)
        self.gender.set_code("unknown")
        self.crisis.setChecked(False)
        # Every list starts where it started on the first contact: the same keys choose
        # the same thing on every call.
        self.topics.untick_all()
        self.outcomes.untick_all()
        self.destinations.reset()
        for edit in (self.nickname, self.phone, self.email):
            edit.clear()
        self.caller_info.clear()
        self.notes.clear()
        self.errors_label.hide()
        self._clear_marks()
        self.draft_label.clear()
        self.notes.verticalScrollBar().setValue(0)
        self._last_payload = None
        self.crisis_offer.hide()
        self.directory_given = []
        self.directory_panel.set_given([])
        self.knowledge_panel.set_given([])
        self.knowledge_panel.search.clear()
        self.recruiters.reset()
        self._loading = False

    def _begin(self) -> None:
        self.active = True
        self.setEnabled(True)
        self.destinations.set_frequent(self.service.frequent_destinations())
        self.drafts.start()
        self._update_title()
        self._update_organisation()
        self._update_hours_banner()
        self._apply_kind_state()
        self.activity.emit()

    def start_new(self, channel: str = "phone") -> None:
        """A new contact; for a call the timer starts now."""
        self._reset()
        self._loading = True
        self.channel.set_code(channel)
        self._loading = False
        self._timer_origin = monotonic.monotonic()
        self._begin()
        if channel == "phone":
            self.clock.start()
            self._tick()
            self.kind_buttons[CONSULTATION].setFocus()
        else:
            # E-mails and letters are recorded afterwards: a counselling contact with
            # its real date and time to set.
            self.choose_kind(CONSULTATION, focus=False)
            self.started.setFocus()
        self.save_draft_soon()

    def load_record(self, record: ContactRecord) -> None:
        """Edit a saved contact."""
        self._reset()
        self._fill(record.input)
        self.recruiters.show_saved(record.id)
        if record.input.caller_id:
            summary = self.service.caller_summary(record.input.caller_id)
            self._loading = True
            self.nickname.setText(summary.nickname)
            self.phone.setText(summary.phone)
            self.email.setText(summary.email)
            self._loading = False
            self._show_caller(summary.contact_count, summary.last_contacts, record.id)
        self.record_id = record.id
        self.expected_version = record.version
        # Entries given when the contact was recorded show ticked (links only accumulate).
        self.directory_panel.set_given(self.directory_panel.directory.given_for_contact(record.id))
        self.knowledge_panel.set_given([(g.article_id, g.revision) for g in
                                        self.knowledge_panel.knowledge.given_for_contact(record.id)])
        self.ended_at = record.input.ended_at
        self.kind_chosen = True
        self.clock.stop()
        self._begin()
        self.gender.setFocus()

    def load_draft(self, draft: DraftRow) -> None:
        """Bring back a draft left by a crash or an earlier session."""
        payload = draft.payload
        self._reset()
        data = ContactInput.from_json(payload.get("input", {}))
        self._fill(data)
        self.draft_id = draft.id
        self.record_id = payload.get("record_id")
        self.expected_version = payload.get("expected_version")
        self.recruiters.restore(payload.get("recruiters"), self.record_id)
        ended = payload.get("ended_at")
        self.ended_at = datetime.fromisoformat(ended) if ended else None
        self.kind_chosen = bool(payload.get("kind_chosen"))
        if not self.kind_chosen:
            self.kind_group.setExclusive(False)
            for b in self.kind_buttons.values():
                b.setChecked(False)
            self.kind_group.setExclusive(True)
        started = data.started_at or datetime.now(UTC)
        self._timer_origin = monotonic.monotonic() - (datetime.now(UTC) - started).total_seconds()
        self._begin()
        if data.channel == "phone" and not self.record_id and self.ended_at is None:
            self.clock.start()
        self._tick()
        self.draft_label.setText(self.tr("Restored from a draft"))
        self.drafts.dirty = False
        self._restore_focus(payload.get("focus"), payload.get("notes_cursor"))

    def _restore_focus(self, name: object, notes_cursor: object) -> None:
        """The focus back where the consultant left off (so Ctrl+S and typing go on at
        once); a draft without that goes to the kind choice, or the notes."""
        target: QWidget | None = None
        if isinstance(name, str) and name.startswith("kind:"):
            target = self.kind_buttons.get(name.removeprefix("kind:"))
        elif isinstance(name, str):
            target = self._field_widget(name)
        if target is None or not target.isEnabled():
            if not self.kind_chosen:
                target = self.kind_buttons[CONSULTATION]
            elif self.details.isEnabled():
                target = self.notes if self.notes.toPlainText() else self.gender
            else:
                target = self.save_button
        if target is self.notes:
            cursor = self.notes.textCursor()
            length = len(self.notes.toPlainText())
            position = notes_cursor if isinstance(notes_cursor, int) else length
            cursor.setPosition(max(0, min(position, length)))
            self.notes.setTextCursor(cursor)
            self.notes.ensureCursorVisible()
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    def _fill(self, data: ContactInput) -> None:
        self._loading = True
        if data.kind in self.kind_buttons:
            self.kind_buttons[data.kind].setChecked(True)
        self.channel.set_code(data.channel)
        if data.started_at:
            self.started.set_value(data.started_at)
        self.gender.set_code(data.gender or "unknown")
        self.age_group.set_code(data.age_group)
        self.region.set_code(data.region)
        self.caller_role.set_code(data.caller_role)
        self.travel_purpose.set_code(data.travel_purpose)
        self.how_heard.set_code(data.how_heard)
        self.crisis.setChecked(data.crisis)
        self.topics.set_codes(data.topics)
        self.outcomes.set_codes(data.outcomes)
        self.destinations.set_codes(data.destinations)
        if data.caller is not None:
            self.nickname.setText(data.caller.nickname)
            self.phone.setText(data.caller.phone)
            self.email.setText(data.caller.email)
        self.notes.setPlainText(data.notes)
        self.directory_given = list(data.directory_given)
        self.directory_panel.set_given(self.directory_given)
        self.knowledge_panel.set_given(data.knowledge_given)
        self._loading = False

    # -- state --

    def current_kind(self) -> str:
        button = self.kind_group.checkedButton()
        return str(button.property("kind")) if button else CONSULTATION

    def choose_kind(self, kind: str, focus: bool = True) -> None:
        self.kind_buttons[kind].setChecked(True)
        self.kind_chosen = True
        self._apply_kind_state()
        self._changed()
        if not focus:
            return
        if kind == CONSULTATION:
            self.gender.setFocus()
        else:
            self.save_button.setFocus()

    def _kind_clicked(self, _id: int) -> None:
        self.choose_kind(self.current_kind())

    def _apply_kind_state(self) -> None:
        kind = self.current_kind()
        consultation = kind == CONSULTATION
        self.details.setEnabled(self.kind_chosen and consultation)
        self.save_button.setEnabled(self.kind_chosen)
        self.save_button.setDefault(self.kind_chosen and not consultation)
        self.save_button.setAutoDefault(self.kind_chosen and not consultation)
        is_phone = self.channel.code() == "phone" and not self.record_id
        self.end_call_button.setVisible(is_phone and self.ended_at is None)
        self.timer_label.setVisible(is_phone)
        self.history_button.setVisible(bool(self.record_id))
        if not self.kind_chosen:
            self.non_data_prompt.setText(self.tr(
                "1 or Enter: a consultation (counted in statistics). 2–7: a call without "
                "counselling, saved at once (Undo in the status bar)."))
        elif consultation and self.channel.code() in WRITTEN_CHANNELS:
            self.non_data_prompt.setText(self.tr(
                "Set the date and time the e-mail came, then what it is about. Ctrl+S "
                "saves."))
        elif consultation:
            self.non_data_prompt.setText(self.tr(
                "Fill in what you learn while you talk. Ctrl+S saves."))
        else:
            label = self.service.tax["contact_kind"].label(kind, self.lang)
            self.non_data_prompt.setText(
                self.tr("Press Enter to save as «%1». It is counted apart and never enters "
                        "topic statistics.").replace("%1", label))
        # One label (and one Alt key) for the notes on every form; an e-mail's text is
        # pasted into them, as the placeholder says.
        written = self.channel.code() in WRITTEN_CHANNELS
        self.notes.setPlaceholderText(
            self.tr("The e-mail's text and your notes") if written else "")
        for code, button in self.kind_buttons.items():
            button.setVisible(not (written and code in CALL_ONLY_KINDS))

    def _channel_changed(self) -> None:
        if self._loading:
            return
        self._update_title()
        self._apply_kind_state()

    def _topics_changed(self) -> None:
        if self._loading:
            return
        if "crisis_abroad" in self.topics.codes() and not self.crisis.isChecked():
            self.crisis.setChecked(True)
        self._update_crisis_offer()

    def _update_crisis_offer(self) -> None:
        self.crisis_offer.setVisible(
            self.active and not self.record_id and self.current_kind() == CONSULTATION
            and ("crisis_abroad" in self.topics.codes() or self.crisis.isChecked()))

    def _tick(self) -> None:
        elapsed = int(monotonic.monotonic() - self._timer_origin)
        if self.ended_at is not None:
            elapsed = int((self.ended_at - self.started.last_good()).total_seconds())
        minutes, seconds = divmod(max(elapsed, 0), 60)
        self.timer_label.setText(f"{minutes:02d}:{seconds:02d}")

    def end_call(self) -> None:
        if not self.active or self.record_id or self.ended_at is not None:
            return
        self.ended_at = datetime.now(UTC)
        self.clock.stop()
        self._tick()
        self._apply_kind_state()
        self._changed()

    def _update_organisation(self) -> None:
        org = self.service.organisation_for(self.region.code())
        if org:
            name = self.service.tax["organisation"].label(org, self.lang)
            self.organisation_label.setText(self.tr("Responsible: %1").replace("%1", name))
        else:
            self.organisation_label.setText("")

    def _update_hours_banner(self) -> None:
        hours = self.service.working_hours()
        started = self.started.last_good()
        outside = is_out_of_hours(started, hours)
        self.hours_banner.setVisible(self.active and outside)
        self.hours_banner.setText(
            self.tr("Outside working hours (%1–%2)").replace("%1", hours[0]).replace(
                "%2", hours[1]))

    def _lookup_caller(self) -> None:
        if self._loading or not self.active:
            return
        found = self.service.find_callers(
            phone=self.phone.text(), email=self.email.text(), nickname=self.nickname.text())
        if found:
            summary = found[0]
            self._show_caller(summary.contact_count, summary.last_contacts, self.record_id)
        elif self.nickname.text().strip() or self.phone.text().strip() or (
                self.email.text().strip()):
            self.caller_info.setText(self.tr("No earlier contacts: a new profile will be made."))
        else:
            self.caller_info.clear()

    def _show_caller(self, count: int, last: tuple[tuple[datetime, str], ...],
                     exclude: str | None) -> None:
        lines = [self.tr("Contacted before: %n time(s).", "", count)]
        for when, notes in last:
            local = show_date_time(when)
            snippet = " ".join(notes.split())[:140]
            lines.append(f"{local}: {snippet}")
        self.caller_info.setText("\n".join(lines))

    # -- collecting and saving --

    def collect(self) -> ContactInput:
        caller = CallerInput(self.nickname.text(), self.phone.text(), self.email.text())
        return ContactInput(
            kind=self.current_kind(),
            channel=self.channel.code() or "phone",
            started_at=self.started.last_good(),
            ended_at=self.ended_at,
            gender=self.gender.code() or "unknown",
            age_group=self.age_group.code(),
            region=self.region.code(),
            caller_role=self.caller_role.code(),
            topics=self.topics.codes(),
            destinations=self.destinations.codes(),
            travel_purpose=self.travel_purpose.code(),
            how_heard=self.how_heard.code(),
            outcomes=self.outcomes.codes(),
            crisis=self.crisis.isChecked(),
            notes=self.notes.toPlainText(),
            caller=None if caller.is_empty() else caller,
            directory_given=list(self.directory_given),
            knowledge_given=self.knowledge_panel.given_list(),
        )

    def _changed(self, *_args: Any) -> None:
        if self._loading or not self.active:
            return
        self.drafts.changed()

    def _focus_name(self) -> str | None:
        """The field that has the focus, by the name a draft keeps it under."""
        focused = self.focusWidget()
        if focused is None or not self.isAncestorOf(focused):
            return None
        if focused in self.kind_buttons.values():
            return "kind:" + str(focused.property("kind"))
        if focused in (self.destinations.matches, self.destinations.chosen):
            return "destinations"
        for name in self._FOCUS_NAMES:
            widget = self._field_widget(name)
            if widget is focused:
                return name
        return None

    _FOCUS_NAMES = ("channel", "started_at", "gender", "age_group", "region", "caller_role",
                    "topics", "destinations", "travel_purpose", "how_heard", "outcomes",
                    "notes", "caller.nickname", "caller.phone", "caller.email", "recruiters")

    def save_draft_soon(self) -> None:
        """Write the draft on the writer's thread (the timers' way: nothing waits)."""
        self.save_draft(wait=False)

    def save_draft(self, wait: bool = True) -> None:
        """Write the draft; with ``wait`` (the default) it is in the database on return,
        otherwise it is on its way (see :class:`DraftWriter`)."""
        self.drafts.hold()
        if not self.active:
            if wait:
                self.draft_writer.flush()
            return
        payload = {
            "input": self.collect().to_json(),
            "record_id": self.record_id,
            "expected_version": self.expected_version,
            "kind_chosen": self.kind_chosen,
            "ended_at": self.ended_at.isoformat() if self.ended_at else None,
            "recruiters": self.recruiters.draft(),
        }
        if payload == self._last_payload and self.draft_id:
            self.drafts.dirty = False
            if wait:
                self.draft_writer.flush()
            return
        self._last_payload = dict(payload)
        payload["focus"] = self._focus_name()
        payload["notes_cursor"] = self.notes.textCursor().position()
        self.draft_id = self.draft_id or new_uuid()
        self.drafts.dirty = False
        self.draft_writer.submit(self.draft_id, FORM, payload, self.record_id)
        if wait:
            self.draft_writer.flush()

    def _draft_written(self, ok: bool) -> None:
        if not ok:
            self._last_payload = None
            self.drafts.dirty = True
            self.draft_label.setText(self.tr("The draft could not be saved!"))
        elif self.active:
            self.draft_label.setText(self.tr("Draft saved %1").replace(
                "%1", show_time(datetime.now(), seconds=True)))

    def has_unsaved(self) -> bool:
        return self.active

    def save(self) -> ContactRecord | None:
        if not self.active or not self.kind_chosen:
            return None
        if self.started.problem() is not None:  # refused under the field, not replaced
            self.started.setFocus()
            return None
        self.draft_writer.flush()  # no draft write may land after the contact is saved
        data = self.collect()
        if (data.channel == "phone" and self.record_id is None and self.ended_at is None):
            data = replace(data, ended_at=datetime.now(UTC))
        try:
            record = self.service.save(data, self.record_id, draft_id=self.draft_id,
                                       expected_version=self.expected_version,
                                       also=self.recruiters.write)
        except ValidationError as exc:
            self.show_errors(exc.errors)
            return None
        except ConcurrentEditError:
            msgbox.warn(self, self.tr("Not saved"), self.tr(
                "Someone else changed this contact since you opened it. Your changes are "
                "kept as a draft; open the contact again to see the other changes."))
            return None
        self.saved_new = self.record_id is None
        self._finish()
        self.saved.emit(record)
        return record

    def prepared(self) -> tuple[ContactInput, str | None, int | None, str | None]:
        """The contact as it would be saved now, its id, version and draft: for a
        crisis case saved together with it."""
        self.draft_writer.flush()
        data = self.collect()
        if data.channel == "phone" and self.record_id is None and self.ended_at is None:
            data = replace(data, ended_at=datetime.now(UTC))
        return data, self.record_id, self.expected_version, self.draft_id

    def finish_saved(self, record: ContactRecord) -> None:
        """The contact was saved elsewhere (with a crisis case): close the form."""
        self.recruiters.write_after(record.id)
        self.saved_new = self.record_id is None
        self._finish()
        self.saved.emit(record)

    def _finish(self) -> None:
        self.draft_writer.flush()
        self.clock.stop()
        self.drafts.stop()
        self.active = False
        self._reset()
        self._update_title()
        self.hours_banner.hide()
        self.setEnabled(False)
        self.activity.emit()
        self.closed.emit()

    def discard(self, ask: bool = True) -> bool:
        """Throw the contact away (after asking); True when discarded."""
        if not self.active:
            return True
        if ask:
            answer = msgbox.ask(
                self, self.tr("Discard the contact?"),
                self.tr("What you typed for this contact will be lost."),
                default=msgbox.Button.No)
            if answer != msgbox.Button.Yes:
                return False
        self.draft_writer.flush()
        if self.draft_id:
            self.service.discard_draft(self.draft_id)
        self._finish()
        return True

    def suspend(self) -> None:
        """Keep the draft for the next start and close the form (quitting the app)."""
        if self.active:
            self._last_payload = None  # written whatever it was before: the focus too
            self.save_draft()
            self.clock.stop()
            self.drafts.stop()

    # -- errors --

    def _field_widget(self, name: str) -> QWidget | None:
        return {
            "kind": self.kind_box, "channel": self.channel, "started_at": self.started,
            "ended_at": self.started, "gender": self.gender, "age_group": self.age_group,
            "region": self.region, "caller_role": self.caller_role, "topics": self.topics,
            "destinations": self.destinations.search, "travel_purpose": self.travel_purpose,
            "how_heard": self.how_heard, "outcomes": self.outcomes, "notes": self.notes,
            "caller.nickname": self.nickname, "caller.phone": self.phone,
            "caller.email": self.email, "recruiters": self.recruiters.edit,
        }.get(name)

    def _field_name(self, name: str) -> str:
        key = {"started_at": "started", "ended_at": "started"}.get(name, name)
        key = key.removeprefix("caller.")
        lab = self.labels.get(key)
        return name if lab is None else label_name(lab)

    def _sentence(self, error: FieldError) -> str | None:
        if error.field == "topics" and error.problem == "required":
            return self.tr("Topics: choose at least one topic")
        if error.field == "ended_at" and error.problem == "too_long":
            return self.tr("The call lasts more than 12 hours: check the date and time")
        return None

    def message_for(self, error: FieldError) -> str:
        return errors_text([error], names=self._field_name, sentence=self._sentence)

    def _clear_marks(self) -> None:
        for w in self.findChildren(QWidget):
            if w.property("invalid"):
                w.setProperty("invalid", False)
                w.setStyleSheet("")

    def show_errors(self, errors: list[FieldError]) -> None:
        self._clear_marks()
        show_errors(self.errors_label, errors, names=self._field_name,
                    sentence=self._sentence)
        first = None
        for e in errors:
            w = self._field_widget(e.field)
            if w is None:
                continue
            w.setProperty("invalid", True)
            # Scoped to the widget's own class so scroll bars and popups keep their look.
            w.setStyleSheet(f"{type(w).__name__} {{ border: 2px solid {ERROR_RED}; }}")
            first = first or w
        if first is not None:
            first.setFocus()

    def _show_history(self) -> None:
        if self.record_id:
            from app.ui.journal.history import HistoryDialog

            HistoryDialog(self.service, self.record_id, self.lang, self).exec()

    def copy_directory_entry(self, entry: Entry) -> None:
        """F8: the entry's contacts go into the notes, and the contact records that the
        entry was given (counted in statistics)."""
        if not self.active or not self.details.isEnabled():
            return
        self.notes.appendPlainText(self.directory_panel.text.notes_text(entry))
        cursor = self.notes.textCursor()
        cursor.movePosition(cursor.MoveOperation.End)
        self.notes.setTextCursor(cursor)
        if entry.id not in self.directory_given:
            self.directory_given.append(entry.id)
        self.directory_panel.mark_given(entry.id)
        self._changed()
