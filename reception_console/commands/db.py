"""reception-console db upgrade|status — the database schema, without a window."""

from __future__ import annotations

import argparse

from ..platform.settings import Settings
from . import fail


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    db = sub.add_parser("db", help="the database").add_subparsers(dest="action", required=True)
    db.add_parser("upgrade", help="migrate to this version's schema (backs up a SQLite file first)")
    db.add_parser("status", help="print the database URL and its schema revision")


def run(args: argparse.Namespace, settings: Settings) -> int:
    from sqlalchemy.exc import SQLAlchemyError

    from ..storage import migrate
    from ..storage.database import open_database

    db = open_database(settings.effective_database_url)
    try:
        if args.action == "status":
            revision = migrate.current_revision(db) or "empty"
            print(f"database: {db.url}\nschema: {revision} (this version: {migrate.HEAD})")
            return 0
        done = migrate.prepare(db, on_backup=lambda path: print(f"backup: {path}"))
        print(f"database {db.url}: {done}")
        return 0
    except migrate.SchemaTooNewError as error:
        return fail(str(error))
    except SQLAlchemyError as error:
        return fail(f"The database {db.url} cannot be opened: {getattr(error, 'orig', error)}")
    finally:
        db.dispose()
