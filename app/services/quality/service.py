"""Quality control of counselling: review rounds, reviews, feedback, dashboards, and the
register of staff meetings, examinations and trainings.

A supervisor starts a *round*: a period, the consultants, how many contacts of each
to review, optionally stratified by channel or topic. The sample is drawn at random
but reproducibly: the round stores its seed, and drawing again with that seed over
the same records gives the same contacts. Every consultant gets the same number of
contacts however many they took (fair across consultants); a supervisor never draws
a contact they took themselves, and non-data contacts only when asked.

Each sampled contact is scored against the rubric (app/models/rubric.py). A review is
saved as a draft or completed; completing needs every criterion scored (or marked not
applicable) and the overall feedback. A completed review is never changed: a
correction is a new version with a reason. Consultants read their own reviews, and
only theirs, and mark them read; supervisors see who has unread feedback.

Who may do what is decided by the permission matrix (app/services/permissions.py),
asked through :func:`check_permission`.

The service is one class put together from one module per sub-feature: rows.py (the
permissions, limits, inputs and rows), sampling.py (drawing a sample), base.py (the
user, their role, people's names, the review form's drafts), rounds.py, reviews.py
(reviews and the feedback to consultants), dashboard.py, staff.py (the register) and
export.py (the dashboard as .xlsx or .pdf).
"""

from __future__ import annotations

from app.services.quality.dashboard import Dashboards
from app.services.quality.reviews import Reviews
from app.services.quality.rounds import Rounds
from app.services.quality.staff import StaffRegister


class QualityService(Rounds, Reviews, Dashboards, StaffRegister):
    """Quality control for one user on one site. Every method checks the user's role."""
