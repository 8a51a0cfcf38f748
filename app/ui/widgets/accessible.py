"""Accessible names for screen readers, given once per screen from what is on it.

A screen reader announces a field by its accessible name. Qt finds one by itself for a
button with text and for a field whose label names it as its buddy; every other
interactive widget (a field beside a plain label, a table, a list, an icon button, a
field with only a placeholder) is announced as "edit" or "table" and nothing more.
:func:`name_widgets` fills those gaps from what a sighted user reads next to the
widget: its form-row label, the label before it in its row, its group's title, its
placeholder or its tooltip (mnemonic ``&`` stripped). A screen calls it once, after
its widgets are built; explicit names set with ``setAccessibleName`` are kept.

:func:`unnamed` lists the interactive widgets a screen reader would still announce
without a name: the accessibility test walks every screen and dialog with it.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QBoxLayout,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QStackedWidget,
    QTabBar,
    QTableView,
    QTextEdit,
    QWidget,
)

Role = QAccessible.Role
Text = QAccessible.Text

# The roles a user acts on: buttons, fields, lists and tables.
INTERACTIVE = frozenset({
    Role.PushButton, Role.CheckBox, Role.RadioButton, Role.ComboBox, Role.EditableText,
    Role.SpinBox, Role.List, Role.Table, Role.Tree, Role.ButtonMenu, Role.ButtonDropDown,
    Role.Slider, Role.PageTabList, Role.ToolBar, Role.Dial,
})

_KINDS = (QAbstractButton, QAbstractItemView, QAbstractSpinBox, QComboBox, QLineEdit,
          QPlainTextEdit, QTextEdit, QTabBar, QDateTimeEdit)


def plain(text: str) -> str:
    """A label's text as a screen reader should say it: no mnemonic ``&`` (``&&`` is a
    literal one), no rich-text tags, no trailing colon, whitespace collapsed."""
    text = re.sub(r"<[^>]+>", "", text)
    text = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
    text = " ".join(text.split())
    return text.rstrip(":：").strip()


def accessible_name(widget: QWidget) -> str:
    """The name a screen reader announces for ``widget`` (Qt's own or the one set)."""
    iface = QAccessible.queryAccessibleInterface(widget)
    if iface is None or not iface.isValid():
        return widget.accessibleName()
    return iface.text(Text.Name) or ""


def has_name(widget: QWidget) -> bool:
    """Whether a screen reader says what ``widget`` is, not only what it holds: a
    button or check box by its words (a glyph such as "▾" is no name), any other field
    by a name set for it. Qt falls back on a combo's current choice or a field's
    placeholder, which say what is in it, not what it is."""
    if widget.accessibleName().strip():
        return True
    if isinstance(widget, QAbstractButton):
        return any(ch.isalnum() for ch in accessible_name(widget))
    return False


def is_interactive(widget: QWidget) -> bool:
    """A widget the user acts on: a button, field, list or table, or a widget of our own
    that takes the focus from the Tab key (a review's scoring row, a chart)."""
    if not isinstance(widget, _KINDS):
        return (not widget.isWindow() and type(widget).__module__.startswith("app.")
                and bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus))
    iface = QAccessible.queryAccessibleInterface(widget)
    return iface is not None and iface.isValid() and iface.role() in INTERACTIVE


def _inner(widget: QWidget) -> bool:
    """Parts of a composite widget a screen reader reaches through the composite: the
    line edit inside a combo or spin box, a table's corner button, a tab bar's arrows."""
    parent = widget.parentWidget()
    if parent is None:
        return False
    if isinstance(widget, QLineEdit) and isinstance(parent, QComboBox | QAbstractSpinBox):
        return True
    if widget.objectName() == "qt_tableview_cornerbutton":  # the table's "select all"
        return True
    if isinstance(widget, QAbstractItemView) and (
            isinstance(parent, QComboBox) or isinstance(parent.parentWidget(), QComboBox)):
        return True  # a combo's list of choices, announced as the combo's
    return isinstance(parent, QTabBar) and isinstance(widget, QAbstractButton)


def _label_text(widget: QWidget | None) -> str:
    return plain(widget.text()) if isinstance(widget, QLabel) else ""


def _layout_of(widget: QWidget) -> QLayout | None:
    parent = widget.parentWidget()
    if parent is None or parent.layout() is None:
        return None
    found: list[QLayout] = []

    def search(layout: QLayout) -> bool:
        for i in range(layout.count()):
            item = layout.itemAt(i)
            if item is None:
                continue
            if item.widget() is widget:
                found.append(layout)
                return True
            sub = item.layout()
            if sub is not None and search(sub):
                return True
        return False

    search(parent.layout())
    return found[0] if found else None


def _form_label(widget: QWidget) -> str:
    """The label of the QFormLayout row the widget (or the layout holding it) is in."""
    node: QWidget | QLayout = widget
    layout = _layout_of(widget)
    while layout is not None:
        parent_layout = layout.parent()
        if isinstance(layout, QFormLayout):
            label = layout.labelForField(node)  # type: ignore[arg-type]
            if label is not None:
                return _label_text(label)
            return ""
        if not isinstance(parent_layout, QLayout):
            return ""
        node, layout = layout, parent_layout
    return ""


def _neighbour_label(widget: QWidget) -> str:
    """The label just before the widget in its row or grid (what the eye reads first):
    a short one-line label, not a paragraph or a status line above it."""
    layout = _layout_of(widget)
    if isinstance(layout, QGridLayout):
        index = layout.indexOf(widget)
        if index < 0:
            return ""
        # A table of fields: the row's label on the left, the column's heading above.
        row, col, _rs, _cs = layout.getItemPosition(index)
        row_label = column_label = ""
        for c in range(col - 1, -1, -1):
            item = layout.itemAtPosition(row, c)
            if item is not None and isinstance(item.widget(), QLabel):
                row_label = _short(item.widget())
                break
        if not row_label and row > 0:  # a title spanning the row above (a referral's)
            above = layout.itemAtPosition(row - 1, 0)
            title = above.widget() if above is not None else None
            if title is not None and layout.getItemPosition(layout.indexOf(title))[3] > 1:
                row_label = _short(title) if isinstance(title, QLabel) else (
                    plain(title.text()) if isinstance(title, QAbstractButton) else "")
        top = layout.itemAtPosition(0, col) if row > 0 else None
        if top is not None and isinstance(top.widget(), QLabel) and (
                col > 0 or not row_label or above_title(layout, row)):
            column_label = _short(top.widget())
        if row_label and column_label and (col > 1 or above_title(layout, row)):
            return f"{row_label}: {column_label}"
        return row_label or column_label
    if isinstance(layout, QBoxLayout):
        index = layout.indexOf(widget)
        item = layout.itemAt(index - 1) if index > 0 else None
        before = item.widget() if item is not None else None
        if isinstance(before, QLabel):
            return _short(before)
    return ""


def above_title(layout: QGridLayout, row: int) -> bool:
    """Whether the row's fields sit under a title spanning the row above."""
    above = layout.itemAtPosition(row - 1, 0) if row > 0 else None
    title = above.widget() if above is not None else None
    return title is not None and layout.getItemPosition(layout.indexOf(title))[3] > 1


def _short(label: QWidget) -> str:
    """A label that names a field: a line or two, not a paragraph."""
    if not isinstance(label, QLabel):
        return ""
    text = _label_text(label)
    if text.endswith((".", "!", "…")):  # a sentence: a status or an instruction
        return ""
    return text if 0 < len(text) <= 150 and any(ch.isalpha() for ch in text) else ""


def _group_title(widget: QWidget) -> str:
    parent = widget.parentWidget()
    while parent is not None and not parent.isWindow():
        if isinstance(parent, QGroupBox) and parent.title():
            return plain(parent.title())
        parent = parent.parentWidget()
    return ""


def derived_name(widget: QWidget) -> str:
    """What a sighted user reads as the widget's name, for one that has none."""
    if isinstance(widget, QAbstractButton) and widget.toolTip():  # an icon or glyph button
        return plain(widget.toolTip())
    for found in (_form_label(widget), _neighbour_label(widget)):
        if found:
            return found
    composite = _composite(widget)
    if composite is not None:
        found = composite.accessibleName() or derived_name(composite)
        if found:
            return found
    if isinstance(widget, QLineEdit) and widget.placeholderText():
        return plain(widget.placeholderText())
    if isinstance(widget, QPlainTextEdit | QTextEdit) and widget.placeholderText():
        return plain(widget.placeholderText())
    if widget.toolTip():
        return plain(widget.toolTip())
    return _group_title(widget)


def _composite(widget: QWidget) -> QWidget | None:
    """The field of our own the widget is a part of (the date field's line and
    calendar button, the country picker's list), which its label names."""
    parent = widget.parentWidget()
    if (parent is None or parent.isWindow() or not type(parent).__module__.startswith("app.")
            or isinstance(parent, QDialog)
            or isinstance(parent.parentWidget(), QStackedWidget)):
        return None
    inner = [w for w in parent.findChildren(QWidget) if is_interactive(w)]
    return parent if widget in inner and len(inner) <= 6 else None


def name_widgets(root: QWidget, fallback: str = "") -> int:
    """Give each unnamed interactive widget under ``root`` (``root`` too) the name a
    sighted user reads beside it; returns how many were named. Buddy labels are made
    to name their fields as well, and a field without an accessible description gets
    its tooltip as one. A list or table with no label near it is named ``fallback``
    (the screen's title), its columns given as its description."""
    named = 0
    for label in root.findChildren(QLabel):
        buddy = label.buddy()
        if buddy is not None and not buddy.accessibleName():
            text = plain(label.text())
            if text:
                buddy.setAccessibleName(text)
                named += 1
    for widget in [root, *root.findChildren(QWidget)]:
        if not is_interactive(widget) or _inner(widget):
            continue
        if not widget.accessibleDescription() and widget.toolTip():
            widget.setAccessibleDescription(plain(widget.toolTip()))
        if has_name(widget):
            continue
        name = derived_name(widget)
        if not name and isinstance(widget, QAbstractItemView) and fallback:
            name = fallback
            _describe_columns(widget)
        if not name and isinstance(widget, QTabBar):  # its tabs' titles say what it is
            name = ", ".join(plain(widget.tabText(i)) for i in range(widget.count()))
        if name:
            widget.setAccessibleName(name)
            named += 1
    return named


def _describe_columns(view: QAbstractItemView) -> None:
    model = view.model()
    if model is None or view.accessibleDescription() or not isinstance(view, QTableView):
        return
    count = view.horizontalHeader().count()
    if count < 2:
        return
    heads = [str(model.headerData(c, Qt.Orientation.Horizontal) or "") for c in range(count)]
    view.setAccessibleDescription(", ".join(h for h in heads if h))


class _Namer(QObject):
    """Names the widgets of each window and each page of a stacked widget (a main
    window's page, a wizard's or a tab's) as it is shown, so a screen built or changed
    after start-up is named too."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, QWidget) and (
                watched.isWindow() or watched.inherits("QWizardPage")
                or isinstance(watched.parentWidget(), QStackedWidget)):
            name_widgets(watched, watched.windowTitle() if watched.isWindow() else "")
        return False


_namer: _Namer | None = None


def install(app: QObject) -> None:
    """Name every window's and page's widgets as they are shown (once per app)."""
    global _namer  # noqa: PLW0603 - one filter for the application
    if _namer is None:
        _namer = _Namer(app)
        app.installEventFilter(_namer)


def unnamed(root: QWidget, visible_only: bool = True) -> list[QWidget]:
    """The interactive widgets under ``root`` a screen reader announces without a name
    (only those on screen, unless ``visible_only`` is false)."""
    missing = []
    for widget in [root, *root.findChildren(QWidget)]:
        if visible_only and not widget.isVisible():
            continue
        if not is_interactive(widget) or _inner(widget):
            continue
        if not has_name(widget):
            missing.append(widget)
    return missing


def describe(widget: QWidget) -> str:
    """A widget as a failure message names it: class, object name, where it sits."""
    path = []
    node: QWidget | None = widget
    while node is not None and len(path) < 4:
        path.append(f"{type(node).__name__}({node.objectName() or ''})")
        node = node.parentWidget()
    return " < ".join(path)
