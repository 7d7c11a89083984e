"""reception-console demo load — the demo clinics, into an empty database only."""

from __future__ import annotations

import argparse

from ..platform.settings import Settings
from . import fail


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    demo = sub.add_parser("demo", help="demo data").add_subparsers(dest="action", required=True)
    demo.add_parser("load", help="load the demo clinics into an empty database")


def run(args: argparse.Namespace, settings: Settings) -> int:
    from sqlalchemy.exc import SQLAlchemyError

    from ..app import demo_folder
    from ..services.card_files import CardFileError
    from ..services.demo import DatabaseNotEmptyError, load_demo
    from ..storage import migrate
    from ..storage.database import open_database
    from ..storage.repositories import SqlCardStore, SqlPeopleStore

    db = open_database(settings.effective_database_url)
    try:
        migrate.prepare(db)
        load_demo(demo_folder(), SqlCardStore(db.sessions), SqlPeopleStore(db.sessions))
    except DatabaseNotEmptyError as error:
        return fail(str(error))
    except CardFileError as error:
        return fail("The demo data is damaged:\n" + "\n".join(error.problems))
    except migrate.SchemaTooNewError as error:
        return fail(str(error))
    except SQLAlchemyError as error:
        return fail(f"The database {db.url} cannot be opened: {getattr(error, 'orig', error)}")
    finally:
        db.dispose()
    print(f"Demo data loaded into {db.url}. Sign in as justyna, olga, anna or admin with the password 'demo'.")
    return 0
