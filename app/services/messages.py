"""Refusals whose text is for the user, in any language of the interface.

A service raises a :class:`UserError` (or a subclass) with an English template whose
variable parts are named fields, ``"the user name {name} is taken"``, and the values
as keywords. The command line prints the English text; the screens show the template
translated (app/ui/messages.py, which lists every template for the translators) with
the values put in.
"""

from __future__ import annotations


class UserError(Exception):
    """An expected refusal, told to the user."""

    def __init__(self, template: str, /, **params: object) -> None:
        self.template = template
        self.params = params
        super().__init__(template.format(**params) if params else template)
