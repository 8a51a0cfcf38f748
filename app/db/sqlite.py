"""SQLite-specific pieces: connection pragmas, transactional BEGIN, online backup.

Kept in one module so an office can later point the app at PostgreSQL.
"""

from __future__ import annotations

import sqlite3
import unicodedata
from pathlib import Path
from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import Engine

BUSY_TIMEOUT_MS = 10_000


def configure(engine: Engine) -> None:
    """WAL, synchronous=FULL, foreign keys, busy timeout, real transactions.

    Python's sqlite3 driver in its default mode issues BEGIN lazily and breaks
    transactional DDL and SAVEPOINTs; autocommit at the driver level plus an explicit
    BEGIN from SQLAlchemy's ``begin`` event gives real transactions (SQLAlchemy's
    documented pysqlite recipe).
    """

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: sqlite3.Connection, _record: Any) -> None:
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cur.execute("PRAGMA journal_mode = WAL")
        cur.execute("PRAGMA synchronous = FULL")
        cur.execute("PRAGMA foreign_keys = ON")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        conn.exec_driver_sql("BEGIN")


def backup_file(source: Path, target: Path) -> None:
    """A consistent copy of a live database through SQLite's online backup API."""
    tmp = target.with_name(target.name + ".part")
    src = sqlite3.connect(str(source))
    try:
        dst = sqlite3.connect(str(tmp))
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    tmp.replace(target)


def integrity_problems(dbapi_conn: sqlite3.Connection) -> list[str]:
    """Rows of ``PRAGMA integrity_check`` and ``foreign_key_check`` that are not 'ok'."""
    rows = [r[0] for r in dbapi_conn.execute("PRAGMA integrity_check").fetchall()]
    problems = [r for r in rows if r != "ok"]
    problems += [
        f"foreign key: table {r[0]} row {r[1]} refers to missing {r[2]}"
        for r in dbapi_conn.execute("PRAGMA foreign_key_check").fetchall()
    ]
    return problems


def fold(text: str) -> str:
    """The folding the full-text index applies on top of its own case folding.

    FTS5's unicode61 tokenizer folds Cyrillic case but not ё/е, which Russian
    writers use interchangeably.
    """
    return text.replace("ё", "е").replace("Ё", "Е")


FTS_FOLD_SQL = "replace(replace({col}, 'ё', 'е'), 'Ё', 'Е')"


_WORD_CATEGORIES = frozenset({"Mn", "Mc", "Me", "Co", "Cn"})


def _in_word(ch: str) -> bool:
    """Whether the index's tokenizer keeps ``ch`` inside a word.

    unicode61 also keeps combining marks (then drops them with remove_diacritics),
    private-use characters and code points unassigned in its Unicode tables; splitting
    the query there would ask for word pieces that are not in the index.
    """
    return ch.isalnum() or unicodedata.category(ch) in _WORD_CATEGORIES


def fts_query(text: str) -> str | None:
    """An FTS5 query matching every word of ``text`` as a prefix (word forms vary)."""
    text = fold(unicodedata.normalize("NFC", text))  # notes are stored in NFC
    words = "".join(ch if _in_word(ch) else " " for ch in text).split()
    if not words:
        return None
    return " ".join(f'"{w}"*' for w in words)
