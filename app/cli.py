"""The ``infoline`` command (spec/interfaces.md). With no sub-command it opens the GUI.

Expected failures print one line to stderr and exit 2 (bad input) or 1 (anything
else); no traceback.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from app import __version__, logsetup, paths

log = logging.getLogger("app.cli")


class UsageError(Exception):
    """Bad input from the user: exit code 2."""


class CommandError(Exception):
    """A failure that is not the input's fault: exit code 1."""


def _db_path(args: argparse.Namespace) -> Path:
    return Path(args.db) if args.db else paths.default_db()


def cmd_gui(args: argparse.Namespace) -> int:
    from app.ui.app import run  # Qt is imported only for the GUI

    return run(db=Path(args.db) if args.db else None, lang=args.lang)


def cmd_init(args: argparse.Namespace) -> int:
    from app.db import StoreError, open_store
    from app.models.taxonomy import load

    path = _db_path(args)
    if path.exists() and path.stat().st_size > 0 and not args.existing_ok:
        raise UsageError(f"{path}: a database already exists there")
    if args.org and args.org not in load()["organisation"]:
        raise UsageError(f"--org {args.org}: not an organisation code (lastrada, bwc)")
    try:
        store = open_store(path)
    except StoreError as exc:
        raise CommandError(str(exc)) from exc
    try:
        if args.site:
            store.set_setting("site_name", args.site)
        if args.org:
            store.set_setting("organisation", args.org)
    finally:
        store.close()
    print(f"Created {path}")
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from app.db import StoreError, open_store
    from app.services import demo

    path = _db_path(args)
    if path.exists() and path.stat().st_size > 0:
        raise UsageError(f"{path}: a file already exists there; demo data goes in a new file")
    if args.contacts < 0:
        raise UsageError("--contacts: must be 0 or more")
    try:
        store = open_store(path)
    except StoreError as exc:
        raise CommandError(str(exc)) from exc
    completed = False
    try:
        last = [-1]

        def progress(done: int, total: int) -> bool:
            pct = 100 * done // max(total, 1)
            if pct >= last[0] + 10 and sys.stderr.isatty():
                print(f"  {pct}%", file=sys.stderr)
                last[0] = pct
            return True

        result = demo.generate(store, contacts=args.contacts, seed=args.seed, progress=progress)
        completed = True
    finally:
        store.close()
        if not completed:  # an interrupted run leaves no half-made file behind
            for p in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
                p.unlink(missing_ok=True)
    print(f"Created {path}: {result.contacts} contacts of fictional demo data "
          f"({result.users} staff accounts)")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from app.db import StoreError, open_store

    path = _db_path(args)
    try:
        store = open_store(path, create=False)
    except StoreError as exc:
        raise UsageError(str(exc)) from exc
    try:
        problems = store.check()
    finally:
        store.close()
    if problems:
        for p in problems:
            print(p)
        raise CommandError(f"{path}: {len(problems)} problem(s) found")
    print(f"{path}: ok")
    return 0


def cmd_screenshots(args: argparse.Namespace) -> int:
    from app.ui.screenshots import render_all

    files = render_all(Path(args.out), langs=args.lang or ["ru", "en"])
    for f in files:
        print(f)
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="infoline", description="Infoline Desk: contacts, cases and statistics of an infoline."
    )
    parser.add_argument("--version", action="version", version=f"infoline {__version__}")
    parser.set_defaults(func=cmd_gui, db=None, lang=None)
    sub = parser.add_subparsers(title="commands", metavar="COMMAND")

    def command(name: str, func: Callable[[argparse.Namespace], int], help_text: str,
                db: bool = True) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_text, description=help_text)
        if db:
            p.add_argument("--db", metavar="PATH", help="database file (default: %(default)s)",
                           default=None)
        p.set_defaults(func=func)
        return p

    p = command("gui", cmd_gui, "open the desktop app (the default)")
    p.add_argument("--lang", choices=["ru", "be", "en"], help="interface language")

    p = command("init", cmd_init, "create an empty database")
    p.add_argument("--site", metavar="NAME", help="this site's name")
    p.add_argument("--org", metavar="CODE", help="this site's organisation: lastrada or bwc")
    p.add_argument("--existing-ok", action="store_true", help="accept an existing database")

    p = command("demo", cmd_demo, "create a database filled with fictional demo data")
    p.add_argument("--contacts", type=int, default=3000, metavar="N",
                   help="number of contacts (default: %(default)s)")
    p.add_argument("--seed", type=int, default=113, metavar="S",
                   help="random seed; the same seed gives the same data (default: %(default)s)")

    command("check", cmd_check, "check the integrity of a database")

    p = command("screenshots", cmd_screenshots,
                "render every main screen with demo data to PNG files", db=False)
    p.add_argument("--out", required=True, metavar="DIR", help="folder for the PNG files")
    p.add_argument("--lang", action="append", choices=["ru", "be", "en"],
                   help="language (repeatable; default: ru and en)")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    logsetup.setup()
    try:
        return int(args.func(args))
    except UsageError as exc:
        print(f"infoline: {exc}", file=sys.stderr)
        return 2
    except CommandError as exc:
        print(f"infoline: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("infoline: interrupted", file=sys.stderr)
        return 1
