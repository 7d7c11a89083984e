"""reception-console calls import FILE.csv — past calls, so a clinic sees its baseline from the first day."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..platform.database_settings import mask_url
from ..platform.settings import Settings
from . import fail, guarded, shown_problems, signed_in


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    calls = sub.add_parser("calls", help="call history").add_subparsers(dest="action", required=True)
    imp = calls.add_parser(
        "import",
        help="load past calls from a CSV file (docs/call-import.md)",
        description="The whole file is checked first; it is stored all or nothing, and a call id already "
        "stored is skipped, so importing the same file twice adds nothing.",
    )
    imp.add_argument("file", type=Path, metavar="FILE.csv")


def run(args: argparse.Namespace, settings: Settings) -> int:
    if not args.file.is_file():
        return fail(f"{args.file}: no such file.")
    return guarded(lambda: _import(args, settings))


def _import(args: argparse.Namespace, settings: Settings) -> int:
    from sqlalchemy.exc import SQLAlchemyError

    from ..domain.call_import import CallImportError
    from ..services.call_import import CallImportService
    from ..services.permissions import PermissionDenied
    from ..storage.repositories import SqlCardStore, SqlPeopleStore
    from ..storage.repositories.call_history import SqlCallHistoryStore

    with signed_in(settings, getattr(args, "user", None), "calls import") as (db, _services, actor):
        service = CallImportService(
            SqlCardStore(db.connections),
            SqlPeopleStore(db.connections),
            SqlCallHistoryStore(db.sessions),
            region=settings.phone_region,
        )
        try:
            result = service.import_file(args.file, actor)
        except PermissionDenied as error:
            return fail(str(error))
        except CallImportError as error:
            shown = shown_problems(error.problems, indent="  ")
            return fail(f"{args.file}: nothing imported, {len(error.problems)} problem(s):\n" + "\n".join(shown))
        except SQLAlchemyError as error:
            return fail(
                mask_url(f"Nothing imported: the database {db.url} refused the calls: {getattr(error, 'orig', error)}")
            )
    print(f"{args.file}: {result.read} call(s) read, {result.added} added, {result.skipped} already stored.")
    return 0
