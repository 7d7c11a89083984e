"""Alembic environment: runs on the engine the app hands over (SQLite or PostgreSQL), or inside the transaction of
a connection it hands over (`db upgrade` on a shared database: the whole chain commits or nothing does)."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection, create_engine

from reception_console.storage.tables import metadata

config = context.config
target_metadata = metadata


def _migrate(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def run() -> None:
    given = config.attributes.get("connection")
    if given is not None:  # the caller's transaction: the caller commits
        _migrate(given)
        return
    engine = config.attributes.get("engine")
    if engine is None:  # `alembic` run by hand: -x url=...
        engine = create_engine(context.get_x_argument(as_dictionary=True)["url"])
    with engine.connect() as connection:
        sqlite = connection.dialect.name == "sqlite"
        if sqlite:
            # batch mode rebuilds a table by copying it and dropping the old one: with foreign keys enforced the
            # drop fails as soon as another table's rows point at it (calls → people). SQLite's own recipe: keys
            # off around the rebuild, then every reference checked before the upgrade is committed.
            connection.exec_driver_sql("PRAGMA foreign_keys=OFF")
            connection.commit()
        _migrate(connection)
        if sqlite:
            broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            if broken:
                connection.rollback()
                raise RuntimeError(f"the upgrade would leave {len(broken)} broken reference(s): {broken[:5]}")
        connection.commit()
        if sqlite:
            connection.exec_driver_sql("PRAGMA foreign_keys=ON")
            connection.commit()


run()
