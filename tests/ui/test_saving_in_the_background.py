"""The outcome is stored on a thread of its own: with the database busy (another console holding SQLite's write
lock), Ctrl+Enter still moves the receptionist on to her next call at once, and the outcome is stored as soon as
the lock is gone."""

from __future__ import annotations

import sqlite3

from reception_console.domain.calls import CallEvent, EventKind, EventSource, Outcome
from reception_console.storage.database import Database
from reception_console.ui.console.main_window import MainWindow
from tests.conftest import PL_LINE, RU_LINE, Clock
from tests.ui.keyboard import Keyboard
from tests.ui.saving import settled


def test_a_busy_database_does_not_hold_the_window(qtbot, window: MainWindow, demo_db: Database, clock: Clock) -> None:  # type: ignore[no-untyped-def]
    window.receive_event(CallEvent(EventKind.RING, "a", clock.now, EventSource.SOFTPHONE, PL_LINE, "+48600111222"))
    window.receive_event(CallEvent(EventKind.RING, "b", clock.now, EventSource.SOFTPHONE, RU_LINE, "+79161234567"))
    window.select_call("a")
    window.answer()
    clock.advance(minutes=1)
    keys = Keyboard(qtbot)
    keys("<Ctrl+3>")  # information only
    assert demo_db.sqlite_path is not None
    other_console = sqlite3.connect(demo_db.sqlite_path, isolation_level=None)
    other_console.execute("BEGIN IMMEDIATE")  # the write lock, held
    try:
        keys("<Ctrl+Enter>")
        # back from the keys with the lock still held: the window did not wait for the database (had it, the
        # save would have come back stored or refused by now)
        assert window.saver.pending == {"a"} and window.current_id == "b"  # on to the next caller at once
        qtbot.wait(300)  # the window goes on (events, paint) while the save waits for the lock
        assert window.saver.pending == {"a"}
    finally:
        other_console.execute("COMMIT")
        other_console.close()
    settled(qtbot, window)
    stored = window.services.desk.get("a")
    assert stored.outcome is Outcome.INFO_ONLY and stored.saved_at is not None
    assert window.calls_model.row_of("a") < 0 and "Saved" in window.statusBar().currentMessage()
