"""A practice call goes through the console's desk like any call and is never a real one: on SQLite and PostgreSQL
the calls, tasks, visits and outbox rows and the period's figures are the same before and after it, even when its
outcome would create a follow-up and a message for the owner. A real ring during practice is stored as a live call.
"""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import func, select

from reception_console.domain.calls import CallEvent, EventKind, EventSource, NotBookedReason, Outcome, OutcomeForm
from reception_console.domain.periods import Period
from reception_console.domain.reports import Grouping, ReportQuery
from reception_console.domain.tasks import TaskKind
from reception_console.domain.training.scenarios import Topic
from reception_console.domain.training.scoring import score_attempt
from reception_console.services.practice import PracticeSession
from reception_console.storage.database import Database
from reception_console.storage.models import CallRow, OutboxRow, TaskRow, VisitRow
from tests.builders import services_for
from tests.conftest import PL_LINE, Clock
from tests.delivery_setup import give_recipients


@pytest.fixture
def console(demo_db: Database, clock: Clock):  # type: ignore[no-untyped-def]
    give_recipients(demo_db)  # a message for the owner would go out by e-mail and SMS on a real call
    services = services_for(demo_db, clock)
    services.desk.receptionist = services.auth.sign_in("justyna", "demo")
    return services


def counts(db: Database) -> tuple[int, int, int, int]:
    with db.sessions() as s:
        return tuple(  # type: ignore[return-value]
            s.scalar(select(func.count()).select_from(row)) or 0 for row in (CallRow, TaskRow, VisitRow, OutboxRow)
        )


def figures(db: Database, clock: Clock):  # type: ignore[no-untyped-def]
    """The period's figures, by clinic, as a supervisor sees them on another console."""
    supervisor = services_for(db, clock)
    supervisor.auth.sign_in("anna", "demo")
    day = clock.now.date()
    query = ReportQuery(Period(day - timedelta(days=31), day + timedelta(days=1)), by=Grouping.CLINIC)
    return supervisor.reports.figures(query)


def mokotow(console) -> int:  # type: ignore[no-untyped-def]
    return next(line.clinic_id for line in console.cards.lines() if line.number == PL_LINE)


def session_of(console, clock: Clock, topic: Topic) -> PracticeSession:  # type: ignore[no-untyped-def]
    clinic_id = mokotow(console)
    scenario = next(s for s in console.training.scenarios(clinic_id) if s.topic is topic)
    return console.desk.start_practice(scenario, clinic_id)


def real_call(console, clock: Clock, call_id: str) -> None:  # type: ignore[no-untyped-def]
    desk = console.desk
    desk.receive(CallEvent(EventKind.RING, call_id, clock.now, EventSource.SOFTPHONE, PL_LINE, "+48600111222"))
    clock.advance(seconds=4)
    desk.answer(call_id)
    clock.advance(minutes=2)
    form = OutcomeForm(
        Outcome.NOT_BOOKED,
        reason=NotBookedReason.TOO_EXPENSIVE,
        patient_name="Jan Kowalski",
        message_to="owner: Ewa Nowicka",
        message_text="Proszę o telefon",
    )
    desk.save(call_id, form)


def test_a_practice_call_leaves_no_call_task_message_or_figure(console, demo_db: Database, clock: Clock) -> None:  # type: ignore[no-untyped-def]
    real_call(console, clock, "before")  # the counters count: a real call with the same outcome adds rows
    before, figures_before = counts(demo_db), figures(demo_db, clock)
    assert before[0] == 1 and before[1] >= 2 and before[3] >= 1

    session = session_of(console, clock, Topic.TOO_EXPENSIVE)
    lines: list[str] = []
    session.on_line = lines.append
    desk = console.desk
    call = desk.receive(session.ring())
    assert call is not None and call.clinic_id == mokotow(console) and call.line == session.scenario.line
    clock.advance(seconds=3)
    desk.answer(session.call_id)
    assert lines == [session.scenario.steps[0].line]  # the answer: the patient's first line
    price, objection = session.scenario.steps
    clock.advance(seconds=5)
    assert not session.found("clinic:parking") and session.found(price.fact)
    assert lines[-1] == objection.line
    clock.advance(seconds=4)
    assert objection.objection is not None and session.prompt_used(objection.objection) and session.finished
    form = OutcomeForm(
        Outcome.NOT_BOOKED,
        reason=NotBookedReason.TOO_EXPENSIVE,
        patient_name="Anna Kwiatkowska",
        follow_up_due=clock.now + timedelta(days=2),
        message_to="owner: Ewa Nowicka",
        message_text="Proszę o telefon",
        callback_requested=True,
    )
    desk.draft(session.call_id, form)
    saved = desk.save(session.call_id, form)
    assert {t.kind for t in saved.tasks} == {TaskKind.FOLLOW_UP, TaskKind.MESSAGE}  # what would have been created

    assert counts(demo_db) == before
    assert figures(demo_db, clock) == figures_before
    assert desk.get(session.call_id).saved_at == clock.now  # the session holds it …
    desk.stop_practice()
    assert desk.get(session.call_id) is None  # … and storage never saw it

    card = console.cards.view(mokotow(console)).card
    offered = session.scenario.expected.specialist_key  # picked on the card: a call not booked books nobody
    attempt = session.attempt(card, greeting_said=True, specialist_shown=offered)
    assert attempt.answered_after == 3 and [s.at_seconds for s in attempt.steps] == [5, 9]
    score = score_attempt(session.scenario, attempt)
    assert score.failed() == [] and score.points == score.total


def test_a_real_ring_during_practice_is_a_live_call_and_the_practice_resumes(console, demo_db, clock: Clock) -> None:  # type: ignore[no-untyped-def]
    session = session_of(console, clock, Topic.PARKING)
    desk = console.desk
    rang = desk.receive(session.ring()).rang_at
    clock.advance(seconds=2)
    desk.answer(session.call_id)
    clock.advance(seconds=3)

    session.pause()
    real_call(console, clock, "live")  # two minutes and more on the real call
    assert not session.found("clinic:parking")  # nothing the trainee does while paused counts
    stored = desk.get("live")
    assert stored is not None and stored.saved_at is not None and counts(demo_db)[0] == 1
    session.resume()
    clock.advance(seconds=4)
    assert session.found("clinic:parking")
    desk.save(session.call_id, OutcomeForm(Outcome.INFO_ONLY))
    attempt = session.attempt(console.cards.view(mokotow(console)).card, greeting_said=False)
    assert attempt.answered_after == 2 and attempt.steps[0].at_seconds == 7  # the pause does not count
    assert desk.get(session.call_id).rang_at > rang  # the practice call's clock moved on by the pause
    assert counts(demo_db)[0] == 1  # only the real call is in the database
