from datetime import UTC, datetime, timedelta
from decimal import Decimal

from sqlalchemy import select

from reception_console.domain.calls import Call, Direction, EventSource, NotBookedReason, Outcome, OutcomeForm
from reception_console.domain.tasks import Task, TaskKind
from reception_console.domain.visits import Visit
from reception_console.services.demo import read_demo
from reception_console.storage import tables
from reception_console.storage.database import Database
from reception_console.storage.models import CallRow, ServiceRow, VisitRow
from reception_console.storage.repositories import SqlCallStore, SqlCardStore, SqlTaskStore
from tests.conftest import DEMO, PL_LINE

NOW = datetime(2026, 11, 23, 9, 15, tzinfo=UTC)


def test_demo_cards_read_back_as_written(demo_db: Database) -> None:
    store = SqlCardStore(demo_db.connections)
    written = {c.key: c for c in read_demo(DEMO).clinics}
    line = store.line_by_number(PL_LINE)
    assert line is not None
    card = store.card(line.clinic_id or 0)
    assert card is not None
    expected = written[card.key]
    assert card.name == expected.name and card.greeting_template == expected.greeting_template
    assert [(s.key, s.age_min_months, s.age_max_months) for s in card.specialists] == [
        (s.key, s.age_min_months, s.age_max_months) for s in expected.specialists
    ]
    assert [(s.name, s.price, s.specialist_key) for s in card.services] == [
        (s.name, s.price, s.specialist_key) for s in expected.services
    ]
    assert [k.question for k in card.knowledge] == [k.question for k in expected.knowledge]


def test_a_card_read_with_its_script_in_one_go_is_the_card_read_list_by_list(demo_db: Database) -> None:
    """On PostgreSQL the card and its lists come back in one statement (JSON aggregated by the server): every
    clinic's card, prompts and phrases are the same as read one list at a time, order and money included."""
    store = SqlCardStore(demo_db.connections)
    with demo_db.connections() as conn:
        clinic_ids = list(conn.scalars(select(tables.clinics.c.id)))
    assert len(clinic_ids) == 3
    for clinic_id in clinic_ids:
        read = store.card_with_script(clinic_id)
        assert read is not None
        card, prompts, phrases = read
        assert card == store.card(clinic_id) and card.services and card.knowledge and card.phone_lines
        assert prompts == store.prompts(clinic_id, card.language) and prompts
        assert phrases == store.phrases(clinic_id, card.language) and phrases
    assert store.card_with_script(max(clinic_ids) + 1) is None


def test_money_is_exact(demo_db: Database) -> None:
    with demo_db.sessions.begin() as s:
        row = s.scalars(select(ServiceRow)).first()
        assert row is not None
        row.price = Decimal("0.10") + Decimal("0.20")
    with demo_db.sessions() as s:
        stored = s.get(ServiceRow, row.id)
        assert stored is not None and stored.price == Decimal("0.30")


def test_times_come_back_aware_utc(demo_db: Database) -> None:
    calls = SqlCallStore(demo_db.connections)
    warsaw = datetime(2026, 11, 23, 10, 15, tzinfo=UTC).astimezone()
    calls.add(Call("t1", Direction.INBOUND, EventSource.MANUAL, warsaw))
    stored = calls.get("t1")
    assert stored is not None and stored.rang_at == warsaw and stored.rang_at.tzinfo is UTC


def test_adding_the_same_call_twice_keeps_one(demo_db: Database) -> None:
    calls = SqlCallStore(demo_db.connections)
    call = Call("dup", Direction.INBOUND, EventSource.SOFTPHONE, NOW, line=PL_LINE)
    assert calls.add(call) is True
    assert calls.add(call) is False
    with demo_db.sessions() as s:
        assert len(s.scalars(select(CallRow).where(CallRow.id == "dup")).all()) == 1


def test_outcome_tasks_and_visit_are_saved_together(demo_db: Database) -> None:
    calls = SqlCallStore(demo_db.connections)
    calls.add(Call("b1", Direction.INBOUND, EventSource.MANUAL, NOW, clinic_id=1, caller="+48600111222"))
    form = OutcomeForm(
        outcome=Outcome.BOOKED,
        specialist_id=1,
        visit_at=NOW + timedelta(days=2),
        expected_value=Decimal("220.00"),
        patient_name="Jan",
    )
    task = Task(TaskKind.MESSAGE, 1, "+48600111222", NOW, NOW, call_id="b1", recipient="owner", text="hi")
    (stored_task,) = calls.save_outcome(
        "b1", form, NOW, [task], Visit("b1", 1, 1, None, form.visit_at, form.expected_value)
    )
    assert stored_task.id is not None
    saved = calls.get("b1")
    assert saved is not None and saved.saved_at == NOW and saved.outcome is Outcome.BOOKED
    with demo_db.sessions() as s:
        visit = s.scalars(select(VisitRow)).one()
        assert (visit.call_id, visit.expected_value) == ("b1", Decimal("220.00"))
    assert [t.id for t in SqlTaskStore(demo_db.connections).open_tasks()] == [stored_task.id]


def test_history_lists_earlier_calls_newest_first(demo_db: Database) -> None:
    calls = SqlCallStore(demo_db.connections)
    for i in range(3):
        calls.add(
            Call(
                f"h{i}",
                Direction.INBOUND,
                EventSource.MANUAL,
                NOW + timedelta(hours=i),
                clinic_id=1,
                caller="+48600111222",
            )
        )
    calls.save_outcome(
        "h0",
        OutcomeForm(outcome=Outcome.NOT_BOOKED, reason=NotBookedReason.WILL_THINK, notes="call after payday"),
        NOW,
        [],
        None,
    )
    history = calls.history("+48600111222", exclude="h2")
    assert [h.call_id for h in history] == ["h1", "h0"]
    assert (history[1].outcome, history[1].reason, history[1].notes) == (
        "not_booked",
        "will_think",
        "call after payday",
    )
    assert history[0].outcome is None  # not saved yet
    clinic_name = SqlCardStore(demo_db.connections).card(1).name  # type: ignore[union-attr]
    assert {h.clinic_name for h in history} == {clinic_name}
    assert [h.call_id for h in calls.history("+48600111222")] == ["h2", "h1", "h0"]
    assert [h.call_id for h in calls.history("+48600111222", limit=1)] == ["h2"]
    assert calls.history("+48600999999") == []


def test_drafts_are_kept_until_saved(demo_db: Database) -> None:
    calls = SqlCallStore(demo_db.connections)
    calls.add(Call("d1", Direction.INBOUND, EventSource.MANUAL, NOW, receptionist_id=1))
    calls.save_draft("d1", OutcomeForm(outcome=Outcome.NOT_BOOKED, patient_name="Ewa"))
    (unsaved,) = calls.unsaved(1)
    assert (unsaved.id, unsaved.form.patient_name, unsaved.form.outcome) == ("d1", "Ewa", Outcome.NOT_BOOKED)
    assert calls.unsaved(2) == []
