"""The frozen program works by itself: migrations, drivers, Qt plugins and translations are in the bundle."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from reception_console import __version__
from reception_console.storage.migrate import HEAD

pytestmark = pytest.mark.slow


def run(program: Path, *args: str, home: Path, timeout: float = 120, **env: str) -> subprocess.CompletedProcess[str]:
    environ = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("RECEPTION_CONSOLE_", "PYTHON")) and k not in ("DISPLAY", "WAYLAND_DISPLAY", "VIRTUAL_ENV")
    }
    environ.update(RECEPTION_CONSOLE_HOME=str(home), QT_QPA_PLATFORM="offscreen", **env)
    return subprocess.run(
        [str(program), *args], cwd=home, env=environ, capture_output=True, text=True, timeout=timeout, check=False
    )


def test_the_version_comes_from_the_package(frozen: Path, tmp_path: Path) -> None:
    assert run(frozen / "reception-console", "--version", home=tmp_path).stdout.strip() == __version__


def test_its_self_test_passes_on_what_it_carries(frozen: Path, tmp_path: Path) -> None:
    result = run(frozen / "reception-console", "self-test", home=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    out = result.stdout
    assert f"Reception Console {__version__} self-test (frozen build in {frozen}" in out
    internal = frozen / "_internal"
    assert f"schema {HEAD} through {internal / 'reception_console' / 'storage' / 'migrations'}" in out
    assert f"3 clinics and 4 people loaded from {internal / 'resources' / 'demo'}" in out
    assert "drawn offscreen" in out and "in en, pl, ru" in out
    assert "ok       PostgreSQL driver: psycopg 3." in out
    assert "Traceback" not in out + result.stderr


def test_it_starts_to_the_sign_in_window(frozen: Path, tmp_path: Path) -> None:
    result = run(frozen / "reception-console", home=tmp_path, RECEPTION_CONSOLE_EXIT_WHEN_SHOWN="1")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().endswith("shown")
    assert "Traceback" not in result.stderr


def test_it_starts_to_the_console_window(frozen: Path, tmp_path: Path) -> None:
    result = run(
        frozen / "reception-console",
        "--user",
        "justyna",
        home=tmp_path,
        RECEPTION_CONSOLE_PASSWORD="demo",
        RECEPTION_CONSOLE_EXIT_WHEN_SHOWN="1",
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().endswith("shown")
    assert (tmp_path / "data" / "reception-console.sqlite3").stat().st_size > 0
    log = (tmp_path / "logs" / "reception-console.log").read_text(encoding="utf-8")
    assert "demo data loaded" in log


def test_it_carries_only_the_qt_it_uses(frozen: Path) -> None:
    qt = frozen / "_internal" / "PySide6" / "Qt"
    platforms = {p.name for p in (qt / "plugins" / "platforms").iterdir()}
    assert platforms == {"libqxcb.so", "libqoffscreen.so", "libqminimal.so"}
    assert sorted(p.name for p in (qt / "translations").iterdir()) == ["qtbase_en.qm", "qtbase_pl.qm", "qtbase_ru.qm"]
    libraries = " ".join(p.name for p in (qt / "lib").iterdir())
    for unused in ("Qt6Quick", "Qt6Qml", "Qt6Pdf", "Qt6Multimedia", "Qt6WebEngine"):
        assert unused not in libraries
    assert "libQt6Charts" in libraries
    assert (qt / "lib" / "libicudata.so.73").stat().st_size < 8_000_000  # ICU's data for en, pl, ru (not 32 MB)


def test_a_broken_qt_plugin_is_named(frozen: Path, tmp_path: Path) -> None:
    copy = tmp_path / "copy"
    subprocess.run(["cp", "-al", str(frozen), str(copy)], check=True)  # hard links: cheap, the cache stays whole
    plugin = copy / "_internal" / "PySide6" / "Qt" / "plugins" / "platforms" / "libqoffscreen.so"
    plugin.unlink()
    plugin.write_bytes(b"\x7fELF damaged in transit" * 64)
    (tmp_path / "home").mkdir()
    result = run(copy / "reception-console", "self-test", home=tmp_path / "home")
    assert result.returncode == 1
    out = result.stdout
    assert f"FAILED   card: the Qt platform plugin 'offscreen' is damaged: {plugin}: " in out
    assert "fix: Reinstall Reception Console" in out
    assert "ok       migrations" in out and "ok       call" in out  # the rest is still checked
    assert out.strip().splitlines()[-1].startswith("2 problem(s): card, Qt platform")
    assert "Traceback" not in out + result.stderr


def test_the_build_needs_no_source_checkout(frozen: Path, tmp_path: Path) -> None:
    """Run from a copy somewhere else, with no Python packages around it to fall back on."""
    elsewhere = tmp_path / "opt" / "rc"
    shutil.copytree(frozen, elsewhere, symlinks=True)
    result = run(elsewhere / "reception-console", "demo", "load", home=tmp_path, PYTHONNOUSERSITE="1")
    assert result.returncode == 0, result.stderr
    assert "Demo data loaded" in result.stdout


def test_a_clicked_phone_link_starts_an_outgoing_call_in_the_frozen_console(frozen: Path, tmp_path: Path) -> None:
    import sqlite3
    import time

    assert run(frozen / "reception-console", "demo", "load", home=tmp_path).returncode == 0
    db = tmp_path / "data" / "reception-console.sqlite3"
    with sqlite3.connect(db) as conn:  # one clinic's own desk: the call is made from its line without a question
        conn.execute("UPDATE clinics SET archived_at = '2026-01-01 00:00:00' WHERE name != 'Med Centrum Mokotów'")
    environ = {k: v for k, v in os.environ.items() if not k.startswith(("RECEPTION_CONSOLE_", "PYTHON"))}
    environ.update(RECEPTION_CONSOLE_HOME=str(tmp_path), RECEPTION_CONSOLE_PASSWORD="demo", QT_QPA_PLATFORM="offscreen")
    program = str(frozen / "reception-console")
    console = subprocess.Popen(  # started by a click on a number: the call waits for the window
        [program, "--user", "justyna", "tel:+48600111222"], cwd=tmp_path, env=environ, stderr=subprocess.PIPE
    )
    try:

        def outgoing(count: int) -> list[tuple[str, str]]:
            deadline = time.monotonic() + 60
            while console.poll() is None and time.monotonic() < deadline:
                with sqlite3.connect(db) as conn:
                    rows = conn.execute("SELECT caller, line FROM calls WHERE direction = 'outbound' ORDER BY rang_at")
                    found = rows.fetchall()
                if len(found) >= count:
                    return found
                time.sleep(0.1)
            raise AssertionError(f"no outgoing call stored; the console's exit code: {console.returncode}")

        assert outgoing(1) == [("+48600111222", "+48228431200")]
        click = subprocess.run([program, "callto:+48 600 999 888"], cwd=tmp_path, env=environ, timeout=60, check=False)
        assert click.returncode == 0  # handed to the running console over its socket
        assert outgoing(2)[1] == ("+48600999888", "+48228431200")
    finally:
        console.kill()
        console.communicate(timeout=30)
