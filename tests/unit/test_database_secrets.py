"""Secrets only in the keyring: config.toml holds where the database is, never a password; every URL shown is
masked."""

from __future__ import annotations

import logging
import os
from pathlib import Path

import keyring
import pytest

from reception_console.cli import main
from reception_console.platform.database_settings import keyring_user, mask_url
from reception_console.platform.paths import Paths
from reception_console.platform.settings import Settings, load_settings

SECRET = "Tajne-Haslo-42"


def every_file_text(folder: Path) -> str:
    return "".join(p.read_bytes().decode("utf-8", "replace") for p in folder.rglob("*") if p.is_file())


def test_passwords_are_masked_in_urls_and_conninfo() -> None:
    assert mask_url(f"postgresql+psycopg://anna:{SECRET}@db:5432/reception") == (
        "postgresql+psycopg://anna:***@db:5432/reception"
    )
    assert SECRET not in mask_url(f"failed: host=db user=anna password={SECRET} dbname=x")
    assert mask_url("postgresql+psycopg:///reception?host=/run/pg") == "postgresql+psycopg:///reception?host=/run/pg"
    assert mask_url("sqlite:////srv/console.sqlite3") == "sqlite:////srv/console.sqlite3"


def test_a_password_in_config_toml_is_dropped_with_a_warning(tmp_path: Path) -> None:
    paths = Paths(tmp_path / "d", tmp_path / "c", tmp_path / "l", None)
    paths.config.mkdir()
    (paths.config / "config.toml").write_text(f'[database]\nurl = "postgresql+psycopg://anna:{SECRET}@db/r"\n')
    settings = load_settings(paths)
    assert settings.database_url == "postgresql+psycopg://anna@db/r"
    assert any("keyring" in problem for problem in settings.problems)


def test_db_connect_keeps_the_place_in_config_and_the_password_in_the_keyring(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    home = Path(os.environ["RECEPTION_CONSOLE_HOME"])
    monkeypatch.setenv("RECEPTION_CONSOLE_PASSWORD", SECRET)
    args = ["db", "connect", "--host", "db.callcentre.local", "--database", "reception", "--sslmode", "verify-full"]
    assert main([*args, "--unattended", "desk-7"]) == 0
    settings = load_settings()
    shared = settings.shared
    assert (shared.host, shared.port, shared.name, shared.sslmode) == (
        "db.callcentre.local",
        5432,
        "reception",
        "verify-full",
    )
    assert shared.unattended_login == "desk-7" and not settings.is_embedded
    url = settings.effective_database_url
    assert url == "postgresql+psycopg://db.callcentre.local:5432/reception?sslmode=verify-full"
    assert keyring.get_password("ReceptionConsole", keyring_user(url, "desk-7")) == SECRET
    assert SECRET not in every_file_text(home)


def test_the_start_up_error_and_the_log_show_no_password(qtbot, monkeypatch, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMessageBox

    from reception_console import app
    from reception_console.platform.logs import setup_logging

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, _title, body: shown.append(body))
    url = f"postgresql+psycopg://anna:{SECRET}@127.0.0.1:1/reception"
    settings = Settings(paths=Paths.default(), database_url=url)
    error = RuntimeError(f"connection to {url} refused")
    assert app._cannot_open(settings, error) == 2
    (body,) = shown
    assert SECRET not in body and "anna:***@127.0.0.1" in body
    log_file = setup_logging(tmp_path / "logs")
    try:
        raise error
    except RuntimeError:
        logging.getLogger("reception_console.test").exception("cannot open %s", url)
    for handler in logging.getLogger().handlers:
        handler.flush()
    written = log_file.read_text()
    assert "cannot open" in written and SECRET not in written
    for handler in list(logging.getLogger().handlers):
        if getattr(handler, "baseFilename", None) == str(log_file):
            logging.getLogger().removeHandler(handler)
            handler.close()


@pytest.mark.parametrize("bad", ["--port=70000"])
def test_db_connect_refuses_a_bad_port(bad: str) -> None:
    assert main(["db", "connect", "--host", "h", "--database", "d", bad]) == 1
