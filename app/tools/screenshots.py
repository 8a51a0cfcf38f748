"""``infoline screenshots``: every main screen rendered with demo data to PNG files.

Works without a display (the offscreen platform) and never touches the user's data:
the demo database is made in a temporary folder.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QWidget

from app.db import open_store
from app.services.contacts.service import (
    CallerInput,
    ContactInput,
    ContactService,
    UserService,
)
from app.services.demo import data as demo
from app.ui import i18n
from app.ui.journal.history import HistoryDialog
from app.ui.main_window import MainWindow
from app.ui.widgets.style import use_bundled_font

SIZE = (1366, 768)
Inspect = Callable[[QWidget, Path], None]
_inspect: Inspect | None = None  # looks at each screen as it is saved (the layout check)


def _settle(app: QApplication) -> None:
    for _ in range(3):
        app.processEvents()


class _Enough(Exception):  # noqa: N818 - not an error: the screens asked for are saved
    def __init__(self, files: list[Path]) -> None:
        super().__init__()
        self.files = files


_first: dict[str, object] = {"limit": None, "saved": []}
"""``render_all(first=N)``: how many screens to save, and those saved so far."""


def _save(widget: QWidget, path: Path, app: QApplication) -> Path:
    _settle(app)
    widget.grab().save(str(path))
    if _inspect is not None:
        _inspect(widget, path)
    saved = _first["saved"]
    assert isinstance(saved, list)
    saved.append(path)
    limit = _first["limit"]
    if isinstance(limit, int) and len(saved) >= limit:
        raise _Enough(list(saved))
    return path


def _show_at_size(window: MainWindow) -> None:
    """Shows a main window at 1366×768: not maximised to the offscreen screen (800×800),
    as a small screen's first start is, whatever layout an earlier window left."""
    window.setWindowState(Qt.WindowState.WindowNoState)
    window.resize(*SIZE)
    window.show()


def _fill_consultation(window: MainWindow) -> None:
    form = window.intake
    form.choose_kind("consultation")
    form.gender.set_code("female")
    form.age_group.set_code("25_34")
    form.region.set_code("vitebsk")
    form.caller_role.set_code("self")
    form.travel_purpose.set_code("work")
    form.how_heard.set_code("tv")
    form.topics.set_codes(["employment_abroad", "trafficking_risk"])
    form.destinations.set_codes(["PL", "DE"])
    form.outcomes.set_codes(["information_given"])
    form.phone.setText("+375 29 000-00-17")
    form._lookup_caller()
    form.notes.setPlainText(
        "Звонившая из Витебска получила предложение работы на складе в Польше через "
        "знакомую. Рассказали, как проверить агентство и договор, дали номер 113 и "
        "контакты консульства.")


def _quality_screens(window: MainWindow, service: ContactService, users: UserService,
                     settings: QSettings, lang: str, out: Path, app: QApplication) -> list[Path]:
    """A supervisor's rounds, a review in progress, the dashboard and the staff register;
    then a consultant's own reviews."""
    from app.ui.quality.page import QualityPage
    from app.ui.quality.review_dialog import ReviewDialog

    files = []
    supervisor = next(u for u in users.list() if u.username == "supervisor")
    boss = MainWindow(ContactService(service.store, supervisor.id), users, supervisor, settings,
                      lang, demo=True)
    _show_at_size(boss)
    boss.show_page("quality")
    page = boss.quality_page
    assert isinstance(page, QualityPage)
    rounds = page.rounds
    todo = next(r for r in range(rounds.items.rowCount())
                if rounds.items.item(r, 0).data(Qt.ItemDataRole.UserRole).status == "todo")
    rounds.items.selectRow(todo)
    files.append(_save(boss, out / f"{lang}-14-quality-rounds.png", app))
    item = rounds.current_item()
    assert item is not None
    dialog = ReviewDialog(page.quality, boss.service, lang, contact_id=item.contact_id,
                          round_id=item.round_id, parent=boss)
    dialog.resize(*SIZE)
    dialog.show()
    for row, value in zip(dialog.rows[:9], (2, "na", 2, 1, 2, 2, 2, 1, 2), strict=False):
        row.set_score(value)
    dialog.rows[3].set_comment("Перебивала абонента в начале разговора.")
    dialog.rows[9].setFocus()
    files.append(_save(dialog, out / f"{lang}-15-review.png", app))
    dialog.drafts.dirty = False
    dialog.reject()
    page.tabs.setCurrentWidget(page.dashboard)
    files.append(_save(boss, out / f"{lang}-16-quality-dashboard.png", app))
    first = page.staff.start.last_day()
    page.staff.start.set_value(first.replace(year=first.year - 1))
    page.tabs.setCurrentWidget(page.staff)
    files.append(_save(boss, out / f"{lang}-17-staff-development.png", app))
    boss.quitting_confirmed = True
    boss.close()
    boss.deleteLater()
    window.show_page("my_reviews")
    files.append(_save(window, out / f"{lang}-18-my-reviews.png", app))
    return files


_CRISIS_BASE: dict[str, object] = {
    "in_danger": "yes", "speak_freely": "no", "country": "PL", "city": "Гданьск",
    "safe_contact": "Viber, после 21:00", "guidance_given": "given",
    "emergency_notes": "Договорились: если не сможет говорить, напишет «как погода».",
    "crisis_type": "labour_exploitation", "caller_relation": "self",
    "person_gender": "female", "person_age_group": "25_34",
    "summary": "Работает на складе, паспорт забрал бригадир, денег не платят два месяца.",
}
# The answers that make each crisis type's page reachable and show something.
_CRISIS_TYPE_PAGES: tuple[tuple[str, str, dict[str, object]], ...] = (
    ("labour", "labour_exploitation", {
        "employer": "(демо) «Склад-Сервис», Гданьск", "work_sector": "factory",
        "documents_withheld": "yes", "wages": "not_paid", "free_to_leave": "no",
        "working_hours": "excessive", "others_affected": "yes"}),
    ("sexual", "sexual_exploitation", {"promised": "other_job", "sx_debt": "yes"}),
    ("domestic", "domestic_violence", {"abuser": "partner", "children_present": "yes"}),
    ("documents", "lost_documents", {"documents_lost": ["passport"], "how_lost": "stolen"}),
    ("repatriation", "repatriation", {"return_reason": "no_money"}),
    ("missing", "missing_person", {"missing_relation": "child",
                                   "last_contact": "12 дней назад"}),
    ("detention", "detention", {"detention_reason": "immigration"}),
    ("health", "health_emergency", {"health_condition": "injury"}),
    ("fraud", "fraud", {"fraud_kind": "agency_fee"}),
    ("other_crisis", "other", {"other_description": "Застряла на границе без визы."}),
)


def _wizard_at(wizard: QWidget, page_id: str, answers: dict[str, object]) -> None:
    """Walk the wizard from its start to ``page_id`` with these answers."""
    from app.ui.crisis.wizard import CrisisWizard, QuestionPage

    assert isinstance(wizard, CrisisWizard)
    wizard.answers = dict(answers)
    wizard.restart()
    for _ in range(len(wizard.questionnaire.pages) + 1):
        current = wizard.currentPage()
        if isinstance(current, QuestionPage) and current.page_def.id == page_id:
            return
        if page_id == "referrals" and current is wizard.referral_page:
            return
        wizard.next()
    raise RuntimeError(f"the wizard did not reach {page_id}")


def _crisis_screens(window: MainWindow, out: Path, lang: str, app: QApplication,
                    first: int) -> list[Path]:
    """Every page of the crisis questionnaire, then the crisis-cases page, numbered from
    ``first``."""
    files: list[Path] = []
    window.new_phone()
    form = window.intake
    form.choose_kind("consultation")
    form.gender.set_code("female")
    form.region.set_code("vitebsk")
    form.topics.set_codes(["crisis_abroad", "employment_abroad"])
    form.destinations.set_codes(["PL"])
    window.open_crisis()
    wizard = window.crisis_wizard
    assert wizard is not None
    wizard.resize(1180, 680)
    n = first
    labour = {**_CRISIS_BASE, **_CRISIS_TYPE_PAGES[0][2]}
    for page_id, answers in (("danger", labour), ("emergency", labour),
                             ("situation", labour)):
        _wizard_at(wizard, page_id, answers)
        files.append(_save(wizard, out / f"{lang}-{n}-crisis-{page_id}.png", app))
        n += 1
    for page_id, crisis_type, extra in _CRISIS_TYPE_PAGES:
        _wizard_at(wizard, page_id, {**_CRISIS_BASE, "crisis_type": crisis_type, **extra})
        files.append(_save(wizard, out / f"{lang}-{n}-crisis-{page_id}.png", app))
        n += 1
    full = {**labour, "recruitment_method": ["online_advertisement"],
            "exploitation_type": ["forced_labour"], "recruiter": "объявление в Telegram",
            "needs": ["documents", "return_home", "legal"],
            "consent": ["social_worker", "infoline_manager", "embassy"], "consent_by": "person"}
    for page_id in ("control", "recruitment", "needs", "referrals"):
        _wizard_at(wizard, page_id, full)
        files.append(_save(wizard, out / f"{lang}-{n}-crisis-{page_id}.png", app))
        n += 1
    wizard.next()  # Finish: the contact and its case are saved
    _settle(app)
    window.show_page("crisis")
    page = window.crisis_page
    page.status_filter.setCurrentIndex(page.FILTERS.index("all"))
    overdue = next((r for r in page.model.rows if r.overdue), None)
    if overdue is not None:
        page.select_case(overdue.id)
    files.append(_save(window, out / f"{lang}-{n}-crisis-cases.png", app))
    page.status_filter.setCurrentIndex(page.FILTERS.index("open"))
    return files


def _case_screens(window: MainWindow, out: Path, lang: str, app: QApplication,
                  first: int) -> list[Path]:
    """The assistance cases page (services, monitoring, timeline) and its dialogs,
    numbered from ``first``."""
    from app.ui.assistance.dialogs import ClientDialog, MonitoringDialog, ServiceDialog

    files: list[Path] = []
    window.show_page("cases")
    page = window.cases_page
    page.status_filter.setCurrentIndex(page.FILTERS.index("all"))
    rows = sorted(page.model.rows, key=lambda r: (r.status != "monitoring",
                                                  -r.services_given))
    if not rows:
        return files
    page.select_case(rows[0].id)
    n = first
    for tab in ("services", "monitoring", "timeline"):
        page.show_tab(tab)
        files.append(_save(window, out / f"{lang}-{n}-assistance-{tab}.png", app))
        n += 1
    page.show_tab("client")
    case = page.case
    assert case is not None
    dialogs: list[tuple[str, QWidget]] = [
        ("new-case", ClientDialog(page.service.tax, lang, case.input(), lambda _v: None,
                                  page.users, new=True, parent=window)),
        ("service", ServiceDialog(page.service.tax, lang, lambda _v: None, parent=window)),
        ("monitoring-visit", MonitoringDialog(page.service.tax, lang, page.users,
                                              lambda _v: None, parent=window)),
    ]
    for name, dialog in dialogs:
        dialog.show()
        files.append(_save(dialog, out / f"{lang}-{n}-assistance-{name}.png", app))
        dialog.close()
        dialog.deleteLater()
        n += 1
    return files


def _statistics_screen(window: MainWindow, out: Path, lang: str, app: QApplication,
                       number: int) -> Path:
    """Last year's statistics, computed in the background as on a real screen."""
    from app.services.statistics.sums import Period

    page = window.statistics_page
    window.show_page("statistics")
    page.set_period(Period.year(datetime.now().year - 1))
    page.recompute()
    deadline = datetime.now() + timedelta(seconds=60)
    while page.busy and datetime.now() < deadline:
        app.processEvents()
    return _save(window, out / f"{lang}-{number:02d}-statistics.png", app)


def _knowledge_panel_screen(window: MainWindow, out: Path, lang: str,
                            app: QApplication) -> Path:
    """Vetted answers beside a consultation: F9, the first article offered, F10."""
    panel = window.intake.knowledge_panel
    panel.open()
    panel.focus_list()
    panel.give_current()
    return _save(window, out / f"{lang}-knowledge-panel.png", app)


def _knowledge_screens(window: MainWindow, out: Path, lang: str,
                       app: QApplication) -> list[Path]:
    """The knowledge base as a supervisor sees it: an article open for editing, then
    the articles to be checked."""
    from app.ui.knowledge.page import KnowledgePage

    window.show_page("knowledge")
    page = window.findChild(KnowledgePage)
    assert page is not None
    page.apply()
    files = [_save(window, out / f"{lang}-knowledge-page.png", app)]
    page.filter.setCurrentIndex(3)  # to be checked
    files.append(_save(window, out / f"{lang}-knowledge-to-check.png", app))
    page.filter.setCurrentIndex(0)
    return files


def _recruiters_screens(window: MainWindow, out: Path, lang: str, app: QApplication,
                        first: int) -> list[Path]:
    """The recruiters page with the contacts behind the first recruiter, numbered
    ``first``."""
    from PySide6.QtWidgets import QWidget

    window.show_page("recruiters")
    page = window.findChild(QWidget, "recruitersPage")
    files = []
    if page is not None:
        page.refresh()  # type: ignore[attr-defined]
        page.show_contacts()  # type: ignore[attr-defined]
        files.append(_save(window, out / f"{lang}-{first:02d}-recruiters.png", app))
    return files


def _recruiter_field_screens(window: MainWindow, out: Path, lang: str,
                             app: QApplication) -> list[Path]:
    """The intake form's recruiter field offering earlier names, and the agency check
    (after screen 13, whose contact is still open)."""
    box = window.intake.recruiters
    box.edit.setText("Мираж")
    box.suggest()
    files = [_save(window, out / f"{lang}-13a-recruiter-named.png", app)]
    box.edit.setText("вымышленный")
    box.check_agency()
    assert box.dialog is not None
    files.append(_save(box.dialog, out / f"{lang}-13b-agency-check.png", app))
    box.dialog.reject()
    box.edit.clear()
    return files


def _security_screens(window: MainWindow, db_path: Path, out: Path, lang: str,
                      app: QApplication, first: int) -> list[Path]:
    """The first administrator, the recovery code, the idle lock, the accounts and the
    audit log, numbered from ``first``."""
    from app.ui.accounts.recovery_code import RecoveryCodeDialog
    from app.ui.lock import IdleLock
    from app.ui.login import FirstAdminDialog

    files = []
    n = first
    setup = FirstAdminDialog(db_path.with_name("new.sqlite3"))
    setup.username.setText("olga.admin")
    setup.full_name.setText("Ольга Сидорова")
    setup.password.setText("short")
    setup.repeat.setText("short")
    setup.create()
    setup.show()
    files.append(_save(setup, out / f"{lang}-{n:02d}-first-administrator.png", app))
    setup.close()
    n += 1
    code = RecoveryCodeDialog("7K2QD-M9XAF-4HPWT-ZB3RN-C8VEJ", db_path)
    code.show()
    files.append(_save(code, out / f"{lang}-{n:02d}-recovery-code.png", app))
    code.confirm.setChecked(True)
    code.close()
    n += 1
    window.show_page("intake")
    window.new_phone()
    _fill_consultation(window)
    lock = IdleLock(window.user.full_name, window.user.username, lambda _pw: False,
                    parent=window)
    lock.lock()
    assert lock.dialog is not None
    lock.dialog.password.setText("wrong")
    lock.dialog.try_unlock()
    # The covered window with the password prompt over it, as the user sees them.
    from PySide6.QtGui import QPainter

    _settle(app)
    shot = window.grab()
    prompt = lock.dialog.grab()
    painter = QPainter(shot)
    painter.drawPixmap((shot.width() - prompt.width()) // 2,
                       (shot.height() - prompt.height()) // 2, prompt)
    painter.end()
    shot.save(str(out / f"{lang}-{n:02d}-locked.png"))
    files.append(out / f"{lang}-{n:02d}-locked.png")
    if _inspect is not None:
        _inspect(lock.dialog, files[-1])
    n += 1
    lock.stop()
    window.intake.discard(ask=False)
    if window.accounts_page is not None:
        window.show_page("accounts")
        files.append(_save(window, out / f"{lang}-{n:02d}-accounts.png", app))
        n += 1
    if window.audit_page is not None:
        window.show_page("audit")
        page = window.audit_page
        first = page.date_from.last_day()
        page.date_from.set_value(first.replace(year=first.year - 3))
        deadline = datetime.now() + timedelta(seconds=30)
        while page.task is not None and datetime.now() < deadline:
            app.processEvents()
        files.append(_save(window, out / f"{lang}-{n:02d}-audit-log.png", app))
        n += 1
    erasure = getattr(window, "erasure_page", None)
    if erasure is not None:
        window.show_page("erasure")
        erasure.query.setText("+375")
        erasure.search()
        files.append(_save(window, out / f"{lang}-{n:02d}-erasure.png", app))
        n += 1
    if getattr(window, "sync_page", None) is not None:
        window.show_page("sync")
        files.append(_save(window, out / f"{lang}-{n:02d}-sync.png", app))
        n += 1
    return files


def _login_screen(db_path: Path, out: Path, lang: str, app: QApplication) -> Path:
    from app.ui.login import LoginDialog

    login = LoginDialog(db_path, demo=True, last_username="consultant")
    from app.services.accounts import auth

    login.error.setText(login.message_for(auth.LoginError("wrong", "")))
    login.show()
    path = _save(login, out / f"{lang}-11-login.png", app)
    login.close()
    return path


def render_all(out: Path, langs: list[str], inspect: Inspect | None = None,
               first: int | None = None) -> list[Path]:
    """Every screen of each language in ``langs`` to PNG files in ``out``; ``inspect``,
    if given, is called with each screen (its widget, its file) as it is saved; with
    ``first``, stop after the first that many screens (in the order above, a quick check
    that rendering works)."""
    global _inspect  # noqa: PLW0603 - one run at a time, restored below
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    use_bundled_font(app)
    _inspect = inspect
    _first.update(limit=first, saved=[])
    try:
        return _render_all(out, langs, app)
    except _Enough as enough:
        return enough.files
    finally:
        _inspect = None


def _render_all(out: Path, langs: list[str], app: QApplication) -> list[Path]:
    files: list[Path] = []
    with tempfile.TemporaryDirectory() as tmp:
        from types import SimpleNamespace

        from app.db.keyring import Keyring
        from app.services.accounts import auth

        db_path = Path(tmp) / "demo.sqlite3"
        store = open_store(db_path)
        demo.generate(store, contacts=1500, seed=113)
        keyring, db_key, _code = Keyring.create(db_path)
        auth.add_demo_accounts(store, keyring, db_key)
        login = SimpleNamespace(keyring=keyring, db_key=db_key)
        users = UserService(store)
        user = next(u for u in users.list() if u.username == "consultant")
        admin = next(u for u in users.list() if u.username == "admin")
        service = ContactService(store, user.id)
        # A contact of today, then edited, so the journal and history show real use.
        record = service.save(ContactInput(
            started_at=datetime.now(UTC) - timedelta(minutes=30),
            ended_at=datetime.now(UTC) - timedelta(minutes=22), gender="male",
            age_group="35_44", region="minsk_city", topics=["employment_abroad"],
            destinations=["RU"],
            notes="Звонивший из Минска спрашивал о работе на стройке в Москве.",
            caller=CallerInput(nickname="Сергей (демо)")))
        service.save(ContactInput(**{**record.input.__dict__, "caller": None,
                                     "topics": ["employment_abroad", "passport_visa"],
                                     "how_heard": "internet"}), record.id)
        settings = QSettings(str(Path(tmp) / "settings.ini"), QSettings.Format.IniFormat)
        for lang in langs:
            translators = i18n.install(app, lang)
            window = MainWindow(service, users, user, settings, lang, demo=True)
            _show_at_size(window)
            files.append(_save(window, out / f"{lang}-01-start.png", app))
            window.new_phone()
            files.append(_save(window, out / f"{lang}-02-new-call-kind.png", app))
            _fill_consultation(window)
            files.append(_save(window, out / f"{lang}-03-consultation.png", app))
            window.intake.topics.set_codes([])
            window.intake.save()
            files.append(_save(window, out / f"{lang}-04-validation.png", app))
            window.intake.discard(ask=False)
            window.new_phone()
            window.intake.choose_kind("silent")
            files.append(_save(window, out / f"{lang}-05-non-data.png", app))
            window.intake.discard(ask=False)
            window.new_email()
            window.intake.notes.setPlainText(
                "Здравствуйте! Хочу поехать по программе au-pair в Германию. Как проверить "
                "агентство?")
            files.append(_save(window, out / f"{lang}-06-email.png", app))
            window.intake.discard(ask=False)
            window.show_page("journal")
            window.journal.period.setCurrentIndex(window.journal.PERIODS.index("all"))
            files.append(_save(window, out / f"{lang}-07-journal.png", app))
            window.journal.search.setText("минск")
            window.journal.apply()
            files.append(_save(window, out / f"{lang}-08-search.png", app))
            window.show_page("settings")
            files.append(_save(window, out / f"{lang}-09-settings.png", app))
            history = HistoryDialog(service, record.id, lang, window)
            history.show()
            files.append(_save(history, out / f"{lang}-10-history.png", app))
            history.close()
            files.append(_login_screen(db_path, out, lang, app))
            window.show_page("directory")
            window.directory_page.search.setText("польш")
            window.directory_page.apply()
            files.append(_save(window, out / f"{lang}-12-directory.png", app))
            window.directory_page.search.clear()
            window.new_phone()
            _fill_consultation(window)
            window.intake.directory_panel.focus_list()
            window.intake.directory_panel.copy_current()
            files.append(_save(window, out / f"{lang}-13-contacts-abroad.png", app))
            files.append(_knowledge_panel_screen(window, out, lang, app))
            files += _recruiter_field_screens(window, out, lang, app)
            window.intake.discard(ask=False)
            files += _quality_screens(window, service, users, settings, lang, out, app)
            window.quitting_confirmed = True
            window.close()
            window.deleteLater()
            # The areas of social work, supervision and administration: an
            # administrator's window, which offers every page.
            window = MainWindow(ContactService(store, admin.id), users, admin, settings, lang,
                                demo=True, login=login)
            _show_at_size(window)
            numbers = [int(f.name.split("-")[1]) for f in files
                       if f.name.startswith(f"{lang}-") and f.name.split("-")[1].isdigit()]
            files.extend(_crisis_screens(window, out, lang, app, max(numbers, default=0) + 1))
            numbers = [int(f.name.split("-")[1]) for f in files
                       if f.name.startswith(f"{lang}-") and f.name.split("-")[1].isdigit()]
            files.extend(_case_screens(window, out, lang, app, max(numbers, default=0) + 1))
            numbers = [int(f.name.split("-")[1]) for f in files
                       if f.name.startswith(f"{lang}-") and f.name.split("-")[1].isdigit()]
            files.append(_statistics_screen(window, out, lang, app, max(numbers, default=0) + 1))
            numbers = [int(f.name.split("-")[1]) for f in files
                       if f.name.startswith(f"{lang}-") and f.name.split("-")[1].isdigit()]
            files.extend(_recruiters_screens(window, out, lang, app,
                                             max(numbers, default=0) + 1))
            numbers = [int(f.name.split("-")[1]) for f in files
                       if f.name.startswith(f"{lang}-") and f.name.split("-")[1].isdigit()]
            files.extend(_security_screens(window, db_path, out, lang, app,
                                           max(numbers, default=0) + 1))
            files.extend(_knowledge_screens(window, out, lang, app))
            window.quitting_confirmed = True
            window.close()
            window.deleteLater()
            _settle(app)
            i18n.remove(app, translators)
        store.close()
    return files
