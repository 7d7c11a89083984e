"""The real program, started as a process the way a user or IT starts it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from reception_console.storage.migrate import HEAD

ROOT = Path(__file__).resolve().parents[2]


def run(*args: str, home: Path, timeout: float = 60, **env: str) -> subprocess.CompletedProcess[str]:
    environ = {k: v for k, v in os.environ.items() if k != "RECEPTION_CONSOLE_DB"}
    environ.update(RECEPTION_CONSOLE_HOME=str(home), QT_QPA_PLATFORM="offscreen", **env)
    return subprocess.run(
        [sys.executable, "-m", "reception_console", *args],
        cwd=ROOT,
        env=environ,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def test_version(tmp_path: Path) -> None:
    from reception_console import __version__

    assert run("--version", home=tmp_path).stdout.strip() == __version__


def test_demo_load_then_refuses_a_non_empty_database(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'x.sqlite3'}"
    first = run("--db", url, "demo", "load", home=tmp_path)
    assert first.returncode == 0, first.stderr
    assert "justyna" in first.stdout
    second = run("--db", url, "demo", "load", home=tmp_path)
    assert second.returncode == 1 and "empty database" in second.stderr
    status = run("--db", url, "db", "status", home=tmp_path)
    assert f"schema: {HEAD} " in status.stdout


def test_environment_variable_points_at_the_database(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'env.sqlite3'}"
    result = run("db", "upgrade", home=tmp_path, RECEPTION_CONSOLE_DB=url)
    assert result.returncode == 0 and "env.sqlite3" in result.stdout and "created" in result.stdout


def test_a_file_that_is_not_a_database_gets_a_clear_message(tmp_path: Path) -> None:
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"this is not a database" * 100)
    result = run("--db", f"sqlite:///{junk}", "db", "status", home=tmp_path)
    assert result.returncode == 1
    assert "cannot be opened" in result.stderr and "Traceback" not in result.stderr
    assert junk.read_bytes() == b"this is not a database" * 100


@pytest.mark.slow
def test_first_start_loads_the_demo_and_shows_the_window(tmp_path: Path) -> None:
    result = run(
        "--user",
        "justyna",
        home=tmp_path,
        timeout=120,
        RECEPTION_CONSOLE_PASSWORD="demo",
        RECEPTION_CONSOLE_EXIT_WHEN_SHOWN="1",
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().endswith("shown")
    assert (tmp_path / "data" / "reception-console.sqlite3").exists()
    assert (tmp_path / "logs" / "reception-console.log").exists()


def test_an_unattended_start_on_an_existing_database_checks_the_password(tmp_path: Path) -> None:
    """The second start reads the stored hash before the storage layer loads and checks it meanwhile: the right
    password opens the console, a wrong one opens nothing."""
    first = run("demo", "load", home=tmp_path)
    assert first.returncode == 0, first.stderr
    start = ("--user", "justyna")
    shown = run(
        *start, home=tmp_path, timeout=120, RECEPTION_CONSOLE_PASSWORD="demo", RECEPTION_CONSOLE_EXIT_WHEN_SHOWN="1"
    )
    assert shown.returncode == 0, shown.stderr
    assert shown.stdout.strip().endswith("shown")
    refused = run(
        *start, home=tmp_path, timeout=120, RECEPTION_CONSOLE_PASSWORD="not-demo", RECEPTION_CONSOLE_EXIT_WHEN_SHOWN="1"
    )
    assert refused.returncode == 2
    assert "shown" not in refused.stdout
    assert "wrong name or password" in refused.stderr


def test_layering_contracts_hold() -> None:
    linter = Path(sys.executable).with_name("lint-imports")
    result = subprocess.run([str(linter)], cwd=ROOT, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout
