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
