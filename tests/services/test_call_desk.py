from datetime import timedelta
from decimal import Decimal

import pytest

from reception_console.domain.calls import (
    CallEvent,
    CallState,
    Direction,
    EventKind,
    EventSource,
    NotBookedReason,
    Outcome,
    OutcomeError,
    OutcomeForm,
)
from reception_console.domain.periods import Period
from reception_console.domain.reports import ReportQuery
from reception_console.domain.tasks import FOLLOW_UP_AFTER, TaskKind
from reception_console.services.phones import InvalidNumberError
from reception_console.storage.database import Database
from reception_console.telephony.baresip_calls import BaresipCallTracker
from reception_console.telephony.baresip_protocol import BaresipEvent
from reception_console.telephony.command_line import CommandLineEvents
from reception_console.telephony.lines import LineMap
from tests.builders import services_for
from tests.conftest import PL_LINE, RU_LINE, Clock


@pytest.fixture
def console(demo_db: Database, clock: Clock):  # type: ignore[no-untyped-def]
    services = services_for(demo_db, clock)
    services.desk.receptionist = services.auth.sign_in("justyna", "demo")
    return services


def ring(console, call_id: str, line: str = PL_LINE, caller: str = "+48600111222", source=EventSource.SOFTPHONE):  # type: ignore[no-untyped-def]
    return console.desk.receive(CallEvent(EventKind.RING, call_id, console.desk._clock(), source, line, caller))


def test_ring_on_a_clinic_line_finds_its_card(console) -> None:  # type: ignore[no-untyped-def]
    call = ring(console, "c1")
    view = console.cards.view(call.clinic_id)
    assert view is not None and view.card.name == "Med Centrum Mokotów"
    assert call.state is CallState.RINGING and call.receptionist_id is not None


def test_greeting_has_clinic_receptionist_and_time_of_day(console, clock: Clock) -> None:  # type: ignore[no-untyped-def]
    call = ring(console, "c1")
    view = console.cards.view(call.clinic_id)
    greeting = view.greeting(console.desk.receptionist, call.rang_at)
    assert greeting.startswith("Dzień dobry, Med Centrum Mokotów, Justyna")
    ru = console.cards.view(ring(console, "c2", RU_LINE).clinic_id)
    assert ru.greeting(console.desk.receptionist, clock.now).startswith("Добрый день")  # 12:15 in Moscow
    assert "Justyna" in ru.greeting(console.desk.receptionist, clock.now)


def test_a_replayed_ring_never_duplicates_the_call(console) -> None:  # type: ignore[no-untyped-def]
    first = ring(console, "same")
    again = ring(console, "same", caller="+48500000000")
    assert again == first


def test_answer_and_end_record_times_once(console, clock: Clock) -> None:  # type: ignore[no-untyped-def]
    call = ring(console, "c1")
    answered_at = clock.advance(seconds=7)
    console.desk.answer(call.id)
    clock.advance(seconds=5)
    console.desk.answer(call.id)  # a second answer changes nothing
    ended_at = clock.advance(minutes=3)
    ended = console.desk.end(call.id)
    assert (ended.rang_at, ended.answered_at, ended.ended_at) == (call.rang_at, answered_at, ended_at)
    assert ended.state is CallState.ENDED


def test_not_booked_too_expensive_creates_a_follow_up(console, clock: Clock) -> None:  # type: ignore[no-untyped-def]
    call = ring(console, "c1")
    console.desk.answer(call.id)
    saved_at = clock.advance(minutes=2)
    result = console.desk.save(
        call.id, OutcomeForm(outcome=Outcome.NOT_BOOKED, reason=NotBookedReason.TOO_EXPENSIVE, patient_name="Ewa")
    )
    assert result.call.saved_at == saved_at and result.call.ended_at == saved_at
    (task,) = result.tasks
    assert (task.kind, task.phone, task.due_at) == (TaskKind.FOLLOW_UP, "+48600111222", saved_at + FOLLOW_UP_AFTER)
    assert task.assignee_id == console.desk.receptionist.id
    assert [t.id for t in console.tasks.my_tasks(console.desk.receptionist)] == [task.id]


def test_booked_prefills_the_expected_value_from_the_price(console, clock: Clock) -> None:  # type: ignore[no-untyped-def]
    call = ring(console, "c1")
    console.desk.answer(call.id)
    card = console.cards.view(call.clinic_id).card
    service = card.services[0]
    result = console.desk.save(
        call.id,
        OutcomeForm(
            outcome=Outcome.BOOKED,
            service_id=service.id,
            visit_at=clock.now + timedelta(days=1),
            patient_name="Ewa Nowak",
        ),
    )
    assert result.call.form.expected_value == service.price
    assert console.desk.get(call.id).outcome is Outcome.BOOKED


def test_a_ring_that_ends_unanswered_on_the_phone_is_a_missed_call(console) -> None:  # type: ignore[no-untyped-def]
    call = ring(console, "m1")
    ended = console.desk.receive(
        CallEvent(EventKind.END, call.id, call.rang_at + timedelta(seconds=20), EventSource.SOFTPHONE)
    )
    assert ended.state is CallState.SAVED and ended.outcome is Outcome.MISSED
    (task,) = console.tasks.my_tasks(console.desk.receptionist)
    assert (task.kind, task.phone) == (TaskKind.CALLBACK, "+48600111222")


def test_missed_by_hand_needs_no_answer(console) -> None:  # type: ignore[no-untyped-def]
    call = ring(console, "m2", source=EventSource.MANUAL)
    console.desk.end(call.id)
    assert console.desk.get(call.id).state is CallState.ENDED  # a manual end waits for the receptionist
    result = console.desk.save(call.id, OutcomeForm(outcome=Outcome.MISSED))
    assert [t.kind for t in result.tasks] == [TaskKind.CALLBACK]


def test_events_for_unknown_calls_are_ignored(console, clock: Clock) -> None:  # type: ignore[no-untyped-def]
    assert console.desk.receive(CallEvent(EventKind.ANSWER, "nobody", clock.now)) is None
    assert console.desk.receive(CallEvent(EventKind.END, "nobody", clock.now)) is None


def test_an_unknown_line_is_recorded_and_the_clinic_chosen_later(console) -> None:  # type: ignore[no-untyped-def]
    call = ring(console, "u1", line="+48221111111")
    assert call.clinic_id is None and call.line == "+48221111111"
    console.desk.answer(call.id)
    with pytest.raises(OutcomeError) as error:
        console.desk.save(call.id, OutcomeForm(outcome=Outcome.INFO_ONLY))
    assert error.value.code == "choose_clinic"
    clinic_id = console.cards.lines()[0].clinic_id
    assert console.desk.set_clinic(call.id, clinic_id).clinic_id == clinic_id
    assert console.desk.save(call.id, OutcomeForm(outcome=Outcome.INFO_ONLY)).call.clinic_id == clinic_id


def test_non_target_on_an_unknown_line_needs_no_clinic(console) -> None:  # type: ignore[no-untyped-def]
    call = ring(console, "u2", line="+48221111111")
    console.desk.answer(call.id)
    assert console.desk.save(call.id, OutcomeForm(outcome=Outcome.NON_TARGET)).call.clinic_id is None


def test_manual_start_normalises_numbers_and_explains_bad_ones(console) -> None:  # type: ignore[no-untyped-def]
    call = console.desk.start_manual("22 843 12 00", "600-111-222")
    assert (call.line, call.caller, call.source) == (PL_LINE, "+48600111222", EventSource.MANUAL)
    assert console.desk.start_manual(PL_LINE, "").caller is None  # withheld
    with pytest.raises(InvalidNumberError):
        console.desk.start_manual(PL_LINE, "12ab")


def test_callback_from_a_task_is_linked_and_completes_it(console) -> None:  # type: ignore[no-untyped-def]
    missed = ring(console, "m3")
    console.desk.receive(CallEvent(EventKind.END, missed.id, missed.rang_at, EventSource.SOFTPHONE))
    (task,) = console.tasks.my_tasks(console.desk.receptionist)
    outbound = console.desk.start_callback(task)
    assert (outbound.direction, outbound.task_id, outbound.caller) == (Direction.OUTBOUND, task.id, task.phone)
    console.desk.save(
        outbound.id,
        OutcomeForm(
            outcome=Outcome.BOOKED,
            specialist_id=1,
            visit_at=outbound.rang_at + timedelta(days=3),
            patient_name="Ewa Nowak",
        ),
    )
    assert console.tasks.my_tasks(console.desk.receptionist) == []
    assert console.tasks.get(task.id).done_by_id == console.desk.receptionist.id


def test_drafts_survive_and_come_back_as_unsaved_calls(console) -> None:  # type: ignore[no-untyped-def]
    call = ring(console, "d1")
    console.desk.answer(call.id)
    console.desk.draft(call.id, OutcomeForm(outcome=Outcome.BOOKED, patient_name="Ewa", expected_value=Decimal("220")))
    (restored,) = console.desk.unsaved()
    assert (restored.id, restored.form.patient_name, restored.form.expected_value) == (call.id, "Ewa", Decimal("220"))


def test_saving_a_saved_call_again_changes_nothing_and_succeeds_quietly(console) -> None:  # type: ignore[no-untyped-def]
    """The reply to a save can be lost after the database took it: saving the same call again (by its UUID) gives
    back what was stored — the first outcome, the same tasks — and writes nothing twice."""
    call = ring(console, "s1")
    console.desk.end(call.id)
    first = console.desk.save(call.id, OutcomeForm(outcome=Outcome.MISSED, notes="first"))
    again = console.desk.save(call.id, OutcomeForm(outcome=Outcome.MISSED, notes="second"))
    assert [t.id for t in again.tasks] == [t.id for t in first.tasks] and len(first.tasks) == 1
    assert again.call.form.notes == "first" and again.call.saved_at == first.call.saved_at
    callbacks = [t for t in console.tasks.my_tasks(console.desk.receptionist) if t.call_id == call.id]
    assert len(callbacks) == 1


def test_the_card_cache_follows_the_cards_version(console, demo_db: Database) -> None:  # type: ignore[no-untyped-def]
    from reception_console.storage.models import ClinicRow

    clinic_id = ring(console, "v1").clinic_id
    first = console.cards.view(clinic_id)
    assert console.cards.view(clinic_id) is first
    with demo_db.sessions.begin() as s:
        s.get(ClinicRow, clinic_id).parking = "New parking rules"
    fresh = console.cards.view(clinic_id)
    assert fresh is not first and fresh.card.parking == "New parking rules"


def test_the_card_cache_keeps_the_cards_used_last(demo_db: Database, clock: Clock) -> None:
    from reception_console.services.cards import CardService
    from reception_console.storage.repositories import SqlCallStore, SqlCardStore

    cards = CardService(SqlCardStore(demo_db.connections), SqlCallStore(demo_db.connections), max_cached=2)
    first, second, third = cards.prefetch_order()
    kept = cards.view(first)
    cards.view(second)
    assert cards.view(first) is kept  # used again: now the newest
    cards.view(third)  # one too many: the one used longest ago (second) goes
    assert [cards.prefetch(clinic_id) for clinic_id in (first, third, second)] == [False, False, True]


# --- the caller's number and name, from any source ----------------------------------------------------------


def test_a_caller_number_that_is_no_number_rings_as_withheld_and_is_kept_in_the_notes(console, clock: Clock) -> None:  # type: ignore[no-untyped-def]
    argv = ["call", "ring", "--line", PL_LINE, "--caller", "garbage!!", "--call-id", "g1"]
    call = console.desk.receive(CommandLineEvents(clock=clock).event(argv))  # `reception-console call ring …`
    assert call.caller is None and "garbage!!" in call.form.notes
    assert console.desk.get("g1").form.notes == call.form.notes  # stored, shown in the outcome form
    ended = console.desk.receive(CallEvent(EventKind.END, "g1", clock.advance(seconds=15), EventSource.COMMAND_LINE))
    assert ended.outcome is Outcome.MISSED and "garbage!!" in ended.form.notes
    assert console.tasks.my_tasks(console.desk.receptionist) == []  # "Dial garbage!! now" helps nobody
    day = clock.now.date()
    console.auth.sign_in("anna", "demo")  # the figures are a supervisor's
    (total,) = console.reports.figures(ReportQuery(Period(day, day)))
    assert (total.figures.offered, total.figures.missed) == (1, 1)  # the missed call still counts


def test_anonymous_from_the_softphone_is_withheld_and_gets_no_callback(console, clock: Clock) -> None:  # type: ignore[no-untyped-def]
    tracker = BaresipCallTracker(LineMap.build([], {"sip:clinic-a@127.0.0.1": PL_LINE}), clock)
    fields = {"account": "sip:clinic-a@127.0.0.1", "direction": "incoming", "peer_uri": "sip:anonymous@127.0.0.1"}
    (ring_event,) = tracker.on_event(BaresipEvent("CALL_INCOMING", "call", "an-1", peer_name="anonymous", **fields))
    call = console.desk.receive(ring_event)
    assert (call.caller, call.caller_name, call.form.notes) == (None, None, "")
    clock.advance(seconds=20)
    (end_event,) = tracker.on_event(BaresipEvent("CALL_CLOSED", "call", "an-1", **fields))
    assert console.desk.receive(end_event).outcome is Outcome.MISSED
    assert console.tasks.my_tasks(console.desk.receptionist) == []


def test_a_withheld_caller_asking_to_be_called_back_gets_no_task_a_known_one_does(console) -> None:  # type: ignore[no-untyped-def]
    withheld = ring(console, "w1", caller="")
    console.desk.answer(withheld.id)
    form = OutcomeForm(outcome=Outcome.INFO_ONLY, callback_requested=True)
    assert console.desk.save(withheld.id, form).tasks == []
    known = ring(console, "w2")
    console.desk.answer(known.id)
    assert [t.kind for t in console.desk.save(known.id, form).tasks] == [TaskKind.CALLBACK]


def test_caller_names_from_outside_are_unescaped_cleaned_and_shortened(console, clock: Clock) -> None:  # type: ignore[no-untyped-def]
    tracker = BaresipCallTracker(LineMap.build([], {}), clock)
    event = BaresipEvent(
        "CALL_INCOMING", "call", "q-1", "sip:clinic-a@127.0.0.1", "incoming", "sip:+48600111222@h",
        'Jan \\"Kowal\\"',  # exactly as baresip passed on the SIP display name "Jan \"Kowal\""
    )  # fmt: skip
    assert console.desk.receive(tracker.on_event(event)[0]).caller_name == 'Jan "Kowal"'
    long_name = "Ala\x00 " + "Kowalska-" * 40  # a NUL byte, and far longer than the column
    call = console.desk.receive(
        CallEvent(EventKind.RING, "long", clock.now, EventSource.PBX, "+48228431200\x00" + "9" * 80, "1", long_name)
    )
    stored = console.desk.get("long")
    assert stored is not None and stored.caller_name == call.caller_name
    assert len(stored.caller_name) == 200 and stored.caller_name.startswith("Ala Kowalska-")
    assert stored.caller_name.endswith("…") and "\x00" not in stored.caller_name
    assert stored.caller is None and stored.form.notes.endswith("1")  # "1" is no phone number
    assert stored.line is not None and len(stored.line) <= 64 and "\x00" not in stored.line


def test_the_new_call_dialog_path_reads_callers_the_same_way(console) -> None:  # type: ignore[no-untyped-def]
    assert console.desk.start_manual(PL_LINE, "anonymous").caller is None
    assert console.desk.start_manual(PL_LINE, "0048 600 111 222").caller == "+48600111222"
    with pytest.raises(InvalidNumberError) as error:
        console.desk.start_manual(PL_LINE, "garbage!!")
    assert error.value.code == "not_a_number"


# --- when a callback is due ------------------------------------------------------------------------------------


def test_a_missed_calls_callback_is_due_an_hour_after_the_call_is_recorded_missed(console, clock: Clock) -> None:  # type: ignore[no-untyped-def]
    call = ring(console, "due-1")
    hung_up = clock.advance(seconds=25)
    console.desk.receive(CallEvent(EventKind.END, call.id, hung_up, EventSource.SOFTPHONE))
    (task,) = console.tasks.my_tasks(console.desk.receptionist)  # read back from the database
    assert task.kind is TaskKind.CALLBACK and task.created_at == hung_up
    assert task.due_at == hung_up + timedelta(hours=1)
    assert not task.is_overdue(hung_up + timedelta(minutes=59)) and task.is_overdue(hung_up + timedelta(minutes=61))


def test_call_the_patient_back_is_due_an_hour_after_the_outcome_is_saved(console, clock: Clock) -> None:  # type: ignore[no-untyped-def]
    call = ring(console, "due-2")
    console.desk.answer(call.id)
    saved_at = clock.advance(minutes=4)
    form = OutcomeForm(outcome=Outcome.INFO_ONLY, callback_requested=True, notes="results not in yet")
    console.desk.save(call.id, form)
    (task,) = console.tasks.my_tasks(console.desk.receptionist)
    assert (task.kind, task.phone, task.text) == (TaskKind.CALLBACK, "+48600111222", "results not in yet")
    assert task.due_at == saved_at + timedelta(hours=1)
