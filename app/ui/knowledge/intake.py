"""The knowledge panel fitted to the intake form: offered for its topics and
destinations, its keys (F9 open, F10 given, Ctrl+Shift+C copy for an e-mail), and what
it gave written into the form's draft."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

from app.services.knowledge.service import KnowledgeService
from app.ui.knowledge.panel import KnowledgePanel


def attach(form: Any) -> KnowledgePanel:
    """A panel for the intake form ``form`` (its service, taxonomy, language, topics and
    destinations pickers, ``_changed`` to write a draft); the form places it."""
    service = form.service
    panel = KnowledgePanel(KnowledgeService(service.store, service.user_id, service.tax),
                           form.lang)

    def context() -> None:
        panel.set_context(form.topics.codes(), form.destinations.codes())

    form.topics.changed.connect(context)
    form.destinations.changed.connect(context)
    panel.given_changed.connect(form._changed)
    owner: QWidget = form
    for keys, slot in (("F9", panel.open), ("F10", panel.give_current),
                       ("Ctrl+Shift+C", panel.copy_current)):
        sc = QShortcut(QKeySequence(keys), owner)
        sc.setContext(Qt.ShortcutContext.WindowShortcut)
        sc.activated.connect(slot)
    return panel
