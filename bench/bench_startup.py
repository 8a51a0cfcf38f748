"""Cold start to a usable intake form (target ≤ 1.5 × a bare PySide6 window's start).

Both are measured the same way: from starting a new Python process to the moment the
window is shown and its events processed, as the process itself reports it (so the
time to shut down is not counted). The app's side is ``app.ui.app.bench_startup(db)``,
which opens the database given, shows the main window and starts a phone contact in the
intake form; it returns the seconds that took after its own module was imported.
Medians of several runs, after one untimed run of each (the operating system's file
cache is warm for both).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common import ROOT, Result, default_db, ensure_db, print_table

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

APP = """
import sys, time
try:
    import app.ui.app as ui
except ModuleNotFoundError:
    ui = None
bench = getattr(ui, "bench_startup", None)
if bench is None:
    print("no-ui")
    raise SystemExit(0)
t = time.time()
elapsed = bench(sys.argv[1])
print(repr(t + elapsed))
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


def _start(code: str, args: list[str], env: dict[str, str]) -> float | str:
    """Seconds from process start to the window shown, or the child's one-word answer."""
    t0 = time.time()
    proc = subprocess.run(
        [sys.executable, "-c", code, *args], env=env, cwd=ROOT, capture_output=True,
        text=True, timeout=300, check=False,
    )
    out = proc.stdout.strip().splitlines()
    if proc.returncode != 0 or not out:
        tail = (proc.stderr.strip().splitlines() or ["no output"])[-1]
        raise RuntimeError(f"exit {proc.returncode}: {tail}")
    if out[-1] == "no-ui":
        return "no-ui"
    return float(out[-1]) - t0


def run(path: Path) -> list[Result]:
    with tempfile.TemporaryDirectory(prefix="infoline-bench-") as tmp:
        env = _env(Path(tmp))
        bare: list[float] = []
        app: list[float] = []
        try:
            for i in range(RUNS + 1):
                b = _start(BARE, [], env)
                a = _start(APP, [str(path)], env)
                if a == "no-ui":
                    return [Result("cold start to intake form", None, None, "skipped (no UI)")]
                if i > 0:  # the first run of each only warms the file cache
                    assert isinstance(a, float)
                    assert isinstance(b, float)
                    bare.append(b)
                    app.append(a)
        except (RuntimeError, subprocess.TimeoutExpired) as exc:
            return [Result("cold start to intake form", None, None, f"failed: {exc}")]
    base = statistics.median(bare)
    return [
        Result("bare PySide6 window start (reference)", base),
        Result("cold start to intake form", statistics.median(app), FACTOR * base,
               f"{statistics.median(app) / base:.2f} × bare"),
    ]


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--contacts", type=int, default=1_000_000)
    parser.add_argument("--db", type=Path)
    args = parser.parse_args()
    print_table(run(ensure_db(args.db or default_db(args.contacts), args.contacts)))
