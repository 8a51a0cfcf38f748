"""States of a case or a referral, the moves allowed between them, and the refusal.

Each kind of case keeps its own tables of moves in its model (app/models/crisis.py,
app/models/assistance.py); a :class:`Lifecycle` answers from such a table what a
screen may offer and refuses, with a :class:`CaseStateError`, what the service must
not do. The refusal is a :class:`~app.services.messages.UserError`: the screens show it
translated, with the states named in the interface language.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from app.services.messages import UserError


class CaseStateError(UserError):
    """The case, referral, service or consent is not in a state that allows the change.

    ``before`` and ``after``, where given, are state codes of the code list ``states``:
    a screen names them in its language before it shows the template
    (app/ui/casework/refusals.py)."""

    def __init__(self, template: str, /, *, states: str | None = None,
                 **params: object) -> None:
        super().__init__(template, **params)
        self.states = states


@dataclass(frozen=True)
class Lifecycle:
    """The moves of one lifecycle: state → the states it may become; ``states`` names
    the code list whose labels name the states (for the refusal's text)."""

    moves: Mapping[str, tuple[str, ...]]
    states: str | None = None

    def allowed(self, state: str | None) -> tuple[str, ...]:
        """The states ``state`` may become (none for an unknown or final one)."""
        return self.moves.get(state or "", ())

    def can(self, before: str | None, after: str) -> bool:
        return after in self.allowed(before)

    def final(self, state: str | None) -> bool:
        """Whether nothing follows ``state`` (a referral done or declined)."""
        return not self.allowed(state)

    def known(self, state: str) -> bool:
        return state in self.moves

    def check_referral(self, before: str, after: str) -> None:
        """Refuse a referral's move the lifecycle does not allow."""
        if not self.can(before, after):
            raise CaseStateError("a referral that is {before} cannot become {after}",
                                 states=self.states, before=before, after=after)

    def check_case(self, before: str, after: str) -> None:
        """Refuse a case's move the lifecycle does not allow."""
        if not self.can(before, after):
            raise CaseStateError("a case that is {before} cannot become {after}",
                                 states=self.states, before=before, after=after)
