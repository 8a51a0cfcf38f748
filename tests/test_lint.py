"""The test command holds the code rules too: lint, types of the domain, the layers."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, cwd=ROOT, capture_output=True, text=True, timeout=300,
                          check=False)


def test_ruff():
    result = run(sys.executable, "-m", "ruff", "check", ".")
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_on_the_domain():
    result = run(sys.executable, "-m", "mypy")
    assert result.returncode == 0, result.stdout + result.stderr


def lint_imports() -> list[str]:
    """The lint-imports of the Python running the tests: the script installed beside it
    (bin/ or Scripts\\), else its module run by that Python. Never one found on PATH,
    which may belong to another environment and check another copy of the app."""
    folder = Path(sys.executable).parent
    for name in ("lint-imports", "lint-imports.exe"):
        beside = folder / name
        if beside.is_file():
            return [str(beside)]
    try:
        import importlinter.cli  # noqa: F401
    except ImportError:
        pytest.fail("import-linter is missing: install the dev extra (pip install -e '.[dev]')")
    return [sys.executable, "-c",
            "import sys; from importlinter.cli import lint_imports_command; "
            "sys.exit(lint_imports_command())"]


def test_lint_imports_is_the_one_of_this_python(monkeypatch, tmp_path):
    """A lint-imports on PATH is never the one run."""
    stray = tmp_path / "lint-imports"
    stray.write_text("#!/bin/sh\necho 0 broken\n")
    stray.chmod(0o755)
    monkeypatch.setenv("PATH", str(tmp_path))
    command = lint_imports()
    assert command[0] != str(stray)
    assert command[0] == sys.executable or Path(command[0]).parent == Path(sys.executable).parent


def test_layers_domain_never_imports_qt():
    result = run(*lint_imports())
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout
