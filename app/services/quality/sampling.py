"""Drawing a round's sample: local periods as UTC bounds, months of a period, seeds,
and the reproducible (optionally stratified) draw of each consultant's contacts."""

from __future__ import annotations

import random
from collections import defaultdict
from collections.abc import Mapping
from datetime import UTC, date, datetime, time, timedelta

from app.services.quality.rows import PlanItem


def period_bounds(start: date, end: date) -> tuple[datetime, datetime]:
    """UTC bounds ``[from, to)`` of the local calendar days ``start`` to ``end``."""
    first = datetime.combine(start, time()).astimezone()
    after = datetime.combine(end + timedelta(days=1), time()).astimezone()
    return first.astimezone(UTC), after.astimezone(UTC)


def months_between(start: date, end: date) -> tuple[str, ...]:
    months = []
    y, m = start.year, start.month
    while (y, m) <= (end.year, end.month):
        months.append(f"{y:04d}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return tuple(months)


def month_of(moment: datetime) -> str:
    local = moment.astimezone()
    return f"{local.year:04d}-{local.month:02d}"


def new_seed() -> int:
    """A fresh seed for a round (stored with it, so its sample can be drawn again)."""
    return random.SystemRandom().randrange(1, 2**31 - 1)


# -- sampling ----------------------------------------------------------------------------


def allocate(sizes: Mapping[str, int], n: int, rng: random.Random) -> dict[str, int]:
    """How many contacts to draw from each stratum.

    Coverage first: one contact from as many strata as ``n`` allows (when ``n`` is
    smaller than the number of strata, they are chosen at random, weighted by size).
    Otherwise each stratum gets its share of ``n`` in proportion to its size (largest
    remainder), at least one and never more than it holds.
    """
    strata = sorted(k for k, v in sizes.items() if v > 0)
    quota = dict.fromkeys(strata, 0)
    n = min(n, sum(sizes[k] for k in strata))
    if n <= 0:
        return quota
    if n < len(strata):
        remaining = list(strata)
        for _ in range(n):
            chosen = rng.choices(remaining, weights=[sizes[k] for k in remaining])[0]
            quota[chosen] = 1
            remaining.remove(chosen)
        return quota
    total = sum(sizes[k] for k in strata)
    shares = {k: n * sizes[k] / total for k in strata}
    for k in strata:
        quota[k] = max(1, min(sizes[k], int(shares[k])))
    while sum(quota.values()) > n:  # the minimum of one took more than the share
        k = max((k for k in strata if quota[k] > 1), key=lambda k: (quota[k] - shares[k], k))
        quota[k] -= 1
    while sum(quota.values()) < n:  # largest remainder first
        k = max((k for k in strata if quota[k] < sizes[k]),
                key=lambda k: (shares[k] - quota[k], k))
        quota[k] += 1
    return quota


def draw(
    pools: Mapping[str, list[tuple[str, tuple[str, ...]]]], n: int, seed: int,
    stratified: bool,
) -> list[PlanItem]:
    """The sample: up to ``n`` contacts of each consultant.

    ``pools`` maps each consultant to their candidate contacts as (contact id, strata)
    pairs. Each consultant's draw uses its own random stream derived from the seed, so
    adding or removing a consultant does not change the others' samples. A contact
    belonging to several strata (topics) counts in each; it is drawn at most once.
    """
    items: list[PlanItem] = []
    for consultant_id in sorted(pools):
        pool = sorted(pools[consultant_id])
        rng = random.Random(f"{seed}/{consultant_id}")
        if not stratified:
            for contact_id, _strata in rng.sample(pool, min(n, len(pool))):
                items.append(PlanItem(contact_id, consultant_id, None))
            continue
        members: dict[str, list[str]] = defaultdict(list)
        for contact_id, strata in pool:
            for s in strata:
                members[s].append(contact_id)
        quota = allocate({s: len(m) for s, m in members.items()}, n, rng)
        picked: dict[str, str] = {}
        for stratum in sorted(quota):
            fresh = [c for c in members[stratum] if c not in picked]
            for contact_id in rng.sample(fresh, min(quota[stratum], len(fresh))):
                picked[contact_id] = stratum
        want = min(n, len(pool))
        if len(picked) < want:  # overlapping strata left a gap: fill it from the rest
            rest = [(c, s) for c, s in pool if c not in picked]
            for contact_id, strata in rng.sample(rest, want - len(picked)):
                picked[contact_id] = strata[0] if strata else ""
        items.extend(PlanItem(c, consultant_id, s or None) for c, s in picked.items())
    return items
