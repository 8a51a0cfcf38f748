"""The case kernel's refusals (app/services/casework/lifecycle.py) in the interface
language, with the states they name as the code lists name them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.models.taxonomy import Taxonomy
from app.services.casework.lifecycle import CaseStateError
from app.ui.messages import user_text


def refusal_text(exc: BaseException, tax: Taxonomy, lang: str) -> str:
    """What the user reads for a refusal; a state (``before``, ``after``) of a
    :class:`CaseStateError` is named by its code list's label in ``lang``."""
    if not isinstance(exc, CaseStateError) or not exc.states or exc.states not in tax.lists:
        return user_text(exc)
    codes = tax[exc.states]
    params = {k: codes.label(str(v), lang) if k in ("before", "after") else v
              for k, v in exc.params.items()}
    text = QCoreApplication.translate("messages", exc.template)
    try:
        return text.format(**params)
    except (KeyError, IndexError, ValueError):  # a translation that lost a field
        return str(exc)
