"""Running long work off the GUI thread.

One helper for everything that can take over ~100 ms: the work runs in a thread pool
and never touches widgets; its result or error comes back to the GUI thread through a
signal. A progress dialog appears only after half a second and can cancel: domain code
reports progress through a plain ``progress(done, total) -> bool`` callback whose
False answer asks it to stop.

Every task is known until it ends: :func:`wait_for_tasks` waits for those still running
(asking them to stop first if told to), so the store is never closed under a task that
still uses it (the daily backup, an export, an erasure).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

log = logging.getLogger("app.ui")

Progress = Callable[[int, int], bool]


class _Signals(QObject):
    progressed = Signal(int, int)
    finished = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, work: Callable[[Progress], Any], signals: _Signals,
                 cancelled: threading.Event):
        super().__init__()
        self.work = work
        self.signals = signals
        self.cancelled = cancelled

    def run(self) -> None:
        def progress(done: int, total: int) -> bool:
            self.signals.progressed.emit(done, total)
            return not self.cancelled.is_set()

        try:
            result = self.work(progress)
        except Exception as exc:  # handed to the GUI thread, which reports it
            log.exception("background task failed")
            self.signals.failed.emit(exc)
        else:
            self.signals.finished.emit(result)


class Task(QObject):
    """A running background job. Keep a reference until ``done`` or ``error``."""

    done = Signal(object)
    error = Signal(object)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.cancelled = threading.Event()
        self.running = True
        self._dialog: QProgressDialog | None = None

    def cancel(self) -> None:
        self.cancelled.set()


_running: dict[Task, QThreadPool] = {}
"""The tasks started and not yet ended, with the pool each runs in."""


def running_tasks() -> list[Task]:
    """The background tasks still running."""
    return [task for task in _running if task.running]


def wait_for_tasks(*, cancel: bool = False) -> None:
    """Wait until every background task has ended, asking each to stop first when
    ``cancel``; their results and errors are handed over (on the GUI thread) before
    this returns. Called before the store closes (logout, user switch, quit)."""
    tasks = running_tasks()
    if cancel:
        for task in tasks:
            task.cancel()
    for pool in {id(p): p for p in _running.values()}.values():
        pool.waitForDone()
    # Each job's end is posted to the GUI thread: deliver it now, so every task is over.
    QCoreApplication.sendPostedEvents()
    for task in tasks:
        _running.pop(task, None)


def run_task(
    work: Callable[[Progress], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[Exception], None],
    *,
    parent: QWidget | None = None,
    label: str = "",
    pool: QThreadPool | None = None,
    cancellable: bool = True,
) -> Task:
    """Run ``work(progress)`` in the background; call back on the GUI thread.

    ``label``: a progress dialog after half a second; with ``cancellable=False`` it has
    no Cancel button (work that must not be left half-way by the user, which
    :func:`wait_for_tasks` still lets end)."""
    task = Task(parent)
    signals = _Signals(task)
    dialog: QProgressDialog | None = None
    if label:
        dialog = QProgressDialog(label, task.tr("Cancel"), 0, 0, parent)
        dialog.setMinimumDuration(500)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.canceled.connect(task.cancel)
        if not cancellable:
            dialog.setCancelButton(None)
        task._dialog = dialog

    def finish() -> None:
        task.running = False
        _running.pop(task, None)
        if dialog is not None:
            dialog.close()
            dialog.deleteLater()

    def progressed(done: int, total: int) -> None:
        if dialog is not None and not task.cancelled.is_set():
            dialog.setMaximum(max(total, 0))
            dialog.setValue(min(done, total))

    def finished(result: Any) -> None:
        finish()
        task.done.emit(result)
        on_done(result)

    def failed(exc: Exception) -> None:
        finish()
        task.error.emit(exc)
        on_error(exc)

    signals.progressed.connect(progressed)
    signals.finished.connect(finished)
    signals.failed.connect(failed)
    pool = pool or QThreadPool.globalInstance()
    _running[task] = pool
    pool.start(_Job(work, signals, task.cancelled))
    if dialog is not None:
        # Show nothing for quick work: QProgressDialog waits minimumDuration itself
        # once a value is set.
        QTimer.singleShot(0, lambda: dialog.setValue(0) if task.running else None)
    return task
