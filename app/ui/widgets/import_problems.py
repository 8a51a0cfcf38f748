"""The problems of an imported file in the interface language, one way for every
import screen (the directory, the knowledge base, the list of licensed agencies).

The services keep an English text for the command line and give each problem a code
and its values (app/services/directory/files.py, app/services/knowledge/files.py,
app/services/recruiters/agencies.py, app/services/tabular.py). Here the code becomes a
sentence: where, then what: "row 3, column email: “почта” is not an e-mail address",
"article 2, field topics: “x” is not a topic", or, for a file that cannot be read at
all, the one sentence saying why (not UTF-8, UTF-16 or Windows-1251 text, not a
workbook, too large…). A code nobody worded falls back to the service's English text.
"""

from __future__ import annotations

import errno
import re
from collections.abc import Mapping

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

from app.services.tabular import ENCODING_NAMES

# What is wrong in one cell of a table (directory, licensed agencies). Each entry: the
# text, and the parameters that fill its %1, %2.
CELL: dict[str, tuple[object, tuple[str, ...]]] = {
    "unknown_column": (QT_TRANSLATE_NOOP("ImportProblems", "is not a known column"), ()),
    "duplicate_column": (QT_TRANSLATE_NOOP("ImportProblems", "appears twice in the header"),
                         ()),
    "missing_column": (QT_TRANSLATE_NOOP("ImportProblems",
                                         "is required but missing from the header"), ()),
    "extra_values": (QT_TRANSLATE_NOOP("ImportProblems",
                                       "holds a value beyond the last column"), ()),
    "required": (QT_TRANSLATE_NOOP("ImportProblems", "is required"), ()),
    "too_long": (QT_TRANSLATE_NOOP("ImportProblems", "is longer than %1 characters"),
                 ("limit",)),
    "invalid_date": (QT_TRANSLATE_NOOP("ImportProblems",
                                       "“%1” is not a date (YYYY-MM-DD or DD.MM.YYYY)"),
                     ("value",)),
    "future": (QT_TRANSLATE_NOOP("ImportProblems", "is in the future"), ()),
    "invalid_flag": (QT_TRANSLATE_NOOP("ImportProblems", "“%1”: must be yes or no"),
                     ("value",)),
    "unknown_country": (QT_TRANSLATE_NOOP("ImportProblems",
                                          "“%1” is not a country code or name"), ("value",)),
    "unknown_type": (QT_TRANSLATE_NOOP("ImportProblems", "“%1” is not an entry type"),
                     ("value",)),
    "unknown_code": (QT_TRANSLATE_NOOP("ImportProblems", "“%1” is not a known code"),
                     ("value",)),
    "invalid_phone": (QT_TRANSLATE_NOOP("ImportProblems", "“%1” is not a phone number"),
                      ("value",)),
    "no_number": (QT_TRANSLATE_NOOP("ImportProblems", "holds no number"), ()),
    "invalid_email": (QT_TRANSLATE_NOOP("ImportProblems", "“%1” is not an e-mail address"),
                      ("value",)),
    "invalid_website": (QT_TRANSLATE_NOOP("ImportProblems", "is not a web address"), ()),
    "not_for_emergency": (QT_TRANSLATE_NOOP(
        "ImportProblems", "must be empty in a row of emergency numbers"), ()),
    "demo_in_real": (QT_TRANSLATE_NOOP("ImportProblems",
                                       "demo entries never go into a real database"), ()),
    "demo_name": (QT_TRANSLATE_NOOP("ImportProblems",
                                    "is marked as demo data; a real database refuses it"), ()),
    "invalid_id": (QT_TRANSLATE_NOOP("ImportProblems", "“%1” is not an entry id"),
                   ("value",)),
    "duplicate_row": (QT_TRANSLATE_NOOP("ImportProblems", "the same entry as row %1"),
                      ("other",)),
    "duplicate_emergency": (QT_TRANSLATE_NOOP("ImportProblems",
                                              "emergency numbers repeated from row %1"),
                            ("other",)),
    "deleted": (QT_TRANSLATE_NOOP("ImportProblems", "this entry was deleted"), ()),
    # the list of licensed agencies
    "bad_unp": (QT_TRANSLATE_NOOP("ImportProblems",
                                  "“%1” is not a registration number (УНП: 9 digits)"),
                ("value",)),
    "second_unp": (QT_TRANSLATE_NOOP("ImportProblems", "%1 appears twice (row %2 too)"),
                   ("value", "row")),
    "before_start": (QT_TRANSLATE_NOOP("ImportProblems", "is before the licence's start"),
                     ()),
}
CELL_ALIASES = {"second_column": "duplicate_column", "extra_cells": "extra_values",
                "bad_date": "invalid_date"}
"""The agency list's names of the same problems as the directory's."""
BY_COLUMN = {("unknown_code", "country"): "unknown_country",
             ("unknown_code", "type"): "unknown_type",
             ("demo_in_real", "name"): "demo_name",
             ("duplicate_row", "country"): "duplicate_emergency"}
"""One code, worded by the column it is about."""

# What is wrong with one field of one article of a knowledge-base file.
ARTICLE: dict[str, tuple[object, tuple[str, ...]]] = {
    "not_object": (QT_TRANSLATE_NOOP("ImportProblems",
                                     "not an object with the article's fields"), ()),
    "unknown_field": (QT_TRANSLATE_NOOP("ImportProblems", "not a field of an article"), ()),
    "invalid_id": (QT_TRANSLATE_NOOP("ImportProblems", "missing or not an article id"), ()),
    "not_text": (QT_TRANSLATE_NOOP("ImportProblems", "not text"), ()),
    "not_codes": (QT_TRANSLATE_NOOP("ImportProblems", "not a list of codes"), ()),
    "invalid_status": (QT_TRANSLATE_NOOP("ImportProblems",
                                         "neither “draft” nor “approved”"), ()),
    "invalid_date": (QT_TRANSLATE_NOOP("ImportProblems", "“%1” is not a date (YYYY-MM-DD)"),
                     ("value",)),
    "future": (QT_TRANSLATE_NOOP("ImportProblems", "is in the future"), ()),
    "not_boolean": (QT_TRANSLATE_NOOP("ImportProblems", "neither true nor false"), ()),
    "demo_in_real": (QT_TRANSLATE_NOOP(
        "ImportProblems", "a demo article, which only a demo database accepts"), ()),
    "unknown_kind": (QT_TRANSLATE_NOOP("ImportProblems",
                                       "“%1” is neither an article nor a checklist"),
                     ("value",)),
    "unknown_topic": (QT_TRANSLATE_NOOP("ImportProblems", "“%1” is not a topic"), ("value",)),
    "unknown_country": (QT_TRANSLATE_NOOP("ImportProblems", "“%1” is not a country code"),
                        ("value",)),
    "unknown_code": (QT_TRANSLATE_NOOP("ImportProblems", "“%1” is not a known code"),
                     ("value",)),
    "too_long": (QT_TRANSLATE_NOOP("ImportProblems", "is longer than %1 characters"),
                 ("max",)),
    "required": (QT_TRANSLATE_NOOP("ImportProblems", "is required"), ()),
    "needs_text": (QT_TRANSLATE_NOOP("ImportProblems", "a title needs its text"), ()),
    "needs_title": (QT_TRANSLATE_NOOP("ImportProblems", "a text needs its title"), ()),
    "needs_language": (QT_TRANSLATE_NOOP(
        "ImportProblems", "write the title and text in Russian or Belarusian"), ()),
    "demo_marker": (QT_TRANSLATE_NOOP(
        "ImportProblems", "begins with a demo mark, which only a demo database accepts"),
                    ()),
    "duplicate_id": (QT_TRANSLATE_NOOP("ImportProblems", "the same id as article %1"),
                     ("other",)),
    "deleted": (QT_TRANSLATE_NOOP("ImportProblems", "this article was removed here"), ()),
}
ARTICLE_BY_FIELD = {("unknown_code", "kind"): "unknown_kind",
                    ("unknown_code", "topics"): "unknown_topic",
                    ("unknown_code", "destinations"): "unknown_country"}

# A file that cannot be read at all (any import).
FILE: dict[str, tuple[object, tuple[str, ...]]] = {
    "bad_encoding": (QT_TRANSLATE_NOOP(
        "ImportProblems",
        "the file is not UTF-8, UTF-16 or Windows-1251 text; save it as “CSV UTF-8”"), ()),
    "bad_encoding_at": (QT_TRANSLATE_NOOP(
        "ImportProblems", "the file is not readable as %1 text (byte %2)"),
                        ("encoding", "byte")),
    "not_text": (QT_TRANSLATE_NOOP("ImportProblems", "not a text file"), ()),
    "bad_xlsx": (QT_TRANSLATE_NOOP("ImportProblems", "not a readable XLSX workbook"), ()),
    "bad_csv": (QT_TRANSLATE_NOOP("ImportProblems", "not a readable CSV file"), ()),
    "cell_too_long": (QT_TRANSLATE_NOOP("ImportProblems",
                                        "a cell is longer than %1 characters"), ("limit",)),
    "xlsx_too_large": (QT_TRANSLATE_NOOP(
        "ImportProblems", "the workbook is too large to read (more than %1 MB unpacked)"),
                       ("limit",)),
    "too_large": (QT_TRANSLATE_NOOP("ImportProblems", "the file is larger than %1 MB"),
                  ("limit",)),
    "unreadable": (QT_TRANSLATE_NOOP("ImportProblems", "the file cannot be read (%1)"),
                   ("reason",)),
    "access_denied": (QT_TRANSLATE_NOOP("ImportProblems",
                                        "the file cannot be read: access is denied"), ()),
    "too_many_rows": (QT_TRANSLATE_NOOP("ImportProblems",
                                        "more than %1 rows; split the file"), ("limit",)),
    "too_many_columns": (QT_TRANSLATE_NOOP("ImportProblems",
                                           "row %1 has more than %2 columns"),
                         ("row", "limit")),
    "long_cell": (QT_TRANSLATE_NOOP("ImportProblems",
                                    "row %1 has a cell longer than %2 characters"),
                  ("row", "limit")),
    "no_file": (QT_TRANSLATE_NOOP("ImportProblems", "there is no such file"), ()),
    "not_csv_or_xlsx": (QT_TRANSLATE_NOOP("ImportProblems",
                                          "the file name must end in .csv or .xlsx"), ()),
    "empty": (QT_TRANSLATE_NOOP("ImportProblems", "the file is empty"), ()),
    # a knowledge-base file
    "not_utf8": (QT_TRANSLATE_NOOP("ImportProblems", "the file is not UTF-8 text (byte %1)"),
                 ("byte",)),
    "bad_json": (QT_TRANSLATE_NOOP("ImportProblems", "not a JSON file"), ()),
    "bad_json_at": (QT_TRANSLATE_NOOP("ImportProblems",
                                      "not a JSON file (an error in line %1, column %2)"),
                    ("line", "column")),
    "not_knowledge": (QT_TRANSLATE_NOOP(
        "ImportProblems", "not a knowledge base file of Infoline Desk"), ()),
    "bad_version": (QT_TRANSLATE_NOOP(
        "ImportProblems", "the file's format version is %1; this app reads version %2"),
                    ("version", "reads")),
    "no_articles": (QT_TRANSLATE_NOOP("ImportProblems", "the file holds no list of articles"),
                    ()),
    "too_many_articles": (QT_TRANSLATE_NOOP("ImportProblems", "more than %1 articles"),
                          ("limit",)),
}
NUMBERS = frozenset({"limit", "max", "row", "other", "byte", "line", "column", "reads"})
"""Parameters that are counts, written the way the interface's language writes them."""


def _translated(text: object) -> str:
    """A text of the tables above (QT_TRANSLATE_NOOP gives it as an object)."""
    return QCoreApplication.translate("ImportProblems", str(text))


def fill(text: str, *values: str) -> str:
    """%1, %2… filled in one pass (a value that holds "%2" stays as it is)."""
    return re.sub(r"%(\d)", lambda m: values[int(m.group(1)) - 1]
                  if 0 < int(m.group(1)) <= len(values) else m.group(0), text)


def _value(name: str, params: Mapping[str, object]) -> str:
    value = str(params.get(name, ""))
    if name in NUMBERS and value.isdigit():
        return QLocale().toString(int(value))
    if name == "version":  # read from the file, shown in a message box's own text,
        return re.sub(r"[<>&]", "?", value)  # which takes "<b>…" for markup
    return value


def _worded(table: Mapping[str, tuple[object, tuple[str, ...]]], key: str,
            params: Mapping[str, object]) -> str | None:
    if key not in table:
        return None
    text, names = table[key]
    return fill(_translated(text), *(_value(n, params) for n in names))


def cell_text(code: str, column: str, params: Mapping[str, object], message: str) -> str:
    """What is wrong in one cell of a table, without where."""
    key = CELL_ALIASES.get(code, code)
    key = BY_COLUMN.get((key, column), key)
    if key == "invalid_phone" and not params.get("value"):
        key = "no_number"  # an emergency row whose numbers hold no digit
    worded = _worded(CELL, key, params)
    return worded if worded is not None else message


def cell_problem(row: int, column: str, code: str, params: Mapping[str, object],
                 message: str) -> str:
    """One problem of a table file: "row 3, column email: what" (``message``: the
    service's English text, shown for a code nobody worded)."""
    return fill(_translated(QT_TRANSLATE_NOOP("ImportProblems", "row %1, column %2: %3")),
                QLocale().toString(row), column, cell_text(code, column, params, message))


def article_problem(article: int, field: str, code: str, params: Mapping[str, object],
                    message: str) -> str:
    """One problem of a knowledge-base file: "article 2, field topics: what"."""
    key = ARTICLE_BY_FIELD.get((code, field), code)
    if key == "required" and params.get("needs"):
        key = f"needs_{params['needs']}"
    what = _worded(ARTICLE, key, params)
    what = what if what is not None else message
    if field == "-":  # the article is not an object at all
        return fill(_translated(QT_TRANSLATE_NOOP("ImportProblems", "article %1: %2")),
                    QLocale().toString(article), what)
    return fill(_translated(QT_TRANSLATE_NOOP("ImportProblems", "article %1, field %2: %3")),
                QLocale().toString(article), field, what)


def encoding_name(encoding: str) -> str:
    """An encoding as the import names it ("UTF-8 with BOM", "Windows-1251")."""
    if encoding == "utf-8-sig":
        return _translated(QT_TRANSLATE_NOOP("ImportProblems", "UTF-8 with BOM"))
    return ENCODING_NAMES.get(encoding, encoding)


def file_problem(code: str, params: Mapping[str, object], message: str) -> str:
    """Why a file cannot be read at all, in the interface language (``message``: the
    service's English text, shown for a code nobody worded)."""
    key = code
    values = dict(params)
    if code == "bad_encoding" and params.get("byte"):
        key = "bad_encoding_at"
        values["encoding"] = encoding_name(str(params.get("encoding", "")))
    elif code == "bad_json" and params.get("line"):
        key = "bad_json_at"
    elif code == "unreadable" and str(params.get("errno", "")) in (
            str(errno.EACCES), str(errno.EPERM)):
        key = "access_denied"
    elif code == "unreadable" and str(params.get("errno", "")) == str(errno.ENOENT):
        key = "no_file"
    worded = _worded(FILE, key, values)
    return worded if worded is not None else message


__all__ = ["article_problem", "cell_problem", "cell_text", "encoding_name", "file_problem"]
