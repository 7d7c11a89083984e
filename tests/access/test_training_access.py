"""The training tables on a shared database: PostgreSQL itself keeps a receptionist to her own practice attempts,
test results and assignments, and leaves the scenarios and the assigning to supervisors."""

from __future__ import annotations

import pytest
from sqlalchemy import text
from sqlalchemy.exc import ProgrammingError

from reception_console.domain.training.history import AssignmentKind
from reception_console.domain.training.scoring import AttemptRecord, score_attempt
from reception_console.storage.database import Database, open_database
from tests.access.conftest import PASSWORD
from tests.access.test_postgres_roles import person_id, refused, scalar
from tests.builders import services_for
from tests.conftest import PL_LINE


def as_person(postgres, shared_name: str, login: str):  # type: ignore[no-untyped-def]
    services = services_for(open_database(postgres.url_for_people(shared_name)))
    services.auth.sign_in(login, PASSWORD)
    return services


def test_a_receptionist_keeps_and_reads_only_her_own_training(
    console_db: Database,
    it_db: Database,
    postgres,
    shared_name: str,  # type: ignore[no-untyped-def]
) -> None:
    anna = as_person(postgres, shared_name, "anna")
    justyna = as_person(postgres, shared_name, "justyna")
    olga = as_person(postgres, shared_name, "olga")
    me, hers = justyna.auth.person.id, olga.auth.person.id
    clinic = next(x.clinic_id for x in justyna.cards.lines() if x.number == PL_LINE)
    scenarios = anna.training.scenarios(clinic)
    anna.training.save_scenarios(clinic, scenarios[:5])  # a supervisor keeps the clinic's scenarios
    assert justyna.training.scenarios(clinic) == scenarios[:5]
    anna.training.assign(me, AssignmentKind.TEST, clinic)
    anna.training.assign(hers, AssignmentKind.TEST, clinic)
    scenario = scenarios[0]
    attempt = AttemptRecord(2.0, scenario.clinic_key, True, (), scenario.expected.outcome)
    justyna.training.record_attempt(me, clinic, scenario, attempt, score_attempt(scenario, attempt))
    olga.training.record_attempt(hers, clinic, scenario, attempt, score_attempt(scenario, attempt))
    questions = justyna.training.knowledge_test(me, clinic)
    justyna.training.record_test(me, clinic, questions, [q.correct for q in questions], 90.0)
    assert justyna.training.assignments(me) == []  # her own assignment marked done through her own login

    db = justyna.auth._gate._db
    # through her own connection she sees her rows only, whatever she asks for
    assert scalar(db, "SELECT count(*) FROM practice_attempts") == 1
    assert scalar(db, "SELECT count(*) FROM training_assignments") == 1
    assert scalar(db, "SELECT count(*) FROM training_assignments WHERE person_id = :p", p=hers) == 0
    # nor write in a colleague's name
    for statement in (
        'INSERT INTO knowledge_test_results (person_id, period, asked, "right", seconds, taken_at, answers,'
        " assigned) VALUES (:p, '2026-12', 20, 20, 1, now(), '[]', false)",
        "INSERT INTO practice_attempts (person_id, scenario_key, scenario_title, topic, started_at, finished_at,"
        " points, total, checks, find_times, scenario, attempt, assigned)"
        " VALUES (:p, 'x', 'x', 'price', now(), now(), 9, 9, '[]', '[]', '{}', '{}', false)",
    ):
        with pytest.raises(ProgrammingError, match="row-level security"), db.engine.begin() as conn:
            conn.execute(text(statement), {"p": hers})
    refused(db, "UPDATE practice_attempts SET points = total")
    refused(db, "DELETE FROM knowledge_test_results")
    refused(db, "UPDATE training_scenarios SET body = '{}'")
    refused(db, "DELETE FROM training_scenarios")
    refused(
        db,
        "INSERT INTO training_assignments (person_id, kind, note, assigned_at) VALUES (:p, 'test', '', now())",
        p=me,
    )
    with db.engine.begin() as conn:  # another's assignment cannot be marked done from her login
        done = conn.execute(text("UPDATE training_assignments SET done_at = now() WHERE person_id = :p"), {"p": hers})
        assert done.rowcount == 0
    assert scalar(it_db, "SELECT count(*) FROM training_assignments WHERE done_at IS NULL") == 1

    # a supervisor reads everyone's
    assert {a.person_id for a in anna.training.attempts()} == {me, hers}
    assert [r.person for r in anna.training.monthly_results()] == ["Justyna"]
    assert person_id(it_db, "olga") == hers
