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


# A receptionist's day through the services as the console wires them: the sign-in, a ring on a clinic's line with
# its card and the caller's history, a booking (a visit, the clinic's message) and a refusal (a follow-up task).
RECEPTIONISTS_DAY = """
import sys
from datetime import timedelta
from reception_console.app import build_services, open_prepared_database
from reception_console.domain.calls import CallEvent, EventKind, EventSource, NotBookedReason, Outcome, OutcomeForm
from reception_console.platform.settings import load_settings

settings = load_settings()
db = open_prepared_database(settings, load_demo=True)
services = build_services(db, settings)
desk = services.desk
desk.receptionist = services.auth.sign_in("justyna", "demo")
for call_id, form in (
    ("a", lambda card, now: OutcomeForm(outcome=Outcome.BOOKED, service_id=card.services[0].id,
                                        visit_at=now + timedelta(days=1), patient_name="Ewa")),
    ("b", lambda card, now: OutcomeForm(outcome=Outcome.NOT_BOOKED, reason=NotBookedReason.TOO_EXPENSIVE)),
):
    line, caller = sys.argv[1], "+48600111222"
    call = desk.receive(CallEvent(EventKind.RING, call_id, desk._clock(), EventSource.SOFTPHONE, line, caller))
    card = services.cards.view(call.clinic_id).card
    services.cards.caller_history(call.caller, exclude=call.id, viewer=desk.receptionist)
    desk.answer(call.id)
    saved = desk.save(call.id, form(card, desk._clock()))
    assert saved.call.saved_at is not None
print("the ORM was loaded" if "sqlalchemy.orm" in sys.modules else "no ORM")
"""


def test_a_receptionists_start_ring_and_outcomes_never_load_sqlalchemys_orm(tmp_path: Path) -> None:
    """The ORM (mapping every table takes a sizeable part of a start) is for editing and reports; the console's
    start and its everyday writes are written on the tables themselves."""
    shown = run(
        "--user", "justyna", home=tmp_path, timeout=120, RECEPTION_CONSOLE_PASSWORD="demo",
        RECEPTION_CONSOLE_EXIT_WHEN_SHOWN="1", PYTHONVERBOSE="1",
    )  # fmt: skip
    assert shown.returncode == 0, shown.stderr[-2000:]
    assert "import 'sqlalchemy' " in shown.stderr  # (the import log works)
    assert "import 'sqlalchemy.orm' " not in shown.stderr
    environ = {k: v for k, v in os.environ.items() if k != "RECEPTION_CONSOLE_DB"}
    environ.update(RECEPTION_CONSOLE_HOME=str(tmp_path), QT_QPA_PLATFORM="offscreen")
    day = subprocess.run(
        [sys.executable, "-c", RECEPTIONISTS_DAY, "+48228431200"],
        cwd=ROOT, env=environ, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert day.returncode == 0, day.stderr[-2000:]
    assert day.stdout.strip() == "no ORM"
