"""Bring a database to the app's schema, safely.

The embedded SQLite file is upgraded at start-up, backed up first. A shared database is never upgraded by a
console: it only checks the revision and says what IT must do (`upgrade_shared` is `db upgrade`'s). The fast path
(already at head) needs no Alembic import: the head revision is a constant checked against the migration scripts
by a test. A database written by a newer app is refused with a clear message instead of being damaged.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Connection, inspect, text

from ..platform.private_files import private_file
from .database import Database

log = logging.getLogger(__name__)

HEAD = "0005_training"  # the newest revision in migrations/versions; tests/storage checks it
KNOWN = (
    "0001",
    "0002",
    "0003",
    "0004_privacy",
    "0004_shared_work_lists",
    "0004_messages",
    "0005_call_back_time",
    "0005_training",
)  # every revision this app knows, oldest first
MIGRATIONS = Path(__file__).with_name("migrations")


LOCK_KEY = 0x52430001  # the advisory lock `db upgrade` holds on a shared database ("RC", 1)


class SchemaError(RuntimeError):
    """The database's schema (`revision`, None when empty) is not the one this app works with (`head`)."""

    def __init__(self, revision: str | None, head: str, message: str) -> None:
        super().__init__(message)
        self.revision = revision
        self.head = head


class SchemaTooNewError(SchemaError):
    """The database was upgraded by a newer Reception Console."""


class SchemaTooOldError(SchemaError):
    """A shared database behind this console (or empty): IT upgrades it (or sets it up)."""


def check_shared(db: Database) -> None:
    """A console's check of a shared database: it never migrates one, it says who must."""
    revision = current_revision(db)
    if revision == HEAD:
        return
    if revision is None:
        raise SchemaTooOldError(
            None, HEAD, "The shared database has no tables yet: IT sets it up with `reception-console db init`."
        )
    if revision not in KNOWN:
        raise SchemaTooNewError(
            revision,
            HEAD,
            f"This console is older than the database (schema {revision}; this console knows up to {HEAD}): "
            "install the new version.",
        )
    raise SchemaTooOldError(
        revision,
        HEAD,
        f"The shared database must be upgraded by IT: `reception-console db upgrade` (it is at schema {revision}; "
        f"this console needs {HEAD}).",
    )


def unreadable(db: Database) -> list[str]:
    """The tables and columns this version reads that the database does not have: none means that every query of
    this version fits the database's schema (a newer schema that only added things, an older one that lacks
    nothing this version reads), so a console may open it to read."""
    from sqlalchemy import inspect

    from .tables import metadata

    inspector = inspect(db.engine)
    tables = set(inspector.get_table_names())
    missing: list[str] = []
    for table in metadata.sorted_tables:
        if table.name not in tables:
            missing.append(table.name)
            continue
        columns = {column["name"] for column in inspector.get_columns(table.name)}
        missing += [f"{table.name}.{column.name}" for column in table.columns if column.name not in columns]
    return missing


def current_revision(db: Database) -> str | None:
    with db.engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def _alembic_config(db: Database):  # type: ignore[no-untyped-def]
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["engine"] = db.engine
    return config


def backup_sqlite(path: Path, revision: str | None) -> Path:
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.before-{HEAD}-from-{revision or 'empty'}-{stamp}{path.suffix}")
    # a plain copy of a WAL database could miss pages still in the -wal file: ask SQLite for a backup
    import sqlite3

    with sqlite3.connect(path) as source, sqlite3.connect(target) as dest:
        source.backup(dest)
    return private_file(target)


def prepare(db: Database, *, on_backup: Callable[[Path], None] | None = None) -> str:
    """Upgrade the embedded database to HEAD if needed and return what was done: 'current', 'created', 'upgraded'.
    A shared database is only checked (SchemaError when it is not at HEAD)."""
    if db.is_shared:
        check_shared(db)
        return "current"
    revision = current_revision(db)
    if revision == HEAD:
        return "current"
    if revision is not None and revision not in KNOWN:
        raise SchemaTooNewError(
            revision,
            HEAD,
            f"This database was last opened by a newer version of Reception Console (schema {revision}; "
            f"this version knows up to {HEAD}). Install the newer version, or point this console at "
            "another database.",
        )
    path = db.sqlite_path
    if revision is not None and path is not None and path.exists():
        backup = backup_sqlite(path, revision)
        log.info("backed up %s to %s before upgrading from %s to %s", path, backup, revision, HEAD)
        if on_backup:
            on_backup(backup)
    upgrade(db)
    return "created" if revision is None else "upgraded"


def upgrade_shared(
    db: Database, *, before: Callable[[str], None] | None = None, after: Callable[[Connection], None] | None = None
) -> str:
    """`db upgrade` on a shared database: under an advisory lock (a second PC waits, then finds it done), the whole
    chain in one transaction. `before(revision)` runs once the lock is held and an upgrade is due (the backup);
    `after(connection)` inside the transaction, whether or not an upgrade was due (the access rules for new tables).
    Returns what was done: 'current', 'created' or 'upgraded'."""
    from alembic import command

    with db.engine.connect() as conn, conn.begin():
        conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": LOCK_KEY})
        has_table = inspect(conn).has_table("alembic_version")
        revision = conn.execute(text("SELECT version_num FROM alembic_version")).scalar() if has_table else None
        if revision == HEAD:
            if after is not None:
                after(conn)
            return "current"
        if revision is not None and revision not in KNOWN:
            raise SchemaTooNewError(
                revision,
                HEAD,
                f"The database is at schema {revision}, newer than this version ({HEAD}): install "
                "the new version and run its `db upgrade`.",
            )
        if before is not None and revision is not None:
            before(revision)
        config = _alembic_config(db)
        config.attributes["connection"] = conn
        command.upgrade(config, "head")
        if after is not None:
            after(conn)
    return "created" if revision is None else "upgraded"


def upgrade(db: Database, target: str = "head") -> None:
    from alembic import command

    command.upgrade(_alembic_config(db), target)


def downgrade(db: Database, target: str) -> None:
    from alembic import command

    command.downgrade(_alembic_config(db), target)


def script_head() -> str | None:
    """The head according to the migration scripts themselves (slow: imports Alembic)."""
    from alembic.script import ScriptDirectory

    return ScriptDirectory(str(MIGRATIONS)).get_current_head()
