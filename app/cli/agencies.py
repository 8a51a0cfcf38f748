"""``infoline agencies-import``: the Ministry's list of agencies licensed to recruit for
work abroad, as a CSV or XLSX file with the list's date (docs/recruiters.md).
"""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from app.cli import common
from app.cli.common import UsageError


def _list_date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise UsageError(f"--date {value}: not a date (YYYY-MM-DD)") from None


def cmd_agencies_import(args: argparse.Namespace) -> int:
    from app.services.recruiters.agencies import (
        AgencyFileError,
        AgencyService,
        ListDateError,
    )

    list_date = _list_date(args.date)
    store, user_id = common.open_db(args, "agencies.import", write=not args.dry_run)
    try:
        result = AgencyService(store, user_id).import_file(
            Path(args.file), list_date, dry_run=args.dry_run)
    except ListDateError as exc:
        raise UsageError(f"--date {args.date}: {exc}") from exc
    except AgencyFileError as exc:
        raise UsageError(f"{args.file}: {exc}") from exc
    finally:
        store.close()
    if not result.ok:
        for problem in result.problems:
            print(f"{args.file}: {problem}")
        raise UsageError(f"{args.file}: {len(result.problems)} problem(s); nothing imported")
    if result.read_as:
        print(f"{args.file}: read as {result.read_as}")
    if args.dry_run:
        print(f"{args.file}: would import {result.agencies} agencies as the list dated "
              f"{list_date.isoformat()}")
        return 0
    replaced = (f"; it replaces the list dated {result.replaced.isoformat()}"
                if result.replaced else "")
    print(f"{args.file}: imported {result.agencies} agencies as the list dated "
          f"{list_date.isoformat()}{replaced}")
    return 0


def register(command: common.Command) -> None:
    """Add the command to the parser (``command`` is build_parser's helper)."""
    p = command("agencies-import", cmd_agencies_import,
                "import the list of agencies licensed to recruit for work abroad from a "
                "CSV or XLSX file (the whole file or nothing); it replaces the current list")
    p.add_argument("file", metavar="FILE", help="a .csv or .xlsx file (docs/recruiters.md)")
    p.add_argument("--date", required=True, metavar="YYYY-MM-DD",
                   help="the date the Ministry gave the list")
    p.add_argument("--dry-run", action="store_true", help="only check the file and report")
