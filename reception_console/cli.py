"""Command line: start the console, or work on its database without a window.

    reception-console                      start the console
    reception-console demo load            load the demo clinics into an empty database
    reception-console db upgrade|status    migrate the database / show its schema revision
Options before the command: --db URL (or RECEPTION_CONSOLE_DB), --user LOGIN.
"""

from __future__ import annotations

import argparse
import sys


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="reception-console", description="Reception Console for clinic receptionists.")
    p.add_argument("--db", metavar="URL", help="database URL (default: the embedded SQLite file)")
    p.add_argument("--user", metavar="LOGIN", help="who signs in (password from RECEPTION_CONSOLE_PASSWORD)")
    p.add_argument("--version", action="store_true", help="print the version and exit")
    sub = p.add_subparsers(dest="command")
    demo = sub.add_parser("demo", help="demo data").add_subparsers(dest="action", required=True)
    demo.add_parser("load", help="load the demo clinics into an empty database")
    db = sub.add_parser("db", help="the database").add_subparsers(dest="action", required=True)
    db.add_parser("upgrade", help="migrate to this version's schema (backs up a SQLite file first)")
    db.add_parser("status", help="print the database URL and its schema revision")
    return p


def main(argv: list[str] | None = None) -> int:
    args, qt_args = parser().parse_known_args(argv)
    if args.version:
        from . import __version__

        print(__version__)
        return 0
    from .platform.settings import load_settings

    settings = load_settings(database_url=args.db)
    if args.command is None:
        from .app import run_gui

        return run_gui(settings, [sys.argv[0], *qt_args], user=args.user)
    if args.command == "demo":
        return _demo_load(settings)
    return _db(settings, args.action)


def _fail(message: str) -> int:
    print(message, file=sys.stderr)
    return 1


def _demo_load(settings) -> int:  # type: ignore[no-untyped-def]
    from sqlalchemy.exc import SQLAlchemyError

    from .app import demo_folder
    from .services.card_files import CardFileError
    from .services.demo import DatabaseNotEmptyError, load_demo
    from .storage import migrate
    from .storage.database import open_database
    from .storage.repositories import SqlCardStore, SqlPeopleStore

    db = open_database(settings.effective_database_url)
    try:
        migrate.prepare(db)
        load_demo(demo_folder(), SqlCardStore(db.sessions), SqlPeopleStore(db.sessions))
    except DatabaseNotEmptyError as error:
        return _fail(str(error))
    except CardFileError as error:
        return _fail("The demo data is damaged:\n" + "\n".join(error.problems))
    except migrate.SchemaTooNewError as error:
        return _fail(str(error))
    except SQLAlchemyError as error:
        return _fail(f"The database {db.url} cannot be opened: {getattr(error, 'orig', error)}")
    finally:
        db.dispose()
    print(f"Demo data loaded into {db.url}. Sign in as justyna, olga or anna with the password 'demo'.")
    return 0


def _db(settings, action: str) -> int:  # type: ignore[no-untyped-def]
    from sqlalchemy.exc import SQLAlchemyError

    from .storage import migrate
    from .storage.database import open_database

    db = open_database(settings.effective_database_url)
    try:
        if action == "status":
            print(
                f"database: {db.url}\nschema: {migrate.current_revision(db) or 'empty'} (this version: {migrate.HEAD})"
            )
            return 0
        done = migrate.prepare(db, on_backup=lambda path: print(f"backup: {path}"))
        print(f"database {db.url}: {done}")
        return 0
    except migrate.SchemaTooNewError as error:
        return _fail(str(error))
    except SQLAlchemyError as error:
        return _fail(f"The database {db.url} cannot be opened: {getattr(error, 'orig', error)}")
    finally:
        db.dispose()
