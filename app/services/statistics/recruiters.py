"""The recruiters callers named, counted by kind (agency, website, social-network
account, phone number, person) for a period: how callers were approached.

Each kind counts the contacts of the period in which at least one recruiter of that
kind was named (a contact naming an agency and its website counts once for each); a
contact counts in the period it started in, at the responsible organisation's site or
both (``organisation`` None).
"""

from __future__ import annotations

from sqlalchemy import func, select

from app.db import Store
from app.models import Contact, RecruiterMention
from app.models.recruiters import MENTION_KINDS
from app.services import permissions
from app.services.statistics.sums import Period


def count_recruiter_kinds(store: Store, user_id: str | None, period: Period,
                          organisation: str | None = None) -> dict[str, int]:
    """{kind: contacts} for every kind, zero included; needs ``stats.view``."""
    start, end = period.utc_bounds()
    cond = [RecruiterMention.deleted_at.is_(None), Contact.deleted_at.is_(None),
            Contact.started_at >= start, Contact.started_at < end]
    if organisation is not None:
        cond.append(Contact.organisation == organisation)
    counts = dict.fromkeys(MENTION_KINDS, 0)
    with store.sessions() as s:
        permissions.require(permissions.role_of(s, user_id), "stats.view")
        for kind, n in s.execute(
                select(RecruiterMention.kind, func.count(Contact.id.distinct()))
                .join(Contact, Contact.id == RecruiterMention.contact_id)
                .where(*cond).group_by(RecruiterMention.kind)):
            counts[str(kind)] = int(n)
    return counts
