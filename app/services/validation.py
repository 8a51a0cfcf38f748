"""Field-level validation results shared by the services, the CLI and the UI."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass


@dataclass(frozen=True)
class FieldError:
    """What is wrong with one field.

    ``problem`` is a stable key the UI turns into a translated message; ``message``
    is the English text the command line prints.
    """

    field: str
    problem: str
    message: str
    # In full: to type checkers the attribute ``field`` above hides dataclasses.field.
    params: dict[str, object] = dataclasses.field(default_factory=dict)


class ValidationError(Exception):
    def __init__(self, errors: list[FieldError]):
        super().__init__("; ".join(f"{e.field}: {e.message}" for e in errors))
        self.errors = errors


MONTHS_RANGE = (1, 120)
"""How many months a "to be checked after" setting may hold (directory, knowledge)."""


def months_setting(value: object, default: int) -> int:
    """A stored number of months, or ``default`` when it is missing or out of range."""
    low, high = MONTHS_RANGE
    if isinstance(value, int) and not isinstance(value, bool) and low <= value <= high:
        return value
    return default


def check_months(field_name: str, months: int) -> None:
    """Refuse a number of months out of range, naming the field."""
    low, high = MONTHS_RANGE
    if not low <= months <= high:
        raise ValidationError([FieldError(
            field_name, "out_of_range", f"must be between {low} and {high} months")])
