"""`reception-console call …` as a softphone runs it: the first event starts the console, later ones (and a
second start) go to the running console over the single-instance socket."""

from __future__ import annotations

import os
import re
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import PL_LINE

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.slow


def cli(home: Path, *args: str, timeout: float = 90) -> subprocess.CompletedProcess[str]:
    environ = {k: v for k, v in os.environ.items() if k != "RECEPTION_CONSOLE_DB"}
    environ.update(RECEPTION_CONSOLE_HOME=str(home), QT_QPA_PLATFORM="offscreen", RECEPTION_CONSOLE_PASSWORD="demo")
    return subprocess.run(
        [sys.executable, "-m", "reception_console", "--user", "justyna", *args],
        cwd=ROOT, env=environ, capture_output=True, text=True, timeout=timeout, check=False,
    )  # fmt: skip


def wait_for_row(database: Path, query: str, args: tuple[str, ...], timeout: float = 30) -> tuple:  # type: ignore[type-arg]
    deadline = time.monotonic() + timeout
    while True:
        if database.exists():
            with sqlite3.connect(database) as conn:
                try:
                    row = conn.execute(query, args).fetchone()
                except sqlite3.OperationalError:  # the console is still creating the schema
                    row = None
            if row:
                return row
        assert time.monotonic() < deadline, f"no row for {query} {args}"
        time.sleep(0.1)


def test_first_event_starts_the_console_and_later_ones_reach_it(tmp_path: Path) -> None:
    ring = cli(tmp_path, "call", "ring", "--line", PL_LINE, "--caller", "+48600111222", "--name", "Jan Kowalski")
    assert ring.returncode == 0, ring.stderr
    started = re.search(r"started one \(process (\d+)\)", ring.stderr)
    assert started, ring.stderr
    console = int(started.group(1))
    try:
        call_id = ring.stdout.strip()
        database = tmp_path / "data" / "reception-console.sqlite3"
        source, caller = wait_for_row(database, "select source, caller from calls where id = ?", (call_id,))
        assert (source, caller) == ("command_line", "+48600111222")

        again = cli(tmp_path, timeout=30)  # a second start of the program: handed over, exits at once
        assert again.returncode == 0, again.stderr

        end = cli(tmp_path, "call", "end", "--call-id", call_id)
        assert end.returncode == 0 and "started" not in end.stderr, end.stderr
        (outcome,) = wait_for_row(
            database, "select outcome from calls where id = ? and saved_at is not null", (call_id,)
        )
        assert outcome == "missed"
        kind, phone = wait_for_row(database, "select kind, phone from tasks where call_id = ?", (call_id,))
        assert (kind, phone) == ("callback", "+48600111222")
    finally:
        os.kill(console, signal.SIGTERM)
