"""Database errors become the domain's errors at the repository boundary, named for what they are.

Only a lost connection (or a locked, damaged or missing file) is `StorageUnavailableError`: the console shows its
outage banner, keeps the call in its journal and tries again. A database that answers and refuses — a value it
cannot hold, a permission it does not give, a file or server it may not write — raises the matching
`StorageRefusedError`: trying again as it is would be refused again.
"""

from __future__ import annotations

import functools
import logging
import sqlite3
from collections.abc import Callable
from typing import Any, TypeVar

from sqlalchemy.exc import DataError, DBAPIError, IntegrityError, NotSupportedError, ProgrammingError
from sqlalchemy.exc import TimeoutError as PoolTimeoutError

from ..domain.errors import (
    PermissionRefusedError,
    ReadOnlyStorageError,
    RejectedValueError,
    StorageError,
    StorageRefusedError,
    StorageUnavailableError,
)

log = logging.getLogger(__name__)
T = TypeVar("T")

# SQLSTATE classes (PostgreSQL): what the server says when it cannot serve right now, whatever the statement
_PG_OUTAGE_CLASSES = {"08", "40", "53", "55", "57", "58"}  # connection, rollback, resources, locks, shutdown, I/O
_PG_VALUE_CLASSES = {"22", "23"}  # data exception, integrity constraint violation
_PG_PERMISSION = {"42501", "28000", "28P01"}  # insufficient privilege, invalid authorization / password
_PG_READ_ONLY = {"25006"}  # read-only SQL transaction (a hot standby, default_transaction_read_only)

# SQLite primary result codes
_SQLITE_OUTAGE = {5, 6, 7, 10, 11, 13, 14, 15, 26}  # BUSY LOCKED NOMEM IOERR CORRUPT FULL CANTOPEN PROTOCOL NOTADB
_SQLITE_VALUE = {18, 19, 20, 25}  # TOOBIG CONSTRAINT MISMATCH RANGE
_SQLITE_PERMISSION = {3, 23}  # PERM AUTH
_SQLITE_READ_ONLY = {8}  # READONLY


def classify(error: DBAPIError) -> type[StorageError]:
    """The domain error a driver error stands for."""
    orig = error.orig
    if error.connection_invalidated:
        return StorageUnavailableError
    sqlstate = getattr(orig, "sqlstate", None)
    if isinstance(sqlstate, str) and sqlstate:
        if sqlstate in _PG_PERMISSION:
            return PermissionRefusedError
        if sqlstate in _PG_READ_ONLY:
            return ReadOnlyStorageError
        if sqlstate[:2] in _PG_VALUE_CLASSES:
            return RejectedValueError
        if sqlstate[:2] in _PG_OUTAGE_CLASSES:
            return StorageUnavailableError
        return StorageRefusedError
    code = getattr(orig, "sqlite_errorcode", None)
    if isinstance(orig, sqlite3.Error) and isinstance(code, int):
        primary = code & 0xFF
        if primary in _SQLITE_READ_ONLY:
            return ReadOnlyStorageError
        if primary in _SQLITE_PERMISSION:
            return PermissionRefusedError
        if primary in _SQLITE_VALUE:
            return RejectedValueError
        if primary in _SQLITE_OUTAGE:
            return StorageUnavailableError
        return StorageRefusedError
    # no code: the driver itself refused (e.g. psycopg and a NUL byte) or never reached the server
    if isinstance(error, (DataError, IntegrityError)):
        return RejectedValueError
    if isinstance(error, (ProgrammingError, NotSupportedError)):
        return StorageRefusedError
    return StorageUnavailableError


def _message(error: BaseException) -> str:
    """The driver's own first line: no SQL, no parameters (patient data stays out of logs and messages)."""
    orig = getattr(error, "orig", None) or error
    return (str(orig).strip().splitlines() or [type(orig).__name__])[0][:300]


def domain_error(error: DBAPIError | PoolTimeoutError, where: str) -> StorageError:
    kind = StorageUnavailableError if isinstance(error, PoolTimeoutError) else classify(error)
    text = _message(error)
    sqlstate = getattr(getattr(error, "orig", None), "sqlstate", None) or ""
    if kind is StorageUnavailableError:
        log.error("database unavailable in %s: %s", where, text)
    else:
        log.error("database refused %s (%s %s): %s", where, kind.__name__, sqlstate, text)
    return kind(text)


def _wrap(method: Callable[..., Any]) -> Callable[..., Any]:
    @functools.wraps(method)
    def guarded(*args: Any, **kwargs: Any) -> Any:
        try:
            return method(*args, **kwargs)
        except (DBAPIError, PoolTimeoutError) as error:
            raise domain_error(error, method.__qualname__) from error

    return guarded


def outage_safe(cls: type[T]) -> type[T]:
    """Class decorator: every public method reports database errors as the domain's StorageError types."""
    for name, value in list(vars(cls).items()):
        if callable(value) and not name.startswith("_"):
            setattr(cls, name, _wrap(value))
    return cls
