"""``infoline selftest`` and ``infoline licences``: does this installation work, and
under which licences are its parts shipped (app/selftest.py)."""

from __future__ import annotations

import argparse
import sys

from app import selftest
from app.cli.common import Command


def cmd_selftest(args: argparse.Namespace) -> int:
    if args.qt_plugin_only:
        return selftest.qt_plugin_only()
    results = selftest.run_checks()
    failed = [(name, problem) for name, problem in results if problem is not None]
    for name, problem in results:
        if problem is not None:
            print(f"infoline selftest: {name}: {problem}", file=sys.stderr)
        elif args.verbose:
            print(f"ok  {name}")
    if not failed:
        print(f"selftest: all {len(results)} checks passed")
    return 1 if failed else 0


def cmd_licences(args: argparse.Namespace) -> int:
    folder = selftest.licences_dir()
    index = folder / "THIRD-PARTY.txt"
    print(f"The licences of Infoline Desk and of every part shipped with it: {folder}")
    if index.is_file():
        print(index.read_text(encoding="utf-8"), end="")
    elif folder.is_dir():
        for f in sorted(folder.iterdir()):
            print(f"  {f.name}")
    return 0


def register(command: Command) -> None:
    """Add the commands to the parser (``command`` is build_parser's helper)."""
    p = command("selftest", cmd_selftest,
                "check that this installation works: SQLCipher, argon2 and AES-GCM, the "
                "migrations, the translations, Cyrillic in PDF, XLSX and Qt's platform "
                "plugin (exit 0, or one line per failure)", db=False)
    p.add_argument("-v", "--verbose", action="store_true", help="list every check")
    p.add_argument("--qt-plugin-only", action="store_true", help=argparse.SUPPRESS)
    command("licences", cmd_licences,
            "say where the licences of the program and its parts are, and list them",
            db=False)
