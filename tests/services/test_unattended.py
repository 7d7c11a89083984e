"""Calls that ring while nobody is signed in at the console."""

from __future__ import annotations

from reception_console.domain.calls import CallEvent, CallState, EventKind, EventSource, Outcome
from reception_console.services.unattended import UnattendedDesk
from reception_console.storage.database import Database
from tests.builders import services_for
from tests.conftest import PL_LINE, Clock


def event(kind: EventKind, clock: Clock, caller: str | None = None) -> CallEvent:
    line = PL_LINE if kind is EventKind.RING else None
    return CallEvent(kind, "early", clock(), EventSource.SOFTPHONE, line, caller)


def test_a_ring_nobody_answers_is_stored_at_once_and_becomes_a_missed_call(demo_db: Database, clock: Clock) -> None:
    services = services_for(demo_db, clock)
    announced = []
    desk = UnattendedDesk(services.desk, announced.append)
    rang = desk.deliver(event(EventKind.RING, clock, "+48600111222"))
    assert rang is not None and rang.state is CallState.RINGING and rang.receptionist_id is None
    assert services.desk.get("early") is not None  # in the database before anyone signs in
    assert [c.id for c in announced] == ["early"]

    clock.advance(seconds=20)
    ended = desk.deliver(event(EventKind.END, clock))
    assert ended is not None and ended.form.outcome is Outcome.MISSED and ended.receptionist_id is None
    assert ended.ended_at == clock()
    olga = services.auth.sign_in("olga", "demo")
    callbacks = [t for t in services.tasks.my_tasks(olga) if t.call_id == "early"]
    assert [(t.kind.value, t.phone) for t in callbacks] == [("callback", "+48600111222")]


def test_the_next_person_to_sign_in_finds_a_call_still_ringing(demo_db: Database, clock: Clock) -> None:
    services = services_for(demo_db, clock)
    UnattendedDesk(services.desk).deliver(event(EventKind.RING, clock, "+48600111222"))
    services.desk.receptionist = services.auth.sign_in("olga", "demo")
    assert [c.id for c in services.desk.unsaved()] == ["early"]
    answered = services.desk.answer("early")
    assert answered is not None and answered.receptionist_id == services.desk.receptionist.id


def test_a_broken_event_never_raises(demo_db: Database, clock: Clock) -> None:
    services = services_for(demo_db, clock)
    desk = UnattendedDesk(services.desk)
    assert desk.deliver(event(EventKind.END, clock)) is None  # an end for a call never seen
