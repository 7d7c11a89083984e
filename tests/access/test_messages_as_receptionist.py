"""A receptionist's console, connected as her own PostgreSQL login, queues and sends what it is responsible for:
the messages of the calls she saves and the owner's daily and weekly summaries, through the outbox; and it still
cannot read what her job has no right to (goals, card history, other receptionists' tasks)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from sqlalchemy import text
from sqlalchemy.exc import ProgrammingError

from reception_console.app import owner_summaries
from reception_console.domain.calls import CallEvent, EventKind, EventSource, Outcome, OutcomeForm
from reception_console.domain.messages import Medium
from reception_console.platform.paths import Paths
from reception_console.platform.settings import Settings
from reception_console.storage.database import Database
from tests.access.conftest import PASSWORD
from tests.builders import services_for
from tests.conftest import PL_LINE, Clock
from tests.delivery_setup import OWNER_EMAIL, OWNER_MOBILE, gateway_channel, give_recipients, smtp_channel, worker
from tests.mailserver import PASSWORD as SMTP_PASSWORD
from tests.mailserver import RunningMailServer
from tests.sms_gateway import Gateway


@pytest.fixture
def mail() -> Iterator[RunningMailServer]:
    server = RunningMailServer()
    yield server
    server.stop()


@pytest.fixture
def gateway() -> Iterator[Gateway]:
    server = Gateway()
    yield server
    server.stop()


def rows(db: Database, statement: str, **params: object) -> list[tuple[object, ...]]:
    with db.engine.begin() as conn:
        result = conn.execute(text(statement), params)
        return [tuple(r) for r in result] if result.returns_rows else []


def refused(db: Database, statement: str) -> None:
    with pytest.raises(ProgrammingError) as caught, db.engine.begin() as conn:
        conn.execute(text(statement))
    assert caught.value.orig.sqlstate == "42501", caught.value  # insufficient_privilege


def test_a_receptionists_console_queues_and_sends_messages_and_the_owners_summaries(  # type: ignore[no-untyped-def]
    console_db: Database, it_db: Database, mail: RunningMailServer, gateway: Gateway
) -> None:
    give_recipients(it_db, channel="both")  # a supervisor's work on the card, done here by IT
    olga_id = rows(it_db, "SELECT id FROM people WHERE login = 'olga'")[0][0]
    clock = Clock(datetime(2026, 11, 23, 9, 15, tzinfo=UTC))  # Monday, 10:15 in Warsaw
    services = services_for(console_db, clock)
    justyna = services.auth.sign_in("justyna", PASSWORD)
    services.desk.receptionist = justyna
    assert rows(console_db, "SELECT session_user") == [("justyna",)]
    services.desk.receive(CallEvent(EventKind.RING, "m", clock.now, EventSource.SOFTPHONE, PL_LINE, "+48600111222"))
    clock.advance(seconds=4)
    services.desk.answer("m")
    clock.advance(minutes=1)
    form = OutcomeForm(
        Outcome.INFO_ONLY,
        patient_name="Jan Kowalski",
        message_to="owner: Ewa Nowicka",
        message_text="Proszę o telefon w sprawie wyników",
        call_back_time="po 17:00",
    )
    services.desk.save("m", form)
    # another receptionist's follow-up, which her console must not see
    rows(
        it_db,
        "INSERT INTO tasks (kind, clinic_id, phone, patient_name, recipient, text, call_back_time, due_at,"
        " created_at, assignee_id) SELECT 'follow_up', id, '+48600999000', 'Olgi pacjent', '', '', '', :d, :d, :a"
        " FROM clinics WHERE key = 'med-centrum-mokotow'",
        d=clock.now,
        a=olga_id,
    )

    senders = {Medium.EMAIL: smtp_channel(mail.port, SMTP_PASSWORD), Medium.SMS: gateway_channel(gateway.url)}
    assert worker(console_db, senders, clock).run_once() == 2  # the e-mail and the SMS, sent as justyna
    assert [r.rcpt_tos for r in mail.store.received] == [[OWNER_EMAIL]]
    assert "po 17:00" in mail.store.received[0].message.get_body(("plain",)).get_content()
    assert [r.json()["to"] for r in gateway.requests] == [OWNER_MOBILE]
    assert "po 17:00" in gateway.requests[0].json()["text"]

    # the next Monday after seven: yesterday's summary and last week's, queued and sent by her console
    clock.now = datetime(2026, 11, 30, 6, 30, tzinfo=UTC)
    summaries = owner_summaries(console_db, Settings(paths=Paths.default(), database_url=console_db.url), clock)
    summaries._weekly = True
    assert summaries.due() == 2
    assert worker(console_db, senders, clock).run_once() == 2
    subjects = [r.message["Subject"] for r in mail.store.received[1:]]
    assert subjects == [
        "Med Centrum Mokotów: połączenia 2026-11-29",
        "Med Centrum Mokotów: połączenia w tygodniu 2026-11-23 – 2026-11-29",
    ]
    weekly = mail.store.received[2].message.get_body(("plain",)).get_content()
    assert "Jan Kowalski" in weekly and "Proszę o telefon w sprawie wyników" in weekly
    states = rows(it_db, "SELECT kind, state FROM outbox ORDER BY id")
    assert states == [("message", "sent"), ("message", "sent"), ("summary", "sent"), ("summary", "sent")]

    # and nothing more than before
    refused(console_db, "SELECT * FROM receptionist_targets")
    refused(console_db, "SELECT * FROM card_changes")
    refused(console_db, "SELECT * FROM maintenance_runs")
    refused(console_db, "SELECT password_hash FROM people")
    refused(console_db, "DELETE FROM outbox")
    assert rows(console_db, "SELECT count(*) FROM tasks WHERE patient_name = 'Olgi pacjent'") == [(0,)]
