"""Where and by whom a database file may be opened: on a local disk, by one window.

SQLite's locking is unreliable on network file systems (its own documentation says so),
and a second window writing to the same file would only meet "database is locked".
Both are refused up front, with a message that says what is going on.
"""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path
from typing import IO

log = logging.getLogger("app.db")

NETWORK_FS_TYPES = frozenset({
    "nfs", "nfs4", "cifs", "smb", "smb2", "smb3", "smbfs", "ncpfs", "afs", "coda",
    "ceph", "glusterfs", "lustre", "9p", "davfs", "fuse.davfs2", "fuse.sshfs", "sshfs",
    "fuse.rclone", "fuse.glusterfs", "fuse.cephfs",
})


class InstanceError(Exception):
    """The file is open in another window, or may not be opened here."""


class LockHeldError(InstanceError):
    """Another process holds the lock. ``holder`` is what holds it: ``window`` (the
    app), or the name of a writing command (``import-csv``, ``import``...); None when
    unknown. Opening the store turns it into :class:`app.db.errors.AlreadyOpenError`,
    the one the rest of the app catches."""

    def __init__(self, path: Path, pid: int | None, holder: str | None = None):
        self.path = path
        self.pid = pid
        self.holder = holder
        process = f"process {pid}" if pid else ""
        if holder and holder != WINDOW:
            who = f" ({process})" if process else ""
            super().__init__(f"{path}: busy: the command 'infoline {holder}'{who} is "
                             "writing to it; try again when it has finished")
        else:
            who = f" ({process})" if process else ""
            super().__init__(f"{path}: already open in another Infoline Desk window{who}; "
                             "switch to that window, or close it first")


WINDOW = "window"
"""The holder named in the lock file by the app's window."""

_this_process = {"holder": WINDOW}


def name_this_process(holder: str) -> None:
    """Name what this process is (a command's name: ``import-csv``) for the lock files
    it takes, so the next one to find the database busy reads with what."""
    _this_process["holder"] = holder or WINDOW


def busy_message(db_path: Path) -> str:
    """The words for a database another process is writing to ("database is locked"):
    busy, not damaged, and with what, as far as the lock file tells."""
    pid, holder = read_holder(db_path)
    process = f"process {pid}" if pid else ""
    if holder and holder != WINDOW:
        who = f"the command 'infoline {holder}'" + (f" ({process})" if process else "")
        return (f"{db_path}: busy: {who} is writing to it; nothing is wrong with the "
                "database; try again when it has finished")
    if holder == WINDOW:
        who = "an Infoline Desk window" + (f" ({process})" if process else "")
    else:
        who = "another program"
    return (f"{db_path}: busy: {who} is writing to it; nothing is wrong with the "
            "database; try again in a moment")


class NetworkShareError(InstanceError):
    def __init__(self, path: Path, where: str):
        self.path = path
        super().__init__(f"{path}: the database is on a network share ({where}); keep it "
                         "on this computer's own disk, where SQLite can protect it")


def lock_path_for(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".lock")


def _unescape_mount(field: str) -> str:
    r"""/proc/mounts writes space, tab, newline and backslash as \040, \011, \012, \134."""
    out, i = [], 0
    while i < len(field):
        if field[i] == "\\" and i + 3 < len(field) and field[i + 1:i + 4].isdigit():
            out.append(chr(int(field[i + 1:i + 4], 8)))
            i += 4
        else:
            out.append(field[i])
            i += 1
    return "".join(out)


def mount_type(path: Path, mounts: str) -> tuple[str, str] | None:
    """The (mount point, file system type) holding ``path``, from /proc/mounts text."""
    best: tuple[str, str] | None = None
    target = str(path)
    for line in mounts.splitlines():
        fields = line.split()
        if len(fields) < 3:
            continue
        point, fstype = _unescape_mount(fields[1]), fields[2]
        inside = target == point or target.startswith(point.rstrip("/") + "/")
        if inside and (best is None or len(point) >= len(best[0])):
            best = (point, fstype)
    return best


def _existing_ancestor(path: Path) -> Path:
    path = path.absolute()
    while not path.exists() and path.parent != path:
        path = path.parent
    return path.resolve()


def network_location(path: Path, *, mounts: str | None = None,
                     platform: str | None = None) -> str | None:
    """A description of the network share ``path`` is on, or None for a local disk.

    ``mounts`` (the text of /proc/mounts) and ``platform`` are for tests.
    """
    platform = platform or sys.platform
    text = str(path)
    if platform == "win32":
        if text.startswith(("\\\\", "//")) and not text.startswith(("\\\\?\\", "\\\\.\\")):
            return "a UNC path"
        if text.startswith("\\\\?\\UNC\\"):
            return "a UNC path"
        if mounts is None:
            return _windows_remote_drive(path)
        return None
    if mounts is None:
        if not platform.startswith("linux"):
            return None
        try:
            mounts = Path("/proc/self/mounts").read_text(encoding="utf-8", errors="replace")
        except OSError:
            return None
        path = _existing_ancestor(path)
    found = mount_type(path, mounts)
    if found is None:
        return None
    point, fstype = found
    if fstype in NETWORK_FS_TYPES or fstype.split(".")[0] in {"nfs", "cifs", "smb3"}:
        return f"{fstype} at {point}"
    return None


def _windows_remote_drive(path: Path) -> str | None:  # pragma: no cover - Windows only
    import ctypes

    drive = os.path.splitdrive(str(path.absolute()))[0]
    if not drive:
        return None
    drive_remote = 4
    kind = ctypes.windll.kernel32.GetDriveTypeW(drive + "\\")  # type: ignore[attr-defined]
    return f"network drive {drive}" if kind == drive_remote else None


def refuse_network_share(path: Path) -> None:
    where = network_location(path)
    if where is not None:
        raise NetworkShareError(path, where)


def read_holder(db_path: Path) -> tuple[int | None, str | None]:
    """The process id and holder (``window`` or a command's name) the lock file of
    ``db_path`` names; (None, None) when none. It may be out of date: the OS lock, not
    the file's text, says whether anyone holds it."""
    try:
        with lock_path_for(db_path).open("rb") as f:
            return _parse_holder(f.read(200))
    except OSError:
        return None, None


def _parse_holder(raw: bytes) -> tuple[int | None, str | None]:
    pid_text, _sep, holder = raw.decode("ascii", "replace").strip().partition(" ")
    holder = "".join(ch for ch in holder.strip() if ch.isalnum() or ch in "-_ ")[:60]
    return (int(pid_text) if pid_text.isdigit() else None), (holder or None)


def disk_full_message(path: Path, exc: BaseException | None = None) -> str:
    """The words for a write the disk would not take ("database or disk is full",
    "disk I/O error", ENOSPC): the disk named by the folder of the file the error names,
    else of ``path``. The database rolled its transaction back: nothing was changed."""
    orig = getattr(exc, "orig", None) or exc
    named = getattr(orig, "filename", None)
    where = Path(os.fsdecode(named)) if named else Path(path)
    # A database error: its transaction was rolled back. A file's: it is not finished.
    outcome = "the file was not finished" if isinstance(orig, OSError) else \
        "nothing was changed"
    return (f"{where}: the disk holding {where.absolute().parent} is full (or would not "
            f"take the write); {outcome}; free some space and try again")


class RestoringError(InstanceError):
    """A restore is replacing the database, or (seen by the restore) a reading command
    has it open."""


class ReaderLock:
    """A shared lock (POSIX ``lockf`` on the first byte of ``<db>.lock``, apart from the
    window's ``flock`` on the whole file) held while a reading command has the database
    open. A restore takes it exclusively, so it neither replaces a file a command is
    reading (and recording its login in) nor lets one open it half-way. Windows has no
    shared locks: there this is a no-op, and a restore only waits for writers.
    """

    def __init__(self, db_path: Path):
        self.db_path = db_path
        self._fd: int | None = None

    def acquire(self) -> None:
        if os.name != "posix" or self._fd is not None:
            return
        try:
            fd = os.open(lock_path_for(self.db_path), os.O_RDWR | os.O_CREAT, 0o600)
        except OSError:  # a read-only folder: nothing can replace the file there either
            return
        try:
            fcntl.lockf(fd, fcntl.LOCK_SH | fcntl.LOCK_NB, 1, 0)
        except OSError:
            os.close(fd)
            raise RestoringError(f"{self.db_path}: busy: a restore is replacing the "
                                 "database; try again in a moment") from None
        self._fd = fd

    def release(self) -> None:
        fd, self._fd = self._fd, None
        if fd is not None:
            os.close(fd)  # closing drops the lock


class InstanceLock:
    """An OS lock on ``<db>.lock``: held while a window (or a writing command) has the
    database open. The OS drops it when the process ends, however it ends, so a crash
    never leaves a stale lock behind. The file keeps the holder's process id and what
    it is (``window`` or the command's name) for the message the next one sees.
    """

    def __init__(self, db_path: Path, holder: str | None = None):
        self.db_path = db_path
        self.path = lock_path_for(db_path)
        self.holder = holder or _this_process["holder"]
        self._file: IO[bytes] | None = None

    @property
    def held(self) -> bool:
        return self._file is not None

    def acquire(self) -> None:
        if self._file is not None:
            return
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT | getattr(os, "O_BINARY", 0), 0o600)
        f = os.fdopen(fd, "r+b")
        try:
            _lock(f)
        except OSError:
            f.seek(0)
            pid, holder = _parse_holder(f.read(200))
            f.close()
            raise LockHeldError(self.db_path, pid, holder) from None
        f.seek(0)
        f.truncate()
        f.write(f"{os.getpid()} {self.holder}".encode("ascii", "replace"))
        f.flush()
        self._file = f

    def exclude_readers(self) -> None:
        """With this lock held, also shut out reading commands (a restore); raises
        :class:`RestoringError` when one has the database open. POSIX only: the same
        open file keeps both locks, and releasing this one drops both."""
        if os.name != "posix" or self._file is None:
            return
        try:
            fcntl.lockf(self._file.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB, 1, 0)
        except OSError:
            raise RestoringError(f"{self.db_path}: busy: a reading command (check, stats, "
                                 "a report...) has it open; try again when it has "
                                 "finished") from None

    def release(self) -> None:
        f, self._file = self._file, None
        if f is None:
            return
        try:
            f.seek(0)
            f.truncate()
            _unlock(f)
        finally:
            f.close()

    def __enter__(self) -> InstanceLock:
        self.acquire()
        return self

    def __exit__(self, *_exc: object) -> None:
        self.release()


if os.name == "nt":  # pragma: no cover - Windows only
    import msvcrt

    def _lock(f: IO[bytes]) -> None:
        # A lock on a byte far past the pid text, so reading the pid is not blocked.
        f.seek(1 << 20)
        msvcrt.locking(f.fileno(), msvcrt.LK_NBLCK, 1)  # type: ignore[attr-defined]

    def _unlock(f: IO[bytes]) -> None:
        f.seek(1 << 20)
        msvcrt.locking(f.fileno(), msvcrt.LK_UNLCK, 1)  # type: ignore[attr-defined]

else:
    import fcntl

    def _lock(f: IO[bytes]) -> None:
        # flock, not fcntl locks: two opens in one process exclude each other too.
        fcntl.flock(f.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(f: IO[bytes]) -> None:
        fcntl.flock(f.fileno(), fcntl.LOCK_UN)
