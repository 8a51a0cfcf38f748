"""``infoline selftest``, ``infoline licences``, the desktop entry point without a
console, and a missing Qt system library named in one line (packaging)."""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
from reportlab.pdfgen.canvas import Canvas

from app import selftest

ROOT = Path(__file__).resolve().parents[1]


def run_app(*args: str, env: dict[str, str] | None = None,
            code: str | None = None) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-c", code] if code else [sys.executable, "-m", "app", *args]
    return subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=180,
                          env={**os.environ, **(env or {})}, check=False)


@pytest.mark.slow
def test_selftest_passes_here():
    done = run_app("selftest", "-v")
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    for name, _check in selftest.CHECKS:
        assert f"ok  {name}" in done.stdout
    assert f"all {len(selftest.CHECKS)} checks passed" in done.stdout


@pytest.mark.slow
def test_selftest_prints_one_line_per_failure():
    done = run_app("selftest", env={"QT_QPA_PLATFORM": "nosuchplatform"})
    assert done.returncode == 1
    lines = done.stderr.splitlines()
    assert len(lines) == 1, done.stderr
    assert lines[0].startswith("infoline selftest: qt platform plugin: ")
    assert "nosuchplatform" in lines[0]
    assert "Traceback" not in done.stderr


def test_missing_migration_is_named(tmp_path: Path):
    copy = tmp_path / "migrations"
    shutil.copytree(ROOT / "app" / "migrations", copy,
                    ignore=shutil.ignore_patterns("__pycache__"))
    selftest.check_migration_files(copy)  # the shipped set is whole
    next(copy.glob("versions/0005_*.py")).unlink()
    with pytest.raises(selftest.CheckFailedError, match="0005"):
        selftest.check_migration_files(copy)


def test_damaged_translation_is_named(tmp_path: Path):
    folder = ROOT / "app" / "resources" / "translations"
    for qm in folder.glob("*.qm"):
        shutil.copy2(qm, tmp_path / qm.name)
    selftest.check_translation_files(tmp_path)
    (tmp_path / "infoline_be.qm").write_bytes(b"not a catalogue")
    with pytest.raises(selftest.CheckFailedError, match=r"infoline_be\.qm: Qt cannot load it"):
        selftest.check_translation_files(tmp_path)
    (tmp_path / "infoline_ru.qm").unlink()
    with pytest.raises(selftest.CheckFailedError, match=r"infoline_ru\.qm: missing"):
        selftest.check_translation_files(tmp_path)


def test_pdf_check_refuses_a_font_without_cyrillic():
    selftest.check_pdf(Path())  # the bundled DejaVu Sans embeds and reads back
    buffer = io.BytesIO()
    canvas = Canvas(buffer)
    canvas.setFont("Helvetica", 12)
    canvas.drawString(72, 720, selftest.SAMPLE)
    canvas.save()
    problems = selftest.pdf_problems(buffer.getvalue())
    assert "the DejaVu Sans font is not embedded" in problems
    assert any("does not read back" in p for p in problems)


def test_sqlcipher_check_on_a_real_encrypted_file(tmp_path: Path):
    selftest.check_sqlcipher(tmp_path)
    data = (tmp_path / "cipher.sqlite3").read_bytes()
    assert not data.startswith(b"SQLite format 3")
    assert selftest.SAMPLE.encode() not in data


@pytest.mark.slow
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="LD_LIBRARY_PATH is Linux")
@pytest.mark.parametrize("command", [["gui"], ["screenshots", "--out", "shots"]])
def test_missing_qt_library_is_named_in_one_line(tmp_path: Path, command: list[str]):
    """A libEGL that cannot be loaded (here an empty file found first on the library
    path) gives one line naming it and its Debian package, not a traceback."""
    (tmp_path / "libEGL.so.1").write_bytes(b"")
    done = run_app(*command, env={"LD_LIBRARY_PATH": str(tmp_path)})
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    lines = done.stderr.splitlines()
    assert len(lines) == 1, done.stderr
    assert "libEGL.so.1" in lines[0]
    assert "libegl1" in lines[0]
    assert not (ROOT / "shots").exists()


@pytest.mark.slow
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11 is Linux here")
def test_missing_xcb_plugin_library_is_named_before_qt_aborts(tmp_path: Path):
    """On X11 Qt's platform plugin needs libxcb-cursor and a few more; without one Qt
    aborts the process with a page of text. The app names it first, in one line."""
    (tmp_path / "libxcb-cursor.so.0").write_bytes(b"")
    env = {k: v for k, v in os.environ.items()
           if k not in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY", "XDG_SESSION_TYPE")}
    env.update(DISPLAY=":99", LD_LIBRARY_PATH=str(tmp_path))
    done = subprocess.run([sys.executable, "-m", "app", "gui"], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=180, check=False)
    assert done.returncode == 1
    lines = done.stderr.splitlines()
    assert len(lines) == 1, done.stderr
    assert "libxcb-cursor.so.0" in lines[0]
    assert "libxcb-cursor0" in lines[0]


def test_desktop_entry_runs_without_console_streams():
    """A windowed program (pythonw, the frozen infoline-desk) has no sys.stderr: a bad
    argument still ends with exit 2 instead of a crash on writing the message."""
    done = run_app(code="import sys; sys.stdout = sys.stderr = None\n"
                        "from app.desktop import main\n"
                        "raise SystemExit(main(['--lang', 'xx']))")
    assert done.returncode == 2, done.stderr


def test_gui_script_entry_point_is_the_desktop_app():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert project["project"]["gui-scripts"]["infoline-desk"] == "app.desktop:main"
    assert project["project"]["scripts"]["infoline"] == "app.cli:main"


def test_licences_lists_the_shipped_notices():
    done = run_app("licences")
    assert done.returncode == 0, done.stderr
    for name in ("Qt.txt", "SQLCipher.txt", "OpenSSL.txt", "LGPL-3.0.txt"):
        assert name in done.stdout


@pytest.mark.slow
def test_screenshots_first_renders_only_that_many(tmp_path: Path):
    """``screenshots --first 2``: the quick rendering check the package build runs."""
    out = tmp_path / "shots"
    done = run_app("screenshots", "--out", str(out), "--lang", "ru", "--first", "2")
    assert done.returncode == 0, done.stderr
    assert sorted(p.name for p in out.iterdir()) == ["ru-01-start.png",
                                                     "ru-02-new-call-kind.png"]
    assert done.stdout.split() == [str(out / "ru-01-start.png"),
                                   str(out / "ru-02-new-call-kind.png")]
    bad = run_app("screenshots", "--out", str(out), "--first", "0")
    assert bad.returncode == 2
    assert bad.stderr.strip().endswith("infoline: --first: must be 1 or more")


def test_docx_check_writes_and_reads_back_a_document_with_a_chart(tmp_path: Path):
    selftest.check_docx(tmp_path)
    assert (tmp_path / "check.docx").stat().st_size > 0
