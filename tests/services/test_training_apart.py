"""Training never enters a figure: a period's figures, dashboard, work lists, figure exports, the owner's summary
and the outbox are the same before and after practice attempts, test results, scenarios and assignments are kept
— and no table outside training's own changes by a single row."""

from __future__ import annotations

import io
from dataclasses import fields, replace
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import select

from reception_console.app import owner_summaries
from reception_console.domain.calls import CallEvent, EventKind, EventSource, NotBookedReason, Outcome, OutcomeForm
from reception_console.domain.periods import Period
from reception_console.domain.reports import Grouping, ReportQuery
from reception_console.domain.training.history import AssignmentKind
from reception_console.domain.training.scoring import AttemptRecord, StepDone, score_attempt
from reception_console.platform.paths import Paths
from reception_console.platform.settings import Settings
from reception_console.services.exports import figures_table, write_csv
from reception_console.storage.database import Database
from reception_console.storage.models import Base
from reception_console.storage.training_models import (
    KnowledgeTestResultRow,
    PracticeAttemptRow,
    TrainingAssignmentRow,
    TrainingScenarioRow,
)
from tests.builders import services_for
from tests.conftest import PL_LINE, Clock
from tests.delivery_setup import give_recipients

TRAINING = {
    t.__table__.name for t in (TrainingScenarioRow, PracticeAttemptRow, KnowledgeTestResultRow, TrainingAssignmentRow)
}


def real_calls(db: Database, clock: Clock) -> None:
    """Monday 23 Nov: booked, missed, not booked (a follow-up), and a message for the owner."""
    services = services_for(db, clock)
    desk = services.desk
    desk.receptionist = services.auth.sign_in("justyna", "demo")
    clinic_id = next(x.clinic_id for x in services.cards.lines() if x.number == PL_LINE)
    doctor = services.cards.view(clinic_id).card.specialists[0].id
    forms = [
        OutcomeForm(
            Outcome.BOOKED, patient_name="Anna Lis", specialist_id=doctor, visit_at=clock.now + timedelta(days=2)
        ),
        None,
        OutcomeForm(Outcome.NOT_BOOKED, reason=NotBookedReason.TOO_EXPENSIVE, patient_name="Ola Nowak"),
        OutcomeForm(
            Outcome.INFO_ONLY, patient_name="Jan Kowalski", message_to="owner: Ewa", message_text="Proszę o telefon"
        ),
    ]
    for n, form in enumerate(forms):
        call_id = f"real{n}"
        desk.receive(CallEvent(EventKind.RING, call_id, clock.now, EventSource.SOFTPHONE, PL_LINE, f"+4860011122{n}"))
        clock.advance(seconds=5)
        if form is None:
            desk.receive(CallEvent(EventKind.END, call_id, clock.now, EventSource.SOFTPHONE))
            continue
        desk.answer(call_id)
        desk.save(call_id, form)
        clock.advance(minutes=4)


def every_row(db: Database) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table but training's own, in primary-key order."""
    out = {}
    with db.sessions() as s:
        for name, table in Base.metadata.tables.items():
            if name not in TRAINING:
                out[name] = [tuple(r) for r in s.execute(select(table).order_by(*table.primary_key.columns))]
    return out


def everything_shown(db: Database, clock: Clock) -> dict[str, Any]:
    """What a supervisor, an export and the owner see of November and of 23 November."""
    services = services_for(db, clock)
    services.auth.sign_in("anna", "demo")
    reports = services.reports
    month = ReportQuery(Period(date(2026, 11, 1), date(2026, 11, 30)))
    day = ReportQuery(Period(date(2026, 11, 23), date(2026, 11, 23)))
    seen: dict[str, Any] = {}
    for name, query in (("month", month), ("day", day)):
        for by in Grouping:
            seen[f"{name}:{by.value}"] = reports.figures(replace(query, by=by))
        seen[f"{name}:dashboard"] = replace(reports.dashboard(query), computed_at=None, seconds=0.0)
    seen["targets"] = reports.targets("2026-11")
    seen["work lists"] = services.worklists.load()
    csv_text = io.StringIO()
    write_csv(csv_text, figures_table(reports.figures(replace(month, by=Grouping.RECEPTIONIST))))
    seen["export"] = csv_text.getvalue()
    summaries = owner_summaries(db, Settings(paths=Paths.default(), database_url=db.url), clock)
    clinic = summaries.clinic("med-centrum-mokotow")
    assert clinic is not None
    summary = summaries.message(clinic, date(2026, 11, 23), date(2026, 11, 23))
    assert summary is not None
    seen["owner summary"] = {f.name: getattr(summary, f.name) for f in fields(summary) if f.name != "key"}  # new id
    seen["my tasks"] = services_for(db, clock).tasks.my_tasks(None)
    return seen


def practise(db: Database, clock: Clock) -> int:
    """A day of training on the same clinic: scenarios kept, assigned, practised (well and badly), tests taken."""
    anna = services_for(db, clock)
    anna.auth.sign_in("anna", "demo")
    justyna = services_for(db, clock)
    me = justyna.auth.sign_in("justyna", "demo").id
    clinic = next(x.clinic_id for x in justyna.cards.lines() if x.number == PL_LINE)
    scenarios = anna.training.scenarios(clinic)
    anna.training.save_scenarios(clinic, scenarios)
    anna.training.assign(me, AssignmentKind.PRACTICE, clinic, scenarios[0].key)
    anna.training.assign(me, AssignmentKind.TEST, clinic)
    for scenario in scenarios:
        clock.advance(minutes=2)
        steps = tuple(StepDone(5.0, s.fact, s.objection, s.couldnt_answer) for s in scenario.steps)
        e = scenario.expected
        for attempt in (
            AttemptRecord(2.5, scenario.clinic_key, True, steps, e.outcome, e.reason, e.specialist_key, e.task),
            AttemptRecord(None, None, False, (), Outcome.MISSED),
        ):
            justyna.training.record_attempt(me, clinic, scenario, attempt, score_attempt(scenario, attempt))
    questions = justyna.training.knowledge_test(me, clinic)
    justyna.training.record_test(me, clinic, questions, [q.correct for q in questions], 240.0)
    justyna.training.record_test(me, clinic, questions, [None] * len(questions), 30.0)
    return 2 * len(scenarios)


def test_training_never_enters_a_figure_a_list_an_export_a_summary_or_the_outbox(
    demo_db: Database, clock: Clock
) -> None:
    give_recipients(demo_db, channel="both")  # the owner would get messages and a summary
    real_calls(demo_db, clock)
    clock.now = datetime(2026, 11, 24, 8, 0, tzinfo=UTC)
    before_rows, before_shown = every_row(demo_db), everything_shown(demo_db, clock)
    assert before_shown["month:total"][0].figures.offered == 4  # the real calls are counted (the check can fail)
    assert before_rows["outbox"]  # the owner's message is queued: the outbox is compared with something in it
    attempts = practise(demo_db, clock)
    with demo_db.sessions() as s:
        assert s.query(PracticeAttemptRow).count() == attempts >= 20  # kept, in training's own tables
        assert s.query(KnowledgeTestResultRow).count() == 2
    assert every_row(demo_db) == before_rows
    assert everything_shown(demo_db, clock) == before_shown
