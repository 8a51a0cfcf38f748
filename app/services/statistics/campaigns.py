"""Information campaigns and what they did: contacts per week around a campaign's start,
and how callers heard of the infoline before and after it.

The 2013 report describes the campaign «Принимай решение с открытыми глазами»,
launched on 18 October 2013, whose trace is in the callers' answers to "how did you
hear of us". A campaign's channel is one of those answers (tv, internet, outdoor…), so
the share of callers naming it before and after the start is the campaign's effect on
the people it meant to reach. Consultations are counted as the statistics count them
(app/services/statistics/sums.py): local calendar days, deleted contacts left out.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import case, delete, func, select

from app.db import Store
from app.models import Contact
from app.models.base import utcnow
from app.models.reports import CAMPAIGN_NAME_MAX, Campaign
from app.models.taxonomy import load as load_taxonomy
from app.services.audit import log as audit
from app.services.messages import UserError
from app.services.permissions import require_user
from app.services.statistics.sums import CONSULTATION, UNKNOWN, Period

EDIT = "stats.export"
VIEW = "stats.view"
WEEKS = 8
"""Weeks shown before and after a campaign's start."""


@dataclass(frozen=True)
class CampaignRow:
    id: int
    name: str
    starts_on: date
    ends_on: date | None
    channel: str


@dataclass(frozen=True)
class CampaignEffect:
    """Consultations per week from ``weeks`` weeks before the start to ``weeks`` weeks
    after it, and "how heard" in the weeks before against the weeks after."""

    campaign: CampaignRow
    weeks: tuple[tuple[date, int], ...]  # (Monday, consultations that week)
    before: Period
    after: Period
    heard_before: dict[str, int]
    heard_after: dict[str, int]

    @property
    def total_before(self) -> int:
        return sum(self.heard_before.values())

    @property
    def total_after(self) -> int:
        return sum(self.heard_after.values())

    def share(self, code: str, after: bool) -> float | None:
        counts, total = ((self.heard_after, self.total_after) if after
                         else (self.heard_before, self.total_before))
        return None if total == 0 else counts.get(code, 0) * 100 / total


def _row(c: Campaign) -> CampaignRow:
    return CampaignRow(c.id, c.name, c.starts_on, c.ends_on, c.channel)


def campaigns(store: Store, user_id: str | None) -> list[CampaignRow]:
    """Every campaign, the newest first."""
    require_user(store, user_id, VIEW)
    with store.session() as s:
        return [_row(c) for c in s.scalars(select(Campaign).order_by(
            Campaign.starts_on.desc(), Campaign.id.desc()))]


def started_in(store: Store, user_id: str | None, period: Period,
               organisation: str | None = None) -> tuple[CampaignEffect, ...]:
    """What each campaign that started in ``period`` did, the earliest first."""
    found = [c for c in campaigns(store, user_id)
             if period.start <= c.starts_on <= period.end]
    return tuple(effect(store, user_id, c, organisation)
                 for c in sorted(found, key=lambda c: (c.starts_on, c.id)))


def _check(name: str, starts_on: date | None, ends_on: date | None, channel: str) -> str:
    name = " ".join(name.split())
    if not name:
        raise UserError("a campaign needs a name")
    if len(name) > CAMPAIGN_NAME_MAX:
        raise UserError("a campaign's name is at most {limit} characters",
                        limit=CAMPAIGN_NAME_MAX)
    if starts_on is None:
        raise UserError("a campaign needs the day it started")
    if ends_on is not None and ends_on < starts_on:
        raise UserError("the campaign ends ({end}) before it starts ({start})",
                        end=ends_on.isoformat(), start=starts_on.isoformat())
    if channel not in load_taxonomy()["how_heard"]:
        raise UserError("{channel}: not a way callers hear of the infoline",
                        channel=channel)
    return name


def add(store: Store, user_id: str | None, name: str, starts_on: date | None,
        ends_on: date | None, channel: str) -> CampaignRow:
    """Record a campaign (checked; nothing written when refused)."""
    require_user(store, user_id, EDIT)
    clean = _check(name, starts_on, ends_on, channel)
    assert starts_on is not None
    with store.session() as s:
        row = Campaign(name=clean, starts_on=starts_on, ends_on=ends_on, channel=channel,
                       updated_at=utcnow(), updated_by=user_id)
        s.add(row)
        s.flush()
        audit.append(s, "edit", user_id=user_id, object_kind="campaign",
                     object_id=str(row.id), details={"change": "added"})
        return _row(row)


def remove(store: Store, user_id: str | None, campaign_id: int) -> None:
    require_user(store, user_id, EDIT)
    with store.session() as s:
        s.execute(delete(Campaign).where(Campaign.id == campaign_id))
        audit.append(s, "edit", user_id=user_id, object_kind="campaign",
                     object_id=str(campaign_id), details={"change": "removed"})


def effect(store: Store, user_id: str | None, campaign: CampaignRow,
           organisation: str | None = None, weeks: int = WEEKS) -> CampaignEffect:
    """What the campaign did: weekly consultations and "how heard" around its start."""
    require_user(store, user_id, VIEW)
    monday = campaign.starts_on - timedelta(days=campaign.starts_on.weekday())
    mondays = [monday + timedelta(weeks=i) for i in range(-weeks, weeks)]
    before = Period(campaign.starts_on - timedelta(weeks=weeks),
                    campaign.starts_on - timedelta(days=1))
    after = Period(campaign.starts_on, campaign.starts_on + timedelta(weeks=weeks, days=-1))
    bounds = [Period(m, m + timedelta(days=6)).utc_bounds() for m in mondays]
    where: list[Any] = [Contact.deleted_at.is_(None), Contact.kind == CONSULTATION]
    if organisation is not None:
        where.append(Contact.organisation == organisation)
    week = case(*[((Contact.started_at >= lo) & (Contact.started_at < hi), i)
                  for i, (lo, hi) in enumerate(bounds)], else_=-1).label("w")
    b_lo, _b_hi = before.utc_bounds()  # the day before the start: a_lo
    a_lo, a_hi = after.utc_bounds()
    side = case((Contact.started_at >= a_lo, 1), else_=0).label("side")
    per_week = [0] * len(mondays)
    heard: tuple[dict[str, int], dict[str, int]] = ({}, {})
    with store.engine.connect() as conn:
        stmt = (select(week, func.count()).where(
            *where, Contact.started_at >= bounds[0][0], Contact.started_at < bounds[-1][1])
            .group_by(week))
        for i, n in conn.execute(stmt):
            if i >= 0:
                per_week[i] = int(n)
        stmt = (select(side, Contact.how_heard, func.count())
                .where(*where, Contact.started_at >= b_lo, Contact.started_at < a_hi)
                .group_by(side, Contact.how_heard))
        for after_start, code, n in conn.execute(stmt):
            key = str(code) if code else UNKNOWN
            target = heard[int(after_start)]
            target[key] = target.get(key, 0) + int(n)
        conn.rollback()
    return CampaignEffect(campaign, tuple(zip(mondays, per_week, strict=True)), before, after,
                          heard[0], heard[1])
