"""A screen reader finds a name for every button, field, list and table.

The walk opens a real, logged-in main window in Russian for each role that sees
different pages, shows every navigation page (and every tab of the tabbed ones, and a
contact in progress), then every dialog that opens without side effects, and asks
QAccessible (as a screen reader does) for the name of each interactive widget on
screen. Any without one fails the test, named with where it sits.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from types import SimpleNamespace

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QLineEdit, QListWidget, QTabWidget, QWidget

from app.db import open_store
from app.db.keyring import Keyring
from app.services.accounts import auth
from app.services.contacts.service import ContactService, UserService
from app.services.demo import data as demo
from app.ui import i18n
from app.ui.main_window import MainWindow
from app.ui.widgets import accessible

ROLES = ("consultant", "specialist", "supervisor", "admin")


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory):
    folder = tmp_path_factory.mktemp("a11y")
    path = folder / "demo.sqlite3"
    store = open_store(path)
    demo.generate(store, contacts=80, seed=17)
    keyring, db_key, _code = Keyring.create(path)
    auth.add_demo_accounts(store, keyring, db_key)
    yield SimpleNamespace(store=store, path=path, folder=folder,
                          login=SimpleNamespace(keyring=keyring, db_key=db_key))
    store.close()


@pytest.fixture
def russian(qapp: QApplication) -> Iterator[None]:
    translators = i18n.install(qapp, "ru")
    accessible.install(qapp)
    yield
    i18n.remove(qapp, translators)
    i18n.install(qapp, "en")


def settle(app: QApplication) -> None:
    for _ in range(3):
        app.processEvents()


def missing(root: QWidget) -> list[str]:
    return [accessible.describe(w) for w in accessible.unnamed(root)]


def report(found: dict[str, list[str]]) -> str:
    return "unnamed:\n" + "\n".join(f"  {screen}: {w}" for screen, ws in found.items()
                                     for w in ws)


def window_for(demo_db: SimpleNamespace, username: str, qtbot) -> MainWindow:
    users = UserService(demo_db.store)
    user = next(u for u in users.list() if u.username == username)
    settings = QSettings(str(demo_db.folder / f"{username}.ini"), QSettings.Format.IniFormat)
    window = MainWindow(ContactService(demo_db.store, user.id), users, user, settings, "ru",
                        demo=True, login=demo_db.login)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    return window


def walk_window(window: MainWindow, app: QApplication) -> dict[str, list[str]]:
    """Every page (every tab of a tabbed page) and a contact in progress: what is
    unnamed on each."""
    found: dict[str, list[str]] = {}
    for key, page in window.pages:
        window.show_page(key)
        settle(app)
        found[key] = missing(window)
        for tabs in page.findChildren(QTabWidget):
            for i in range(tabs.count()):
                tabs.setCurrentIndex(i)
                settle(app)
                if tabs.isVisible():
                    found[f"{key}/{tabs.tabText(i)}"] = missing(window)
    window.new_phone()
    settle(app)
    found["intake: choosing the kind"] = missing(window)
    window.intake.choose_kind("consultation")
    settle(app)
    found["intake: a consultation"] = missing(window)
    window.intake.discard(ask=False)
    window.quitting_confirmed = True
    return {k: v for k, v in found.items() if v}


@pytest.mark.parametrize("username", ROLES)
def test_every_page_names_every_interactive_widget_in_russian(qtbot, qapp, russian, demo_db,
                                                              username):
    window = window_for(demo_db, username, qtbot)
    assert window.nav.currentItem().text() == "Обращение"  # the walk is in Russian
    found = walk_window(window, qapp)
    assert not found, report(found)


def test_the_navigation_list_and_the_main_tables_have_names(qtbot, qapp, russian, demo_db):
    window = window_for(demo_db, "admin", qtbot)
    assert accessible.accessible_name(window.nav) == "Разделы"
    window.show_page("journal")
    settle(qapp)
    assert accessible.accessible_name(window.journal.view) == "Журнал"
    # A table named by its screen says its columns too.
    assert "Дата" in window.journal.view.accessibleDescription()


def _dialogs(window: MainWindow,
             demo_db: SimpleNamespace) -> list[tuple[str, Callable[[], QWidget]]]:
    from app.services.accounts.service import AccountService
    from app.ui.accounts.page import AccountDialog, PasswordDialog, RoleDialog
    from app.ui.accounts.recovery import NewRecoveryCodeDialog
    from app.ui.accounts.recovery_code import RecoveryCodeDialog
    from app.ui.assistance.dialogs import (
        ClientDialog,
        ConsentDialog,
        MonitoringDialog,
        NoteDialog,
        ReasonDialog,
        ReferralDialog,
        RelativeDialog,
        ServiceDialog,
        StatusDialog,
        TraffickingDialog,
    )
    from app.ui.crisis.page import CloseDialog, FollowUpDialog
    from app.ui.crisis.page import ReasonDialog as CrisisReasonDialog
    from app.ui.crisis.page import ReferralDialog as CrisisReferralDialog
    from app.ui.directory.dialogs import EmergencyDialog, EntryDialog
    from app.ui.journal.history import HistoryDialog
    from app.ui.journal.import_dialog import ImportDialog
    from app.ui.lock import UnlockDialog
    from app.ui.login import (
        ChangePasswordDialog,
        FirstAdminDialog,
        LoginDialog,
        RecoveryDialog,
    )
    from app.ui.quality.review_dialog import ReviewDialog
    from app.ui.quality.round_dialog import RoundDialog
    from app.ui.quality.staff_register import StaffEventDialog
    from app.ui.sync.page import AddPeerDialog
    from app.ui.widgets.charts import TableDialog

    tax = window.service.tax
    users = window.users.list()
    assistance = window.assistance
    from app.services.contacts.service import ContactQuery

    assert window.cases_page is not None
    window.cases_page.refresh()
    cases = window.cases_page.model.rows
    case_input = assistance.get(cases[0].id).input() if cases else None
    contacts = window.service.page(ContactQuery(), after=None, limit=1)
    contact = contacts[0] if contacts else None
    quality = window.quality
    sample = quality.rounds()[0] if quality.rounds() else None
    item = next((i for i in quality.round_items(sample.id)), None) if sample else None

    def noop(_value: object) -> None:
        return None

    accounts = AccountService(demo_db.store, demo_db.login.keyring, demo_db.login.db_key,
                              window.user.id)
    found: list[tuple[str, Callable[[], QWidget]]] = [
        ("login", lambda: LoginDialog(demo_db.path, demo=True, parent=window)),
        ("first administrator", lambda: FirstAdminDialog(demo_db.folder / "new.sqlite3",
                                                         parent=window)),
        ("recovery code", lambda: RecoveryCodeDialog("7K2QD-M9XAF-4HPWT-ZB3RN-C8VEJ",
                                                     demo_db.path, parent=window)),
        ("recovery", lambda: RecoveryDialog(demo_db.path, parent=window)),
        ("new recovery code", lambda: NewRecoveryCodeDialog(accounts, parent=window)),
        ("unlock", lambda: UnlockDialog("Игорь Левченко", "admin", lambda _p: False,
                                        parent=window)),
        ("account role", lambda: RoleDialog(accounts.accounts()[0], parent=window)),
        ("crisis reason", lambda: CrisisReasonDialog("Причина", "Почему?", parent=window)),
        ("case reason", lambda: ReasonDialog(noop, parent=window)),
        ("chart as a table", lambda: TableDialog("Регионы", ["", "Обращения"],
                                                 [["Минск", "120"]], parent=window)),
        ("change password", lambda: ChangePasswordDialog(lambda *_a: None, parent=window)),
        ("new account", lambda: AccountDialog(accounts, parent=window)),
        ("password", lambda: PasswordDialog("Пароль", "Новый пароль", parent=window)),
        ("legacy import", lambda: ImportDialog(window.service, "ru", window)),
        ("round", lambda: RoundDialog(quality, "ru", date.today(), parent=window)),
        ("staff event", lambda: StaffEventDialog(quality, users, parent=window)),
        ("crisis referral", lambda: CrisisReferralDialog(window.crisis, "ru", users,
                                                          {"embassy"}, parent=window)),
        ("crisis close", lambda: CloseDialog(window.crisis, "ru", parent=window)),
        ("crisis follow-up", lambda: FollowUpDialog(window.crisis, "ru", parent=window)),
        ("directory entry", lambda: EntryDialog(window.directory_page.directory, "ru",
                                                parent=window)),
        ("emergency numbers", lambda: EmergencyDialog(window.directory_page.directory, "ru",
                                                      parent=window)),
        ("relative", lambda: RelativeDialog(tax, "ru", parent=window)),
        ("trafficking", lambda: TraffickingDialog(tax, "ru", _trafficking(), noop,
                                                  parent=window)),
        ("service", lambda: ServiceDialog(tax, "ru", noop, parent=window)),
        ("case referral", lambda: ReferralDialog(tax, "ru", noop, parent=window)),
        ("monitoring", lambda: MonitoringDialog(tax, "ru", users, noop, parent=window)),
        ("consent", lambda: ConsentDialog(tax, "ru", noop, parent=window)),
        ("case status", lambda: StatusDialog(tax, "ru", "open", noop, parent=window)),
        ("case note", lambda: NoteDialog(noop, parent=window)),
    ]
    if case_input is not None:
        found.append(("new case", lambda: ClientDialog(tax, "ru", case_input, noop, users,
                                                       new=True, parent=window)))
    if contact is not None:
        found.append(("history", lambda: HistoryDialog(window.service, contact.id, "ru",
                                                       window)))
    if item is not None:
        found.append(("review", lambda: ReviewDialog(quality, window.service, "ru",
                                                     contact_id=item.contact_id,
                                                     round_id=item.round_id, parent=window)))
    sync = getattr(window, "sync_page", None)
    if sync is not None:
        found.append(("sync partner", lambda: AddPeerDialog(sync.service.public_keys(),
                                                            parent=window)))
    return found


def _trafficking():  # type: ignore[no-untyped-def]
    from app.services.assistance.service import TraffickingInput

    return TraffickingInput()


def test_every_dialog_names_every_interactive_widget_in_russian(qtbot, qapp, russian,
                                                                demo_db):
    window = window_for(demo_db, "admin", qtbot)
    walked, problems = [], {}
    for name, make in _dialogs(window, demo_db):
        dialog = make()
        dialog.show()
        settle(qapp)
        walked.append(name)
        if missing(dialog):
            problems[name] = missing(dialog)
        if hasattr(dialog, "dirty"):
            dialog.dirty = False
        dialog.close()
        dialog.deleteLater()
    # The crisis questionnaire, every page (each crisis type's own), with the answers
    # that reach it (those of `infoline screenshots`).
    from app.tools import screenshots

    window.new_phone()
    window.intake.choose_kind("consultation")
    window.open_crisis()
    wizard = window.crisis_wizard
    assert wizard is not None
    base = {**screenshots._CRISIS_BASE, **screenshots._CRISIS_TYPE_PAGES[0][2]}
    pages = [("danger", base), ("emergency", base), ("situation", base)]
    pages += [(page_id, {**screenshots._CRISIS_BASE, "crisis_type": kind, **extra})
              for page_id, kind, extra in screenshots._CRISIS_TYPE_PAGES]
    pages += [(page_id, base) for page_id in ("control", "recruitment", "needs",
                                              "referrals")]
    for page_id, answers in pages:
        screenshots._wizard_at(wizard, page_id, answers)
        settle(qapp)
        walked.append(f"crisis questionnaire: {page_id}")
        if missing(wizard):
            problems[f"crisis questionnaire: {page_id}"] = missing(wizard)
    wizard.reject()
    window.intake.discard(ask=False)
    window.quitting_confirmed = True
    assert not problems, report(problems)
    assert {"review", "round", "legacy import", "new case", "history", "unlock",
            "account role"} <= set(walked)


def test_the_review_rows_say_what_they_score_and_their_score(qtbot, qapp, russian, demo_db):
    from app.ui.quality.review_dialog import ReviewDialog

    window = window_for(demo_db, "supervisor", qtbot)
    quality = window.quality
    item = next(i for r in quality.rounds() for i in quality.round_items(r.id))
    dialog = ReviewDialog(quality, window.service, "ru", contact_id=item.contact_id,
                          round_id=item.round_id, parent=window)
    qtbot.addWidget(dialog)
    dialog.show()
    settle(qapp)
    assert len(dialog.rows) >= 20
    for row in dialog.rows:
        name = accessible.accessible_name(row)
        assert row.criterion.text("ru") in name
        for button in row.buttons.values():
            assert ":" in accessible.accessible_name(button)  # "2: полностью", not "2"
    row = dialog.rows[0]
    assert "не оценено" in row.accessibleDescription()
    row.setFocus()
    for kind in ("press", "release"):
        (qtbot.keyPress if kind == "press" else qtbot.keyRelease)(row, Qt.Key.Key_2)
    assert row.score() == 2
    assert row.accessibleDescription().startswith("Оценка: 2")
    assert accessible.unnamed(dialog) == []
    dialog.dirty = False
    dialog.reject()
    window.quitting_confirmed = True


def test_a_chart_gives_its_data_as_text_and_as_a_table(qtbot, qapp, russian):
    from app.ui.statistics.page import BarChart

    chart = BarChart()
    qtbot.addWidget(chart)
    chart.setAccessibleName("Регионы")
    chart.set_data(["Минск", "Гомельская область"],
                   [("Обращения", [120, 80], ["120", "80"])])
    chart.show()
    text = chart.accessibleDescription()
    assert "Минск: 120" in text
    assert "Гомельская область: 80" in text
    iface = QAccessible.queryAccessibleInterface(chart)
    assert "Минск: 120" in iface.text(QAccessible.Text.Description)
    assert chart.focusPolicy() & Qt.FocusPolicy.TabFocus
    chart.setFocus()
    qtbot.keyClick(chart, Qt.Key.Key_Return)
    table = chart.table_dialog
    assert table is not None
    assert table.windowTitle() == "Регионы"
    assert table.table.rowCount() == 2
    assert table.table.item(0, 0).text() == "Минск"
    assert table.table.item(1, 1).text() == "80"
    table.close()


def test_the_quality_trend_chart_gives_its_data_as_text(qtbot, qapp, russian):
    from app.ui.quality.dashboard import TrendChart

    chart = TrendChart()
    qtbot.addWidget(chart)
    series = SimpleNamespace(label="Анна", values=(80.0, None, 92.5), n=3)
    chart.set_data(("2026-01", "2026-02", "2026-03"), (series,), ())
    text = chart.accessibleDescription()
    assert "Анна" in text
    assert "01.26" in text
    assert "80" in text
    assert "92,5" in text


def test_names_come_from_what_is_beside_a_field(qtbot, qapp):
    """The mechanism: a form row's label, the label before a field in its row, a
    placeholder; the mnemonic & stripped; a name set by hand kept."""
    from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QPushButton

    root = QWidget()
    qtbot.addWidget(root)
    form = QFormLayout(root)
    in_form = QLineEdit()
    form.addRow("&Откуда узнали:", in_form)
    row = QHBoxLayout()
    beside = QLineEdit()
    row.addWidget(QLabel("Телефон"))
    row.addWidget(beside)
    form.addRow(row)
    placeholder = QLineEdit()
    placeholder.setPlaceholderText("Поиск по имени")
    form.addRow(placeholder)
    icon = QPushButton()
    icon.setToolTip("Обновить (F5)")
    form.addRow(icon)
    kept = QListWidget()
    kept.setAccessibleName("Свой")
    form.addRow(kept)
    assert beside in accessible.unnamed(root, visible_only=False)  # Qt finds no name
    accessible.name_widgets(root)
    root.show()
    assert accessible.accessible_name(in_form) == "Откуда узнали"
    assert accessible.accessible_name(beside) == "Телефон"
    assert accessible.accessible_name(placeholder) == "Поиск по имени"
    assert accessible.accessible_name(icon) == "Обновить (F5)"
    assert accessible.accessible_name(kept) == "Свой"
    assert accessible.unnamed(root) == []


def test_colour_is_not_the_only_sign(qtbot, qapp, russian, demo_db):
    """Overdue crisis cases, finished review rounds and unscored review rows each say so
    in text or a sign, not by their colour alone."""
    from app.ui.quality.page import QualityPage
    from app.ui.quality.review_dialog import ReviewDialog

    window = window_for(demo_db, "supervisor", qtbot)
    window.show_page("crisis")
    page = window.crisis_page
    page.status_filter.setCurrentIndex(page.FILTERS.index("all"))
    settle(qapp)
    model = page.model
    overdue = [i for i, r in enumerate(model.rows) if r.overdue]
    assert overdue, "the demo data have an overdue crisis case"
    texts = [str(model.index(overdue[0], c).data()) for c in range(model.columnCount())]
    assert any("просроч" in t for t in texts)
    window.show_page("quality")
    quality_page = window.quality_page
    assert isinstance(quality_page, QualityPage)
    rounds = quality_page.rounds.rounds
    finished = [r for r in range(rounds.rowCount())
                if rounds.item(r, 2).text() == rounds.item(r, 3).text().lstrip("✓ ")]
    assert finished
    assert all(rounds.item(r, 3).text().startswith("✓") for r in finished)
    quality = window.quality
    item = next(i for r in quality.rounds() for i in quality.round_items(r.id))
    dialog = ReviewDialog(quality, window.service, "ru", contact_id=item.contact_id,
                          round_id=item.round_id, parent=window)
    qtbot.addWidget(dialog)
    row = dialog.rows[0]
    row.mark_invalid(True)
    assert row.text.text().startswith("⚠")
    assert "Нужна оценка" in row.accessibleDescription()
    row.set_score(1)
    assert not row.text.text().startswith("⚠")
    dialog.dirty = False
    dialog.reject()
    window.quitting_confirmed = True


def test_a_choice_or_a_glyph_is_not_a_name(qtbot, qapp):
    """Qt announces a combo by its current choice and a "▾" button by the glyph: that
    says what is in it, not what it is. A table of fields names each by its row and
    its column."""
    from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QToolButton

    root = QWidget()
    qtbot.addWidget(root)
    grid = QGridLayout(root)
    grid.addWidget(QLabel("Ситуация"), 0, 1)
    grid.addWidget(QLabel("Что увидел специалист"), 0, 2)
    level = QComboBox()
    level.addItems(["Стабильно", "Хуже"])
    note = QLineEdit()
    grid.addWidget(QLabel("Здоровье:"), 1, 0)
    grid.addWidget(level, 1, 1)
    grid.addWidget(note, 1, 2)
    glyph = QToolButton()
    glyph.setText("▾")
    glyph.setToolTip("Календарь (F4)")
    grid.addWidget(glyph, 2, 0)
    assert accessible.accessible_name(level) == "Стабильно"  # Qt's own: the choice
    assert {level, note, glyph} <= set(accessible.unnamed(root, visible_only=False))
    accessible.name_widgets(root)
    assert level.accessibleName() == "Здоровье"
    assert note.accessibleName() == "Здоровье: Что увидел специалист"
    assert glyph.accessibleName() == "Календарь (F4)"
    assert accessible.unnamed(root, visible_only=False) == []


def test_a_button_with_its_own_style_still_shows_the_focus(qtbot, qapp):
    """A style sheet hides the platform's focus frame; FOCUS_FRAME brings one back."""
    from PySide6.QtWidgets import QPushButton, QVBoxLayout

    from app.ui.widgets.style import FOCUS_FRAME

    root = QWidget()
    qtbot.addWidget(root)
    layout = QVBoxLayout(root)
    styled = QPushButton("3 просроченных: показать")
    styled.setObjectName("banner")
    styled.setFlat(True)
    styled.setStyleSheet("QPushButton#banner { background: #f8d7da; padding: 3px 8px; }"
                         + FOCUS_FRAME)
    other = QPushButton("Другая")
    layout.addWidget(styled)
    layout.addWidget(other)
    root.show()
    qtbot.waitExposed(root)
    root.activateWindow()
    other.setFocus()
    qtbot.waitUntil(other.hasFocus)
    before = styled.grab().toImage()
    styled.setFocus()
    qtbot.waitUntil(styled.hasFocus)
    after = styled.grab().toImage()
    assert before != after
