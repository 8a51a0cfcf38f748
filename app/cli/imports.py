"""``infoline import-csv``: a legacy spreadsheet of contacts, all rows or none.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from app.cli import common
from app.cli.common import UsageError


def cmd_import_csv(args: argparse.Namespace) -> int:
    from app.services.contacts.service import ContactService
    from app.services.imports import legacy as legacy_import

    mapping: dict[str, str | None] = {}
    for item in args.map or []:
        source, sep, target = item.partition("=")
        if not sep or not source.strip():
            raise UsageError(f"--map {item}: write SOURCE=COLUMN (or SOURCE= to leave it out)")
        mapping[source.strip()] = target.strip() or None
    file_name = args.file
    if not Path(file_name).is_file():
        raise UsageError(f"{file_name}: no such file")
    store, user_id = common.open_db(args, "legacy.import", write=not args.dry_run)
    try:
        result = legacy_import.import_file(ContactService(store, user_id), Path(file_name),
                                           mapping=mapping, dry_run=args.dry_run)
    except legacy_import.ImportFileError as exc:
        if len(exc.problems) > 1:
            for problem in exc.problems:
                print(f"{file_name}: {problem}")
        raise UsageError(str(exc)) from exc
    finally:
        store.close()
    if result.read_as:
        print(f"{file_name}: read as {result.read_as}")
    for warning in result.warnings:
        print(f"{file_name}: {warning}")
    kinds = ", ".join(f"{k} {n}" for k, n in sorted(result.by_kind.items()))
    if result.dry_run:
        print(f"{file_name}: {result.rows} contacts can be imported ({kinds}); "
              "dry run, nothing written")
    else:
        print(f"{file_name}: imported {result.imported} contacts ({kinds})")
    return 0


def register(command: common.Command) -> None:
    """Add the command to the parser (``command`` is build_parser's helper)."""
    p = command("import-csv", cmd_import_csv,
                "import a legacy spreadsheet (interchange CSV or XLSX); all rows or none")
    p.add_argument("file", metavar="FILE", help="the .csv or .xlsx file")
    p.add_argument("--dry-run", action="store_true", help="only check the file and report")
    p.add_argument("--map", action="append", metavar="SOURCE=COLUMN",
                   help="read the file's column SOURCE as COLUMN; SOURCE= leaves it out "
                        "(repeatable)")
