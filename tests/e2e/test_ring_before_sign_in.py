"""A ring while the console waits at its sign-in window: stored at once, a missed call if nobody answers."""

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
CALL = "SELECT {columns} FROM calls WHERE id = '{id}'"


def call_command(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    environ = {k: v for k, v in os.environ.items() if not k.startswith("RECEPTION_CONSOLE_")}
    environ.update(RECEPTION_CONSOLE_HOME=str(home), QT_QPA_PLATFORM="offscreen")
    return subprocess.run(
        [sys.executable, "-m", "reception_console", "call", *args],
        cwd=ROOT,
        env=environ,
        capture_output=True,
        text=True,
        timeout=90,
        check=False,
    )


def rows(database: Path, query: str) -> list[tuple]:
    with sqlite3.connect(database) as conn:
        return conn.execute(query).fetchall()


def wait_for(check, timeout: float = 30.0):  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            found = check()
        except sqlite3.OperationalError:  # the console is still creating the database
            found = None
        if found:
            return found
        time.sleep(0.2)
    raise AssertionError("timed out")


@pytest.mark.slow
def test_a_call_that_rings_and_ends_at_the_sign_in_window_is_a_missed_call(tmp_path: Path) -> None:
    ring = call_command("ring", "--line", PL_LINE, "--caller", "600 111 222", home=tmp_path)
    assert ring.returncode == 0, ring.stderr
    started = re.search(r"process (\d+)", ring.stderr)
    assert started, ring.stderr  # no console was running: `call ring` started one, which waits for a sign-in
    pid = int(started.group(1))
    try:
        call_id = ring.stdout.strip()
        database = tmp_path / "data" / "reception-console.sqlite3"
        stored = wait_for(
            lambda: rows(
                database,
                CALL.format(columns="line, caller, receptionist_id, rang_at, answered_at", id=call_id),
            )
        )
        line, caller, receptionist, rang_at, answered_at = stored[0]
        assert (line, caller, receptionist, answered_at) == (PL_LINE, "+48600111222", None, None)
        assert rang_at

        end = call_command("end", "--call-id", call_id, home=tmp_path)
        assert end.returncode == 0, end.stderr
        saved = wait_for(
            lambda: rows(
                database,
                CALL.format(columns="outcome, ended_at", id=call_id) + " AND saved_at IS NOT NULL",
            )
        )
        assert saved[0][0] == "missed" and saved[0][1]
        tasks = rows(database, f"SELECT kind, phone FROM tasks WHERE call_id = '{call_id}'")
        assert tasks == [("callback", "+48600111222")]
    finally:
        os.killpg(pid, signal.SIGTERM)  # the console started its own session: only its processes
