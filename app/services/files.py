"""Writing files the user keeps: atomically, and safe to open in a spreadsheet.

An export is written to a temporary file in the target's folder, flushed to the disk,
then renamed over the target: a crash or a full disk leaves either the old file or
the new one, never half of one.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from app.db.sqlite import fsync_dir

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
"""A cell starting with one of these is run as a formula by spreadsheet programs."""


class FileContentError(Exception):
    """A file whose content cannot be used as a whole (its format, encoding, header); one
    line. The message is the English the command line prints; ``code`` and ``params``
    let the app say the same in the user's language (app/ui/widgets/import_problems.py)."""

    def __init__(self, message: str, code: str = "", **params: object):
        super().__init__(message)
        self.code = code
        self.params = {k: str(v) for k, v in params.items()}


def neutralise(text: str) -> str:
    """Text a spreadsheet shows as text, never runs as a formula (CSV/XLSX injection).

    A leading apostrophe is the spreadsheet programs' own sign for "this is text".
    """
    if text.startswith(FORMULA_STARTS):
        return "'" + text
    return text


def keep_text(cell: Any) -> None:
    """The same for an openpyxl cell, keeping its text as it is: a cell starting like a
    formula becomes an explicit string cell with Excel's quote-prefix mark, which opens
    as the same text (a phone stays "+48 …") and is never evaluated. (openpyxl writes a
    string starting with "=" as a live formula.)"""
    if isinstance(cell.value, str) and cell.value.startswith(FORMULA_STARTS):
        cell.data_type = "s"
        cell.quotePrefix = True


def read_back(text: str) -> str:
    """A cell of a file this app wrote, as it was before :func:`neutralise`."""
    if text.startswith("'") and text[1:].startswith(FORMULA_STARTS):
        return text[1:]
    return text


@contextlib.contextmanager
def atomic_write(path: Path | str, mode: str = "wb", **open_args: Any) -> Iterator[IO[Any]]:
    """A file object that replaces ``path`` only when the block ends without error."""
    target = Path(path)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part",
                                    dir=target.parent)
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, mode, **open_args) as f:
            yield f
            f.flush()
            os.fsync(f.fileno())
        tmp.replace(target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    fsync_dir(target.parent)  # the rename itself made durable
