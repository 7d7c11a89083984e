"""Session options and result helpers the repositories share."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

if TYPE_CHECKING:
    from sqlalchemy import CursorResult, Result

# A read of one statement needs no transaction around it: on PostgreSQL that saves the BEGIN and ROLLBACK
# round trips (the console's polls and the call lookups run many times a minute).
AUTOCOMMIT: dict[str, Any] = {"isolation_level": "AUTOCOMMIT"}


def changed(result: Result[Any]) -> int:
    """Rows an UPDATE or DELETE changed."""
    return int(cast("CursorResult[Any]", result).rowcount or 0)


def inserted_id(result: Result[Any]) -> int:
    """The primary key an INSERT of one row gave it."""
    key = cast("CursorResult[Any]", result).inserted_primary_key
    assert key is not None, "not an INSERT of one row"
    return int(key[0])
