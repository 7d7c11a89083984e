"""How many calls a console survives without the bench's reference guard (see bench/refguard.py).

The child process (`python -m bench.crashprobe DB_PATH MAX_CALLS`) is the real window on the real services,
handling calls the way a receptionist does — ring, answer, choose "non-target", save — and prints
"saved N" after each one. The parent reports the last N and how the child ended.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from .generate import CLINICS, REPO, GeneratedData, caller_number, line_number

TIMEOUT_S = 120.0


def child(db_path: str, max_calls: int) -> int:
    import random
    import uuid
    from datetime import UTC, datetime

    from PySide6.QtCore import qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    from reception_console.app import build_services
    from reception_console.domain.calls import CallEvent, EventKind, EventSource, Outcome
    from reception_console.platform.settings import load_settings
    from reception_console.storage.database import open_database
    from reception_console.ui.console.main_window import MainWindow
    from reception_console.ui.style import apply_style

    from .generate import PASSWORD, RECEPTIONIST

    qInstallMessageHandler(lambda *_: None)
    app = QApplication([sys.argv[0]])
    apply_style(app)
    db = open_database(f"sqlite:///{db_path}")
    services = build_services(db, load_settings(database_url=db.url))
    person = services.auth.sign_in(RECEPTIONIST, PASSWORD)
    window = MainWindow(services, person, region="PL", database_label="Embedded database")
    window.show()
    app.processEvents()
    rng = random.Random(1)
    for n in range(1, max_calls + 1):
        clinic = rng.randrange(CLINICS)
        event = CallEvent(
            EventKind.RING,
            str(uuid.uuid4()),
            datetime.now(UTC),
            EventSource.SOFTPHONE,
            line_number(clinic, 0),
            caller_number(rng.randrange(20_000)),
        )
        window.receive_event(event)
        app.processEvents()
        window.answer()
        window.outcome.choose(Outcome.NON_TARGET)
        window.save()
        app.processEvents()
        print(f"saved {n}", flush=True)
    db.dispose()
    return 0


def probe(data: GeneratedData, workdir: Path, max_calls: int) -> tuple[int, str]:
    """(calls saved, how the child ended) for a console without the guard."""
    db_path = data.copy_to(workdir / "crashprobe")
    env = {k: v for k, v in os.environ.items() if not k.startswith("RECEPTION_CONSOLE_")}
    env["RECEPTION_CONSOLE_HOME"] = str(workdir / "home-crashprobe")
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    saved = 0
    with tempfile.TemporaryFile("w+") as err:
        proc = subprocess.Popen(
            [sys.executable, "-m", "bench.crashprobe", str(db_path), str(max_calls)],
            cwd=REPO,
            env=env,
            stdout=subprocess.PIPE,
            stderr=err,
            text=True,
        )
        assert proc.stdout is not None
        deadline = time.monotonic() + TIMEOUT_S
        for line in proc.stdout:
            if line.startswith("saved "):
                saved = int(line.split()[1])
            if time.monotonic() > deadline:
                proc.kill()  # only the process this function started
                break
        code = proc.wait()
        err.seek(0)
        fatal = next((x.strip() for x in err.read().splitlines() if x.startswith("Fatal Python error")), "")
    if code == 0:
        return saved, "survived"
    return saved, fatal or f"exit code {code}"


if __name__ == "__main__":
    raise SystemExit(child(sys.argv[1], int(sys.argv[2])))
