"""Training kept apart: scenarios per clinic, practice attempts with their scores, the monthly test's results and
assignments, stored and read back on SQLite and PostgreSQL, with who may see what."""

from __future__ import annotations

from dataclasses import replace

import pytest

from reception_console.domain.calls import NotBookedReason
from reception_console.domain.script import Objection
from reception_console.domain.training.history import AssignmentKind
from reception_console.domain.training.scenarios import Topic
from reception_console.domain.training.scoring import AttemptRecord, StepDone, score_attempt
from reception_console.services.permissions import PermissionDenied
from reception_console.storage.database import Database
from tests.builders import services_for
from tests.conftest import PL_LINE, Clock


def signed_in(db: Database, clock: Clock, login: str):  # type: ignore[no-untyped-def]
    services = services_for(db, clock=clock)
    services.auth.sign_in(login, "demo")
    return services


def pl_clinic(services) -> int:  # type: ignore[no-untyped-def]
    return int(next(x.clinic_id for x in services.cards.lines() if x.number == PL_LINE))


def perfect(scenario) -> AttemptRecord:  # type: ignore[no-untyped-def]
    steps = tuple(
        StepDone(6.0, prompt=s.objection) if s.objection else StepDone(4.0, s.fact, couldnt_answer=s.couldnt_answer)
        for s in scenario.steps
    )
    e = scenario.expected
    return AttemptRecord(3.0, scenario.clinic_key, True, steps, e.outcome, e.reason, e.specialist_key, e.task)


def test_generated_scenarios_until_a_supervisor_keeps_the_clinics_own(demo_db: Database, clock: Clock) -> None:
    anna = signed_in(demo_db, clock, "anna")
    clinic = pl_clinic(anna)
    generated = anna.training.scenarios(clinic)
    assert len(generated) >= 10 and generated == anna.training.scenarios(clinic)  # the same starter set each time
    assert not anna.training.has_own_scenarios(clinic)
    edited = [replace(generated[0], title="Mama z dzieckiem"), *generated[2:]]
    anna.training.save_scenarios(clinic, edited)
    assert anna.training.scenarios(clinic) == edited
    justyna = signed_in(demo_db, clock, "justyna")
    assert justyna.training.scenarios(clinic) == edited  # every console practises the clinic's own set
    with pytest.raises(PermissionDenied):
        justyna.training.save_scenarios(clinic, generated)
    assert anna.training.reset_scenarios(clinic) == generated
    assert anna.training.scenarios(clinic) == generated


def test_a_practice_attempt_is_kept_with_its_score_and_trend(demo_db: Database, clock: Clock) -> None:
    justyna = signed_in(demo_db, clock, "justyna")
    me = justyna.auth.person
    clinic = pl_clinic(justyna)
    scenarios = justyna.training.scenarios(clinic)
    objection = next(s for s in scenarios if s.topic is Topic.TOO_EXPENSIVE)
    good = perfect(objection)
    started = clock.now
    clock.advance(minutes=3)
    first = justyna.training.record_attempt(
        me.id, clinic, objection, good, score_attempt(objection, good), started_at=started
    )
    clock.advance(days=1)
    sloppy = replace(good, greeting_said=False, reason=NotBookedReason.OTHER, task=None)
    second = justyna.training.record_attempt(me.id, clinic, objection, sloppy, score_attempt(objection, sloppy))
    summaries = justyna.training.attempts(me.id)
    assert [a.id for a in summaries] == [second, first]  # newest first
    assert summaries[1].percent == 100.0 and summaries[0].points < summaries[0].total
    assert summaries[1].started_at == started and summaries[1].person == "Justyna"
    again = justyna.training.attempt(second)
    assert again is not None and again.scenario == objection and again.attempt == sloppy
    assert again.score == score_attempt(objection, sloppy)  # the same score shown again, check by check
    assert {c.name for c in again.score.failed()} == {"greeting", "reason", "task"}
    assert again.attempt.steps[1].prompt is Objection.TOO_EXPENSIVE
    trend = justyna.training.trend(me.id)
    assert [p.attempts for p in trend] == [1, 1] and trend[0].percent > trend[1].percent


def test_a_receptionist_sees_only_her_own_training_and_a_supervisor_everyones(demo_db: Database, clock: Clock) -> None:
    justyna, olga, anna = (signed_in(demo_db, clock, who) for who in ("justyna", "olga", "anna"))
    clinic = pl_clinic(justyna)
    scenario = justyna.training.scenarios(clinic)[0]
    done = perfect(scenario)
    justyna.training.record_attempt(justyna.auth.person.id, clinic, scenario, done, score_attempt(scenario, done))
    with pytest.raises(PermissionDenied):
        olga.training.attempts(justyna.auth.person.id)
    with pytest.raises(PermissionDenied):
        olga.training.attempts()
    with pytest.raises(PermissionDenied):
        olga.training.record_attempt(justyna.auth.person.id, clinic, scenario, done, score_attempt(scenario, done))
    assert olga.training.attempts(olga.auth.person.id) == []
    assert [a.person for a in anna.training.attempts()] == ["Justyna"]


def test_the_monthly_test_is_kept_and_summed_per_person_clinic_and_month(demo_db: Database, clock: Clock) -> None:
    justyna = signed_in(demo_db, clock, "justyna")
    me = justyna.auth.person.id
    clinic = pl_clinic(justyna)
    questions = justyna.training.knowledge_test(me, clinic)
    assert len(questions) >= 10
    assert questions == justyna.training.knowledge_test(me, clinic)  # the same test on a reopen
    chosen = [q.correct for q in questions[:-2]] + [(questions[-2].correct + 1) % len(questions[-2].options), None]
    justyna.training.record_test(me, clinic, questions, chosen, 300.0)
    (result,) = justyna.training.test_results(me)
    assert (result.asked, result.right, result.period, result.clinic_key) == (
        len(questions),
        len(questions) - 2,
        "2026-11",
        "med-centrum-mokotow",
    )
    assert result.answers[-1].chosen is None and result.answers[0].question == questions[0].text
    clock.advance(days=10)  # December
    justyna.training.record_test(me, clinic, questions, [q.correct for q in questions], 200.0)
    anna = signed_in(demo_db, clock, "anna")
    rows = anna.training.monthly_results()
    assert [(r.person, r.month, r.right, r.asked) for r in rows] == [
        ("Justyna", "2026-11", len(questions) - 2, len(questions)),
        ("Justyna", "2026-12", len(questions), len(questions)),
    ]
    assert [r.month for r in anna.training.monthly_results("2026-12")] == ["2026-12"]
    with pytest.raises(PermissionDenied):
        signed_in(demo_db, clock, "olga").training.monthly_results()


def test_facts_changed_since_the_last_test_are_asked_first(demo_db: Database, clock: Clock) -> None:
    justyna = signed_in(demo_db, clock, "justyna")
    me = justyna.auth.person.id
    clinic = pl_clinic(justyna)
    questions = justyna.training.knowledge_test(me, clinic, count=100)
    price = next(q for q in questions[5:] if q.topic == "price")
    justyna.training.record_test(me, clinic, questions, [q.correct for q in questions], 100.0)
    anna = signed_in(demo_db, clock, "anna")
    card = anna.editor.load(anna.auth.person, clinic)
    service_name = price.fact.split(":")[1]
    services = tuple(replace(s, price=s.price + 17) if s.name == service_name else s for s in card.card.services)
    anna.editor.save(anna.auth.person, card, card.with_card(services=services))
    clock.advance(days=30)
    first = justyna.training.knowledge_test(me, clinic, count=100)[0]
    assert first.fact == price.fact and first.changed


def test_an_assignment_is_done_when_taken(demo_db: Database, clock: Clock) -> None:
    anna, justyna = signed_in(demo_db, clock, "anna"), signed_in(demo_db, clock, "justyna")
    me = justyna.auth.person.id
    clinic = pl_clinic(justyna)
    scenario = justyna.training.scenarios(clinic)[3]
    practice = anna.training.assign(me, AssignmentKind.PRACTICE, clinic, scenario.key, note="before Monday")
    test = anna.training.assign(me, AssignmentKind.TEST, clinic)
    with pytest.raises(PermissionDenied):
        justyna.training.assign(me, AssignmentKind.TEST, clinic)
    assert [a.id for a in justyna.training.assignments(me)] == [practice, test]
    other = justyna.training.scenarios(clinic)[4]
    attempt = perfect(other)
    justyna.training.record_attempt(me, clinic, other, attempt, score_attempt(other, attempt))
    assert [a.id for a in justyna.training.assignments(me)] == [practice, test]  # another scenario: still open
    attempt = perfect(scenario)
    done = justyna.training.record_attempt(me, clinic, scenario, attempt, score_attempt(scenario, attempt))
    questions = justyna.training.knowledge_test(me, clinic)
    result = justyna.training.record_test(me, clinic, questions, [0] * len(questions), 60.0)
    assert justyna.training.assignments(me) == []
    kept = {a.id: a for a in anna.training.assignments(open_only=False)}
    assert kept[practice].done_attempt_id == done and kept[test].done_attempt_id == result
    assert justyna.training.attempts(me)[0].assigned
