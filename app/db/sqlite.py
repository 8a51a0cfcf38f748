"""SQLite-specific pieces: the SQLCipher driver and its key, connection pragmas,
transactional BEGIN, online backup.

Kept in one module so an office can later point the app at PostgreSQL.

Every connection goes through SQLCipher (the sqlcipher3 driver). With a key the file
is encrypted page by page (AES-256, HMAC per page), its WAL and every backup made
through it too; without a key SQLCipher behaves as plain SQLite, which only the
migration of old unencrypted files and some tests use.
"""

from __future__ import annotations

import contextlib
import os
import unicodedata
from pathlib import Path
from typing import TYPE_CHECKING, Any

import sqlcipher3.dbapi2 as dbapi

from app.db.killpoint import step

BUSY_TIMEOUT_MS = 10_000
KEY_BYTES = 32

DatabaseError = dbapi.DatabaseError

if TYPE_CHECKING:
    # sqlcipher3 ships no type information; its connection is the standard module's,
    # built against SQLCipher.
    from sqlite3 import Connection

    from sqlalchemy.engine import Engine
else:
    Connection = dbapi.Connection


def key_pragma(key: bytes) -> str:
    """``PRAGMA key`` with a raw 256-bit key: SQLCipher uses it as is, no PBKDF2 (the
    key is random; the password stretching happens in app.db.keyring)."""
    if len(key) != KEY_BYTES:
        raise ValueError("a database key is 32 bytes")
    return f"PRAGMA key = \"x'{key.hex()}'\""


def connect(path: Path | str, key: bytes | None, *, check_same_thread: bool = True,
            verify: bool = False) -> Connection:
    """A driver connection to ``path``, keyed before anything else touches the file.

    ``verify`` reads the schema at once, so a wrong key fails here with
    :class:`DatabaseError` ("file is not a database") instead of at the first query.
    """
    create_private(Path(path))
    conn = dbapi.connect(str(path), check_same_thread=check_same_thread)
    try:
        if key is not None:
            conn.execute(key_pragma(key))
        # Temporary tables and sort files in memory: a temp file on disk would hold
        # plain text (SQLCipher encrypts temp files too, but memory is simpler to trust).
        conn.execute("PRAGMA temp_store = MEMORY")
        # Deleted and overwritten content is zeroed, not left in free space: an erased
        # person's words must not stay readable in the file (app/services/erasure/service.py).
        conn.execute("PRAGMA secure_delete = ON")
        if verify:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except BaseException:
        conn.close()
        raise
    return conn


_BUSY_CODES = frozenset({5, 6})  # SQLITE_BUSY, SQLITE_LOCKED (and their extended codes)
_BUSY_WORDS = ("database is locked", "database table is locked", "database is busy")


def is_busy(exc: BaseException) -> bool:
    """Whether ``exc`` (the driver's error, or SQLAlchemy's wrapping it) says another
    connection is writing: the file is busy, not damaged."""
    orig = getattr(exc, "orig", None) or exc
    if not isinstance(orig, dbapi.OperationalError):
        return False
    code = getattr(orig, "sqlite_errorcode", None)
    if isinstance(code, int) and code & 0xFF in _BUSY_CODES:
        return True
    return str(orig).startswith(_BUSY_WORDS)


_FULL_CODES = frozenset({13, 10})  # SQLITE_FULL, SQLITE_IOERR
_FULL_WORDS = ("database or disk is full", "disk I/O error")


def is_disk_full(exc: BaseException) -> bool:
    """Whether ``exc`` says the disk is full or would not take a write (SQLite reports a
    full disk as SQLITE_FULL, or as SQLITE_IOERR when the WAL or journal cannot grow)."""
    orig = getattr(exc, "orig", None) or exc
    if isinstance(orig, OSError):
        import errno

        return orig.errno in (errno.ENOSPC, errno.EDQUOT, errno.EIO)
    if not isinstance(orig, dbapi.DatabaseError):
        return False
    code = getattr(orig, "sqlite_errorcode", None)
    if isinstance(code, int) and code & 0xFF in _FULL_CODES:
        return True
    return str(orig).startswith(_FULL_WORDS)


PRIVATE_MODE = 0o600
"""Databases, their WAL and shared-memory files and backups: the owner's only, like the
key file (POSIX; on Windows the user's folder keeps others out)."""


def create_private(path: Path) -> None:
    """Create ``path`` empty and readable by its owner only, unless it exists: SQLite
    then writes the new database into it, and gives its ``-wal`` and ``-shm`` files the
    same mode."""
    if os.name != "posix" or str(path) == ":memory:" or path.exists():
        return
    # Made meanwhile, or no folder: SQLite says so itself.
    with contextlib.suppress(OSError):
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_MODE))


def make_private(path: Path) -> None:
    """Take group and others' access away from the database at ``path`` and its WAL and
    shared-memory files (files of older versions were 0644)."""
    if os.name != "posix":
        return
    for p in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        try:
            if p.stat().st_mode & 0o077:
                p.chmod(PRIVATE_MODE)
        except OSError:  # absent, or not ours to change: nothing to take away here
            pass


# SQLCipher writes its own errors (a wrong key's failed HMAC check) to stderr; the app
# reports them itself, in words.
_quiet = dbapi.connect(":memory:")
_quiet.execute("PRAGMA cipher_log_level = NONE")
_quiet.close()


def configure(engine: Engine) -> None:
    """WAL, synchronous=FULL, foreign keys, busy timeout, real transactions.

    Python's sqlite3 driver in its default mode issues BEGIN lazily and breaks
    transactional DDL and SAVEPOINTs; autocommit at the driver level plus an explicit
    BEGIN from SQLAlchemy's ``begin`` event gives real transactions (SQLAlchemy's
    documented pysqlite recipe).
    """
    from sqlalchemy import event

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Connection, _record: Any) -> None:
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


def fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_dir(folder: Path) -> None:
    """Make a rename in ``folder`` durable (POSIX; Windows has no directory handles)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def backup_file(source: Path, target: Path, key: bytes | None = None, *,
                killpoint: str = "backup.copying") -> None:
    """A consistent copy of a live database through SQLite's online backup API.

    With ``key`` both files are encrypted with it: SQLCipher copies the pages without
    ever writing them in plain text. The copy is written beside the target, flushed to
    disk and renamed, so ``target`` is either absent or complete (a kill leaves
    ``<target>.part``, which the next start removes: app/db/leftovers.py).
    ``killpoint``: this copy's step for the kill tests (app/db/killpoint.py).
    """
    tmp = target.with_name(target.name + ".part")
    for leftover in (tmp, Path(f"{tmp}-journal")):
        leftover.unlink(missing_ok=True)
    src = connect(source, key, verify=True)
    try:
        dst = connect(tmp, key)
        try:
            src.backup(dst)
            step(killpoint)  # the copy written, not yet flushed or renamed
        finally:
            dst.close()
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    finally:
        src.close()
    fsync_file(tmp)
    tmp.replace(target)
    fsync_dir(target.parent)


def integrity_problems(dbapi_conn: Connection) -> list[str]:
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
