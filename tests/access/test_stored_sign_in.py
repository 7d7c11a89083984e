"""An unattended PC on the shared database: its sign-in is in the keyring, and no file the console writes holds it."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QSettings
from sqlalchemy import text

from reception_console import app
from reception_console.cli import main
from reception_console.platform.settings import load_settings
from reception_console.storage.database import open_database
from tests.access.conftest import PASSWORD
from tests.postgres import SOCKET_PORT, PostgresServer


def test_an_unattended_pc_signs_in_from_the_keyring(
    postgres: PostgresServer, shared_name: str, monkeypatch, qapp
) -> None:  # type: ignore[no-untyped-def]
    home = Path(os.environ["RECEPTION_CONSOLE_HOME"])
    monkeypatch.setenv("RECEPTION_CONSOLE_PASSWORD", PASSWORD)
    where = ["--host", str(postgres.root), "--port", str(SOCKET_PORT), "--database", shared_name]
    assert main(["db", "connect", *where, "--unattended", "justyna"]) == 0
    monkeypatch.delenv("RECEPTION_CONSOLE_PASSWORD")
    settings = load_settings()
    db = open_database(settings.effective_database_url)
    assert db.per_person_logins
    services = app.build_services(db, settings)
    ui_state = QSettings(str(settings.paths.config / "ui.ini"), QSettings.Format.IniFormat)
    stored = app._stored_sign_in(settings, None)  # no dialog: the keyring has it
    assert stored is not None
    person = app._sign_in_now(services, *stored)
    assert person is not None and person.login == "justyna"
    with db.engine.connect() as conn:
        assert conn.execute(text("SELECT session_user")).scalar() == "justyna"
    ui_state.sync()
    db.dispose()
    assert PASSWORD not in "".join(p.read_bytes().decode("utf-8", "replace") for p in home.rglob("*") if p.is_file())
