"""``infoline gui`` (the default) and ``infoline screenshots``: the only commands that
import Qt, and only when they run.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from app.cli import common
from app.cli.common import UsageError


def cmd_gui(args: argparse.Namespace) -> int:
    common.require_qt()
    from app.ui.app import run  # Qt is imported only for the GUI

    return run(db=Path(args.db) if args.db else None, lang=args.lang)


def cmd_screenshots(args: argparse.Namespace) -> int:
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # never a window on the screen
    common.require_qt()
    from app.tools.screenshots import render_all

    if args.first is not None and args.first < 1:
        raise UsageError("--first: must be 1 or more")
    files = render_all(Path(args.out), langs=args.lang or ["ru", "en"], first=args.first)
    for f in files:
        print(f)
    return 0


def register(command: common.Command) -> None:
    """Add ``gui`` to the parser (``command`` is build_parser's helper)."""
    p = command("gui", cmd_gui, "open the desktop app (the default)")
    p.add_argument("--lang", choices=["ru", "be", "en"], help="interface language")


def register_screenshots(command: common.Command) -> None:
    """Add ``screenshots`` (listed last in the help)."""
    p = command("screenshots", cmd_screenshots,
                "render every main screen with demo data to PNG files", db=False)
    p.add_argument("--out", required=True, metavar="DIR", help="folder for the PNG files")
    p.add_argument("--lang", action="append", choices=["ru", "be", "en"],
                   help="language (repeatable; default: ru and en)")
    p.add_argument("--first", type=int, metavar="N",
                   help="only the first N screens (a quick check that rendering works)")
