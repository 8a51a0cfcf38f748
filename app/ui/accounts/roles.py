"""Role names and the accounts' validation messages as people read them.

The accounts service reports problems as field errors with a code; the texts here
say the same in the interface language.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication as Q

from app.services.validation import FieldError
from app.ui.widgets.errors import errors_text


def role_name(role: str | None) -> str:
    names = {
        "consultant": Q.translate(
            "roles", "consultant"),
        "specialist": Q.translate(
            "roles", "social-work specialist"),
        "supervisor": Q.translate(
            "roles", "supervisor"),
        "administrator": Q.translate(
            "roles", "administrator"),
    }
    return names.get(role or "", role or "—")


def field_name(field: str) -> str:
    names = {
        "username": Q.translate(
            "roles", "User name"),
        "full_name": Q.translate(
            "roles", "Full name"),
        "password": Q.translate(
            "roles", "Password"),
        "old_password": Q.translate(
            "roles", "Current password"),
        "role": Q.translate(
            "roles", "Role"),
    }
    return names.get(field, field)


def _problems() -> dict[str, str]:
    """The problems of an account form in the accounts' words (%1: the limit)."""
    return {
        "required": Q.translate(
            "roles", "is required"),
        "too_long": Q.translate(
            "roles", "is longer than %1 characters"),
        "too_short": Q.translate(
            "roles", "must have at least %1 characters; a few words in a row make a "
                        "good password"),
        "common": Q.translate(
            "roles", "is one of the most common passwords; choose one that others would "
                     "not guess"),
        "obvious": Q.translate(
            "roles", "is too easy to guess (the name of the service, or only digits and "
                      "symbols); choose something else"),
        "same_as_username": Q.translate(
            "roles", "must not be the user name"),
        "invalid": Q.translate(
            "roles", "use 2 or more letters or digits; dots, dashes and underscores may "
                      "join them"),
        "unchanged": Q.translate(
            "roles", "must differ from the current password"),
        "wrong": Q.translate(
            "roles", "is not your current password"),
        "mismatch": Q.translate(
            "roles", "the two passwords differ"),
        "unknown_code": Q.translate(
            "roles", "is not a role"),
    }


def problem_text(error: FieldError) -> str:
    """One problem of an account form, e.g. "Password: must have at least 10
    characters…"."""
    return problems_text([error])


def problems_text(errors: list[FieldError]) -> str:
    return errors_text(errors, names=field_name, problems=_problems(), joiner="\n")
