"""Phone links between real processes: a console started by a click on a number, and a second click handed to
it over the single-instance socket, each store an outgoing call (a clinic's own desk: one clinic, no question)."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow
ROOT = Path(__file__).resolve().parents[2]
TIMEOUT_S = 60


def console(home: Path, *args: str) -> subprocess.Popen[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("RECEPTION_CONSOLE_")}
    env.update(RECEPTION_CONSOLE_HOME=str(home), RECEPTION_CONSOLE_PASSWORD="demo", QT_QPA_PLATFORM="offscreen")
    return subprocess.Popen(
        [sys.executable, "-m", "reception_console", *args], cwd=ROOT, env=env, text=True,
        stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )  # fmt: skip


def outgoing(db: Path) -> list[tuple[str, str]]:
    with sqlite3.connect(db) as conn:
        rows = conn.execute("SELECT caller, line FROM calls WHERE direction = 'outbound' ORDER BY rang_at").fetchall()
    return [(caller, line) for caller, line in rows]


def wait_for(check, process: subprocess.Popen[str]) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + TIMEOUT_S
    while not check():
        if process.poll() is not None:
            raise AssertionError(f"the console exited ({process.returncode}): {process.communicate()[1][-2000:]}")
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.1)


@pytest.fixture
def one_clinics_desk(tmp_path: Path) -> Iterator[tuple[Path, Path]]:
    home = tmp_path / "home"
    loaded = console(home, "demo", "load")
    assert loaded.wait(timeout=120) == 0, loaded.communicate()[1]
    db = home / "data" / "reception-console.sqlite3"
    with sqlite3.connect(db) as conn:  # the other two demo clinics closed
        conn.execute("UPDATE clinics SET archived_at = '2026-01-01 00:00:00' WHERE name != 'Med Centrum Mokotów'")
    yield home, db


def test_a_click_starts_the_console_with_the_call_and_a_second_click_reaches_it(one_clinics_desk) -> None:  # type: ignore[no-untyped-def]
    home, db = one_clinics_desk
    first = console(home, "--user", "justyna", "tel:+48-600-111-222")  # no console running: this one starts
    try:
        wait_for(lambda: len(outgoing(db)) == 1, first)
        assert outgoing(db) == [("+48600111222", "+48228431200")]
        second = console(home, "callto:+48 600 999 888")
        assert second.wait(timeout=TIMEOUT_S) == 0, second.communicate()[1]  # handed over, no second window
        wait_for(lambda: len(outgoing(db)) == 2, first)
        assert outgoing(db)[1] == ("+48600999888", "+48228431200")
        assert first.poll() is None
    finally:
        first.kill()
        first.communicate(timeout=30)


def test_a_click_while_the_console_is_still_starting_waits_for_its_socket(qtbot, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The first console holds its lock from its first instant but opens its socket once its window is up: a click
    meanwhile waits for the socket instead of starting a second console."""
    from reception_console.platform import instance_lock
    from reception_console.platform.ipc import IpcServer, server_name
    from reception_console.platform.paths import Paths

    home = tmp_path / "home"
    monkeypatch.setenv("RECEPTION_CONSOLE_HOME", str(home))
    paths = Paths.default()
    paths.data.mkdir(parents=True)
    starting = instance_lock.take(paths.data)  # the first console, its window not up yet
    assert starting is not None
    try:
        click = console(home, "callto:+48 600 999 888")
        time.sleep(2)
        assert click.poll() is None  # waiting: no second console, no give-up
        assert not (paths.data / "reception-console.sqlite3").exists()  # it opened no database of its own
        server = IpcServer(server_name(paths))  # the first console's window is up
        received: list[list[str]] = []
        server.received.connect(received.append)
        assert server.listen()
        qtbot.waitUntil(lambda: click.poll() is not None, timeout=TIMEOUT_S * 1000)
        assert click.returncode == 0, click.communicate()[1]
        assert received == [["callto:+48 600 999 888"]]
        server.close()
    finally:
        starting.release()
