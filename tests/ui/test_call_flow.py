"""A call started by hand, the README's way: Ctrl+N, part of the clinic's name, Enter, the caller's number, Enter.
Every key goes where the focus is, as on a real keyboard."""

from __future__ import annotations

from reception_console.domain.calls import CallState, Direction, EventSource
from reception_console.ui.console.main_window import MainWindow
from tests.conftest import PL_LINE, Clock
from tests.ui.keyboard import Keyboard, focus_target


def test_ctrl_n_clinic_enter_number_enter_starts_the_call_with_the_callers_number(
    qtbot, window: MainWindow, clock: Clock
) -> None:  # type: ignore[no-untyped-def]
    keys = Keyboard(qtbot)
    keys("<Ctrl+N>Moko<Enter>600 111 222<Enter>")

    (call,) = window.services.desk.unsaved()  # one call, not a withheld one and then another
    assert call.line == PL_LINE and call.caller == "+48600111222" and call.state is CallState.RINGING
    assert call.direction is Direction.INBOUND and call.source is EventSource.MANUAL and call.rang_at == clock.now
    assert window.current_call() == call
    assert window.card.title.text() == "Med Centrum Mokotów" and "+48 600 111 222" in window.header.caller.text()
    assert window.card.search.text() == ""  # the number went into the call, not into the card search
    qtbot.waitUntil(lambda: focus_target() is window.card.search)  # ready to search the card at once
    assert window.services.tasks.my_tasks(window.person) == []


def test_enter_in_the_line_field_moves_on_to_the_number_and_never_starts_a_withheld_call(
    qtbot, window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    keys = Keyboard(qtbot)
    seen: list[str] = []

    def after_the_first_enter() -> None:
        seen.append(type(focus_target()).__name__)
        assert window.services.desk.unsaved() == [], "Enter in the line's field started the call"

    keys("<Ctrl+N>Moko<Enter>", after_the_first_enter, "<Enter>")  # Enter again, in the empty number: withheld
    assert seen == ["QLineEdit"]
    (call,) = window.services.desk.unsaved()
    assert call.line == PL_LINE and call.caller is None  # withheld, because the receptionist left it empty


def test_enter_on_a_line_that_is_no_number_says_so_and_keeps_the_dialog(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    keys = Keyboard(qtbot)
    shown: list[str] = []

    def the_dialog_explains() -> None:
        dialog = focus_target().window()
        shown.append(dialog.error.text())
        assert dialog.isVisible() and focus_target() is dialog.filter

    keys("<Ctrl+N>zzz<Enter>", the_dialog_explains, "<Esc>")
    assert "zzz" in shown[0] and window.services.desk.unsaved() == []
