"""reception-console training scenarios|export|import|results — virtual-patient scenarios as files and the monthly
knowledge test's results, without a window.

Importing changes the clinics' scenarios and reading results is a supervisor's, so both are done by someone:
--user LOGIN (the password from RECEPTION_CONSOLE_PASSWORD, the system keyring, or asked for), or IT's own login on
a shared database. Listing and exporting scenarios reads, and on the embedded file needs nobody.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

from ..platform.settings import Settings
from . import CommandError, fail, guarded, shown_problems, signed_in


def _month(text: str) -> str:
    if not re.fullmatch(r"\d{4}-(0[1-9]|1[0-2])", text):
        raise argparse.ArgumentTypeError(f"{text!r} is not a month (YYYY-MM)")
    return text


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    training = sub.add_parser("training", help="practice scenarios and knowledge-test results").add_subparsers(
        dest="action", required=True
    )
    listing = training.add_parser("scenarios", help="list a clinic's scenarios (its own, or the generated set)")
    listing.add_argument("clinic", metavar="CLINIC", help="the clinic's key")
    export = training.add_parser("export", help="write a clinic's scenarios to FILE; '-' for stdout")
    export.add_argument("clinic", metavar="CLINIC", help="the clinic's key")
    export.add_argument("file", metavar="FILE")
    imp = training.add_parser("import", help="check FILE whole, then replace each named clinic's scenarios")
    imp.add_argument("file", metavar="FILE", type=Path)
    imp.add_argument("--dry-run", action="store_true", help="check and tell what would change; change nothing")
    results = training.add_parser("results", help="knowledge-test results per receptionist, clinic and month")
    results.add_argument("--month", type=_month, metavar="YYYY-MM", help="only this month")
    out = results.add_mutually_exclusive_group()
    out.add_argument("--csv", type=Path, metavar="FILE", help="write them to a CSV file ('-' for stdout)")
    out.add_argument("--xlsx", type=Path, metavar="FILE", help="write them to an Excel file")


def run(args: argparse.Namespace, settings: Settings) -> int:
    return guarded(lambda: _run(args, settings))


def _clinic(services, key: str) -> int:  # type: ignore[no-untyped-def]
    clinic_id = services.training.clinic_keys().get(key)
    if clinic_id is None:
        raise CommandError(f"No clinic has the key {key!r}.")
    return int(clinic_id)


def _run(args: argparse.Namespace, settings: Settings) -> int:
    from ..domain.errors import StorageUnavailableError
    from ..services.permissions import PermissionDenied
    from ..services.training_files import ScenarioFileError

    reads = args.action in ("scenarios", "export") or getattr(args, "dry_run", False)
    with signed_in(
        settings,
        getattr(args, "user", None),
        f"training {args.action}",
        changes=args.action == "import" and not reads,
        anyone=reads,
    ) as (db, services, _actor):
        try:
            if args.action == "scenarios":
                return _list(services, args.clinic)
            if args.action == "export":
                return _export(services, args.clinic, args.file)
            if args.action == "results":
                return _results(services, args)
            return _import(services, args)
        except ScenarioFileError as error:
            return fail("\n".join([f"{args.file}: nothing was imported.", *shown_problems(error.problems)]))
        except PermissionDenied as error:
            return fail(str(error))
        except StorageUnavailableError as error:
            return fail(f"The database {db.url} cannot be reached; nothing was changed: {error}")


def _list(services, key: str) -> int:  # type: ignore[no-untyped-def]
    clinic_id = _clinic(services, key)
    own = services.training.has_own_scenarios(clinic_id)
    scenarios = services.training.scenarios(clinic_id)
    print(f"{key}: {len(scenarios)} scenario(s), {'the clinic’s own' if own else 'generated from the card'}")
    for s in scenarios:
        who = f"{s.persona.name}, {s.persona.age_months // 12} y" if s.persona.age_months >= 24 else s.persona.name
        expected = s.expected.outcome.value + (f"/{s.expected.reason.value}" if s.expected.reason else "")
        print(f"  {s.key:<40} {s.topic.value:<17} {len(s.steps)} step(s)  {expected:<24} {who}")
    return 0


def _export(services, key: str, file: str) -> int:  # type: ignore[no-untyped-def]
    from ..services.training_files import write_scenario_file

    text = services.training.export_scenarios(_clinic(services, key))
    if file == "-":
        sys.stdout.write(text)
        return 0
    try:
        write_scenario_file(Path(file), text)
    except OSError as error:
        return fail(f"{file}: {error.strerror or error}")
    print(f"scenarios of {key} written to {file}", file=sys.stderr)
    return 0


def _import(services, args: argparse.Namespace) -> int:  # type: ignore[no-untyped-def]
    from ..services.training_files import read_scenario_text

    counts = services.training.import_scenarios(read_scenario_text(args.file), dry_run=args.dry_run)
    verb = "would replace" if args.dry_run else "imported"
    done = ", ".join(f"{key}: {n} scenario(s)" for key, n in counts.items()) or "no scenarios"
    print(f"{args.file.name}: {verb}: {done}")
    return 0


def _results(services, args: argparse.Namespace) -> int:  # type: ignore[no-untyped-def]
    from ..services.exports import write_csv, write_xlsx
    from ..services.training_exports import results_table

    table = results_table(services.training.monthly_results(args.month))
    if args.xlsx:
        write_xlsx(args.xlsx, [table])
        print(f"{len(table.rows)} row(s) written to {args.xlsx}", file=sys.stderr)
    elif args.csv and str(args.csv) != "-":
        write_csv(args.csv, table)
        print(f"{len(table.rows)} row(s) written to {args.csv}", file=sys.stderr)
    elif args.csv:
        write_csv(sys.stdout, table)
    else:
        print("  ".join(f"{c:<14}" for c in table.columns))
        for row in table.rows:
            print("  ".join(f"{'' if v is None else str(v):<14}" for v in row))
    return 0
