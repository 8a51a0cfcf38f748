"""Contacts abroad beside a form: the entries and emergency numbers of the countries
the caller names, and one key to copy an entry's contacts into the notes.

Used by the intake form; any form that knows a country (the crisis questionnaire:
where the caller is now) can show the same panel. F7 moves to the list, Up and Down
choose, F8 or Enter copies the chosen entry.
"""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeyEvent
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.models import countries
from app.services.directory.service import DirectoryService, Emergency, Entry, GivenSummary
from app.ui.widgets.formatting import show_date
from app.ui.widgets.style import (
    INFO_BACKGROUND,
    INFO_TEXT,
    NOTICE_BACKGROUND,
    NOTICE_TEXT,
    RETIRED_BACKGROUND,
    RETIRED_TEXT,
)

ID_ROLE = Qt.ItemDataRole.UserRole
FICTIONAL_STYLE = (f"background: {INFO_BACKGROUND}; color: {INFO_TEXT}; padding: 1px 4px;"
                   " font-weight: bold;")
STALE_STYLE = f"background: {NOTICE_BACKGROUND}; color: {NOTICE_TEXT}; padding: 1px 4px;"
RETIRED_STYLE = f"background: {RETIRED_BACKGROUND}; color: {RETIRED_TEXT}; padding: 1px 4px;"



class EntryText(QObject):
    """How an entry reads in the lists, the detail view and a contact's notes."""

    def __init__(self, directory: DirectoryService, lang: str, parent: QObject | None = None):
        super().__init__(parent)
        self.directory = directory
        self.lang = lang

    def type_label(self, code: str) -> str:
        return self.directory.tax["directory_type"].label(code, self.lang)

    def country(self, code: str) -> str:
        return countries.name(code, self.lang)

    def fictional_badge(self) -> str:
        return self.tr("FICTIONAL (demo)")

    def stale_badge(self) -> str:
        return self.tr("to be checked")

    def retired_badge(self) -> str:
        return self.tr("retired")

    def badges(self, entry: Entry) -> list[str]:
        marks = []
        if entry.fictional:
            marks.append(self.fictional_badge())
        if entry.retired:
            marks.append(self.retired_badge())
        elif entry.stale:
            marks.append(self.stale_badge())
        return marks

    def list_line(self, entry: Entry) -> str:
        """One line of a list: badges, name, city."""
        text = entry.name + (f", {entry.city}" if entry.city else "")
        marks = self.badges(entry)
        return f"[{' · '.join(marks)}] {text}" if marks else text

    def verified(self, entry: Entry) -> str:
        if entry.verified_at is None:
            return self.tr("Never verified")
        if entry.verified_by:
            return self.tr("Verified %1 by %2").replace("%1", show_date(entry.verified_at)).replace(
                "%2", entry.verified_by)
        return self.tr("Verified %1").replace("%1", show_date(entry.verified_at))

    def notes_text(self, entry: Entry) -> str:
        """What F8 writes into a contact's notes: the contacts, on one line."""
        parts = []
        place = ", ".join(p for p in (entry.city, self.country(entry.country)) if p)
        head = f"{entry.name} ({place})" if place else entry.name
        phones = entry.phone_list()
        if phones:
            parts.append(self.tr("tel. %1").replace("%1", ", ".join(phones)))
        if entry.email:
            parts.append(self.tr("e-mail %1").replace("%1", entry.email))
        if entry.website:
            parts.append(entry.website)
        if entry.address:
            parts.append(self.tr("address: %1").replace("%1", " ".join(entry.address.split())))
        if entry.hours:
            parts.append(self.tr("hours: %1").replace("%1", entry.hours))
        text = head + (": " + "; ".join(parts) if parts else "")
        if entry.fictional:
            text = f"[{self.fictional_badge()}] {text}"
        return text

    def emergency_html(self, emergency: Emergency) -> str:
        numbers = "<br>".join(html.escape(n) for n in emergency.numbers.splitlines())
        head = html.escape(self.tr("Emergency numbers, %1:").replace(
            "%1", self.country(emergency.country)))
        badge = (f' <span style="{FICTIONAL_STYLE}">{html.escape(self.fictional_badge())}'
                 "</span>" if emergency.fictional else "")
        notes = (f"<br><i>{html.escape(emergency.notes)}</i>" if emergency.notes else "")
        return f"<b>{head}</b>{badge}<br>{numbers}{notes}"

    def detail_html(self, entry: Entry, given: GivenSummary | None = None,
                    full: bool = True) -> str:
        """The entry as rich text; every value escaped (it is user data)."""
        esc = html.escape
        rows: list[tuple[str, str]] = []
        phones = "<br>".join(esc(p) for p in entry.phone_list())
        if phones:
            rows.append((self.tr("Phones"), f"<b>{phones}</b>"))
        if entry.email:
            rows.append((self.tr("E-mail"), esc(entry.email)))
        if entry.website:
            rows.append((self.tr("Website"), esc(entry.website)))
        if entry.hours:
            rows.append((self.tr("Working hours"), esc(entry.hours)))
        if full:
            if entry.address:
                rows.append((self.tr("Address"), esc(entry.address).replace("\n", "<br>")))
            if entry.languages:
                rows.append((self.tr("Languages"), esc(entry.languages)))
            if entry.services:
                rows.append((self.tr("Services"), esc(entry.services).replace("\n", "<br>")))
            if entry.notes:
                rows.append((self.tr("Notes for consultants"),
                             esc(entry.notes).replace("\n", "<br>")))
        badges = []
        if entry.fictional:
            badges.append(f'<span style="{FICTIONAL_STYLE}">{esc(self.fictional_badge())}</span>')
        if entry.retired:
            badges.append(f'<span style="{RETIRED_STYLE}">{esc(self.retired_badge())}</span>')
        elif entry.stale:
            badges.append(f'<span style="{STALE_STYLE}">{esc(self.stale_badge())}</span>')
        place = ", ".join(p for p in (entry.city, self.country(entry.country)) if p)
        out = [f"<p><b>{esc(entry.name)}</b> {' '.join(badges)}<br>"
               f"{esc(self.type_label(entry.type))} · {esc(place)}</p>"]
        out.append("<table cellspacing='0' cellpadding='2'>")
        for label, value in rows:
            out.append(f"<tr><td valign='top'><i>{esc(label)}:</i>&nbsp;</td>"
                       f"<td>{value}</td></tr>")
        out.append("</table>")
        footer = esc(self.verified(entry))
        if given is not None and full:
            footer += "<br>" + esc(self.tr("Given to callers: %n time(s)", "", given.count))
            if given.last is not None:
                footer += esc(self.tr(", last on %1").replace("%1", show_date(given.last)))
        out.append(f"<p><small>{footer}</small></p>")
        return "".join(out)


def _scrolling(label: QLabel, lines: int) -> QScrollArea:
    """``label`` in a frameless area that scrolls it up and down, at least ``lines``
    lines high: in a short window it gives way instead of being cut."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setWidget(label)
    area.setMinimumHeight(lines * label.fontMetrics().lineSpacing())
    return area


class _EntryList(QListWidget):
    """The panel's list: Enter copies the current entry."""

    copy = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentItem():
            self.copy.emit()
            return
        super().keyPressEvent(event)


class DirectoryPanel(QFrame):
    """Entries and emergency numbers of the countries a form names."""

    copy_requested = Signal(object)  # Entry

    def __init__(self, directory: DirectoryService, lang: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.directory = directory
        self.lang = lang
        self.text = EntryText(directory, lang, self)
        self.countries: list[str] = []
        self.entries: list[Entry] = []
        self.given: set[str] = set()
        self.setFrameShape(QFrame.Shape.StyledPanel)

        self.toggle = QToolButton()
        self.toggle.setCheckable(True)
        self.toggle.setChecked(True)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setArrowType(Qt.ArrowType.DownArrow)
        self.toggle.setAutoRaise(True)
        self.toggle.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        font = self.toggle.font()
        font.setBold(True)
        self.toggle.setFont(font)
        # Many countries' names must not widen the form past a 1366-pixel screen: the
        # heading is cut at the panel's edge (all of them are in its tooltip).
        self.toggle.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.body = QWidget()
        self.emergency = QLabel()
        self.emergency.setWordWrap(True)
        self.emergency.setTextFormat(Qt.TextFormat.RichText)
        self.emergency.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # The numbers of several countries do not fit beside a contact on a 1366x768
        # screen: they scroll within the panel (never cut, never scrolling the form).
        self.emergency_area = _scrolling(self.emergency, lines=2)
        self.list = _EntryList()
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        # Cut with "…" on purpose (the layout check accepts it): the chosen entry shows
        # whole right below, and each one's name is its tooltip.
        self.list.setProperty("elides", True)
        # Two entries (of two lines each) at the least.
        self.list.setMinimumHeight(4 * self.list.fontMetrics().lineSpacing()
                                   + 2 * self.list.frameWidth())
        self.list.setAlternatingRowColors(True)
        self.list.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.RichText)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        # A long entry in a short window scrolls instead of losing its last lines.
        self.detail_area = _scrolling(self.detail, lines=2)
        self.detail_area.hide()
        self.copy_button = QPushButton()
        self.copy_button.setAutoDefault(False)
        self.copy_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.hint = QLabel()
        self.hint.setWordWrap(True)

        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(3)
        body.addWidget(self.emergency_area)
        body.addWidget(self.list, 1)
        body.addWidget(self.detail_area)
        body.addWidget(self.copy_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 4)
        layout.addWidget(self.toggle)
        layout.addWidget(self.hint)
        layout.addWidget(self.body, 1)

        self.toggle.toggled.connect(self._toggled)
        self.list.currentRowChanged.connect(self._show_current)
        self.list.copy.connect(self.copy_current)
        self.copy_button.clicked.connect(self.copy_current)
        self.retranslate()
        self._fill()

    def retranslate(self) -> None:
        self.copy_button.setText(self.tr("Copy to the notes (F8)"))
        self._update_title()

    def _update_title(self) -> None:
        names = ", ".join(self.text.country(c) for c in self.countries)
        title = self.tr("Contacts abroad (F7)")
        # The countries on a line of their own: the panel is narrow.
        self.toggle.setText(f"{title}\n{names}" if names else title)
        self.toggle.setToolTip(f"{title}: {names}" if names else "")

    def _toggled(self, expanded: bool) -> None:
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if expanded else Qt.ArrowType.RightArrow)
        self.body.setVisible(expanded and bool(self.countries))
        self.hint.setVisible(expanded and not self.entries)

    # -- content --

    def set_countries(self, codes: Sequence[str]) -> None:
        wanted = [c for c in codes if c != countries.UNDEFINED]
        if wanted == self.countries:
            return
        self.countries = wanted
        self._fill()

    def set_given(self, entry_ids: Sequence[str]) -> None:
        self.given = set(entry_ids)
        self._mark_given()

    def mark_given(self, entry_id: str) -> None:
        self.given.add(entry_id)
        self._mark_given()

    def refresh(self) -> None:
        """Read the entries again (the directory changed)."""
        self._fill()

    def _fill(self) -> None:
        current = self.current_entry()
        self.entries = self.directory.for_countries(self.countries, self.lang)
        parts = []
        for code in self.countries:
            em = self.directory.emergency(code)
            if em is not None and em.numbers:
                parts.append(self.text.emergency_html(em))
        self.emergency.setText("<br>".join(parts))
        self.emergency_area.setVisible(bool(parts))
        self.list.blockSignals(True)
        self.list.clear()
        for entry in self.entries:
            item = QListWidgetItem()
            item.setData(ID_ROLE, entry.id)
            item.setToolTip(entry.name)
            if entry.fictional:
                item.setForeground(QBrush(QColor(INFO_TEXT)))
            self.list.addItem(item)
        self.list.blockSignals(False)
        self._mark_given()
        row = 0
        if current is not None:
            row = next((i for i, e in enumerate(self.entries) if e.id == current.id), 0)
        self.list.setCurrentRow(row if self.entries else -1)
        self._show_current()
        if not self.countries:
            self.hint.setText(self.tr(
                "Choose a destination country: its embassies, organisations and emergency "
                "numbers appear here."))
        elif not self.entries:
            self.hint.setText(self.tr("No directory entries for this country yet."))
        self.list.setVisible(bool(self.entries))
        self.copy_button.setVisible(bool(self.entries))
        self._update_title()
        self._toggled(self.toggle.isChecked())

    def _mark_given(self) -> None:
        for i, entry in enumerate(self.entries):
            item = self.list.item(i)
            if item is None:
                continue
            # Two lines: the name, then type, city and marks (the column is narrow).
            first = ("✓ " if entry.id in self.given else "") + entry.name
            second = " · ".join(p for p in (
                self.text.type_label(entry.type), entry.city, *self.text.badges(entry)) if p)
            item.setText(f"{first}\n{second}")

    def _show_current(self, *_args: object) -> None:
        entry = self.current_entry()
        if entry is None:
            self.detail.clear()
            self.detail_area.hide()
            return
        self.detail.setText(self.text.detail_html(entry, full=False))
        self.detail_area.show()

    def current_entry(self) -> Entry | None:
        row = self.list.currentRow()
        if 0 <= row < len(self.entries):
            return self.entries[row]
        return None

    # -- keys --

    def focus_list(self) -> None:
        """F7: expand and move to the list of entries."""
        if not self.toggle.isChecked():
            self.toggle.setChecked(True)
        if self.entries:
            self.list.setFocus(Qt.FocusReason.ShortcutFocusReason)
        # Inside a scrolling form: bring the list and the chosen entry into view.
        parent = self.parentWidget()
        while parent is not None and not isinstance(parent, QScrollArea):
            parent = parent.parentWidget()
        if isinstance(parent, QScrollArea):
            parent.ensureWidgetVisible(self.detail if self.detail.isVisible() else self.body)
            parent.ensureWidgetVisible(self.toggle)

    def copy_current(self) -> None:
        entry = self.current_entry()
        if entry is not None:
            self.copy_requested.emit(entry)
