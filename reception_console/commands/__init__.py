"""Command-line subcommands, one module per group. Each module has `register(subparsers)` and `run(args, settings)`.

Add a group by writing its module and naming it in GROUPS.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from ..platform.settings import Settings

GROUPS = ("demo", "db", "calls", "report", "cards", "call", "phone", "data")


def fail(message: str) -> int:
    print(message, file=sys.stderr)
    return 1


class CommandError(Exception):
    """Ends a command with this message on stderr and exit code 1."""


@contextmanager
def database(settings: Settings, *, prepare: bool = True) -> Iterator[Any]:
    """The configured database, migrated (unless prepare=False); outages and newer schemas become CommandError."""
    from sqlalchemy.exc import SQLAlchemyError

    from ..storage import migrate
    from ..storage.database import open_database

    db = open_database(settings.effective_database_url)
    try:
        if prepare:
            migrate.prepare(db, on_backup=lambda path: print(f"backup: {path}"))
        yield db
    except migrate.SchemaTooNewError as error:
        raise CommandError(str(error)) from error
    except SQLAlchemyError as error:
        raise CommandError(f"The database {db.url} cannot be opened: {getattr(error, 'orig', error)}") from error
    finally:
        db.dispose()


def guarded(run: Callable[[], int]) -> int:
    try:
        return run()
    except CommandError as error:
        return fail(str(error))
