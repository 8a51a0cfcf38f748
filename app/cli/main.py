"""The ``infoline`` command (spec/interfaces.md). With no sub-command it opens the GUI.

Expected failures print one line to stderr and exit 2 (bad input) or 1 (anything
else); no traceback. Each feature's commands live in their own module of this package
and add themselves to the parser with ``register``; what they share is in
:mod:`app.cli.common`.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from app import __version__, logsetup
from app.cli import (
    accounts,
    agencies,
    cases,
    database,
    directory,
    gui,
    imports,
    selftest,
    statistics,
    sync,
)
from app.cli.common import CommandError, UsageError, db_path

log = logging.getLogger("app.cli")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="infoline", description="Infoline Desk: contacts, cases and statistics of an infoline."
    )
    parser.add_argument("--version", action="version", version=f"infoline {__version__}")
    parser.set_defaults(func=gui.cmd_gui, db=None, lang=None)
    sub = parser.add_subparsers(title="commands", metavar="COMMAND")

    def command(name: str, func: Callable[[argparse.Namespace], int], help_text: str,
                db: bool = True) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_text, description=help_text)
        if db:
            p.add_argument("--db", metavar="PATH", help="database file (default: %(default)s)",
                           default=None)
        p.set_defaults(func=func, command_name=name)
        return p

    gui.register(command)
    database.register(command)
    directory.register(command)
    agencies.register(command)
    cases.register(command)
    statistics.register(command)
    imports.register(command)
    sync.register(command)
    accounts.register(command)
    selftest.register(command)
    gui.register_screenshots(command)
    return parser


def _expected_failure(args: argparse.Namespace, exc: BaseException) -> str | None:
    """One line for a failure that is not a bug, met anywhere in a command: the database
    busy with another program's write, or a full disk. None for anything else."""
    if "app.db.sqlite" not in sys.modules and not isinstance(exc, OSError):
        return None  # no database was opened
    from app.db.instance import busy_message, disk_full_message
    from app.db.sqlite import is_busy, is_disk_full

    path = db_path(args) if hasattr(args, "db") else None
    if path is not None and is_busy(exc):
        return busy_message(path)
    if is_disk_full(exc) and (path is not None or getattr(exc, "filename", None)):
        return disk_full_message(path or Path("."), exc)
    return None


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    logsetup.setup()
    from app.db import instance

    # Lock files taken by this process say which command holds the database.
    instance.name_this_process("" if args.func is gui.cmd_gui
                               else getattr(args, "command_name", None) or "command")
    try:
        return _run_command(args)
    finally:
        instance.name_this_process("")


def _run_command(args: argparse.Namespace) -> int:
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
    except BrokenPipeError:
        # The reader of the output went away (``infoline stats … | head``): no traceback,
        # and none either when Python flushes stdout at exit.
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
    except Exception as exc:
        message = _expected_failure(args, exc)
        if message is None:
            raise
        log.warning("the command stopped: %s", type(exc).__name__)
        print(f"infoline: {message}", file=sys.stderr)
        return 1
