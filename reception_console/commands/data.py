"""reception-console data purge|subject|audit — retention, a caller's requests and the audit trail, from a shell.

Each of them changes the database or hands out patient data (and is recorded in the audit trail), so someone does
it: --user LOGIN, an admin (the password from RECEPTION_CONSOLE_PASSWORD, the keyring, or asked for), or IT's own
connection to a shared database (recorded as "command line"). A new embedded file nobody can sign in to yet is
set up from the command line alone.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from ..platform.settings import Settings
from . import CommandError, guarded, signed_in


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    data = sub.add_parser("data", help="patient data: retention, a caller's requests, the audit trail")
    actions = data.add_subparsers(dest="action", required=True)
    purge = actions.add_parser("purge", help="anonymise calls past their clinic's retention; prune old backups")
    purge.add_argument("--dry-run", action="store_true", help="only say what would be anonymised")
    subject = actions.add_parser("subject", help="a caller's data as a JSON file (right of access); --erase")
    subject.add_argument("number", help="the caller's phone number, e.g. +48601234567")
    subject.add_argument("--out", metavar="FILE", help="where to write the JSON (default: subject-<digits>.json)")
    subject.add_argument("--erase", action="store_true", help="after writing the file, erase the caller's data")
    audit = actions.add_parser("audit", help="the audit trail as a CSV file")
    audit.add_argument("--out", metavar="FILE", required=True, help="the CSV file to write")


def run(args: argparse.Namespace, settings: Settings) -> int:
    from ..services.permissions import PermissionDenied

    actions = {"purge": _purge, "subject": _subject, "audit": _audit}

    def act() -> int:
        with signed_in(settings, getattr(args, "user", None), f"data {args.action}") as (db, services, actor):
            try:
                return actions[args.action](args, db, services, actor)
            except PermissionDenied as error:
                raise CommandError(f"{error} (`data {args.action}` is for an admin)") from error

    return guarded(act)


def _purge(args: argparse.Namespace, db: Any, services: Any, actor: Any) -> int:
    from ..platform.backups import prune_backups

    report = services.retention.purge(actor, dry_run=args.dry_run)
    verb = "would be anonymised" if args.dry_run else "anonymised"
    names = {c.id: c.name for c in services.reports.clinics()}
    for part in report.clinics:
        if part.calls or part.clinic_id in names:
            where = names.get(part.clinic_id, "no clinic") if part.clinic_id is not None else "no clinic"
            print(f"{where}: {part.calls} call(s) before {part.cutoff.date().isoformat()} {verb}")
    if not args.dry_run:
        print(f"audit trail: {report.audit_events} event(s) past the retention removed")
    path = db.sqlite_path
    if path is not None:
        removed = prune_backups(path, older_than=services.retention.backup_cutoff(), dry_run=args.dry_run)
        for backup in removed:
            print(f"backup {'would be ' if args.dry_run else ''}removed: {backup}")
    return 0


def _subject(args: argparse.Namespace, _db: Any, services: Any, actor: Any) -> int:
    from ..platform.private_files import private_file
    from ..services.phones import InvalidNumberError

    try:
        data = services.subjects.export(actor, args.number)
    except InvalidNumberError as error:
        raise CommandError(str(error)) from error
    digits = "".join(ch for ch in data["number"] if ch.isdigit())
    out = Path(args.out) if args.out else Path(f"subject-{digits}.json")
    try:
        out.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    except OSError as error:
        raise CommandError(f"cannot write {out}: {error}") from error
    private_file(out)
    print(f"{len(data['calls'])} call(s), {len(data['tasks'])} task(s) written to {out}")
    if args.erase:
        erased = services.subjects.erase(actor, data["number"])
        print(f"{erased} call(s) erased (figures kept); the erasure is in the audit trail")
    return 0


def _audit(args: argparse.Namespace, _db: Any, services: Any, actor: Any) -> int:
    from ..services.exports import write_csv

    table = services.audit.export(actor)
    try:
        write_csv(Path(args.out), table)
    except OSError as error:
        raise CommandError(f"cannot write {args.out}: {error}") from error
    print(f"{len(table.rows)} event(s) written to {args.out}", file=sys.stderr)
    return 0
