"""Compile the Qt Designer forms: every app/forms/*.ui into the app/forms/ui_*.py beside it.

    python scripts/build_forms.py           # (re)write every compiled form that is stale
    python scripts/build_forms.py --check   # list the stale ones and exit 1; write nothing

The .ui file is the source (open it in Qt Designer: ``pyside6-designer``); the
ui_<name>.py made from it by pyside6-uic is committed, so the app needs no Qt tools to
run, and never edited by hand: change the .ui and run this script. Its own header says
so instead of uic's, which names the uic version and would make every Qt upgrade a
change. tests/test_forms_fresh.py fails when a compiled form differs from its .ui.
Works the same on Windows, Linux and macOS; nothing goes through a shell.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FORMS = ROOT / "app" / "forms"
# uic's header: the coding line and a box naming the .ui file and the uic version.
UIC_HEADER = re.compile(r"\A(?:#[^\n]*\n|\s*\n)*?#{10,}\n(?:##[^\n]*\n)*#{10,}\n\s*", re.MULTILINE)


class ToolError(RuntimeError):
    pass


def uic() -> list[str]:
    """The command that runs pyside6-uic."""
    found = shutil.which("pyside6-uic")
    if found:
        return [found]
    try:
        import PySide6
    except ImportError as exc:
        raise ToolError("PySide6 is not installed: no uic") from exc
    folder = Path(PySide6.__file__).resolve().parent
    for candidate in (folder / "uic", folder / "uic.exe", folder / "Qt" / "libexec" / "uic"):
        if candidate.is_file():
            return [str(candidate), "-g", "python"]
    return [sys.executable, "-c",
            "import sys; from PySide6.scripts.pyside_tool import uic; sys.argv[0] = 'uic'; uic()"]


def forms(folder: Path = FORMS) -> list[Path]:
    return sorted(folder.glob("*.ui"))


def compiled_path(ui: Path) -> Path:
    return ui.with_name(f"ui_{ui.stem}.py")


def header(ui: Path) -> str:
    return (f"# Generated from {ui.name} by scripts/build_forms.py (pyside6-uic): do not edit.\n"
            f"# Change {ui.name} (in Qt Designer: pyside6-designer) and run the script.\n\n")


def compile_form(ui: Path) -> str:
    """What ``ui`` compiles to, with this project's header."""
    result = subprocess.run([*uic(), str(ui)], capture_output=True, text=True,
                            encoding="utf-8", errors="replace", check=False)
    if result.returncode != 0 or not result.stdout.strip():
        raise ToolError(f"uic failed on {ui.name} ({result.returncode}):\n{result.stderr}")
    body = result.stdout.replace("\r\n", "\n")
    body = UIC_HEADER.sub("", body, count=1)
    return header(ui) + body.rstrip("\n") + "\n"


def stale(folder: Path = FORMS) -> list[str]:
    """Each compiled form that is missing, differs from its .ui, or has no .ui."""
    problems = []
    for ui in forms(folder):
        target = compiled_path(ui)
        if not target.exists():
            problems.append(f"{target.name} is missing: run scripts/build_forms.py")
        elif target.read_text(encoding="utf-8") != compile_form(ui):
            problems.append(f"{target.name} differs from what {ui.name} compiles to: "
                            "run scripts/build_forms.py")
    for target in sorted(folder.glob("ui_*.py")):
        if not target.with_name(f"{target.stem[3:]}.ui").exists():
            problems.append(f"{target.name} has no {target.stem[3:]}.ui to be made from")
    return problems


def build(folder: Path = FORMS) -> list[Path]:
    """Write each compiled form that is out of date; the ones written."""
    written = []
    for ui in forms(folder):
        target = compiled_path(ui)
        text = compile_form(ui)
        if not target.exists() or target.read_text(encoding="utf-8") != text:
            target.write_bytes(text.encode("utf-8"))
            written.append(target)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true",
                        help="list the stale compiled forms and exit 1 if any; write nothing")
    args = parser.parse_args(argv)
    try:
        if args.check:
            problems = stale()
            for line in problems:
                print(line)
            if problems:
                print(f"{len(problems)} stale form(s)", file=sys.stderr)
                return 1
            print(f"{len(forms())} form(s) up to date")
        else:
            for path in build():
                print(f"{path.relative_to(ROOT)} written")
    except ToolError as exc:
        print(exc, file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
