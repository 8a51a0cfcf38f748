"""Quality reviews and their export. Models: app/models/quality.py, app/models/rubric.py.

Import the service and its rows from here; the modules hold one sub-feature each (see
app/services/quality/service.py)."""

from app.models.quality import COMPLETE, DRAFT
from app.services.quality.rows import (
    NAME_MAX,
    NOTES_MAX,
    OWN,
    PER_CONSULTANT_MAX,
    REVIEW,
    REVIEW_FORM,
    BandCount,
    CriterionStat,
    Dashboard,
    PlanItem,
    PlanProgress,
    ReviewInput,
    ReviewLine,
    ReviewRow,
    RoundItem,
    RoundRow,
    RoundSpec,
    SamplePlan,
    Series,
    StaffEventInput,
    StaffEventRow,
    UnreadRow,
    allowed,
    check_permission,
)
from app.services.quality.sampling import allocate, draw, new_seed, period_bounds
from app.services.quality.service import QualityService

__all__ = [
    "COMPLETE", "DRAFT", "NAME_MAX", "NOTES_MAX", "OWN", "PER_CONSULTANT_MAX", "REVIEW",
    "REVIEW_FORM", "BandCount", "CriterionStat", "Dashboard", "PlanItem", "PlanProgress",
    "QualityService", "ReviewInput", "ReviewLine", "ReviewRow", "RoundItem", "RoundRow",
    "RoundSpec", "SamplePlan", "Series", "StaffEventInput", "StaffEventRow", "UnreadRow",
    "allocate", "allowed", "check_permission", "draw", "new_seed", "period_bounds",
]
