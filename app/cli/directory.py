"""``infoline directory-import`` and ``directory-export``: the directory of contacts
abroad as a CSV or XLSX file (docs/directory.md).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from app.cli import common
from app.cli.common import CommandError, UsageError


def _directory_service(args: argparse.Namespace, action: str,  # type: ignore[no-untyped-def]
                       write: bool = False):
    from app.services.directory.service import DirectoryService

    store, user_id = common.open_db(args, action, write=write)
    return DirectoryService(store, user_id)


def cmd_directory_import(args: argparse.Namespace) -> int:
    from app.services.directory.files import DirectoryFileError, import_file
    from app.services.directory.service import DirectoryPermissionError

    service = _directory_service(args, "directory.edit", write=not args.dry_run)
    try:
        result = import_file(service, Path(args.file), dry_run=args.dry_run)
    except DirectoryFileError as exc:
        raise UsageError(str(exc)) from exc
    except DirectoryPermissionError as exc:
        raise UsageError(str(exc)) from exc
    finally:
        service.store.close()
    if not result.ok:
        for problem in result.problems:
            print(f"{args.file}: {problem}")
        raise UsageError(f"{args.file}: {len(result.problems)} problem(s); nothing imported")
    verb = "would import" if args.dry_run else "imported"
    if result.read_as:
        print(f"{args.file}: read as {result.read_as}")
    print(f"{args.file}: {verb} {result.created} new, {result.updated} changed, "
          f"{result.unchanged} unchanged entries; emergency numbers of {result.emergency} "
          "countries")
    return 0


def cmd_directory_export(args: argparse.Namespace) -> int:
    from app.services.directory.files import DirectoryFileError, export_file

    if Path(args.out).suffix.lower() not in (".csv", ".xlsx"):
        raise UsageError(f"--out {args.out}: the file name must end in .csv or .xlsx")
    service = _directory_service(args, "directory.view")
    try:
        rows = export_file(service, Path(args.out))
    except DirectoryFileError as exc:
        raise UsageError(str(exc)) from exc
    except OSError as exc:
        raise CommandError(f"{args.out}: cannot write ({exc.strerror})") from exc
    finally:
        service.store.close()
    print(f"{args.out}: {rows} rows written")
    return 0


def register(command: common.Command) -> None:
    """Add the commands to the parser (``command`` is build_parser's helper)."""
    p = command("directory-import", cmd_directory_import,
                "import the directory of contacts abroad from a CSV or XLSX file "
                "(the whole file or nothing)")
    p.add_argument("file", metavar="FILE", help="a .csv or .xlsx file (docs/directory.md)")
    p.add_argument("--dry-run", action="store_true", help="only check the file and report")

    p = command("directory-export", cmd_directory_export,
                "export the directory of contacts abroad to a CSV or XLSX file")
    p.add_argument("--out", required=True, metavar="FILE", help="a .csv or .xlsx file")
