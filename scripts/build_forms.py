"""Qt Designer forms: compile every app/forms/*.ui to the committed app/forms/ui_*.py.

    python scripts/build_forms.py          # (re)write app/forms/ui_<name>.py for each .ui
    python scripts/build_forms.py --check  # list the forms whose .py is stale; exit 1 if any

The compiled modules are committed, so the app and its package need no compiler; the
check (also tests/test_forms_fresh.py) makes sure none is older than its form. The
compiler's version line is ignored, so a newer PySide6 does not make every form stale.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FORMS = ROOT / "app" / "forms"


def uic() -> list[str]:
    found = shutil.which("pyside6-uic")
    if found:
        return [found]
    return [sys.executable, "-c", "import sys; from PySide6.scripts.pyside_tool import uic; "
            "sys.argv[0] = 'uic'; uic()"]


def target(form: Path) -> Path:
    return form.with_name(f"ui_{form.stem}.py")


def compile_form(form: Path) -> str:
    """The Python module the compiler makes of ``form``."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "form.py"
        result = subprocess.run([*uic(), str(form), "-o", str(out)], capture_output=True,
                                text=True, check=False)
        if result.returncode != 0:
            raise RuntimeError(f"{form.name}: pyside6-uic failed: {result.stderr.strip()}")
        return out.read_text(encoding="utf-8")


def comparable(code: str) -> str:
    """The module without the compiler's version line."""
    return "\n".join(line for line in code.splitlines()
                     if not line.startswith("## Created by: Qt User Interface Compiler"))


def stale() -> list[str]:
    """What is out of date: a form without its module, a module that differs from what
    its form compiles to, or a module whose form is gone."""
    problems = []
    forms = sorted(FORMS.glob("*.ui"))
    for form in forms:
        py = target(form)
        if not py.is_file():
            problems.append(f"{py.relative_to(ROOT)}: missing (run scripts/build_forms.py)")
        elif comparable(py.read_text(encoding="utf-8")) != comparable(compile_form(form)):
            problems.append(f"{py.relative_to(ROOT)}: older than {form.name} "
                            "(run scripts/build_forms.py)")
    for py in sorted(FORMS.glob("ui_*.py")):
        if not py.with_name(py.name[3:]).with_suffix(".ui").is_file():
            problems.append(f"{py.relative_to(ROOT)}: its form is gone")
    return problems


def build() -> list[Path]:
    written = []
    for form in sorted(FORMS.glob("*.ui")):
        py = target(form)
        code = compile_form(form)
        if not py.is_file() or comparable(py.read_text(encoding="utf-8")) != comparable(code):
            py.write_text(code, encoding="utf-8")
            written.append(py)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only list stale forms")
    args = parser.parse_args(argv)
    if args.check:
        problems = stale()
        for p in problems:
            print(p, file=sys.stderr)
        return 1 if problems else 0
    for py in build():
        print(f"wrote {py.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
