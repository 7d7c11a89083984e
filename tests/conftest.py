"""Fixtures shared by every test: offscreen Qt, a private home folder, real SQLite files, demo data, and a real
PostgreSQL server for the tests that run on both databases (`demo_db` parametrized in their folder's conftest)."""

from __future__ import annotations

import itertools
import os
import shutil
import tempfile
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

if os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen":
    # the reference screen, 1366×768 (Qt's offscreen default is 800×600, smaller than any receptionist's)
    _screen = Path(tempfile.mkdtemp(prefix="rc-tests-screen-")) / "screen.json"
    _screen.write_text(
        '{"windowFrameMargins": false, "screens": [{"name": "reference", "x": 0, "y": 0, '
        '"width": 1366, "height": 768, "logicalDpi": 96, "dpr": 1}]}',
        encoding="utf-8",
    )
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={_screen}"
# nothing a test does may touch the real user's folders
os.environ["RECEPTION_CONSOLE_HOME"] = tempfile.mkdtemp(prefix="rc-tests-home-")
os.environ.pop("RECEPTION_CONSOLE_DB", None)

import keyring
import pytest
from keyring.backend import KeyringBackend


class MemoryKeyring(KeyringBackend):
    """Tests never reach a real keyring (there is none on a headless box)."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.store.pop((service, username), None)


keyring.set_keyring(MemoryKeyring())

if TYPE_CHECKING:
    from tests.mailserver import RunningMailServer
    from tests.sms_gateway import Gateway

from reception_console.services import passwords as _passwords  # noqa: E402

# the people the tests create hash their passwords with scrypt at N=2^10 instead of the product's 2^17 (0.4 s and
# 128 MiB a sign-in): the same code, a thousand sign-ins a run. test_sign_in_throttling checks the product's cost.
_passwords._N = 2**10

from reception_console.platform.paths import resources_dir  # noqa: E402
from reception_console.services.demo import load_demo  # noqa: E402
from reception_console.storage import migrate  # noqa: E402
from reception_console.storage.database import Database, open_database, sqlite_url  # noqa: E402
from reception_console.storage.repositories import SqlCardStore, SqlPeopleStore  # noqa: E402
from tests.postgres import PostgresServer, Unavailable  # noqa: E402

DEMO = resources_dir() / "demo"
PL_LINE = "+48228431200"  # Med Centrum Mokotów, first line
RU_LINE = "+74956431020"
EN_LINE = "+441614960123"


class Clock:
    """A clock the test moves by hand."""

    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **kwargs: float) -> datetime:
        self.now += timedelta(**kwargs)
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock(datetime(2026, 11, 23, 9, 15, tzinfo=UTC))  # a Monday, 10:15 in Warsaw


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One migrated SQLite file with the demo data; tests get copies (loading hashes three passwords)."""
    path = tmp_path_factory.mktemp("template") / "demo.sqlite3"
    db = open_database(sqlite_url(path))
    migrate.prepare(db)
    load_demo(DEMO, SqlCardStore(db.connections), SqlPeopleStore(db.connections))
    db.engine.dispose()
    return path


@pytest.fixture
def empty_db(tmp_path: Path) -> Iterator[Database]:
    db = open_database(sqlite_url(tmp_path / "empty.sqlite3"))
    migrate.prepare(db)
    yield db
    db.dispose()


@pytest.fixture
def demo_sqlite(tmp_path: Path, demo_template: Path) -> Iterator[Database]:
    path = tmp_path / "demo.sqlite3"
    shutil.copy(demo_template, path)
    db = open_database(sqlite_url(path))
    yield db
    db.dispose()


BOTH_DATABASES = {"storage", "services"}  # the test folders that run on SQLite and on PostgreSQL


@pytest.fixture
def demo_db(request: pytest.FixtureRequest) -> Database:
    """The demo database: on SQLite, or on each of SQLite and PostgreSQL in the folders of BOTH_DATABASES."""
    return request.getfixturevalue(f"demo_{getattr(request, 'param', 'sqlite')}")  # type: ignore[no-any-return]


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "demo_db" in metafunc.fixturenames and metafunc.definition.path.parent.name in BOTH_DATABASES:
        metafunc.parametrize("demo_db", ["sqlite", "postgresql"], indirect=True)


@pytest.fixture(scope="session")
def postgres() -> Iterator[PostgresServer]:
    """A private PostgreSQL server for the whole run. Where none can be started the tests that need it are
    skipped with the reason, except in CI, where that is a failure: CI installs PostgreSQL."""
    try:
        server = PostgresServer.start()
    except Unavailable as reason:
        if os.environ.get("CI"):
            pytest.fail(f"PostgreSQL could not be started: {reason}")
        pytest.skip(f"PostgreSQL could not be started: {reason}")
    yield server
    server.stop()


@pytest.fixture(scope="session")
def postgres_demo_template(postgres: PostgresServer) -> str:
    """A migrated PostgreSQL database with the demo data, the template of each test's own database."""
    db = open_database(postgres.create_database("demo_template"))
    migrate.upgrade(db)  # a console never migrates a shared database: IT's upgrade does
    load_demo(DEMO, SqlCardStore(db.connections), SqlPeopleStore(db.connections))
    db.engine.dispose()  # a template copies only when nobody is connected to it
    return "demo_template"


@pytest.fixture
def demo_postgresql(postgres: PostgresServer, postgres_demo_template: str) -> Iterator[Database]:
    db = open_database(postgres.create_database(f"demo_{next(_DATABASE_NUMBERS)}", template=postgres_demo_template))
    yield db
    db.dispose()


_DATABASE_NUMBERS = itertools.count(1)


@pytest.fixture
def mail() -> Iterator[RunningMailServer]:
    """A real SMTP server on loopback (aiosmtpd) that keeps what it receives."""
    from tests.mailserver import RunningMailServer

    server = RunningMailServer()
    yield server
    server.stop()


@pytest.fixture
def gateway() -> Iterator[Gateway]:
    """A local HTTP server playing an SMS gateway."""
    from tests.sms_gateway import Gateway

    server = Gateway()
    yield server
    server.stop()
