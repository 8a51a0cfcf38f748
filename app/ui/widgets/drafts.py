"""The draft keeper: when a form writes its unsaved work to a draft.

Every form that keeps a draft (the intake form, the review dialog, the crisis
questionnaire) calls :meth:`DraftKeeper.changed` on every edit and gives the keeper the
function that writes the draft. The keeper calls it:

- a short pause after the last change (``pause_ms``), so typing is not slowed down;
- at the latest ``max_wait_ms`` after the first change not yet written, even while
  the changes go on (a crash then loses at most that much), when given;
- every ``interval_ms`` while started, if something is still unwritten, when given.

The write function clears :attr:`DraftKeeper.dirty` when the draft is written (or
handed to a thread that writes it) and may set it again when writing fails. Adopting
it in a form::

    self.drafts = DraftKeeper(self.save_draft, self, pause_ms=400)
    widget.changed.connect(self.drafts.changed)   # or call it from the form's slot
    ...
    def save_draft(self):
        self.drafts.hold()          # a write now: the pending timers are not needed
        ...write...
        self.drafts.dirty = False

and :meth:`stop` when the form is saved, discarded or closed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer


class DraftKeeper(QObject):
    """Calls ``write`` when a form's changes are due to be kept as a draft."""

    def __init__(self, write: Callable[[], object], parent: QObject, *, pause_ms: int,
                 max_wait_ms: int | None = None, interval_ms: int | None = None):
        super().__init__(parent)
        self.write = write
        """What writes the draft (an attribute: it may be replaced, e.g. to time it)."""
        self.dirty = False
        """Changes not yet written to a draft."""
        self.pause = self._timer(pause_ms, self._due)
        self.max_wait = self._timer(max_wait_ms, self._due) if max_wait_ms else None
        self.interval = (self._timer(interval_ms, self._periodic, single=False)
                         if interval_ms else None)

    def _timer(self, ms: int, slot: Callable[[], None], single: bool = True) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(single)
        timer.setInterval(ms)
        timer.timeout.connect(slot)
        return timer

    def _due(self) -> None:
        self.write()

    def _periodic(self) -> None:
        if self.dirty:
            self.write()

    def changed(self, *_args: Any) -> None:
        """An edit: the draft is due after the pause (or the longest wait)."""
        self.dirty = True
        self.pause.start()
        if self.max_wait is not None and not self.max_wait.isActive():
            self.max_wait.start()

    def start(self) -> None:
        """Start the periodic write (a form began a record)."""
        if self.interval is not None:
            self.interval.start()

    def hold(self) -> None:
        """The draft is being written now: cancel the pending pause and longest wait."""
        self.pause.stop()
        if self.max_wait is not None:
            self.max_wait.stop()

    def stop(self) -> None:
        """No more drafts for now (the record was saved, discarded or put away)."""
        self.hold()
        if self.interval is not None:
            self.interval.stop()
