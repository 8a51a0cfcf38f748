"""Backups: consistent copies through the SQLite (SQLCipher) backup API, rotated.

A backup is never a copy of the live file: the backup API reads a consistent snapshot
while the app keeps working. It is encrypted with the same key as the database, and the
key file is copied beside it (``<backup>.keys``), so a backup taken off the computer can
be opened with a user's password, or with the recovery code, once the computer is gone.

Automatic backups (daily, on exit) go to ``backups/`` beside the database and the
newest N are kept (setting ``backup_keep``, default 10). Backups made by hand and the
copy kept before a restore are never rotated away.

A restore checks the backup first (it opens with the key, integrity_check,
foreign_key_check, the full-text index, a known schema revision) and keeps the current
file as a backup before anything is replaced.
"""

from __future__ import annotations

import errno
import logging
import os
import shutil
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

from app.db import audit_witness
from app.db import sqlite as sqlite_store
from app.db.backup_files import (
    AUTOMATIC,
    SUFFIX,
    BackupFile,
    backup_name,
    folder_for,
    keys_path_for,
    list_backups,
    parse,
)
from app.db.encrypt import fts_problems, table_counts
from app.db.instance import InstanceError, InstanceLock
from app.db.keyring import Keyring
from app.db.killpoint import step
from app.db.leftovers import remove_leftovers
from app.db.names import is_plain_database
from app.db.store import SCHEMA_HEAD, Store

log = logging.getLogger("app.db")

KEEP_SETTING = "backup_keep"
DEFAULT_KEEP = 10
DAILY = timedelta(hours=24)

MAIN_TABLES = ("contact", "caller", "crisis_case", "assistance_case", "app_user",
               "directory_entry", "review", "audit_log")
"""The tables whose rows a restore reports, in this order (those present)."""



class BackupError(Exception):
    """A backup that cannot be made, read or restored; the message is for the user."""


class DestinationError(BackupError):
    """No backup can be written where the user asked (the place is at fault)."""


class CopyError(DestinationError):
    """A backup that cannot be copied to the folder chosen (a USB stick): ``reason`` is
    "gone" (the folder or disk is no longer there), "full" (``needed`` bytes, ``free``
    left) or "unwritable"; nothing is left there under the backup's name."""

    def __init__(self, message: str, reason: str, folder: Path, needed: int = 0,
                 free: int = 0):
        super().__init__(message)
        self.reason = reason
        self.folder = folder
        self.needed = needed
        self.free = free


@dataclass(frozen=True)
class Verified:
    """What a verified backup holds."""

    path: Path
    revision: str
    counts: dict[str, int] = field(default_factory=dict)

    def summary(self) -> str:
        shown = [f"{self.counts[t]} {t}" for t in MAIN_TABLES if t in self.counts]
        return ", ".join(shown)


@dataclass(frozen=True)
class Restored:
    verified: Verified
    previous: Path | None
    """Where the replaced database was kept (None when there was none)."""


def keep_count(store: Store) -> int:
    value = store.setting(KEEP_SETTING, DEFAULT_KEEP)
    try:
        return max(1, int(value))  # type: ignore[call-overload]
    except (TypeError, ValueError):
        return DEFAULT_KEEP


def rotate(folder: Path, keep: int, *, db_name: str | None = None) -> list[Path]:
    """Delete all but the newest ``keep`` automatic backups of each database in
    ``folder`` (only of ``db_name`` when given); returns the deleted files."""
    if keep < 1:
        raise ValueError("keep at least one backup")
    groups: dict[str, list[BackupFile]] = {}
    for p in Path(folder).glob(f"*{SUFFIX}"):
        b = parse(p)
        if b is None or b.reason not in AUTOMATIC or (db_name and b.db_name != db_name):
            continue
        groups.setdefault(b.db_name, []).append(b)
    removed = []
    for backups in groups.values():
        backups.sort(key=lambda b: b.taken_at, reverse=True)
        for old in backups[keep:]:
            for p in (old.path, old.keys_path):
                p.unlink(missing_ok=True)
            removed.append(old.path)
    if removed:
        log.info("rotated away %d old backup(s)", len(removed))
    return removed


def _copy_keys(db_path: Path, target: Path) -> None:
    """The key file beside the backup, written atomically (it is small)."""
    source = Keyring.path_for(db_path)
    if not source.is_file():
        return
    dest = keys_path_for(target)
    tmp = dest.with_name(dest.name + ".part")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0),
                 0o600)
    with os.fdopen(fd, "wb") as f:
        f.write(source.read_bytes())
        f.flush()
        os.fsync(f.fileno())
    tmp.replace(dest)


_WRITE_ERRORS = ("unable to open database file", "disk is full", "readonly",
                 "disk I/O error")
"""SQLite's words for a copy that cannot be written (the destination's fault)."""


def _probe(target: Path) -> None:
    """OSError when no file can be created where the backup goes (``/proc``, a folder
    without write permission, a read-only medium): said before SQLite, which would only
    say "unable to open database file" and leave it unclear which file."""
    probe = target.with_name(target.name + ".part")
    fd = os.open(probe, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0),
                 0o600)
    os.close(fd)
    probe.unlink()


def _backup(db_path: Path, target: Path, key: bytes | None) -> None:
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        _probe(target)
    except OSError as exc:
        raise DestinationError(f"{target}: the backup cannot be written to {target.parent} "
                          f"({exc.strerror or exc}); choose another place") from exc
    try:
        # The key file first: a kill between the two leaves no backup under the name
        # (the same command can run again), never a backup without its key file.
        _copy_keys(db_path, target)
        step("backup.keys_copied")
        try:
            sqlite_store.backup_file(db_path, target, key)
        except BaseException:
            keys_path_for(target).unlink(missing_ok=True)
            raise
    except sqlite_store.DatabaseError as exc:
        if any(words in str(exc) for words in _WRITE_ERRORS):
            raise BackupError(f"{target}: the backup could not be written ({exc}); the "
                              "database itself is unharmed") from exc
        raise BackupError(f"{db_path}: the backup could not be made ({exc})") from exc
    except OSError as exc:
        raise BackupError(f"{target}: the backup could not be written "
                          f"({exc.strerror or exc})") from exc


def make_backup(store: Store, reason: str = "manual", *, out: Path | None = None,
                now: datetime | None = None) -> Path:
    """Back up the open ``store`` (to ``out``, or to the backups folder); returns the
    file. Automatic backups then rotate. The key file goes beside it as ``.keys``."""
    when = now or datetime.now(UTC)
    if out is None:
        folder = folder_for(store.path)
        target = folder / backup_name(store.path, when, reason)
        while target.exists():  # two in the same microsecond (tests)
            when += timedelta(microseconds=1)
            target = folder / backup_name(store.path, when, reason)
    else:
        target = Path(out)
    audit_witness.record_store(store)  # the key file beside the backup carries the head
    _backup(store.path, target, store.key)
    log.info("backup made (%s)", reason)
    if out is None and reason in AUTOMATIC:
        rotate(target.parent, keep_count(store), db_name=store.path.name)
    return target


def due_daily(store: Store, now: datetime | None = None) -> bool:
    """Whether no backup of ``store`` was made in the last 24 hours."""
    now = now or datetime.now(UTC)
    newest = list_backups(store.path)
    return not newest or now - newest[0].taken_at >= DAILY


def verify_backup(path: Path, key: bytes | None) -> Verified:
    """Check that ``path`` is a sound backup that ``key`` opens; :class:`BackupError`
    saying what is wrong otherwise. Nothing is written to the file."""
    from app.db.store import _known_revisions

    path = Path(path)
    if not path.is_file():
        raise BackupError(f"{path}: no such file")
    try:
        conn = sqlite_store.connect(path, key, verify=True)
    except sqlite_store.DatabaseError as exc:
        if key is not None and is_plain_database(path):
            raise BackupError(f"{path}: an unencrypted file; this database's backups are "
                              "encrypted") from exc
        raise BackupError(f"{path}: wrong key or not an Infoline Desk backup") from exc
    try:
        conn.isolation_level = None
        try:
            problems = sqlite_store.integrity_problems(conn)
            if not problems:
                problems = fts_problems(conn)
            if problems:
                raise BackupError(f"{path}: the backup is damaged ({problems[0]})")
            row = conn.execute(
                "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'"
            ).fetchone()
            rev = conn.execute("SELECT version_num FROM alembic_version").fetchone() \
                if row else None
            counts = table_counts(conn)
        except sqlite_store.DatabaseError as exc:
            raise BackupError(f"{path}: the backup is damaged ({exc})") from exc
    finally:
        conn.close()
    if rev is None:
        raise BackupError(f"{path}: not an Infoline Desk backup (no schema revision)")
    revision = str(rev[0])
    if revision != SCHEMA_HEAD and revision not in _known_revisions():
        raise BackupError(f"{path}: made by a newer version of Infoline Desk (schema "
                          f"{revision}); update the app to restore it")
    return Verified(path, revision, counts)


def restore(db_path: Path, backup_path: Path, key: bytes | None) -> Restored:
    """Replace the database at ``db_path`` by the backup, after verifying it.

    The database must not be open anywhere (the single-instance lock is taken). The
    current file is kept first as a ``before-restore`` backup: through the backup API
    when it can still be read, otherwise (a damaged file) moved aside as it is.
    """
    db_path, backup_path = Path(db_path), Path(backup_path)
    if backup_path.resolve() == db_path.resolve():
        raise BackupError(f"{backup_path}: that is the database itself")
    verified = verify_backup(backup_path, key)
    try:
        lock = InstanceLock(db_path)
        lock.acquire()
        try:
            lock.exclude_readers()  # nor while a command reads it
        except InstanceError:
            lock.release()
            raise
    except InstanceError as exc:
        raise BackupError(f"{exc}; nothing was restored") from exc
    try:
        remove_leftovers(db_path)
        previous = _keep_current(db_path, key)
        step("restore.kept")
        tmp = db_path.with_name(db_path.name + ".restoring")
        try:
            sqlite_store.backup_file(backup_path, tmp, key, killpoint="restore.copying")
        except (sqlite_store.DatabaseError, OSError) as exc:
            tmp.unlink(missing_ok=True)
            raise BackupError(f"{db_path}: the backup could not be copied ({exc}); the "
                              "database was not changed") from exc
        step("restore.before_rename")
        # The old file's WAL must not be read as the restored file's.
        for side in ("-wal", "-shm"):
            Path(f"{db_path}{side}").unlink(missing_ok=True)
        tmp.replace(db_path)
        sqlite_store.fsync_dir(db_path.parent)
        audit_witness.after_restore(db_path, key)
    finally:
        lock.release()
    log.info("database restored from a backup (schema %s)", verified.revision)
    return Restored(verified, previous)


def _keep_current(db_path: Path, key: bytes | None) -> Path | None:
    if not db_path.exists() or db_path.stat().st_size == 0:
        return None
    folder = folder_for(db_path)
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / backup_name(db_path, datetime.now(UTC), "before-restore")
    try:
        sqlite_store.backup_file(db_path, target, key, killpoint="restore.keeping")
        _copy_keys(db_path, target)
        return target
    except (sqlite_store.DatabaseError, OSError) as exc:
        log.warning("the current database could not be backed up (%s); moving it aside",
                    type(exc).__name__)
        Path(f"{target}.part").unlink(missing_ok=True)
    target = target.with_name(target.name.replace(".before-restore", ".damaged"))
    try:
        db_path.replace(target)
        wal = Path(f"{db_path}-wal")
        if wal.exists():
            wal.replace(Path(f"{target}-wal"))
        _copy_keys(db_path, target)
    except OSError as exc:
        raise BackupError(f"{db_path}: the current file could not be kept aside "
                          f"({exc.strerror}); nothing was restored") from exc
    return target


def _copy_file(source: Path, dest: Path) -> None:
    """``source`` to ``dest`` through ``dest.part``: flushed, then renamed over, so a
    disk pulled out or a kill leaves a ``.part`` at most, never a short file under the
    name."""
    tmp = dest.with_name(dest.name + ".part")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0),
                 0o600)
    try:
        with os.fdopen(fd, "wb") as out, source.open("rb") as src:
            while chunk := src.read(1 << 20):
                out.write(chunk)
            out.flush()
            os.fsync(out.fileno())
        tmp.replace(dest)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    try:  # the rename itself on the disk, where the platform can
        dir_fd = os.open(dest.parent, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(dir_fd)
    except OSError:
        pass
    finally:
        os.close(dir_fd)


def copy_backup(backup: Path, folder: Path) -> Path:
    """A copy of ``backup`` and its key file (``.keys``) in ``folder`` (a USB stick),
    each written atomically, the key file first as :func:`make_backup` does; returns the
    copy. :class:`CopyError` when the folder is gone, full or not writable; a copy
    already there under the same name is replaced only by a whole new one."""
    backup = Path(backup)
    folder = Path(folder)
    keys = keys_path_for(backup)
    if not backup.is_file():
        raise BackupError(f"{backup}: this backup is no longer there")
    if not folder.is_dir():
        raise CopyError(f"{folder}: the folder is no longer there (was the disk removed?)",
                        "gone", folder)
    needed = backup.stat().st_size + (keys.stat().st_size if keys.is_file() else 0)
    try:
        free = shutil.disk_usage(folder).free
    except OSError as exc:
        raise CopyError(f"{folder}: the folder cannot be read ({exc.strerror or exc})",
                        "gone", folder) from exc
    if free < needed:
        raise CopyError(f"{folder}: not enough space ({needed} bytes needed, {free} free)",
                        "full", folder, needed, free)
    target = folder / backup.name
    target_keys = keys_path_for(target)
    try:
        if keys.is_file():
            _copy_file(keys, target_keys)
        _copy_file(backup, target)
    except OSError as exc:
        if not target.exists():  # no key file without its backup
            target_keys.unlink(missing_ok=True)
        if exc.errno == errno.ENOSPC:
            raise CopyError(f"{folder}: the disk is full", "full", folder, needed,
                            0) from exc
        if not folder.is_dir() or exc.errno in (errno.ENOENT, errno.ENODEV, errno.EIO):
            raise CopyError(f"{folder}: the disk was removed or failed during the copy "
                            f"({exc.strerror or exc})", "gone", folder) from exc
        raise CopyError(f"{folder}: the copy cannot be written there "
                        f"({exc.strerror or exc})", "unwritable", folder) from exc
    log.info("backup copied to another folder")
    return target
