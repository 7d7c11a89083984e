"""Command-line subcommands, one module per group. Each module has `register(subparsers)` and `run(args, settings)`.

Add a group by writing its module and naming it in GROUPS (a command `self-test` lives in `self_test.py`).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from ..platform.database_settings import mask_url
from ..platform.settings import Settings

GROUPS = ("demo", "db", "calls", "report", "cards", "training", "call", "phone", "data", "notify", "self_test")
PASSWORD_ENV = "RECEPTION_CONSOLE_PASSWORD"


def fail(message: str) -> int:
    print(message, file=sys.stderr)
    return 1


MAX_SHOWN = 50  # a file's problems listed at most; the rest counted


def shown_problems(problems: list[str], indent: str = "") -> list[str]:
    """The first MAX_SHOWN problems of a file, and how many more there are."""
    shown = [f"{indent}{p}" for p in problems[:MAX_SHOWN]]
    if len(problems) > MAX_SHOWN:
        shown.append(f"{indent}… and {len(problems) - MAX_SHOWN} more")
    return shown


class CommandError(Exception):
    """Ends a command with this message on stderr and exit code 1."""


def password_for(settings: Settings, login: str, *, ask: bool = True) -> str:
    """A login's password: RECEPTION_CONSOLE_PASSWORD, else the one kept in the system keyring for this database,
    else asked for on the terminal (never an argument: the command line is visible to every user of the PC)."""
    from_env = os.environ.get(PASSWORD_ENV)
    if from_env is not None:
        return from_env
    from ..platform.database_settings import stored_password

    stored = stored_password(settings.effective_database_url, login)
    if stored is not None:
        return stored
    if ask and sys.stdin.isatty():
        import getpass

        return getpass.getpass(f"Password of {login}: ")
    return ""


def _explain(db: Any, error: BaseException) -> CommandError:
    return CommandError(mask_url(f"The database {db.url} cannot be opened: {getattr(error, 'orig', error)}"))


@contextmanager
def database(settings: Settings, *, prepare: bool = True) -> Iterator[Any]:
    """The configured database, migrated if embedded (unless prepare=False); outages and schema problems become
    CommandError. For commands that need nobody signed in."""
    from sqlalchemy.exc import SQLAlchemyError

    from ..storage import migrate
    from ..storage.database import open_database

    db = open_database(settings.effective_database_url)
    try:
        if db.per_person_logins:
            raise CommandError("This needs a person: give --user LOGIN.")
        if prepare:
            migrate.prepare(db, on_backup=lambda path: print(f"backup: {path}"))
        yield db
    except migrate.SchemaError as error:
        raise CommandError(str(error)) from error
    except SQLAlchemyError as error:
        raise _explain(db, error) from error
    finally:
        db.dispose()


@contextmanager
def signed_in(
    settings: Settings, user: str | None, doing: str, *, changes: bool = True, anyone: bool = False
) -> Iterator[Any]:
    """(database, services, actor) for a command done by someone: the person of --user, or IT's own connection (a
    shared database reached with a URL that names its login). Only a command open to `anyone` (reading cards), or
    one that fills an embedded file nobody can sign in to yet, runs on the embedded file without --user."""
    from sqlalchemy.exc import SQLAlchemyError

    from ..app import build_services
    from ..domain.errors import StorageUnavailableError
    from ..domain.permissions import CommandLine
    from ..services.auth import SignInError
    from ..storage import migrate
    from ..storage.database import open_database

    db = open_database(settings.effective_database_url)
    try:
        services = build_services(db, settings)
        if user:
            try:
                actor: Any = services.auth.sign_in(user, password_for(settings, user))
            except SignInError as error:
                raise CommandError(f"Cannot sign in as {user!r}: wrong name or password.") from error
        elif (db.is_shared and not db.per_person_logins) or (not db.is_shared and (anyone or _nobody_yet(db))):
            actor = services.auth.person = CommandLine()
        else:
            what = "changes the database" if changes else "is for supervisors"
            raise CommandError(
                f"`{doing}` {what}, so it is done by someone: give --user LOGIN (the password from {PASSWORD_ENV}, "
                "the system keyring, or asked for)"
                + (", or run it with IT's own login (--db URL naming that login)." if db.is_shared else ".")
            )
        migrate.prepare(db, on_backup=lambda path: print(f"backup: {path}"))
        yield db, services, actor
    except migrate.SchemaError as error:
        raise CommandError(str(error)) from error
    except StorageUnavailableError as error:
        raise CommandError(mask_url(f"The database {db.url} cannot be reached: {error}")) from error
    except SQLAlchemyError as error:
        raise _explain(db, error) from error
    finally:
        db.dispose()


def _nobody_yet(db: Any) -> bool:
    """An embedded database nobody can sign in to yet (a new one being filled): the command line sets it up."""
    from ..storage import migrate
    from ..storage.repositories import SqlPeopleStore

    return migrate.current_revision(db) is None or SqlPeopleStore(db.connections).count() == 0


def guarded(run: Callable[[], int]) -> int:
    try:
        return run()
    except CommandError as error:
        return fail(str(error))
