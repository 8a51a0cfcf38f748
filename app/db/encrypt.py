"""Encrypting a database made before encryption existed, in place.

SQLCipher's ``sqlcipher_export`` copies schema and rows into a new encrypted file; the
copy is checked (integrity_check, foreign_key_check, the row count of every table, the
full-text index's own check) before it replaces the plain file. No plain copy is left
behind: the plain file and its -wal/-shm go only once the encrypted file is verified
and on disk, and the plain backups made before migrations are encrypted too.
"""

from __future__ import annotations

import contextlib
import logging
from pathlib import Path

from app.db import sqlite as sqlite_store
from app.db.errors import StoreError
from app.db.instance import InstanceError, InstanceLock
from app.db.killpoint import step
from app.db.names import is_plain_database

log = logging.getLogger("app.db")


def _user_tables(conn: sqlite_store.Connection) -> list[str]:
    rows = conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "ORDER BY name").fetchall()
    return [str(r[0]) for r in rows]


def _fts5_tables(conn: sqlite_store.Connection) -> list[str]:
    rows = conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' "
        "AND lower(sql) LIKE 'create virtual table%using fts5%'").fetchall()
    return [str(r[0]) for r in rows]


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def table_counts(conn: sqlite_store.Connection) -> dict[str, int]:
    """Rows of every table (full-text indexes and their shadow tables included)."""
    return {t: int(conn.execute(f"SELECT count(*) FROM {_quote(t)}").fetchone()[0])
            for t in _user_tables(conn)}


def fts_problems(conn: sqlite_store.Connection) -> list[str]:
    """FTS5's own check of each full-text index against its content."""
    problems = []
    for table in _fts5_tables(conn):
        q = _quote(table)
        try:
            conn.execute("BEGIN")
            conn.execute(f"INSERT INTO {q}({q}) VALUES ('integrity-check')")
        except sqlite_store.DatabaseError as exc:
            problems.append(f"full-text index {table}: {exc}")
        finally:
            conn.execute("ROLLBACK")
    return problems


def _encrypted_copy(path: Path, key: bytes) -> Path:
    """A verified encrypted copy of the plain file ``path`` beside it (``.encrypting``),
    flushed to disk; ``path`` itself is not changed. StoreError when it cannot be made."""
    tmp = path.with_name(path.name + ".encrypting")
    for leftover in (tmp, Path(f"{tmp}-journal"), Path(f"{tmp}-wal"), Path(f"{tmp}-shm")):
        leftover.unlink(missing_ok=True)
    try:
        src = sqlite_store.connect(path, None, verify=True)
    except sqlite_store.DatabaseError as exc:
        raise StoreError(f"{path}: damaged ({exc}); it is not encrypted until it is "
                         "repaired or restored from a backup") from exc
    try:
        src.isolation_level = None
        busy = src.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        if busy and busy[0]:
            raise StoreError(f"{path}: in use by another program; close it first")
        problems = sqlite_store.integrity_problems(src)
        if problems:
            raise StoreError(f"{path}: damaged ({problems[0]}); it is not encrypted until "
                             "it is repaired or restored from a backup")
        counts = table_counts(src)
        user_version = int(src.execute("PRAGMA user_version").fetchone()[0])
        key_sql = sqlite_store.key_pragma(key).split("=", 1)[1].strip()
        src.execute(f"ATTACH DATABASE ? AS encrypted KEY {key_sql}", (str(tmp),))
        try:
            src.execute("SELECT sqlcipher_export('encrypted')").fetchall()
            src.execute(f"PRAGMA encrypted.user_version = {user_version}")
        finally:
            src.execute("DETACH DATABASE encrypted")
    except sqlite_store.DatabaseError as exc:
        tmp.unlink(missing_ok=True)
        raise StoreError(f"{path}: could not be encrypted ({exc})") from exc
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    finally:
        src.close()
    try:
        out = sqlite_store.connect(tmp, key, verify=True)
        try:
            out.isolation_level = None
            problems = sqlite_store.integrity_problems(out) + fts_problems(out)
            copied = table_counts(out)
        finally:
            out.close()
        if problems or copied != counts:
            differ = sorted(t for t in set(counts) | set(copied)
                            if counts.get(t) != copied.get(t))
            raise StoreError(f"{path}: the encrypted copy did not verify "
                             f"({(problems or differ)[0]}); the file is left as it was")
        sqlite_store.fsync_file(tmp)
    except sqlite_store.DatabaseError as exc:
        tmp.unlink(missing_ok=True)
        raise StoreError(f"{path}: the encrypted copy did not verify ({exc}); the file "
                         "is left as it was") from exc
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return tmp


def _replace_by_copy(path: Path, tmp: Path) -> None:
    # The plain WAL is empty after the checkpoint; it must go before the encrypted file
    # takes the name, or SQLite would read it as the new file's WAL.
    for side in ("-wal", "-shm"):
        Path(f"{path}{side}").unlink(missing_ok=True)
    tmp.replace(path)


def encrypt_plain_database(path: Path, key: bytes, *, lock_held: bool = False) -> None:
    """Encrypt the unencrypted database at ``path`` in place with ``key``.

    The file must not be open anywhere (the single-instance lock is taken; with
    ``lock_held`` the caller holds it already). Backups made before migrations
    (``<db>.before-*.bak``) are encrypted the same way; those encrypted already (by a
    run that was killed half-way) are left as they are.

    Whoever calls this must have made the key openable first (the key file with a
    user's entry on disk): from the first rename on, the files open only with ``key``.
    """
    path = Path(path)
    if len(key) != sqlite_store.KEY_BYTES:
        raise ValueError("a database key is 32 bytes")
    if not is_plain_database(path):
        raise StoreError(f"{path}: not an unencrypted Infoline Desk database")
    try:
        with contextlib.nullcontext() if lock_held else InstanceLock(path):
            # Every copy is made and verified before any file is replaced: a damaged
            # old backup must not leave the database encrypted half-way through a
            # set-up that then fails (and throws its key away).
            files = [path] + [old for old in sorted(
                path.parent.glob(f"{path.name}.before-*.bak"))
                if is_plain_database(old)]
            copies: list[tuple[Path, Path]] = []
            try:
                for plain in files:
                    copies.append((plain, _encrypted_copy(plain, key)))
            except BaseException:
                for _plain, tmp in copies:
                    tmp.unlink(missing_ok=True)
                raise
            step("encrypt.copied")
            # The backups first, the database last: until its rename the database is
            # still the plain file, which a set-up run again takes up where it stopped.
            for plain, tmp in reversed(copies):
                if plain == path:
                    sqlite_store.fsync_dir(path.parent)
                    step("encrypt.before_rename")
                _replace_by_copy(plain, tmp)
            sqlite_store.fsync_dir(path.parent)
            step("encrypt.renamed")
    except InstanceError as exc:
        raise StoreError(str(exc)) from exc
    log.info("an unencrypted database was encrypted in place")
