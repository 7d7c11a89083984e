"""Engines, connections and sessions: the embedded SQLite file (WAL) or a shared PostgreSQL server."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url

from ..platform.private_files import new_private_folder
from .sessions import Connections

if TYPE_CHECKING:
    from sqlalchemy.orm import Session, sessionmaker


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"


def _sqlite_pragmas(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=5000")
    # reports scan months of calls: a 64 MB page cache and memory-mapped reads instead of 2 MB of cache
    cursor.execute("PRAGMA cache_size=-65536")
    cursor.execute("PRAGMA mmap_size=268435456")
    cursor.execute("PRAGMA temp_store=MEMORY")
    cursor.close()


@dataclass
class Database:
    engine: Engine
    opened_as: str | None = None  # the user name of the URL it was opened with
    read_only: bool = False  # every connection refuses writes (a schema this version may read but not write)
    read_only_reason: str = ""  # why, in words for the person at the console
    connections: Connections = field(init=False)  # for the stores written on the tables (every console's)
    _sessions: sessionmaker[Session] | None = field(default=None, init=False, repr=False)

    def __post_init__(self) -> None:
        self.connections = Connections(self.engine)

    @property
    def sessions(self) -> sessionmaker[Session]:
        """ORM sessions, for the stores that edit and report: SQLAlchemy's ORM loads when the first is made."""
        if self._sessions is None:
            from sqlalchemy.orm import sessionmaker

            self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        return self._sessions

    @property
    def url(self) -> str:
        return self.engine.url.render_as_string(hide_password=True)

    @property
    def is_shared(self) -> bool:
        return self.engine.url.get_backend_name() != "sqlite"

    @property
    def per_person_logins(self) -> bool:
        """A shared database whose URL names nobody: each person connects with their own PostgreSQL login.

        (A URL with a user name is IT's own connection, or a test's; people then sign in against the app's table.)
        """
        return self.is_shared and not self.opened_as

    @property
    def login(self) -> str | None:
        """Who the connections sign in as; None before anyone signed in on a per-person database."""
        return self.engine.url.username

    def connect_as(self, login: str, password: str) -> Engine:
        """An engine that connects as `login`, not yet in use: `use` it once it has signed in."""
        engine = create_engine(self.engine.url.set(username=login, password=password), **_engine_options(self.engine))
        if self.read_only:
            _refuse_writes(engine)
        return engine

    def make_read_only(self, reason: str = "") -> None:
        """From now on every connection refuses writes, whoever signs in: the database itself says no (SQLite's
        query_only, PostgreSQL's default_transaction_read_only), whatever the console tries."""
        self.read_only_reason = reason or self.read_only_reason
        if not self.read_only:
            self.read_only = True
            _refuse_writes(self.engine)
            self.engine.dispose()  # connections opened before are not reused

    def use(self, engine: Engine) -> None:
        """Every store built on `connections` or `sessions` works through `engine` from now on (switch user
        reconnects here)."""
        old = self.engine
        self.engine = engine
        self.connections.engine = engine
        if self._sessions is not None:
            self._sessions.configure(bind=engine)
        if old is not engine:
            old.dispose()

    @property
    def sqlite_path(self) -> Path | None:
        url = self.engine.url
        if url.get_backend_name() != "sqlite" or not url.database or url.database == ":memory:":
            return None
        return Path(url.database)

    def dispose(self) -> None:
        self.engine.dispose()


def _refuse_writes(engine: Engine) -> None:
    def read_only(dbapi_connection: Any, _record: Any) -> None:
        if engine.url.get_backend_name() == "sqlite":
            dbapi_connection.execute("PRAGMA query_only=ON")
        else:
            dbapi_connection.execute("SET default_transaction_read_only = on")
            dbapi_connection.commit()

    event.listen(engine, "connect", read_only)


def _engine_options(engine: Engine) -> dict[str, Any]:
    return {"echo": engine.echo, "pool_pre_ping": True}


def open_database(url: str | URL, *, echo: bool = False) -> Database:
    """Connect without touching the schema (see `migrate.prepare` for that). Nothing connects until first use."""
    parsed = make_url(url)
    # hide_parameters: an error (and a log line made of it) never carries the values of a statement
    kwargs: dict[str, Any] = {"echo": echo, "future": True, "hide_parameters": True}
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            new_private_folder(Path(parsed.database).parent)
        kwargs["connect_args"] = {"check_same_thread": False}
    engine = create_engine(parsed, **kwargs)
    if parsed.get_backend_name() == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    return Database(engine, parsed.username)
