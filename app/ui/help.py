"""The Help menu: the user guide (F1 opens the page for the screen in front of the
user), the keyboard shortcuts and About.

The guide is HTML built from resources/guide/ (scripts/build_resources.py) and shipped
under app/resources/guide/<lang>/; it is shown in a QTextBrowser, with its links and
screenshots, and can be printed or saved as PDF. The shortcut list is read from the
window's own QActions and QShortcuts each time it opens, so it lists the keys that
really work, in the interface language. About shows the version, the licences of what
is shipped (what ``infoline licences`` shows), where the data, the backups and the
logs are, and runs the same self-test as ``infoline selftest`` in the background.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path

from PySide6.QtCore import QEvent, QLocale, QObject, QSize, Qt, QUrl
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QTextBrowser,
    QToolBar,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app import __version__, paths, selftest
from app.ui import icons
from app.ui.tasks import Task, run_task

log = logging.getLogger("app.ui")

GUIDE = Path(__file__).resolve().parent.parent / "resources" / "guide"
GUIDE_LANGS = ("ru", "be", "en")
CONTENTS = "index.html"

PAGES = {
    "intake": "call.html",
    "journal": "journal.html",
    "crisis": "crisis.html",
    "cases": "cases.html",
    "directory": "referrals.html",
    "quality": "quality.html",
    "my_reviews": "quality.html#my-reviews",
    "statistics": "statistics.html",
    "accounts": "accounts.html",
    "audit": "accounts.html#audit",
    "erasure": "accounts.html#erasure",
    "sync": "sync.html",
    "settings": "backups.html",
    "shift": "shift.html",
    "knowledge": "knowledge.html",
    "recruiters": "recruiters.html#page",
}
"""The guide's page for each navigation page (F1)."""

DIALOG_PAGES = {
    "CrisisWizard": "crisis.html",
    "ReasonDialog": "crisis.html", "CloseDialog": "crisis.html",
    "ReferralDialog": "crisis.html", "FollowUpDialog": "crisis.html",
    "_Dialog": "cases.html",
    "ReviewDialog": "quality.html#review", "RoundDialog": "quality.html",
    "StaffEventDialog": "quality.html",
    "HistoryDialog": "journal.html",
    "ImportDialog": "journal.html#import",
    "EntryDialog": "referrals.html", "EmergencyDialog": "referrals.html",
    "DirectoryHistoryDialog": "referrals.html",
    "AccountDialog": "accounts.html", "PasswordDialog": "accounts.html",
    "RoleDialog": "accounts.html", "ConfirmErasure": "accounts.html#erasure",
    "AddPeerDialog": "sync.html",
    "ArticleHistoryDialog": "knowledge.html#edit", "UsageDialog": "knowledge.html#edit",
    "AgencyCheckDialog": "recruiters.html#check", "ListDateDialog": "recruiters.html#import",
    "CallbackDialog": "shift.html#callback", "HandOverDialog": "shift.html#tasks",
    "DebriefDialog": "shift.html#debrief",
    "UnlockDialog": "lost-key.html", "LoginDialog": "lost-key.html",
    "RecoveryCodeDialog": "accounts.html#recovery-code",
    "NewRecoveryCodeDialog": "accounts.html#recovery-code",
    "AboutDialog": "backups.html", "ShortcutsDialog": CONTENTS,
}
"""The guide's page for a dialog, by its class (or a base class) name."""


def guide_file(lang: str, page: str = CONTENTS) -> Path:
    """The guide's file for ``page`` ("name.html", an anchor allowed) in ``lang``,
    English where the language has no guide."""
    name = page.split("#", 1)[0]
    folder = GUIDE / (lang if (GUIDE / lang / name).is_file() else "en")
    return folder / name


def guide_url(lang: str, page: str = CONTENTS) -> QUrl:
    url = QUrl.fromLocalFile(str(guide_file(lang, page)))
    if "#" in page:
        url.setFragment(page.split("#", 1)[1])
    return url


def page_for_window(window: QWidget) -> str | None:
    """The guide's page for a dialog or wizard, by its class or a base class."""
    for cls in type(window).__mro__:
        if cls.__name__ in DIALOG_PAGES:
            return DIALOG_PAGES[cls.__name__]
    return None


def plain(text: str) -> str:
    """A menu text without its mnemonic and the keys after a tab."""
    return text.split("\t", 1)[0].replace("&&", "\0").replace("&", "").replace("\0", "&")


# -- the guide --


class HelpWindow(QMainWindow):
    """The user guide in a window of its own: back, forward, contents, print."""

    def __init__(self, lang: str, parent: QWidget | None = None):
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("helpWindow")
        self.lang = lang
        self.browser = QTextBrowser()
        self.browser.setOpenLinks(True)
        self.browser.setOpenExternalLinks(False)
        self.setCentralWidget(self.browser)
        self.toolbar = QToolBar()
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.addToolBar(self.toolbar)
        self.act_back = QAction(self)
        self.act_back.setShortcut(QKeySequence.StandardKey.Back)
        self.act_back.triggered.connect(self.browser.backward)
        self.act_forward = QAction(self)
        self.act_forward.setShortcut(QKeySequence.StandardKey.Forward)
        self.act_forward.triggered.connect(self.browser.forward)
        self.act_contents = QAction(self)
        self.act_contents.triggered.connect(lambda: self.show_page(CONTENTS))
        self.act_print = QAction(self)
        self.act_print.setShortcut(QKeySequence.StandardKey.Print)
        self.act_print.triggered.connect(self.print_page)
        self.act_pdf = QAction(self)
        self.act_pdf.triggered.connect(self.ask_save_pdf)
        self.act_close = QAction(self)
        self.act_close.setShortcut(QKeySequence("Esc"))
        self.act_close.triggered.connect(self.close)
        self.addAction(self.act_close)
        for act in (self.act_back, self.act_forward, self.act_contents, self.act_print,
                    self.act_pdf):
            self.toolbar.addAction(act)
        self.browser.backwardAvailable.connect(self.act_back.setEnabled)
        self.browser.forwardAvailable.connect(self.act_forward.setEnabled)
        self.browser.sourceChanged.connect(lambda _url: self._title())
        self.act_back.setEnabled(False)
        self.act_forward.setEnabled(False)
        self.setWindowIcon(icons.app_icon())
        self.resize(960, 720)
        self.retranslate()

    def retranslate(self) -> None:
        self.act_back.setText(self.tr("&Back"))
        self.act_forward.setText(self.tr("&Forward"))
        self.act_contents.setText(self.tr("&Contents"))
        self.act_print.setText(self.tr("&Print…"))
        self.act_pdf.setText(self.tr("Save as P&DF…"))
        self._title()

    def _title(self) -> None:
        title = self.browser.documentTitle()
        guide = self.tr("User guide")
        self.setWindowTitle(f"{guide} — {title}" if title else guide)

    def show_page(self, page: str = CONTENTS) -> None:
        self.browser.setSource(guide_url(self.lang, page))
        self.show()
        self.raise_()
        self.activateWindow()

    def current_page(self) -> str:
        """The shown page as "lang/name.html" (for tests and the log)."""
        path = Path(self.browser.source().toLocalFile())
        return f"{path.parent.name}/{path.name}"

    def print_page(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.browser.document().print_(printer)

    def ask_save_pdf(self) -> None:
        name = Path(self.browser.source().toLocalFile()).stem or "guide"
        start = str(Path.home() / "Documents" / f"{name}.pdf")
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the guide's page as PDF"), start, self.tr("PDF (*.pdf)"))
        if path:
            self.save_pdf(Path(path))

    def save_pdf(self, path: Path) -> None:
        """The page shown, as a PDF file (the pages of the guide hold no personal data)."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(path))
        self.browser.document().print_(printer)


# -- the shortcut list --

KEYS_IN_TEXT = re.compile(r"^(.*?)\s*\(([^()]+)\)$")


def button_keys(page: QWidget) -> dict[str, str]:
    """What a page's buttons say their keys do: "History (Ctrl+H)" gives
    {"Ctrl+H": "History"}; a shortcut without a description of its own takes it."""
    found: dict[str, str] = {}
    for button in page.findChildren(QAbstractButton):
        for text in (plain(button.text()), button.toolTip()):
            match = KEYS_IN_TEXT.match(text.strip())
            if not match or not match.group(1):
                continue
            keys = QKeySequence(match.group(2), QKeySequence.SequenceFormat.NativeText)
            portable = keys.toString(QKeySequence.SequenceFormat.PortableText)
            if portable and not keys.isEmpty():
                found.setdefault(portable, match.group(1).rstrip(" :—-"))
    return found


class ShortcutsDialog(QDialog):
    """Every key of the window: its menu actions, then each page's shortcuts."""

    def __init__(self, main: QMainWindow, pages: list[tuple[str, str, QWidget]],
                 parent: QWidget | None = None):
        super().__init__(parent or main)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.tree = QTreeWidget()
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([self.tr("Keys"), self.tr("What they do")])
        self.tree.setRootIsDecorated(False)
        self.tree.setAccessibleName(self.tr("Keyboard shortcuts"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree)
        layout.addWidget(buttons)
        self.undescribed: list[str] = []
        self._fill(main, pages)
        self.tree.expandAll()
        self.tree.resizeColumnToContents(0)
        self.resize(640, 560)

    def _texts(self) -> dict[tuple[str, str], str]:
        """What the pages' QShortcuts do, by the class that owns them and the keys, for
        shortcuts that do not say it themselves (QShortcut.whatsThis)."""
        texts = {
            ("MainWindow", "Ctrl+Z"): self.tr("Undo the call just saved by its digit"),
            ("IntakeForm", "Ctrl+S"): self.tr("Save the contact"),
            ("IntakeForm", "Ctrl+Return"): self.tr("Save the contact"),
            ("IntakeForm", "Ctrl+Enter"): self.tr("Save the contact"),
            ("IntakeForm", "F4"): self.tr("End the call (the timer stops)"),
            ("IntakeForm", "Esc"): self.tr("Discard the contact (asks first)"),
            ("IntakeForm", "F7"): self.tr("Go to the directory entries for the destination"),
            ("IntakeForm", "F8"): self.tr("Copy the chosen directory entry into the notes"),
            ("ContactListPage", "Alt+W"): self.tr("Show the contact just saved that the filters "
                                            "hide"),
            ("ContactListPage", "Ctrl+H"): self.tr("History of changes of the chosen contact"),
            ("ContactListPage", "Ctrl+F"): self.tr("Search the notes"),
            ("CrisisPage", "Ctrl+F"): self.tr("Search the crisis cases"),
            ("DirectoryPage", "Ctrl+F"): self.tr("Search the directory"),
            ("DirectoryPage", "Ctrl+H"): self.tr("History of changes of the chosen entry"),
            ("DirectoryPage", "Ctrl+N"): self.tr("New directory entry"),
            ("RoundsTab", "Ctrl+N"): self.tr("New review round"),
            ("StaffTab", "Ctrl+N"): self.tr("New meeting, examination or training"),
            ("MyReviewsPage", "Ctrl+R"): self.tr("Mark the review as read"),
            ("StatisticsPage", "F5"): self.tr("Count the statistics again"),
            ("SyncPage", "Ctrl+E"): self.tr("Write a sync file for the chosen partner"),
            ("SyncPage", "Ctrl+I"): self.tr("Read a sync file"),
            ("AccountsPage", "Ins"): self.tr("New account"),
            ("CasesPage", "Ctrl+F"): self.tr("Search the assistance cases"),
            ("CasesPage", "Ctrl+N"): self.tr("New assistance case"),
            ("CasesPage", "Ctrl+P"): self.tr("The case summary as PDF"),
            ("CasesPage", "Ctrl+Shift+P"): self.tr("The redacted case summary as PDF"),
        }
        for n in range(1, 10):
            texts[("CasesPage", f"Ctrl+{n}")] = self.tr("Tab %1 of the case").replace("%1", str(n))
        return texts

    def _fill(self, main: QMainWindow, pages: list[tuple[str, str, QWidget]]) -> None:
        texts = self._texts()
        everywhere = self._group(self.tr("Everywhere in the window"))
        seen: set[str] = set()
        direct = Qt.FindChildOption.FindDirectChildrenOnly
        for act in main.findChildren(QAction, options=direct):
            keys = act.shortcut().toString(QKeySequence.SequenceFormat.PortableText)
            if not keys and "\t" in act.text():
                keys = act.text().split("\t", 1)[1]
            if not keys or not plain(act.text()) or keys in seen:
                continue
            seen.add(keys)
            self._row(everywhere, keys, plain(act.text()))
        for sc in main.findChildren(QShortcut, options=direct):
            self._shortcut(everywhere, sc, "MainWindow", texts)
        for _key, title, page in pages:
            shortcuts = page.findChildren(QShortcut)
            if not shortcuts:
                continue
            group = self._group(title)
            buttons = button_keys(page)
            for sc in shortcuts:
                owner = sc.parent()
                if not isinstance(owner, QWidget) or owner.window() is not main:
                    continue  # a dialog's, not the page's
                self._shortcut(group, sc, type(owner).__name__, texts, buttons)
        for i in range(self.tree.topLevelItemCount() - 1, -1, -1):
            item = self.tree.topLevelItem(i)
            if item is not None and not item.childCount():
                self.tree.takeTopLevelItem(i)

    def _group(self, title: str) -> QTreeWidgetItem:
        item = QTreeWidgetItem(self.tree, [title])
        item.setFirstColumnSpanned(True)
        font = item.font(0)
        font.setBold(True)
        item.setFont(0, font)
        return item

    def _shortcut(self, group: QTreeWidgetItem, sc: QShortcut, owner: str,
                  texts: dict[tuple[str, str], str],
                  buttons: dict[str, str] | None = None) -> None:
        keys = sc.key().toString(QKeySequence.SequenceFormat.PortableText)
        if not keys:
            return
        text = sc.whatsThis() or texts.get((owner, keys)) or (buttons or {}).get(keys, "")
        if not text:
            self.undescribed.append(f"{owner} {keys}")
            text = "—"
        for i in range(group.childCount()):
            row = group.child(i)
            if row is not None and row.data(0, Qt.ItemDataRole.UserRole) == keys \
                    and row.text(1) == text:
                return
        self._row(group, keys, text)

    def _row(self, group: QTreeWidgetItem, keys: str, text: str) -> None:
        native = QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText) or keys
        row = QTreeWidgetItem(group, [native, text])
        row.setData(0, Qt.ItemDataRole.UserRole, keys)

    def rows(self) -> list[tuple[str, str, str]]:
        """(group, keys, text) of every row (for tests)."""
        out = []
        for i in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(i)
            if group is None:
                continue
            for j in range(group.childCount()):
                row = group.child(j)
                if row is not None:
                    out.append((group.text(0), row.text(0), row.text(1)))
        return out


# -- About --


class AboutDialog(QDialog):
    """The version, where the data is, the licences and the self-test."""

    def __init__(self, db_path: Path | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.task: Task | None = None
        self.results: list[tuple[str, str | None]] | None = None
        self.setWindowTitle(self.tr("About Infoline Desk"))
        self.setWindowIcon(icons.app_icon())
        logo = QLabel()
        logo.setPixmap(icons.app_icon().pixmap(QSize(64, 64)))
        self.title = QLabel()
        self.title.setTextFormat(Qt.TextFormat.RichText)
        self.blurb = QLabel()
        self.blurb.setWordWrap(True)
        head = QHBoxLayout()
        head.addWidget(logo, 0, Qt.AlignmentFlag.AlignTop)
        text = QVBoxLayout()
        text.addWidget(self.title)
        text.addWidget(self.blurb)
        head.addLayout(text, 1)

        self.tabs = QTabWidget()
        # Where things are
        folders = QWidget()
        form = QFormLayout(folders)
        self.folder_labels: dict[str, QLabel] = {}
        self.folder_names: dict[str, QLabel] = {}
        from app.db.backup import folder_for

        db = db_path or paths.default_db()
        where = {"data": paths.data_dir(), "database": db, "backups": folder_for(db),
                 "logs": paths.log_dir(), "licences": selftest.licences_dir()}
        for key, path in where.items():
            name, value = QLabel(), QLabel(str(path))
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                          | Qt.TextInteractionFlag.TextSelectableByKeyboard)
            value.setWordWrap(True)
            name.setBuddy(value)
            form.addRow(name, value)
            self.folder_names[key] = name
            self.folder_labels[key] = value
        self.tabs.addTab(folders, "")
        # Licences
        self.licence_list = QListWidget()
        self.licence_text = QPlainTextEdit()
        self.licence_text.setReadOnly(True)
        self.licence_text.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        splitter = QSplitter()
        splitter.addWidget(self.licence_list)
        splitter.addWidget(self.licence_text)
        splitter.setStretchFactor(1, 3)
        self.tabs.addTab(splitter, "")
        self._load_licences()
        self.licence_list.currentRowChanged.connect(self._show_licence)
        # Self-test
        check = QWidget()
        box = QVBoxLayout(check)
        self.check_intro = QLabel()
        self.check_intro.setWordWrap(True)
        self.check_button = QPushButton()
        self.check_button.clicked.connect(self.run_selftest)
        self.check_results = QListWidget()
        self.check_status = QLabel()
        self.check_status.setWordWrap(True)
        box.addWidget(self.check_intro)
        box.addWidget(self.check_button, 0, Qt.AlignmentFlag.AlignLeft)
        box.addWidget(self.check_results, 1)
        box.addWidget(self.check_status)
        self.tabs.addTab(check, "")

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        self.retranslate()
        self.resize(760, 560)

    def retranslate(self) -> None:
        self.title.setText("<h3>" + self.tr("Infoline Desk %1").replace("%1", __version__)
                           + "</h3>")
        self.blurb.setText(self.tr(
            "The records of the safe-migration and anti-trafficking infoline: contacts, "
            "crisis and assistance cases, quality reviews and statistics. Works without a "
            "network; every file it writes is encrypted."))
        names = {"data": self.tr("&Data folder:"), "database": self.tr("D&atabase:"),
                 "backups": self.tr("&Backups:"), "logs": self.tr("&Logs:"),
                 "licences": self.tr("L&icences:")}
        for key, label in self.folder_names.items():
            label.setText(names[key])
        self.tabs.setTabText(0, self.tr("Folders"))
        self.tabs.setTabText(1, self.tr("Licences"))
        self.tabs.setTabText(2, self.tr("Self-test"))
        self.check_intro.setText(self.tr(
            "Checks that this installation works: encryption of the database and its keys, "
            "the database updates, the translations, Cyrillic in PDF files, spreadsheets "
            "and the display. Nothing of your data is touched."))
        self.check_button.setText(self.tr("&Run the self-test"))

    def check_name(self, name: str) -> str:
        names = {"sqlcipher": self.tr("Database encryption (SQLCipher)"),
                 "argon2, aes-gcm": self.tr("Password keys and file encryption (argon2, "
                                            "AES-GCM)"),
                 "migrations": self.tr("Database updates (migrations)"),
                 "translations": self.tr("Translations"),
                 "pdf fonts": self.tr("Cyrillic in PDF files"),
                 "xlsx": self.tr("Spreadsheets (XLSX)"),
                 "docx": self.tr("Word documents (DOCX)"),
                 "qt platform plugin": self.tr("Display (Qt platform plugin)")}
        return names.get(name, name)

    def _load_licences(self) -> None:
        folder = selftest.licences_dir()
        self.licence_files: list[Path] = []
        if folder.is_dir():
            # The index of what is shipped first (a frozen build has it), then the app's.
            first = [folder / "THIRD-PARTY.txt", folder / "Infoline-Desk.txt"]
            files = sorted(f for f in folder.iterdir() if f.is_file() and f not in first)
            self.licence_files = [f for f in first if f.is_file()] + files
        for f in self.licence_files:
            QListWidgetItem(f.name, self.licence_list)
        fonts = Path(selftest._resource_dir("resources", "fonts"))
        for f in sorted(fonts.glob("LICENSE*")) + sorted(
                Path(selftest._resource_dir("resources", "passwords")).glob("LICENSE*")):
            if f.name not in {g.name for g in self.licence_files}:
                self.licence_files.append(f)
                QListWidgetItem(f.name, self.licence_list)
        if self.licence_files:
            self.licence_list.setCurrentRow(0)
            self._show_licence(0)

    def _show_licence(self, row: int) -> None:
        if 0 <= row < len(self.licence_files):
            try:
                text = self.licence_files[row].read_text(encoding="utf-8", errors="replace")
            except OSError as exc:
                text = str(exc)
            self.licence_text.setPlainText(text)

    def run_selftest(self) -> None:
        if self.task is not None and self.task.running:
            return
        self.check_button.setEnabled(False)
        self.check_results.clear()
        self.results = None
        self.check_status.setText(self.tr("Checking…"))
        self.task = run_task(lambda _progress: selftest.run_checks(), self._checked,
                             self._check_failed, parent=self)

    def _checked(self, results: list[tuple[str, str | None]]) -> None:
        self.results = results
        self.check_button.setEnabled(True)
        failed = 0
        for name, problem in results:
            if problem is None:
                QListWidgetItem("✔ " + self.check_name(name), self.check_results)
            else:
                failed += 1
                QListWidgetItem(f"✘ {self.check_name(name)}: {problem}", self.check_results)
        if failed:
            self.check_status.setText(self.tr(
                "Failed: %1 of %2 checks. Tell your administrator what the list says.")
                .replace("%1", str(failed)).replace("%2", str(len(results))))
        else:
            self.check_status.setText(self.tr("All checks passed (%1 of %1).")
                                      .replace("%1", str(len(results))))

    def _check_failed(self, exc: Exception) -> None:
        self.check_button.setEnabled(True)
        self.results = [("selftest", type(exc).__name__)]
        self.check_status.setText(self.tr("The self-test could not run: %1")
                                  .replace("%1", type(exc).__name__))


def interface_language() -> str:
    """The interface language set at start (i18n.install sets the default locale)."""
    name = QLocale().name().split("_")[0]
    return name if name in GUIDE_LANGS else "en"


def show_guide_window(parent: QWidget, page: str, lang: str | None = None) -> HelpWindow:
    """The guide's ``page`` in a window of its own over ``parent``, gone when closed: F1
    in a window that comes before the main window (the login, which loads this module
    only then) or over a modal dialog (which does not block it)."""
    window = HelpWindow(lang or interface_language(), parent)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    window.show_page(page)
    return window


# -- the menu --


class HelpMenu(QObject):
    """The Help menu of the main window, and F1 in every dialog it opens."""

    def __init__(self, main: QMainWindow, lang: str):
        super().__init__(main)
        self.main = main
        self.lang = lang
        self.window: HelpWindow | None = None
        self.act_context = QAction(main)
        self.act_context.setShortcut(QKeySequence.StandardKey.HelpContents)
        self.act_context.triggered.connect(self.context_help)
        self.act_guide = QAction(main)
        self.act_guide.triggered.connect(lambda: self.open_guide(CONTENTS))
        self.act_keys = QAction(main)
        self.act_keys.triggered.connect(self.show_shortcuts)
        self.act_about = QAction(main)
        self.act_about.setMenuRole(QAction.MenuRole.AboutRole)
        self.act_about.triggered.connect(self.show_about)
        self.menu: QMenu = main.menuBar().addMenu("")
        for act in (self.act_context, self.act_guide, self.act_keys):
            self.menu.addAction(act)
        self.menu.addSeparator()
        self.menu.addAction(self.act_about)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)  # F1 in a dialog; removed with the window

    def retranslate(self) -> None:
        # No Alt letter: the contact form's fields use every letter of "Help",
        # «Справка» and «Даведка» (Alt+H is "How they heard of us"); F1 is the key.
        self.menu.setTitle(self.tr("Help"))
        self.act_context.setText(self.tr("&Help for this screen"))
        self.act_guide.setText(self.tr("User &guide"))
        self.act_keys.setText(self.tr("&Keyboard shortcuts"))
        self.act_about.setText(self.tr("&About Infoline Desk"))
        if self.window is not None:
            self.window.retranslate()

    # What the main window shows: its navigation pages (each built when first shown, so
    # the shortcut list builds the ones not shown yet: their keys are listed too).
    def _pages(self) -> list[tuple[str, str, QWidget]]:
        nav = getattr(self.main, "nav", None)
        keys: list[str] = list(getattr(self.main, "page_keys", []))
        page_of = getattr(self.main, "page", None)
        out = []
        for i, key in enumerate(keys):
            page = page_of(key) if page_of is not None else None
            if page is None:
                continue
            item = nav.item(i) if nav is not None else None
            out.append((key, item.text() if item is not None else key, page))
        return out

    def current_key(self) -> str | None:
        nav = getattr(self.main, "nav", None)
        keys: list[str] = list(getattr(self.main, "page_keys", []))
        row = nav.currentRow() if nav is not None else -1
        return keys[row] if 0 <= row < len(keys) else None

    def context_help(self) -> None:
        key = self.current_key()
        self.open_guide(PAGES.get(key or "", CONTENTS))

    def open_guide(self, page: str = CONTENTS, parent: QWidget | None = None) -> HelpWindow:
        if parent is not None and parent is not self.main:
            return show_guide_window(parent, page, self.lang)
        if self.window is None:
            self.window = HelpWindow(self.lang, self.main)
        self.window.show_page(page)
        return self.window

    def show_shortcuts(self) -> ShortcutsDialog:
        dialog = ShortcutsDialog(self.main, self._pages())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def show_about(self) -> AboutDialog:
        store = getattr(getattr(self.main, "service", None), "store", None)
        dialog = AboutDialog(getattr(store, "path", None), self.main)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def _ours(self, window: QWidget) -> bool:
        w: QWidget | None = window
        while w is not None:
            if w is self.main:
                return True
            w = w.parentWidget()
        return False

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if (event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and event.key() == Qt.Key.Key_F1
                and event.modifiers() == Qt.KeyboardModifier.NoModifier
                and isinstance(obj, QWidget)):
            window = obj.window()
            if window is not self.main and not isinstance(window, HelpWindow) \
                    and self._ours(window):
                self.open_guide(page_for_window(window) or CONTENTS, window)
                return True
        return False
