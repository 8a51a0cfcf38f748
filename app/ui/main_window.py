"""The main window: navigation on the left, one page per area on the right.

The window offers only what the logged-in user's role allows
(:func:`app.services.permissions.allowed`): pages, menu items and buttons. The
services refuse the rest anyway; the window just does not offer it.

It opens maximised on a small screen (1366×768 laptops) and otherwise at a size that
fits the screen, and remembers its geometry, splitters and column widths. The pages'
keys (Ctrl+S on the contact, Ctrl+N on the quality page…) work wherever the focus is
in the window, the navigation list included.

Three parts live beside it: the start panel between contacts (app/ui/start_panel.py),
the flows that open crisis and assistance cases from the window (app/ui/case_flows.py)
and the layout memory (app/ui/window_layout.py), the last two classes the window
inherits.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.services.assistance.service import AssistanceService
from app.services.contacts.service import ContactRecord, ContactService, UserRow, UserService
from app.services.crisis.service import CrisisService
from app.services.directory.service import DirectoryService
from app.services.permissions import allowed
from app.services.quality import REVIEW, QualityService
from app.services.shift.service import ShiftService
from app.ui.assistance.page import CasesPage
from app.ui.case_flows import CaseFlows
from app.ui.crisis.page import CrisisPage
from app.ui.directory.page import DirectoryPage
from app.ui.help import HelpMenu
from app.ui.icons import app_icon, nav_icon
from app.ui.intake.form import IntakeForm
from app.ui.journal.history import HistoryDialog
from app.ui.journal.page import ContactListPage
from app.ui.knowledge.page import knowledge_page
from app.ui.quality.page import MyReviewsPage, QualityPage
from app.ui.recruiters.page import add_recruiters_alert, recruiters_page
from app.ui.settings.page import SettingsPage
from app.ui.shift.controller import ShiftController
from app.ui.shift.page import ShiftPage
from app.ui.start_panel import StartPanel
from app.ui.statistics.page import StatisticsPage
from app.ui.widgets import msgbox, remember
from app.ui.widgets.accessible import name_widgets
from app.ui.widgets.style import INFO_BACKGROUND, INFO_TEXT
from app.ui.window_layout import WindowLayout

log = logging.getLogger("app.ui")

UNDO_SECONDS = 8  # how long a call saved by its digit alone can be undone


class MainWindow(CaseFlows, WindowLayout, QMainWindow):
    switch_database = Signal(str)
    switch_user = Signal()
    lock_requested = Signal()
    restore_backup = Signal(str)  # the window closes; the app restores and logs in again
    contact_in_progress = Signal(bool)  # the idle lock waits while one is
    settings_saved = Signal()  # the settings page saved (the idle lock's minutes)

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
        self.nav.setIconSize(QSize(16, 16))
        self.nav.setFixedWidth(162)  # the longest page name (be) beside its icon
        self.stack = QStackedWidget()
        self.start_panel = StartPanel()
        self.intake = IntakeForm(service, lang)
        self.intake_stack = QStackedWidget()
        self.intake_stack.addWidget(self.start_panel)
        self.intake_stack.addWidget(self.intake)
        self.crisis = CrisisService(service.store, user.id, service)
        self.crisis_wizard: QWidget | None = None
        self.assistance = AssistanceService(service.store, user.id, service.tax)
        self._handed_over: tuple[str, str] | None = None  # crisis case id and number
        # Supervisors and administrators get the quality area; everyone else their reviews.
        self.quality = QualityService(service.store, user.id)
        self.shift_page = ShiftPage(ShiftService(service.store, user.id), lang)
        self.recruiters_alert = add_recruiters_alert(self)  # on the start page, every role
        # Every page the role allows, built when first shown (the intake page now).
        factories: list[tuple[str, Callable[[], QWidget] | None]] = [
            ("intake", lambda: self.intake_stack),
            ("shift", lambda: self.shift_page),
            ("journal", self._make_journal),
            ("crisis", self._make_crisis_page),
            ("cases", self._make_cases_page if self.may("assistance.manage") else None),
            ("directory", self._make_directory_page),
            ("recruiters", (lambda: recruiters_page(self))
             if self.may("recruiters.view") else None),
            ("knowledge", lambda: knowledge_page(self)),
            ("quality" if self.quality.can(REVIEW) else "my_reviews", self._make_quality_page),
            ("statistics", self._make_statistics_page if self.may("stats.view") else None),
            ("accounts", self._make_accounts_page
             if self.may("accounts.manage") and self.login is not None else None),
            ("audit", self._make_audit_page if self.may("audit.view") else None),
            ("erasure", self._make_erasure_page if self.may("erasure.run") else None),
            ("sync", self._make_sync_page if self.may("sync.exchange") else None),
            ("settings", self._make_settings_page),
        ]
        self._factories = {k: f for k, f in factories if f is not None}
        self.page_keys: list[str] = list(self._factories)
        self._built: dict[str, QWidget] = {}
        for key in self.page_keys:
            item = QListWidgetItem(nav_icon(key), key)
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.nav.addItem(item)
            self.stack.addWidget(QWidget())  # stands in until the page is first shown
        self.nav.currentRowChanged.connect(self._page_changed)

        self.demo_banner = QLabel()
        self.demo_banner.setObjectName("demoBanner")
        self.demo_banner.setStyleSheet(
            f"QLabel#demoBanner {{ background: {INFO_BACKGROUND}; color: {INFO_TEXT};"
            " padding: 4px 10px; font-weight: bold; }")
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
        self.setWindowIcon(app_icon())

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
        msgbox.remember_folders(settings, user.id)
        remember.use(settings, user.id, self)  # this user's dialogs as they were left

        self.start_panel.phone_button.clicked.connect(self.new_phone)
        self.start_panel.email_button.clicked.connect(self.new_email)
        self.start_panel.chat_button.clicked.connect(self.new_chat)
        self.intake.saved.connect(self._contact_saved)
        self.intake.closed.connect(self._intake_closed)
        self.intake.activity.connect(
            lambda: self.contact_in_progress.emit(self.intake.active))
        self.switch_button.clicked.connect(self._switch_user)
        self.intake.crisis_requested.connect(self.open_crisis)
        self.shift = ShiftController(self, self.shift_page.service, self.shift_page)
        self._restore_layout()
        self.nav.setCurrentRow(0)  # the intake page, built now; it counts today's contacts

    # -- pages, each built when first shown --

    def page(self, key: str) -> QWidget | None:
        """The page ``key``, built now if it has not been shown yet; None when the
        user's role has no such page."""
        built = self._built.get(key)
        if built is not None:
            return built
        factory = self._factories.get(key)
        if factory is None:
            return None
        page = factory()
        self._built[key] = page
        index = self.page_keys.index(key)
        stand_in = self.stack.widget(index)
        current = self.stack.currentIndex()
        self.stack.insertWidget(index, page)
        self.stack.removeWidget(stand_in)
        stand_in.deleteLater()
        if current == index:
            self.stack.setCurrentIndex(index)
        self._window_wide_shortcuts(page)
        self._restore_page_layout(key, page)
        item = self.nav.item(index)
        if item is not None and item.text() != key:  # named once the texts are set
            name_widgets(page, item.text())
        return page

    def built(self, key: str) -> QWidget | None:
        """The page ``key`` if it has been built (shown at least once), else None."""
        return self._built.get(key)

    @property
    def pages(self) -> list[tuple[str, QWidget]]:
        """The pages built so far, in the order of the navigation."""
        return [(k, self._built[k]) for k in self.page_keys if k in self._built]

    def _make_journal(self) -> ContactListPage:
        page = ContactListPage(self.service, self.users.list(), self.lang)
        page.open_contact.connect(self.open_contact)
        page.show_history.connect(self.show_history)
        return page

    def _make_crisis_page(self) -> CrisisPage:
        page = CrisisPage(self.crisis, self.users.list(), self.lang)
        if self.may("assistance.manage"):
            page.assistance_requested.connect(self.assistance_from_crisis)
        else:
            page.assistance_button.setVisible(False)
        return page

    def _make_cases_page(self) -> CasesPage:
        page = CasesPage(self.assistance, self.users.list(), self.lang)
        page.opened.connect(self._assistance_opened)
        return page

    def _make_directory_page(self) -> DirectoryPage:
        page = DirectoryPage(
            DirectoryService(self.service.store, self.user.id, self.service.tax), self.lang)
        if not self.may("directory.edit"):
            page.hide_editing()
        page.changed.connect(self.intake.directory_panel.refresh)
        return page

    def _make_quality_page(self) -> QualityPage | MyReviewsPage:
        page: QualityPage | MyReviewsPage = (
            QualityPage(self.quality, self.service, self.users.list(), self.lang)
            if self.quality.can(REVIEW) else MyReviewsPage(self.quality, self.service, self.lang))
        page.unread_changed.connect(self._quality_unread)
        return page

    def _make_statistics_page(self) -> StatisticsPage:
        return StatisticsPage(self.service, self.lang, self.user.full_name)

    def _make_settings_page(self) -> SettingsPage:
        page = SettingsPage(self.service, self.settings, self.lang, role=self.role,
                            db_key=getattr(self.login, "db_key", None))
        page.saved.connect(self._settings_saved)
        page.saved.connect(self.settings_saved)
        page.restore_requested.connect(self.restore_backup)
        return page

    def _make_sync_page(self) -> QWidget:
        """Sync with partner sites, for the roles that exchange files."""
        from app.services.sync.service import SyncService
        from app.ui.sync.page import SyncPage

        return SyncPage(SyncService(self.service.store, self.user.id), self.lang)

    def _make_accounts_page(self) -> QWidget:
        """Accounts: they need the login's keyring, to wrap the database key for a new
        password."""
        from app.ui.accounts.page import AccountsPage

        return AccountsPage(self.service.store, self.login, self.user)

    def _make_audit_page(self) -> QWidget:
        from app.ui.audit.page import AuditPage

        return AuditPage(self.service.store, self.user, self.lang)

    def _make_erasure_page(self) -> QWidget:
        from app.services.erasure.service import ErasureService
        from app.ui.erasure.page import ErasurePage

        return ErasurePage(ErasureService(self.service.store, self.user.id))

    # The pages by name, as the code around the window knows them: each is built when
    # asked for (None when the role has no such page).

    @property
    def journal(self) -> ContactListPage:
        return self.page("journal")  # type: ignore[return-value]

    @property
    def crisis_page(self) -> CrisisPage:
        return self.page("crisis")  # type: ignore[return-value]

    @property
    def cases_page(self) -> CasesPage | None:
        return self.page("cases")  # type: ignore[return-value]

    @property
    def directory_page(self) -> DirectoryPage:
        return self.page("directory")  # type: ignore[return-value]

    @property
    def quality_page(self) -> QualityPage | MyReviewsPage:
        return self.page(self._quality_key())  # type: ignore[return-value]

    @property
    def statistics_page(self) -> StatisticsPage | None:
        return self.page("statistics")  # type: ignore[return-value]

    @property
    def settings_page(self) -> SettingsPage:
        return self.page("settings")  # type: ignore[return-value]

    @property
    def accounts_page(self) -> QWidget | None:
        return self.page("accounts")

    @property
    def audit_page(self) -> QWidget | None:
        return self.page("audit")

    @property
    def erasure_page(self) -> QWidget | None:
        return self.page("erasure")

    @property
    def sync_page(self) -> QWidget | None:
        return self.page("sync")

    def _quality_key(self) -> str:
        return "quality" if "quality" in self._factories else "my_reviews"

    def _quality_title(self) -> str:
        """The quality page's name in the navigation (with the unread reviews), also
        before the page is built."""
        built = self.built(self._quality_key())
        if isinstance(built, QualityPage | MyReviewsPage):
            return built.nav_title()
        if self._quality_key() == "quality":
            return QCoreApplication.translate("QualityPage", "Quality")
        title = QCoreApplication.translate("MyReviewsPage", "My reviews")
        unread = self.quality.my_unread_count()
        return f"{title} ({unread})" if unread else title

    # -- set-up --

    def _window_wide_shortcuts(self, page: QWidget) -> None:
        """A page's own keys work wherever the focus is in the window (the navigation
        list just clicked, too). A hidden page's shortcuts never fire, so the pages do
        not take each other's keys."""
        for sc in page.findChildren(QShortcut):
            parent = sc.parent()
            if (sc.context() == Qt.ShortcutContext.WidgetWithChildrenShortcut
                    and isinstance(parent, QWidget) and parent.window() is self):
                sc.setContext(Qt.ShortcutContext.WindowShortcut)

    def may(self, action: str) -> bool:
        """Whether the logged-in user's role allows ``action`` (what the window offers)."""
        return allowed(self.role, action)

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
            if act is self.act_assistance and not self.may("assistance.manage"):
                continue
            self.menu_contact.addAction(act)
        self.help_menu = HelpMenu(self, self.lang)

    def retranslate(self) -> None:
        title = self.tr("Infoline Desk")
        site = self.service.store.setting("site_name")
        if site:
            title += f" — {site}"
        if self.demo:
            title += " — " + self.tr("DEMO, fictional data")
        self.setWindowTitle(title)
        names = {"intake": self.tr("Contact"), "journal": self.tr("Journal"),
                 "shift": self.tr("Shift"),
                 "statistics": self.tr("Statistics"),
                 "settings": self.tr("Settings"), "crisis": self.tr("Crisis cases"),
                 "cases": self.tr("Assistance cases"),
                 "directory": self.tr("Directory"),
                 "recruiters": self.tr("Recruiters"),
                 "knowledge": self.tr("Knowledge base"),
                 "quality": self._quality_title(),
                 "my_reviews": self._quality_title(),
                 "accounts": self.tr("Accounts"), "audit": self.tr("Audit log"),
                 "erasure": self.tr("Erasure"), "sync": self.tr("Sync")}
        for i in range(self.nav.count()):
            item = self.nav.item(i)
            item.setText(names[item.data(Qt.ItemDataRole.UserRole)])
        self.nav.setAccessibleName(self.tr("Sections"))
        self.nav.setAccessibleDescription(self.tr(
            "The areas of the application; the arrow keys choose one"))
        for key, page in self.pages:
            name_widgets(page, names[key])
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
        self.help_menu.retranslate()

    # -- navigation --

    def show_page(self, key: str) -> None:
        if key in self.page_keys:
            self.nav.setCurrentRow(self.page_keys.index(key))

    def _page_changed(self, row: int) -> None:
        if row < 0:
            return
        key = self.page_keys[row]
        page = self.page(key)
        self.stack.setCurrentIndex(row)
        if key == "intake":
            self._update_today()
        elif key in ("journal", "directory", "crisis", "cases", "quality", "my_reviews",
                     "accounts", "audit", "erasure", "sync", "shift"):
            refresh = getattr(page, "refresh", None)
            if refresh is not None:
                refresh()

    def _quality_unread(self, _unread: int) -> None:
        key = self._quality_key()
        if key in self.page_keys:
            self.nav.item(self.page_keys.index(key)).setText(self._quality_title())

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

    def show_history(self, contact_id: str) -> None:
        HistoryDialog(self.service, contact_id, self.lang, self).exec()

    def _contact_saved(self, record: ContactRecord) -> None:
        journal = self.built("journal")
        if isinstance(journal, ContactListPage) and journal.contact_saved(record):
            self.show_page("journal")  # opened from the journal: back to it
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
        journal = self.built("journal")
        if isinstance(journal, ContactListPage):
            journal.refresh()

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
            journal = self.built("journal")
            if isinstance(journal, ContactListPage):
                journal.refresh()
            statistics = self.built("statistics")
            if isinstance(statistics, StatisticsPage):
                statistics.mark_stale()

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
        msgbox.remember_folders(None)
        remember.use(None)
        event.accept()

    @property
    def db_path(self) -> Path:
        return self.service.store.path
