"""Every screen and dialog in Russian and Belarusian at 1366×768: no text cut off.

The screens are those of ``infoline screenshots`` (rendered with the demo data, with
the bundled DejaVu font, as in docs/screenshots); each is looked at as it is drawn.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontInfo
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from app.tools import screenshots
from app.ui.main_window import MainWindow
from app.ui.widgets.style import FONT_FAMILY, use_bundled_font
from tests.clipcheck import clipped


def test_the_check_finds_cut_text(qtbot):
    """The check itself: a label, a button, a header and a cell too narrow are found;
    a narrow cell with a tooltip and a label eliding on purpose with its whole text in
    the tooltip (deliberate elisions) are not; an eliding label without it is."""
    window = QWidget()
    qtbot.addWidget(window)
    row = QHBoxLayout(window)
    label = QLabel("Правила безопасного выезда и поведения за рубежом")
    label.setFixedWidth(120)
    eliding = []
    for text, tip in (("Ответственная организация: «Гендерные перспективы»", True),
                      ("Ответственная организация: «Клуб деловых женщин»", False)):
        cut = QLabel(text)
        cut.setProperty("elides", True)
        cut.setToolTip(text if tip else "")
        cut.setFixedWidth(90)
        eliding.append(cut)
    button = QPushButton("Начать сопровождение…")
    button.setFixedWidth(60)
    table = QTableWidget(2, 1)
    table.setHorizontalHeaderLabels(["Стоимость услуги"])
    table.setColumnWidth(0, 40)
    table.setItem(0, 0, QTableWidgetItem("51,10 BYN"))
    elided = QTableWidgetItem("Кризисная ситуация за рубежом")
    elided.setToolTip(elided.text())
    table.setItem(1, 0, elided)
    for w in (label, button, table, *eliding):
        row.addWidget(w)
    window.resize(400, 200)
    window.show()
    qtbot.waitExposed(window)
    found = "\n".join(clipped(window))
    assert "Правила безопасного" in found
    assert "Начать сопровождение" in found
    assert "Стоимость услуги" in found
    assert "51,10 BYN" in found
    assert "Кризисная ситуация" not in found
    assert "Гендерные перспективы" not in found
    assert "Клуб деловых женщин" in found
    label.setFixedWidth(label.sizeHint().width())
    button.setFixedWidth(button.sizeHint().width())
    window.resize(1400, 200)
    qtbot.wait(10)
    assert not any("Правила" in f or "Начать" in f for f in clipped(window))


def test_the_check_finds_cut_list_items_and_combo_choices_despite_a_tooltip(qtbot):
    """A list read during a call (the topics) and a closed combo are not excused by a
    tooltip: an item cut at the edge of a list without a scroll bar across, and a
    choice cut at a combo's arrow, are found. A combo that cuts its choice with "…" on
    purpose, with the whole choice as its tooltip, and a list that elides on purpose
    are not."""
    from app.forms.fields import CodeCombo
    from app.models.taxonomy import load

    window = QWidget()
    qtbot.addWidget(window)
    row = QHBoxLayout(window)
    topics = QListWidget()
    topics.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    topics.setTextElideMode(Qt.TextElideMode.ElideRight)
    entries = QListWidget()
    entries.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    entries.setProperty("elides", True)
    for view, text in ((topics, "Правила безопасного выезда и поведения за рубежом"),
                       (entries, "(ДЕМО) Посольство Республики Беларусь в Польше")):
        item = QListWidgetItem(text)
        item.setToolTip(text)
        view.addItem(item)
        view.setFixedWidth(160)
    plain_combo = QComboBox()
    plain_combo.addItem("Телевидение (в т.ч. ролик кампании)")
    plain_combo.setToolTip(plain_combo.currentText())
    plain_combo.setFixedWidth(150)
    code_combo = CodeCombo(load()["how_heard"], "ru", empty="—")
    code_combo.set_code("tv")
    code_combo.setFixedWidth(150)
    for w in (topics, entries, plain_combo, code_combo):
        row.addWidget(w)
    window.resize(800, 200)
    window.show()
    qtbot.waitExposed(window)
    found = clipped(window)
    assert [f for f in found if "Правила безопасного" in f], found
    assert [f for f in found if "QComboBox" in f and "Телевидение" in f], found
    assert not [f for f in found if "ДЕМО" in f or "CodeCombo" in f], found


def test_the_screens_use_a_font_with_cyrillic(qapp):
    use_bundled_font(qapp)
    assert QFontInfo(QApplication.font()).family() == FONT_FAMILY


def test_no_text_is_cut_off_on_any_screen_in_russian_or_belarusian(qapp, tmp_path):
    found: list[str] = []
    seen: list[str] = []

    def inspect(widget: QWidget, path: Path) -> None:
        seen.append(path.name)
        assert widget.width() <= screenshots.SIZE[0], path.name
        assert widget.height() <= screenshots.SIZE[1], path.name
        if isinstance(widget, MainWindow):  # a whole screen, as on a 1366×768 display
            assert (widget.width(), widget.height()) == screenshots.SIZE, path.name
        found.extend(f"{path.name}: {problem}" for problem in clipped(widget))

    files = screenshots.render_all(tmp_path, ["ru", "be"], inspect)
    assert len(seen) == len(files) > 80
    assert {name.split("-")[0] for name in seen} == {"ru", "be"}
    # The knowledge base: its page (a supervisor's, an article open for editing, and
    # the articles to be checked) and the vetted answers unfolded beside a call.
    assert {f"{lang}-knowledge-{shot}.png" for lang in ("ru", "be")
            for shot in ("page", "to-check", "panel")} <= set(seen)
    assert found == [], "\n".join(found)


def test_no_text_is_cut_off_in_the_dialogs_of_cases_crisis_and_staff(qapp, qtbot, store,
                                                                     consultant):
    """The dialogs the screenshots do not show, in Russian and Belarusian."""
    from app.models.taxonomy import load
    from app.services.assistance.types import RelativeInput, TraffickingInput
    from app.services.crisis.service import CrisisService
    from app.services.quality import QualityService
    from app.ui import i18n
    from app.ui.assistance import dialogs as case_dialogs
    from app.ui.crisis import page as crisis_page
    from app.ui.quality.staff_register import StaffEventDialog

    use_bundled_font(qapp)
    tax = load()
    crisis = CrisisService(store, consultant.id)
    users = []
    found: list[str] = []
    for lang in ("ru", "be"):
        translators = i18n.install(qapp, lang)
        try:
            dialogs = [
                case_dialogs.RelativeDialog(tax, lang, RelativeInput()),
                case_dialogs.TraffickingDialog(tax, lang, TraffickingInput(), None),
                case_dialogs.ReferralDialog(tax, lang, None),
                case_dialogs.ConsentDialog(tax, lang, None),
                case_dialogs.StatusDialog(tax, lang, "open", None),
                case_dialogs.NoteDialog(None),
                case_dialogs.ReasonDialog(None),
                crisis_page.ReferralDialog(crisis, lang, users, {"police"}),
                crisis_page.FollowUpDialog(crisis, lang),
                StaffEventDialog(QualityService(store, consultant.id), users),
            ]
            for dialog in dialogs:
                qtbot.addWidget(dialog)
                dialog.show()
                qtbot.waitExposed(dialog)
                found.extend(f"{lang} {type(dialog).__name__}: {p}" for p in clipped(dialog))
                dialog.close()
        finally:
            i18n.remove(qapp, translators)
    assert found == [], "\n".join(found)


@pytest.mark.parametrize("lang", ["ru", "be"])
@pytest.mark.parametrize("height", [768, 698])
def test_the_intake_form_shows_every_topic_and_choice_whole(qtbot, qapp, store, consultant,
                                                            supervisor, tmp_path, lang,
                                                            height):
    """A consultation in Russian and Belarusian on a 1366×768 screen, full height or
    less the taskbar and title bar (698), with contacts abroad for the country chosen:
    no text cut, every topic whole, every choice of every combo whole when chosen (only
    the specialist caller, longer than any way of hearing of us, is cut with "…" and
    whole in its tooltip), and nothing scrolls."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QScrollArea

    from app.forms.fields import CodeCombo
    from app.services.contacts.service import ContactService, UserService
    from app.services.directory.service import DirectoryService, EntryInput
    from app.ui import i18n

    use_bundled_font(qapp)
    directory = DirectoryService(store, supervisor.id)
    directory.add(EntryInput(country="PL", type="belarus_mission",
                             name="Посольство Республики Беларусь в Польше", city="Варшава",
                             phones="+48 22 000 00 01"))
    directory.add(EntryInput(country="PL", type="ngo", name="La Strada Polska",
                             city="Warszawa", phones="+48 22 000 00 10"))
    directory.set_emergency("PL", "112 — единый номер экстренных служб\n997 — полиция")
    translators = i18n.install(qapp, lang)
    try:
        w = MainWindow(ContactService(store, consultant.id), UserService(store), consultant,
                       QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat), lang)
        w.quitting_confirmed = True
        qtbot.addWidget(w)
        w.showNormal()
        w.resize(1366, height)
        qtbot.waitUntil(lambda: w.height() == height)
        form = w.intake
        w.new_phone()
        form.choose_kind("consultation", focus=False)
        form.topics.set_codes(["employment_abroad", "safe_migration"])
        form.destinations.set_codes(["PL", "DE"])
        form.outcomes.set_codes(["information_given"])
        form.phone.setText("+375 29 000-00-17")
        form.region.set_code("vitebsk")
        qtbot.wait(50)
        scroll = form.findChild(QScrollArea)
        assert scroll.verticalScrollBar().maximum() == 0, "the form scrolls"
        assert scroll.horizontalScrollBar().maximum() == 0, "the form scrolls across"
        panel = form.directory_panel
        assert panel.list.count() == 2
        assert panel.height() >= panel.minimumSizeHint().height()
        assert form.notes.height() >= 8 * form.notes.fontMetrics().lineSpacing()
        found = clipped(w)
        assert found == [], "\n".join(found)
        cut = []
        for combo in form.findChildren(CodeCombo):
            for i in range(combo.count()):
                combo.setCurrentIndex(i)
                combo.setProperty("elides", False)  # whole, not excused by its "…"
                problems = clipped(combo)
                combo.setProperty("elides", True)
                if problems and combo.itemData(i) != "professional":
                    cut.extend(problems)
                elif problems:
                    assert clipped(combo) == []  # cut with "…", whole in its tooltip
                    assert combo.toolTip() == combo.itemText(i)
        assert cut == [], "\n".join(cut)
        form.discard(ask=False)
    finally:
        i18n.remove(qapp, translators)


@pytest.mark.parametrize("lang", ["ru", "be"])
def test_the_start_page_the_shift_page_and_its_dialogs_show_their_text_whole(
        qtbot, qapp, tmp_path, lang):
    """The demo's consultant at 1366×768: the start page with her callbacks (one
    overdue), the Shift page, a supervisor's Shift page with everyone's callbacks, and
    the callback, hand-over and debrief dialogs, in Russian and Belarusian."""
    from datetime import UTC, datetime

    from PySide6.QtCore import QSettings

    from app.db import open_store
    from app.services.contacts.service import ContactService, UserService
    from app.services.demo import data as demo
    from app.services.shift.service import ShiftService
    from app.ui import i18n
    from app.ui.shift.dialogs import CallbackDialog, DebriefDialog, HandOverDialog

    use_bundled_font(qapp)
    store = open_store(tmp_path / "demo.sqlite3")
    store.set_setting("site_id", "0190a0b0-0000-7000-8000-0000000000aa")
    demo.generate(store, contacts=400, seed=113)
    users = UserService(store)
    staff = {u.username: u for u in users.list()}
    translators = i18n.install(qapp, lang)
    found: list[str] = []
    try:
        for username in ("consultant", "supervisor"):
            user = staff[username]
            w = MainWindow(ContactService(store, user.id), users, user,
                           QSettings(str(tmp_path / f"{username}.ini"),
                                     QSettings.Format.IniFormat), lang)
            w.quitting_confirmed = True
            qtbot.addWidget(w)
            screenshots._show_at_size(w)
            qtbot.waitExposed(w)
            qtbot.wait(50)
            if username == "consultant":
                assert w.shift.start.table.rowCount() == 3
                found.extend(f"{lang} start: {p}" for p in clipped(w))
                w.grab().save(str(tmp_path / f"{lang}-start.png"))
            w.show_page("shift")
            for tab in range(w.shift_page.tabs.count()):
                w.shift_page.tabs.setCurrentIndex(tab)
                qtbot.wait(20)
                found.extend(f"{lang} {username} shift tab {tab}: {p}" for p in clipped(w))
                w.grab().save(str(tmp_path / f"{lang}-{username}-shift-{tab}.png"))
        shift = ShiftService(store, staff["consultant"].id)
        dialogs = [
            CallbackDialog(shift.hours(), datetime(2026, 12, 7, 21, 30, tzinfo=UTC),
                           "+375 29 000-11-22"),
            CallbackDialog(shift.hours(), datetime.now(UTC), with_details=False),
            HandOverDialog(shift.staff(), staff["consultant"].id),
            DebriefDialog(),
        ]
        for i, dialog in enumerate(dialogs):
            qtbot.addWidget(dialog)
            dialog.show()
            qtbot.waitExposed(dialog)
            found.extend(f"{lang} {type(dialog).__name__}: {p}" for p in clipped(dialog))
            dialog.grab().save(str(tmp_path / f"{lang}-dialog-{i}.png"))
            dialog.close()
    finally:
        i18n.remove(qapp, translators)
        store.close()
    assert found == [], "\n".join(found)
