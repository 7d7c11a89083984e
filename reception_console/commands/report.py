"""reception-console report figures — DOMAIN.md's figures for a period, as JSON or CSV for other tools."""

from __future__ import annotations

import argparse
import sys
from datetime import date

from ..platform.settings import Settings
from . import fail, guarded, signed_in


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date (YYYY-MM-DD)") from error


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    report = sub.add_parser("report", help="the supervisor's figures").add_subparsers(dest="action", required=True)
    figures = report.add_parser(
        "figures",
        help="print the figures of DOMAIN.md for a period",
        description="Figures for the local days FROM to TO (both included), each clinic cut in its own time zone.",
    )
    figures.add_argument("--from", dest="first", type=_date, required=True, metavar="DATE")
    figures.add_argument("--to", dest="last", type=_date, required=True, metavar="DATE")
    figures.add_argument("--clinic", action="append", default=[], metavar="KEY", help="a clinic's key (repeatable)")
    figures.add_argument("--by", choices=("total", "clinic", "receptionist", "line"), default="total")
    figures.add_argument("--format", choices=("json", "csv"), default="json")
    figures.add_argument("--service-level", type=int, default=9, metavar="SECONDS", help="threshold T (default 9)")
    figures.add_argument("--callback-hours", type=float, default=1, metavar="H", help="callback coverage H (1)")


def run(args: argparse.Namespace, settings: Settings) -> int:
    if args.last < args.first:
        return fail(f"The period ends ({args.last}) before it starts ({args.first}).")
    if args.service_level < 0 or args.callback_hours < 0:
        return fail("The service-level threshold and the callback hours cannot be negative.")
    return guarded(lambda: _figures(args, settings))


def _figures(args: argparse.Namespace, settings: Settings) -> int:
    from ..domain.periods import Period
    from ..domain.reports import Grouping, ReportQuery
    from ..services.exports import figures_table, write_csv, write_json
    from ..services.permissions import PermissionDenied

    # the figures are a supervisor's: read-only, but never for nobody
    with signed_in(settings, getattr(args, "user", None), "report figures", changes=False) as (_db, services, _actor):
        reports = services.reports
        clinics = {c.key: c.id for c in reports.clinics()}
        unknown = [k for k in args.clinic if k not in clinics]
        if unknown:
            return fail(f"No clinic with the key {', '.join(unknown)}. Known: {', '.join(sorted(clinics))}.")
        query = ReportQuery(
            Period(args.first, args.last),
            tuple(clinics[k] for k in args.clinic),
            Grouping(args.by),
            service_level_seconds=args.service_level,
            callback_hours=args.callback_hours,
        )
        try:
            table = figures_table(reports.figures(query))
        except PermissionDenied as error:
            return fail(str(error))
    if args.format == "csv":
        write_csv(sys.stdout, table)
    else:
        write_json(
            sys.stdout,
            table,
            period={"from": args.first.isoformat(), "to": args.last.isoformat()},
            clinics=args.clinic,
            by=args.by,
            service_level_seconds=args.service_level,
            callback_hours=args.callback_hours,
        )
    return 0
