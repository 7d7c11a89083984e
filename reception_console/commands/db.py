"""reception-console db upgrade|status — the database schema, without a window."""

from __future__ import annotations

import argparse

from ..platform.settings import Settings
from . import database, guarded


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    db = sub.add_parser("db", help="the database").add_subparsers(dest="action", required=True)
    db.add_parser("upgrade", help="migrate to this version's schema (backs up a SQLite file first)")
    db.add_parser("status", help="print the database URL and its schema revision")


def run(args: argparse.Namespace, settings: Settings) -> int:
    return guarded(lambda: _status(settings) if args.action == "status" else _upgrade(settings))


def _status(settings: Settings) -> int:
    from ..storage import migrate

    with database(settings, prepare=False) as db:
        print(f"database: {db.url}\nschema: {migrate.current_revision(db) or 'empty'} (this version: {migrate.HEAD})")
    return 0


def _upgrade(settings: Settings) -> int:
    from ..storage import migrate

    with database(settings, prepare=False) as db:
        print(f"database {db.url}: {migrate.prepare(db, on_backup=lambda path: print(f'backup: {path}'))}")
    return 0
