"""Data and domain rules. Never imports Qt (see docs/architecture.md)."""

from app.models.base import Base, new_uuid, utcnow
from app.models.contact import (
    Caller,
    Contact,
    ContactChange,
    ContactDestination,
    ContactOutcome,
    ContactTopic,
    Draft,
    Setting,
    User,
)
from app.models.directory import (
    ContactDirectoryGiven,
    CountryEmergency,
    DirectoryChange,
    DirectoryEntry,
)
from app.models.imports import ImportLedger

__all__ = [
    "Base",
    "Caller",
    "Contact",
    "ContactChange",
    "ContactDestination",
    "ContactDirectoryGiven",
    "ContactOutcome",
    "ContactTopic",
    "CountryEmergency",
    "DirectoryChange",
    "DirectoryEntry",
    "Draft",
    "ImportLedger",
    "Setting",
    "User",
    "new_uuid",
    "utcnow",
]
