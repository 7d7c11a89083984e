"""Many rows in one statement, sent by the database driver's own executemany, their values converted beforehand.

SQLAlchemy converts every value (JSON written out, times made UTC) while it executes a statement; for a card
of 20,000 entries that is most of a second. Converting them before the transaction that writes them keeps that
transaction short: on SQLite it holds the write lock, and every other console's write waits for it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, cast

from sqlalchemy import Table, bindparam, insert, update
from sqlalchemy.orm import Session

CHUNK = 500  # ids in one IN (…)


def table_of(model: Any) -> Table:
    return cast(Table, model.__table__)


def chunks(values: Sequence[Any]) -> list[Sequence[Any]]:
    return [values[i : i + CHUNK] for i in range(0, len(values), CHUNK)]


class Converter:
    """Turns a row's values into what the driver is given for the table's columns."""

    def __init__(self, s: Session, table: Table) -> None:
        dialect = s.get_bind().dialect
        self._convert = {
            c.key: p for c in table.c if (p := c.type.dialect_impl(dialect).bind_processor(dialect)) is not None
        }

    def __call__(self, values: dict[str, Any]) -> dict[str, Any]:
        return {k: (self._convert[k](v) if k in self._convert else v) for k, v in values.items()}


class DriverStatement:
    """An INSERT of `columns`, or an UPDATE of `columns` of the row whose id is the value `row_id`, compiled once
    and sent with the driver's executemany. The rows' values must have been converted (`Converter`)."""

    def __init__(self, s: Session, table: Table, columns: Sequence[str], *, update_by_id: bool = False) -> None:
        dialect = s.get_bind().dialect
        if update_by_id:
            names = {f"new_{c}": c for c in columns} | {"row_id": "row_id"}
            statement: Any = (
                update(table)
                .where(table.c.id == bindparam("row_id"))
                .values({c: bindparam(f"new_{c}") for c in columns})
            )
            compiled = statement.compile(dialect=dialect)
        else:
            names = {c: c for c in columns}
            compiled = insert(table).inline().compile(dialect=dialect, column_keys=list(columns))
        self._sql = compiled.string
        if compiled.positional:
            self._order: list[str] | None = [names[n] for n in compiled.positiontup or ()]
        else:
            self._order = None
            self._names = names

    def send(self, s: Session, rows: Sequence[dict[str, Any]]) -> None:
        if not rows:
            return
        if self._order is not None:
            s.connection().exec_driver_sql(self._sql, [tuple(row[k] for k in self._order) for row in rows])
        else:
            s.connection().exec_driver_sql(self._sql, [{n: row[k] for n, k in self._names.items()} for row in rows])
