"""A phone number clicked in another program (`reception-console tel:…`) starts an outgoing call in the running
console: over the single-instance socket from a second process, asking for the clinic's line when the console
cannot tell, and dialling on the softphone when one is connected. A bad link says why and changes nothing."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import update

from reception_console.app import PhoneBeforeSignIn, wire_telephony
from reception_console.domain.calls import Direction
from reception_console.platform import instance_lock
from reception_console.platform.inbox import Inbox
from reception_console.platform.ipc import IpcServer, server_name
from reception_console.platform.paths import Paths
from reception_console.platform.telephony_settings import TelephonySettings
from reception_console.storage.database import Database
from reception_console.storage.models import ClinicRow
from reception_console.ui.console.main_window import MainWindow
from reception_console.ui.console.outgoing_call import OutgoingCallDialog
from tests.builders import services_for
from tests.conftest import PL_LINE, RU_LINE, Clock
from tests.telephony.peers import FakeBaresip
from tests.ui.conftest import type_text
from tests.ui.test_phone import TIMEOUT, cli, finish, phone_window


@pytest.fixture
def server(qtbot):  # type: ignore[no-untyped-def]
    """The running console's lock and single-instance socket (this test run's home folder)."""
    paths = Paths.default()
    paths.data.mkdir(parents=True, exist_ok=True)
    lock = instance_lock.take(paths.data)
    assert lock is not None
    ipc = IpcServer(server_name(paths))
    assert ipc.listen()
    yield ipc
    ipc.close()
    lock.release()


def line_dialog(qtbot) -> OutgoingCallDialog:  # type: ignore[no-untyped-def]
    """The question which clinic's line to call from, once it is on screen with the keyboard in its filter."""

    def shown() -> bool:
        dialog = QApplication.activeModalWidget()
        return isinstance(dialog, OutgoingCallDialog) and QApplication.focusWidget() is dialog.filter

    qtbot.waitUntil(shown, timeout=TIMEOUT)
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, OutgoingCallDialog)
    return dialog


def choose_line(qtbot, text: str) -> None:  # type: ignore[no-untyped-def]
    """Type part of the clinic's name where the keyboard is, then Enter."""
    line_dialog(qtbot)
    type_text(QApplication.focusWidget(), text)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)


def outbound_calls(window: MainWindow) -> list:  # type: ignore[type-arg]
    return [c for c in window.calls_model.calls() if c.direction is Direction.OUTBOUND]


def test_a_clicked_number_in_a_second_start_opens_an_outgoing_call_from_the_chosen_clinics_line(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, server
) -> None:
    bridge = wire_telephony(window, window.services, TelephonySettings())
    inbox = Inbox(server=server)
    inbox.open(bridge.handle_argv)

    code, _out, err = finish(qtbot, cli("tel:+48-600-111-222"))
    assert code == 0, err  # the running console took it; no second window
    dialog = line_dialog(qtbot)  # three clinics in the demo: which one's line?
    assert dialog.caller.text() == "+48 600 111 222" and dialog.caller.isReadOnly()
    assert outbound_calls(window) == []  # nothing before the line is chosen
    choose_line(qtbot, "Улыб")
    qtbot.waitUntil(lambda: len(outbound_calls(window)) == 1, timeout=TIMEOUT)
    call = window.current_call()
    assert call is not None and call.direction is Direction.OUTBOUND
    stored = window.services.desk.get(call.id)
    assert stored is not None and stored.caller == "+48600111222" and stored.line == RU_LINE
    assert window.card.title.text() == "Стоматология «Улыбка»"
    assert "Dial +48 600 111 222 now" in window.statusBar().currentMessage()  # no phone to dial it


def test_a_clicked_number_is_dialled_on_the_connected_softphone(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    peer = FakeBaresip()
    try:
        bridge, _source = phone_window(qtbot, window, peer, dial_uri="sip:{number}@127.0.0.1:5070")
        bridge.handle_argv(["callto://+48600111222"])
        choose_line(qtbot, "Mokot")
        qtbot.waitUntil(lambda: any(c["command"] == "dial" for c in peer.commands), timeout=TIMEOUT)
        assert [c["params"] for c in peer.commands if c["command"] == "uafind"] == ["sip:clinic-a@127.0.0.1"]
        assert next(c for c in peer.commands if c["command"] == "dial")["params"] == "sip:+48600111222@127.0.0.1:5070"
        call = window.current_call()
        assert call is not None and call.direction is Direction.OUTBOUND and call.line == PL_LINE
        assert "Calling +48 600 111 222 on the phone" in window.statusBar().currentMessage()
    finally:
        peer.close()


def test_cancelling_the_line_question_starts_no_call(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    bridge = wire_telephony(window, window.services, TelephonySettings())
    bridge.handle_argv(["tel:+48600111222"])
    line_dialog(qtbot)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None, timeout=TIMEOUT)
    assert outbound_calls(window) == [] and window.services.desk.unsaved() == []


@pytest.mark.parametrize(
    ("link", "says"),
    [
        ("tel:", "The phone link holds no number."),
        ("tel:drop table calls", "“drop table calls” is not a phone number."),
        ("tel:12", "“12” is not a phone number."),
        ("tel:+48" + "6" * 90, "The phone link is too long to be a phone number."),
    ],
)
def test_a_bad_link_says_why_and_changes_nothing(qtbot, window: MainWindow, link: str, says: str) -> None:  # type: ignore[no-untyped-def]
    bridge = wire_telephony(window, window.services, TelephonySettings())
    bridge.handle_argv([link])
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QMessageBox), timeout=TIMEOUT)
    box = QApplication.activeModalWidget()
    assert isinstance(box, QMessageBox)
    assert box.text() == f"Nothing was dialled. {says}"
    box.accept()
    assert window.calls_model.rowCount() == 0 and window.services.desk.unsaved() == []


def test_one_clinics_desk_calls_from_its_line_without_asking(qtbot, app, demo_db: Database, clock: Clock) -> None:  # type: ignore[no-untyped-def]
    with demo_db.sessions.begin() as s:  # the other two demo clinics closed: one clinic's own database
        s.execute(update(ClinicRow).where(ClinicRow.name != "Med Centrum Mokotów").values(archived_at=clock.now))
    services = services_for(demo_db, clock)
    window = MainWindow(services, services.auth.sign_in("justyna", "demo"), region="PL", clock=clock)
    qtbot.addWidget(window)
    window.show()
    bridge = wire_telephony(window, services, TelephonySettings())
    bridge.handle_argv(["tel:600 111 222"])
    assert len(outbound_calls(window)) == 1 and not isinstance(QApplication.activeModalWidget(), OutgoingCallDialog)
    call = window.current_call()
    assert call is not None and call.line == PL_LINE and call.caller == "+48600111222"
    assert window.card.title.text() == "Med Centrum Mokotów"


def test_a_link_clicked_before_signing_in_waits_for_the_console_window(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow
) -> None:
    phone = PhoneBeforeSignIn(window.services, TelephonySettings(), window)
    phone.handle_argv(["tel:+48600111222"])  # the sign-in window is up: nothing to show the call in yet
    assert outbound_calls(window) == [] and QApplication.activeModalWidget() is None
    phone.hand_to(window)
    choose_line(qtbot, "Chorlton")
    qtbot.waitUntil(lambda: len(outbound_calls(window)) == 1, timeout=TIMEOUT)
    assert window.card.title.text() == "Chorlton Physio Clinic"
