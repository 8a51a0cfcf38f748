"""Every kind of case in one list: what ``infoline cases`` prints.

Each kind of case (crisis cases, assistance cases) gives a function that lists its
cases as :class:`~app.services.casework.summary.CaseSummary` rows; :func:`all_cases`
merges them, newest first. A new kind adds its function to :func:`listers`. This module
sits above the kinds of case; what they share is in :mod:`app.services.casework`.
"""

from __future__ import annotations

from app.db import Store
from app.services.casework.summary import CaseSummary, Lister


def listers() -> list[Lister]:
    from app.services.assistance import service as assistance
    from app.services.crisis import service as crisis

    return [crisis.case_summaries, assistance.case_summaries]


def all_cases(store: Store) -> list[CaseSummary]:
    rows = [row for lister in listers() for row in lister(store)]
    rows.sort(key=lambda r: (r.opened_at, r.number), reverse=True)
    return rows
