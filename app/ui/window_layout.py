"""The main window's layout memory: its geometry, and each page's splitters, column
widths and sort orders, kept per account in the settings.

:class:`WindowLayout` is a part of :class:`app.ui.main_window.MainWindow` (which
inherits it), kept here so that the window's module holds the shell: pages, menus,
navigation and closing. It uses the window's ``settings``, ``user`` and ``pages``. The
first time, the window opens maximised on a small screen (1366×768 laptops) and
otherwise at a size that fits the screen. Only the account's id names the settings
group: nothing personal is written.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtWidgets import QHeaderView, QSplitter, QTableView, QWidget

LAYOUT_GROUP = "window_layout"


class WindowLayout:
    """Saving and restoring the window's layout (mixed into MainWindow)."""

    @staticmethod
    def _layout_widgets(key: str, page: QWidget) -> list[tuple[str, QSplitter | QHeaderView]]:
        """A page's splitters and table headers with a name that is the same at every
        start."""
        found: list[tuple[str, QSplitter | QHeaderView]] = []
        for kind in (QSplitter, QHeaderView):
            for n, w in enumerate(page.findChildren(kind)):
                if isinstance(w, QHeaderView) and w.orientation() != Qt.Orientation.Horizontal:
                    continue
                found.append((f"{key}/{kind.__name__}/{w.objectName() or n}", w))
        return found

    def _layout_group(self) -> str:
        """Each account's own window layout (keyed by its id: no name, nothing personal)."""
        return f"{LAYOUT_GROUP}/{self.user.id}"

    def _restore_page_layout(self, key: str, page: QWidget) -> None:
        """A page's splitters, columns and sort orders as this user left them, when it is
        built."""
        self.settings.beginGroup(self._layout_group())
        try:
            for name, w in self._layout_widgets(key, page):
                state = self.settings.value(name)
                if isinstance(state, QByteArray | bytes) and state:
                    w.restoreState(QByteArray(state))
                view = w.parentWidget() if isinstance(w, QHeaderView) else None
                sort = str(self.settings.value(f"{name}/sort") or "")
                if isinstance(view, QTableView) and view.isSortingEnabled() and "," in sort:
                    # Apart from the header's state, which a table still empty (filled
                    # when computed) cannot take.
                    column, order = (int(v) for v in sort.split(",", 1))
                    view.sortByColumn(column, Qt.SortOrder(order))
        finally:
            self.settings.endGroup()

    def _restore_layout(self) -> None:
        """The geometry as the user left it (each page's splitters and columns when it
        is built); the first time, maximised on a small screen, else a size that fits
        the screen."""
        self.settings.beginGroup(self._layout_group())
        try:
            geometry = self.settings.value("geometry")
        finally:
            self.settings.endGroup()
        if isinstance(geometry, QByteArray | bytes) and geometry and self.restoreGeometry(
                QByteArray(geometry)):
            return
        screen = self.screen()
        available = screen.availableGeometry() if screen is not None else None
        if available is None:
            self.resize(1280, 720)
            return
        if available.width() <= 1440 or available.height() <= 900:
            self.resize(available.width(), available.height())
            self.setWindowState(self.windowState() | Qt.WindowState.WindowMaximized)
        else:
            self.resize(min(1440, available.width()), min(900, available.height()))

    def save_layout(self) -> None:
        self.settings.beginGroup(self._layout_group())
        try:
            self.settings.setValue("geometry", self.saveGeometry())
            for key, page in self.pages:  # a page never shown keeps what was saved
                for name, w in self._layout_widgets(key, page):
                    self.settings.setValue(name, w.saveState())
                    view = w.parentWidget() if isinstance(w, QHeaderView) else None
                    if isinstance(view, QTableView) and view.isSortingEnabled():
                        self.settings.setValue(
                            f"{name}/sort",
                            f"{w.sortIndicatorSection()},{w.sortIndicatorOrder().value}")
        finally:
            self.settings.endGroup()
