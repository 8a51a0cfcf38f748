"""Every kind of case in one list: what ``infoline cases`` prints.

Each kind of case (crisis cases, assistance cases) gives a function that
lists its cases as :class:`CaseSummary` rows; :func:`all_cases` merges them, newest
first. A new kind adds its function to :func:`listers`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from app.db import Store


@dataclass(frozen=True)
class CaseSummary:
    """One case, whatever its kind: number, type, status, when it was opened."""

    kind: str  # crisis, assistance
    number: str
    type: str  # a code of the kind's type list (crisis_type for crisis cases)
    status: str
    opened_at: datetime
    site_id: str
    overdue: int = 0  # tasks past their due time

    def to_json(self) -> dict[str, Any]:
        return {"kind": self.kind, "number": self.number, "type": self.type,
                "status": self.status, "opened": self.opened_at.astimezone().date().isoformat(),
                "opened_at": self.opened_at.astimezone(UTC).isoformat(),
                "site_id": self.site_id, "overdue": self.overdue}


Lister = Callable[[Store], list[CaseSummary]]


def listers() -> list[Lister]:
    from app.services import assistance, crisis

    return [crisis.case_summaries, assistance.case_summaries]


def all_cases(store: Store) -> list[CaseSummary]:
    rows = [row for lister in listers() for row in lister(store)]
    rows.sort(key=lambda r: (r.opened_at, r.number), reverse=True)
    return rows
