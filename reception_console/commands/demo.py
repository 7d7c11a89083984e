"""reception-console demo load — the demo clinics, into an empty database only."""

from __future__ import annotations

import argparse

from ..platform.settings import Settings
from . import CommandError, database, guarded


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    demo = sub.add_parser("demo", help="demo data").add_subparsers(dest="action", required=True)
    demo.add_parser("load", help="load the demo clinics into an empty database")


def run(args: argparse.Namespace, settings: Settings) -> int:
    return guarded(lambda: _load(settings))


def _load(settings: Settings) -> int:
    from ..app import demo_folder
    from ..services.card_files import CardFileError
    from ..services.demo import DatabaseNotEmptyError, load_demo
    from ..storage.repositories import SqlCardStore, SqlPeopleStore

    with database(settings) as db:
        try:
            load_demo(demo_folder(), SqlCardStore(db.connections), SqlPeopleStore(db.connections))
        except DatabaseNotEmptyError as error:
            raise CommandError(str(error)) from error
        except CardFileError as error:
            raise CommandError("The demo data is damaged:\n" + "\n".join(error.problems)) from error
        print(f"Demo data loaded into {db.url}. Sign in as justyna, olga, anna or admin with the password 'demo'.")
    return 0
