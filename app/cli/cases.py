"""``infoline cases`` and ``case-pdf``: the crisis and assistance cases, and an assistance
case's PDF summary.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from app.cli import common
from app.cli.common import CommandError, UsageError


def cmd_cases(args: argparse.Namespace) -> int:
    import json

    from app.models.taxonomy import load
    from app.services.cases import all_cases
    from app.services.permissions import allowed

    login = common.login_db(args, "crisis.run")
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
    lang = getattr(args, "lang", "en")
    type_lists = {"crisis": "crisis_type", "assistance": "trafficking_status"}
    status_lists = {"crisis": "crisis_status", "assistance": "case_status"}
    lines = [("NUMBER", "KIND", "TYPE", "STATUS", "OPENED", "OVERDUE")]
    for r in rows:
        kind_list = type_lists.get(r.kind)
        label = tax[kind_list].label(r.type, lang) if kind_list in tax.lists else r.type
        status_list = status_lists.get(r.kind)
        status = (tax[status_list].label(r.status, lang)
                  if lang != "en" and status_list in tax.lists else r.status)
        lines.append((r.number, r.kind, label, status,
                      r.opened_at.astimezone().date().isoformat(),
                      str(r.overdue) if r.overdue else ""))
    widths = [max(len(line[i]) for line in lines) for i in range(len(lines[0]))]
    for line in lines:
        print("  ".join(v.ljust(w) for v, w in zip(line, widths, strict=True)).rstrip())
    print(f"{len(rows)} case(s)")
    return 0


def cmd_case_pdf(args: argparse.Namespace) -> int:
    from app.services.assistance.access import AssistancePermissionError
    from app.services.assistance.case_pdf import write_case_pdf
    from app.services.assistance.service import AssistanceService

    out = Path(args.out)
    if out.suffix.lower() != ".pdf":
        raise UsageError(f"--out {out}: the summary is written as a .pdf file")
    if not out.parent.is_dir():
        raise UsageError(f"--out {out}: the folder {out.parent} does not exist")
    login = common.login_db(args, "assistance.print")
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


def register(command: common.Command) -> None:
    """Add the commands to the parser (``command`` is build_parser's helper)."""
    p = command("cases", cmd_cases,
                "list the assistance and crisis cases (number, type, status, opened)")
    p.add_argument("--json", action="store_true", help="print JSON instead of a table")
    p.add_argument("--lang", choices=["en", "ru", "be"], default="en",
                   help="language of the types and statuses in the table (the JSON keeps "
                        "the codes; default: %(default)s)")

    p = command("case-pdf", cmd_case_pdf, "write the PDF summary of an assistance case "
                "(recorded in the print log)")
    p.add_argument("number", metavar="NUMBER", help="the case number, e.g. A-2026-0001")
    p.add_argument("--out", required=True, metavar="FILE", help="the .pdf file to write")
    p.add_argument("--redacted", action="store_true",
                   help="hide names, phone numbers, addresses and dates of birth (for sharing)")
    p.add_argument("--lang", choices=["en", "ru", "be"], default="en",
                   help="language of the summary (default: %(default)s)")
