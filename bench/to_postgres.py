"""A generated SQLite database copied into a PostgreSQL database of the same schema, for the shared-database
benchmarks: every table through SQLAlchemy's types (UTC times, money, JSON) and PostgreSQL's COPY."""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import JSON, TypeDecorator, select, text

from reception_console.storage import migrate
from reception_console.storage.database import open_database, sqlite_url
from reception_console.storage.models import Base

BATCH = 20_000


def copy_database(source: Path, url: str, log: Callable[[str], None] = print) -> float:
    """Migrate the PostgreSQL database at `url` and copy every row of `source` into it; returns the seconds."""
    started = time.perf_counter()
    target = open_database(url)
    migrate.upgrade_shared(target)  # as IT sets a shared database up (a console never migrates one)
    sqlite = open_database(sqlite_url(source))
    try:
        raw = target.engine.raw_connection()
        try:
            connection = raw.driver_connection
            assert connection is not None
            with connection.cursor() as cursor:
                cursor.execute("SET session_replication_role = replica")  # no foreign key checks while copying
                for table in Base.metadata.sorted_tables:
                    columns = [c.name for c in table.columns]
                    with sqlite.engine.connect() as reader:
                        rows = reader.execution_options(stream_results=True, yield_per=BATCH).execute(select(table))
                        names = ", ".join(f'"{c}"' for c in columns)
                        copied = 0
                        cursor.execute(f'DELETE FROM "{table.name}"')  # rows the migrations seed come from the copy
                        with cursor.copy(f'COPY "{table.name}" ({names}) FROM STDIN') as copy:
                            for row in rows:
                                copy.write_row(_values(table, row, target.engine.dialect))
                                copied += 1
                    if copied > 50_000:
                        log(f"  {table.name}: {copied:,} rows copied")
                cursor.execute("SET session_replication_role = origin")
            connection.commit()
        finally:
            raw.close()
        with target.engine.begin() as conn:  # serial columns continue after the copied ids
            for table in Base.metadata.sorted_tables:
                if "id" in table.columns and table.columns["id"].autoincrement is True:
                    sequence = conn.execute(text(f"SELECT pg_get_serial_sequence('{table.name}', 'id')")).scalar()
                    if sequence:
                        conn.execute(
                            text(
                                f"SELECT setval('{sequence}', "
                                f'COALESCE((SELECT MAX(id) FROM "{table.name}"), 0) + 1, false)'
                            )
                        )
        with target.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.execute(text("VACUUM ANALYZE"))
    finally:
        sqlite.dispose()
        target.dispose()
    return time.perf_counter() - started


def _values(table, row, dialect):  # type: ignore[no-untyped-def]
    """A row as PostgreSQL's COPY takes it: what the column types bind (UTC times, money in minor units, JSON
    as text)."""
    out = []
    for column, value in zip(table.columns, row, strict=True):
        if isinstance(column.type, TypeDecorator):
            value = column.type.process_bind_param(value, dialect)
        elif value is not None and isinstance(column.type, JSON):
            value = json.dumps(value)
        out.append(value)
    return out
