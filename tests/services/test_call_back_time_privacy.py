"""The best time to call back is the patient's own words: handed out with the rest of a caller's data, cleared by
an erasure and by the retention purge, like the task's other patient text (SQLite and PostgreSQL)."""

from __future__ import annotations

from sqlalchemy import select

from reception_console.domain.calls import CallEvent, EventKind, EventSource, Outcome, OutcomeForm
from reception_console.domain.permissions import CommandLine
from reception_console.storage.database import Database
from reception_console.storage.models import CallRow, OutboxRow, TaskRow
from tests.builders import services_for
from tests.conftest import PL_LINE, Clock
from tests.delivery_setup import give_recipients

NUMBER = "+48600111222"
WHEN = "w czwartek po 15:00, nie w pracy"


def saved_with_a_time(db: Database, clock: Clock):  # type: ignore[no-untyped-def]
    give_recipients(db, channel="email")
    services = services_for(db, clock)
    services.desk.receptionist = services.auth.sign_in("justyna", "demo")
    services.desk.receive(CallEvent(EventKind.RING, "t", clock.now, EventSource.SOFTPHONE, PL_LINE, NUMBER))
    services.desk.answer("t")
    form = OutcomeForm(
        Outcome.INFO_ONLY,
        patient_name="Jan Kowalski",
        message_to="owner: Ewa Nowicka",
        message_text="Wyniki badań",
        callback_requested=True,
        call_back_time=WHEN,
    )
    services.desk.save("t", form)
    return services


def stored(db: Database) -> tuple[list[str], list[str], list[str]]:
    with db.sessions() as s:
        calls = list(s.scalars(select(CallRow.call_back_time).where(CallRow.id == "t")))
        tasks = list(s.scalars(select(TaskRow.call_back_time).where(TaskRow.call_id == "t").order_by(TaskRow.id)))
        bodies = list(s.scalars(select(OutboxRow.body)))
    return calls, tasks, bodies


def test_the_time_is_handed_out_and_erased_with_the_callers_data(demo_db: Database, clock: Clock) -> None:
    services = saved_with_a_time(demo_db, clock)
    calls, tasks, bodies = stored(demo_db)
    assert calls == [WHEN] and tasks == [WHEN, WHEN]  # the callback and the message
    assert len(bodies) == 1 and WHEN in bodies[0]
    admin = services.auth.sign_in("admin", "demo")
    data = services.subjects.export(admin, NUMBER)
    assert [c["call_back_time"] for c in data["calls"]] == [WHEN]
    assert [t["call_back_time"] for t in data["tasks"]] == [WHEN, WHEN]

    services.subjects.erase(admin, NUMBER)
    calls, tasks, bodies = stored(demo_db)
    assert calls == [""] and tasks == ["", ""] and bodies == [""]


def test_the_retention_purge_clears_the_time(demo_db: Database, clock: Clock) -> None:
    services = saved_with_a_time(demo_db, clock)
    clock.advance(days=2 * 366 + 31)  # past the clinic's 24 months
    assert services.retention.purge(CommandLine()).calls == 1
    calls, tasks, bodies = stored(demo_db)
    assert calls == [""] and tasks == ["", ""] and bodies == [""]
