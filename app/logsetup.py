"""Logging to a rotating file in the user's log folder.

Loggers are named per area (app.db, app.contacts, app.ui…). Messages carry ids and
counts, never personal data: no names, phone numbers or note text.

What the code does not control is made safe on the way to the file: an error from the
database layer carries the SQL statement and its parameters in its text (SQLAlchemy
writes ``[SQL: …] [parameters: …]``), and the parameters are what a user typed. The
handler's :class:`PersonalDataFilter` takes both out of every message and traceback,
whichever module logged it and however. The file is readable by its owner only.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import re
import traceback
from pathlib import Path
from types import TracebackType
from typing import Any

from app import paths

FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"

HIDDEN = "[SQL and parameters not logged]"

# SQLAlchemy's StatementError text: "\n[SQL: …]\n[parameters: …]\n(Background on this
# error at: …)", the parameters and background optional. Everything from "[SQL:" to
# the end of the background link (or of the text) goes.
_SQL_BLOCK = re.compile(
    r"\[SQL: .*?(?:\(Background on this error at: [^)\s]*\)|\Z)", re.DOTALL)
_PARAMS = re.compile(r"\[(?:SQL )?parameters: .*?(?:\(Background on this error at: "
                     r"[^)\s]*\)|\Z)", re.DOTALL)


def scrub(text: str) -> str:
    """``text`` without SQL statements and their parameters."""
    if "[SQL" not in text and "parameters:" not in text:
        return text
    text = _SQL_BLOCK.sub(HIDDEN, text)
    return _PARAMS.sub(HIDDEN, text)


def _is_statement_error(exc: BaseException) -> bool:
    # Looked up by name: the log must not import SQLAlchemy for this.
    return any(c.__name__ == "StatementError" and c.__module__.startswith("sqlalchemy")
               for c in type(exc).__mro__)


def _safe_str(exc: BaseException) -> str:
    if _is_statement_error(exc):
        orig = getattr(exc, "orig", None)
        if orig is not None:
            return f"({type(orig).__module__}.{type(orig).__qualname__}) {scrub(str(orig))}"
        return HIDDEN
    try:
        return scrub(str(exc))
    except Exception:  # an exception whose str() fails
        return f"<{type(exc).__name__}>"


def _patch(te: traceback.TracebackException, exc: BaseException | None,
           seen: set[int]) -> None:
    """Each exception's text in ``te`` (the chain too) replaced by its safe text."""
    if exc is None or id(te) in seen:
        return
    seen.add(id(te))
    te._str = _safe_str(exc)  # type: ignore[attr-defined]
    if te.__cause__ is not None:
        _patch(te.__cause__, exc.__cause__, seen)
    if te.__context__ is not None:
        _patch(te.__context__, exc.__context__, seen)


def format_exception(kind: type[BaseException] | None, exc: BaseException | None,
                     tb: TracebackType | None) -> str:
    """A traceback as :func:`traceback.format_exception` writes it, with every
    exception's text (the chained ones too) made safe: no SQL, no parameters."""
    if exc is None:
        return "".join(traceback.format_exception_only(kind, exc)) if kind else ""
    te = traceback.TracebackException(type(exc), exc, tb, compact=True)
    _patch(te, exc, set())
    return scrub("".join(te.format()))


class PersonalDataFilter(logging.Filter):
    """Takes SQL statements and their parameters out of a record's message, arguments
    and traceback before any handler writes it."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a message whose arguments do not fit: keep the template
            message = str(record.msg)
        record.msg, record.args = scrub(message), None
        if record.exc_info and record.exc_info[1] is not None:
            kind, exc, tb = record.exc_info
            record.exc_text = format_exception(kind, exc, tb).rstrip("\n")
            record.exc_info = None
        elif record.exc_text:
            record.exc_text = scrub(record.exc_text)
        if record.stack_info:
            record.stack_info = scrub(record.stack_info)
        return True


class PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """A rotating log whose files only their owner may read (POSIX; Windows keeps the
    user folder's own permissions)."""

    def _open(self) -> Any:
        flags = os.O_WRONLY | os.O_CREAT | os.O_APPEND | getattr(os, "O_BINARY", 0)
        fd = os.open(self.baseFilename, flags, 0o600)
        if os.name == "posix":
            os.fchmod(fd, 0o600)  # a file made by an older version was 0644
        return os.fdopen(fd, "a", encoding=self.encoding, errors=self.errors)


def setup(level: int = logging.INFO, folder: Path | None = None) -> Path | None:
    folder = folder or paths.log_dir()
    root = logging.getLogger("app")
    root.setLevel(level)
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        handler = PrivateRotatingFileHandler(
            folder / "infoline.log", maxBytes=2_000_000, backupCount=5, encoding="utf-8"
        )
    except OSError:
        # No log file: nothing is printed instead (Python's last-resort handler would
        # write warnings and their tracebacks to the console).
        if not root.handlers:
            root.addHandler(logging.NullHandler())
        return None
    handler.setFormatter(logging.Formatter(FORMAT))
    handler.addFilter(PersonalDataFilter())
    if not any(isinstance(h, logging.handlers.RotatingFileHandler) for h in root.handlers):
        root.addHandler(handler)
    else:
        handler.close()
    return folder / "infoline.log"
