"""``infoline stats`` and ``report``: the statistics of a period, as text, JSON or a
report file.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from app.cli import common
from app.cli.common import CommandError, UsageError


def _stats_period(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    """The period and organisation of ``stats`` and ``report``, checked."""
    from datetime import date

    from app.models.taxonomy import load
    from app.services.statistics.sums import Period

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

    from app.services.statistics import report
    from app.services.statistics.service import StatisticsService

    period, org = _stats_period(args)
    store, user_id = common.open_db(args, "stats.export")
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
    from app.services.statistics import blocks, campaigns, report, trends
    from app.services.statistics.service import StatisticsService

    period, org = _stats_period(args)
    out = Path(args.out)
    if out.suffix.lower() not in report.FORMATS:
        raise UsageError(f"--out {out}: the report is written as .pdf, .docx, .xlsx or .csv")
    if not out.parent.is_dir():
        raise UsageError(f"--out {out}: the folder {out.parent} does not exist")
    if args.threshold < 1:
        raise UsageError("--threshold: must be 1 or more")
    if not 0 <= args.trend_years <= trends.MAX_YEARS:
        raise UsageError(f"--trend-years {args.trend_years}: from 0 to {trends.MAX_YEARS}")
    store, user_id = common.open_db(args, "stats.export")
    try:
        service = StatisticsService(store, user_id)
        site = str(store.setting("site_name") or "")
        result = service.compute(period, org, internal=not args.release)
        trend = (service.trends(trends.years(period.end.year, args.trend_years), org)
                 if args.trend_years > 1 else None)
        options = report.ReportOptions(lang=args.lang, release=args.release,
                                       threshold=args.threshold, site_name=site,
                                       texts=blocks.load(store, period, org), trends=trend,
                                       campaigns=campaigns.started_in(store, user_id, period,
                                                                      org))
        try:
            service.write_report(report.build(result, options), out, period, org)
        except report.ReportError as exc:
            raise CommandError(str(exc)) from exc
    finally:
        store.close()
    print(f"Wrote {out}: {result.total} consultations, {period}"
          + (" (for outside release)" if args.release else ""))
    return 0


def register(command: common.Command) -> None:
    """Add the commands to the parser (``command`` is build_parser's helper)."""
    for name, func, help_text in (
        ("stats", cmd_stats, "the statistics of a period (the statistics JSON with --json)"),
        ("report", cmd_report, "write the report as PDF, DOCX, XLSX or CSV"),
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
                           help="the report file: .pdf, .docx, .xlsx or .csv")
            p.add_argument("--trend-years", type=int, default=5, metavar="N",
                           help="the trends over the N years up to the period's last "
                                "(default: %(default)s; 0 or 1: none)")
            p.add_argument("--release", action="store_true",
                           help="for outside release: small numbers suppressed, no names")
            p.add_argument("--threshold", type=int, default=5, metavar="N",
                           help="with --release, numbers below N are hidden "
                                "(default: %(default)s)")
