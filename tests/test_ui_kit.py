"""The small UI kit (app/ui/widgets, app/forms): each recurring job done one way, with
real Qt widgets and timers."""

from __future__ import annotations

import importlib.util
import sys
import time
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTableWidget,
    QWidget,
)

from app.forms.fields import Checklist, CodeChecklist
from app.forms.widgets import ElidedLabel, put
from app.models import taxonomy
from app.services.validation import FieldError
from app.ui.widgets.drafts import DraftKeeper
from app.ui.widgets.errors import error_label, errors_text, label_name, show_errors
from app.ui.widgets.formatting import show_date, show_date_time, show_time
from app.ui.widgets.style import ERROR_RED
from app.ui.widgets.tables import read_only_table

ROOT = Path(__file__).resolve().parents[1]


# -- the draft keeper --


@pytest.fixture
def owner(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def test_draft_is_written_once_after_the_pause(qtbot, owner):
    writes: list[float] = []
    keeper = DraftKeeper(lambda: writes.append(time.monotonic()), owner, pause_ms=500)
    for _ in range(5):
        keeper.changed()
        qtbot.wait(20)
    assert writes == []  # still typing: each change starts the pause again
    qtbot.waitUntil(lambda: len(writes) == 1, timeout=5000)
    qtbot.wait(700)
    assert len(writes) == 1
    assert keeper.dirty  # the form's write clears it, not the keeper


def test_changes_that_go_on_are_written_within_the_longest_wait(qtbot, owner):
    writes: list[float] = []
    keeper = DraftKeeper(lambda: writes.append(time.monotonic()), owner, pause_ms=60_000,
                         max_wait_ms=80)
    start = time.monotonic()
    while not writes and time.monotonic() - start < 5:  # a key every 20 ms
        keeper.changed()
        qtbot.wait(20)
    assert writes, "nothing written while the changes went on"
    assert keeper.pause.isActive()  # the pause never ended: the longest wait wrote


def test_periodic_write_only_while_something_is_unwritten(qtbot, owner):
    writes: list[int] = []

    def write() -> None:
        writes.append(1)
        keeper.dirty = False

    keeper = DraftKeeper(write, owner, pause_ms=60_000, interval_ms=40)
    keeper.start()
    qtbot.wait(200)
    assert writes == []  # nothing changed: nothing to write
    keeper.changed()
    qtbot.waitUntil(lambda: len(writes) == 1, timeout=5000)
    qtbot.wait(200)
    assert len(writes) == 1


def test_stop_cancels_every_pending_write(qtbot, owner):
    writes: list[int] = []
    keeper = DraftKeeper(lambda: writes.append(1), owner, pause_ms=30, max_wait_ms=30,
                         interval_ms=30)
    keeper.start()
    keeper.changed()
    keeper.stop()
    qtbot.wait(200)
    assert writes == []


def test_the_write_can_be_replaced(qtbot, owner):
    first: list[int] = []
    second: list[int] = []
    keeper = DraftKeeper(lambda: first.append(1), owner, pause_ms=20)
    keeper.write = lambda: second.append(1)
    keeper.changed()
    qtbot.waitUntil(lambda: second == [1], timeout=5000)
    assert first == []


# -- field errors as text --


def test_errors_name_the_field_and_the_problem_in_common_words():
    errors = [FieldError("notes", "too_long", "is longer than 10", {"limit": 10}),
              FieldError("email", "invalid_email", "bad"),
              FieldError("when", "odd_problem", "is odd")]
    text = errors_text(errors, names={"notes": "Notes", "email": "E-mail"})
    assert text == ("Notes: too long: at most 10 characters; E-mail: not an e-mail "
                    "address; is odd")


def test_a_form_words_its_own_errors():
    errors = [FieldError("topics", "required", ""), FieldError("phone", "required", "")]
    text = errors_text(
        errors, names=lambda field: field.title(),
        sentence=lambda e: "Choose a topic." if e.field == "topics" else None,
        problems={"required": "must be given"}, joiner=" | ")
    assert text == "Choose a topic. | Phone: must be given"


def test_label_name_drops_the_mnemonic_colon_and_hint(qtbot):
    label = QLabel("Top&ics (Space ticks):")
    qtbot.addWidget(label)
    assert label_name(label) == "Topics"


def test_error_label_is_red_hidden_and_says_not_saved(qtbot):
    label = error_label()
    qtbot.addWidget(label)
    assert label.objectName() == "errors"
    assert ERROR_RED in label.styleSheet()
    assert "bold" in label.styleSheet()
    assert label.wordWrap()
    assert label.isHidden()
    show_errors(label, [FieldError("name", "required", "")], names={"name": "Name"})
    assert not label.isHidden()
    assert label.text() == "Not saved: Name: required"


def test_a_designer_label_keeps_its_name_and_may_stay_plain(qtbot):
    form = QWidget()
    qtbot.addWidget(form)
    label = QLabel(form)
    label.setObjectName("formError")
    assert error_label(label, bold=False, hidden=False) is label
    assert label.objectName() == "formError"
    assert "bold" not in label.styleSheet()
    assert not label.isHidden()


# -- the read-only table --


def test_read_only_table(qtbot):
    table = read_only_table(QTableWidget(2, 3))
    qtbot.addWidget(table)
    assert table.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers
    assert table.selectionBehavior() == QAbstractItemView.SelectionBehavior.SelectRows
    assert table.selectionMode() == QAbstractItemView.SelectionMode.SingleSelection
    assert table.verticalHeader().isHidden()
    assert table.horizontalHeader().stretchLastSection()
    loose = read_only_table(QTableWidget(2, 3), rows=False, single=False, stretch_last=False,
                            wrap=False)
    qtbot.addWidget(loose)
    assert loose.selectionBehavior() == QAbstractItemView.SelectionBehavior.SelectItems
    assert loose.selectionMode() == QAbstractItemView.SelectionMode.ExtendedSelection
    assert not loose.horizontalHeader().stretchLastSection()
    assert not loose.wordWrap()


# -- dates and times --


@pytest.fixture
def locale_back():
    before = QLocale()
    yield
    QLocale.setDefault(before)


@pytest.mark.parametrize("lang", ["ru", "be", "en"])
def test_dates_read_the_same_in_every_language(lang, locale_back):
    QLocale.setDefault(QLocale(lang))
    assert show_date(date(2027, 1, 7)) == "07.01.2027"
    assert show_time(datetime(2027, 1, 7, 9, 5, 3)) == "09:05"
    assert show_time(datetime(2027, 1, 7, 9, 5, 3), seconds=True) == "09:05:03"
    assert show_date_time(datetime(2027, 1, 7, 9, 5, 3)) == "07.01.2027 09:05"
    assert show_date_time(None) == ""
    assert show_date(None) == ""


def test_a_moment_in_utc_is_shown_in_local_time():
    moment = datetime(2027, 1, 7, 23, 30, tzinfo=UTC)
    local = moment.astimezone()
    assert show_date_time(moment) == local.strftime("%d.%m.%Y %H:%M")
    assert show_date(moment) == local.strftime("%d.%m.%Y")


# -- the one checklist --


def test_checklist_ticks_with_space_and_keeps_ticks_over_new_options(qtbot):
    checklist = Checklist([("a", "Alpha"), ("b", "Beta"), ("c", "Gamma")], rows=2)
    qtbot.addWidget(checklist)
    changes: list[int] = []
    checklist.changed.connect(lambda: changes.append(1))
    checklist.setCurrentRow(1)
    qtbot.keyClick(checklist, Qt.Key.Key_Space)
    assert checklist.codes() == ["b"]
    assert changes == [1]
    checklist.set_options([("b", "Beta"), ("d", "Delta")])
    assert checklist.codes() == ["b"]
    # New options are no answer: nothing is told (Qt resets the view while the list is
    # cleared; a crisis question answered by that would be an answer off its path).
    assert changes == [1]
    before = len(changes)
    checklist.set_codes(["d"], quiet=True)
    assert checklist.codes() == ["d"]
    assert len(changes) == before
    checklist.set_codes(["b"])
    assert len(changes) == before + 1
    row = checklist.sizeHintForRow(0)
    assert checklist.maximumHeight() >= 2 * row
    checklist.untick_all()
    assert checklist.codes() == []
    assert checklist.currentRow() == 0


def test_code_checklist_shows_every_code_without_scrolling(qtbot):
    topics = taxonomy.load()["topic"]
    checklist = CodeChecklist(topics, "ru")
    qtbot.addWidget(checklist)
    assert checklist.count() == len(topics.active())
    assert checklist.minimumHeight() == checklist.maximumHeight()
    assert checklist.minimumHeight() >= checklist.sizeHintForRow(0) * checklist.count()


# -- Designer forms: placeholders --


def test_put_takes_the_placeholders_place_and_stretch(qtbot):
    window = QWidget()
    qtbot.addWidget(window)
    row = QHBoxLayout(window)
    left, slot, right = QLabel("left"), QWidget(), QLabel("right")
    slot.setObjectName("phone_slot")
    row.addWidget(left)
    row.addWidget(slot, 3)
    row.addWidget(right)
    edit = QLineEdit()
    assert put(slot, edit) is edit
    assert row.indexOf(edit) == 1
    assert row.stretch(1) == 3
    assert edit.objectName() == "phone"
    assert slot.parent() is None
    with pytest.raises(LookupError):
        put(QWidget(), QLineEdit())


def test_elided_label_shows_the_whole_text_in_its_tooltip(qtbot):
    label = ElidedLabel()
    qtbot.addWidget(label)
    label.setText("Responsible: a very long organisation name")
    assert label.toolTip() == label.text()


# -- translations: named placeholders --


def test_a_translation_that_loses_a_named_value_is_reported():
    name = "infoline_translations_script"
    module = sys.modules.get(name)
    if module is None:
        spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / "translations.py")
        assert spec is not None
        assert spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    lost = module.Message("x.ts", "messages", "no partner named {name}", "", False,
                          ("нет партнёра",), False, "")
    kept = module.Message("x.ts", "messages", "no partner named {name}", "", False,
                          ("нет партнёра {name}",), False, "")
    assert any("{name} missing" in p for p in module.text_problems([lost]))
    assert module.text_problems([kept]) == []
