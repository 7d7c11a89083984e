"""Consoles as separate processes on one real database, through the service layer, with faults in the middle.

`make test` runs them at a reduced size — 8 consoles × 25 outcomes on PostgreSQL with the restart and two killed in
one run, 4 × 40 on SQLite — to keep the suite's time modest on a 2-core machine (twenty Python processes starting
at once take most of a minute there). `make bench` (bench/consoles.py) runs the full size: 20 × 500 → 10,000
calls, plain, with the restart, and with 4 killed; 4 × 500 on one SQLite file."""

from __future__ import annotations

import shutil
import sqlite3
import threading
import time
from pathlib import Path

import pytest

from reception_console.storage.database import sqlite_url
from tests.load.fleet import Fleet
from tests.postgres import PostgresServer

pytestmark = pytest.mark.slow
CONSOLES, OUTCOMES = 8, 25


def test_consoles_with_a_server_restart_and_two_killed_store_every_call_once(
    postgres: PostgresServer, postgres_demo_template: str, tmp_path: Path
) -> None:
    url = postgres.create_database("fleet_restart", template=postgres_demo_template)
    fleet = Fleet(url, tmp_path, CONSOLES, OUTCOMES)
    fleet.run(outage=postgres.restart, kill=2)
    assert fleet.problems() == []  # survivors: exactly their calls; killed: every acknowledged outcome; no task twice
    assert len(fleet.killed) == 2
    survivors = CONSOLES - 2
    made_by_killed = fleet.call_count() - survivors * OUTCOMES
    assert 0 <= made_by_killed <= 2 * OUTCOMES
    assert fleet.kept_total() > 0  # the restart really happened while they worked: some outcomes were kept


def _hold_the_file(path: Path, seconds: float) -> None:
    """Another program keeps the SQLite file locked for longer than the consoles wait (an outage on SQLite)."""
    holder = sqlite3.connect(path, timeout=30)
    holder.execute("BEGIN EXCLUSIVE")
    time.sleep(seconds)
    holder.rollback()
    holder.close()


def test_four_consoles_on_one_sqlite_file_with_a_lock_and_one_killed(demo_template: Path, tmp_path: Path) -> None:
    path = tmp_path / "shared.sqlite3"
    shutil.copy(demo_template, path)
    fleet = Fleet(sqlite_url(path), tmp_path / "run", 4, 40)
    fleet.run(outage=lambda: threading.Thread(target=_hold_the_file, args=(path, 6.5), daemon=True).start(), kill=1)
    assert fleet.problems() == []
    assert 3 * 40 <= fleet.call_count() <= 4 * 40
    assert fleet.kept_total() > 0  # the lock outlasted the consoles' wait: outcomes went to their journals
