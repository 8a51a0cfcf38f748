"""``infoline screenshots``: every main screen rendered with demo data to PNG files.

Works without a display (the offscreen platform) and never touches the user's data:
the demo database is made in a temporary folder.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QWidget

from app.db import open_store
from app.services import demo
from app.services.contacts import (
    CallerInput,
    ContactInput,
    ContactService,
    UserService,
)
from app.ui import i18n
from app.ui.history import HistoryDialog
from app.ui.main_window import MainWindow
from app.ui.shift import ShiftDialog

SIZE = (1366, 768)


def _settle(app: QApplication) -> None:
    for _ in range(3):
        app.processEvents()


def _save(widget: QWidget, path: Path, app: QApplication) -> Path:
    _settle(app)
    widget.grab().save(str(path))
    return path


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


def render_all(out: Path, langs: list[str]) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    files: list[Path] = []
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(Path(tmp) / "demo.sqlite3")
        demo.generate(store, contacts=1500, seed=113)
        users = UserService(store)
        user = next(u for u in users.list() if u.username == "consultant")
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
            window.resize(*SIZE)
            window.show()
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
            shift = ShiftDialog(users, user.id)
            shift.show()
            files.append(_save(shift, out / f"{lang}-11-shift.png", app))
            shift.close()
            window.quitting_confirmed = True
            window.close()
            window.deleteLater()
            _settle(app)
            i18n.remove(app, translators)
        store.close()
    return files
