"""The lazy table model: a page that cannot be read is said, and the list stays usable."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QTableView

from app.ui.widgets import msgbox
from app.ui.widgets.table_models import PAGE, PagedTableModel


@dataclass(frozen=True)
class Row:
    id: str
    n: int


class NumberModel(PagedTableModel):
    """Numbered rows read from a real SQLite table, page after page (keyset)."""

    COLUMNS = ("n",)

    def __init__(self, db: sqlite3.Connection):
        self.db = db
        super().__init__(None)

    def headers(self) -> list[str]:
        return ["n"]

    def fetch_page(self, after: Row | None, limit: int) -> list[Row]:
        start = after.n if after is not None else -1
        rows = self.db.execute("SELECT n FROM numbers WHERE n > ? ORDER BY n LIMIT ?",
                               (start, limit)).fetchall()
        return [Row(str(n), n) for (n,) in rows]

    def row_text(self, row: Row, column: int) -> str:
        return str(row.n)


def test_a_page_that_cannot_be_read_is_said_and_the_list_stays_usable(
        qtbot, tmp_path, monkeypatch):
    db = sqlite3.connect(tmp_path / "numbers.sqlite3")
    db.execute("CREATE TABLE numbers (n INTEGER PRIMARY KEY)")
    db.executemany("INSERT INTO numbers VALUES (?)", [(n,) for n in range(PAGE * 2 + 50)])
    db.commit()
    shown: list[tuple[str, str, str]] = []
    monkeypatch.setattr(msgbox, "error", lambda _parent, title, text, details="":
                        shown.append((title, text, details)))
    model = NumberModel(db)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    model.refresh()
    assert model.rowCount() == PAGE

    db.execute("ALTER TABLE numbers RENAME TO gone")  # the next page fails to read
    model.fetchMore(QModelIndex())  # as the view does when scrolled to the end
    assert len(shown) == 1
    _title, text, details = shown[0]
    assert "could not be read" in text
    assert "Refresh" in text
    assert details == "OperationalError"
    # The rows read stay, and the view no longer asks for more (no message after message).
    assert model.rowCount() == PAGE
    assert model.data(model.index(PAGE - 1, 0)) == str(PAGE - 1)
    assert not model.canFetchMore(QModelIndex())
    view.scrollToBottom()
    qtbot.wait(20)
    assert len(shown) == 1

    db.execute("ALTER TABLE gone RENAME TO numbers")  # readable again: refresh reads it
    model.refresh()
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    assert model.rowCount() == PAGE * 2 + 50
    assert len(shown) == 1
    db.close()
