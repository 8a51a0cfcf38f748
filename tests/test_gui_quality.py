"""The quality screens, driven as a supervisor and as consultants would."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog

from app.models import rubric as rubrics
from app.services.contacts.service import ContactInput, ContactService, UserService
from app.services.quality import QualityService, ReviewInput, RoundSpec
from app.ui.main_window import MainWindow
from app.ui.quality.my_reviews import MyReviewsPage
from app.ui.quality.page import QualityPage
from app.ui.quality.review_dialog import ReviewDialog
from app.ui.widgets import msgbox
from tests.keys import type_text
from tests.windows import make_window

RUBRIC = rubrics.load()
MONTH_START = date.today().replace(day=1)


class Team:
    def __init__(self, store):
        users = UserService(store)
        self.store = store
        self.users = users
        self.supervisor = users.add("Елена Миронова", role="supervisor")
        self.anna = users.add("Анна Ковальчук")
        self.maria = users.add("Мария Новик")
        start = datetime.combine(MONTH_START, datetime.min.time()).astimezone(UTC)
        for person in (self.anna, self.maria):
            service = ContactService(store, person.id)
            for i in range(3):
                service.save(ContactInput(
                    started_at=min(start + timedelta(hours=9 + i), datetime.now(UTC)),
                    topics=["employment_abroad"], gender="female", region="vitebsk",
                    notes=f"Звонок {i}: работа в Польше, проверка агентства."))
        self.q = QualityService(store, self.supervisor.id)
        self.round = self.q.start_round(RoundSpec(
            "Март", MONTH_START, date.today(), (self.anna.id, self.maria.id), 2, seed=7))

    def window(self, qtbot, user, tmp_path: Path, lang: str = "en") -> MainWindow:
        return make_window(qtbot, self.store, user, tmp_path, lang=lang,
                           settings=f"{user.id}.ini", show=False)

    def complete(self, item, feedback: str = "Хорошо") -> None:
        scores = {c.code: 2 for c in RUBRIC.criteria}
        self.q.save_review(ReviewInput(scores, feedback=feedback), contact_id=item.contact_id,
                           round_id=item.round_id, complete=True)


@pytest.fixture
def team(store):
    return Team(store)



def focused():
    return QApplication.focusWidget()


def press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the focus"
    qtbot.keyClick(widget, key, modifier)


def open_dialog(qtbot, page: QualityPage, row: int = 0) -> ReviewDialog:
    page.rounds.refresh()
    page.rounds.items.selectRow(row)
    item = page.rounds.current_item()
    dialog = page.rounds.open_review(item)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: focused() is not None and dialog.isAncestorOf(focused()))
    return dialog


def test_a_supervisor_scores_and_completes_a_review_by_keyboard(qtbot, team, tmp_path):
    window = team.window(qtbot, team.supervisor, tmp_path)
    window.show()
    window.show_page("quality")
    page = window.quality_page
    assert isinstance(page, QualityPage)
    rounds = page.rounds
    assert rounds.rounds.rowCount() == 1
    assert rounds.items.rowCount() == 4
    item = rounds.current_item()
    dialog = open_dialog(qtbot, page)
    # The contact is shown read-only beside the rubric.
    assert "работа в Польше" in dialog.contact_view.notes.toPlainText()
    assert dialog.contact_view.notes.isReadOnly()
    qtbot.waitUntil(lambda: focused() is dialog.rows[0])

    keys = {"opening.confidentiality": Qt.Key.Key_N, "listening.empathy": Qt.Key.Key_1,
            "safety.immediate_danger": Qt.Key.Key_N, "record.notes_quality": Qt.Key.Key_0}
    for row in dialog.rows:
        assert focused() is row, row.criterion.code
        press(qtbot, keys.get(row.criterion.code, Qt.Key.Key_2))
    assert focused() is dialog.feedback
    assert dialog.rows[1].score() == "na"
    assert f"{len(dialog.rows)} of {len(dialog.rows)} criteria scored" in dialog.summary.text()

    # Completing without feedback is refused, and says why.
    press(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.isVisible()
    assert dialog.errors.isVisible()
    assert "overall feedback" in dialog.errors.text()
    assert focused() is dialog.feedback
    assert team.q.current_review(item.contact_id) is None

    type_text(dialog.feedback, "Хорошо выяснен запрос; заметки пишите короче.")
    press(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.result() == QDialog.DialogCode.Accepted
    review = team.q.current_review(item.contact_id)
    assert review is not None
    assert review.status == "complete"
    assert review.input.scores["opening.confidentiality"] == "na"
    assert review.input.scores["listening.empathy"] == 1
    assert review.input.feedback == "Хорошо выяснен запрос; заметки пишите короче."
    assert review.overall == round(100 * 33 / 36, 1)
    assert team.q.review_drafts() == []  # the local draft went with the save

    rounds.after_review(item)
    statuses = [rounds.items.item(r, 4).text() for r in range(rounds.items.rowCount())]
    assert statuses.count("Completed") == 1
    assert rounds.current_item().status == "todo"  # on to the next contact
    assert rounds.rounds.item(0, 3).text() == "1"
    unread = [rounds.unread.item(r, 0).text() for r in range(rounds.unread.rowCount())]
    assert unread == [item.consultant_name]


def test_completion_needs_every_criterion_and_points_at_the_first_missing(qtbot, team,
                                                                         tmp_path):
    window = team.window(qtbot, team.supervisor, tmp_path)
    window.show()
    window.show_page("quality")
    dialog = open_dialog(qtbot, window.quality_page)
    qtbot.waitUntil(lambda: focused() is dialog.rows[0])
    press(qtbot, Qt.Key.Key_2)
    press(qtbot, Qt.Key.Key_2)
    dialog.feedback.setPlainText("Отзыв")
    press(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.isVisible()
    assert f"{len(dialog.rows) - 2} left" in dialog.errors.text()
    assert focused() is dialog.rows[2]
    assert dialog.rows[2].invalid
    assert not dialog.rows[0].invalid
    # Del clears a score; Up goes back.
    press(qtbot, Qt.Key.Key_Up)
    assert focused() is dialog.rows[1]
    press(qtbot, Qt.Key.Key_Delete)
    assert dialog.rows[1].score() is None
    # N in a Russian or Belarusian layout types «т»: still "not applicable".
    type_text(dialog.rows[1], "т")
    assert dialog.rows[1].score() == "na"
    assert focused() is dialog.rows[2]


def test_work_in_progress_survives_closing_the_dialog(qtbot, team, tmp_path):
    window = team.window(qtbot, team.supervisor, tmp_path)
    window.show()
    window.show_page("quality")
    page = window.quality_page
    dialog = open_dialog(qtbot, page)
    qtbot.waitUntil(lambda: focused() is dialog.rows[0])
    press(qtbot, Qt.Key.Key_1)
    press(qtbot, Qt.Key.Key_C)  # a comment on the second criterion
    assert focused() is dialog.rows[1].comment
    type_text(dialog.rows[1].comment, "Не сказала о конфиденциальности")
    press(qtbot, Qt.Key.Key_Return)
    assert focused() is dialog.rows[1]
    qtbot.waitUntil(lambda: bool(team.q.review_drafts()), timeout=3000)
    press(qtbot, Qt.Key.Key_Escape)
    assert not dialog.isVisible()

    page.rounds.refresh()
    assert "unsaved work" in page.rounds.items.item(0, 4).text()
    again = open_dialog(qtbot, page)
    assert again.rows[0].score() == 1
    assert again.rows[1].comment_text() == "Не сказала о конфиденциальности"
    assert "restored" in again.status.text()
    # Saved as a draft review (Ctrl+S), it is "Draft" for every supervisor.
    press(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert again.isVisible()
    assert team.q.review_drafts() == []
    again.close()
    page.rounds.refresh()
    assert page.rounds.items.item(0, 4).text() == "Draft"


def test_a_completed_review_opens_read_only_and_is_corrected_with_a_reason(qtbot, team,
                                                                           tmp_path):
    items = team.q.round_items(team.round.id)
    team.complete(items[0], "Первый отзыв")
    window = team.window(qtbot, team.supervisor, tmp_path)
    window.show()
    window.show_page("quality")
    dialog = open_dialog(qtbot, window.quality_page)
    assert dialog.mode == "view"
    assert "Первый отзыв" in dialog.report.toPlainText()
    assert not dialog.complete_button.isVisible()
    qtbot.mouseClick(dialog.correct_button, Qt.MouseButton.LeftButton)
    assert dialog.mode == "correct"
    assert focused() is dialog.reason
    dialog.rows[0].set_score(0)
    press(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert "why the review is corrected" in dialog.errors.text()
    type_text(dialog.reason, "Приветствие не прозвучало")
    press(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.result() == QDialog.DialogCode.Accepted
    versions = team.q.versions(team.q.current_review(items[0].contact_id).id)
    assert [v.revision for v in versions] == [1, 2]
    assert versions[0].input.scores["opening.greeting"] == 2
    assert versions[1].correction_reason == "Приветствие не прозвучало"


def test_consultants_see_only_their_own_reviews_and_mark_them_read(qtbot, team, tmp_path):
    items = team.q.round_items(team.round.id)
    annas = [i for i in items if i.consultant_id == team.anna.id]
    team.complete(annas[0], "Анна, отличный разговор.")
    team.complete(annas[1], "Анна, напоминайте номер 113.")

    anna_window = team.window(qtbot, team.anna, tmp_path)
    keys = [anna_window.nav.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(anna_window.nav.count())]
    assert "quality" not in keys
    assert "my_reviews" in keys
    nav = anna_window.nav.item(keys.index("my_reviews"))
    assert nav.text() == "My reviews (2)"
    anna_window.show()
    qtbot.waitExposed(anna_window)
    anna_window.show_page("my_reviews")
    mine = anna_window.quality_page
    assert isinstance(mine, MyReviewsPage)
    assert mine.table.rowCount() == 2
    assert "Анна" in mine.report.toPlainText()
    assert "2 review(s) not read yet" in mine.info.text()

    maria_window = team.window(qtbot, team.maria, tmp_path)
    maria_window.show_page("my_reviews")
    assert maria_window.quality_page.table.rowCount() == 0
    assert "No reviews yet" in maria_window.quality_page.info.text()

    anna_window.activateWindow()
    mine.table.setFocus()
    qtbot.waitUntil(lambda: focused() is mine.table)
    press(qtbot, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert nav.text() == "My reviews (1)"
    assert mine.current().read_at is None  # on to the other unread one
    qtbot.mouseClick(mine.read_button, Qt.MouseButton.LeftButton)
    assert nav.text() == "My reviews"
    assert not mine.read_button.isEnabled()

    supervisor = team.window(qtbot, team.supervisor, tmp_path)
    supervisor.show_page("quality")
    rounds = supervisor.quality_page.rounds
    assert rounds.unread.rowCount() == 0
    assert not rounds.unread_empty.isHidden()


def test_starting_a_round_from_the_dialog(qtbot, team, tmp_path):
    from app.ui.quality.round_dialog import RoundDialog

    dialog = RoundDialog(team.q, "en", today=MONTH_START + timedelta(days=40))
    qtbot.addWidget(dialog)
    assert dialog.name.text().startswith("Quality review: ")
    qtbot.waitUntil(lambda: not dialog.busy)  # the preview is drawn in the background
    names = [dialog.preview.item(r, 0).text() for r in range(dialog.preview.rowCount())]
    assert names == ["Анна Ковальчук", "Мария Новик"]
    assert "2 contact(s) to review" in dialog.total.text()  # one each is left after the round
    dialog.consultants.item(0).setCheckState(Qt.CheckState.Unchecked)
    dialog.consultants.item(1).setCheckState(Qt.CheckState.Unchecked)
    dialog.refresh_preview()
    qtbot.waitUntil(lambda: not dialog.busy)
    assert "Tick at least one consultant" in dialog.errors.text()
    dialog.consultants.item(0).setCheckState(Qt.CheckState.Checked)
    seed = dialog.seed.value()
    dialog.start_round()
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted)
    assert dialog.created.seed == seed
    assert len(team.q.rounds()) == 2


def test_dashboard_chart_tables_and_export(qtbot, team, tmp_path, monkeypatch):
    for item in team.q.round_items(team.round.id):
        team.complete(item)
    window = team.window(qtbot, team.supervisor, tmp_path)
    window.show()
    window.show_page("quality")
    page = window.quality_page
    page.tabs.setCurrentWidget(page.dashboard)
    dash = page.dashboard
    assert dash.by_consultant.rowCount() == 2
    assert dash.weakest.rowCount() == len(RUBRIC.criteria)
    assert "Completed reviews: 4" in dash.summary.text()
    assert not dash.chart.grab().isNull()
    target = tmp_path / "out" / "quality.xlsx"
    target.parent.mkdir()
    monkeypatch.setattr(msgbox, "save_file", lambda *a, **k: str(target.with_suffix("")))
    told = []
    monkeypatch.setattr(msgbox, "info", lambda *a, **k: told.append(a[2]))
    dash.export(".xlsx")
    qtbot.waitUntil(lambda: bool(told), timeout=5000)
    assert target.is_file()
    assert str(target) in told[0]


def test_staff_development_register(qtbot, team, tmp_path):
    from app.ui.quality.staff_register import StaffEventDialog

    window = team.window(qtbot, team.supervisor, tmp_path)
    window.show_page("quality")
    staff = window.quality_page.staff
    dialog = StaffEventDialog(team.q, team.users.list())
    qtbot.addWidget(dialog)
    dialog.save()
    assert "Give the topic" in dialog.errors.text()
    dialog.type.setCurrentIndex(dialog.type.findData("examination"))
    type_text(dialog.topic, "Письменный зачёт: признаки торговли людьми")
    dialog.people.item(0).setCheckState(Qt.CheckState.Checked)
    dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    staff.refresh()
    assert staff.table.rowCount() == 1
    assert "written examinations: 1" in staff.counts.text()


@pytest.mark.parametrize("lang", ["ru", "en"])
def test_the_window_still_fits_a_1366_pixel_screen(qtbot, team, tmp_path, lang, qapp):
    from app.ui import i18n

    translators = i18n.install(qapp, lang)
    try:
        window = team.window(qtbot, team.supervisor, tmp_path, lang)
        window.show_page("quality")
        assert window.minimumSizeHint().width() <= 1366
        for tab in range(window.quality_page.tabs.count()):
            window.quality_page.tabs.setCurrentIndex(tab)
            assert window.minimumSizeHint().width() <= 1366
        dialog = ReviewDialog(team.q, window.service, lang,
                              contact_id=team.q.round_items(team.round.id)[0].contact_id)
        qtbot.addWidget(dialog)
        hint = dialog.minimumSizeHint()
        assert hint.width() <= 1366
        assert hint.height() <= 768
    finally:
        i18n.remove(qapp, translators)
