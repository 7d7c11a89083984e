"""A whole call on the Polish demo line, the way a receptionist does it: keyboard only."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from reception_console.domain.calls import CallState, NotBookedReason, Outcome
from reception_console.domain.tasks import FOLLOW_UP_AFTER, TaskKind
from reception_console.ui.console.main_window import MainWindow
from reception_console.ui.console.new_call import NewCallDialog
from tests.conftest import PL_LINE, Clock
from tests.ui.conftest import type_text, when_dialog_opens


def test_whole_call_on_the_polish_line(qtbot, window: MainWindow, clock: Clock) -> None:  # type: ignore[no-untyped-def]
    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, NewCallDialog)
        qtbot.keyClicks(dialog.filter, "mokot")
        qtbot.keyClick(dialog.filter, Qt.Key.Key_Return)  # the first matching line; focus moves to the caller
        qtbot.keyClicks(dialog.caller, "600 111 222")
        qtbot.keyClick(dialog.caller, Qt.Key.Key_Return)

    when_dialog_opens(qtbot, fill)
    with qtbot.waitSignal(window.call_shown, timeout=3000):
        qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)

    # the right card and the greeting with clinic and receptionist
    assert window.card.title.text() == "Med Centrum Mokotów"
    greeting = window.header.greeting.text()
    assert "Med Centrum Mokotów" in greeting and "Justyna" in greeting and greeting.startswith("Dzień dobry")
    assert "+48 600 111 222" in window.header.caller.text()
    call = window.current_call()
    assert call is not None and call.line == PL_LINE and call.state is CallState.RINGING
    qtbot.waitUntil(lambda: window.isActiveWindow())
    assert window.card.search.hasFocus()  # a call started by hand: ready to search the card at once

    # answer after 6 seconds of ringing
    clock.advance(seconds=6)
    qtbot.keyClick(window, Qt.Key.Key_F9)
    answered = window.current_call()
    assert answered.state is CallState.ANSWERED and (answered.answered_at - answered.rang_at).total_seconds() == 6

    # "5 lat" keeps only the specialists who accept a five-year-old
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.card.search.hasFocus()
    qtbot.keyClicks(window.card.search, "5 lat")
    card = window.card.view.card
    shown = [window.card.specialists_proxy.index(r, 0).data() for r in range(window.card.specialists_proxy.rowCount())]
    expected = [s.name for s in card.specialists if s.accepts_age(60)]
    assert shown == expected and 0 < len(shown) < len(card.specialists)
    assert "age 5 years" in window.card.found.text()

    # "too expensive" prompt is one key away
    qtbot.keyClick(window, Qt.Key.Key_F2)
    assert "Pakiet" in window.prompts.prompt_text.toPlainText()

    # the patient's name, then not booked (Ctrl+2), the first reason (too expensive) with Down, Enter saves
    type_text(window.outcome.patient, "Maria Wiśniewska")
    clock.advance(minutes=3)
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.outcome.reason.hasFocus()
    qtbot.keyClick(window.outcome.reason, Qt.Key.Key_Down)
    assert window.outcome.reason.currentData() == NotBookedReason.TOO_EXPENSIVE.value
    with qtbot.waitSignal(window.call_saved, timeout=3000):
        qtbot.keyClick(window.outcome.reason, Qt.Key.Key_Return)

    saved = window.services.desk.get(call.id)
    assert saved.outcome is Outcome.NOT_BOOKED and saved.form.reason is NotBookedReason.TOO_EXPENSIVE
    assert saved.form.patient_name == "Maria Wiśniewska"
    assert saved.rang_at < saved.answered_at <= saved.ended_at == saved.saved_at == clock.now
    (task,) = window.services.tasks.my_tasks(window.person)
    assert task.kind is TaskKind.FOLLOW_UP and task.phone == "+48600111222"
    assert task.due_at == call.rang_at.replace(minute=0, second=0) + FOLLOW_UP_AFTER + timedelta(
        hours=1
    )  # next whole hour
    assert window.calls_model.rowCount() == 0 and window.no_calls.isVisible()
    assert "Task created" in window.statusBar().currentMessage()
