"""Messages for the owner and doctors: written with the call, delivered by the worker through real servers on
loopback, retried, failed with the provider's answer, retried or handled by hand — on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from reception_console.domain import sms
from reception_console.domain.calls import CallEvent, EventKind, EventSource, Outcome, OutcomeForm
from reception_console.domain.messages import DeliveryState, Medium, MessageKind, OutgoingMessage
from reception_console.domain.tasks import TaskKind
from reception_console.storage.database import Database
from reception_console.storage.models import CallRow, OutboxRow, TaskRow
from reception_console.storage.repositories.outbox import SqlOutbox
from tests.builders import services_for
from tests.conftest import PL_LINE, RU_LINE, Clock
from tests.delivery_setup import OWNER_EMAIL, OWNER_MOBILE, gateway_channel, give_recipients, smtp_channel, worker
from tests.mailserver import PASSWORD, RunningMailServer
from tests.sms_gateway import Answer, Gateway

MESSAGE = "Proszę o telefon w sprawie wyników — Zażółć gęślą jaźń"


@pytest.fixture
def console(demo_db: Database, clock: Clock):  # type: ignore[no-untyped-def]
    give_recipients(demo_db)
    services = services_for(demo_db, clock)
    services.desk.receptionist = services.auth.sign_in("justyna", "demo")
    return services


def message_call(
    console, call_id: str = "m1", to: str = "owner: Ewa Nowicka", line: str = PL_LINE, deliver: bool = True
):  # type: ignore[no-untyped-def]
    desk = console.desk
    desk.receive(CallEvent(EventKind.RING, call_id, desk._clock(), EventSource.SOFTPHONE, line, "+48600111222"))
    desk.answer(call_id)
    form = OutcomeForm(outcome=Outcome.INFO_ONLY, patient_name="Jan Kowalski", message_to=to, message_text=MESSAGE)
    return desk.save(call_id, form, deliver=deliver)


def rows(db: Database) -> list[OutboxRow]:
    with db.sessions() as s:
        return list(s.scalars(select(OutboxRow).order_by(OutboxRow.id)))


def test_a_message_for_the_owner_goes_into_the_outbox_with_the_call(console, demo_db: Database) -> None:  # type: ignore[no-untyped-def]
    saved = message_call(console)
    [task] = [t for t in saved.tasks if t.kind is TaskKind.MESSAGE]
    email, text = rows(demo_db)
    assert (email.medium, email.recipient, email.task_id, email.state) == ("email", OWNER_EMAIL, task.id, "queued")
    assert (text.medium, text.recipient, text.task_id) == ("sms", OWNER_MOBILE, task.id)
    assert email.subject == "Wiadomość od: Jan Kowalski — Med Centrum Mokotów"
    for part in ("Jan Kowalski", "+48600111222", "Med Centrum Mokotów", "+48228431200", MESSAGE, "Przyjęła: Justyna"):
        assert part in email.body
    assert "10:15" in email.body  # the time of the call, in the clinic's zone
    assert text.body.startswith("Med Centrum Mokotów: wiadomość od Jan Kowalski +48600111222: Proszę o telefon")
    assert sms.parts(text.body) <= 2 and "http" not in text.body
    assert email.key != text.key


def test_a_message_for_a_doctor_goes_by_the_doctors_channel(console, demo_db: Database) -> None:  # type: ignore[no-untyped-def]
    message_call(console, to="lek. Katarzyna Wiśniewska")
    [email] = rows(demo_db)
    assert (email.medium, email.recipient) == ("email", "k.wisniewska@klinika.test")
    assert email.body.startswith("Pacjent zostawił wiadomość dla: lek. Katarzyna Wiśniewska.")


def test_texts_follow_the_clinics_language(console, demo_db: Database) -> None:  # type: ignore[no-untyped-def]
    give_recipients(demo_db, "ulybka-dental", channel="email")
    message_call(console, "r1", to="owner: x", line=RU_LINE)
    [email] = rows(demo_db)
    assert email.subject.startswith("Сообщение от: Jan Kowalski — ")
    assert "Принял(а): Justyna" in email.body


def test_a_practice_call_and_a_recipient_without_a_channel_send_nothing(console, demo_db: Database) -> None:  # type: ignore[no-untyped-def]
    saved = message_call(console, deliver=False)
    assert [t.kind for t in saved.tasks] == [TaskKind.MESSAGE]
    message_call(console, "m2", to="somebody the card does not know")
    assert rows(demo_db) == []


def test_the_outbox_row_is_written_in_the_calls_transaction(console, demo_db: Database) -> None:  # type: ignore[no-untyped-def]
    """A message that cannot be written takes the call's outcome and tasks with it: both or neither."""
    outbox = SqlOutbox(demo_db.connections)
    taken = OutgoingMessage(Medium.EMAIL, "x@klinika.test", "s", "t", key="same-key")
    assert outbox.add(taken, console.desk._clock())
    original = console.desk._messages.for_call

    def colliding(call, tasks, taken_by):  # type: ignore[no-untyped-def]
        return [OutgoingMessage(Medium.EMAIL, OWNER_EMAIL, "s", "t", task_index=0, key="same-key")]

    console.desk._messages.for_call = colliding
    with pytest.raises(Exception):  # noqa: B017 - the database refuses the duplicate key
        message_call(console)
    console.desk._messages.for_call = original
    with demo_db.sessions() as s:
        assert s.get(CallRow, "m1").saved_at is None
        assert s.scalars(select(TaskRow).where(TaskRow.call_id == "m1")).all() == []
    assert len(rows(demo_db)) == 1


def test_the_worker_delivers_by_e_mail_and_sms_and_marks_them_sent(  # type: ignore[no-untyped-def]
    console, demo_db: Database, mail: RunningMailServer, gateway: Gateway, clock: Clock
) -> None:
    saved = message_call(console)
    task_id = saved.tasks[0].id
    w = worker(
        demo_db, {Medium.EMAIL: smtp_channel(mail.port, PASSWORD), Medium.SMS: gateway_channel(gateway.url)}, clock
    )
    assert w.run_once() == 2
    assert w.run_once() == 0
    [got] = mail.store.received
    assert got.message["Subject"] == "Wiadomość od: Jan Kowalski — Med Centrum Mokotów"
    assert MESSAGE in got.message.get_body(("plain",)).get_content()
    [request] = gateway.requests
    assert request.json()["to"] == OWNER_MOBILE
    email, text = rows(demo_db)
    assert got.message["Message-ID"] == f"<{email.key}@reception-console>"
    assert request.headers["Idempotency-Key"] == text.key
    assert (email.state, email.provider_id, email.sent_at) == ("sent", "Q0001", clock.now)
    assert (text.state, text.provider_id) == ("sent", "gw-1")
    deliveries = console.deliveries.of_tasks([task_id])[task_id]
    assert [(d.medium, d.state) for d in deliveries] == [
        (Medium.EMAIL, DeliveryState.SENT),
        (Medium.SMS, DeliveryState.SENT),
    ]


def test_a_gateway_error_is_retried_later_and_a_429_waits_as_told(  # type: ignore[no-untyped-def]
    console, demo_db: Database, gateway: Gateway, clock: Clock
) -> None:
    give_recipients(demo_db, channel="sms")
    message_call(console)
    gateway.script = [Answer(500, '{"error": "down"}'), Answer(429, "{}", headers=(("Retry-After", "300"),))]
    w = worker(demo_db, {Medium.SMS: gateway_channel(gateway.url)}, clock)
    w.run_once()
    [row] = rows(demo_db)
    assert (row.state, row.attempts, row.next_attempt_at) == ("queued", 1, clock.now + timedelta(seconds=30))
    assert "500" in row.answer
    assert w.run_once() == 0  # not yet due
    clock.advance(seconds=30)
    w.run_once()
    [row] = rows(demo_db)
    assert (row.attempts, row.next_attempt_at) == (2, clock.now + timedelta(seconds=300))
    assert row.answer.startswith("The SMS gateway answered 429")
    clock.advance(seconds=300)
    w.run_once()
    [row] = rows(demo_db)
    assert (row.state, row.attempts, row.provider_id) == ("sent", 3, "gw-3")
    assert len({r.headers["Idempotency-Key"] for r in gateway.requests}) == 1


def test_a_wrong_password_fails_with_the_servers_answer_then_retry_sends_it(  # type: ignore[no-untyped-def]
    console, demo_db: Database, mail: RunningMailServer, clock: Clock, caplog: pytest.LogCaptureFixture
) -> None:
    give_recipients(demo_db, channel="email")
    task_id = message_call(console).tasks[0].id
    worker(demo_db, {Medium.EMAIL: smtp_channel(mail.port, "wrong")}, clock).run_once()
    [delivery] = console.deliveries.of_tasks([task_id])[task_id]
    assert delivery.state is DeliveryState.FAILED
    assert "refused the login" in delivery.answer and "535" in delivery.answer
    assert "refused the login" in caplog.text
    assert OWNER_EMAIL not in caplog.text and MESSAGE not in caplog.text and "+48600111222" not in caplog.text
    assert console.deliveries.retry(task_id) == 1
    worker(demo_db, {Medium.EMAIL: smtp_channel(mail.port, PASSWORD)}, clock).run_once()
    [delivery] = console.deliveries.of_tasks([task_id])[task_id]
    assert delivery.state is DeliveryState.SENT and len(mail.store.received) == 1


def test_a_failed_message_handled_by_phone_is_done(console, demo_db: Database, clock: Clock) -> None:  # type: ignore[no-untyped-def]
    give_recipients(demo_db, channel="email")
    task_id = message_call(console).tasks[0].id
    worker(demo_db, {}, clock).run_once()  # no e-mail channel set up
    [delivery] = console.deliveries.of_tasks([task_id])[task_id]
    assert delivery.state is DeliveryState.FAILED and "No e-mail channel is set up" in delivery.answer
    assert console.deliveries.mark_handled(task_id, console.desk.receptionist) == 1
    [delivery] = console.deliveries.of_tasks([task_id])[task_id]
    assert delivery.state is DeliveryState.HANDLED
    assert console.tasks.get(task_id).done_at == clock.now


def test_the_daily_summary_key_lets_one_message_in(demo_db: Database, clock: Clock) -> None:
    outbox = SqlOutbox(demo_db.connections)
    summary = OutgoingMessage(Medium.EMAIL, OWNER_EMAIL, "s", "t", kind=MessageKind.SUMMARY, dedupe_key="d:1")
    assert outbox.add(summary, clock.now)
    again = OutgoingMessage(Medium.EMAIL, OWNER_EMAIL, "s", "t", kind=MessageKind.SUMMARY, dedupe_key="d:1")
    assert not outbox.add(again, clock.now)
    assert len(rows(demo_db)) == 1


def test_a_callers_erasure_clears_the_messages_that_named_them(console, demo_db: Database) -> None:  # type: ignore[no-untyped-def]
    message_call(console)
    assert all(MESSAGE in r.body or "Jan Kowalski" in r.body for r in rows(demo_db))
    admin = console.auth.sign_in("admin", "demo")
    assert console.subjects.erase(admin, "+48600111222") == 1
    for row in rows(demo_db):
        assert (row.subject, row.body, row.html) == ("", "", "")
        assert row.recipient  # the clinic's own address stays: the delivery record is kept
