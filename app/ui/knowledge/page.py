"""The knowledge base page: vetted articles and checklists.

Everyone searches and reads the approved articles (as you type: word beginnings, any
case, ё = е) and copies one for an e-mail reply. Supervisors and administrators also
see drafts and the articles to be checked, write and change articles in Russian and
Belarusian with their topics and destinations, approve or withdraw them, mark them
reviewed, see each one's history (every saved revision, who and when) and how often
each was given to callers, and import or export the whole base as a file.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.forms.fields import CodeChecklist, CountryPicker
from app.services.knowledge import files as kb_files
from app.services.knowledge.service import (
    APPROVED,
    Article,
    ArticleInput,
    ArticleQuery,
    ArticleRow,
    KnowledgeService,
)
from app.services.messages import UserError
from app.services.records import ConcurrentEditError
from app.services.validation import ValidationError
from app.ui.messages import user_text
from app.ui.widgets import import_problems, msgbox
from app.ui.widgets.formatting import show_date, show_date_time
from app.ui.widgets.style import ERROR_RED, heading

ID_ROLE = Qt.ItemDataRole.UserRole
FILTERS = ("all", "approved", "draft", "stale")


def _date(value: datetime | None) -> str:
    return show_date(value) if value else "—"


class ArticleHistoryDialog(QDialog):
    """Every saved state of an article: who, when, what happened, and its text."""

    def __init__(self, knowledge: KnowledgeService, article_id: str, lang: str,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("History of the article"))
        self.rows = knowledge.history(article_id)
        self.lang = lang
        self.list = QListWidget()
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        for r in self.rows:
            self.list.addItem(self.tr("%1, revision %2: %3 (%4)")
                              .replace("%1", show_date_time(r.saved_at))
                              .replace("%2", str(r.revision)).replace("%3", r.user_name or "—")
                              .replace("%4", self.action(r.action)))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.text, 2)
        layout.addWidget(buttons)
        self.list.currentRowChanged.connect(self._show)
        self.list.setCurrentRow(0 if self.rows else -1)
        self.resize(640, 480)

    def action(self, code: str) -> str:
        return {"create": self.tr("written"), "edit": self.tr("changed"),
                "approve": self.tr("approved"), "withdraw": self.tr("withdrawn"),
                "review": self.tr("reviewed"), "retire": self.tr("removed"),
                "import": self.tr("imported")}.get(code, code)

    def _show(self, row: int) -> None:
        if not 0 <= row < len(self.rows):
            self.text.clear()
            return
        c = self.rows[row].content
        parts = [f"{c.get('title_ru', '')}\n\n{c.get('body_ru', '')}".strip(),
                 f"{c.get('title_be', '')}\n\n{c.get('body_be', '')}".strip()]
        self.text.setPlainText("\n\n— — —\n\n".join(p for p in parts if p))


class UsageDialog(QDialog):
    """How often each article was given to callers, and which are to be checked."""

    def __init__(self, knowledge: KnowledgeService, lang: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Articles given to callers"))
        rows = knowledge.usage(lang=lang)
        self.table = QTableWidget(len(rows), 4)
        self.table.setHorizontalHeaderLabels([
            self.tr("Article"), self.tr("Given"), self.tr("Last given"), self.tr("Review")])
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for i, r in enumerate(rows):
            title = QTableWidgetItem(r.title)
            title.setToolTip(r.title)
            self.table.setItem(i, 0, title)
            count = QTableWidgetItem(str(r.count))
            count.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(i, 1, count)
            self.table.setItem(i, 2, QTableWidgetItem(_date(r.last)))
            self.table.setItem(i, 3, QTableWidgetItem(
                self.tr("to be checked") if r.stale else self.tr("up to date")))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for c in (1, 2, 3):
            header.setSectionResizeMode(c, QHeaderView.ResizeMode.ResizeToContents)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(760, 480)


class KnowledgePage(QWidget):
    """Search, read, and (for supervisors) write and approve the articles."""

    changed = Signal()

    def __init__(self, knowledge: KnowledgeService, lang: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.knowledge = knowledge
        self.lang = lang
        self.editor = knowledge.may_edit()
        self.rows: list[ArticleRow] = []
        self.article: Article | None = None

        self.heading = QLabel()
        heading(self.heading, 4)
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.filter = QComboBox()
        self.new_button = QPushButton()
        self.import_button = QPushButton()
        self.export_button = QPushButton()
        self.usage_button = QPushButton()
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.filter)
        for b in (self.new_button, self.usage_button, self.import_button, self.export_button):
            top.addWidget(b)

        self.list = QListWidget()
        self.list.setObjectName("knowledgeArticles")
        self.list.setProperty("elides", True)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        tax = knowledge.tax
        self.kind = QComboBox()
        self.title_ru = QLineEdit()
        self.body_ru = QPlainTextEdit()
        self.title_be = QLineEdit()
        self.body_be = QPlainTextEdit()
        for body in (self.body_ru, self.body_be):
            body.setTabChangesFocus(True)
        self.topics = CodeChecklist(tax["topic"], lang)
        # Every topic whole on its line, as on the intake form.
        self.topics.setMinimumWidth(self.topics.sizeHintForColumn(0)
                                    + 2 * self.topics.frameWidth() + 4)
        self.destinations = CountryPicker(lang, [])
        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)  # names its owner, as typed
        self.status.setWordWrap(True)
        self.errors = QLabel()
        self.errors.setObjectName("errors")
        self.errors.setWordWrap(True)
        self.errors.setStyleSheet(f"QLabel#errors {{ color: {ERROR_RED}; font-weight: bold; }}")
        self.errors.hide()
        self.labels: dict[str, QLabel] = {}

        def label(key: str, buddy: QWidget) -> QLabel:
            lab = QLabel()
            lab.setBuddy(buddy)
            self.labels[key] = lab
            return lab

        texts = QFormLayout()
        texts.addRow(label("kind", self.kind), self.kind)
        texts.addRow(label("title_ru", self.title_ru), self.title_ru)
        texts.addRow(label("body_ru", self.body_ru), self.body_ru)
        texts.addRow(label("title_be", self.title_be), self.title_be)
        texts.addRow(label("body_be", self.body_be), self.body_be)
        codes = QVBoxLayout()
        codes.addWidget(label("topics", self.topics))
        codes.addWidget(self.topics, 2)
        codes.addWidget(label("destinations", self.destinations.search))
        codes.addWidget(self.destinations, 1)
        fields = QHBoxLayout()
        fields.addLayout(texts, 1)
        fields.addLayout(codes, 0)

        self.save_button = QPushButton()
        self.approve_button = QPushButton()
        self.withdraw_button = QPushButton()
        self.review_button = QPushButton()
        self.history_button = QPushButton()
        self.retire_button = QPushButton()
        self.copy_button = QPushButton()
        actions = QHBoxLayout()
        for b in (self.copy_button, self.history_button, self.retire_button):
            actions.addWidget(b)
        actions.addStretch(1)
        for b in (self.review_button, self.withdraw_button, self.save_button,
                  self.approve_button):
            actions.addWidget(b)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.status)
        right_layout.addLayout(fields, 1)
        right_layout.addWidget(self.errors)
        right_layout.addLayout(actions)
        self.splitter = QSplitter()
        self.splitter.setObjectName("knowledgeSplitter")
        self.splitter.addWidget(self.list)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([320, 900])

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(150)
        self.timer.timeout.connect(self.apply)
        self.search.textChanged.connect(lambda _t: self.timer.start())
        self.filter.currentIndexChanged.connect(lambda _i: self.apply())
        self.list.currentRowChanged.connect(self._load_current)
        self.new_button.clicked.connect(self.new_article)
        self.save_button.clicked.connect(lambda: self.save(approve=False))
        self.approve_button.clicked.connect(lambda: self.save(approve=True))
        self.withdraw_button.clicked.connect(lambda: self._act(self.knowledge.withdraw))
        self.review_button.clicked.connect(lambda: self._act(self.knowledge.mark_reviewed))
        self.retire_button.clicked.connect(self.retire)
        self.history_button.clicked.connect(self.show_history)
        self.usage_button.clicked.connect(self.show_usage)
        self.copy_button.clicked.connect(self.copy_text)
        self.import_button.clicked.connect(self.import_file)
        self.export_button.clicked.connect(self.export_file)
        self.retranslate()
        if not self.editor:
            self.hide_editing()
        self.apply()

    def hide_editing(self) -> None:
        """A role that may only read the approved articles is not offered changes."""
        self.editor = False
        for b in (self.new_button, self.import_button, self.export_button, self.usage_button,
                  self.save_button, self.approve_button, self.withdraw_button,
                  self.review_button, self.retire_button, self.history_button, self.filter):
            b.setVisible(False)
        for edit in (self.title_ru, self.title_be):
            edit.setReadOnly(True)
        for body in (self.body_ru, self.body_be):
            body.setReadOnly(True)
        self.kind.setEnabled(False)
        self.topics.setEnabled(False)
        self.destinations.setEnabled(False)

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Knowledge base: vetted answers"))
        self.search.setPlaceholderText(self.tr("Search by any word's beginning"))
        current = self.filter.currentIndex()
        self.filter.blockSignals(True)
        self.filter.clear()
        self.filter.addItems([self.tr("All articles"), self.tr("Approved"), self.tr("Drafts"),
                              self.tr("To be checked")])
        self.filter.setCurrentIndex(max(current, 0))
        self.filter.blockSignals(False)
        self.new_button.setText(self.tr("&New article"))
        self.usage_button.setText(self.tr("Given to callers…"))
        self.import_button.setText(self.tr("Import…"))
        self.export_button.setText(self.tr("Export…"))
        kind = self.kind.currentIndex()
        self.kind.clear()
        self.kind.addItem(self.tr("Article"), "article")
        self.kind.addItem(self.tr("Checklist"), "checklist")
        self.kind.setCurrentIndex(max(kind, 0))
        for key, text in {
            "kind": self.tr("Kind:"), "title_ru": self.tr("Title (Russian):"),
            "body_ru": self.tr("Text (Russian):"), "title_be": self.tr("Title (Belarusian):"),
            "body_be": self.tr("Text (Belarusian):"), "topics": self.tr("Topics:"),
            "destinations": self.tr("Destinations (none: any):"),
        }.items():
            self.labels[key].setText(text)
        self.save_button.setText(self.tr("Save as draft"))
        self.approve_button.setText(self.tr("Save and &approve"))
        self.withdraw_button.setText(self.tr("Withdraw"))
        self.review_button.setText(self.tr("Reviewed today"))
        self.history_button.setText(self.tr("History…"))
        self.retire_button.setText(self.tr("Remove"))
        self.copy_button.setText(self.tr("Copy for e-mail"))

    # -- the list --

    def line(self, row: ArticleRow) -> str:
        marks = []
        if row.fictional:
            marks.append(self.tr("DEMO, not real advice"))
        if row.status != APPROVED:
            marks.append(self.tr("draft"))
        if row.stale:
            marks.append(self.tr("to be checked"))
        title = row.title(self.lang)
        return f"{title} [{' · '.join(marks)}]" if marks else title

    def apply(self) -> None:
        choice = FILTERS[max(self.filter.currentIndex(), 0)] if self.editor else "approved"
        query = ArticleQuery(text=self.search.text(),
                             status=choice if choice in ("approved", "draft") else None,
                             stale_only=choice == "stale")
        keep = self.article.id if self.article is not None else None
        self.rows = self.knowledge.search(query, self.lang)
        self.list.blockSignals(True)
        self.list.clear()
        for row in self.rows:
            item = QListWidgetItem(self.line(row))
            item.setData(ID_ROLE, row.id)
            item.setToolTip(row.title(self.lang))
            self.list.addItem(item)
        self.list.blockSignals(False)
        index = next((i for i, r in enumerate(self.rows) if r.id == keep), 0)
        self.list.setCurrentRow(index if self.rows else -1)
        if not self.rows:
            self._show(None)

    def _load_current(self, row: int) -> None:
        if 0 <= row < len(self.rows):
            try:
                self._show(self.knowledge.get(self.rows[row].id))
            except LookupError:
                self._show(None)

    def _show(self, article: Article | None) -> None:
        self.article = article
        self.errors.hide()
        data = article.input() if article is not None else ArticleInput()
        self.kind.setCurrentIndex(max(self.kind.findData(data.kind), 0))
        self.title_ru.setText(data.title_ru)
        self.body_ru.setPlainText(data.body_ru)
        self.title_be.setText(data.title_be)
        self.body_be.setPlainText(data.body_be)
        self.topics.set_codes(data.topics)
        self.destinations.set_codes(data.destinations)
        if article is None:
            self.status.setText(self.tr("A new article: write it in Russian, Belarusian or "
                                        "both, then save it as a draft or approve it."))
        else:
            state = self.tr("approved") if article.approved else self.tr("draft")
            text = (self.tr("%1, revision %2; owner %3; last reviewed %4")
                    .replace("%1", state).replace("%2", str(article.revision))
                    .replace("%3", article.owner or "—")
                    .replace("%4", _date(article.reviewed_at)))
            if article.stale:
                text += " — " + self.tr("to be checked")
            if article.fictional:
                text = self.tr("DEMO, not real advice") + " — " + text
            self.status.setText(text)
        exists = article is not None
        self.withdraw_button.setEnabled(exists and article is not None and article.approved)
        for b in (self.review_button, self.history_button, self.retire_button,
                  self.copy_button):
            b.setEnabled(exists)

    # -- actions --

    def collect(self) -> ArticleInput:
        return ArticleInput(kind=str(self.kind.currentData() or "article"),
                            title_ru=self.title_ru.text(), body_ru=self.body_ru.toPlainText(),
                            title_be=self.title_be.text(), body_be=self.body_be.toPlainText(),
                            topics=self.topics.codes(), destinations=self.destinations.codes())

    def new_article(self) -> None:
        self.list.clearSelection()
        self.list.setCurrentRow(-1)
        self._show(None)
        self.title_ru.setFocus()

    def field_name(self, name: str) -> str:
        return self.labels[name].text().replace("&", "").rstrip(":") if name in self.labels \
            else name

    def message(self, problem: str) -> str:
        return {"required": self.tr("required"), "too_long": self.tr("too long"),
                "unknown_code": self.tr("not a known code"),
                "demo_marker": self.tr("begins with a demo mark")}.get(problem, problem)

    def show_errors(self, exc: ValidationError) -> None:
        lines = [f"{self.field_name(e.field)}: {self.message(e.problem)}" for e in exc.errors]
        self.errors.setText("\n".join(lines))
        self.errors.show()

    def save(self, approve: bool) -> Article | None:
        data = self.collect()
        try:
            if self.article is None:
                article = self.knowledge.create(data, approve=approve)
            else:
                article = self.knowledge.update(self.article.id, data, approve=approve,
                                                expected_version=self.article.version)
        except ValidationError as exc:
            self.show_errors(exc)
            return None
        except ConcurrentEditError:
            msgbox.warn(self, self.tr("Not saved"), self.tr(
                "Someone else changed this article since you opened it. Open it again "
                "to see their changes."))
            return None
        except (UserError, LookupError) as exc:
            msgbox.warn(self, self.tr("Not saved"), user_text(exc))
            return None
        self.article = article
        self.apply()
        self.changed.emit()
        return article

    def _act(self, action: object) -> None:
        if self.article is None:
            return
        try:
            self.article = action(self.article.id)  # type: ignore[operator]
        except (UserError, LookupError) as exc:
            msgbox.warn(self, self.tr("Not done"), user_text(exc))
            return
        self.apply()
        self.changed.emit()

    def retire(self) -> None:
        if self.article is None:
            return
        if msgbox.ask(self, self.tr("Remove the article"), self.tr(
                "Remove this article from the knowledge base? Contacts that gave it keep "
                "the record, and its history stays.")) != msgbox.Button.Yes:
            return
        self._act(self.knowledge.retire)
        self.article = None
        self.apply()

    def show_history(self) -> None:
        if self.article is not None:
            ArticleHistoryDialog(self.knowledge, self.article.id, self.lang, self).exec()

    def show_usage(self) -> None:
        UsageDialog(self.knowledge, self.lang, self).exec()

    def copy_text(self) -> None:
        if self.article is None:
            return
        text = self.article.plain_text(self.lang)
        if self.article.fictional:
            text = f"[{self.tr('DEMO, not real advice')}]\n{text}"
        clipboard = QGuiApplication.clipboard()
        if clipboard is not None:
            clipboard.setText(text)

    def import_file(self) -> None:
        path = msgbox.open_file(self, self.tr("Import articles"), self.tr("JSON files (*.json)"))
        if not path:
            return
        try:
            result = kb_files.import_file(self.knowledge, path)
        except kb_files.KnowledgeImportError as exc:
            msgbox.error(self, self.tr("Nothing imported"), self.tr(
                "The file has problems; nothing was imported. Each is named by the "
                "article's number in the file and its field."),
                "\n".join(import_problems.article_problem(p.article, p.field, p.code,
                                                          p.params, p.message)
                          for p in exc.problems))
            return
        except kb_files.KnowledgeFileError as exc:
            msgbox.error(self, self.tr("Nothing imported"),
                         import_problems.file_problem(exc.code, exc.params, str(exc)))
            return
        except UserError as exc:
            msgbox.error(self, self.tr("Nothing imported"), user_text(exc))
            return
        msgbox.info(self, self.tr("Imported"), self.tr(
            "%1 added, %2 changed, %3 unchanged.").replace("%1", str(result.added))
            .replace("%2", str(result.updated)).replace("%3", str(result.unchanged)))
        self.apply()
        self.changed.emit()

    def export_file(self) -> None:
        path = msgbox.save_file(self, self.tr("Export articles"),
                                self.tr("JSON files (*.json)"), "knowledge.json")
        if not path:
            return
        try:
            count = kb_files.export_file(self.knowledge, path)
        except (UserError, OSError) as exc:
            msgbox.error(self, self.tr("Not exported"), user_text(exc))
            return
        msgbox.info(self, self.tr("Exported"),
                    self.tr("%n article(s) written.", "", count))


def knowledge_page(window: object) -> KnowledgePage:
    """The page for a main window (its contact service, user and language)."""
    service = window.service  # type: ignore[attr-defined]
    return KnowledgePage(KnowledgeService(service.store, service.user_id, service.tax),
                         window.lang)  # type: ignore[attr-defined]
