"""A console killed at each step of a delivery loses nothing and repeats at most the message the gateway accepted
before it was marked sent; two consoles on one database never both send a message. Real processes, a real gateway
on loopback, on SQLite and PostgreSQL."""

from __future__ import annotations

import subprocess
import sys
import time
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from reception_console.domain.messages import Medium, OutgoingMessage
from reception_console.storage.database import Database
from reception_console.storage.models import OutboxRow
from reception_console.storage.repositories.outbox import SqlOutbox
from tests.delivery_child import KILLED
from tests.sms_gateway import Answer, Gateway

ROOT = Path(__file__).resolve().parents[2]


def url_of(db: Database) -> str:
    return db.engine.url.render_as_string(hide_password=False)


def child(db: Database, gateway: Gateway, worker: str, lease: float = 300, kill_at: str = "") -> subprocess.Popen[str]:
    args = [sys.executable, "-m", "tests.delivery_child", url_of(db), gateway.url, worker, str(lease)]
    return subprocess.Popen([*args, *([kill_at] if kill_at else [])], cwd=ROOT, text=True, stderr=subprocess.PIPE)


def finish(process: subprocess.Popen[str]) -> int:
    _, err = process.communicate(timeout=120)
    assert process.returncode in (0, KILLED), err
    return process.returncode


def queue(db: Database, count: int) -> list[str]:
    outbox = SqlOutbox(db.connections)
    now = datetime.now(UTC)
    keys = []
    for n in range(count):
        message = OutgoingMessage(Medium.SMS, f"+4860100{n:04d}", "", f"Wiadomość {n}: żółw")
        outbox.add(message, now)
        keys.append(message.key)
    return keys


def states(db: Database) -> dict[str, tuple[str, str]]:
    with db.sessions() as s:
        return {r.key: (r.state, r.provider_id) for r in s.scalars(select(OutboxRow))}


@pytest.mark.slow
@pytest.mark.parametrize("step", ["claimed", "accepted", "recorded"])
@pytest.mark.parametrize("restart", ["same console", "another console"])
def test_a_console_killed_mid_delivery_loses_nothing(
    demo_db: Database, gateway: Gateway, step: str, restart: str
) -> None:
    keys = queue(demo_db, 3)
    assert finish(child(demo_db, gateway, "console-a", lease=1, kill_at=step)) == KILLED
    if restart == "another console":
        time.sleep(1.2)  # the dead console's claim runs out
    assert finish(child(demo_db, gateway, "console-a" if restart == "same console" else "console-b")) == 0

    sent = Counter(r.headers["Idempotency-Key"] for r in gateway.requests)
    assert set(sent) == set(keys)
    repeated = [k for k, n in sent.items() if n > 1]
    if step == "accepted":  # the one accepted but not marked: sent again, with its own key, recognisably
        assert len(repeated) == 1 and sent[repeated[0]] == 2
    else:
        assert repeated == []
    assert all(state == "sent" and provider.startswith("gw-") for state, provider in states(demo_db).values())


@pytest.mark.slow
def test_two_consoles_on_one_database_never_both_send(demo_db: Database, gateway: Gateway) -> None:
    keys = queue(demo_db, 30)
    gateway.default = Answer(200, '{"id": "gw-%(n)d"}', delay=0.02)
    consoles = [child(demo_db, gateway, name) for name in ("console-a", "console-b")]
    assert [finish(p) for p in consoles] == [0, 0]
    sent = Counter(r.headers["Idempotency-Key"] for r in gateway.requests)
    assert sorted(sent) == sorted(keys)
    assert set(sent.values()) == {1}
    assert {state for state, _ in states(demo_db).values()} == {"sent"}
