"""``infoline init``, ``demo``, ``check``, ``backup`` and ``restore``: the database file
itself (docs/security.md, docs/backup.md).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from app.cli import common
from app.cli.common import CommandError, UsageError


def cmd_init(args: argparse.Namespace) -> int:
    from app.db import StoreError
    from app.db.keyring import KeyringError
    from app.db.killpoint import step
    from app.models.taxonomy import load
    from app.services.accounts import auth
    from app.services.validation import ValidationError

    path = common.db_path(args)
    interrupted = auth.setup_interrupted(path)
    if path.exists() and path.stat().st_size > 0 and not args.existing_ok and not interrupted:
        raise UsageError(f"{path}: a database already exists there")
    if args.org and args.org not in load()["organisation"]:
        raise UsageError(f"--org {args.org}: not an organisation code (lastrada, bwc)")
    if not auth.needs_setup(path) and not interrupted:
        # Set up already: an administrator may still change the site's settings.
        store, _user = common.open_db(args, "site.manage", write=True)
        try:
            if args.site:
                store.set_setting("site_name", args.site)
            if args.org:
                store.set_setting("organisation", args.org)
        finally:
            store.close()
        print(f"Updated {path}")
        return 0
    user, password = common.credentials(
        "infoline init creates the first administrator: " + common.CREDENTIALS)
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
    from app.db import StoreError
    from app.db.keyring import KeyringError
    from app.services.accounts import auth
    from app.services.demo import data as demo

    path = common.db_path(args)
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
    path = common.db_path(args)
    store, _user = common.open_db(args)
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
    store, _user = common.open_db(args, "backup.make")
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
        path = common.db_path(args)
        try:
            return Keyring.load(path).unlock_with_recovery(code)
        except (KeyringError, WrongPassword) as exc:
            raise UsageError(str(exc)) from exc
    store, _user = common.open_db(args, "backup.restore")
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
        result = restore(common.db_path(args), backup, key)
    except BackupError as exc:
        from app.db.instance import InstanceError

        if isinstance(exc.__cause__, InstanceError):  # busy: not the input's fault
            raise CommandError(str(exc)) from exc
        raise UsageError(str(exc)) from exc
    print(f"Verified {backup}: integrity, foreign keys and the search index sound, "
          f"schema {result.verified.revision}; {result.verified.summary()}")
    if result.previous is not None:
        print(f"The database it replaced is kept as {result.previous}")
    print(f"Restored {common.db_path(args)}")
    return 0


def register(command: common.Command) -> None:
    """Add the commands to the parser (``command`` is build_parser's helper)."""
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
