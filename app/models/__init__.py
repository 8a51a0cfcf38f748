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

__all__ = [
    "Base",
    "Caller",
    "Contact",
    "ContactChange",
    "ContactDestination",
    "ContactOutcome",
    "ContactTopic",
    "Draft",
    "Setting",
    "User",
    "new_uuid",
    "utcnow",
]
