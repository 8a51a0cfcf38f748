"""Role names and the accounts' validation messages as people read them.

The accounts service reports problems as field errors with a code; the texts here
say the same in the interface language.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.services.validation import FieldError


def _t(text: str) -> str:
    return QCoreApplication.translate("roles", text)


def role_name(role: str | None) -> str:
    names = {
        "consultant": _t("consultant"),
        "specialist": _t("social-work specialist"),
        "supervisor": _t("supervisor"),
        "administrator": _t("administrator"),
    }
    return names.get(role or "", role or "—")


def field_name(field: str) -> str:
    names = {
        "username": _t("User name"),
        "full_name": _t("Full name"),
        "password": _t("Password"),
        "old_password": _t("Current password"),
        "role": _t("Role"),
    }
    return names.get(field, field)


def problem_text(error: FieldError) -> str:
    """One problem of an account form, e.g. "Password: must have at least 10
    characters…"."""
    limit = str(error.params.get("limit", "")) if error.params else ""
    texts = {
        "required": _t("is required"),
        "too_long": _t("is longer than %1 characters").replace("%1", limit),
        "too_short": _t("must have at least %1 characters; a few words in a row make a "
                        "good password").replace("%1", limit),
        "common": _t("is one of the most common passwords; choose one that others would "
                     "not guess"),
        "obvious": _t("is too easy to guess (the name of the service, or only digits and "
                      "symbols); choose something else"),
        "same_as_username": _t("must not be the user name"),
        "invalid": _t("use 2 or more letters or digits; dots, dashes and underscores may "
                      "join them"),
        "unchanged": _t("must differ from the current password"),
        "wrong": _t("is not your current password"),
        "mismatch": _t("the two passwords differ"),
        "unknown_code": _t("is not a role"),
    }
    return f"{field_name(error.field)}: {texts.get(error.problem, error.message)}"


def problems_text(errors: list[FieldError]) -> str:
    return "\n".join(problem_text(e) for e in errors)
