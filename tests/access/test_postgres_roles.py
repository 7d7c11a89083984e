"""PostgreSQL itself enforces who may do what: every forbidden statement runs through the very connection the
console uses after signing in, and the server must refuse it."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import text
from sqlalchemy.exc import ProgrammingError

from reception_console.domain.calls import CallEvent, EventKind, EventSource, Outcome, OutcomeForm
from reception_console.domain.people import Role
from reception_console.services.auth import SignInError
from reception_console.services.permissions import PermissionDenied
from reception_console.storage import access
from reception_console.storage.database import Database, open_database
from reception_console.storage.models import Base
from tests.access.conftest import PASSWORD
from tests.builders import services_for
from tests.conftest import PL_LINE


def refused(db: Database, statement: str, **params: object) -> str:
    """Run `statement` on the console's own connection; the server's refusal, or a failure when it ran."""
    with pytest.raises(ProgrammingError) as caught, db.engine.begin() as conn:
        conn.execute(text(statement), params)
    assert caught.value.orig.sqlstate == "42501", caught.value  # insufficient_privilege
    return str(caught.value.orig)


def scalar(db: Database, statement: str, **params: object) -> object:
    with db.engine.begin() as conn:
        return conn.execute(text(statement), params).scalar()


def person_id(db: Database, login: str) -> int:
    return int(scalar(db, "SELECT id FROM people WHERE login = :l", l=login))  # type: ignore[arg-type]


def add_task(it_db: Database, assignee: int | None, phone: str = "+48600111222") -> int:
    now = datetime.now(UTC)
    return int(
        scalar(  # type: ignore[arg-type]
            it_db,
            "INSERT INTO tasks (kind, phone, patient_name, recipient, text, due_at, created_at, assignee_id)"
            " VALUES ('follow_up', :p, '', '', '', :d, :d, :a) RETURNING id",
            p=phone,
            d=now,
            a=assignee,
        )
    )


def test_every_table_has_access_rules() -> None:
    """A new table (another branch's audit trail, say) fails here until someone decides who may touch it."""
    assert access.unclassified([*Base.metadata.tables, "alembic_version"]) == []


def test_a_receptionist_reads_cards_and_writes_calls_tasks_visits_and_questions(console_db: Database) -> None:
    services = services_for(console_db)
    justyna = services.auth.sign_in("justyna", PASSWORD)
    services.desk.receptionist = justyna
    assert scalar(console_db, "SELECT session_user") == "justyna"  # the console now works as her
    call = services.desk.receive(
        CallEvent(EventKind.RING, "a1", datetime.now(UTC), EventSource.SOFTPHONE, PL_LINE, "+48600111222")
    )
    assert call is not None and services.cards.view(call.clinic_id).card.name
    services.desk.answer(call.id)
    services.desk.draft(call.id, OutcomeForm(outcome=Outcome.BOOKED))
    card = services.cards.view(call.clinic_id).card
    saved = services.desk.save(
        call.id,
        OutcomeForm(
            outcome=Outcome.BOOKED,
            patient_name="Ewa Nowak",
            service_id=card.services[0].id,
            visit_at=datetime.now(UTC) + timedelta(days=1),
        ),
    )
    assert saved.call.saved_at is not None
    missed = services.desk.receive(
        CallEvent(EventKind.RING, "a2", datetime.now(UTC), EventSource.SOFTPHONE, PL_LINE, "+48600999888")
    )
    services.desk.receive(CallEvent(EventKind.END, missed.id, datetime.now(UTC), EventSource.SOFTPHONE))
    (callback,) = services.tasks.my_tasks(justyna)
    services.tasks.complete(callback.id, justyna)
    services.gaps.report(justyna, call.clinic_id, "Is there a lift?", call.id)
    assert scalar(console_db, "SELECT count(*) FROM visits") == 1


def test_a_receptionist_cannot_change_cards_prompts_people_goals_or_read_hashes(
    console_db: Database, it_db: Database
) -> None:
    services = services_for(console_db)
    justyna = services.auth.sign_in("justyna", PASSWORD)
    assert "clinics" in refused(console_db, "UPDATE clinics SET name = 'Taken over'")
    refused(console_db, "INSERT INTO specialists (clinic_id, key, name, specialty) VALUES (1, 'x', 'X', 'x')")
    refused(console_db, "UPDATE objection_prompts SET text = 'Just say no'")
    refused(console_db, "DELETE FROM phrases")
    refused(console_db, "UPDATE people SET role = 'admin' WHERE login = 'justyna'")
    refused(
        console_db,
        "INSERT INTO people (login, display_name, role, password_hash, active, created_at) "
        "VALUES ('mole', 'Mole', 'admin', '', true, now())",
    )
    refused(console_db, "UPDATE clinics SET goal_conversion = 0.10")
    refused(
        console_db,
        "INSERT INTO receptionist_targets (person_id, month, bookings, set_at) VALUES (:p, '2026-12', 1, now())",
        p=justyna.id,
    )
    refused(console_db, "SELECT password_hash FROM people")
    refused(console_db, "SELECT * FROM people")
    refused(console_db, "SELECT * FROM card_changes")
    refused(console_db, "SELECT reception_add_person('mole', 'Mole', 'admin', 'SCRAM-SHA-256$x')")
    refused(console_db, "SELECT reception_update_person(:p, NULL, 'admin', NULL, NULL)", p=justyna.id)
    refused(console_db, "CREATE TABLE mine (x int)")
    refused(console_db, "ALTER TABLE calls DISABLE ROW LEVEL SECURITY")
    # nothing changed, as IT sees it
    assert scalar(it_db, "SELECT role FROM people WHERE login = 'justyna'") == "receptionist"
    assert scalar(it_db, "SELECT count(*) FROM clinics WHERE name = 'Taken over'") == 0


def test_a_receptionist_completes_only_her_own_or_the_teams_tasks(console_db: Database, it_db: Database) -> None:
    services = services_for(console_db)
    justyna = services.auth.sign_in("justyna", PASSWORD)
    olgas = add_task(it_db, person_id(it_db, "olga"), phone="+48600000001")
    hers = add_task(it_db, justyna.id)
    teams = add_task(it_db, None)
    # olga's follow-up and its phone number are not even visible through justyna's connection
    assert scalar(console_db, "SELECT count(*) FROM tasks WHERE id = :i", i=olgas) == 0
    with console_db.engine.begin() as conn:
        done = conn.execute(
            text("UPDATE tasks SET done_at = now(), done_by_id = :me WHERE id = :i"), {"me": justyna.id, "i": olgas}
        )
        assert done.rowcount == 0
    assert scalar(it_db, "SELECT done_at FROM tasks WHERE id = :i", i=olgas) is None
    # nor may she mark her own done in someone else's name
    with pytest.raises(ProgrammingError, match="row-level security"), console_db.engine.begin() as conn:
        conn.execute(
            text("UPDATE tasks SET done_at = now(), done_by_id = :o WHERE id = :i"),
            {"o": person_id(it_db, "olga"), "i": hers},
        )
    refused(console_db, "UPDATE tasks SET assignee_id = NULL WHERE id = :i", i=hers)
    for task_id in (hers, teams):
        services.tasks.complete(task_id, justyna)
        assert scalar(it_db, "SELECT done_by_id FROM tasks WHERE id = :i", i=task_id) == justyna.id


def test_a_supervisor_edits_cards_and_goals_but_not_people_nor_hashes(console_db: Database, it_db: Database) -> None:
    services = services_for(console_db)
    services.auth.sign_in("anna", PASSWORD)
    with console_db.engine.begin() as conn:
        conn.execute(text("UPDATE clinics SET goal_conversion = 0.85 WHERE id = 1"))
        conn.execute(text("UPDATE objection_prompts SET title = title"))
    olgas = add_task(it_db, person_id(it_db, "olga"))
    assert scalar(console_db, "SELECT count(*) FROM tasks WHERE id = :i", i=olgas) == 1
    refused(console_db, "SELECT password_hash FROM people")
    refused(console_db, "UPDATE people SET role = 'admin' WHERE login = 'anna'")
    refused(console_db, "SELECT reception_update_person(1, NULL, 'admin', NULL, NULL)")


def test_people_get_logins_from_people_and_lose_them_there(console_db: Database, postgres, shared_name) -> None:  # type: ignore[no-untyped-def]
    from reception_console.storage.database import open_database

    services = services_for(console_db)
    admin = services.auth.sign_in("admin", PASSWORD)
    marta = services.people.add(admin, "marta", "Marta", Role.RECEPTIONIST, "haslo-marty-1")
    other = services_for(open_database(postgres.url_for_people(shared_name)))
    assert other.auth.sign_in("marta", "haslo-marty-1").id == marta.id
    refused(other.auth._gate._db, "UPDATE clinics SET name = 'x'")  # a receptionist's login
    services.people.set_role(admin, marta.id, Role.SUPERVISOR)
    later = services_for(open_database(postgres.url_for_people(shared_name)))
    later.auth.sign_in("marta", "haslo-marty-1")
    with later.auth._gate._db.engine.begin() as conn:  # now a supervisor's
        conn.execute(text("UPDATE clinics SET parking = 'Behind the building' WHERE id = 1"))
    services.people.reset_password(admin, marta.id, "nowe-haslo-2")
    with pytest.raises(SignInError):
        services_for(open_database(postgres.url_for_people(shared_name))).auth.sign_in("marta", "haslo-marty-1")
    services.people.set_active(admin, marta.id, False)
    with pytest.raises(SignInError):
        services_for(open_database(postgres.url_for_people(shared_name))).auth.sign_in("marta", "nowe-haslo-2")
    assert scalar(console_db, "SELECT rolcanlogin FROM pg_roles WHERE rolname = 'marta'") is False
    # the server never saw her password in clear: it keeps a SCRAM verifier; the people table keeps none
    assert scalar(console_db, "SELECT count(*) FROM people WHERE login = 'marta'") == 1


def test_a_wrong_password_is_refused_and_switching_user_reconnects(console_db: Database) -> None:
    services = services_for(console_db)
    assert services.auth.people() == []  # nothing is read before someone signs in
    with pytest.raises(SignInError):
        services.auth.sign_in("justyna", "not-her-password")
    services.auth.sign_in("justyna", PASSWORD)
    assert [p.login for p in services.auth.people()]  # once connected, the names are there to pick
    services.auth.sign_in("anna", PASSWORD)
    assert scalar(console_db, "SELECT session_user") == "anna"
    with pytest.raises(SignInError):
        services.auth.sign_in("justyna", "wrong")
    assert scalar(console_db, "SELECT session_user") == "anna"  # a failed switch keeps the one signed in


def test_a_task_taken_by_a_colleague_is_hers_alone_by_row_policy(  # type: ignore[no-untyped-def]
    console_db: Database, it_db: Database, postgres, shared_name: str
) -> None:
    """Olga takes a team callback through her own connection; through Justyna's, PostgreSQL lets Justyna neither
    complete it, take it over, give it back, nor take a task in Olga's name."""
    olga_db = open_database(postgres.url_for_people(shared_name))
    try:
        olga_services = services_for(olga_db)
        olga = olga_services.auth.sign_in("olga", PASSWORD)
        services = services_for(console_db)
        justyna = services.auth.sign_in("justyna", PASSWORD)
        taken, free = add_task(it_db, None), add_task(it_db, None, phone="+48600000002")
        assert olga_services.tasks.claim(olga_services.tasks.get(taken), olga).claimed_by_id == olga.id
        for statement in (
            "UPDATE tasks SET done_at = now(), done_by_id = :me WHERE id = :i",
            "UPDATE tasks SET claimed_by_id = :me, claimed_at = now() WHERE id = :i",
            "UPDATE tasks SET claimed_by_id = NULL, claimed_at = NULL WHERE id = :i",
        ):
            with console_db.engine.begin() as conn:
                assert conn.execute(text(statement), {"me": justyna.id, "i": taken}).rowcount == 0, statement
        assert scalar(it_db, "SELECT claimed_by_id FROM tasks WHERE id = :i", i=taken) == olga.id
        assert scalar(it_db, "SELECT done_at FROM tasks WHERE id = :i", i=taken) is None
        with pytest.raises(ProgrammingError, match="row-level security"), console_db.engine.begin() as conn:
            conn.execute(text("UPDATE tasks SET claimed_by_id = :o WHERE id = :i"), {"o": olga.id, "i": free})
        with pytest.raises(PermissionDenied):  # the application says so before the server has to
            services.tasks.complete(taken, justyna)
        # her own work goes through: she takes the free one, gives it back, takes it again and completes it
        task = services.tasks.claim(services.tasks.get(free), justyna)
        services.tasks.release(task, justyna)
        assert scalar(it_db, "SELECT claimed_by_id FROM tasks WHERE id = :i", i=free) is None
        services.tasks.complete(services.tasks.claim(task, justyna).id, justyna)
        assert scalar(it_db, "SELECT done_by_id FROM tasks WHERE id = :i", i=free) == justyna.id
        olga_services.tasks.complete(taken, olga)
        assert scalar(it_db, "SELECT done_by_id FROM tasks WHERE id = :i", i=taken) == olga.id
    finally:
        olga_db.dispose()
