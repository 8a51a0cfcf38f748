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
from typing import TYPE_CHECKING

from app import __version__, logsetup, paths

if TYPE_CHECKING:
    from app.auth import LoginResult
    from app.db import Store

log = logging.getLogger("app.cli")


class UsageError(Exception):
    """Bad input from the user: exit code 2."""


class CommandError(Exception):
    """A failure that is not the input's fault: exit code 1."""


def _db_path(args: argparse.Namespace) -> Path:
    return Path(args.db) if args.db else paths.default_db()


CREDENTIALS = ("set INFOLINE_USER and INFOLINE_PASSWORD to your user name and password "
               "(a password is never taken from the command line)")


def _credentials(what: str = CREDENTIALS) -> tuple[str, str]:
    """The acting user's name and password, from the environment only."""
    import os

    user = os.environ.get("INFOLINE_USER", "").strip()
    password = os.environ.get("INFOLINE_PASSWORD", "")
    if not user or not password:
        raise UsageError(what)
    return user, password


def login_db(args: argparse.Namespace, action: str | None = None, *,
             write: bool = False) -> LoginResult:
    """Log in to the command's existing database as INFOLINE_USER with
    INFOLINE_PASSWORD and check that the account may do ``action`` (a key of
    :data:`app.services.permissions.MATRIX`; None for commands open to every account).
    Missing or wrong credentials and a refused action exit with 2.

    ``write``: the command changes the database, so it takes the one-window lock
    (app/db/instance.py) like the app's window: a restore, the window or another writing
    command waits for it to finish instead of losing its work. A database held by
    another is busy (exit 1), and the message says by what."""
    from sqlalchemy.exc import DatabaseError

    from app import auth
    from app.db import BusyError, StoreError
    from app.db.instance import busy_message, disk_full_message
    from app.db.sqlite import is_busy, is_disk_full, is_plain_database
    from app.services.permissions import PermissionDeniedError, require

    path = _db_path(args)
    if not (path.exists() and path.stat().st_size > 0):
        raise UsageError(f"{path}: no such database")
    if path.is_dir():
        raise UsageError(f"{path}: is a folder, not a database file")
    if auth.needs_setup(path):
        if not is_plain_database(path):
            raise UsageError(f"{path}: not a readable Infoline Desk database (and no key "
                             "file beside it)")
        raise UsageError(f"{path}: this database has no accounts yet; create the first "
                         f"administrator with: infoline init --existing-ok --db {path}")
    user, password = _credentials()
    try:
        result = auth.login(path, user, password, via="command line", exclusive=write)
    except auth.LoginError as exc:
        raise UsageError(f"{path}: {exc}") from exc
    except BusyError as exc:  # a writer or a restore has it: not the input's fault
        raise CommandError(str(exc)) from exc
    except StoreError as exc:
        raise UsageError(str(exc)) from exc
    except DatabaseError as exc:  # damaged pages met while logging the login
        if is_busy(exc):
            raise CommandError(busy_message(path)) from exc
        if is_disk_full(exc):
            raise CommandError(disk_full_message(path, exc)) from exc
        raise CommandError(f"{path}: the database is damaged ({exc.orig})") from exc
    if action is not None:
        try:
            require(result.role, action)
        except PermissionDeniedError as exc:
            result.store.close()
            raise UsageError(f"{result.user.username}: {exc}") from exc
    return result


def open_db(args: argparse.Namespace, action: str | None = None, *,
            write: bool = False) -> tuple[Store, str | None]:
    """The command's existing database, opened by logging in (:func:`login_db`), and
    the id of the user acting on it."""
    result = login_db(args, action, write=write)
    return result.store, result.user_id


def _require_qt() -> None:
    """A missing Qt system library: one line naming it, not Qt's abort."""
    from app.qtlibs import QtLibraryError, require_gui

    try:
        require_gui()
    except QtLibraryError as exc:
        raise CommandError(str(exc)) from exc


def cmd_gui(args: argparse.Namespace) -> int:
    _require_qt()
    from app.ui.app import run  # Qt is imported only for the GUI

    return run(db=Path(args.db) if args.db else None, lang=args.lang)


def cmd_init(args: argparse.Namespace) -> int:
    from app import auth
    from app.db import StoreError
    from app.db.keyring import KeyringError
    from app.db.killpoint import step
    from app.models.taxonomy import load
    from app.services.validation import ValidationError

    path = _db_path(args)
    interrupted = auth.setup_interrupted(path)
    if path.exists() and path.stat().st_size > 0 and not args.existing_ok and not interrupted:
        raise UsageError(f"{path}: a database already exists there")
    if args.org and args.org not in load()["organisation"]:
        raise UsageError(f"--org {args.org}: not an organisation code (lastrada, bwc)")
    if not auth.needs_setup(path) and not interrupted:
        # Set up already: an administrator may still change the site's settings.
        store, _user = open_db(args, "site.manage", write=True)
        try:
            if args.site:
                store.set_setting("site_name", args.site)
            if args.org:
                store.set_setting("organisation", args.org)
        finally:
            store.close()
        print(f"Updated {path}")
        return 0
    user, password = _credentials(
        "infoline init creates the first administrator: " + CREDENTIALS)
    try:
        result, code = auth.setup_first_admin(path, user, args.name or user, password,
                                              site_name=args.site, organisation=args.org,
                                              exclusive=True)
    except ValidationError as exc:
        raise UsageError(auth.describe(exc)) from exc
    except (auth.SetupError, StoreError, KeyringError) as exc:
        if isinstance(exc.__cause__, auth.LoginError):  # finishing it as someone else
            raise UsageError(str(exc)) from exc
        raise CommandError(str(exc)) from exc
    result.store.close()
    if interrupted:
        print(f"Finished setting up {path}, encrypted, with the administrator "
              f"{result.user.username} (the set-up had been interrupted)")
    else:
        print(f"Created {path}, encrypted, with the administrator {result.user.username}")
    print()
    print("Recovery code, shown only this once. Print it or write it down and lock it away:")
    print("it opens the database when every password is lost."
          + (" Any code shown before for this database no longer works." if interrupted
             else ""))
    print()
    print(f"    {code}")
    print()
    sys.stdout.flush()
    step("setup.code_shown")
    try:
        result.keyring.recovery_code_shown()
    except (KeyringError, OSError) as exc:
        raise CommandError(f"{result.keyring.path}: the code was shown but could not be "
                           f"marked as shown ({exc})") from exc
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from app import auth
    from app.db import StoreError
    from app.db.keyring import KeyringError
    from app.services import demo

    path = _db_path(args)
    if path.exists() and path.stat().st_size > 0:
        raise UsageError(f"{path}: a file already exists there; demo data goes in a new file")
    if args.contacts < 0:
        raise UsageError("--contacts: must be 0 or more")
    last = [-1]

    def progress(done: int, total: int) -> bool:
        pct = 100 * done // max(total, 1)
        if pct >= last[0] + 10 and sys.stderr.isatty():
            print(f"  {pct}%", file=sys.stderr)
            last[0] = pct
        return True

    # Made under a temporary name that takes the path last: an interrupted run leaves
    # no half-made file at the path, and the next run clears what it left.
    try:
        result, store, _ring, _key = auth.setup_demo(path, lambda store: demo.generate(
            store, contacts=args.contacts, seed=args.seed, progress=progress),
            exclusive=True)
        store.close()
    except (auth.SetupError, StoreError, KeyringError) as exc:
        raise CommandError(str(exc)) from exc
    print(f"Created {path}: {result.contacts} contacts of fictional demo data "
          f"({result.users} staff accounts)")
    print(f"Demo accounts: {', '.join(auth.DEMO_ACCOUNTS)}, each with the password "
          f"\"{auth.DEMO_PASSWORD}\" (demo databases only)")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    path = _db_path(args)
    store, _user = open_db(args)
    try:
        report = store.check_report()
    finally:
        store.close()
    problems = [p for _name, found in report for p in found]
    if args.verbose:
        for name, found in report:
            print(f"{name}: {'ok' if not found else f'{len(found)} problem(s)'}")
    if problems:
        for p in problems:
            print(p)
        raise CommandError(f"{path}: {len(problems)} problem(s) found")
    print(f"{path}: ok")
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    from app.db.backup import BackupError, DestinationError, keys_path_for, make_backup

    out = Path(args.out)
    if out.exists():
        raise UsageError(f"--out {out}: the file already exists; choose a new name")
    if not out.parent.is_dir():
        raise UsageError(f"--out {out}: the folder {out.parent} does not exist")
    store, _user = open_db(args, "backup.make")
    try:
        made = make_backup(store, "manual", out=out)
    except DestinationError as exc:
        raise UsageError(f"--out {exc}") from exc
    except BackupError as exc:
        raise CommandError(str(exc)) from exc
    finally:
        store.close()
    print(f"Wrote {made} ({made.stat().st_size:,} bytes)")
    if keys_path_for(made).exists():
        print(f"Wrote {keys_path_for(made)}: keep it with the backup; with it the backup "
              "opens with a user's password or the recovery code")
    return 0


def _restore_key(args: argparse.Namespace) -> bytes | None:
    """The database key for a restore: from the recovery code in INFOLINE_RECOVERY_CODE
    (when the database itself no longer opens), else from the acting user's login."""
    import os

    from app.db.keyring import Keyring, KeyringError, WrongPassword

    code = os.environ.get("INFOLINE_RECOVERY_CODE", "").strip()
    if code:
        path = _db_path(args)
        try:
            return Keyring.load(path).unlock_with_recovery(code)
        except (KeyringError, WrongPassword) as exc:
            raise UsageError(str(exc)) from exc
    store, _user = open_db(args, "backup.restore")
    key = store.key
    store.close()
    return key


def cmd_restore(args: argparse.Namespace) -> int:
    from app.db.backup import BackupError, restore

    backup = Path(args.file)
    if not backup.is_file():
        raise UsageError(f"{backup}: no such file")
    key = _restore_key(args)
    try:
        result = restore(_db_path(args), backup, key)
    except BackupError as exc:
        from app.db.instance import InstanceError

        if isinstance(exc.__cause__, InstanceError):  # busy: not the input's fault
            raise CommandError(str(exc)) from exc
        raise UsageError(str(exc)) from exc
    print(f"Verified {backup}: integrity, foreign keys and the search index sound, "
          f"schema {result.verified.revision}; {result.verified.summary()}")
    if result.previous is not None:
        print(f"The database it replaced is kept as {result.previous}")
    print(f"Restored {_db_path(args)}")
    return 0


def cmd_cases(args: argparse.Namespace) -> int:
    import json

    from app.models.taxonomy import load
    from app.services.cases import all_cases
    from app.services.permissions import allowed

    login = login_db(args, "crisis.run")
    try:
        # Assistance cases only for those who work on them (docs/permissions.md).
        rows = [r for r in all_cases(login.store)
                if r.kind != "assistance" or allowed(login.role, "assistance.manage")]
    finally:
        login.store.close()
    if args.json:
        print(json.dumps({"version": 1, "cases": [r.to_json() for r in rows]},
                         ensure_ascii=False, indent=1))
        return 0
    tax = load()
    type_lists = {"crisis": "crisis_type", "assistance": "trafficking_status"}
    lines = [("NUMBER", "KIND", "TYPE", "STATUS", "OPENED", "OVERDUE")]
    for r in rows:
        kind_list = type_lists.get(r.kind)
        label = tax[kind_list].label(r.type, "en") if kind_list in tax.lists else r.type
        lines.append((r.number, r.kind, label, r.status,
                      r.opened_at.astimezone().date().isoformat(),
                      str(r.overdue) if r.overdue else ""))
    widths = [max(len(line[i]) for line in lines) for i in range(len(lines[0]))]
    for line in lines:
        print("  ".join(v.ljust(w) for v, w in zip(line, widths, strict=True)).rstrip())
    print(f"{len(rows)} case(s)")
    return 0


def cmd_case_pdf(args: argparse.Namespace) -> int:
    from app.services.assistance import AssistancePermissionError, AssistanceService
    from app.services.case_pdf import write_case_pdf

    out = Path(args.out)
    if out.suffix.lower() != ".pdf":
        raise UsageError(f"--out {out}: the summary is written as a .pdf file")
    if not out.parent.is_dir():
        raise UsageError(f"--out {out}: the folder {out.parent} does not exist")
    login = login_db(args, "assistance.print")
    store = login.store
    try:
        printed_by = login.user.full_name
        service = AssistanceService(store, login.user_id)
        try:
            record = service.by_number(args.number)
        except LookupError:
            if args.number.strip().upper().startswith("K-"):
                raise UsageError(f"{args.number}: summaries are printed for assistance "
                                 "cases (A-…); this is a crisis case number") from None
            raise UsageError(f"{args.number}: no assistance case with this number") from None
        try:
            row = write_case_pdf(service, record.id, out, lang=args.lang,
                                 redacted=args.redacted, printed_by=printed_by)
        except AssistancePermissionError as exc:
            raise UsageError(str(exc)) from exc
        except OSError as exc:
            raise CommandError(f"{out}: cannot write ({exc.strerror})") from exc
    finally:
        store.close()
    kind = "redacted summary" if args.redacted else "summary"
    print(f"Wrote {out}: {kind} of case {row.case_number}, {row.pages} page(s)")
    return 0


def _directory_service(args: argparse.Namespace, action: str,  # type: ignore[no-untyped-def]
                       write: bool = False):
    from app.services.directory import DirectoryService

    store, user_id = open_db(args, action, write=write)
    return DirectoryService(store, user_id)


def cmd_directory_import(args: argparse.Namespace) -> int:
    from app.services.directory import DirectoryPermissionError
    from app.services.directory_io import DirectoryFileError, import_file

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
    from app.services.directory_io import DirectoryFileError, export_file

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


def _stats_period(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    """The period and organisation of ``stats`` and ``report``, checked."""
    from datetime import date

    from app.models.taxonomy import load
    from app.services.stats import Period

    bounds = []
    for option, value in (("--from", args.date_from), ("--to", args.date_to)):
        try:
            bounds.append(date.fromisoformat(value))
        except ValueError:
            raise UsageError(f"{option} {value}: not a date (write YYYY-MM-DD)") from None
    if bounds[1] < bounds[0]:
        raise UsageError(f"--to {args.date_to} is before --from {args.date_from}")
    if args.org is not None and args.org not in load()["organisation"]:
        raise UsageError(f"--org {args.org}: not an organisation code (lastrada, bwc)")
    period = Period(bounds[0], bounds[1])
    try:  # the period before must exist too (not before year 1)
        period.previous().utc_bounds()
        period.utc_bounds()
    except (ValueError, OverflowError, OSError):
        raise UsageError(f"--from {args.date_from} --to {args.date_to}: dates out of "
                         "range") from None
    return period, args.org


def cmd_stats(args: argparse.Namespace) -> int:
    import json

    from app.services import report
    from app.services.statistics import StatisticsService

    period, org = _stats_period(args)
    store, user_id = open_db(args, "stats.export")
    try:
        service = StatisticsService(store, user_id)
        if args.json:
            data = service.statistics_json(period, org)
        else:
            result = service.compute(period, org, internal=False)
            service.log_export("statistics", "text", period, org)
    finally:
        store.close()
    if args.json:
        print(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        print(report.render_text(report.build(result, report.ReportOptions(lang=args.lang))),
              end="")
    return 0


def cmd_report(args: argparse.Namespace) -> int:
    from app.services import (
        assistance,  # noqa: F401 - registers Table 3 with the statistics
        report,
    )
    from app.services.statistics import StatisticsService

    period, org = _stats_period(args)
    out = Path(args.out)
    if out.suffix.lower() not in report.FORMATS:
        raise UsageError(f"--out {out}: the report is written as .pdf, .xlsx or .csv")
    if not out.parent.is_dir():
        raise UsageError(f"--out {out}: the folder {out.parent} does not exist")
    if args.threshold < 1:
        raise UsageError("--threshold: must be 1 or more")
    store, user_id = open_db(args, "stats.export")
    try:
        service = StatisticsService(store, user_id)
        site = str(store.setting("site_name") or "")
        result = service.compute(period, org, internal=not args.release)
        options = report.ReportOptions(lang=args.lang, release=args.release,
                                       threshold=args.threshold, site_name=site)
        try:
            service.write_report(report.build(result, options), out, period, org)
        except report.ReportError as exc:
            raise CommandError(str(exc)) from exc
    finally:
        store.close()
    print(f"Wrote {out}: {result.total} consultations, {period}"
          + (" (for outside release)" if args.release else ""))
    return 0


def cmd_import_csv(args: argparse.Namespace) -> int:
    from app.services import legacy_import
    from app.services.contacts import ContactService

    mapping: dict[str, str | None] = {}
    for item in args.map or []:
        source, sep, target = item.partition("=")
        if not sep or not source.strip():
            raise UsageError(f"--map {item}: write SOURCE=COLUMN (or SOURCE= to leave it out)")
        mapping[source.strip()] = target.strip() or None
    file_name = args.file
    if not Path(file_name).is_file():
        raise UsageError(f"{file_name}: no such file")
    store, user_id = open_db(args, "legacy.import", write=not args.dry_run)
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


def cmd_screenshots(args: argparse.Namespace) -> int:
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # never a window on the screen
    _require_qt()
    from app.ui.screenshots import render_all

    if args.first is not None and args.first < 1:
        raise UsageError("--first: must be 1 or more")
    files = render_all(Path(args.out), langs=args.lang or ["ru", "en"], first=args.first)
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
        p.set_defaults(func=func, command_name=name)
        return p

    p = command("gui", cmd_gui, "open the desktop app (the default)")
    p.add_argument("--lang", choices=["ru", "be", "en"], help="interface language")

    p = command("init", cmd_init, "create an empty encrypted database and its first "
                "administrator (INFOLINE_USER, INFOLINE_PASSWORD); with --existing-ok an "
                "existing unencrypted database is encrypted")
    p.add_argument("--name", metavar="FULL_NAME",
                   help="the administrator's full name (default: the user name)")
    p.add_argument("--site", metavar="NAME", help="this site's name")
    p.add_argument("--org", metavar="CODE", help="this site's organisation: lastrada or bwc")
    p.add_argument("--existing-ok", action="store_true", help="accept an existing database")

    p = command("demo", cmd_demo, "create a database filled with fictional demo data")
    p.add_argument("--contacts", type=int, default=3000, metavar="N",
                   help="number of contacts (default: %(default)s)")
    p.add_argument("--seed", type=int, default=113, metavar="S",
                   help="random seed; the same seed gives the same data (default: %(default)s)")

    p = command("check", cmd_check, "check the integrity of a database (integrity_check, "
                "foreign keys, schema revision, search index, audit chain)")
    p.add_argument("-v", "--verbose", action="store_true", help="list every check")

    p = command("backup", cmd_backup, "write a consistent, encrypted backup of the database "
                "(and its key file beside it)")
    p.add_argument("--out", required=True, metavar="FILE", help="the backup file to write")

    p = command("restore", cmd_restore, "replace the database by a backup, after checking "
                "the backup; the current file is kept as a backup first")
    p.add_argument("file", metavar="FILE", help="the backup file")

    p = command("directory-import", cmd_directory_import,
                "import the directory of contacts abroad from a CSV or XLSX file "
                "(the whole file or nothing)")
    p.add_argument("file", metavar="FILE", help="a .csv or .xlsx file (docs/directory.md)")
    p.add_argument("--dry-run", action="store_true", help="only check the file and report")

    p = command("directory-export", cmd_directory_export,
                "export the directory of contacts abroad to a CSV or XLSX file")
    p.add_argument("--out", required=True, metavar="FILE", help="a .csv or .xlsx file")

    p = command("cases", cmd_cases,
                "list the assistance and crisis cases (number, type, status, opened)")
    p.add_argument("--json", action="store_true", help="print JSON instead of a table")

    p = command("case-pdf", cmd_case_pdf, "write the PDF summary of an assistance case "
                "(recorded in the print log)")
    p.add_argument("number", metavar="NUMBER", help="the case number, e.g. A-2026-0001")
    p.add_argument("--out", required=True, metavar="FILE", help="the .pdf file to write")
    p.add_argument("--redacted", action="store_true",
                   help="hide names, phone numbers, addresses and dates of birth (for sharing)")
    p.add_argument("--lang", choices=["en", "ru", "be"], default="en",
                   help="language of the summary (default: %(default)s)")

    for name, func, help_text in (
        ("stats", cmd_stats, "the statistics of a period (the statistics JSON with --json)"),
        ("report", cmd_report, "write the statistical report as PDF, XLSX or CSV"),
    ):
        p = command(name, func, help_text)
        p.add_argument("--from", dest="date_from", required=True, metavar="DATE",
                       help="first day, YYYY-MM-DD (local calendar date)")
        p.add_argument("--to", dest="date_to", required=True, metavar="DATE",
                       help="last day, YYYY-MM-DD (included)")
        p.add_argument("--org", metavar="CODE", help="one organisation: lastrada or bwc "
                       "(default: both)")
        p.add_argument("--lang", choices=["en", "ru", "be"], default="en",
                       help="language of the text (default: %(default)s)")
        if name == "stats":
            p.add_argument("--json", action="store_true", help="print the statistics JSON")
        else:
            p.add_argument("--out", required=True, metavar="FILE",
                           help="the report file: .pdf, .xlsx or .csv")
            p.add_argument("--release", action="store_true",
                           help="for outside release: small numbers suppressed, no names")
            p.add_argument("--threshold", type=int, default=5, metavar="N",
                           help="with --release, numbers below N are hidden "
                                "(default: %(default)s)")

    p = command("import-csv", cmd_import_csv,
                "import a legacy spreadsheet (interchange CSV or XLSX); all rows or none")
    p.add_argument("file", metavar="FILE", help="the .csv or .xlsx file")
    p.add_argument("--dry-run", action="store_true", help="only check the file and report")
    p.add_argument("--map", action="append", metavar="SOURCE=COLUMN",
                   help="read the file's column SOURCE as COLUMN; SOURCE= leaves it out "
                        "(repeatable)")

    from app import cli_accounts, cli_selftest, cli_sync

    cli_sync.register(command)
    cli_accounts.register(command)
    cli_selftest.register(command)

    p = command("screenshots", cmd_screenshots,
                "render every main screen with demo data to PNG files", db=False)
    p.add_argument("--out", required=True, metavar="DIR", help="folder for the PNG files")
    p.add_argument("--lang", action="append", choices=["ru", "be", "en"],
                   help="language (repeatable; default: ru and en)")
    p.add_argument("--first", type=int, metavar="N",
                   help="only the first N screens (a quick check that rendering works)")
    return parser


def _expected_failure(args: argparse.Namespace, exc: BaseException) -> str | None:
    """One line for a failure that is not a bug, met anywhere in a command: the database
    busy with another program's write, or a full disk. None for anything else."""
    if "app.db.sqlite" not in sys.modules and not isinstance(exc, OSError):
        return None  # no database was opened
    from app.db.instance import busy_message, disk_full_message
    from app.db.sqlite import is_busy, is_disk_full

    path = _db_path(args) if hasattr(args, "db") else None
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
    instance.name_this_process("" if args.func is cmd_gui
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
