"""``infoline accounts …`` and ``infoline audit``: accounts and the audit log from the
command line, for administrators.

The acting administrator logs in with INFOLINE_USER / INFOLINE_PASSWORD; a new or
reset password comes from INFOLINE_NEW_PASSWORD, never from the command line.
"""

from __future__ import annotations

import argparse
import json
import os
from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from typing import Any

from app.cli import common
from app.cli.common import UsageError

NEW_PASSWORD = "INFOLINE_NEW_PASSWORD"  # noqa: S105 - the name of a variable


def _new_password() -> str:
    password = os.environ.get(NEW_PASSWORD, "")
    if not password:
        raise UsageError(f"set {NEW_PASSWORD} to the account's new password (a password is "
                         "never taken from the command line)")
    return password


def _service(args: argparse.Namespace, write: bool):  # type: ignore[no-untyped-def]
    from app.services.accounts.service import AccountService

    login = common.login_db(args, "accounts.manage", write=write)
    return AccountService(login.store, login.keyring, login.db_key, login.user_id)


def _run(args: argparse.Namespace, work: Callable[..., object], *,
         write: bool = True) -> object:
    from app.db.keyring import KeyringError
    from app.services.accounts import auth
    from app.services.accounts.service import AccountError
    from app.services.permissions import PermissionDeniedError
    from app.services.validation import ValidationError

    service = _service(args, write)
    try:
        return work(service)
    except ValidationError as exc:
        raise UsageError(auth.describe(exc)) from exc
    except (AccountError, PermissionDeniedError, KeyringError, LookupError) as exc:
        raise UsageError(str(exc).strip("'\"")) from exc
    finally:
        service.store.close()


def _find(service, username: str) -> str:  # type: ignore[no-untyped-def]
    from app.services.accounts.service import normal_username

    name = normal_username(username)
    for row in service.accounts():
        if row.username == name:
            return str(row.id)
    raise UsageError(f"{username}: no such account")


def cmd_list(args: argparse.Namespace) -> int:
    rows = _run(args, lambda s: s.accounts(), write=False)
    assert isinstance(rows, list)
    lines = [("USERNAME", "NAME", "ROLE", "STATE", "LAST LOGIN")]
    for r in rows:
        state = "active" if r.active and r.has_password else (
            "no password" if r.active else "deactivated")
        if r.locked_until:
            state = "locked"
        last = r.last_login_at.astimezone().strftime("%Y-%m-%d %H:%M") if r.last_login_at \
            else ""
        lines.append((r.username, r.full_name, r.role, state, last))
    widths = [max(len(line[i]) for line in lines) for i in range(len(lines[0]))]
    for line in lines:
        print("  ".join(v.ljust(w) for v, w in zip(line, widths, strict=True)).rstrip())
    print(f"{len(rows)} account(s)")
    return 0


def cmd_add(args: argparse.Namespace) -> int:
    password = _new_password()
    row = _run(args, lambda s: s.create(args.username, args.name, args.role, password,
                                        must_change=not args.keep_password))
    print(f"Created the account {row.username} ({row.role})"  # type: ignore[attr-defined]
          + ("" if args.keep_password else "; the password must be changed at first login"))
    return 0


def cmd_deactivate(args: argparse.Namespace) -> int:
    row = _run(args, lambda s: s.deactivate(_find(s, args.username)))
    print(f"Deactivated {row.username}")  # type: ignore[attr-defined]
    return 0


def cmd_recovery_code(args: argparse.Namespace) -> int:
    _user, password = common.credentials()

    def make(service) -> None:  # type: ignore[no-untyped-def]
        code = service.new_recovery_code(password)
        print("New recovery code (the old one no longer works). Print it and lock it "
              "away; it is not shown again:")
        print(code, flush=True)
        service.recovery_code_seen()

    _run(args, make)
    return 0


def cmd_reactivate(args: argparse.Namespace) -> int:
    password = _new_password()
    row = _run(args, lambda s: s.reactivate(_find(s, args.username), password,
                                            must_change=not args.keep_password))
    print(f"Reactivated {row.username}")  # type: ignore[attr-defined]
    return 0


def cmd_role(args: argparse.Namespace) -> int:
    row = _run(args, lambda s: s.set_role(_find(s, args.username), args.role))
    print(f"{row.username} is now {row.role}")  # type: ignore[attr-defined]
    return 0


def cmd_reset_password(args: argparse.Namespace) -> int:
    password = _new_password()
    row = _run(args, lambda s: s.reset_password(_find(s, args.username), password,
                                                must_change=not args.keep_password))
    print(f"New password set for {row.username}")  # type: ignore[attr-defined]
    return 0


def _day(option: str, value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise UsageError(f"{option} {value}: not a date (write YYYY-MM-DD)") from None


def cmd_audit(args: argparse.Namespace) -> int:
    from app.services.audit.log import AuditQuery, AuditService

    start, end = _day("--from", args.date_from), _day("--to", args.date_to)
    query = AuditQuery(
        start=datetime.combine(start, time()).astimezone() if start else None,
        end=datetime.combine(end + timedelta(days=1), time()).astimezone() if end else None,
        username=args.user, action=args.action, object_kind=args.kind)
    login = common.login_db(args, "audit.view")
    try:
        service = AuditService(login.store, login.user_id)
        rows = service.page(query, limit=args.limit)
        problems = service.verify()
        names = {} if args.json else service.names(rows)
    finally:
        login.store.close()
    if args.json:
        print(json.dumps({"entries": [{
            "seq": r.seq, "at": r.at.isoformat(), "site_id": r.site_id, "user_id": r.user_id,
            "username": r.username, "action": r.action, "object_kind": r.object_kind,
            "object_id": r.object_id, "details": r.details} for r in rows],
            "chain_problems": problems}, ensure_ascii=False, indent=1))
        return 0
    from app.models.taxonomy import load as load_taxonomy

    tax = load_taxonomy()
    for r in reversed(rows):
        name = names.get((r.object_kind or "", r.object_id or ""))
        obj = _object_text(r.object_kind, r.object_id, name, args.lang)
        details = _details_text(r.details, args.lang, tax)
        print(f"{r.seq:>7}  {r.at.astimezone():%Y-%m-%d %H:%M:%S}  {r.username or '-':<14}  "
              f"{r.action:<18}  {obj}  {details}".rstrip())
    print(f"{len(rows)} entr{'y' if len(rows) == 1 else 'ies'} shown; chain "
          + ("intact" if not problems else f"BROKEN: {'; '.join(problems)}"))
    return 0


def _object_text(kind: str | None, object_id: str | None, name: Any, lang: str) -> str:
    """What an entry is about, by name where it has one: "crisis_case K-2026-0003",
    "assistance_service of assistance_case A-2026-0016", "contact of 2026-12-07 14:30";
    the id only for a record that is gone."""
    from app.models import countries

    if not kind:
        return ""
    if name is None:
        return f"{kind}:{object_id}" if object_id else kind
    if name.text:
        return f"{kind} {name.text}"
    if name.parent_text:
        return f"{kind} of {name.parent_kind} {name.parent_text}"
    if name.when is not None:
        return f"{kind} of {name.when.astimezone():%Y-%m-%d %H:%M}"
    if name.country:
        return f"{kind} {countries.name(name.country, lang)}"
    return f"{kind}:{object_id}"


def _details_text(details: dict[str, Any], lang: str, tax: Any) -> str:
    """The details without empty values, an organisation by its name in ``lang``."""
    shown = {k: v for k, v in details.items() if v is not None}
    org = shown.get("organisation")
    if isinstance(org, str):
        shown["organisation"] = tax["organisation"].label(org, lang)
    return json.dumps(shown, ensure_ascii=False) if shown else ""


def register(command: common.Command) -> None:
    """Add the commands to the parser (``command`` is build_parser's helper)."""
    from app.services.permissions import ROLES

    p = command("accounts", lambda _a: _usage(p), "manage accounts (administrators)")
    commands = p.add_subparsers(title="account commands", metavar="ACTION")

    def action(name: str, func: Callable[[argparse.Namespace], int],
               help_text: str) -> argparse.ArgumentParser:
        q = commands.add_parser(name, help=help_text, description=help_text)
        q.add_argument("--db", metavar="PATH", default=argparse.SUPPRESS,
                       help="database file")
        q.set_defaults(func=func, command_name=f"accounts {name}")
        return q

    action("list", cmd_list, "list the accounts")
    q = action("add", cmd_add, f"create an account; its password comes from {NEW_PASSWORD}")
    q.add_argument("username", metavar="USERNAME")
    q.add_argument("--name", required=True, metavar="FULL_NAME", help="the person's full name")
    q.add_argument("--role", required=True, choices=ROLES)
    q.add_argument("--keep-password", action="store_true",
                   help="do not ask for a new password at the first login")
    q = action("deactivate", cmd_deactivate, "close an account (it can no longer log in)")
    q.add_argument("username", metavar="USERNAME")
    q = action("reactivate", cmd_reactivate,
               f"open a closed account again with the password in {NEW_PASSWORD}")
    q.add_argument("username", metavar="USERNAME")
    q.add_argument("--keep-password", action="store_true")
    q = action("role", cmd_role, "change an account's role")
    q.add_argument("username", metavar="USERNAME")
    q.add_argument("role", choices=ROLES)
    q = action("reset-password", cmd_reset_password,
               f"set the password in {NEW_PASSWORD} (also ends a lockout)")
    q.add_argument("username", metavar="USERNAME")
    q.add_argument("--keep-password", action="store_true")
    action("recovery-code", cmd_recovery_code,
           "make a new recovery code (the old one stops working) and print it once")

    p2 = command("audit", cmd_audit, "show the audit log and check its chain (administrators)")
    p2.add_argument("--from", dest="date_from", metavar="DATE", help="first day, YYYY-MM-DD")
    p2.add_argument("--to", dest="date_to", metavar="DATE", help="last day, YYYY-MM-DD")
    p2.add_argument("--user", metavar="USERNAME", help="only this user's entries")
    p2.add_argument("--action", metavar="ACTION", help="only this action (login, export…)")
    p2.add_argument("--kind", metavar="KIND", help="only this kind of object")
    p2.add_argument("--limit", type=int, default=100, metavar="N",
                    help="the newest N entries (default: %(default)s)")
    p2.add_argument("--json", action="store_true", help="print JSON")
    p2.add_argument("--lang", choices=["en", "ru", "be"], default="en",
                    help="language of the names of organisations and countries in the "
                         "lines (the JSON keeps the codes; default: %(default)s)")


def _usage(p: argparse.ArgumentParser) -> int:
    raise UsageError("accounts: choose an action: list, add, deactivate, reactivate, role, "
                     "reset-password, recovery-code")
