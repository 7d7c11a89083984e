"""Backups a schema upgrade leaves beside a SQLite file (`<stem>.before-<rev>-from-<rev>-<time>.sqlite3`): they
hold every patient's calls, so they go once older than the retention, and never more than the last five stay."""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from pathlib import Path

log = logging.getLogger(__name__)

KEEP = 5


def backups_of(database: Path) -> list[Path]:
    """The upgrade backups of a database file, newest first."""
    found = database.parent.glob(f"{database.stem}.before-*{database.suffix}")
    return sorted(found, key=lambda p: p.stat().st_mtime, reverse=True)


def prune_backups(database: Path, *, older_than: datetime, keep: int = KEEP, dry_run: bool = False) -> list[Path]:
    """Remove backups made before `older_than` and all beyond the newest `keep`; returns what went (or would)."""
    doomed = []
    for index, path in enumerate(backups_of(database)):
        made = datetime.fromtimestamp(path.stat().st_mtime, UTC)
        if index >= keep or made < older_than:
            doomed.append(path)
    if not dry_run:
        for path in doomed:
            for companion in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
                try:
                    companion.unlink(missing_ok=True)
                except OSError as error:
                    log.warning("cannot remove the old backup %s: %s", companion, error)
        if doomed:
            log.info("%d old backup(s) removed", len(doomed))
    return doomed
