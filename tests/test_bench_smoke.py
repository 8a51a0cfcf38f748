"""The benchmarks run at a small size: every one finishes and prints its rows.

Times are not checked (they mean nothing at 2,000 contacts on a shared machine); what
is checked is that the suite runs to its table, and that one failing benchmark does not
hide the rows of the others.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench"

ROWS = [
    "save a contact, p95",
    "contact list: first 200 rows",
    "contact list: 200 rows, 5,000 down",
    "full-text «минск», first 200 rows",
    "repeat caller by phone",
    "bare PySide6 window start (reference)",
    "cold start to the login screen",
    ": the app (stats --json)",
    "PDF case summary (read, lay out, write, log)",
    "sync import of 2,000 contacts",
    "re-import of the same file",
    "knowledge search «виз»",
    "knowledge offered for 2 topics and a country",
    "agency check: not in the list «Золотой берег», p95",
]


@pytest.fixture(scope="module")
def small_run(
        tmp_path_factory: pytest.TempPathFactory,
) -> tuple[Path, subprocess.CompletedProcess[str]]:
    db = tmp_path_factory.mktemp("bench") / "bench.sqlite3"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    proc = subprocess.run(
        [sys.executable, str(BENCH / "run_all.py"), "--contacts", "2000", "--quick",
         "--db", str(db)],
        cwd=BENCH, env=env, capture_output=True, text=True, timeout=300, check=False)
    return db, proc


def test_every_benchmark_runs_to_its_row(small_run) -> None:
    _db, proc = small_run
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    assert "Traceback" not in proc.stderr
    table = proc.stdout.split("At 2,000 contacts", 1)[1]
    for row in ROWS:
        lines = [line for line in table.splitlines() if row in line]
        assert lines, f"no row {row!r} in:\n{table}"
        assert "skipped" not in lines[0], lines[0]
        assert "FAILED" not in lines[0], lines[0]


def test_a_failing_benchmark_still_prints_the_others(small_run, monkeypatch, capsys) -> None:
    db, proc = small_run
    assert db.exists(), proc.stderr[-2000:]
    monkeypatch.syspath_prepend(str(BENCH))
    monkeypatch.chdir(BENCH)
    import run_all  # type: ignore[import-not-found]

    def broken(_path: Path) -> list:
        raise RuntimeError("no such table: contact\nsecond line")

    monkeypatch.setitem(run_all.SUITES, "search", broken)
    monkeypatch.setattr(sys, "argv", ["run_all.py", "--contacts", "2000", "--quick",
                                      "--db", str(db), "--only", "list",
                                      "--only", "search", "--only", "sync"])
    assert run_all.main() == 1
    out, err = capsys.readouterr()
    table = out.split("At 2,000 contacts", 1)[1]
    assert "contact list: first 200 rows" in table
    assert "sync import of 2,000 contacts" in table
    assert "search benchmark" in table
    assert "FAILED: RuntimeError" in table
    failed = [line for line in err.splitlines() if line.startswith("benchmark failed")]
    assert failed == ["benchmark failed: search: RuntimeError: no such table: contact "
                      "second line"]
