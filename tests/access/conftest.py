"""A shared database set up as IT would (`reception-console db init`), on the test run's PostgreSQL server.

The demo people get their own PostgreSQL logins once per run (login roles belong to the whole server, so every
test's copy of the database shares them): a test that switches a login off or changes its password makes its own.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

import pytest

from reception_console.cli import main
from reception_console.storage.database import Database, open_database
from tests.builders import services_for
from tests.postgres import PostgresServer
from tests.ui.conftest import app  # noqa: F401  (the styled application, for the window's test)

PASSWORD = "demo-pass-1"  # the demo people's PostgreSQL passwords here ('demo' is too short for a login)
_NUMBERS = itertools.count(1)


@pytest.fixture(scope="session")
def access_template(postgres: PostgresServer, postgres_demo_template: str, monkeypatch_session) -> str:
    url = postgres.create_database("access_template", template=postgres_demo_template)
    monkeypatch_session.setenv("RECEPTION_CONSOLE_NEW_PASSWORD", PASSWORD)
    assert main(["--db", url, "db", "init", "--admin", "admin"]) == 0
    # the admin gives the others their logins, as from People… (Reset password)
    admin_db = open_database(postgres.url_for_people("access_template"))
    services = services_for(admin_db)
    admin = services.auth.sign_in("admin", PASSWORD)
    for person in services.people.people(admin):
        if person.login != "admin":
            services.people.reset_password(admin, person.id, PASSWORD)
    admin_db.dispose()
    return "access_template"


@pytest.fixture(scope="session")
def monkeypatch_session() -> Iterator[pytest.MonkeyPatch]:
    with pytest.MonkeyPatch.context() as patch:
        yield patch


@pytest.fixture
def shared_name(postgres: PostgresServer, access_template: str) -> str:
    """A copy of the set-up database, with `db init` run on it again (GRANTs on a database are not copied)."""
    name = f"shared_{next(_NUMBERS)}"
    url = postgres.create_database(name, template=access_template)
    assert main(["--db", url, "db", "init"]) == 0
    return name


@pytest.fixture
def it_db(postgres: PostgresServer, shared_name: str) -> Iterator[Database]:
    """IT's own connection (the superuser): to arrange things and to look behind a console's back."""
    db = open_database(postgres.url(shared_name))
    yield db
    db.dispose()


@pytest.fixture
def console_db(postgres: PostgresServer, shared_name: str) -> Iterator[Database]:
    """What a console opens: a URL naming nobody; signing in connects as the person."""
    db = open_database(postgres.url_for_people(shared_name))
    yield db
    db.dispose()
