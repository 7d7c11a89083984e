"""reception-console cards export|import — clinic cards as files (docs/card-format.md), without a window.

Importing changes the database, so someone does it: --user LOGIN (a supervisor or admin; the password from
RECEPTION_CONSOLE_PASSWORD, the system keyring, or asked for), whom the change history names; or IT's own login on a
shared database. Exporting reads, and on the embedded file needs nobody.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..platform.settings import Settings
from . import fail, guarded, shown_problems, signed_in


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    cards = sub.add_parser("cards", help="clinic cards as files").add_subparsers(dest="action", required=True)
    export = cards.add_parser("export", help="write the cards (and global scripts) to FILE; '-' for stdout")
    export.add_argument("file", metavar="FILE")
    export.add_argument("--clinic", metavar="KEY", help="only this clinic's card (no global scripts)")
    imp = cards.add_parser("import", help="check FILE whole, then update clinics by key and add new ones")
    imp.add_argument("file", metavar="FILE", type=Path)
    imp.add_argument("--dry-run", action="store_true", help="check and tell what would change; change nothing")


def run(args: argparse.Namespace, settings: Settings) -> int:
    return guarded(lambda: _run(args, settings))


def _run(args: argparse.Namespace, settings: Settings) -> int:
    from ..domain.errors import StorageUnavailableError
    from ..services.card_files import CardFileError, read_card_text, write_card_file
    from ..services.permissions import PermissionDenied

    reads = args.action == "export" or args.dry_run
    with signed_in(settings, getattr(args, "user", None), f"cards {args.action}", changes=not reads, anyone=reads) as (
        db,
        services,
        actor,
    ):
        try:
            if args.action == "export":
                text = services.exchange.export(actor, args.clinic)
                if args.file == "-":
                    sys.stdout.write(text)
                else:
                    write_card_file(Path(args.file), text)
                    print(f"cards written to {args.file}", file=sys.stderr)
                return 0
            text = read_card_text(args.file)
            plan = services.exchange.import_text(actor, text, args.file.name, dry_run=args.dry_run)
        except KeyError as error:
            return fail(f"No clinic with the key {error.args[0]!r}.")
        except CardFileError as error:
            return fail("\n".join([f"{args.file}: nothing was imported.", *shown_problems(error.problems)]))
        except PermissionDenied as error:
            return fail(str(error))
        except StorageUnavailableError as error:
            return fail(f"The database {db.url} cannot be reached; nothing was changed: {error}")
        except OSError as error:
            return fail(f"{args.file}: {error.strerror or error}")
    verb = "would change" if args.dry_run else "imported"
    print(f"{args.file.name}: {'nothing to change' if plan.empty else verb}: {plan.summary()}")
    return 0
