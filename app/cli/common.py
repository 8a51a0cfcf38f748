"""What every ``infoline`` command shares: the two kinds of expected failure, the
database path, the acting user's credentials and the login (spec/interfaces.md).

Commands call :func:`open_db` and :func:`login_db` through this module
(``common.open_db(...)``), so a test can replace the login in one place.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from app import paths

if TYPE_CHECKING:
    from app.db import Store
    from app.services.accounts.auth import LoginResult

Command = Callable[..., argparse.ArgumentParser]
"""build_parser's helper that adds one sub-command (name, function, help; db=True)."""


class UsageError(Exception):
    """Bad input from the user: exit code 2."""


class CommandError(Exception):
    """A failure that is not the input's fault: exit code 1."""


def db_path(args: argparse.Namespace) -> Path:
    return Path(args.db) if args.db else paths.default_db()


CREDENTIALS = ("set INFOLINE_USER and INFOLINE_PASSWORD to your user name and password "
               "(a password is never taken from the command line)")


def credentials(what: str = CREDENTIALS) -> tuple[str, str]:
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

    from app.db import BusyError, StoreError
    from app.db.instance import busy_message, disk_full_message
    from app.db.names import is_plain_database
    from app.db.sqlite import is_busy, is_disk_full
    from app.services.accounts import auth
    from app.services.permissions import PermissionDeniedError, require

    path = db_path(args)
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
    user, password = credentials()
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


def require_qt() -> None:
    """A missing Qt system library: one line naming it, not Qt's abort."""
    from app.qtlibs import QtLibraryError, require_gui

    try:
        require_gui()
    except QtLibraryError as exc:
        raise CommandError(str(exc)) from exc


