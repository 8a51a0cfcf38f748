"""The statistics page's campaigns tab: the awareness campaigns recorded, added and
removed, and for the one chosen the consultations per week around its start and how
callers heard of the infoline before and after.

It is a part of :class:`app.ui.statistics.page.StatisticsPage` (which inherits it) and
uses the page's widgets and services; its texts are translated in the page's context
("StatisticsPage", see CONTEXT_FIXES in scripts/translations.py).
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from PySide6.QtCore import QLocale

from app.services.messages import UserError
from app.services.statistics import campaigns, report
from app.services.statistics.sums import Period
from app.ui.messages import user_text
from app.ui.widgets import msgbox
from app.ui.widgets.datefield import to_qdate
from app.ui.widgets.formatting import show_date


class CampaignsTab:
    """Awareness campaigns and their effect (mixed into the page)."""

    def load_campaigns(self, select: int | None = None) -> None:
        """The campaigns recorded, the newest first; ``select`` (an id) shown."""
        self.campaign_rows = campaigns.campaigns(self.service.store, self.service.user_id)
        listing = self.ui.campaign_list
        listing.blockSignals(True)
        listing.clear()
        tax = self.service.tax
        for c in self.campaign_rows:
            when = report.period_text(Period(c.starts_on, c.ends_on or c.starts_on))
            if c.ends_on is None:
                when = self.tr("from %1").replace("%1", show_date(c.starts_on))
            listing.addItem(f"{c.name}\n{when} · {tax['how_heard'].label(c.channel, self.lang)}")
        listing.blockSignals(False)
        ids = [c.id for c in self.campaign_rows]
        row = ids.index(select) if select in ids else (0 if ids else -1)
        listing.setCurrentRow(row)
        self._show_campaign(row)

    def add_campaign(self) -> None:
        ui = self.ui
        try:
            added = campaigns.add(
                self.service.store, self.service.user_id, ui.campaign_name.text(),
                self.campaign_from.date_value(), self.campaign_to.date_value(),
                str(ui.campaign_channel.currentData()))
        except UserError as exc:
            ui.campaign_status.setText(user_text(exc))
            return
        ui.campaign_name.clear()
        ui.campaign_status.setText(self.tr("Campaign added."))
        self.load_campaigns(select=added.id)

    def remove_campaign(self) -> None:
        row = self.ui.campaign_list.currentRow()
        if not 0 <= row < len(self.campaign_rows):
            return
        campaign = self.campaign_rows[row]
        answer = msgbox.ask(self, self.tr("Remove the campaign"), self.tr(
            "Remove the campaign “%1”? The contacts stay as they are.").replace(
            "%1", campaign.name), default=msgbox.Button.No)
        if answer != msgbox.Button.Yes:
            return
        campaigns.remove(self.service.store, self.service.user_id, campaign.id)
        self.ui.campaign_status.setText(self.tr("Campaign removed."))
        self.load_campaigns()

    def _show_campaign(self, row: int) -> None:
        ui = self.ui
        if not 0 <= row < len(self.campaign_rows):
            self.campaign_effect = None
            ui.campaign_title.setText(self.tr("No campaign recorded yet: add one on the left."))
            self.campaign_chart.set_data([], [])
            self.campaign_model.set_rows([], [], [])
            return
        campaign = self.campaign_rows[row]
        found = campaigns.effect(self.service.store, self.service.user_id, campaign,
                                 self.organisation_code())
        self.campaign_effect = found
        ui.campaign_title.setText(self.tr(
            "“%1”: consultations per week, %2 weeks before and after its start, and how "
            "callers heard of the infoline before and after.").replace(
            "%1", campaign.name).replace("%2", str(campaigns.WEEKS)))
        locale = QLocale()
        labels = []
        for monday, _n in found.weeks:
            label = locale.toString(to_qdate(monday), "dd.MM")
            if monday <= campaign.starts_on < monday + timedelta(days=7):
                label = self.tr("%1 (the start)").replace("%1", label)
            labels.append(label)
        values: list[int | None] = [n for _m, n in found.weeks]
        self.campaign_chart.set_data(labels, [(self.tr("Consultations"), values,
                                               [locale.toString(n) for _m, n in found.weeks])])
        tax = self.service.tax

        def pct(value: float | None) -> tuple[str, Any]:
            if value is None:
                return "—", -1e18
            return locale.toString(value, "f", 1) + " %", value

        codes = [campaign.channel] + [c for c in sorted(
            set(found.heard_before) | set(found.heard_after),
            key=lambda c: -(found.heard_after.get(c, 0) + found.heard_before.get(c, 0)))
            if c != campaign.channel]
        rows = []
        for code in codes:
            label = tax["how_heard"].label(code, self.lang)
            before, after = found.share(code, False), found.share(code, True)
            change = (None if before is None or after is None else after - before)
            shown_change = ("—" if change is None else
                            ("+" if change > 0 else "") + locale.toString(change, "f", 1))
            rows.append([(label, label.casefold()),
                         (locale.toString(found.heard_before.get(code, 0)),
                          found.heard_before.get(code, 0)), pct(before),
                         (locale.toString(found.heard_after.get(code, 0)),
                          found.heard_after.get(code, 0)), pct(after),
                         (shown_change, change if change is not None else -1e18)])
        headers = [self.tr("How they heard"),
                   self.tr("Before (%1)").replace("%1", report.period_text(found.before)), "%",
                   self.tr("After (%1)").replace("%1", report.period_text(found.after)), "%",
                   self.tr("Change of the share, points")]
        self.campaign_model.set_rows(headers, rows, [False, True, True, True, True, True])
