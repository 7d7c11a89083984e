"""The outbox worker of a console that signed in by itself (`--user`, the password given): it starts once the
window is up and works through what is due — here a message with no channel configured, which it marks failed
with the reason, as it does for every message a person must see to."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from reception_console.domain.calls import utcnow
from reception_console.domain.messages import DeliveryState, Medium, OutgoingMessage
from reception_console.storage.database import open_database
from reception_console.storage.repositories.outbox import SqlOutbox

pytestmark = pytest.mark.slow
ROOT = Path(__file__).resolve().parents[2]


def test_a_console_signed_in_by_itself_works_through_the_outbox(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("RECEPTION_CONSOLE_")}
    env.update(RECEPTION_CONSOLE_HOME=str(tmp_path), RECEPTION_CONSOLE_PASSWORD="demo", QT_QPA_PLATFORM="offscreen")
    command = [sys.executable, "-m", "reception_console"]
    loaded = subprocess.run([*command, "demo", "load"], cwd=ROOT, env=env, capture_output=True, timeout=120)
    assert loaded.returncode == 0
    db = open_database(f"sqlite:///{tmp_path / 'data' / 'reception-console.sqlite3'}")
    outbox = SqlOutbox(db.connections)
    assert outbox.add(OutgoingMessage(Medium.SMS, "+48601482390", "", "Please call the patient back"), utcnow())
    console = subprocess.Popen([*command, "--user", "justyna"], cwd=ROOT, env=env, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 60
        while outbox.items()[0].state is DeliveryState.QUEUED and console.poll() is None:
            assert time.monotonic() < deadline, "the outbox was not worked through"
            time.sleep(0.2)
        item = outbox.items()[0]
        assert item.state is DeliveryState.FAILED, (item.state, console.returncode)
        assert "SMS" in item.answer  # no SMS channel set up: said so, for the supervisor's list
    finally:
        console.kill()
        console.communicate(timeout=30)
        db.dispose()
