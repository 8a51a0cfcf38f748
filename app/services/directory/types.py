"""What the directory service takes and gives: an entry as entered and as read back, the
emergency numbers of a country, the search query, history rows and what was given.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import datetime
from typing import Any

# -- data handed to the UI ------------------------------------------------------------


@dataclass
class EntryInput:
    """What the entry form (or an import row) says about one entry."""

    country: str = ""
    type: str = ""
    name: str = ""
    city: str = ""
    address: str = ""
    phones: str = ""
    email: str = ""
    website: str = ""
    hours: str = ""
    languages: str = ""
    services: str = ""
    notes: str = ""


TRACKED = tuple(f.name for f in fields(EntryInput))
"""Fields compared for the history, in the order the history shows them."""


@dataclass(frozen=True)
class Entry:
    """A directory entry as the UI shows it."""

    id: str
    country: str
    type: str
    name: str
    city: str
    address: str
    phones: str
    email: str
    website: str
    hours: str
    languages: str
    services: str
    notes: str
    verified_at: datetime | None
    verified_by: str  # the verifier's name, "" when unknown
    retired_at: datetime | None
    fictional: bool
    stale: bool
    version: int
    updated_at: datetime

    @property
    def retired(self) -> bool:
        return self.retired_at is not None

    def phone_list(self) -> list[str]:
        return split_phones(self.phones)

    def input(self) -> EntryInput:
        return EntryInput(**{k: getattr(self, k) for k in TRACKED})


@dataclass(frozen=True)
class Emergency:
    country: str
    numbers: str
    notes: str
    fictional: bool
    updated_at: datetime


@dataclass
class DirectoryQuery:
    text: str = ""
    country: str | None = None
    type: str | None = None
    stale_only: bool = False
    include_retired: bool = False


@dataclass(frozen=True)
class DirectoryChangeRow:
    changed_at: datetime
    user_name: str
    action: str
    changes: dict[str, list[Any]]


@dataclass(frozen=True)
class GivenSummary:
    count: int
    last: datetime | None


def split_phones(text: str) -> list[str]:
    """Phones are kept one a line; files separate them with ``;`` or new lines."""
    parts = text.replace(";", "\n").splitlines()
    return [" ".join(p.split()) for p in parts if p.strip()]
