"""Time arithmetic in SQL, the only place where SQLite and PostgreSQL are spelled differently.

`millis_between(a, b)` is b − a in whole milliseconds; `epoch_hour(t)` the whole hours since 1970-01-01 UTC.
Both work on the UTC timestamps the UTCDateTime type stores (naive UTC text on SQLite, timestamptz on
PostgreSQL). Any other engine fails loudly at compile time instead of computing something wrong.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import BigInteger
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.functions import FunctionElement


class millis_between(FunctionElement[int]):
    type = BigInteger()
    inherit_cache = True
    name = "millis_between"


class epoch_hour(FunctionElement[int]):
    type = BigInteger()
    inherit_cache = True
    name = "epoch_hour"


def _args(element: FunctionElement[Any], compiler: SQLCompiler, **kw: Any) -> list[str]:
    return [compiler.process(arg, **kw) for arg in element.clauses]


@compiles(millis_between, "sqlite")
def _millis_sqlite(element: millis_between, compiler: SQLCompiler, **kw: Any) -> str:
    a, b = _args(element, compiler, **kw)
    return f"CAST(ROUND((julianday({b}) - julianday({a})) * 86400000.0) AS INTEGER)"


@compiles(millis_between, "postgresql")
def _millis_postgresql(element: millis_between, compiler: SQLCompiler, **kw: Any) -> str:
    a, b = _args(element, compiler, **kw)
    return f"CAST(ROUND(EXTRACT(EPOCH FROM ({b} - {a})) * 1000) AS BIGINT)"


@compiles(epoch_hour, "sqlite")
def _hour_sqlite(element: epoch_hour, compiler: SQLCompiler, **kw: Any) -> str:
    (t,) = _args(element, compiler, **kw)
    return f"(CAST(strftime('%s', {t}) AS INTEGER) / 3600)"


@compiles(epoch_hour, "postgresql")
def _hour_postgresql(element: epoch_hour, compiler: SQLCompiler, **kw: Any) -> str:
    (t,) = _args(element, compiler, **kw)
    return f"CAST(FLOOR(EXTRACT(EPOCH FROM {t}) / 3600) AS BIGINT)"


@compiles(millis_between)
@compiles(epoch_hour)
def _unsupported(element: FunctionElement[Any], compiler: SQLCompiler, **kw: Any) -> str:
    raise NotImplementedError(f"{element.name} has no SQL for the {compiler.dialect.name} engine")
