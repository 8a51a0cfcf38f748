"""Cold start of the frozen package (target: the login screen ≤ 1.5 × a bare frozen
PySide6 window built the same way).

Builds two small programs with packaging/infoline.spec (PyInstaller onedir, the same
exclusions, plugins, data and filters as the release; ``INFOLINE_BENCH_ENTRY`` names
the script): one that shows the app's login screen (app.tools.bench.bench_login_screen, as
bench_startup.py does from source) and one that shows a bare PySide6 window. Each
program prints the time when its window is shown; the start is taken just before the
process is started. Medians of several runs after one untimed run of each (warm file
cache). Not part of run_all.py: the two builds take minutes.

    python3 bench/bench_frozen.py                 # build both, then measure
    python3 bench/bench_frozen.py --reuse         # measure the builds left in build/
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

from common import ROOT, Result, print_table

RUNS = 5
FACTOR = 1.5
OUT = ROOT / "build" / "bench-frozen"

PROBES = {
    "probe_bare": """
import time
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication([])
w = QWidget()
w.resize(1000, 700)
w.show()
app.processEvents()
print(repr(time.time()))
""",
    "probe_login": """
import sys, time
import app.tools.bench as bench
t = time.time()
elapsed = bench.bench_login_screen(sys.argv[1])
print(repr(t + elapsed))
""",
}


def build(name: str) -> Path:
    """The frozen probe ``name`` under build/bench-frozen/dist/<name>/<name>."""
    src = OUT / "src" / f"{name}.py"
    src.parent.mkdir(parents=True, exist_ok=True)
    src.write_text(PROBES[name], encoding="utf-8")
    env = dict(os.environ, INFOLINE_BENCH_ENTRY=str(src))
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
                    "--distpath", str(OUT / "dist"), "--workpath", str(OUT / "work" / name),
                    str(ROOT / "packaging" / "infoline.spec")], check=True, env=env, cwd=ROOT)
    return program(name)


def program(name: str) -> Path:
    return OUT / "dist" / name / (name + (".exe" if sys.platform == "win32" else ""))


def _start(exe: Path, args: list[str], env: dict[str, str]) -> float:
    t0 = time.time()
    proc = subprocess.run([str(exe), *args], env=env, capture_output=True, text=True,
                          timeout=300, check=False)
    out = proc.stdout.strip().splitlines()
    if proc.returncode != 0 or not out:
        tail = (proc.stderr.strip().splitlines() or ["no output"])[-1]
        raise RuntimeError(f"{exe.name}: exit {proc.returncode}: {tail}")
    return float(out[-1]) - t0


def run(reuse: bool, runs: int = RUNS) -> list[Result]:
    exes = {name: (program(name) if reuse and program(name).exists() else build(name))
            for name in PROBES}
    with tempfile.TemporaryDirectory(prefix="infoline-bench-") as tmp:
        env = dict(os.environ)
        if not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"):
            env["QT_QPA_PLATFORM"] = "offscreen"
        env["INFOLINE_DATA_DIR"] = str(Path(tmp) / "data")
        env["XDG_CONFIG_HOME"] = str(Path(tmp) / "config")
        db = Path(tmp) / "data" / "infoline.sqlite3"  # the login screen of a new install
        times: dict[str, list[float]] = {name: [] for name in PROBES}
        try:
            for i in range(runs + 1):
                for name, exe in exes.items():
                    t = _start(exe, [str(db)] if name == "probe_login" else [], env)
                    if i > 0:  # the first run of each only warms the file cache
                        times[name].append(t)
        except (RuntimeError, subprocess.TimeoutExpired) as exc:
            return [Result("frozen cold start to the login screen", None, None,
                           f"failed: {exc}")]
    base = statistics.median(times["probe_bare"])
    login = statistics.median(times["probe_login"])
    return [
        Result("frozen bare PySide6 window start (reference)", base),
        Result("frozen cold start to the login screen", login, FACTOR * base,
               f"{login / base:.2f} × bare"),
    ]


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reuse", action="store_true",
                        help="measure the probes already built in build/bench-frozen")
    parser.add_argument("--runs", type=int, default=RUNS, help="timed runs of each")
    args = parser.parse_args()
    print_table(run(args.reuse, args.runs))
