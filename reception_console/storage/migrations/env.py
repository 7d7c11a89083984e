"""Alembic environment: runs on the engine the app hands over (SQLite or PostgreSQL), or inside the transaction of
a connection it hands over (`db upgrade` on a shared database: the whole chain commits or nothing does)."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection, create_engine

from reception_console.storage.models import Base

config = context.config
target_metadata = Base.metadata


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
        _migrate(connection)
        connection.commit()


run()
