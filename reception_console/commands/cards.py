"""reception-console cards export|import — clinic cards as files (docs/card-format.md), without a window.

The command line acts with an admin's rights (whoever can run it on the database can change the database
anyway); with --user LOGIN and RECEPTION_CONSOLE_PASSWORD the change history names that person instead.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from ..platform.settings import Settings
from . import fail


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    cards = sub.add_parser("cards", help="clinic cards as files").add_subparsers(dest="action", required=True)
    export = cards.add_parser("export", help="write the cards (and global scripts) to FILE; '-' for stdout")
    export.add_argument("file", metavar="FILE")
    export.add_argument("--clinic", metavar="KEY", help="only this clinic's card (no global scripts)")
    imp = cards.add_parser("import", help="check FILE whole, then update clinics by key and add new ones")
    imp.add_argument("file", metavar="FILE", type=Path)
    imp.add_argument("--dry-run", action="store_true", help="check and tell what would change; change nothing")


def _actor(services, user: str | None):  # type: ignore[no-untyped-def]
    from ..domain.permissions import CommandLine

    if not user:
        return CommandLine()
    return services.auth.sign_in(user, os.environ.get("RECEPTION_CONSOLE_PASSWORD", ""))


def run(args: argparse.Namespace, settings: Settings) -> int:
    from sqlalchemy.exc import SQLAlchemyError

    from ..app import build_services
    from ..services.auth import SignInError
    from ..services.card_files import CardFileError, read_card_text, write_card_file
    from ..services.permissions import PermissionDenied
    from ..storage import migrate
    from ..storage.database import open_database

    db = open_database(settings.effective_database_url)
    try:
        migrate.prepare(db)
        services = build_services(db, settings)
        actor = _actor(services, getattr(args, "user", None))
        if args.action == "export":
            text = services.exchange.export(actor, args.clinic)
            if args.file == "-":
                sys.stdout.write(text)
            else:
                write_card_file(Path(args.file), text)
                print(f"cards written to {args.file}", file=sys.stderr)
            return 0
        plan = services.exchange.import_text(actor, read_card_text(args.file), args.file.name, dry_run=args.dry_run)
        verb = "would change" if args.dry_run else "imported"
        print(f"{args.file.name}: {'nothing to change' if plan.empty else verb}: {plan.summary()}")
        return 0
    except KeyError as error:
        return fail(f"No clinic with the key {error.args[0]!r}.")
    except CardFileError as error:
        shown = error.problems[:50]
        more = len(error.problems) - len(shown)
        tail = [f"… and {more} more"] if more > 0 else []
        return fail("\n".join([f"{args.file}: nothing was imported.", *shown, *tail]))
    except (SignInError, PermissionDenied) as error:
        return fail(str(error))
    except OSError as error:
        return fail(f"{args.file}: {error.strerror or error}")
    except migrate.SchemaTooNewError as error:
        return fail(str(error))
    except SQLAlchemyError as error:
        return fail(f"The database {db.url} cannot be opened: {getattr(error, 'orig', error)}")
    finally:
        db.dispose()
