"""(a) Cold start: process start → first window shown, for the console and for a bare PySide6 window.

Targets: the first window (the sign-in window, shown before the storage layer is imported) within 2× the bare
window; the console with the restored call's card within 1.5× the stack floor (the bare window after importing
SQLAlchemy). The frozen build's own start is compared with this one in the packaging benchmark.

Each start is a new Python process. The console runs as `python -m reception_console --user justyna` with
RECEPTION_CONSOLE_EXIT_WHEN_SHOWN=1, so it prints "shown" from the event loop's first turn after
`window.show()` and quits; the clock runs from just before the process is spawned until that line is read.
The bare window (bench/bare_window.py) is started the same way and prints "shown" the same way.

Variants: the console with no call in the database, and with one unsaved call of the signed-in receptionist,
which the window restores at start and puts on screen with its card. One untimed warm-up start of each fills
the OS file cache and the .pyc files; then the variants take turns so background noise hits them alike.
"""

from __future__ import annotations

import os
import selectors
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from .generate import CACHE, REPO, GeneratedData, caller_number, line_number
from .report import Row, Section

TIMEOUT_S = 60.0
FLOOR = "bare window + SQLAlchemy imported (stack floor)"
SIGN_IN = "sign-in window (shown before the storage layer is imported)"


class StartError(RuntimeError):
    pass


PYCACHE = CACHE / "pycache"


def _env(**extra: str) -> dict[str, str]:
    """The caller's environment without the console's variables, with a bytecode cache.

    An installed console starts from compiled bytecode (PyInstaller bundles it; a venv keeps __pycache__).
    PYTHONDONTWRITEBYTECODE (set on some CI machines and sandboxes) would make every start recompile
    SQLAlchemy, Alembic and the app — ~0.6 s more here — so the starts share one cache in .cache/bench/pycache
    instead (the tree itself stays clean).
    """
    env = {k: v for k, v in os.environ.items() if not k.startswith("RECEPTION_CONSOLE_")}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(PYCACHE)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env.update(extra)
    return env


def time_until_shown(cmd: list[str], env: dict[str, str]) -> float:
    """Seconds from spawning `cmd` until it prints "shown"; the process is then left to exit by itself."""
    with tempfile.TemporaryFile("w+") as err:
        started = time.perf_counter()
        proc = subprocess.Popen(cmd, cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=err, text=True)
        assert proc.stdout is not None
        shown_at: float | None = None
        with selectors.DefaultSelector() as sel:
            sel.register(proc.stdout, selectors.EVENT_READ)
            deadline = started + TIMEOUT_S
            while shown_at is None and time.perf_counter() < deadline:
                if not sel.select(timeout=max(0.0, deadline - time.perf_counter())):
                    continue
                line = proc.stdout.readline()
                if not line:  # the process ended without saying "shown"
                    break
                if line.strip() == "shown":
                    shown_at = time.perf_counter()
        try:
            code = proc.wait(timeout=max(1.0, deadline - time.perf_counter()))
        except subprocess.TimeoutExpired:
            proc.kill()  # only the process this function started
            proc.wait()
            code = None
        if shown_at is None:
            err.seek(0)
            tail = " | ".join(x for x in err.read().strip().splitlines()[-3:] if "propagateSizeHints" not in x)
            why = "timed out" if code is None else f"exit code {code}"
            raise StartError(f"{' '.join(cmd[1:])}: no 'shown' ({why}) {tail}".strip())
        return shown_at - started


def time_in_turns(  # type: ignore[no-untyped-def]
    variants: dict[str, tuple[list[str], dict[str, str]]], runs: int, log, what: str
) -> tuple[dict[str, list[float]], dict[str, str]]:
    """Each variant started `runs` times (ms until shown), the variants taking turns so background noise hits them
    alike; one untimed warm-up round first. A variant that fails once is dropped, with its error."""
    times: dict[str, list[float]] = {name: [] for name in variants}
    errors: dict[str, str] = {}
    for attempt in range(runs + 1):
        for name, (cmd, env) in variants.items():
            if name in errors:
                continue
            try:
                seconds = time_until_shown(cmd, env)
            except StartError as error:
                errors[name] = str(error)
                continue
            if attempt > 0:  # the first round warms caches up and is not counted
                times[name].append(seconds * 1000)
        log(f"  {what} round {attempt}/{runs} done")
    return times, errors


def _add_unsaved_call(path: Path, login: str) -> str:
    """One unsaved call of `login`'s, answered two minutes ago, with a draft: what a crash leaves behind."""
    from sqlalchemy import insert, select

    from reception_console.storage.database import open_database
    from reception_console.storage.models import CallRow, PersonRow
    from reception_console.storage.repositories import SqlCallStore

    db = open_database(f"sqlite:///{path}")
    try:
        now = datetime.now(UTC)
        clinic_index = 41  # any clinic; a fixed one keeps runs comparable
        with db.engine.begin() as conn:
            person_id = conn.execute(select(PersonRow.id).where(PersonRow.login == login)).scalar_one()
            conn.execute(
                insert(CallRow.__table__),  # type: ignore[arg-type]
                {
                    "id": "bench-unsaved-call",
                    "direction": "inbound",
                    "source": "softphone",
                    "line": line_number(clinic_index, 0),
                    "clinic_id": clinic_index + 1,
                    "caller": caller_number(17),
                    "caller_name": None,
                    "receptionist_id": person_id,
                    "rang_at": now - timedelta(minutes=3),
                    "answered_at": now - timedelta(minutes=2, seconds=50),
                    "ended_at": None,
                    "saved_at": None,
                    "outcome": "not_booked",
                    "reason": "will_think",
                    "reason_text": "",
                    "patient_name": "Maria Wiśniewska",
                    "notes": "Pyta o USG dla córki",
                    "callback_requested": False,
                    "message_to": "",
                    "message_text": "",
                },
            )
        restored = SqlCallStore(db.connections).unsaved(person_id)
        return f"{len(restored)} unsaved call(s) for {login} in the copy"
    finally:
        db.dispose()


def run(data: GeneratedData, workdir: Path, runs: int, log=print) -> Section:  # type: ignore[no-untyped-def]
    section = Section(f"(a) cold start: process start → window shown (median of {runs}, after 1 warm-up)")
    plain = data.copy_to(workdir / "start-plain")
    with_call = data.copy_to(workdir / "start-card")
    check = _add_unsaved_call(with_call, data.receptionist)

    def console(db_path: Path, home: str) -> tuple[list[str], dict[str, str]]:
        (workdir / home).mkdir(parents=True, exist_ok=True)
        return (
            [sys.executable, "-m", "reception_console", "--user", data.receptionist],
            _env(
                RECEPTION_CONSOLE_HOME=str(workdir / home),
                RECEPTION_CONSOLE_PASSWORD=data.password,
                RECEPTION_CONSOLE_EXIT_WHEN_SHOWN="1",
                RECEPTION_CONSOLE_DB=f"sqlite:///{db_path}",
            ),
        )

    (workdir / "home-sign-in").mkdir(parents=True, exist_ok=True)
    variants = {
        "bare PySide6 window": ([sys.executable, "-m", "bench.bare_window"], _env()),
        SIGN_IN: (
            [sys.executable, "-m", "reception_console"],
            _env(
                RECEPTION_CONSOLE_HOME=str(workdir / "home-sign-in"),
                RECEPTION_CONSOLE_EXIT_WHEN_SHOWN="1",
                RECEPTION_CONSOLE_DB=f"sqlite:///{plain}",
            ),
        ),
        FLOOR: (
            [sys.executable, "-m", "bench.bare_window", "--with-sqlalchemy"],
            _env(),
        ),
        "console, no call": console(plain, "home-plain"),
        "console, restored call with its card": console(with_call, "home-card"),
    }
    times, errors = time_in_turns(variants, runs, log, "start-up")
    for name in variants:
        section.rows.append(Row(name, error=errors[name]) if name in errors else Row.of(name, times[name]))
    judged = [  # (what, against, target): (a) and (b) of the start-up targets
        (SIGN_IN, "bare PySide6 window", 2.0),
        (FLOOR, "bare PySide6 window", None),
        ("console, no call", FLOOR, None),
        ("console, restored call with its card", FLOOR, 1.5),
    ]
    for name, against, target in judged:
        if name in errors or against in errors or not times[against]:
            continue
        ratio = statistics.median(times[name]) / statistics.median(times[against])
        short = "bare" if against == "bare PySide6 window" else "stack floor"
        row = Row(f"ratio {name} / {short}", len(times[name]), ratio, None, target, judged_on="p50", unit="x")
        section.rows.append(row)
    section.notes.append(
        f"start-up: {runs} timed starts of each (p95 column = near the slowest); console database: the generated "
        f"file; 'restored call': {check}, put on screen by MainWindow.restore_unsaved(); bytecode cached in "
        f".cache/bench/pycache (PYTHONPYCACHEPREFIX). Stack floor: the bare window started after importing "
        f"SQLAlchemy's ORM and SQLite dialect, the least a console whose storage is SQLAlchemy can take."
    )
    return section
