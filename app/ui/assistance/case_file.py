"""One assistance case's file as its tabs show it: the header, the client and relatives,
the trafficking details, consent, services, referrals, monitoring visits, the timeline.

A part of the assistance page (app/ui/assistance/page.py), apart so the page keeps to its
behaviour: :class:`CaseFileView` fills the widgets of the page's form
(app/forms/assistance_page.ui) from the case the page holds.
"""

from __future__ import annotations

import html
from datetime import date

from PySide6.QtGui import QColor

from app.models import countries
from app.models.assistance import CLOSED, GIVEN, MONITORING_AREAS
from app.services.assistance.access import REFERRALS
from app.services.assistance.types import AssistanceCaseRecord
from app.services.assistance.validation import format_cost
from app.services.casework.book import TimelineEvent
from app.services.contacts.phones import phone_display
from app.ui.casework.header import closed_line, opened_line, status_mark
from app.ui.casework.tables import (
    fill_timeline,
    fit_columns,
    table_item,
    timeline_line,
)
from app.ui.widgets.formatting import show_date, show_date_time
from app.ui.widgets.style import ERROR_RED

CLOSED_FG = QColor("#6c757d")
PLANNED_FG = QColor("#6c757d")
CRITICAL_FG = QColor(ERROR_RED)


class CaseFileView:
    """Fills the case's tabs; mixed into the assistance page, whose widgets it uses."""

    # What the page gives (its form's widgets, its service, language and case) is
    # looked up on the page itself.
    case: AssistanceCaseRecord | None

    def _fill(self) -> None:
        case = self.case
        tax = self.service.tax
        for table in (self.relatives, self.consents, self.services, self.referrals):
            table.setRowCount(0)
        self.visits.setColumnCount(0)
        self.timeline.clear()
        self.visit_detail.clear()
        if case is None:
            self.case_title.setText(self.tr("No case chosen"))
            self.case_info.clear()
            self.client_info.clear()
            self.trafficking_info.clear()
            self.services_summary.clear()
            self._update_buttons()
            return
        status = tax["case_status"].label(case.status, self.lang)
        self.case_title.setText(f"{case.number} · {case.client.name} · {status}")
        lines = [opened_line(case.opened_at, case.opened_by or "—"),
                 self.tr("Specialist: %1").replace("%1", html.escape(case.specialist_name
                                                                     or "—"))]
        if case.crisis_number:
            lines.append(self.tr("From crisis case %1").replace("%1", case.crisis_number))
        elif case.contact_started_at:
            lines.append(self.tr("From the contact of %1").replace(
                "%1", show_date_time(case.contact_started_at)))
        if case.trafficking.status:
            lines.append(status_mark(
                tax["trafficking_status"].label(case.trafficking.status, self.lang)))
        if case.status == CLOSED:
            lines.append(closed_line(case.closed_at, tax["closure_reason"].label(
                case.closure_reason, self.lang)))
        self.case_info.setText(" · ".join(lines))
        self._fill_client(case)
        self._fill_trafficking(case)
        self._fill_consents(case)
        self._fill_services(case)
        self._fill_referrals(case)
        self._fill_visits(case)
        fill_timeline(self.timeline, self.service.timeline(case.id), self.event_text)
        self._update_buttons()

    def _rows(self, pairs: list[tuple[str, str]]) -> str:
        cells = "".join(
            f"<tr><td style='color:#555; padding-right:12px'>{html.escape(k)}</td>"
            f"<td>{html.escape(v) if v else '—'}</td></tr>" for k, v in pairs)
        return f"<table>{cells}</table>"

    def _fill_client(self, case: AssistanceCaseRecord) -> None:
        tax, c = self.service.tax, case.client
        self.client_info.setText(
            "<p style='color:#664d03'>" + html.escape(self.tr(
                "Personal data: keep it confidential.")) + "</p>" + self._rows([
                    (self.tr("Name"), c.name),
                    (self.tr("Gender"), tax["gender"].label(c.gender, self.lang)),
                    (self.tr("Date of birth"), show_date(c.birth_date)),
                    (self.tr("Phone"), phone_display(c.phone)), (self.tr("E-mail"), c.email),
                    (self.tr("Address"), c.address),
                    (self.tr("Region"), tax["region"].label(c.region, self.lang)),
                    (self.tr("Citizenship"), countries.name(c.citizenship, self.lang)
                     if c.citizenship else "")]))
        for r in case.relatives:
            row = self.relatives.rowCount()
            self.relatives.insertRow(row)
            relation = tax["relation"].label(r.relation, self.lang)
            if r.assisted:
                relation += " · " + self.tr("assisted")
            for col, text in enumerate((r.name, relation, phone_display(r.phone), r.notes)):
                self.relatives.setItem(row, col, table_item(text, r.id))
        fit_columns(self.relatives)

    def _fill_trafficking(self, case: AssistanceCaseRecord) -> None:
        tax, t = self.service.tax, case.trafficking

        def codes(list_name: str, values: list[str]) -> str:
            return "; ".join(tax[list_name].label(v, self.lang) for v in values)

        period = ""
        if t.period_from or t.period_to:
            period = f"{show_date(t.period_from)} – {show_date(t.period_to)}"
        self.trafficking_info.setText(self._rows([
            (self.tr("Status"), tax["trafficking_status"].label(t.status, self.lang)),
            (self.tr("Decided by"), tax["trafficking_decided_by"].label(t.decided_by,
                                                                        self.lang)),
            (self.tr("Decided on"), show_date(t.decided_on)),
            (self.tr("Type of exploitation"), codes("exploitation_type",
                                                    t.exploitation_types)),
            (self.tr("Methods of control"), codes("method_of_control", t.methods_of_control)),
            (self.tr("Recruitment"), codes("recruitment_method", t.recruitment_methods)),
            (self.tr("Country of exploitation"), countries.name(t.country, self.lang)
             if t.country else ""),
            (self.tr("Period"), period), (self.tr("Notes"), t.notes)]))

    def _fill_consents(self, case: AssistanceCaseRecord) -> None:
        tax = self.service.tax
        today = date.today()
        for c in case.consents:
            row = self.consents.rowCount()
            self.consents.insertRow(row)
            who = tax["referral_target"].label(c.recipient, self.lang)
            if c.recipient_name:
                who += f": {c.recipient_name}"
            if c.withdrawn_on:
                valid = self.tr("withdrawn %1").replace("%1", show_date(c.withdrawn_on))
            elif c.expires_on:
                valid = self.tr("until %1").replace("%1", show_date(c.expires_on))
            else:
                valid = self.tr("no end date")
            fg = None if c.active(today) else CLOSED_FG
            for col, text in enumerate((tax["consent_scope"].label(c.scope, self.lang), who,
                                        show_date(c.given_on), valid, c.notes)):
                self.consents.setItem(row, col, table_item(text, c.id, fg))
        fit_columns(self.consents)

    def _fill_services(self, case: AssistanceCaseRecord) -> None:
        tax = self.service.tax
        for s in case.services:
            row = self.services.rowCount()
            self.services.insertRow(row)
            provider = tax["service_provider"].label(s.provider, self.lang)
            if s.provider_name:
                provider = s.provider_name if s.provider == "partner_org" else \
                    f"{provider}: {s.provider_name}"
            fg = PLANNED_FG if s.status != GIVEN else None
            cells = (show_date(s.service_on), tax["service"].label(s.service, self.lang), provider,
                     tax["service_status"].label(s.status, self.lang),
                     format_cost(s.cost_minor, s.currency, self.lang), s.notes)
            for col, text in enumerate(cells):
                self.services.setItem(row, col, table_item(text, s.id, fg))
        fit_columns(self.services)
        counts = case.services_by_type()
        given = sum(counts.values())
        parts = [f"{tax['service'].label(code, self.lang)}: {n}"
                 for code, n in counts.items()]
        self.services_summary.setText(
            self.tr("Given: %n service(s)", "", given) + ("  ·  " + "; ".join(parts)
                                                          if parts else ""))

    def _fill_referrals(self, case: AssistanceCaseRecord) -> None:
        tax = self.service.tax
        for r in case.referrals:
            row = self.referrals.rowCount()
            self.referrals.insertRow(row)
            to = tax["referral_target"].label(r.target, self.lang)
            if r.organisation:
                to += f": {r.organisation}"
            status = tax["referral_status"].label(r.status, self.lang)
            status += f", {show_date(r.status_at.astimezone().date())}"
            if r.status_reason:
                status += f": {r.status_reason}"
            fg = CLOSED_FG if REFERRALS.final(r.status) else None
            for col, text in enumerate((show_date(r.sent_on), to, status, r.purpose)):
                self.referrals.setItem(row, col, table_item(text, r.id, fg))
        fit_columns(self.referrals)

    def _fill_visits(self, case: AssistanceCaseRecord) -> None:
        tax = self.service.tax
        self.visits.setColumnCount(len(case.visits))
        self.visits.setHorizontalHeaderLabels([show_date(v.visit_on) for v in case.visits])
        for col, v in enumerate(case.visits):
            for row, area in enumerate(MONITORING_AREAS):
                level = v.areas[area][0]
                item = table_item(tax["situation_level"].label(level, self.lang), v.id,
                             CRITICAL_FG if level == "critical" else None)
                if v.areas[area][1]:
                    item.setToolTip(v.areas[area][1])
                self.visits.setItem(row, col, item)
            self.visits.setItem(len(MONITORING_AREAS), col, table_item(
                tax["change_assessment"].label(v.change, self.lang) or "—", v.id))
            self.visits.setItem(len(MONITORING_AREAS) + 1, col, table_item(
                tax["monitoring_method"].label(v.method, self.lang), v.id))
        self.visits.resizeColumnsToContents()
        if case.visits:
            self.visits.selectColumn(len(case.visits) - 1)
            self.visits.scrollToItem(self.visits.item(0, len(case.visits) - 1))

    def _show_visit(self) -> None:
        visit = self._selected_visit()
        if visit is None:
            self.visit_detail.clear()
            return
        tax = self.service.tax
        pairs = [(tax["monitoring_area"].label(a, self.lang),
                  tax["situation_level"].label(visit.areas[a][0], self.lang)
                  + (f": {visit.areas[a][1]}" if visit.areas[a][1] else ""))
                 for a in MONITORING_AREAS]
        pairs.append((self.tr("Assessment"), visit.summary))
        pairs.append((self.tr("Next visit"), show_date(visit.next_visit_on)))
        pairs.append((self.tr("Specialist"), visit.specialist_name))
        self.visit_detail.setText(self._rows(pairs))

    def event_text(self, event: TimelineEvent) -> str:
        tax = self.service.tax
        d = event.data
        kind = event.kind
        if kind == "opened":
            text = self.tr("Case opened")
            if d.get("crisis_number"):
                text += " · " + self.tr("from crisis case %1").replace("%1", d["crisis_number"])
        elif kind == "edited":
            groups = []
            for key in d.get("changes", {}):
                group = (self.tr("client's details") if key.startswith("client_") else
                         self.tr("relatives") if key == "relatives" else
                         self.tr("specialist") if key == "specialist_id" else
                         self.tr("trafficking details"))
                if group not in groups:
                    groups.append(group)
            text = self.tr("Changed: %1").replace("%1", ", ".join(groups))
        elif kind == "trafficking_status":
            text = self.tr("Trafficking status: %1").replace(
                "%1", tax["trafficking_status"].label(d.get("to"), self.lang) or "—")
        elif kind == "status":
            text = self.tr("Case status: %1").replace(
                "%1", tax["case_status"].label(d.get("to"), self.lang))
        elif kind == "closed":
            text = self.tr("Case closed: %1").replace(
                "%1", tax["closure_reason"].label(d.get("reason"), self.lang))
        elif kind == "reopened":
            text = self.tr("Case reopened")
        elif kind == "service":
            text = self.tr("Service (%1): %2").replace(
                "%1", tax["service_status"].label(d.get("status"), self.lang)).replace(
                "%2", tax["service"].label(d.get("service"), self.lang))
        elif kind == "service_changed":
            text = self.tr("Service changed: %1").replace(
                "%1", tax["service"].label(d.get("service"), self.lang))
        elif kind == "service_deleted":
            text = self.tr("Service removed: %1").replace(
                "%1", tax["service"].label(d.get("service"), self.lang))
        elif kind == "referral":
            text = self.tr("Referral sent: %1").replace(
                "%1", tax["referral_target"].label(d.get("target"), self.lang))
        elif kind == "referral_status":
            text = self.tr("Referral to %1: %2").replace(
                "%1", tax["referral_target"].label(d.get("target"), self.lang)).replace(
                "%2", tax["referral_status"].label(d.get("to"), self.lang))
        elif kind == "referral_changed":
            text = self.tr("Referral changed: %1").replace(
                "%1", tax["referral_target"].label(d.get("target"), self.lang))
        elif kind == "referral_deleted":
            text = self.tr("Referral removed: %1").replace(
                "%1", tax["referral_target"].label(d.get("target"), self.lang))
        elif kind in ("visit", "visit_changed", "visit_deleted"):
            text = {"visit": self.tr("Monitoring visit of %1"),
                    "visit_changed": self.tr("Monitoring visit of %1 changed"),
                    "visit_deleted": self.tr("Monitoring visit of %1 removed")}[kind]
            on = d.get("on")
            text = text.replace("%1", show_date(date.fromisoformat(on)) if on else "")
        elif kind in ("consent", "consent_withdrawn"):
            text = (self.tr("Consent: %1 → %2") if kind == "consent"
                    else self.tr("Consent withdrawn: %1 → %2"))
            text = text.replace("%1", tax["consent_scope"].label(d.get("scope"), self.lang)) \
                .replace("%2", tax["referral_target"].label(d.get("recipient"), self.lang))
        elif kind == "note":
            text = self.tr("Note")
        elif kind == "printed":
            text = (self.tr("Redacted summary printed") if d.get("redacted")
                    else self.tr("Summary printed"))
        else:
            text = kind
        if event.text and kind not in ("service", "visit", "consent"):
            text += f": {event.text}"
        return timeline_line(event, text)
