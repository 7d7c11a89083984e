"""`reception-console self-test` names what is broken, with what to do about it, and never crashes."""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail

from reception_console.commands.self_test import FAIL, OK, WARN, SelfTest, debian_package
from reception_console.platform.paths import Paths
from reception_console.platform.settings import Settings
from reception_console.platform.telephony_settings import TelephonySettings
from reception_console.storage import migrate
from reception_console.storage.database import open_database

ROOT = Path(__file__).resolve().parents[2]
PROGRAM = [sys.executable, "-m", "reception_console"]


def settings(tmp_path: Path, **changes: object) -> Settings:
    paths = Paths(tmp_path / "data", tmp_path / "config", tmp_path / "logs", None)
    return replace(Settings(paths=paths), **changes)  # type: ignore[arg-type]


def one_check(test: SelfTest, name: str) -> tuple[str, str, str]:
    step = {
        "keyring": test._keyring,
        "shared database": test._shared_database,
        "Qt platform": test._platform,
        "data folder": test._data_folder,
    }[name]
    test.check(name, step)
    result = test.results[-1]
    return result.status, result.detail, result.fix


def self_test(home: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    environ = {k: v for k, v in os.environ.items() if k not in ("RECEPTION_CONSOLE_DB", "DISPLAY", "WAYLAND_DISPLAY")}
    environ.update(RECEPTION_CONSOLE_HOME=str(home), **env)
    return subprocess.run(
        [*PROGRAM, *args, "self-test"], cwd=ROOT, env=environ, capture_output=True, text=True, timeout=180, check=False
    )


@pytest.mark.slow
def test_passes_on_a_whole_installation_and_prints_the_versions(tmp_path: Path) -> None:
    result = self_test(tmp_path, QT_QPA_PLATFORM="offscreen")
    assert result.returncode == 0, result.stdout + result.stderr
    out = result.stdout
    assert "Traceback" not in out + result.stderr
    assert "versions: Python 3.11" in out and "Qt 6." in out and "SQLAlchemy 2." in out and "psycopg 3." in out
    for line in (
        "ok       migrations: a new database created at schema " + migrate.HEAD,
        "ok       demo data: 3 clinics",
        "ok       call: recorded",
        "ok       card: ",
        "in en, pl, ru",
        "ok       PostgreSQL driver: psycopg",
    ):
        assert line in out, out
    assert out.strip().splitlines()[-1].startswith("All 10 checks passed")
    assert not list((tmp_path / "data").glob("*.sqlite3")), "the self-test must not touch the user's database"


def test_no_keyring_is_a_warning_for_an_embedded_console_and_a_failure_when_secrets_are_needed(tmp_path: Path) -> None:
    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        status, detail, fix = one_check(SelfTest(settings(tmp_path), PROGRAM, out=lambda _: None), "keyring")
        assert status == WARN and "no system keyring" in detail and "GNOME Keyring" in fix
        ami = settings(tmp_path, telephony=TelephonySettings(source="ami", ami_username="console"))
        status, detail, _ = one_check(SelfTest(ami, PROGRAM, out=lambda _: None), "keyring")
        assert status == FAIL and "Asterisk secret need it" in detail
    finally:
        keyring.set_keyring(before)
    status, detail, _ = one_check(SelfTest(settings(tmp_path), PROGRAM, out=lambda _: None), "keyring")
    assert status == OK and "answers" in detail  # the tests' in-memory backend


def test_an_unreachable_shared_database_is_named_without_its_password(tmp_path: Path) -> None:
    url = "postgresql+psycopg://console:s3cret-pw@127.0.0.1:1/reception"
    lines: list[str] = []
    test = SelfTest(settings(tmp_path, database_url=url), PROGRAM, out=lines.append)
    status, detail, fix = one_check(test, "shared database")
    assert status == FAIL
    assert "127.0.0.1:1/reception cannot be reached" in detail and "refused" in detail.lower()
    assert "firewall" in fix and "config.toml" in fix
    assert "s3cret-pw" not in "\n".join(lines)


def test_a_shared_database_reports_its_schema_revision(tmp_path: Path, postgres) -> None:  # type: ignore[no-untyped-def]
    url = postgres.create_database("self_test_shared")
    lines: list[str] = []
    test = SelfTest(settings(tmp_path, database_url=url), PROGRAM, out=lines.append)
    status, detail, fix = one_check(test, "shared database")
    assert status == FAIL and "holds no schema" in detail and "db upgrade" in fix
    db = open_database(url)
    migrate.upgrade(db, "0002")
    db.dispose()
    status, detail, fix = one_check(test, "shared database")
    assert status == FAIL and "at schema 0002; this console needs " + migrate.HEAD in detail and "db upgrade" in fix
    db = open_database(url)
    migrate.upgrade(db)
    db.dispose()
    status, detail, _ = one_check(test, "shared database")
    assert status == OK and detail.endswith(f"answers at schema {migrate.HEAD}")


def test_a_qt_platform_plugin_that_is_not_there_is_named(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("QT_QPA_PLATFORM", "nonesuch")
    status, detail, fix = one_check(SelfTest(settings(tmp_path), PROGRAM, out=lambda _: None), "Qt platform")
    assert status == FAIL and "plugin 'nonesuch' is not in this installation" in detail and "QT_QPA_PLATFORM" in fix


def test_a_display_that_cannot_be_reached_is_named(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")
    monkeypatch.setenv("DISPLAY", ":87")
    status, detail, _ = one_check(SelfTest(settings(tmp_path), PROGRAM, out=lambda _: None), "Qt platform")
    assert status == FAIL and "cannot connect to the display (:87)" in detail


def test_a_data_folder_that_cannot_be_written_is_named(tmp_path: Path) -> None:
    blocker = tmp_path / "data"
    blocker.write_text("a file where the folder should be")
    status, detail, fix = one_check(SelfTest(settings(tmp_path), PROGRAM, out=lambda _: None), "data folder")
    assert status == FAIL and str(blocker) in detail and "write access" in fix


@pytest.mark.parametrize(
    ("library", "package"),
    [
        ("libxcb-icccm.so.4", "libxcb-icccm4"),
        ("libxkbcommon-x11.so.0", "libxkbcommon-x11-0"),
        ("libEGL.so.1", "libegl1"),
    ],
)
def test_a_missing_library_is_named_with_its_usual_debian_package(library: str, package: str) -> None:
    assert debian_package(library) == package
