"""The console's window on a shared database where each person has their own login: switching user reconnects."""

from __future__ import annotations

from PySide6.QtCore import Qt
from sqlalchemy import text

from reception_console.domain.calls import CallEvent, EventKind, EventSource
from reception_console.storage.database import Database
from reception_console.ui.console.main_window import MainWindow
from reception_console.ui.console.sign_in import SignInDialog
from tests.access.conftest import PASSWORD
from tests.builders import services_for
from tests.conftest import PL_LINE, Clock
from tests.ui.conftest import supervisor_windows_for, when_dialog_opens


def session_user(db: Database) -> str:
    with db.engine.connect() as conn:
        return str(conn.execute(text("SELECT session_user")).scalar())


def test_switch_user_reconnects_as_the_new_person_and_keeps_the_calls(
    qtbot, app, console_db: Database, clock: Clock
) -> None:  # type: ignore[no-untyped-def]
    services = services_for(console_db, clock)
    justyna = services.auth.sign_in("justyna", PASSWORD)
    window = MainWindow(
        services, justyna, region="PL", clock=clock, supervisor_windows=supervisor_windows_for(services, clock)
    )
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    window.receive_event(CallEvent(EventKind.RING, "kept", clock.now, EventSource.SOFTPHONE, PL_LINE, "+48600111222"))
    assert window.calls_model.row_of("kept") >= 0

    def sign_in_as_anna(dialog) -> None:  # type: ignore[no-untyped-def]
        assert isinstance(dialog, SignInDialog)
        name = dialog.login.lineEdit()
        name.selectAll()  # the editable name box: the login typed over the last one
        qtbot.keyClicks(name, "anna")
        qtbot.keyClicks(dialog.password, PASSWORD)
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)

    when_dialog_opens(qtbot, sign_in_as_anna)
    assert window.switch_user()
    assert window.person.login == "anna" and session_user(console_db) == "anna"
    assert window.calls_model.row_of("kept") >= 0  # the call on screen is kept
    with console_db.engine.begin() as conn:  # and the connection now has a supervisor's rights
        conn.execute(text("UPDATE clinics SET parking = parking"))
