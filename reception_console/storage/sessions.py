"""Connections, session options and result helpers the repositories share."""

from __future__ import annotations

from contextlib import AbstractContextManager
from typing import TYPE_CHECKING, Any, cast

if TYPE_CHECKING:
    from sqlalchemy import Connection, CursorResult, Engine, Result

# A read of one statement needs no transaction around it: on PostgreSQL that saves the BEGIN and ROLLBACK
# round trips (the console's polls and the call lookups run many times a minute).
AUTOCOMMIT: dict[str, Any] = {"isolation_level": "AUTOCOMMIT"}


class Connections:
    """Connections to the database's engine for the stores written on the tables themselves (`tables`): `with
    connections() as c` to read, `with connections.begin() as c` for one transaction. No ORM session: the
    receptionist's console never loads SQLAlchemy's ORM. `Database.use` moves them to another engine (a person
    who signs in on a shared database connects as themselves)."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def __call__(self) -> Connection:
        return self.engine.connect()

    def begin(self) -> AbstractContextManager[Connection]:
        return self.engine.begin()

    def autocommit(self) -> Connection:
        """A connection for one statement, with no BEGIN and ROLLBACK around it."""
        return self.engine.connect().execution_options(**AUTOCOMMIT)


def changed(result: Result[Any]) -> int:
    """Rows an UPDATE or DELETE changed."""
    return int(cast("CursorResult[Any]", result).rowcount or 0)


def inserted_id(result: Result[Any]) -> int:
    """The primary key an INSERT of one row gave it."""
    key = cast("CursorResult[Any]", result).inserted_primary_key
    assert key is not None, "not an INSERT of one row"
    return int(key[0])
