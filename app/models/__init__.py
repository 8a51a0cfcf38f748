"""Data and domain rules. Never imports Qt (see docs/architecture.md)."""

from app.models.accounts import User
from app.models.assistance import (
    AssistanceCase,
    AssistanceCaseCode,
    AssistanceConsent,
    AssistanceEvent,
    AssistanceMonitoring,
    AssistanceReferral,
    AssistanceRelative,
    AssistanceServiceEntry,
    PdfPrint,
)
from app.models.audit import AuditEntry, AuditHead
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
)
from app.models.crisis import (
    CrisisCase,
    CrisisCaseCode,
    CrisisCaseContact,
    CrisisCaseEvent,
    CrisisConsent,
    CrisisReferral,
)
from app.models.directory import (
    ContactDirectoryGiven,
    CountryEmergency,
    DirectoryChange,
    DirectoryEntry,
)
from app.models.imports import ImportLedger
from app.models.knowledge import (
    ContactKnowledgeGiven,
    KnowledgeArticle,
    KnowledgeDestination,
    KnowledgeRevision,
    KnowledgeTopic,
)
from app.models.quality import Review, ReviewRound, StaffEvent
from app.models.recruiters import AgencyCheck, AgencyList, LicensedAgency, RecruiterMention
from app.models.reports import Campaign, ReportText
from app.models.shift import DebriefRequest, HandoverNote, ShiftTask, ShiftTaskEvent

__all__ = [
    "AgencyCheck",
    "AgencyList",
    "AssistanceCase",
    "AssistanceCaseCode",
    "AssistanceConsent",
    "AssistanceEvent",
    "AssistanceMonitoring",
    "AssistanceReferral",
    "AssistanceRelative",
    "AssistanceServiceEntry",
    "AuditEntry",
    "AuditHead",
    "Base",
    "Caller",
    "Campaign",
    "Contact",
    "ContactChange",
    "ContactDestination",
    "ContactDirectoryGiven",
    "ContactKnowledgeGiven",
    "ContactOutcome",
    "ContactTopic",
    "CountryEmergency",
    "CrisisCase",
    "CrisisCaseCode",
    "CrisisCaseContact",
    "CrisisCaseEvent",
    "CrisisConsent",
    "CrisisReferral",
    "DebriefRequest",
    "DirectoryChange",
    "DirectoryEntry",
    "Draft",
    "HandoverNote",
    "ImportLedger",
    "KnowledgeArticle",
    "KnowledgeDestination",
    "KnowledgeRevision",
    "KnowledgeTopic",
    "LicensedAgency",
    "PdfPrint",
    "RecruiterMention",
    "ReportText",
    "Review",
    "ReviewRound",
    "Setting",
    "ShiftTask",
    "ShiftTaskEvent",
    "StaffEvent",
    "User",
    "new_uuid",
    "utcnow",
]
