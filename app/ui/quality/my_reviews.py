"""A consultant's own reviews: scores and feedback, the contact reviewed, and "Mark as
read" so the supervisor knows the feedback arrived. Nobody sees another's reviews here."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.models import rubric as rubrics
from app.services.contacts.service import ContactService
from app.services.quality import OWN, QualityService, ReviewRow
from app.ui.quality.review_view import ContactView, ReviewReport, local_time, percent_text
from app.ui.widgets.style import heading
from app.ui.widgets.tables import read_only_table


class MyReviewsPage(QWidget):
    unread_changed = Signal(int)

    def __init__(self, quality: QualityService, contacts: ContactService, lang: str,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.quality = quality
        self.contacts = contacts
        self.lang = lang
        self.reviews: list[ReviewRow] = []
        self.unread = quality.my_unread_count()
        self.heading = QLabel()
        heading(self.heading, 2)
        self.info = QLabel()
        self.info.setWordWrap(True)
        # Every column as wide as its dates; a narrow pane scrolls instead of cutting them.
        self.table = read_only_table(QTableWidget(0, 5), stretch_last=False)
        self.report = ReviewReport(lang)
        self.contact_view = ContactView(contacts.tax, lang)
        self.detail = QTabWidget()
        self.detail.addTab(self.report, "")
        self.detail.addTab(self.contact_view, "")
        self.read_button = QPushButton()
        self.read_button.setDefault(True)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.info)
        left_layout.addWidget(self.table, 1)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.detail, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.read_button)
        right_layout.addLayout(buttons)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(splitter, 1)

        self.table.itemSelectionChanged.connect(self._show_current)
        self.read_button.clicked.connect(self.mark_read)
        sc = QShortcut(QKeySequence("Ctrl+R"), self)
        sc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        sc.activated.connect(self.mark_read)
        self.retranslate()
        self.refresh()

    def nav_title(self) -> str:
        title = self.tr("My reviews")
        return f"{title} ({self.unread})" if self.unread else title

    def retranslate(self) -> None:
        self.heading.setText(self.tr("My reviews"))
        self.read_button.setText(self.tr("&Mark as read (Ctrl+R)"))
        self.detail.setTabText(0, self.tr("Scores and feedback"))
        self.detail.setTabText(1, self.tr("The contact"))
        self.table.setHorizontalHeaderLabels([
            self.tr("Reviewed"), self.tr("Contact"), self.tr("Score"), self.tr("Band"),
            self.tr("Read")])
        self._update_info()

    def _update_info(self) -> None:
        if not self.reviews:
            self.info.setText(self.tr(
                "No reviews yet. When a supervisor reviews one of your contacts, the scores "
                "and feedback appear here."))
        elif self.unread:
            self.info.setText(self.tr("%n review(s) not read yet.", "", self.unread))
        else:
            self.info.setText(self.tr("You have read all your feedback."))

    def refresh(self) -> None:
        keep = self.current()
        self.reviews = self.quality.my_reviews() if self.quality.can(OWN) else []
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.reviews))
        select_row = 0
        for r, review in enumerate(self.reviews):
            try:
                band = rubrics.load(review.rubric).band(review.band)
            except rubrics.RubricError:
                band = None
            cells = [
                QTableWidgetItem(local_time(review.completed_at, with_time=False)),
                QTableWidgetItem(local_time(review.contact_started_at)),
                QTableWidgetItem(percent_text(review.overall, self.lang)),
                QTableWidgetItem(band.label(self.lang) if band else ""),
                QTableWidgetItem(local_time(review.read_at, with_time=False)
                                 if review.read_at else self.tr("new")),
            ]
            cells[2].setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if band is not None:
                cells[3].setForeground(QBrush(QColor(band.colour)))
            if review.read_at is None:
                for cell in cells:
                    font = QFont(cell.font())
                    font.setBold(True)
                    cell.setFont(font)
            for c, cell in enumerate(cells):
                self.table.setItem(r, c, cell)
            if keep is not None and review.chain_id == keep.chain_id:
                select_row = r
        self.table.blockSignals(False)
        if self.reviews:
            self.table.selectRow(select_row)
        self._show_current()
        self._set_unread(sum(1 for r in self.reviews if r.read_at is None))

    def _set_unread(self, unread: int) -> None:
        changed = unread != self.unread
        self.unread = unread
        self._update_info()
        if changed:
            self.unread_changed.emit(unread)

    def current(self) -> ReviewRow | None:
        row = self.table.currentRow()
        return self.reviews[row] if 0 <= row < len(self.reviews) else None

    def _show_current(self) -> None:
        review = self.current()
        versions = len(self.quality.versions(review.id)) if review else 1
        self.report.show_review(review, versions)
        self.read_button.setEnabled(review is not None and review.read_at is None)
        if review is None or review.contact_id is None:
            self.contact_view.show_missing()
            return
        try:
            self.contact_view.show_record(self.contacts.get(review.contact_id))
        except LookupError:
            self.contact_view.show_missing()

    def mark_read(self) -> None:
        review = self.current()
        if review is None or review.read_at is not None:
            return
        self.quality.mark_read(review.id)
        row = self.table.currentRow()
        self.refresh()
        # On to the next unread review, if any.
        unread = [i for i, r in enumerate(self.reviews) if r.read_at is None]
        target = next((i for i in unread if i > row), unread[0] if unread else row)
        if 0 <= target < len(self.reviews):
            self.table.selectRow(target)
