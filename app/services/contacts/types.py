"""What the contact service takes and gives: a contact and a caller as entered, a contact as
read back, the journal's rows and query, history entries, caller summaries, drafts and the
users on shift (plain data, no database).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import datetime
from typing import Any

from app.services.contacts import readable  # noqa: F401 - registers the "readable values" check

CONSULTATION = "consultation"

@dataclass
class CallerInput:
    nickname: str = ""
    phone: str = ""
    email: str = ""

    def is_empty(self) -> bool:
        return not (self.nickname.strip() or self.phone.strip() or self.email.strip())


@dataclass
class ContactInput:
    """What the intake form (or an import) says about one contact."""

    kind: str = CONSULTATION
    channel: str = "phone"
    started_at: datetime | None = None
    ended_at: datetime | None = None
    gender: str = "unknown"
    age_group: str | None = None
    region: str | None = None
    caller_role: str | None = None
    topics: list[str] = field(default_factory=list)
    destinations: list[str] = field(default_factory=list)
    travel_purpose: str | None = None
    how_heard: str | None = None
    outcomes: list[str] = field(default_factory=list)
    crisis: bool = False
    notes: str = ""
    caller_id: str | None = None
    caller: CallerInput | None = None
    organisation: str | None = None
    # Directory entries whose contacts were given to the caller; saving links them to
    # the contact (links only accumulate, so an edit never drops one).
    directory_given: list[str] = field(default_factory=list)
    # Knowledge-base articles given, each as [article id, revision] (links accumulate).
    knowledge_given: list[list[Any]] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        for key in ("started_at", "ended_at"):
            value = data[key]
            data[key] = value.isoformat() if value else None
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> ContactInput:
        data = dict(data)
        for key in ("started_at", "ended_at"):
            if data.get(key):
                data[key] = datetime.fromisoformat(data[key])
        if data.get("caller") is not None:
            data["caller"] = CallerInput(**data["caller"])
        known = set(cls.__dataclass_fields__)
        return cls(**{k: v for k, v in data.items() if k in known})


@dataclass(frozen=True)
class ContactRecord:
    """A saved contact as the UI shows it."""

    id: str
    seq: int
    version: int
    input: ContactInput
    consultant_id: str | None
    consultant_name: str
    organisation: str | None
    out_of_hours: bool
    created_at: datetime
    updated_at: datetime


@dataclass(frozen=True)
class ListRow:
    seq: int
    id: str
    started_at: datetime
    kind: str
    channel: str
    gender: str
    topics: tuple[str, ...]
    destinations: tuple[str, ...]
    consultant_name: str
    out_of_hours: bool
    crisis: bool
    notes_preview: str


@dataclass
class ContactQuery:
    """Filters of the contact list. Dates are UTC bounds: ``start <= t < end``."""

    start: datetime | None = None
    end: datetime | None = None
    consultant_id: str | None = None
    channel: str | None = None
    topic: str | None = None
    text: str = ""
    kind: str | None = None  # None: all kinds; "consultation"; "non_data"


@dataclass(frozen=True)
class ChangeRow:
    changed_at: datetime
    user_name: str
    action: str
    changes: dict[str, list[Any]]


@dataclass(frozen=True)
class CallerSummary:
    id: str
    nickname: str
    phone: str
    email: str
    contact_count: int
    last_contacts: tuple[tuple[datetime, str], ...] = ()


@dataclass(frozen=True)
class DraftRow:
    id: str
    form: str
    user_id: str | None
    record_id: str | None
    payload: dict[str, Any]
    updated_at: datetime


@dataclass(frozen=True)
class UserRow:
    id: str
    username: str
    full_name: str
    role: str
