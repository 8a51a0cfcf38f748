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


class AlreadyOpenError(InstanceError):
    def __init__(self, path: Path, pid: int | None):
        self.path = path
        self.pid = pid
        who = f" (process {pid})" if pid else ""
        super().__init__(f"{path}: already open in another Infoline Desk window{who}; "
                         "switch to that window, or close it first")


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


class InstanceLock:
    """An OS lock on ``<db>.lock``: held while a window (or a writing command) has the
    database open. The OS drops it when the process ends, however it ends, so a crash
    never leaves a stale lock behind. The file keeps the holder's process id for the
    message the next one sees.
    """

    def __init__(self, db_path: Path):
        self.db_path = db_path
        self.path = lock_path_for(db_path)
        self._file: IO[bytes] | None = None

    @property
    def held(self) -> bool:
        return self._file is not None

    def acquire(self) -> None:
        if self._file is not None:
            return
        f = self.path.open("a+b")
        try:
            _lock(f)
        except OSError:
            f.seek(0)
            raw = f.read(32).decode("ascii", "replace").strip()
            f.close()
            raise AlreadyOpenError(self.db_path, int(raw) if raw.isdigit() else None) from None
        f.seek(0)
        f.truncate()
        f.write(str(os.getpid()).encode("ascii"))
        f.flush()
        self._file = f

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
