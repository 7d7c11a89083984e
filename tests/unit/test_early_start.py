"""The frozen program's first run-time hook begins a console's start before PyInstaller's own hooks load Qt: the
lock, and an unattended PC's password check. `main` goes on from what it began; a command is never begun there."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from reception_console import cli
from reception_console.domain.people import Role
from reception_console.platform import instance_lock
from reception_console.services.passwords import hash_password
from reception_console.storage.database import open_database, sqlite_url
from reception_console.storage.migrate import prepare
from reception_console.storage.repositories import SqlPeopleStore


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("RECEPTION_CONSOLE_HOME", str(tmp_path))
    monkeypatch.delenv("RECEPTION_CONSOLE_DB", raising=False)
    monkeypatch.setattr(cli, "_begun", None)
    return tmp_path


def begin(monkeypatch: pytest.MonkeyPatch, *argv: str):  # type: ignore[no-untyped-def]
    monkeypatch.setattr(sys, "argv", ["reception-console", *argv])
    cli.begin_early()
    return cli._begun


def test_a_start_of_the_window_takes_the_lock_and_checks_the_stored_password_ahead(
    home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = open_database(sqlite_url(home / "data" / "reception-console.sqlite3"))
    prepare(db)
    SqlPeopleStore(db.connections).add("justyna", "Justyna", Role.RECEPTIONIST, hash_password("a long password"))
    db.dispose()
    monkeypatch.setenv("RECEPTION_CONSOLE_PASSWORD", "a long password")
    begun = begin(monkeypatch, "--user", "justyna")
    assert begun is not None
    argv, (args, _extra, settings, start) = begun
    try:
        assert argv == ["--user", "justyna"] and args.command is None
        assert settings.paths.data == home / "data"
        assert start.first and instance_lock.take(settings.paths.data) is None  # held from here on
        assert start.ahead is not None and start.ahead("a long password", start.ahead._pair[1]) is True
    finally:
        start.lock.release()


@pytest.mark.parametrize("argv", [["demo", "load"], ["db", "status"], ["self-test"], ["--help"]])
def test_a_command_is_left_to_main(home: Path, monkeypatch: pytest.MonkeyPatch, argv: list[str]) -> None:
    assert begin(monkeypatch, *argv) is None
    assert not (home / "data" / instance_lock.LOCK_FILE).exists()


def test_a_wrong_option_is_left_to_main_to_say(home: Path, monkeypatch: pytest.MonkeyPatch, capsys) -> None:  # type: ignore[no-untyped-def]
    assert begin(monkeypatch, "--db") is None  # the option's value is missing
    assert capsys.readouterr().err == ""  # said once, by main
