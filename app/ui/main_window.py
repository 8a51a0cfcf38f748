"""The main window: navigation on the left, one page per area on the right.

The window offers only what the logged-in user's role allows
(:func:`app.services.permissions.allowed`): pages, menu items and buttons. The
services refuse the rest anyway; the window just does not offer it.

It opens maximised on a small screen (1366×768 laptops) and otherwise at a size that
fits the screen, and remembers its geometry, splitters and column widths. The pages'
keys (Ctrl+S on the contact, Ctrl+N on the quality page…) work wherever the focus is
in the window, the navigation list included.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.services.assistance.service import AssistanceService
from app.services.contacts.service import ContactRecord, ContactService, UserRow, UserService
from app.services.crisis.service import CrisisService
from app.services.crisis.types import CrisisSubmission
from app.services.directory.service import DirectoryService
from app.services.permissions import allowed
from app.services.quality.service import REVIEW, QualityService
from app.ui.assistance.page import CasesPage
from app.ui.crisis.page import CrisisPage
from app.ui.directory.page import DirectoryPage
from app.ui.intake.form import IntakeForm
from app.ui.journal.history import HistoryDialog
from app.ui.journal.page import ContactListPage
from app.ui.quality.page import MyReviewsPage, QualityPage
from app.ui.recruiters.page import recruiters_page
from app.ui.settings.page import SettingsPage
from app.ui.statistics.page import StatisticsPage
from app.ui.widgets import msgbox
from app.ui.widgets.style import heading

log = logging.getLogger("app.ui")

UNDO_SECONDS = 8  # how long a call saved by its digit alone can be undone
LAYOUT_GROUP = "window_layout"


class StartPanel(QWidget):
    """What the intake page shows between contacts: the big start buttons."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.heading = QLabel()
        heading(self.heading, 4)
        self.phone_button = QPushButton()
        self.email_button = QPushButton()
        self.chat_button = QPushButton()
        for b in (self.phone_button, self.email_button, self.chat_button):
            b.setMinimumHeight(56)
            f = b.font()
            f.setPointSize(f.pointSize() + 2)
            b.setFont(f)
        self.today = QLabel()
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.heading, 0, Qt.AlignmentFlag.AlignHCenter)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.phone_button, 2)
        row.addWidget(self.email_button, 2)
        row.addWidget(self.chat_button, 2)
        row.addStretch(1)
        layout.addLayout(row)
        for label in (self.today, self.hint):
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            layout.addWidget(label)
        layout.addStretch(2)
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Ready for the next contact"))
        self.phone_button.setText(self.tr("New phone contact (F2)"))
        self.email_button.setText(self.tr("New e-mail (F3)"))
        self.chat_button.setText(self.tr("New chat or visit (F6)"))
        self.hint.setText(self.tr(
            "F2 starts the timer at once. Then 1 = consultation, 2–7 = a call without "
            "counselling; Tab moves between fields, Ctrl+S saves."))


class MainWindow(QMainWindow):
    switch_database = Signal(str)
    switch_user = Signal()
    lock_requested = Signal()
    restore_backup = Signal(str)  # the window closes; the app restores and logs in again
    contact_in_progress = Signal(bool)  # the idle lock waits while one is

    def __init__(self, service: ContactService, users: UserService, user: UserRow,
                 settings: QSettings, lang: str, demo: bool = False,
                 parent: QWidget | None = None, login: object | None = None):
        super().__init__(parent)
        self.service = service
        self.login = login  # the login's result: keyring and database key, or None
        self.users = users
        self.user = user
        self.settings = settings
        self.lang = lang
        self.demo = demo
        self.quitting_confirmed = False
        # Closing for a user switch keeps the contact in progress as its owner's draft.
        self.keep_drafts_on_close = False
        self.role = user.role

        self.nav = QListWidget()
        self.nav.setFixedWidth(150)
        self.stack = QStackedWidget()
        self.start_panel = StartPanel()
        self.intake = IntakeForm(service, lang)
        self.intake_stack = QStackedWidget()
        self.intake_stack.addWidget(self.start_panel)
        self.intake_stack.addWidget(self.intake)
        self.journal = ContactListPage(service, users.list(), lang)
        self.settings_page = SettingsPage(service, settings, lang, role=self.role,
                                          db_key=getattr(login, "db_key", None))
        self.statistics_page: StatisticsPage | None = (
            StatisticsPage(service, lang, user.full_name) if self.may("stats.view") else None)
        self.crisis = CrisisService(service.store, user.id, service)
        self.crisis_page = CrisisPage(self.crisis, users.list(), lang)
        self.crisis_wizard: QWidget | None = None
        self.assistance = AssistanceService(service.store, user.id, service.tax)
        self.cases_page: CasesPage | None = (
            CasesPage(self.assistance, users.list(), lang)
            if self.may("assistance.manage") else None)
        self._handed_over: tuple[str, str] | None = None  # crisis case id and number
        self.directory_page = DirectoryPage(
            DirectoryService(service.store, user.id, service.tax), lang)
        # Supervisors and administrators get the quality area; everyone else their reviews.
        self.quality = QualityService(service.store, user.id)
        self.quality_page: QualityPage | MyReviewsPage = (
            QualityPage(self.quality, service, users.list(), lang)
            if self.quality.can(REVIEW) else MyReviewsPage(self.quality, service, lang))
        if not self.may("directory.edit"):
            self.directory_page.hide_editing()
        if self.cases_page is None:
            self.crisis_page.assistance_button.setVisible(False)
        self.accounts_page: QWidget | None = None
        self.audit_page: QWidget | None = None
        self.erasure_page: QWidget | None = None
        self._admin_pages()
        self.sync_page = self._sync_page()
        pages: list[tuple[str, QWidget | None]] = [
            ("intake", self.intake_stack),
            ("journal", self.journal),
            ("crisis", self.crisis_page),
            ("cases", self.cases_page),
            ("directory", self.directory_page),
            ("recruiters", recruiters_page(self)),
            ("quality" if self.quality.can(REVIEW) else "my_reviews", self.quality_page),
            ("statistics", self.statistics_page),
            ("accounts", self.accounts_page),
            ("audit", self.audit_page),
            ("erasure", self.erasure_page),
            ("sync", self.sync_page),
            ("settings", self.settings_page),
        ]
        self.pages: list[tuple[str, QWidget]] = [(k, p) for k, p in pages if p is not None]
        for key, page in self.pages:
            item = QListWidgetItem(key)
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.nav.addItem(item)
            self.stack.addWidget(page)
        self.nav.currentRowChanged.connect(self._page_changed)

        self.demo_banner = QLabel()
        self.demo_banner.setObjectName("demoBanner")
        self.demo_banner.setStyleSheet(
            "QLabel#demoBanner { background: #cfe2ff; color: #052c65; padding: 4px 10px;"
            " font-weight: bold; }")
        self.demo_banner.setVisible(demo)
        central = QWidget()
        outer = QVBoxLayout(central)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        outer.addWidget(self.demo_banner)
        body = QHBoxLayout()
        body.setContentsMargins(6, 6, 6, 6)
        body.addWidget(self.nav)
        body.addWidget(self.stack, 1)
        outer.addLayout(body, 1)
        self.setCentralWidget(central)

        self.user_label = QLabel()
        self.switch_button = QPushButton()
        self.switch_button.setFlat(True)
        self.db_label = QLabel()
        self.statusBar().addWidget(self.user_label)
        self.statusBar().addWidget(self.switch_button)
        self.statusBar().addPermanentWidget(self.db_label)
        # A call saved by its digit alone: Undo reopens it to choose another kind.
        self.undo_button = QPushButton()
        self.undo_button.setObjectName("undoButton")
        self.undo_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.undo_button.hide()
        self.statusBar().addPermanentWidget(self.undo_button)
        self._undo_id: str | None = None
        self.undo_timer = QTimer(self)
        self.undo_timer.setSingleShot(True)
        self.undo_timer.setInterval(UNDO_SECONDS * 1000)
        self.undo_timer.timeout.connect(self._undo_expired)
        self.undo_shortcut = QShortcut(QKeySequence("Ctrl+Z"), self)
        self.undo_shortcut.setEnabled(False)
        self.undo_shortcut.activated.connect(self.undo_last)
        self.undo_button.clicked.connect(self.undo_last)

        self._make_actions()
        self.retranslate()

        self.start_panel.phone_button.clicked.connect(self.new_phone)
        self.start_panel.email_button.clicked.connect(self.new_email)
        self.start_panel.chat_button.clicked.connect(self.new_chat)
        self.intake.saved.connect(self._contact_saved)
        self.intake.closed.connect(self._intake_closed)
        self.intake.activity.connect(
            lambda: self.contact_in_progress.emit(self.intake.active))
        self.journal.open_contact.connect(self.open_contact)
        self.journal.show_history.connect(self.show_history)
        self.switch_button.clicked.connect(self._switch_user)
        self.settings_page.saved.connect(self._settings_saved)
        self.settings_page.restore_requested.connect(self.restore_backup)
        self.intake.crisis_requested.connect(self.open_crisis)
        if self.cases_page is not None:
            self.crisis_page.assistance_requested.connect(self.assistance_from_crisis)
            self.cases_page.opened.connect(self._assistance_opened)
        self.directory_page.changed.connect(self.intake.directory_panel.refresh)
        self.quality_page.unread_changed.connect(self._quality_unread)
        self.nav.setCurrentRow(0)
        self._update_today()
        self._window_wide_shortcuts()
        self._restore_layout()

    # -- set-up --

    def _window_wide_shortcuts(self) -> None:
        """The pages' own keys work wherever the focus is in the window (the navigation
        list just clicked, too). A hidden page's shortcuts never fire, so the pages do
        not take each other's keys."""
        for _key, page in self.pages:
            for sc in page.findChildren(QShortcut):
                parent = sc.parent()
                if (sc.context() == Qt.ShortcutContext.WidgetWithChildrenShortcut
                        and isinstance(parent, QWidget) and parent.window() is self):
                    sc.setContext(Qt.ShortcutContext.WindowShortcut)

    def _layout_widgets(self) -> list[tuple[str, QSplitter | QHeaderView]]:
        """Splitters and table headers with a name that is the same at every start."""
        found: list[tuple[str, QSplitter | QHeaderView]] = []
        for key, page in self.pages:
            for kind in (QSplitter, QHeaderView):
                for n, w in enumerate(page.findChildren(kind)):
                    if isinstance(w, QHeaderView) and w.orientation() != Qt.Orientation.Horizontal:
                        continue
                    found.append((f"{key}/{kind.__name__}/{w.objectName() or n}", w))
        return found

    def _restore_layout(self) -> None:
        """The geometry, splitters and columns as the user left them; the first time,
        maximised on a small screen, else a size that fits the screen."""
        self.settings.beginGroup(f"{LAYOUT_GROUP}/{self.role}")
        try:
            geometry = self.settings.value("geometry")
            for name, w in self._layout_widgets():
                state = self.settings.value(name)
                if isinstance(state, QByteArray | bytes) and state:
                    w.restoreState(QByteArray(state))
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
        self.settings.beginGroup(f"{LAYOUT_GROUP}/{self.role}")
        try:
            self.settings.setValue("geometry", self.saveGeometry())
            for name, w in self._layout_widgets():
                self.settings.setValue(name, w.saveState())
        finally:
            self.settings.endGroup()

    def may(self, action: str) -> bool:
        """Whether the logged-in user's role allows ``action`` (what the window offers)."""
        return allowed(self.role, action)

    def _sync_page(self) -> QWidget | None:
        """Sync with partner sites, for the roles that exchange files."""
        if not self.may("sync.exchange"):
            return None
        from app.services.sync.service import SyncService
        from app.ui.sync.page import SyncPage

        return SyncPage(SyncService(self.service.store, self.user.id), self.lang)

    def _admin_pages(self) -> None:
        """The administrators' pages: accounts (they need the login's keyring, to wrap
        the database key for a new password) and the audit log."""
        if self.may("accounts.manage") and self.login is not None:
            from app.ui.accounts.page import AccountsPage

            self.accounts_page = AccountsPage(self.service.store, self.login, self.user)
        if self.may("audit.view"):
            from app.ui.audit.page import AuditPage

            self.audit_page = AuditPage(self.service.store, self.user, self.lang)
        if self.may("erasure.run"):
            from app.services.erasure.service import ErasureService
            from app.ui.erasure.page import ErasurePage

            self.erasure_page = ErasurePage(ErasureService(self.service.store, self.user.id))

    def _make_actions(self) -> None:
        self.act_phone = QAction(self)
        self.act_phone.setShortcut(QKeySequence("F2"))
        self.act_phone.triggered.connect(self.new_phone)
        self.act_email = QAction(self)
        self.act_email.setShortcut(QKeySequence("F3"))
        self.act_email.triggered.connect(self.new_email)
        self.act_chat = QAction(self)
        self.act_chat.setShortcut(QKeySequence("F6"))
        self.act_chat.triggered.connect(self.new_chat)
        self.act_journal = QAction(self)
        self.act_journal.setShortcut(QKeySequence("Ctrl+J"))
        self.act_journal.triggered.connect(lambda: self.show_page("journal"))
        self.act_crisis = QAction(self)
        self.act_crisis.setShortcut(QKeySequence("Ctrl+K"))
        self.act_crisis.triggered.connect(self.open_crisis)
        self.act_assistance = QAction(self)
        self.act_assistance.triggered.connect(self.assistance_from_contact)
        self.act_import = QAction(self)
        self.act_import.triggered.connect(self.import_legacy)
        self.act_switch = QAction(self)
        self.act_switch.triggered.connect(self._switch_database)
        self.act_lock = QAction(self)
        # Ctrl+L itself is caught by the idle lock's event filter, in every window.
        self.act_lock.triggered.connect(self.lock_requested.emit)
        self.act_switch_user = QAction(self)
        self.act_switch_user.triggered.connect(self._switch_user)
        self.act_password = QAction(self)
        self.act_password.triggered.connect(self.change_password)
        self.act_quit = QAction(self)
        self.act_quit.setShortcut(QKeySequence.StandardKey.Quit)
        self.act_quit.triggered.connect(self.close)
        menubar = self.menuBar()
        self.menu_file = menubar.addMenu("")
        if self.may("legacy.import"):
            self.menu_file.addAction(self.act_import)
        self.menu_file.addAction(self.act_switch)
        self.menu_file.addSeparator()
        self.menu_file.addAction(self.act_lock)
        self.menu_file.addAction(self.act_switch_user)
        if self.login is not None:
            self.menu_file.addAction(self.act_password)
        self.menu_file.addSeparator()
        self.menu_file.addAction(self.act_quit)
        self.menu_contact = menubar.addMenu("")
        for act in (self.act_phone, self.act_email, self.act_chat, self.act_crisis,
                    self.act_assistance,
                    self.act_journal):
            if act is self.act_assistance and self.cases_page is None:
                continue
            self.menu_contact.addAction(act)

    def retranslate(self) -> None:
        title = self.tr("Infoline Desk")
        site = self.service.store.setting("site_name")
        if site:
            title += f" — {site}"
        if self.demo:
            title += " — " + self.tr("DEMO, fictional data")
        self.setWindowTitle(title)
        names = {"intake": self.tr("Contact"), "journal": self.tr("Journal"),
                 "statistics": self.tr("Statistics"),
                 "settings": self.tr("Settings"), "crisis": self.tr("Crisis cases"),
                 "cases": self.tr("Assistance cases"),
                 "directory": self.tr("Directory"),
                 "recruiters": self.tr("Recruiters"),
                 "quality": self.quality_page.nav_title(),
                 "my_reviews": self.quality_page.nav_title(),
                 "accounts": self.tr("Accounts"), "audit": self.tr("Audit log"),
                 "erasure": self.tr("Erasure"), "sync": self.tr("Sync")}
        for i in range(self.nav.count()):
            item = self.nav.item(i)
            item.setText(names[item.data(Qt.ItemDataRole.UserRole)])
        self.demo_banner.setText(self.tr(
            "Demo database: every person, call and note here is fictional. Do not record "
            "real contacts in it."))
        from app.ui.accounts.roles import role_name

        self.user_label.setText(self.tr("Logged in: %1 (%2)").replace(
            "%1", self.user.full_name).replace("%2", role_name(self.role)))
        self.switch_button.setText(self.tr("Switch user…"))
        self.db_label.setText(str(self.service.store.path))
        self.menu_file.setTitle(self.tr("&File"))
        self.menu_contact.setTitle(self.tr("&Contact"))
        self.act_phone.setText(self.tr("New &phone contact"))
        self.act_email.setText(self.tr("New &e-mail"))
        self.act_chat.setText(self.tr("New &chat or visit"))
        self.act_journal.setText(self.tr("&Journal of contacts"))
        self.act_crisis.setText(self.tr("C&risis questionnaire…"))
        self.act_assistance.setText(self.tr("&Assistance case for this contact…"))
        self.act_switch.setText(
            self.tr("Open the &real database") if self.demo else self.tr("Open the &demo database"))
        self.act_quit.setText(self.tr("&Quit"))
        self.act_lock.setText(self.tr("&Lock") + "\tCtrl+L")
        self.act_switch_user.setText(self.tr("S&witch user…"))
        self.act_password.setText(self.tr("Change my pass&word…"))
        self.act_import.setText(self.tr("&Import a legacy spreadsheet…"))
        self.undo_button.setText(self.tr("Undo (Ctrl+Z)"))

    # -- navigation --

    def show_page(self, key: str) -> None:
        for i, (k, _page) in enumerate(self.pages):
            if k == key:
                self.nav.setCurrentRow(i)
                return

    def _page_changed(self, row: int) -> None:
        self.stack.setCurrentIndex(row)
        if self.pages[row][1] is self.journal:
            self.journal.refresh()
        elif self.pages[row][1] is self.directory_page:
            self.directory_page.refresh()
        elif self.pages[row][1] is self.intake_stack:
            self._update_today()
        elif self.pages[row][1] is self.crisis_page:
            self.crisis_page.refresh()
        elif self.pages[row][1] is self.cases_page:
            self.cases_page.refresh()
        elif self.pages[row][1] is self.quality_page:
            self.quality_page.refresh()
        else:
            refresh = getattr(self.pages[row][1], "refresh", None)
            if refresh is not None and self.pages[row][0] in ("accounts", "audit", "erasure",
                                                                    "sync"):
                refresh()

    def _quality_unread(self, _unread: int) -> None:
        for i, (key, _page) in enumerate(self.pages):
            if key in ("quality", "my_reviews"):
                self.nav.item(i).setText(self.quality_page.nav_title())

    def _ensure_free(self) -> bool:
        """Whether a new contact may start: the one in progress is saved or kept."""
        if not self.intake.active:
            return True
        self.show_page("intake")
        msgbox.info(self, self.tr("A contact is in progress"), self.tr(
            "Save or discard the contact in progress first."))
        self.intake.setFocus()
        return False

    def _start(self, channel: str) -> None:
        if not self._ensure_free():
            return
        self._undo_expired()  # Undo is for the call just saved, not once the next begins
        self.show_page("intake")
        self.intake_stack.setCurrentWidget(self.intake)
        self.intake.start_new(channel)

    def new_phone(self) -> None:
        self._start("phone")

    def new_email(self) -> None:
        self._start("email")

    def new_chat(self) -> None:
        self._start("chat")

    def open_contact(self, contact_id: str) -> None:
        if not self._ensure_free():
            return
        try:
            record = self.service.get(contact_id)
        except LookupError:
            msgbox.warn(self, self.tr("Not found"), self.tr("This contact no longer exists."))
            self.journal.refresh()
            return
        self.show_page("intake")
        self.intake_stack.setCurrentWidget(self.intake)
        self.intake.load_record(record)

    def restore_draft(self, draft) -> None:  # type: ignore[no-untyped-def]
        self.show_page("intake")
        self.intake_stack.setCurrentWidget(self.intake)
        self.intake.load_draft(draft)

    # -- the crisis questionnaire --

    def _crisis_draft(self):  # type: ignore[no-untyped-def]
        """A questionnaire left unfinished, offered back (this contact's first)."""
        drafts = self.crisis.drafts()
        if not drafts:
            return None
        # Only this user's questionnaires: a colleague's draft waits for its owner.
        drafts = [d for d in drafts if d.user_id in (None, self.user.id)]
        if not drafts:
            return None
        mine = [d for d in drafts if d.record_id and d.record_id == self.intake.draft_id]
        draft = (mine or drafts)[0]
        when = draft.updated_at.astimezone().strftime("%d.%m.%Y %H:%M")
        answer = msgbox.choose(
            self, self.tr("Unfinished crisis questionnaire"),
            self.tr("A crisis questionnaire was left unfinished (last change %1). Continue "
                    "it, or start a new one?").replace("%1", when),
            [("restore", self.tr("Continue it")), ("new", self.tr("Start a new one")),
             ("discard", self.tr("Discard it and start anew"))],
            default="restore", escape="new")
        if answer == "discard":
            self.crisis.discard_draft(draft.id)
            return None
        return draft if answer == "restore" else None

    def open_crisis(self) -> None:
        """The crisis questionnaire for the contact in progress (a new call if none)."""
        from app.ui.crisis.wizard import CrisisWizard, Hints

        if self.crisis_wizard is not None:
            self.crisis_wizard.raise_()
            self.crisis_wizard.activateWindow()
            return
        if not self.intake.active:
            self._start("phone")
            self.intake.choose_kind("consultation", focus=False)
        self.show_page("intake")
        form = self.intake
        draft = self._crisis_draft()
        destinations = [c for c in form.destinations.codes() if c != "XX"]
        hints = Hints(country=destinations[0] if destinations else None,
                      caller_role=form.caller_role.code(), gender=form.gender.code(),
                      age_group=form.age_group.code())
        wizard = CrisisWizard(
            self.crisis, self.lang, users=self.users.list(), submit=self._save_crisis,
            hints=hints, frequent_countries=self.service.frequent_destinations(),
            draft=draft, contact_draft_id=form.draft_id, parent=self)
        wizard.setWindowModality(Qt.WindowModality.WindowModal)
        wizard.finished.connect(self._crisis_closed)
        self.crisis_wizard = wizard
        wizard.open()
        wizard.activateWindow()

    def _save_crisis(self, sub: CrisisSubmission) -> str | None:
        from app.services.contacts.service import ConcurrentEditError
        from app.services.validation import ValidationError

        wizard = self.crisis_wizard
        problem = self.intake.started.problem()  # typed, not a date: refused, not replaced
        if problem is not None:
            return self.tr("The contact's date and time: %1").replace("%1", problem)
        data, record_id, version, draft_id = self.intake.prepared()
        try:
            opened = self.crisis.open_case(
                data, sub, contact_id=record_id, expected_version=version,
                contact_draft_id=draft_id,
                crisis_draft_id=getattr(wizard, "draft_id", None))
        except ValidationError as exc:
            contact_errors = [e for e in exc.errors
                              if not e.field.startswith(("answers.", "referrals."))]
            if contact_errors:
                self.intake.show_errors(contact_errors)
                return self.tr("The contact cannot be saved: %1. Cancel keeps the "
                               "questionnaire as a draft; correct the contact, then Ctrl+K "
                               "again.").replace(
                    "%1", "; ".join(self.intake.message_for(e) for e in contact_errors))
            return "; ".join(e.message for e in exc.errors)
        except ConcurrentEditError:
            return self.tr("Someone else changed this contact since you opened it.")
        self.intake.finish_saved(opened.contact)
        self.crisis_page.refresh()
        self.statusBar().showMessage(
            self.tr("Contact saved; crisis case %1 opened.").replace("%1", opened.case.number),
            8000)
        return None

    def _crisis_closed(self, _result: int) -> None:
        wizard = self.crisis_wizard
        self.crisis_wizard = None
        if wizard is not None:
            wizard.deleteLater()
        self.activateWindow()
        if self.intake.active:
            self.intake.setFocus()

    # -- assistance cases --

    def assistance_from_crisis(self, crisis_case_id: str, number: str) -> None:
        """An assistance case for the person of a crisis case."""
        if self.cases_page is None:
            return
        self.show_page("cases")
        self._handed_over = (crisis_case_id, number)
        self.cases_page.open_from_crisis(crisis_case_id, number)

    def assistance_from_contact(self) -> None:
        """An assistance case for the contact chosen in the journal (or the saved
        contact open in the intake form)."""
        if self.cases_page is None:
            return
        contact_id = None
        if self.stack.currentWidget() is self.journal:
            contact_id = self.journal.selected_id()
        elif self.intake.active and self.intake.record_id:
            contact_id = self.intake.record_id
        if contact_id is None:
            msgbox.info(self, self.tr("Assistance case"), self.tr(
                "Choose a saved contact in the journal first."))
            return
        try:
            record = self.service.get(contact_id)
        except LookupError:
            return
        when = record.input.started_at.astimezone().strftime("%d.%m.%Y %H:%M") \
            if record.input.started_at else ""
        self._handed_over = None
        self.show_page("cases")
        self.cases_page.open_from_contact(contact_id, when)

    def _assistance_opened(self, case_id: str) -> None:
        """Offer to close the crisis case the assistance case was opened from."""
        handed, self._handed_over = self._handed_over, None
        if handed is None:
            return
        crisis_id, number = handed
        try:
            if (self.assistance.get(case_id).crisis_case_id != crisis_id
                    or self.crisis.get(crisis_id).status != "open"):
                return
        except LookupError:
            return
        if msgbox.ask(self, self.tr("Close the crisis case?"), self.tr(
                "Close crisis case %1 as handed over to an assistance case?").replace(
                "%1", number)) == msgbox.Button.Yes:
            self.crisis.close(crisis_id, "assistance_case")
            self.crisis_page.refresh()

    def show_history(self, contact_id: str) -> None:
        HistoryDialog(self.service, contact_id, self.lang, self).exec()

    def _contact_saved(self, record: ContactRecord) -> None:
        if self.journal.contact_saved(record):  # opened from the journal: back to it
            self.show_page("journal")
        self._update_today()
        data = getattr(record, "input", None)
        kind = getattr(data, "kind", "consultation")
        if self.intake.saved_new and kind != "consultation":
            label = self.service.tax["contact_kind"].label(kind, self.lang)
            self.statusBar().showMessage(
                self.tr("Saved as «%1».").replace("%1", label), UNDO_SECONDS * 1000)
            self._undo_id = str(getattr(record, "id", "")) or None
            self.undo_button.show()
            self.undo_shortcut.setEnabled(True)
            self.undo_timer.start()
        else:
            self._undo_expired()
            self.statusBar().showMessage(self.tr("Contact saved."), 5000)

    def _undo_expired(self) -> None:
        self._undo_id = None
        self.undo_button.hide()
        self.undo_shortcut.setEnabled(False)
        self.undo_timer.stop()

    def undo_last(self) -> None:
        """The call just saved by its digit, reopened to choose another kind (a
        consultation, or another kind of call) or to leave it as it was."""
        contact_id = self._undo_id
        self._undo_expired()
        if contact_id is None:
            return
        self.statusBar().clearMessage()
        self.open_contact(contact_id)
        if self.intake.active and self.intake.record_id == contact_id:
            self.intake.kind_buttons[self.intake.current_kind()].setFocus()

    def _intake_closed(self) -> None:
        self.intake_stack.setCurrentWidget(self.start_panel)
        self.start_panel.phone_button.setFocus()

    def _update_today(self) -> None:
        from app.services.contacts.service import ContactQuery, local_day_bounds, utcnow

        start, end = local_day_bounds(utcnow())
        n = self.service.count(ContactQuery(start=start, end=end))
        self.start_panel.today.setText(self.tr("Contacts today: %1").replace("%1", str(n)))

    def _settings_saved(self) -> None:
        self.retranslate()
        self.journal.refresh()

    def _switch_user(self) -> None:
        """Someone else logs in: the contact in progress stays as this user's draft."""
        self.switch_user.emit()

    def change_password(self) -> None:
        from app.services.accounts.service import AccountService
        from app.ui.login import ChangePasswordDialog

        if self.login is None:
            return
        accounts = AccountService(self.service.store, self.login.keyring,  # type: ignore[attr-defined]
                                  self.login.db_key, self.user.id)  # type: ignore[attr-defined]
        if ChangePasswordDialog(accounts.change_own_password, parent=self).exec():
            self.statusBar().showMessage(self.tr("Your password is changed."), 5000)

    def close_keeping_drafts(self) -> None:
        """Close the session without questions, keeping every draft for its owner."""
        self.keep_drafts_on_close = True
        self.close()

    def import_legacy(self) -> None:
        from app.ui.journal.import_dialog import ImportDialog

        dialog = ImportDialog(self.service, self.lang, self)
        dialog.exec()
        if dialog.imported_count:
            self.journal.refresh()
            if self.statistics_page is not None:
                self.statistics_page.mark_stale()

    def _switch_database(self) -> None:
        from app import paths

        target = paths.default_db() if self.demo else paths.demo_db()
        self.switch_database.emit(str(target))

    # -- closing --

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.intake.active and not (self.quitting_confirmed or self.keep_drafts_on_close):
            self.show_page("intake")
            answer = msgbox.choose(
                self, self.tr("A contact is not saved"),
                self.tr("The contact in progress is not saved yet. Keep it as a draft, which "
                        "is offered again at the next start, or discard it?"),
                [("keep", self.tr("Keep the draft and quit")),
                 ("discard", self.tr("Discard and quit")),
                 ("cancel", self.tr("Cancel"))],
                default="keep", escape="cancel")
            if answer == "cancel":
                event.ignore()
                return
            if answer == "discard":
                self.intake.discard(ask=False)
            else:
                self.intake.suspend()
        self.intake.suspend()
        self.save_layout()
        event.accept()

    @property
    def db_path(self) -> Path:
        return self.service.store.path
