"""A small file system of its own, for tests of a full disk: a tmpfs of a few megabytes
mounted under the test's folder (skipped where mounting is not permitted)."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest


@contextmanager
def small_disk(tmp_path: Path, megabytes: int) -> Iterator[Path]:
    point = tmp_path / "disk"
    point.mkdir()
    if os.name != "posix":
        pytest.skip("tmpfs is a Linux file system")
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={megabytes}m", "tmpfs",
                           str(point)], capture_output=True, text=True, check=False)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a small file system here: {done.stderr.strip()}")
    try:
        yield point
    finally:
        subprocess.run(["umount", "-l", str(point)], capture_output=True, check=False)
