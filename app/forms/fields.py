"""Field widgets for code lists and countries, shared by every form of the app.

All of them are usable with the keyboard alone: combos select by typing, checklists
toggle with Space, the country picker filters as one types and adds with Enter.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.models import countries
from app.models.taxonomy import CodeList

CODE_ROLE = Qt.ItemDataRole.UserRole


class CodeCombo(QComboBox):
    """A combo box over a code list; ``code()`` is None for the empty choice."""

    def __init__(self, codes: CodeList, lang: str, empty: str | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self._codes = codes
        # Long labels must not widen the whole form; the popup still shows them in full.
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(14)
        if empty is not None:
            self.addItem(empty, None)
        for c in codes.active():
            self.addItem(c.label(lang), c.code)
            self.setItemData(self.count() - 1, c.label(lang), Qt.ItemDataRole.ToolTipRole)
        # The choice shown may be cut at the box's edge: hovering shows it whole.
        self.currentTextChanged.connect(self._whole_text_tip)
        self._whole_text_tip(self.currentText())

    def _whole_text_tip(self, text: str) -> None:
        self.setToolTip(text if text and text != "—" else "")

    def code(self) -> str | None:
        value = self.currentData()
        return str(value) if value is not None else None

    def set_code(self, code: str | None) -> None:
        index = self.findData(code)
        if index < 0 and code is not None and code in self._codes:
            # A retired code stays readable on old records.
            self.addItem(self._codes.label(code, "en"), code)
            index = self.count() - 1
        self.setCurrentIndex(max(index, 0))


class CodeChecklist(QListWidget):
    """A list of checkable codes (topics, outcomes); Space toggles the current one."""

    changed = Signal()

    def __init__(self, codes: CodeList, lang: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        for c in codes.active():
            item = QListWidgetItem(c.label(lang))
            item.setToolTip(c.label(lang))
            item.setData(CODE_ROLE, c.code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.addItem(item)
        self.itemChanged.connect(lambda _item: self.changed.emit())
        self.setCurrentRow(0)
        # Every code visible at once: no scrolling while a caller talks.
        height = self.sizeHintForRow(0) * self.count() + 2 * self.frameWidth() + 2
        self.setMinimumHeight(height)
        self.setMaximumHeight(height)

    def codes(self) -> list[str]:
        return [
            str(self.item(i).data(CODE_ROLE))
            for i in range(self.count())
            if self.item(i).checkState() == Qt.CheckState.Checked
        ]

    def set_codes(self, codes: list[str]) -> None:
        wanted = set(codes)
        self.blockSignals(True)
        for i in range(self.count()):
            item = self.item(i)
            state = Qt.CheckState.Checked if item.data(CODE_ROLE) in wanted else (
                Qt.CheckState.Unchecked)
            item.setCheckState(state)
        self.blockSignals(False)
        self.changed.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        item = self.currentItem()
        if event.key() == Qt.Key.Key_Space and item is not None:
            checked = item.checkState() == Qt.CheckState.Checked
            item.setCheckState(Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked)
            return
        super().keyPressEvent(event)


class _CountryFilter(QSortFilterProxyModel):
    """Matches any part of the name or the code; keeps the source order."""

    def filterAcceptsRow(self, row: int, parent) -> bool:  # type: ignore[no-untyped-def]
        pattern = self.filterRegularExpression().pattern().casefold().replace("ё", "е")
        if not pattern:
            return True
        index = self.sourceModel().index(row, 0, parent)
        name = str(index.data()).casefold().replace("ё", "е")
        code = str(index.data(CODE_ROLE)).casefold()
        return pattern in name or pattern == code


class CountryPicker(QWidget):
    """Search a country by typing, Enter adds it; the chosen ones are listed below.

    The most frequent destinations come first in the list, then all countries in
    alphabetical order of their names in the UI language (names from pycountry).
    Delete removes the current chosen country.
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
        self.chosen.setMaximumHeight(70)
        self.matches.setMinimumHeight(90)
        self.remove_button = QPushButton()
        self._model = QStandardItemModel(self)
        self._proxy = _CountryFilter(self)
        self._proxy.setSourceModel(self._model)
        self.matches.setModel(self._proxy)
        self.set_frequent(frequent)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.matches, 2)
        row = QHBoxLayout()
        row.addWidget(self.chosen, 1)
        row.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(row)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
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
        self.hint.setText(self.tr("Down arrow: choose in the list. Del: remove a chosen country."))

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
        self._proxy.setFilterFixedString(text.strip())
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
