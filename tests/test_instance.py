"""One window per database, and never a database on a network share."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from app.db import AlreadyOpenError, StoreError, instance, open_store

ROOT = Path(__file__).resolve().parent.parent


def test_a_second_window_on_the_same_database_is_told_so(tmp_path: Path, db_key: bytes):
    db = tmp_path / "desk.sqlite3"
    first = open_store(db, key=db_key, exclusive=True)
    try:
        with pytest.raises(AlreadyOpenError) as info:
            open_store(db, key=db_key, exclusive=True)
        message = str(info.value)
        assert "already open in another Infoline Desk window" in message
        assert f"(process {os.getpid()})" in message
        assert "database is locked" not in message
        # A reading command may still work alongside.
        reader = open_store(db, key=db_key, create=False)
        try:
            assert reader.check() == []
        finally:
            reader.close()
    finally:
        first.close()
    again = open_store(db, key=db_key, exclusive=True)  # closing let it go
    again.close()


def test_a_window_that_dies_leaves_no_stale_lock(tmp_path: Path, db_key: bytes):
    db = tmp_path / "desk.sqlite3"
    open_store(db, key=db_key).close()
    child = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(f"""
            import sys, time
            sys.path.insert(0, {str(ROOT)!r})
            from app.db import open_store
            store = open_store({str(db)!r}, key=bytes.fromhex({db_key.hex()!r}),
                               exclusive=True)
            print("open", flush=True)
            time.sleep(60)
        """)],
        stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "open"
        with pytest.raises(AlreadyOpenError, match=f"process {child.pid}"):
            open_store(db, key=db_key, exclusive=True)
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait()
        if child.stdout is not None:
            child.stdout.close()
    store = open_store(db, key=db_key, exclusive=True, create=False)
    store.close()


def test_a_failed_open_lets_the_lock_go(tmp_path: Path, db_key: bytes):
    db = tmp_path / "desk.sqlite3"
    open_store(db, key=db_key).close()
    with pytest.raises(StoreError):
        open_store(db, key=os.urandom(32), exclusive=True, create=False)
    open_store(db, key=db_key, exclusive=True, create=False).close()


MOUNTS = """\
/dev/sda2 / ext4 rw,relatime 0 0
proc /proc proc rw 0 0
server:/export/home /home/shared nfs4 rw,relatime 0 0
//nas/office /mnt/office\\040docs cifs rw 0 0
/dev/sdb1 /mnt/office\\040docs/local ext4 rw 0 0
tmpfs /tmp tmpfs rw 0 0
"""


@pytest.mark.parametrize(("path", "expected"), [
    ("/home/anna/infoline.sqlite3", None),
    ("/home/shared/infoline.sqlite3", "nfs4 at /home/shared"),
    ("/home/sharedx/infoline.sqlite3", None),
    ("/mnt/office docs/desk/infoline.sqlite3", "cifs at /mnt/office docs"),
    ("/mnt/office docs/local/infoline.sqlite3", None),
    ("/tmp/infoline.sqlite3", None),
])
def test_network_file_systems_are_recognised_on_linux(path: str, expected: str | None):
    assert instance.network_location(Path(path), mounts=MOUNTS, platform="linux") == expected


@pytest.mark.parametrize(("path", "remote"), [
    ("\\\\server\\share\\infoline.sqlite3", True),
    ("//server/share/infoline.sqlite3", True),
    ("\\\\?\\UNC\\server\\share\\infoline.sqlite3", True),
    ("\\\\?\\C:\\Users\\anna\\infoline.sqlite3", False),
    ("C:\\Users\\anna\\infoline.sqlite3", False),
])
def test_unc_paths_are_recognised_on_windows(path: str, remote: bool):
    found = instance.network_location(Path(path), mounts="", platform="win32")
    assert (found is not None) == remote


def test_a_database_on_a_network_share_is_refused(tmp_path: Path, monkeypatch,
                                                  db_key: bytes):
    monkeypatch.setattr(instance, "network_location", lambda _p: "nfs4 at /home/shared")
    db = tmp_path / "desk.sqlite3"
    with pytest.raises(StoreError, match="network share"):
        open_store(db, key=db_key)
    assert not db.exists()


def test_the_local_test_folder_is_not_a_network_share(tmp_path: Path):
    assert instance.network_location(tmp_path / "desk.sqlite3") is None
