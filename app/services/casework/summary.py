"""One case, whatever its kind, as a row of the list of every case (``infoline cases``).

Each kind of case (crisis cases, assistance cases) gives a function that lists its
cases as :class:`CaseSummary` rows (a :data:`Lister`); :mod:`app.services.cases` merges
them.
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
