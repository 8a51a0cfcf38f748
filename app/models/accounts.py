"""Staff accounts: who may log in, with which role (docs/permissions.md).

The passwords and keys are not in the database: see app/db/keyring.py and
app/services/accounts/.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, RecordMixin, UTCDateTime


class User(RecordMixin, Base):
    """A member of staff and their account.

    The password is not here: each account's copy of the database key, wrapped with a
    key derived from its password, lives in the key file beside the database
    (app/db/keyring.py). The row keeps the role and the state of the account.
    """

    __tablename__ = "app_user"
    username: Mapped[str] = mapped_column(String(64), unique=True)
    full_name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(20), default="consultant")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    must_change_password: Mapped[bool] = mapped_column(Boolean, default=False)
    password_changed_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), default=None)
    last_login_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), default=None)
    signature: Mapped[str | None] = mapped_column(Text, default=None)
    """An administrator's signature over id, user name, role and state
    (app/services/accounts/signing.py); local to the site, never sent."""
