"""Sync commands of ``infoline``: site-key, peer-add, peers, export, import, sync-status,
conflicts, conflict-resolve (docs/sync-format.md).
"""

from __future__ import annotations

import argparse
import json
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.cli import common
from app.cli.common import CommandError, UsageError

if TYPE_CHECKING:
    from collections.abc import Iterator

    from app.services.sync.service import SyncService



def _acting_user(store: Any, user_id: str | None) -> str | None:
    """The user the command acts as: the login's, or (until every command logs in)
    the account named by INFOLINE_USER."""
    if user_id is not None:
        return user_id
    import os

    from sqlalchemy import select

    from app.models import User

    username = os.environ.get("INFOLINE_USER", "").strip()
    if not username:
        return None
    with store.sessions() as s:
        return s.scalar(select(User.id).where(User.username == username,
                                              User.deleted_at.is_(None)))


@contextmanager
def _service(args: argparse.Namespace, action: str, *,
             write: bool = False) -> Iterator[SyncService]:
    from app.services.permissions import PermissionDeniedError
    from app.services.sync.keys import KeyFileError
    from app.services.sync.service import SyncError, SyncRefusedError, SyncService

    # looked up now: tests replace it
    store, user_id = common.open_db(args, action, write=write)
    try:
        yield SyncService(store, _acting_user(store, user_id))
    except PermissionDeniedError as exc:
        raise CommandError(str(exc)) from exc
    except (SyncRefusedError, KeyFileError) as exc:
        raise UsageError(f"{getattr(args, 'file', None) or ''}: refused: {exc}"
                         if isinstance(exc, SyncRefusedError) else str(exc)) from exc
    except SyncError as exc:
        raise UsageError(str(exc)) from exc
    finally:
        store.close()


def _when(moment: Any) -> str:
    return moment.astimezone().strftime("%Y-%m-%d %H:%M") if moment else "never"


def cmd_site_key(args: argparse.Namespace) -> int:
    out = Path(args.out)
    if not out.parent.is_dir():
        raise UsageError(f"--out {out}: the folder {out.parent} does not exist")
    with _service(args, "site.manage", write=True) as sync:
        public = sync.write_key_file(out)
    print(f"Wrote {out}: the public key of site {public.site_name or public.site_id}")
    print(f"Fingerprint: {public.display_fingerprint}")
    print("Read it to the partner by phone when they add this site.")
    return 0


def cmd_peer_remove(args: argparse.Namespace) -> int:
    with _service(args, "site.manage", write=True) as sync:
        sync.remove_peer(args.name)
    print(f"Removed partner {args.name}: its files are refused from now on; add it again "
          "from a new key file if its key changed")
    return 0


def cmd_peer_add(args: argparse.Namespace) -> int:
    from app.services.sync.keys import read_key_file

    with _service(args, "site.manage", write=True) as sync:
        public = read_key_file(Path(args.keyfile))
        peer = sync.add_peer(args.name, public, confirmed_fingerprint=args.fingerprint)
    org = f", {peer.organisation}" if peer.organisation else ""
    print(f"Added partner {peer.name} (site {peer.site_name or peer.site_id}{org})")
    print(f"Fingerprint: {peer.display_fingerprint}")
    if args.fingerprint is None:
        print("Check it with the partner by phone: they read theirs from "
              "`infoline site-key`; if it differs, remove the partner.")
    return 0


def cmd_peers(args: argparse.Namespace) -> int:
    with _service(args, "sync.exchange") as sync:
        peers = sync.peers()
    if args.json:
        print(json.dumps({"version": 1, "peers": [
            {"name": p.name, "site_id": p.site_id, "site_name": p.site_name,
             "organisation": p.organisation, "fingerprint": p.fingerprint,
             "last_sent": p.last_export_at.isoformat() if p.last_export_at else None,
             "records_sent": p.last_export_records,
             "last_received": p.last_import_at.isoformat() if p.last_import_at else None,
             "records_received": p.last_import_records,
             "conflicts_open": p.conflicts_open} for p in peers]},
            ensure_ascii=False, indent=1))
        return 0
    for p in peers:
        print(f"{p.name}  [{p.display_fingerprint}]")
        print(f"  sent {_when(p.last_export_at)} ({p.last_export_records or 0} records), "
              f"received {_when(p.last_import_at)} ({p.last_import_records or 0} records), "
              f"{p.conflicts_open} conflict(s) open")
    print(f"{len(peers)} partner(s)")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    out = Path(args.out)
    if not out.parent.is_dir():
        raise UsageError(f"--out {out}: the folder {out.parent} does not exist")
    with _service(args, "sync.exchange", write=True) as sync:
        result = sync.export(args.peer, out, full=args.all)
    what = "everything" if result.full else "changes since the last file"
    print(f"Wrote {out} for partner {result.peer}: {result.records} records, "
          f"{result.tombstones} deletions ({what})")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    path = Path(args.file)
    if not path.is_file():
        raise UsageError(f"{path}: no such file")
    with _service(args, "sync.exchange", write=True) as sync:
        result = sync.import_file(path)
    if result.result == "duplicate":
        print(f"{path}: imported before ({_when(result.already_at)}); nothing changed")
        return 0
    c = result.counts
    print(f"{path} from partner {result.peer}: {c['inserted']} new, {c['updated']} changed, "
          f"{c['deleted']} deleted, {c['conflicts']} conflict(s), {c['unchanged']} unchanged"
          + (f", {c['waiting']} waiting for records not received yet" if c["waiting"] else ""))
    return 0


def cmd_status(args: argparse.Namespace) -> int:
    with _service(args, "sync.exchange") as sync:
        site = sync.site()
        peers = sync.peers()
        conflicts = sync.conflicts()
        waiting = sync.pending_count()
        history = sync.history(limit=5)
    print(f"Site {site.name or site.site_id}"
          + (f" ({site.organisation})" if site.organisation else ""))
    print(f"Fingerprint: {site.display_fingerprint or 'no key yet (infoline site-key)'}")
    print(f"{len(peers)} partner(s), {len(conflicts)} conflict(s) open, "
          f"{waiting} record(s) waiting for others")
    for h in history:
        reason = f": {h.reason}" if h.reason else ""
        print(f"  {_when(h.at)}  {h.file_name}  {h.peer_name or '?'}  {h.result}{reason}")
    return 0


def cmd_conflicts(args: argparse.Namespace) -> int:
    with _service(args, "sync.exchange") as sync:
        rows = sync.conflicts(status=None if args.all else "open")
    if args.json:
        print(json.dumps({"version": 1, "conflicts": [
            {"id": c.id, "table": c.table, "record_id": c.record_id, "kind": c.kind,
             "fields": c.fields, "status": c.status, "detected_at": c.detected_at.isoformat(),
             "winner_site": c.winner_site, "other_site": c.loser_site} for c in rows]},
            ensure_ascii=False, indent=1))
        return 0
    for c in rows:
        print(f"{c.id}  {c.table} {c.record_id}  {c.kind}  {', '.join(c.fields) or '-'}  "
              f"{c.status}")
    print(f"{len(rows)} conflict(s)")
    return 0


def cmd_conflict_resolve(args: argparse.Namespace) -> int:
    if args.accept == bool(args.take_other or args.field):
        raise UsageError("say --accept, or --take-other (optionally with --field)")
    with _service(args, "sync.resolve", write=True) as sync:
        if args.accept:
            sync.accept(args.id)
            print(f"Conflict {args.id}: the winning version stays")
        else:
            sync.take_other(args.id, args.field or None)
            print(f"Conflict {args.id}: the other version's "
                  + (", ".join(args.field) if args.field else "values") + " taken")
    return 0


def register(command: common.Command) -> None:
    """Add the sync commands to the parser (``command`` is build_parser's helper)."""
    p = command("site-key", cmd_site_key,
                "write this site's public key file for partners and print its fingerprint")
    p.add_argument("--out", required=True, metavar="FILE", help="the key file to write")

    p = command("peer-add", cmd_peer_add,
                "register a partner site from its key file (prints the fingerprint)")
    p.add_argument("name", metavar="NAME", help="a short name for the partner")
    p.add_argument("keyfile", metavar="KEYFILE", help="the partner's key file")
    p.add_argument("--fingerprint", metavar="TEXT",
                   help="the fingerprint the partner read aloud; nothing is added unless "
                        "it matches")

    p = command("peer-remove", cmd_peer_remove,
                "remove a partner site (a wrong fingerprint, a lost or replaced key)")
    p.add_argument("name", metavar="NAME", help="the partner's name")

    p = command("peers", cmd_peers, "list the partner sites and the files exchanged")
    p.add_argument("--json", action="store_true", help="print JSON")

    p = command("export", cmd_export, "write a sync file for a partner (every change since "
                "the last file to it, encrypted to it and signed)")
    p.add_argument("--peer", required=True, metavar="NAME", help="the partner")
    p.add_argument("--out", required=True, metavar="FILE", help="the file to write")
    p.add_argument("--all", action="store_true", help="everything, not only the changes")

    p = command("import", cmd_import, "apply a partner's sync file (all of it or nothing; "
                "the same file twice changes nothing)")
    p.add_argument("file", metavar="FILE", help="the sync file")

    command("sync-status", cmd_status,
            "this site's fingerprint, partners, open conflicts and the last imports")

    p = command("conflicts", cmd_conflicts, "list the sync conflicts waiting for a supervisor")
    p.add_argument("--all", action="store_true", help="resolved ones too")
    p.add_argument("--json", action="store_true", help="print JSON")

    p = command("conflict-resolve", cmd_conflict_resolve,
                "resolve a sync conflict: keep the winner, or take the other version")
    p.add_argument("id", metavar="ID", help="the conflict's id (infoline conflicts)")
    p.add_argument("--accept", action="store_true", help="the winning version stays")
    p.add_argument("--take-other", action="store_true",
                   help="take the other version's values")
    p.add_argument("--field", action="append", metavar="NAME",
                   help="take only this field of the other version (repeatable)")
