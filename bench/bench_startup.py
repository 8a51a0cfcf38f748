"""Cold start (target: the first usable screen ≤ 1.5 × a bare PySide6 window's start).

Every start now begins at the login screen, so the cold start is measured in two parts:

- **process start → login screen ready for typing**, from starting a new Python
  process, as the process itself reports it (imports included), against a bare PySide6
  window measured the same way. This is the comparison the target names.
- **Enter on the login screen → intake form with a running call**, in a new process
  whose modules are already imported (the app loads them in the background while the
  user types the password): argon2id stretching of the password (deliberately slow),
  opening the encrypted database and building the main window. Reported in ms, with
  the argon2id part shown on its own.

Medians of several runs, after one untimed run of each (the operating system's file
cache is warm for both). The app's bytecode is compiled first, as an installed app's
is: with PYTHONDONTWRITEBYTECODE set, a changed module would otherwise be compiled
again in every run and counted as start-up time.
"""

from __future__ import annotations

import argparse
import compileall
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common import (
    BENCH_PASSWORD,
    BENCH_USER,
    ROOT,
    Result,
    default_db,
    ensure_db,
    print_table,
)

RUNS = 5
FACTOR = 1.5

BARE = """
import time
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication([])
w = QWidget()
w.resize(1000, 700)
w.show()
app.processEvents()
print(repr(time.time()))
"""

LOGIN = """
import sys, time
import app.tools.bench as bench
t = time.time()
elapsed = bench.bench_login_screen(sys.argv[1])
print(repr(t + elapsed))
"""

AFTER_LOGIN = """
import sys
import app.tools.bench as bench
import app.ui.app as ui
for name in ui.HEAVY_MODULES:
    __import__(name)
elapsed, kdf = bench.bench_after_login(sys.argv[1], sys.argv[2], sys.argv[3])
print(repr(elapsed), repr(kdf))
"""


def _env(home: Path) -> dict[str, str]:
    env = dict(os.environ)
    if not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"):
        env["QT_QPA_PLATFORM"] = "offscreen"
    # Never the user's own settings or data.
    env["INFOLINE_DATA_DIR"] = str(home / "data")
    env["XDG_CONFIG_HOME"] = str(home / "config")
    env["XDG_DATA_HOME"] = str(home / "share")
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    return env


def _start(code: str, args: list[str], env: dict[str, str]) -> float:
    """Seconds from process start to the window shown (the child prints when)."""
    t0 = time.time()
    out = _child(code, args, env)
    return float(out[0]) - t0


def _child(code: str, args: list[str], env: dict[str, str]) -> list[str]:
    proc = subprocess.run(
        [sys.executable, "-c", code, *args], env=env, cwd=ROOT, capture_output=True,
        text=True, timeout=300, check=False,
    )
    out = proc.stdout.strip().splitlines()
    if proc.returncode != 0 or not out:
        tail = (proc.stderr.strip().splitlines() or ["no output"])[-1]
        raise RuntimeError(f"exit {proc.returncode}: {tail}")
    return out[-1].split()


def run(path: Path) -> list[Result]:
    compileall.compile_dir(ROOT / "app", quiet=1)
    with tempfile.TemporaryDirectory(prefix="infoline-bench-") as tmp:
        env = _env(Path(tmp))
        bare: list[float] = []
        login: list[float] = []
        after: list[float] = []
        kdf: list[float] = []
        try:
            for i in range(RUNS + 1):
                b = _start(BARE, [], env)
                a = _start(LOGIN, [str(path)], env)
                done, stretch = (float(x) for x in _child(
                    AFTER_LOGIN, [str(path), BENCH_USER, BENCH_PASSWORD], env))
                if i > 0:  # the first run of each only warms the file cache
                    bare.append(b)
                    login.append(a)
                    after.append(done)
                    kdf.append(stretch)
        except (RuntimeError, subprocess.TimeoutExpired) as exc:
            return [Result("cold start to the login screen", None, None, f"failed: {exc}")]
    base = statistics.median(bare)
    first = statistics.median(login)
    return [
        Result("bare PySide6 window start (reference)", base),
        Result("cold start to the login screen", first, FACTOR * base,
               f"{first / base:.2f} × bare"),
        Result("Enter on the login → intake form, running call", statistics.median(after),
               None, f"of which argon2id {statistics.median(kdf) * 1000:.0f} ms"),
    ]


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--contacts", type=int, default=1_000_000)
    parser.add_argument("--db", type=Path)
    args = parser.parse_args()
    print_table(run(ensure_db(args.db or default_db(args.contacts), args.contacts)))
