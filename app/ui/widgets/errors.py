"""Why a form was not saved, in one way: the service's field errors
(app/services/validation.py) turned into the text shown under the form, and the label
that shows it.

:func:`errors_text` is the one function from field errors to text. Each error becomes
the form's own sentence for it when the form has one (``sentence``), otherwise the
field's name and the problem ("Phone: not an e-mail address"): the problem in the
form's own words (``problems``) or the common ones below.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QLabel

from app.services.validation import FieldError
from app.ui.widgets.style import ERROR_RED

PROBLEMS = {
    "required": QT_TRANSLATE_NOOP("FieldErrors", "required"),
    "unknown_code": QT_TRANSLATE_NOOP("FieldErrors", "unknown value"),
    "future": QT_TRANSLATE_NOOP("FieldErrors", "is in the future"),
    "too_early": QT_TRANSLATE_NOOP("FieldErrors", "is before the year 2000"),
    "before_start": QT_TRANSLATE_NOOP("FieldErrors", "the end is before the start"),
    "too_long": QT_TRANSLATE_NOOP("FieldErrors", "too long: at most %1 characters"),
    "invalid_email": QT_TRANSLATE_NOOP("FieldErrors", "not an e-mail address"),
}
"""The problems every form words the same way (%1: the error's limit)."""


def not_saved() -> str:
    """What the text of a refused save starts with."""
    return QCoreApplication.translate("FieldErrors", "Not saved:")


def problem_text(error: FieldError, problems: Mapping[str, str] | None = None) -> str:
    """The problem in words: the form's own (``problems``, already translated), the
    common ones, or the service's English message for a problem nobody worded."""
    text = (problems or {}).get(error.problem)
    if text is None and error.problem in PROBLEMS:
        text = QCoreApplication.translate("FieldErrors", PROBLEMS[error.problem])
    if text is None:
        return error.message
    return text.replace("%1", str(error.params.get("limit", "")))


def label_name(label: QLabel) -> str:
    """A field's name as its label shows it, without the mnemonic, the colon and a
    hint in brackets ("Top&ics (Space ticks):" -> "Topics")."""
    return label.text().replace("&", "").rstrip(":").split(" (")[0]


def errors_text(
    errors: Iterable[FieldError], *,
    names: Mapping[str, str] | Callable[[str], str | None] | None = None,
    sentence: Callable[[FieldError], str | None] | None = None,
    problems: Mapping[str, str] | None = None,
    joiner: str = "; ",
) -> str:
    """The errors as one text. ``sentence``: the form's whole sentence for an error
    (None: none). ``names``: the field's shown name by its key (a mapping or a
    function); an error of a field without a name shows the problem alone."""
    parts = []
    for error in errors:
        text = sentence(error) if sentence is not None else None
        if text is None:
            if callable(names):
                name = names(error.field)
            else:
                name = (names or {}).get(error.field)
            problem = problem_text(error, problems)
            text = f"{name}: {problem}" if name else problem
        parts.append(text)
    return joiner.join(parts)


def error_label(label: QLabel | None = None, *, name: str = "errors", bold: bool = True,
                hidden: bool = True) -> QLabel:
    """The label that says why a form was not saved (or a login failed): red, wrapped,
    bold and hidden while there is nothing to say unless asked otherwise. Makes one, or
    makes a Designer form's label one; the object name is ``name`` unless the label has
    one."""
    if label is None:
        label = QLabel()
    if not label.objectName():
        label.setObjectName(name)
    label.setWordWrap(True)
    weight = " font-weight: bold;" if bold else ""
    label.setStyleSheet(f"QLabel#{label.objectName()} {{ color: {ERROR_RED};{weight} }}")
    if hidden:
        label.hide()
    return label


def show_errors(label: QLabel, errors: Iterable[FieldError], *, lead: bool = True,
                names: Mapping[str, str] | Callable[[str], str | None] | None = None,
                sentence: Callable[[FieldError], str | None] | None = None,
                problems: Mapping[str, str] | None = None, joiner: str = "; ") -> None:
    """Show the errors in ``label`` as :func:`errors_text` words them, after "Not
    saved:" when ``lead``."""
    text = errors_text(errors, names=names, sentence=sentence, problems=problems,
                       joiner=joiner)
    label.setText(f"{not_saved()} {text}" if lead else text)
    label.show()
