"""Bring a database to the app's schema at start-up, safely.

The fast path (already at head) needs no Alembic import: the head revision is a constant checked
against the migration scripts by a test. Upgrading backs the SQLite file up first; a database
written by a newer app is refused with a clear message instead of being damaged.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import inspect, text

from ..platform.private_files import private_file
from .database import Database

log = logging.getLogger(__name__)

HEAD = "0004_privacy"  # the newest revision in migrations/versions; tests/storage checks it
KNOWN = ("0001", "0002", "0003", "0004_privacy")  # every revision this app knows, oldest first
MIGRATIONS = Path(__file__).with_name("migrations")


class SchemaTooNewError(RuntimeError):
    """The database was upgraded by a newer Reception Console (`revision`; this app knows up to `head`)."""

    def __init__(self, revision: str, head: str, message: str) -> None:
        super().__init__(message)
        self.revision = revision
        self.head = head


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
    """Upgrade the database to HEAD if needed and return what was done: 'current', 'created', 'upgraded'."""
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
