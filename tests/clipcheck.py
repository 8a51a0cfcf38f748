"""Text that does not fit its space on a rendered screen.

Looks at a window as drawn and lists every label, button, table header, tab and list
or table item, and the choice shown in a closed combo box, whose text is wider than the
room it has (or, wrapped, taller). A table cell that carries a tooltip is a deliberate
elision (the tooltip shows the whole text) and is not listed; so is a label or a combo
box that draws its text elided on purpose (its ``elides`` property set) with the whole
text as its tooltip. An item of a list is listed even with a tooltip (lists such as the
topics are read while a caller talks, nobody hovers over them), unless the list elides
on purpose (its ``elides`` property set: the contacts abroad beside a form, whose
chosen entry shows whole below the list). A list without a horizontal scroll bar
cannot be scrolled to what its viewport cuts off.
"""

from __future__ import annotations

import re
from html import unescape

from PySide6.QtCore import QModelIndex, QRect, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QCheckBox,
    QComboBox,
    QHeaderView,
    QLabel,
    QListView,
    QPushButton,
    QRadioButton,
    QStyle,
    QStyleOptionComboBox,
    QTabBar,
    QTableView,
    QToolButton,
    QWidget,
)

SLACK = 1  # pixels of rounding
ITEM_SLACK = 3  # an item view's own text layout rounds a little more generously


def plain(text: str) -> list[str]:
    """The lines a label shows: markup and mnemonics removed."""
    if "<" in text:
        text = re.sub(r"<br\s*/?>|</p>|</div>|</li>|</tr>", "\n", text, flags=re.I)
        text = re.sub(r"<[^>]+>", "", text)
        text = unescape(text)
    text = re.sub(r"&(?!&)", "", text).replace("&&", "&")
    return [line for line in text.split("\n") if line.strip()]


def _name(widget: QWidget) -> str:
    parts = []
    w: QWidget | None = widget
    while w is not None and len(parts) < 3:
        parts.append(w.objectName() or type(w).__name__)
        w = w.parentWidget()
    return "/".join(reversed(parts))


def _shown(widget: QWidget, top: QWidget) -> bool:
    if not (widget is top or widget.isVisibleTo(top)) or widget.width() <= 0 or (
            widget.height() <= 0):
        return False
    corner = widget.mapTo(top, widget.rect().topLeft())
    return QRect(corner, widget.size()).intersects(top.rect())


def _visible_width(widget: QWidget) -> int:
    """The width of the widget actually on screen: what its parents leave of it, unless
    it sits in a scroll area (which can be scrolled to it)."""
    w: QWidget | None = widget.parentWidget()
    while w is not None:
        if isinstance(w, QAbstractScrollArea):
            return widget.width()
        w = w.parentWidget()
    return widget.visibleRegion().boundingRect().width()


def _label(label: QLabel) -> str | None:
    if label.pixmap() is not None and not label.pixmap().isNull():
        return None
    lines = plain(label.text())
    if not lines:
        return None
    font = label.font()
    if "<b>" in label.text().lower():
        font.setBold(True)
    fm = QFontMetrics(font)
    rect = label.contentsRect()
    margin = label.margin() * 2 + max(label.indent(), 0)
    if label.wordWrap():
        needed = label.heightForWidth(label.width())
        if needed > label.height() + SLACK:
            return (f"wraps to {needed}px high in {label.height()}px: "
                    f"{' '.join(lines)[:80]!r}")
        # A single word wider than the label cannot wrap.
        longest = max(fm.horizontalAdvance(word) for line in lines for word in line.split())
        if longest > rect.width() - margin + SLACK:
            return f"a word {longest}px wide in {rect.width()}px: {' '.join(lines)[:80]!r}"
        return None
    needed = max(fm.horizontalAdvance(line) for line in lines)
    room = min(rect.width(), _visible_width(label)) - margin
    if label.property("elides") and plain(label.toolTip()) == lines:
        return None  # cut with "…" on purpose; hovering shows it whole
    if needed > room + SLACK:
        return f"{needed}px of text in {room}px: {' '.join(lines)[:80]!r}"
    return None


def _button(button: QAbstractButton) -> str | None:
    text = " ".join(plain(button.text()))
    if not text:
        return None
    hint = button.sizeHint().width()
    room = min(button.width(), _visible_width(button))
    if isinstance(button, QCheckBox | QRadioButton):
        fm = button.fontMetrics()
        style = button.style()
        indicator = style.pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth, None, button)
        spacing = style.pixelMetric(QStyle.PixelMetric.PM_CheckBoxLabelSpacing, None, button)
        hint = indicator + spacing + fm.horizontalAdvance(text) + 2
    elif isinstance(button, QToolButton) and button.toolButtonStyle() == (
            Qt.ToolButtonStyle.ToolButtonIconOnly):
        return None
    if hint > room + SLACK:
        return f"needs {hint}px, has {room}px: {text[:80]!r}"
    return None


def _combo(combo: QComboBox) -> str | None:
    text = combo.currentText()
    if not text or combo.isEditable():
        return None
    opt = QStyleOptionComboBox()
    opt.initFrom(combo)
    opt.currentText = text
    field = combo.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, opt,
                                         QStyle.SubControl.SC_ComboBoxEditField, combo)
    needed = combo.fontMetrics().horizontalAdvance(text)
    if not combo.itemIcon(combo.currentIndex()).isNull():
        needed += combo.iconSize().width() + 4
    if combo.property("elides") and plain(combo.toolTip()) == plain(text):
        return None  # cut with "…" on purpose; hovering shows it whole
    if needed > field.width() + SLACK:
        return f"choice needs {needed}px, has {field.width()}px: {text[:80]!r}"
    return None


def _header(header: QHeaderView) -> list[str]:
    model = header.model()
    if model is None:
        return []
    out = []
    fm = header.fontMetrics()
    margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    for section in range(header.count()):
        if header.isSectionHidden(section):
            continue
        text = model.headerData(section, header.orientation(), Qt.ItemDataRole.DisplayRole)
        if not text:
            continue
        size = header.sectionSize(section)
        if header.orientation() == Qt.Orientation.Vertical:
            continue
        needed = fm.horizontalAdvance(str(text)) + 2 * margin
        if header.isSortIndicatorShown() and header.sortIndicatorSection() == section:
            needed += header.style().pixelMetric(
                QStyle.PixelMetric.PM_HeaderMarkSize, None, header)
        tip = model.headerData(section, header.orientation(), Qt.ItemDataRole.ToolTipRole)
        if needed > size + SLACK and not tip:
            out.append(f"column {str(text)!r} needs {needed}px, has {size}px")
    return out


def _items(view: QAbstractItemView) -> list[str]:
    model = view.model()
    if model is None:
        return []
    out = []
    viewport = view.viewport().rect()
    fm = view.fontMetrics()
    # What the style leaves on each side of an item's text before it elides it.
    margin = view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
    rows = model.rowCount(QModelIndex())
    cols = model.columnCount(QModelIndex()) if not isinstance(view, QListView) else 1
    for row in range(min(rows, 200)):
        for col in range(min(cols, 30)):
            index = model.index(row, col, QModelIndex())
            rect: QRect = view.visualRect(index)
            if rect.isEmpty() or not viewport.intersects(rect):
                continue
            text = index.data(Qt.ItemDataRole.DisplayRole)
            if text is None or not str(text).strip():
                continue
            if (isinstance(view, QTableView) or view.property("elides")) and index.data(
                    Qt.ItemDataRole.ToolTipRole):
                continue  # cut on purpose: its tooltip shows it whole
            lines = str(text).split("\n")
            first = max(lines, key=fm.horizontalAdvance)
            extra = 2 * margin
            if index.data(Qt.ItemDataRole.CheckStateRole) is not None:
                extra += view.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth) + 6
            if index.data(Qt.ItemDataRole.DecorationRole) is not None:
                extra += view.iconSize().width() + 4
            room = rect.width()  # the part scrolled out of view is not cut: it scrolls
            if view.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff:
                # ... unless there is no scroll bar: what the viewport does not show is
                # lost (a list's items are as wide as its widest, not as the list).
                room = min(room, viewport.right() + 1 - rect.left())
            if fm.horizontalAdvance(first) + extra <= room + ITEM_SLACK and "\n" not in str(
                    text):
                continue
            if getattr(view, "wordWrap", lambda: False)():
                # Wrapped at word breaks within the item: does it fit in its height?
                bound = fm.boundingRect(QRect(0, 0, max(room - extra, 1), 100_000),
                                        Qt.TextFlag.TextWordWrap, str(text))
                if bound.height() > rect.height() + SLACK or (
                        bound.width() > room - extra + SLACK):
                    out.append(f"item {first[:60]!r} needs {bound.width() + extra}x"
                               f"{bound.height()}px, has {room}x{rect.height()}px")
                continue
            needed = fm.horizontalAdvance(first) + extra
            if needed > room + ITEM_SLACK:
                out.append(f"item {first[:60]!r} needs {needed}px, has {room}px")
    return out


def _tabs(bar: QTabBar) -> list[str]:
    out = []
    for i in range(bar.count()):
        text = " ".join(plain(bar.tabText(i)))
        rect = bar.tabRect(i)
        needed = bar.fontMetrics().horizontalAdvance(text) + 8
        if needed > rect.width() + SLACK:
            out.append(f"tab {text!r} needs {needed}px, has {rect.width()}px")
    return out


def clipped(top: QWidget) -> list[str]:
    """Every text of ``top`` (a window as shown) that does not fit, one line each."""
    found = []
    for widget in [top, *top.findChildren(QWidget)]:
        if not _shown(widget, top):
            continue
        problems: list[str] = []
        if isinstance(widget, QLabel):
            problem = _label(widget)
            problems = [problem] if problem else []
        elif isinstance(widget, QPushButton | QCheckBox | QRadioButton | QToolButton):
            problem = _button(widget)
            problems = [problem] if problem else []
        elif isinstance(widget, QComboBox):
            problem = _combo(widget)
            problems = [problem] if problem else []
        elif isinstance(widget, QHeaderView):
            problems = _header(widget)
        elif isinstance(widget, QAbstractItemView) and not isinstance(
                widget.parentWidget(), QComboBox) and widget.window() is top:
            problems = _items(widget)
        elif isinstance(widget, QTabBar):
            problems = _tabs(widget)
        found.extend(f"{_name(widget)}: {p}" for p in problems)
    return found
