"""Two consoles on one database: a missed call at one appears in the other's list within two seconds, and a
callback taken at one leaves the other's list; taking one a colleague took first says so and starts no call."""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from reception_console.domain.calls import CallEvent, Direction, EventKind, EventSource
from reception_console.services.console import ConsoleServices
from reception_console.storage.database import Database, open_database
from reception_console.ui.console.main_window import MainWindow
from tests.builders import services_for
from tests.conftest import PL_LINE, Clock
from tests.ui.conftest import when_dialog_opens


@pytest.fixture
def other_console(demo_db: Database, clock: Clock) -> Iterator[ConsoleServices]:
    """Olga's console: its own engine on the same database file, as on another PC."""
    db = open_database(demo_db.engine.url.render_as_string(hide_password=False))
    services = services_for(db, clock)
    services.desk.receptionist = services.auth.sign_in("olga", "demo")
    yield services
    db.dispose()


@pytest.fixture
def window(qtbot, app, demo_db: Database, clock: Clock) -> MainWindow:  # type: ignore[no-untyped-def]
    services = services_for(demo_db, clock)
    window = MainWindow(services, services.auth.sign_in("justyna", "demo"), clock=clock)
    qtbot.addWidget(window)
    window.show()
    return window


def missed_at(console: ConsoleServices, clock: Clock) -> str:
    call_id = str(uuid.uuid4())
    desk = console.desk
    desk.receive(CallEvent(EventKind.RING, call_id, clock.now, EventSource.SOFTPHONE, PL_LINE, "+48600111999"))
    desk.receive(CallEvent(EventKind.END, call_id, clock.now, EventSource.SOFTPHONE))
    return call_id


def test_a_missed_call_at_another_console_appears_within_two_seconds(qtbot, window, other_console, clock) -> None:  # type: ignore[no-untyped-def]
    assert window.missed.model.rowCount() == 0
    missed_at(other_console, clock)
    qtbot.waitUntil(lambda: window.missed.model.rowCount() == 1, timeout=2000)
    assert window.missed.model.tasks()[0].phone == "+48600111999"

    (task,) = other_console.tasks.my_tasks(other_console.desk.receptionist)
    other_console.desk.start_callback(task)  # Olga takes it: it leaves Justyna's list
    qtbot.waitUntil(lambda: window.missed.model.rowCount() == 0, timeout=2000)


def test_calling_back_a_patient_a_colleague_just_took_says_so_and_starts_no_call(  # type: ignore[no-untyped-def]
    qtbot, window, other_console, clock
) -> None:
    missed_at(other_console, clock)
    qtbot.waitUntil(lambda: window.missed.model.rowCount() == 1, timeout=2000)
    window.missed._timer.stop()  # the list on screen is a moment old when Justyna presses Enter
    (task,) = other_console.tasks.my_tasks(other_console.desk.receptionist)
    other_console.desk.start_callback(task)

    told: list[str] = []

    def read(box) -> None:  # type: ignore[no-untyped-def]
        told.append(box.text())
        box.accept()

    when_dialog_opens(qtbot, read)
    window.missed.view.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.missed.view)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(told))
    assert "colleague" in told[0]
    assert window.missed.model.rowCount() == 0
    assert all(c.direction is not Direction.OUTBOUND for c in window.calls_model.calls())
