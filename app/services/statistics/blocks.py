"""The text blocks a manager writes for the published report (app/models/reports.py).

Blocks are kept with the report's period and organisation, so the report of 2025 for
both organisations always comes out with the words written for it, and editing them
for a quarter leaves the year's alone. Writing them takes the right to export
statistics (supervisors and administrators); every change is in the audit log, by
block and length, never by its words.
"""

from __future__ import annotations

from sqlalchemy import delete, select

from app.db import Store
from app.models.base import utcnow
from app.models.reports import TEXT_BLOCK_MAX, TEXT_BLOCKS, ReportText
from app.services.audit import log as audit
from app.services.messages import UserError
from app.services.permissions import require_user
from app.services.statistics.sums import Period

EDIT = "stats.export"


def _org(organisation: str | None) -> str:
    return organisation or ""


def load(store: Store, period: Period, organisation: str | None) -> dict[str, str]:
    """The blocks written for the report of ``period`` and ``organisation`` (None: both),
    by block, in the report's order; blocks never written are missing."""
    with store.session() as s:
        rows = s.scalars(select(ReportText).where(
            ReportText.period_from == period.start, ReportText.period_to == period.end,
            ReportText.organisation == _org(organisation)))
        found = {r.block: r.body for r in rows}
    return {b: found[b] for b in TEXT_BLOCKS if b in found}


def save(store: Store, user_id: str | None, period: Period, organisation: str | None,
         texts: dict[str, str]) -> None:
    """Keep ``texts`` (block → words) as the report's blocks; an empty text removes its
    block. All or nothing: a refused block keeps every other as it was."""
    require_user(store, user_id, EDIT)
    cleaned: dict[str, str] = {}
    for block, given in texts.items():
        if block not in TEXT_BLOCKS:
            raise UserError("{block}: not a text block of the report", block=block)
        body = given.replace("\r\n", "\n").strip()
        if len(body) > TEXT_BLOCK_MAX:
            raise UserError("the text {block} is {length} characters long; the most is "
                            "{limit}", block=block, length=len(body), limit=TEXT_BLOCK_MAX)
        if "\x00" in body:
            raise UserError("the text {block} holds a character that cannot be stored",
                            block=block)
        cleaned[block] = body
    org = _org(organisation)
    with store.session() as s:
        for block, body in cleaned.items():
            where = (ReportText.period_from == period.start, ReportText.period_to == period.end,
                     ReportText.organisation == org, ReportText.block == block)
            row = s.scalars(select(ReportText).where(*where)).first()
            if not body:
                s.execute(delete(ReportText).where(*where))
            elif row is None:
                s.add(ReportText(period_from=period.start, period_to=period.end,
                                 organisation=org, block=block, body=body,
                                 updated_at=utcnow(), updated_by=user_id))
            elif row.body != body:
                row.body = body
                row.updated_at = utcnow()
                row.updated_by = user_id
        audit.append(s, "edit", user_id=user_id, object_kind="report_text", details={
            "from": period.start.isoformat(), "to": period.end.isoformat(),
            "organisation": organisation,
            "lengths": {b: len(t) for b, t in cleaned.items()}})
