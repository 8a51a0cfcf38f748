"""Every screen and dialog in Russian and Belarusian at 1366×768: no text cut off.

The screens are those of ``infoline screenshots`` (rendered with the demo data, with
the bundled DejaVu font, as in docs/screenshots); each is looked at as it is drawn.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QFontInfo
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
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
    assert found == [], "\n".join(found)


def test_no_text_is_cut_off_in_the_dialogs_of_cases_crisis_and_staff(qapp, qtbot, store,
                                                                     consultant):
    """The dialogs the screenshots do not show, in Russian and Belarusian."""
    from app.models.taxonomy import load
    from app.services.assistance.service import RelativeInput, TraffickingInput
    from app.services.crisis.service import CrisisService
    from app.services.quality.service import QualityService
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
