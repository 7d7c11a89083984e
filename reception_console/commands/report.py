"""reception-console report figures — DOMAIN.md's figures for a period, as JSON or CSV for other tools;
reception-console report send --clinic KEY --date D — the owner's summary e-mail of one day (or --weekly), now."""

from __future__ import annotations

import argparse
import sys
from datetime import date

from ..platform.settings import Settings
from . import CommandError, fail, guarded, signed_in


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
    send = report.add_parser(
        "send",
        help="e-mail a clinic's owner the summary of one day (or week) now, and print the server's answer",
    )
    send.add_argument("--clinic", required=True, metavar="KEY", help="the clinic's key")
    send.add_argument("--date", dest="day", type=_date, required=True, metavar="DATE", help="the day (YYYY-MM-DD)")
    send.add_argument("--weekly", action="store_true", help="the week of seven days ending on DATE")


def run(args: argparse.Namespace, settings: Settings) -> int:
    if args.action == "send":
        return guarded(lambda: _send(args, settings))
    return _checked_figures(args, settings)


def _send(args: argparse.Namespace, settings: Settings) -> int:
    """Built and sent at once (not through the outbox): a person asked for it and waits for the answer."""
    from datetime import timedelta

    from ..app import owner_summaries, senders
    from ..domain.messages import DeliveryError, DeliveryState, Medium, OutboxItem
    from ..domain.permissions import Permission
    from ..services.permissions import PermissionDenied, require

    with signed_in(settings, getattr(args, "user", None), "report send", changes=False) as (db, _services, actor):
        try:
            require(actor, Permission.SUPERVISE)  # a clinic's figures, sent out
        except PermissionDenied as error:
            raise CommandError(str(error)) from error
        summaries = owner_summaries(db, settings)
        clinic = summaries.clinic(args.clinic)
        if clinic is None:
            raise CommandError(f"No clinic has the key {args.clinic!r}.")
        first = args.day - timedelta(days=6) if args.weekly else args.day
        message = summaries.message(clinic, first, args.day)
    if message is None:
        raise CommandError(f"{clinic.name}: the card has no owner's e-mail address (or the owner's channel is none).")
    sender = senders(settings.notify).get(Medium.EMAIL)
    if sender is None:
        raise CommandError("E-mail is not set up in config.toml ([notify.email]).")
    from ..domain.calls import utcnow

    item = OutboxItem(0, message.key, message.kind, message.medium, message.to, message.subject, message.text,
                      message.html, DeliveryState.QUEUED, 0, utcnow())  # fmt: skip
    try:
        receipt = sender.send(item)
    except DeliveryError as error:
        raise CommandError(f"Not sent: {error.answer}") from error
    print(f"Sent: {message.subject}. The server's id: {receipt.provider_id}; its answer: {receipt.answer}")
    return 0


def _checked_figures(args: argparse.Namespace, settings: Settings) -> int:
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
