"""The console by Tab and Shift+Tab alone: every control in reading order, tables left in one key press, the
call's buttons, the objections, the outcome and the toolbar reached, the focus always visible; and what a
screen reader is told on its own (a ring, a caller waiting too long, the database gone)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QWidget

from reception_console.domain.calls import CallEvent, CallState, EventKind, EventSource
from reception_console.domain.errors import StorageUnavailableError
from reception_console.ui.console.main_window import MainWindow
from tests.conftest import PL_LINE, Clock
from tests.ui.naming import spoken_name


def press(qtbot, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> QWidget:  # type: ignore[no-untyped-def]
    """A key where the focus is, as a person presses it; the widget that has the focus afterwards."""
    focus = QApplication.focusWidget()
    assert focus is not None, "the focus went nowhere"
    qtbot.keyClick(focus, key, modifier)
    after = QApplication.focusWidget()
    assert after is not None
    return after


def walk(qtbot, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier, limit: int = 80) -> list[QWidget]:  # type: ignore[no-untyped-def]
    """Press `key` until the focus comes back where it started: the ring of controls it passed."""
    start = QApplication.focusWidget()
    path = [start]
    for _ in range(limit):
        widget = press(qtbot, key, modifier)
        if widget is start:
            return path
        path.append(widget)
    raise AssertionError("the focus never came back:\n" + "\n".join(spoken_name(w) for w in path))


def looks(widget: QWidget) -> QImage:
    return widget.grab().toImage()


def test_tab_walks_every_control_of_a_ringing_call_in_reading_order(qtbot, window: MainWindow, clock: Clock) -> None:  # type: ignore[no-untyped-def]
    window.receive_event(CallEvent(EventKind.RING, "a", clock.now, EventSource.SOFTPHONE, PL_LINE, "+48600111222"))
    window.calls.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.calls)
    unfocused = {id(w): looks(w) for w in window.findChildren(QWidget) if w.isVisible()}

    forward = walk(qtbot, Qt.Key.Key_Tab)
    print("Tab:", " → ".join(spoken_name(w) or type(w).__name__ for w in forward))
    assert len(forward) == len(set(forward)), "a control came twice: the focus is trapped"
    header, card, prompts, outcome = window.header, window.card, window.prompts, window.outcome
    landmarks = [
        window.calls,
        header.answer,
        header.end,
        card.search,
        card.specialists,
        card.services,
        prompts.objection_list,
        outcome.group.buttons()[0],  # the outcomes are one stop, as radio buttons are
        outcome.save,
        window.toolbar.widgetForAction(window.new_call_action),
        window.toolbar.widgetForAction(window.switch_action),
    ]
    missing = [spoken_name(w) for w in landmarks if w not in forward]
    assert not missing, f"never reached by Tab: {missing}"
    positions = [forward.index(w) for w in landmarks]
    assert positions == sorted(positions), "Tab does not follow the reading order"
    for widget in forward[1:]:  # around again: each control looks different while it has the focus
        assert press(qtbot, Qt.Key.Key_Tab) is widget
        assert looks(widget) != unfocused[id(widget)], f"no visible focus on {spoken_name(widget)!r}"
    assert press(qtbot, Qt.Key.Key_Tab) is forward[0]

    while QApplication.focusWidget() is not outcome.group.buttons()[0]:  # the arrows move among the outcomes
        press(qtbot, Qt.Key.Key_Tab)
    arrows = [press(qtbot, key) for key in (Qt.Key.Key_Right, Qt.Key.Key_Down, Qt.Key.Key_Left, Qt.Key.Key_Down)]
    assert set(arrows) == set(outcome.group.buttons()[1:])
    assert outcome.group.checkedId() == -1  # moving among them chose nothing
    window.calls.setFocus(Qt.FocusReason.OtherFocusReason)

    backward = walk(qtbot, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    outcomes = set(outcome.group.buttons())  # (the group's stop is the button next to where Tab came from)
    stops = [("outcomes" if w in outcomes else w) for w in backward]
    assert stops == [("outcomes" if w in outcomes else w) for w in [forward[0], *reversed(forward[1:])]]

    while QApplication.focusWidget() is not header.answer:  # Tab to Answer and press Space: the call is answered
        press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Space)
    assert window.current_call().state is CallState.ANSWERED


def test_a_ring_a_caller_waiting_too_long_and_the_outage_are_announced(qtbot, window: MainWindow, clock: Clock) -> None:  # type: ignore[no-untyped-def]
    said: list[str] = []
    window.announcer.announced.connect(said.append)
    window.receive_event(CallEvent(EventKind.RING, "a", clock.now, EventSource.SOFTPHONE, PL_LINE, "+48600111222"))
    assert said == ["Call ringing: Med Centrum Mokotów, +48 600 111 222"]
    clock.advance(seconds=5)
    qtbot.wait(1100)  # the window's one-second tick
    assert len(said) == 1
    clock.advance(seconds=5)
    qtbot.waitUntil(lambda: len(said) == 2, timeout=3000)
    assert said[1] == "Waiting too long: Med Centrum Mokotów, +48 600 111 222"
    qtbot.wait(1100)
    assert len(said) == 2  # once
    window.outage.failed(StorageUnavailableError("database is locked"))
    window.outage.failed(StorageUnavailableError("database is locked"))
    assert len(said) == 3 and said[2].startswith("The database cannot be reached")
