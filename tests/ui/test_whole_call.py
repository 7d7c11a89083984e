"""The README's keyboard table, row by row, walked the way a receptionist does it: only keys, each one going where
the focus is; then what was stored is checked (the call's row and the tasks that follow from it)."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

from reception_console.domain.calls import (
    CallEvent,
    CallState,
    Direction,
    EventKind,
    EventSource,
    NotBookedReason,
    Outcome,
)
from reception_console.domain.tasks import FOLLOW_UP_AFTER, TaskKind
from reception_console.ui.console.main_window import MainWindow
from reception_console.ui.console.prompts_panel import PromptsPanel
from reception_console.ui.console.tasks_dialog import TasksDialog
from tests.conftest import EN_LINE, PL_LINE, Clock
from tests.ui.keyboard import Keyboard, focus_target
from tests.ui.saving import settled

SAID = "za drogo, zadzwoni po wypłacie"


def test_a_call_not_booked_then_booked_on_the_callback(qtbot, window: MainWindow, clock: Clock) -> None:  # type: ignore[no-untyped-def]
    keys = Keyboard(qtbot)
    services = window.services

    # Ctrl+N: part of the clinic's name, Enter, the caller's number, Enter
    keys("<Ctrl+N>Moko<Enter>600 111 222<Enter>")
    call = window.current_call()
    assert call is not None and (call.line, call.caller, call.state) == (PL_LINE, "+48600111222", CallState.RINGING)
    rang_at = call.rang_at
    greeting = window.header.greeting.text()
    assert greeting.startswith("Dzień dobry") and "Med Centrum Mokotów" in greeting and "Justyna" in greeting
    assert focus_target() is window.card.search  # a call started by hand: the card search is ready

    # F9: answer (after 6 seconds of ringing)
    clock.advance(seconds=6)
    keys("<F9>")
    assert window.current_call().state is CallState.ANSWERED

    # Ctrl+F: an age keeps only the specialists who accept it
    keys("<Ctrl+F>5 lat")
    card = window.card.view.card
    proxy = window.card.specialists_proxy
    shown = [proxy.index(r, 0).data() for r in range(proxy.rowCount())]
    assert shown == [s.name for s in card.specialists if s.accepts_age(60)] and 0 < len(shown) < len(card.specialists)

    # F2: the "too expensive" prompt; Ctrl+G: the directions; Ctrl+H: the caller's history (none yet)
    keys("<F2>")
    assert "Pakiet" in window.prompts.prompt_text.toPlainText()
    keys("<Ctrl+G>")
    assert window.prompts.currentIndex() == PromptsPanel.GETTING_HERE
    keys("<Ctrl+H>")
    assert window.prompts.currentIndex() == PromptsPanel.HISTORY and window.prompts.history_model.rowCount() == 0

    # the patient's name; Ctrl+2: not booked, the reason list opens on "too expensive" (F2 was used): Enter takes
    # it, on to "In words"; F10 ends the call; Ctrl+Enter saves
    keys("<Alt+P>Maria Wiśniewska")
    clock.advance(minutes=3)
    keys("<Ctrl+2><Enter>", SAID)
    assert services.desk.get(call.id).saved_at is None  # Enter in the list took the reason, saved nothing
    clock.advance(seconds=20)
    keys("<F10>")
    clock.advance(seconds=30)
    keys("<Ctrl+Enter>")
    settled(qtbot, window)

    saved = services.desk.get(call.id)
    assert (saved.line, saved.caller, saved.direction) == (PL_LINE, "+48600111222", Direction.INBOUND)
    assert saved.outcome is Outcome.NOT_BOOKED and saved.form.reason is NotBookedReason.TOO_EXPENSIVE
    assert (saved.form.reason_text, saved.form.patient_name) == (SAID, "Maria Wiśniewska")
    assert saved.rang_at == rang_at and saved.answered_at == rang_at + timedelta(seconds=6)
    assert saved.ended_at == saved.answered_at + timedelta(minutes=3, seconds=20)
    assert saved.saved_at == saved.ended_at + timedelta(seconds=30) == clock.now
    (task,) = services.tasks.my_tasks(window.person)
    assert task.kind is TaskKind.FOLLOW_UP and task.phone == "+48600111222" and task.call_id == call.id
    assert task.due_at == rang_at.replace(minute=0, second=0) + FOLLOW_UP_AFTER + timedelta(hours=1)  # whole hour
    assert SAID in task.text and task.patient_name == "Maria Wiśniewska"
    assert window.calls_model.rowCount() == 0 and window.card.search.text() == ""

    # Ctrl+T: my tasks, with what the patient said; Enter calls back
    rows: list[list[str]] = []

    def my_tasks() -> None:
        dialog = focus_target().window()
        assert isinstance(dialog, TasksDialog)
        rows.extend([dialog.model.index(r, c).data() for c in range(6)] for r in range(dialog.model.rowCount()))

    clock.advance(days=2)
    keys("<Ctrl+T>", my_tasks, "<Enter>")
    assert len(rows) == 1 and rows[0][0] == "Follow up" and SAID in rows[0][5] and "Maria Wiśniewska" in rows[0]
    back = window.current_call()
    assert back is not None and back.direction is Direction.OUTBOUND and back.task_id == task.id
    assert back.caller == "+48600111222" and back.clinic_id == call.clinic_id

    # the callback books: Ctrl+1, a specialist, a service, the visit (a day later than proposed), the expected value
    clock.advance(seconds=10)
    keys("<F9><Ctrl+1><Down><Enter>")
    specialist = card.specialists[0]
    outcome = window.outcome
    assert outcome.specialist.currentData() == specialist.id and focus_target() is outcome.service
    offered = card.services_for(specialist)
    service = offered[0]
    if outcome.service.currentData() != service.id:  # one service: already picked; several: the first of them
        keys("<Down>" * outcome.service.findData(service.id))
    keys("<Enter>")
    assert outcome.service.currentData() == service.id and focus_target() is outcome.visit_at
    keys("<Up><Enter>")  # the first part of the date one up: a visit chosen, then on to the expected value
    visit = outcome.visit_at.dateTime().toSecsSinceEpoch()
    assert focus_target() is outcome.expected_value
    keys("250<Ctrl+Enter>")  # the patient's name came with the task
    settled(qtbot, window)

    booked = services.desk.get(back.id)
    assert booked.outcome is Outcome.BOOKED and booked.form.patient_name == "Maria Wiśniewska"
    assert (booked.form.specialist_id, booked.form.service_id) == (specialist.id, service.id)
    assert int(booked.form.visit_at.timestamp()) == visit and booked.form.visit_at > clock.now
    assert booked.form.expected_value == Decimal("250")
    assert services.tasks.my_tasks(window.person) == []  # the follow-up is done
    assert services.tasks.get(task.id).done_by_id == window.person.id


def test_two_lines_a_message_for_the_owner_a_question_passed_on_and_a_missed_call(
    qtbot, window: MainWindow, clock: Clock
) -> None:  # type: ignore[no-untyped-def]
    keys = Keyboard(qtbot)
    services = window.services
    for call_id, line, caller in (("pl", PL_LINE, "+48600111222"), ("en", EN_LINE, "+447700900123")):
        window.receive_event(CallEvent(EventKind.RING, call_id, clock.now, EventSource.SOFTPHONE, line, caller))
        clock.advance(seconds=2)
    assert window.current_id == "pl"  # a second ring never replaces the call on screen

    # Ctrl+PgDn / Ctrl+PgUp: between the calls in progress
    keys("<Ctrl+PgDown>")
    assert window.current_id == "en" and window.card.title.text() == "Chorlton Physio Clinic"
    keys("<Ctrl+PgUp>")
    assert window.current_id == "pl"

    # F9, then Ctrl+K: a question the card could not answer goes to the supervisor, the call stays
    keys("<F9><Ctrl+K>Czy przyjmujecie z psem przewodnikiem?<Tab><Enter>")
    (group,) = services.gaps.open_questions(services.auth.sign_in("anna", "demo"))
    (gap,) = group.gaps
    assert "psem przewodnikiem" in gap.question and gap.call_id == "pl" and window.current_id == "pl"

    # Ctrl+3: information only, with a message for the owner (Alt+M, Down, Enter), saved by Enter in the message
    keys("<Ctrl+3><Alt+M><Down><Enter>")
    assert services.desk.get("pl").saved_at is None
    clock.advance(minutes=1)
    keys("Skarga na rejestrację, prosi o telefon<Enter>")
    saved = services.desk.get("pl")
    assert saved.outcome is Outcome.INFO_ONLY and saved.saved_at == clock.now
    assert saved.form.message_to.startswith("owner: ")
    (message,) = [t for t in services.tasks.my_tasks(window.person) if t.kind is TaskKind.MESSAGE]
    assert message.text == "Skarga na rejestrację, prosi o telefon" and message.phone == "+48600111222"

    # the other call was never answered: Ctrl+5 records it as missed, a callback follows
    assert window.current_id == "en"
    keys("<Ctrl+5><Ctrl+Enter>")
    settled(qtbot, window)
    missed = services.desk.get("en")
    assert missed.outcome is Outcome.MISSED and missed.answered_at is None and missed.caller == "+447700900123"
    (callback,) = [t for t in services.tasks.my_tasks(window.person) if t.kind is TaskKind.CALLBACK]
    assert callback.phone == "+447700900123" and callback.due_at > clock.now
    assert window.calls_model.rowCount() == 0
