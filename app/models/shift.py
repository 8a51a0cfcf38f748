"""The shift: tasks (agreed callbacks), their hand-over history, notes for the next
shift, and requests for a debrief after a hard call.

A **task** is something a consultant agreed to do later, today a callback: it keeps the
contact it came from, the caller's profile or number when given, a due time and whose
it is. It is done by recording the follow-up contact (``done_contact_id``), or
cancelled with a reason. Handing it to a colleague, moving it and closing it leave a
row in ``shift_task_event`` (who, when, from whom, to whom).

A **handover note** is written for whoever works the next shift. A **debrief request**
asks a supervisor for a talk after a hard call; its optional note is private to the
requester and the supervisors and is never counted anywhere.

Every record is synchronisable (UUIDv7 id, site, author, version, soft delete). A
task's number and note, and a handover or debrief note, are personal data: erasing a
caller blanks them (app/services/erasure).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, RecordMixin, UTCDateTime

CALLBACK = "callback"
TASK_KINDS = (CALLBACK,)

OPEN, DONE, CANCELLED = "open", "done", "cancelled"
TASK_STATUSES = (OPEN, DONE, CANCELLED)

# What happened to a task (its history).
CREATED, HANDED, MOVED, COMPLETED, CANCELLED_EVENT = (
    "created", "handed", "moved", "done", "cancelled")
TASK_EVENTS = (CREATED, HANDED, MOVED, COMPLETED, CANCELLED_EVENT)

REQUESTED, SEEN = "requested", "seen"
DEBRIEF_STATUSES = (REQUESTED, SEEN)

NOTE_MAX = 4_000
"""Longest task, handover or debrief note, in characters."""


class ShiftTask(RecordMixin, Base):
    """A callback someone agreed to make, until it is done or cancelled."""

    __tablename__ = "shift_task"
    kind: Mapped[str] = mapped_column(String(20), default=CALLBACK)
    contact_id: Mapped[str | None] = mapped_column(
        ForeignKey("contact.id", ondelete="SET NULL"))
    caller_id: Mapped[str | None] = mapped_column(
        ForeignKey("caller.id", ondelete="SET NULL"))
    phone: Mapped[str] = mapped_column(String(40), default="")
    note: Mapped[str] = mapped_column(Text, default="")
    due_at: Mapped[datetime] = mapped_column(UTCDateTime())
    # The consultant chose a time outside the working hours on purpose.
    outside_hours: Mapped[bool] = mapped_column(Boolean, default=False)
    owner_id: Mapped[str | None] = mapped_column(ForeignKey("app_user.id"))
    created_by: Mapped[str | None] = mapped_column(ForeignKey("app_user.id"))
    status: Mapped[str] = mapped_column(String(20), default=OPEN)
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    closed_by: Mapped[str | None] = mapped_column(ForeignKey("app_user.id"))
    close_reason: Mapped[str] = mapped_column(Text, default="")
    done_contact_id: Mapped[str | None] = mapped_column(
        ForeignKey("contact.id", ondelete="SET NULL"))
    __table_args__ = (
        Index("ix_shift_task_owner_status_due", "owner_id", "status", "due_at"),
        Index("ix_shift_task_status_due", "status", "due_at"),
        Index("ix_shift_task_contact", "contact_id"),
        Index("ix_shift_task_caller", "caller_id"),
    )


class ShiftTaskEvent(RecordMixin, Base):
    """One entry of a task's history: created, handed over, moved, done, cancelled."""

    __tablename__ = "shift_task_event"
    task_id: Mapped[str] = mapped_column(ForeignKey("shift_task.id", ondelete="CASCADE"))
    at: Mapped[datetime] = mapped_column(UTCDateTime())
    kind: Mapped[str] = mapped_column(String(20))
    user_id: Mapped[str | None] = mapped_column(ForeignKey("app_user.id"))
    from_user_id: Mapped[str | None] = mapped_column(ForeignKey("app_user.id"))
    to_user_id: Mapped[str | None] = mapped_column(ForeignKey("app_user.id"))
    due_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    __table_args__ = (Index("ix_shift_task_event_task_at", "task_id", "at"),)


class HandoverNote(RecordMixin, Base):
    """What a consultant leaves for the next shift."""

    __tablename__ = "handover_note"
    written_at: Mapped[datetime] = mapped_column(UTCDateTime())
    written_by: Mapped[str | None] = mapped_column(ForeignKey("app_user.id"))
    text: Mapped[str] = mapped_column(Text, default="")
    __table_args__ = (Index("ix_handover_note_written", "written_at"),)


class DebriefRequest(RecordMixin, Base):
    """A consultant asks a supervisor for a debrief after a hard call. The note is
    private: the requester and the supervisors read it, nothing counts it."""

    __tablename__ = "debrief_request"
    requested_at: Mapped[datetime] = mapped_column(UTCDateTime())
    requested_by: Mapped[str | None] = mapped_column(ForeignKey("app_user.id"))
    contact_id: Mapped[str | None] = mapped_column(
        ForeignKey("contact.id", ondelete="SET NULL"))
    note: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(20), default=REQUESTED)
    seen_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    seen_by: Mapped[str | None] = mapped_column(ForeignKey("app_user.id"))
    __table_args__ = (Index("ix_debrief_request_status", "status", "requested_at"),)
