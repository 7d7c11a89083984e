"""Upgrade backups hold every patient's calls: older than the retention, or beyond the newest five, they go."""

from __future__ import annotations

import os
from datetime import UTC, datetime, timedelta
from pathlib import Path

from reception_console.platform.backups import backups_of, prune_backups

NOW = datetime(2026, 12, 3, 10, tzinfo=UTC)


def _backup(folder: Path, days_old: int) -> Path:
    path = folder / f"reception-console.before-0004-from-0003-{days_old:04d}.sqlite3"
    path.write_bytes(b"x")
    stamp = (NOW - timedelta(days=days_old)).timestamp()
    os.utime(path, (stamp, stamp))
    return path


def test_old_backups_and_those_beyond_the_newest_five_are_removed(tmp_path: Path) -> None:
    database = tmp_path / "reception-console.sqlite3"
    database.write_bytes(b"db")
    other = tmp_path / "other.before-0002-from-0001-x.sqlite3"
    other.write_bytes(b"not ours")
    ages = [1, 3, 10, 30, 60, 90, 800, 900]
    made = {age: _backup(tmp_path, age) for age in ages}
    wal = Path(f"{made[900]}-wal")
    wal.write_bytes(b"w")

    dry = prune_backups(database, older_than=NOW - timedelta(days=730), dry_run=True)
    assert set(dry) == {made[90], made[800], made[900]} and all(p.exists() for p in dry)

    removed = prune_backups(database, older_than=NOW - timedelta(days=45))
    assert set(removed) == {made[60], made[90], made[800], made[900]}
    assert backups_of(database) == [made[1], made[3], made[10], made[30]]
    assert database.exists() and other.exists() and not wal.exists()
