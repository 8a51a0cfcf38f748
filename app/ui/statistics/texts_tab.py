"""The statistics page's texts tab: the manager's texts for the published report of
the period and organisation computed, loaded with them and kept when saved (before an
export too, so the report carries what is on screen).

It is a part of :class:`app.ui.statistics.page.StatisticsPage` (which inherits it) and
uses the page's widgets and services; its texts are translated in the page's context
("StatisticsPage", see CONTEXT_FIXES in scripts/translations.py).
"""

from __future__ import annotations

from app.services.messages import UserError
from app.services.statistics import blocks, report
from app.ui.messages import user_text


class ReportTextsTab:
    """The manager's texts for the published report (mixed into the page)."""

    def _load_texts(self) -> None:
        """Show the texts written for the period and organisation computed."""
        if self.stats is None:
            return
        key = (self.stats.period, self.stats.organisation)
        if key == self._texts_for:
            return  # the same report: what is being typed stays
        if self._texts_for is not None and self._texts_changed() and not self.save_texts():
            return  # refused (the reason is shown): kept on screen, not lost
        found = blocks.load(self.service.store, *key)
        for block, edit in self.text_edits.items():
            edit.setPlainText(found.get(block, ""))
            edit.document().setModified(False)
        self._texts_for = key
        self.ui.texts_status.setText(self.tr("Texts for %1, %2.").replace(
            "%1", report.period_text(key[0])).replace("%2", self.organisation.currentText()))

    def _texts_changed(self) -> bool:
        return any(e.document().isModified() for e in self.text_edits.values())

    def save_texts(self) -> bool:
        """Keep the texts with the period and organisation shown; False if refused."""
        if self._texts_for is None:
            return False
        period, org = self._texts_for
        texts = {b: e.toPlainText() for b, e in self.text_edits.items()}
        try:
            blocks.save(self.service.store, self.service.user_id, period, org, texts)
        except UserError as exc:
            self.ui.texts_status.setText(user_text(exc))
            return False
        for edit in self.text_edits.values():
            edit.document().setModified(False)
        self.ui.texts_status.setText(self.tr("Texts saved for %1.").replace(
            "%1", report.period_text(period)))
        return True
