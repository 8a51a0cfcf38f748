"""The Qt binding keeps Python's reference counts right where the app leans on it.

PySide6 6.12.0 returns True from ``Signal.emit()`` without taking a reference, so every
emit from Python code lowers True's count by one; a fresh process holds about 500, and
the app emits on every keystroke of a call (the form's activity, drafts), so a working
day ends in "Fatal Python error: bool_dealloc" and an aborted app. pyproject.toml
excludes that release; this test fails on any release that does the same again.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, QTimer, Signal


class _Sender(QObject):
    plain = Signal()
    with_value = Signal(int)


def test_emitting_a_signal_keeps_the_reference_counts_of_true_false_and_none(qapp):
    sender = _Sender()
    seen: list[int] = []
    sender.plain.connect(lambda: seen.append(0))
    sender.with_value.connect(seen.append)
    counts = (sys.getrefcount(True), sys.getrefcount(False), sys.getrefcount(None))
    for i in range(300):
        sender.plain.emit()
        sender.with_value.emit(i)
    after = (sys.getrefcount(True), sys.getrefcount(False), sys.getrefcount(None))
    assert len(seen) == 600
    # Other threads may take or drop a few references meanwhile, never 300.
    assert all(abs(a - b) < 100 for a, b in zip(after, counts, strict=True)), (counts, after)


def test_a_single_shot_timer_keeps_the_reference_count_of_none(qapp, qtbot):
    fired: list[int] = []

    def fire() -> None:
        fired.append(1)

    before = sys.getrefcount(None)
    for _ in range(300):
        QTimer.singleShot(0, fire)
    qtbot.waitUntil(lambda: len(fired) == 300, timeout=10_000)
    assert abs(sys.getrefcount(None) - before) < 100
