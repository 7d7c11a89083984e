"""Enter in the outcome form's drop-downs and date fields takes that field and moves on; Ctrl+Enter saves from
anywhere; a booking needs the patient's name and a visit time the receptionist chose or confirmed. The keys go
where the focus is, as a receptionist presses them."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt

from reception_console.domain.calls import CallEvent, EventKind, EventSource, NotBookedReason, Outcome
from reception_console.ui.console.main_window import MainWindow
from tests.conftest import PL_LINE, Clock
from tests.ui.keyboard import Keyboard, focus_target
from tests.ui.saving import settled


def answered_call(window: MainWindow, clock: Clock, call_id: str = "k") -> None:
    window.receive_event(CallEvent(EventKind.RING, call_id, clock.now, EventSource.SOFTPHONE, PL_LINE, "+48600111222"))
    clock.advance(seconds=4)
    window.answer()
    clock.advance(minutes=2)


def test_enter_in_the_specialist_box_takes_the_specialist_and_saves_nothing(
    qtbot, window: MainWindow, clock: Clock
) -> None:  # type: ignore[no-untyped-def]
    answered_call(window, clock)
    keys = Keyboard(qtbot)
    keys("<Ctrl+1><Down><Enter>")
    outcome = window.outcome
    assert window.services.desk.get("k").saved_at is None
    assert outcome.specialist.currentIndex() == 1 and focus_target() is outcome.service  # on to the next field
    keys("<Enter>")  # the service box: taken as it is, on to the visit
    assert window.services.desk.get("k").saved_at is None and focus_target() is outcome.visit_at


def test_a_booking_needs_a_confirmed_visit_time_and_the_patients_name(qtbot, window: MainWindow, clock: Clock) -> None:  # type: ignore[no-untyped-def]
    answered_call(window, clock)
    keys = Keyboard(qtbot)
    outcome = window.outcome
    keys("<Ctrl+1><Down><Enter><Ctrl+Enter>")  # the specialist, then save at once: the visit time was only proposed
    settled(qtbot, window)
    assert window.services.desk.get("k").saved_at is None
    assert "confirm" in outcome.field_error("visit_at") and focus_target() is outcome.visit_at
    assert not outcome.error.isVisible()  # the message is next to the field, not at the bottom
    proposed = outcome.visit_at.dateTime().toSecsSinceEpoch()

    keys("<Enter>")  # confirmed as proposed
    assert outcome.field_error("visit_at") == ""
    keys("<Ctrl+Enter>")
    settled(qtbot, window)
    assert window.services.desk.get("k").saved_at is None
    assert "patient" in outcome.field_error("patient_name") and focus_target() is outcome.patient

    keys("Zofia Wójcik<Ctrl+Enter>")
    settled(qtbot, window)
    saved = window.services.desk.get("k")
    assert saved.outcome is Outcome.BOOKED and saved.form.patient_name == "Zofia Wójcik"
    assert int(saved.form.visit_at.timestamp()) == proposed


def test_a_visit_time_typed_counts_as_chosen(qtbot, window: MainWindow, clock: Clock) -> None:  # type: ignore[no-untyped-def]
    answered_call(window, clock)
    keys = Keyboard(qtbot)
    outcome = window.outcome
    keys("<Ctrl+1><Down><Enter><Enter>")  # specialist, service as it is; now in the visit field
    assert focus_target() is outcome.visit_at
    proposed = outcome.visit_at.dateTime()
    keys("<Up>")  # one step up in the first part of the date: a visit time chosen
    chosen = outcome.visit_at.dateTime()
    assert chosen > proposed
    keys("<Alt+P>Jan Nowak<Ctrl+Enter>")
    settled(qtbot, window)
    saved = window.services.desk.get("k")
    assert saved.outcome is Outcome.BOOKED and int(saved.form.visit_at.timestamp()) == chosen.toSecsSinceEpoch()


def test_enter_in_a_date_field_never_saves(qtbot, window: MainWindow, clock: Clock) -> None:  # type: ignore[no-untyped-def]
    answered_call(window, clock)
    keys = Keyboard(qtbot)
    keys("<Ctrl+2><Enter>")  # not booked, the first reason (too expensive): a follow-up date to set
    outcome = window.outcome
    assert outcome.reason.currentData() == NotBookedReason.TOO_EXPENSIVE.value and focus_target() is outcome.reason_text
    keys("<Alt+F><Up><Enter>")
    assert window.services.desk.get("k").saved_at is None
    keys("<Ctrl+Enter>")
    settled(qtbot, window)
    assert window.services.desk.get("k").outcome is Outcome.NOT_BOOKED


def test_ctrl_enter_in_an_open_list_takes_the_highlighted_item_and_saves(
    qtbot, window: MainWindow, clock: Clock
) -> None:  # type: ignore[no-untyped-def]
    answered_call(window, clock)
    keys = Keyboard(qtbot)
    keys("<Ctrl+2><Down><Down>")  # the list of reasons is open: the third one highlighted
    assert window.outcome.reason.view().isVisible()
    keys("<Ctrl+Enter>")
    settled(qtbot, window)
    saved = window.services.desk.get("k")
    assert saved.outcome is Outcome.NOT_BOOKED and saved.form.reason is NotBookedReason.NO_SUITABLE_TIME
    assert not window.outcome.reason.view().isVisible()


def test_the_reason_list_opens_on_the_first_reason(qtbot, window: MainWindow, clock: Clock) -> None:  # type: ignore[no-untyped-def]
    answered_call(window, clock)
    keys = Keyboard(qtbot)
    keys("<Ctrl+2>")
    view = window.outcome.reason.view()
    assert view.isVisible() and view.currentIndex().row() == 0  # highlighted: Down moves to the second
    keys("<Down><Enter>")
    assert window.outcome.reason.currentData() == NotBookedReason.WILL_THINK.value
    assert not view.isVisible() and focus_target() is window.outcome.reason_text
    assert window.services.desk.get("k").saved_at is None


def test_the_objection_prompt_used_on_the_call_suggests_the_reason(qtbot, window: MainWindow, clock: Clock) -> None:  # type: ignore[no-untyped-def]
    answered_call(window, clock, "a")
    keys = Keyboard(qtbot)
    keys("<F3><F4><Ctrl+2><Enter>")  # "I'll think", then "too far": the last one used is the reason suggested
    assert window.outcome.reason.currentData() == NotBookedReason.LOCATION.value

    answered_call(window, clock, "b")  # another call on the list: its own objections, none yet
    window.select_call("b")
    keys("<Ctrl+2>")
    assert window.outcome.reason.view().currentIndex().row() == 0
    keys("<Esc><F2><Ctrl+2>")
    assert window.outcome.reason.view().currentIndex().row() == list(NotBookedReason).index(
        NotBookedReason.TOO_EXPENSIVE
    )
    keys("<Esc>")
    window.select_call("a")  # back on the first call: its suggestion is kept
    keys("<Ctrl+2>")
    assert window.outcome.reason.view().currentIndex().row() == list(NotBookedReason).index(NotBookedReason.LOCATION)
    keys("<Esc>")


def test_enter_in_the_message_recipient_takes_it_and_moves_to_the_message(
    qtbot, window: MainWindow, clock: Clock
) -> None:  # type: ignore[no-untyped-def]
    answered_call(window, clock)
    keys = Keyboard(qtbot)
    outcome = window.outcome
    count = outcome.message_to.count()
    keys("<Ctrl+3><Alt+M><Down><Enter>")
    assert focus_target() is outcome.message_text and outcome.message_to.count() == count
    assert window.services.desk.get("k").saved_at is None
    keys("Prosi o telefon po 15:00<Enter>")  # Enter in a text field saves
    settled(qtbot, window)
    saved = window.services.desk.get("k")
    assert saved.outcome is Outcome.INFO_ONLY and saved.form.message_to.startswith("owner: ")


def test_ctrl_enter_in_the_open_calendar_takes_its_date_and_saves(qtbot, window: MainWindow, clock: Clock) -> None:  # type: ignore[no-untyped-def]
    answered_call(window, clock)
    keys = Keyboard(qtbot)
    outcome = window.outcome
    keys("<Ctrl+1><Down><Enter><Enter><Alt+P>Jan Nowak<Alt+V>")
    assert focus_target() is outcome.visit_at
    edit = outcome.visit_at
    arrow = QPoint(edit.width() - 6, edit.height() // 2)
    qtbot.mouseClick(edit, Qt.MouseButton.LeftButton, pos=arrow)  # the calendar opens (a click: it has no key)
    calendar = outcome.visit_at.calendarWidget()
    assert calendar.isVisible()
    keys("<Ctrl+Enter>")  # save from inside the open calendar: the date it shows is the one chosen
    settled(qtbot, window)
    saved = window.services.desk.get("k")
    assert saved.outcome is Outcome.BOOKED and not calendar.isVisible()
    assert saved.form.visit_at.date() == outcome.visit_at.date().toPython()
