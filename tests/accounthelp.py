"""Accounts for tests that go through the command line or the login."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from app.models import User
from app.services.accounts import auth

PASSWORD = "correct horse battery staple"
"""INFOLINE_PASSWORD of every test (tests/conftest.py); ``infoline init`` makes the
administrator ``admin`` with it."""


def give_accounts(db_path: Path, password: str = PASSWORD) -> list[str]:
    """Encrypt a test database made without accounts and give every member of staff in
    it a key file entry with ``password``; returns their user names."""
    store, keyring, _db_key, _code = auth.create_encrypted(db_path)
    try:
        with store.sessions() as s:
            names = list(s.scalars(select(User.username).where(
                User.active.is_(True), User.deleted_at.is_(None))))
        for name in names:
            auth.add_account_keys(store, keyring, name, password)
    finally:
        store.close()
    return names


def open_as(db_path: Path, username: str = "admin", password: str = PASSWORD):  # type: ignore[no-untyped-def]
    """The store of a database with accounts, logged in (close it when done)."""
    return auth.login(db_path, username, password).store
