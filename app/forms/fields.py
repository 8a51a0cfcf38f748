"""Field widgets for code lists and countries, shared by every form of the app.

All of them are usable with the keyboard alone: combos select by typing, checklists
toggle with Space, the country picker filters as one types and adds with Enter.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import (
    QKeyEvent,
    QPaintEvent,
    QStandardItem,
    QStandardItemModel,
    QStatusTipEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QStyle,
    QStyleOptionComboBox,
    QStylePainter,
    QVBoxLayout,
    QWidget,
)

from app.models import countries
from app.models.taxonomy import CodeList

CODE_ROLE = Qt.ItemDataRole.UserRole


class CodeCombo(QComboBox):
    """A combo box over a code list; ``code()`` is None for the empty choice.

    Typing selects as in any combo box. With ``advance``, once the letters typed name
    exactly one choice, ``advanced`` is emitted: the form moves on to the next field,
    so one or two letters choose and confirm (Ж for «Женский», Са for «Сам(а)…»).
    """

    advanced = Signal()

    def __init__(self, codes: CodeList, lang: str, empty: str | None = None,
                 parent: QWidget | None = None, advance: bool = False):
        super().__init__(parent)
        self._codes = codes
        self.advance = advance
        self._typed = ""
        self._typed_at = 0.0
        self._hint_shown = False
        # Long labels must not widen the whole form; the popup still shows them in full.
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(14)
        if empty is not None:
            self.addItem(empty, None)
        for c in codes.active():
            self.addItem(c.label(lang), c.code)
            # A short label (the specification's «Au-pair») is explained where it is
            # chosen: in its tooltip, and in the status bar as it is highlighted.
            hint = c.hint(lang)
            tip = f"{c.label(lang)} — {hint}" if hint else c.label(lang)
            self.setItemData(self.count() - 1, tip, Qt.ItemDataRole.ToolTipRole)
            self.setItemData(self.count() - 1, hint, Qt.ItemDataRole.StatusTipRole)
        # A choice too long for the box is cut with "…" (never mid-letter at the
        # arrow), and hovering shows it whole.
        self.setProperty("elides", True)
        self.currentTextChanged.connect(self._whole_text_tip)
        self._whole_text_tip(self.currentText())
        self.highlighted.connect(self._show_hint)
        self.currentIndexChanged.connect(
            lambda index: self._show_hint(index) if self.hasFocus() else None)

    def _whole_text_tip(self, text: str) -> None:
        tip = self.itemData(self.currentIndex(), Qt.ItemDataRole.ToolTipRole)
        self.setToolTip(str(tip or text) if text and text != "—" else "")

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QStylePainter(self)
        opt = QStyleOptionComboBox()
        self.initStyleOption(opt)
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, opt)
        field = self.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, opt,
                                            QStyle.SubControl.SC_ComboBoxEditField, self)
        room = field.width() - 2  # the style's own margin either side of the text
        if not opt.currentIcon.isNull():
            room -= opt.iconSize.width() + 4
        opt.currentText = self.fontMetrics().elidedText(
            opt.currentText, Qt.TextElideMode.ElideRight, max(room, 0))
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, opt)

    def _show_hint(self, index: int) -> None:
        """The explanation of a choice in the window's status bar while it is
        highlighted in the list or chosen by typing; nothing stays for other choices."""
        hint = self.itemData(index, Qt.ItemDataRole.StatusTipRole)
        if hint or self._hint_shown:
            QApplication.sendEvent(self, QStatusTipEvent(str(hint or "")))
        self._hint_shown = bool(hint)

    def code(self) -> str | None:
        value = self.currentData()
        return str(value) if value is not None else None

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        typing = (self.advance and bool(text) and text.isprintable() and not text.isspace()
                  and not event.modifiers() & ~(Qt.KeyboardModifier.ShiftModifier
                                                | Qt.KeyboardModifier.KeypadModifier))
        super().keyPressEvent(event)
        if not typing:
            self._typed = ""
            return
        now = time.monotonic()
        if now - self._typed_at > QApplication.keyboardInputInterval() / 1000:
            self._typed = ""
        self._typed += text.casefold()
        self._typed_at = now
        hits = [i for i in range(self.count())
                if self.itemText(i).casefold().startswith(self._typed)]
        if len(hits) == 1 and hits[0] == self.currentIndex():
            self._typed = ""
            self.advanced.emit()

    def set_code(self, code: str | None) -> None:
        index = self.findData(code)
        if index < 0 and code is not None and code in self._codes:
            # A retired code stays readable on old records.
            self.addItem(self._codes.label(code, "en"), code)
            index = self.count() - 1
        self.setCurrentIndex(max(index, 0))


class Checklist(QListWidget):
    """The one list of options to tick (codes with their labels): Space toggles the
    current one, ``changed`` tells of every tick.

    ``rows``: how many rows it shows at least before it scrolls (None: every option,
    never scrolling; the list never grows beyond its options either way).
    """

    changed = Signal()

    def __init__(self, options: list[tuple[str, str]], parent: QWidget | None = None, *,
                 rows: int | None = None):
        super().__init__(parent)
        self.rows = rows
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.set_options(options)
        self.itemChanged.connect(lambda _item: self.changed.emit())

    def set_options(self, options: list[tuple[str, str]]) -> None:
        """Show these options; those ticked before stay ticked."""
        chosen = set(self.codes()) if self.count() else set()
        self.blockSignals(True)
        self.clear()
        for code, label in options:
            item = QListWidgetItem(label)
            item.setToolTip(label)
            item.setData(CODE_ROLE, code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if code in chosen
                               else Qt.CheckState.Unchecked)
            self.addItem(item)
        self.blockSignals(False)
        self.setCurrentRow(0)
        shown = self.count() if self.rows is None else min(self.count(), self.rows)
        frame = 2 * self.frameWidth() + 2
        self.setMinimumHeight(self.sizeHintForRow(0) * shown + frame)
        self.setMaximumHeight(self.sizeHintForRow(0) * self.count() + frame)

    def codes(self) -> list[str]:
        return [
            str(self.item(i).data(CODE_ROLE))
            for i in range(self.count())
            if self.item(i).checkState() == Qt.CheckState.Checked
        ]

    def set_codes(self, codes: list[str], *, quiet: bool = False) -> None:
        """Tick exactly ``codes``; ``changed`` follows unless ``quiet``."""
        wanted = set(codes)
        self.blockSignals(True)
        for i in range(self.count()):
            item = self.item(i)
            state = Qt.CheckState.Checked if item.data(CODE_ROLE) in wanted else (
                Qt.CheckState.Unchecked)
            item.setCheckState(state)
        self.blockSignals(False)
        if not quiet:
            self.changed.emit()

    def untick_all(self) -> None:
        """As on a new record: nothing ticked, the cursor on the first option. (Not
        named ``reset``: that is a virtual of Qt's item views, which Qt calls itself when
        the list is cleared, in the middle of set_options.)"""
        self.set_codes([])
        self.setCurrentRow(0)
        self.scrollToTop()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        item = self.currentItem()
        if event.key() == Qt.Key.Key_Space and item is not None:
            checked = item.checkState() == Qt.CheckState.Checked
            item.setCheckState(Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked)
            return
        super().keyPressEvent(event)


class CodeChecklist(Checklist):
    """The codes of a code list to tick (topics, outcomes): every code visible at once,
    no scrolling while a caller talks; a label too long for the room ends in "…"."""

    def __init__(self, codes: CodeList, lang: str, parent: QWidget | None = None):
        super().__init__([(c.code, c.label(lang)) for c in codes.active()], parent)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)


class _CountryFilter(QSortFilterProxyModel):
    """The countries matching the search (:func:`countries.search`), best first: a name
    that starts with what was typed before one that only contains it; otherwise the
    source order (frequent destinations first, then alphabetical)."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.ranks: dict[str, int] | None = None  # None: no search, every country

    def set_search(self, text: str) -> None:
        self.ranks = countries.search(text) if text.strip() else None
        self.invalidate()
        self.sort(0 if self.ranks is not None else -1)

    def filterAcceptsRow(self, row: int, parent) -> bool:  # type: ignore[no-untyped-def]
        if self.ranks is None:
            return True
        code = self.sourceModel().index(row, 0, parent).data(CODE_ROLE)
        return str(code) in self.ranks

    def lessThan(self, left, right) -> bool:  # type: ignore[no-untyped-def]
        ranks = self.ranks or {}
        a = (ranks.get(str(left.data(CODE_ROLE)), 9), left.row())
        b = (ranks.get(str(right.data(CODE_ROLE)), 9), right.row())
        return a < b


class CountryPicker(QWidget):
    """Search a country by typing, Enter adds it; the chosen ones are listed below.

    The most frequent destinations come first in the list, then all countries in
    alphabetical order of their names in the UI language (names from pycountry).
    Tab goes from the search field straight on to the next field of the form: the list
    is reached with the arrow keys, and Delete (or Backspace) in the empty search field
    removes the last chosen country; Delete in the chosen list removes that one.
    """

    changed = Signal()

    def __init__(self, lang: str, frequent: list[str], parent: QWidget | None = None):
        super().__init__(parent)
        self._lang = lang
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.matches = QListView()
        self.matches.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.matches.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.chosen = QListWidget()
        # The chosen countries stay in view right under the search field, three rows
        # high; the list of matches takes the room left and scrolls by itself.
        self.chosen.setMaximumHeight(3 * self.chosen.fontMetrics().height() + 10)
        self.chosen.setMinimumHeight(self.chosen.maximumHeight())
        self.chosen.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.chosen.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.matches.setMinimumHeight(2 * self.matches.fontMetrics().height() + 10)
        self.matches.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
        self.remove_button = QPushButton()
        # Out of the Tab chain (the arrow keys and Delete in the search field reach them):
        # one Tab takes the consultant on from the countries.
        for w in (self.matches, self.chosen, self.remove_button):
            w.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self._model = QStandardItemModel(self)
        self._proxy = _CountryFilter(self)
        self._proxy.setSourceModel(self._model)
        self.matches.setModel(self._proxy)
        self.set_frequent(frequent)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.search)
        row = QHBoxLayout()
        row.addWidget(self.chosen, 1)
        row.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(row)
        layout.addWidget(self.matches, 1)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        # Room for two lines: in a narrow column the hint wraps, and the layout of a
        # form that fits the screen does not ask a label for its wrapped height.
        self.hint.setMinimumHeight(2 * self.hint.fontMetrics().lineSpacing())
        layout.addWidget(self.hint)
        self.retranslate()

        self.search.textChanged.connect(self._filter)
        self.search.returnPressed.connect(self.add_current)
        self.search.installEventFilter(self)
        self.matches.activated.connect(lambda _i: self.add_current())
        self.chosen.installEventFilter(self)
        self.remove_button.clicked.connect(self.remove_current)
        self._filter("")

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Type a country, then Enter"))
        self.remove_button.setText(self.tr("Remove"))
        self.hint.setText(self.tr(
            "Down arrow: choose in the list. Del in the empty field: remove the last "
            "chosen country."))

    def set_frequent(self, frequent: list[str]) -> None:
        self._model.clear()
        seen = set()
        for code in frequent:
            if countries.is_valid(code) and code not in seen:
                self._append(code, bold=True)
                seen.add(code)
        self._append(countries.UNDEFINED)
        for code, _name in countries.names(self._lang):
            if code not in seen:
                self._append(code)
        if hasattr(self, "search"):
            self._filter(self.search.text())

    def _append(self, code: str, bold: bool = False) -> None:
        item = QStandardItem(f"{countries.name(code, self._lang)} ({code})")
        item.setToolTip(item.text())  # a long name is cut at the list's edge
        item.setData(code, CODE_ROLE)
        if bold:
            font = item.font()
            font.setBold(True)
            item.setFont(font)
        self._model.appendRow(item)

    def _filter(self, text: str) -> None:
        self._proxy.set_search(text)
        if self._proxy.rowCount():
            self.matches.setCurrentIndex(self._proxy.index(0, 0))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if watched is self.search and event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up):
                row = self.matches.currentIndex().row()
                row += 1 if event.key() == Qt.Key.Key_Down else -1
                row = max(0, min(row, self._proxy.rowCount() - 1))
                self.matches.setCurrentIndex(self._proxy.index(row, 0))
                return True
            if (watched is self.search and not self.search.text()
                    and event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)):
                if self.chosen.count():
                    self.chosen.takeItem(self.chosen.count() - 1)
                    self.changed.emit()
                return True
            if watched is self.chosen and event.key() in (Qt.Key.Key_Delete,
                                                          Qt.Key.Key_Backspace):
                self.remove_current()
                return True
        return super().eventFilter(watched, event)

    def add_current(self) -> None:
        index = self.matches.currentIndex()
        if not index.isValid():
            return
        self.add(str(index.data(CODE_ROLE)))
        self.search.clear()

    def add(self, code: str) -> None:
        if code in self.codes():
            return
        item = QListWidgetItem(f"{countries.name(code, self._lang)} ({code})")
        item.setData(CODE_ROLE, code)
        self.chosen.addItem(item)
        self.changed.emit()

    def reset(self) -> None:
        """As on a new contact: nothing chosen, nothing searched, the list at its top."""
        self.search.clear()
        self.set_codes([])
        self._filter("")
        self.matches.scrollToTop()

    def remove_current(self) -> None:
        row = self.chosen.currentRow()
        if row < 0 and self.chosen.count():
            row = self.chosen.count() - 1
        if row >= 0:
            self.chosen.takeItem(row)
            self.changed.emit()

    def codes(self) -> list[str]:
        return [str(self.chosen.item(i).data(CODE_ROLE)) for i in range(self.chosen.count())]

    def set_codes(self, codes: list[str]) -> None:
        self.chosen.clear()
        for code in codes:
            if countries.is_valid(code):
                item = QListWidgetItem(f"{countries.name(code, self._lang)} ({code})")
                item.setData(CODE_ROLE, code)
                self.chosen.addItem(item)
        self.changed.emit()
