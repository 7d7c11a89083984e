"""The phone side of the real window: command-line events over the single-instance socket, a softphone adapter
(against a scripted ctrl_tcp peer), the ring's attention, answering and calling back through the phone."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QWidget

from reception_console.app import wire_telephony
from reception_console.domain.calls import CallEvent, CallState, Direction, EventKind, EventSource, Outcome
from reception_console.domain.tasks import TaskKind
from reception_console.platform import instance_lock
from reception_console.platform.inbox import Inbox
from reception_console.platform.ipc import IpcServer, server_name
from reception_console.platform.paths import Paths
from reception_console.platform.telephony_settings import TelephonySettings
from reception_console.services.phone import LinkState
from reception_console.ui.console.main_window import MainWindow
from tests.conftest import PL_LINE, RU_LINE, Clock
from tests.telephony.peers import FakeBaresip
from tests.ui.conftest import type_text

ROOT = Path(__file__).resolve().parents[2]
TIMEOUT = 15_000


def cli(*args: str) -> subprocess.Popen[str]:
    """`reception-console …` as its own process, with this test run's home folder (so the same socket)."""
    return subprocess.Popen(
        [sys.executable, "-m", "reception_console", *args],
        cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def finish(qtbot, process: subprocess.Popen[str]) -> tuple[int, str, str]:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: process.poll() is not None, timeout=TIMEOUT)  # our event loop answers it meanwhile
    out, err = process.communicate()
    return process.returncode, out, err


def ring(window: MainWindow, bridge, call_id: str, line: str, clock: Clock, caller: str = "+48600111222"):  # type: ignore[no-untyped-def]
    return bridge.deliver(CallEvent(EventKind.RING, call_id, clock.now, EventSource.SOFTPHONE, line, caller))


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


def test_softphone_program_setting_rings_answers_and_ends_through_the_command_line(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, server
) -> None:
    bridge = wire_telephony(window, window.services, TelephonySettings())
    inbox = Inbox(server=server)
    inbox.open(bridge.handle_argv)

    code, out, err = finish(
        qtbot, cli("call", "ring", "--line", PL_LINE, "--caller", "+48600111222", "--name", "Jan Kowalski")
    )
    assert code == 0, err
    call_id = out.strip()
    qtbot.waitUntil(lambda: window.current_id == call_id, timeout=TIMEOUT)
    assert window.card.title.text() == "Med Centrum Mokotów"
    assert "Jan Kowalski" in window.header.caller.text()
    call = window.services.desk.get(call_id)
    assert call is not None and call.source is EventSource.COMMAND_LINE
    assert bridge.attention.last_notice == ("Ringing: Med Centrum Mokotów", "Jan Kowalski · +48 600 111 222")

    code, _out, err = finish(qtbot, cli("call", "end", "--caller", "+48600111222"))  # MicroSIP passes no id
    assert code == 0, err
    qtbot.waitUntil(lambda: window.calls_model.rowCount() == 0, timeout=TIMEOUT)
    saved = window.services.desk.get(call_id)
    assert saved is not None and saved.outcome is Outcome.MISSED
    assert [t.phone for t in window.missed.model.tasks()] == ["+48600111222"]


def test_bad_command_line_events_are_refused_or_ignored_never_a_crash(qtbot, window: MainWindow, server) -> None:  # type: ignore[no-untyped-def]
    bridge = wire_telephony(window, window.services, TelephonySettings())
    server.received.connect(bridge.handle_argv)
    code, _out, err = finish(qtbot, cli("call", "answer"))
    assert code == 1 and "--call-id or --caller" in err  # refused by the sender, with the reason
    bridge.handle_argv(["call", "end", "--call-id", "no-such-call"])  # unknown call: logged, nothing happens
    bridge.handle_argv(["call", "ring", "--help"])
    assert "ignored" in window.statusBar().currentMessage()
    assert window.calls_model.rowCount() == 0


def test_events_wait_in_the_inbox_until_the_window_is_up() -> None:
    inbox = Inbox()
    inbox.put(["call", "ring", "--line", "1"])
    inbox.put([])
    seen: list[list[str]] = []
    inbox.open(seen.append)
    inbox.put(["x"])
    assert seen == [["call", "ring", "--line", "1"], [], ["x"]]


def test_a_ring_never_takes_the_keyboard_from_a_half_typed_outcome(qtbot, window: MainWindow, clock: Clock) -> None:  # type: ignore[no-untyped-def]
    bridge = wire_telephony(window, window.services, TelephonySettings(on_ring="raise"))
    ring(window, bridge, "first", PL_LINE, clock)
    window.answer()
    window.outcome.notes.setFocus()
    type_text(window.outcome.notes, "pyta o cen")
    ring(window, bridge, "second", RU_LINE, clock, "+79161234567")
    assert QApplication.focusWidget() is window.outcome.notes
    type_text(window.outcome.notes, "ę")
    assert window.outcome.notes.text() == "pyta o cenę" and window.current_id == "first"
    assert window.calls_model.rowCount() == 2
    assert bridge.attention.last_notice is not None and "Улыбка" in bridge.attention.last_notice[0]


@pytest.mark.qt_log_ignore("does not support raise")  # the offscreen platform; real desktops raise
def test_a_ring_brings_a_console_in_the_background_forward(qtbot, window: MainWindow, clock: Clock) -> None:  # type: ignore[no-untyped-def]
    bridge = wire_telephony(window, window.services, TelephonySettings(on_ring="raise"))
    window.showMinimized()
    other = QWidget()  # stands for another program: once it is gone, no console window has the keyboard
    qtbot.addWidget(other)
    other.show()
    other.activateWindow()
    qtbot.waitUntil(other.isActiveWindow)
    other.hide()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is None)
    ring(window, bridge, "bg", PL_LINE, clock)
    qtbot.waitUntil(window.isActiveWindow, timeout=TIMEOUT)
    assert not window.isMinimized() and window.current_id == "bg"


def test_flash_mode_leaves_the_other_window_in_front(qtbot, window: MainWindow, clock: Clock) -> None:  # type: ignore[no-untyped-def]
    bridge = wire_telephony(window, window.services, TelephonySettings(on_ring="flash"))
    other = QWidget()
    qtbot.addWidget(other)
    other.show()
    other.activateWindow()
    qtbot.waitUntil(other.isActiveWindow)
    ring(window, bridge, "quiet", PL_LINE, clock)
    qtbot.wait(50)
    assert other.isActiveWindow() and window.current_id == "quiet"


@pytest.fixture
def softphone():  # type: ignore[no-untyped-def]
    peer = FakeBaresip()
    yield peer
    peer.close()


def phone_window(qtbot, window: MainWindow, peer: FakeBaresip, **kw):  # type: ignore[no-untyped-def]
    settings = TelephonySettings(
        source="baresip",
        baresip_port=peer.port,
        reconnect_max_seconds=0.5,
        lines={"sip:clinic-a@127.0.0.1": PL_LINE},
        **kw,
    )
    bridge = wire_telephony(window, window.services, settings)
    source = bridge.sources[0]
    qtbot.waitUntil(lambda: source.status.state is LinkState.CONNECTED, timeout=TIMEOUT)
    return bridge, source


def test_answer_button_answers_on_the_softphone_and_its_event_records_the_time(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, softphone
) -> None:
    bridge, _source = phone_window(qtbot, window, softphone)
    assert "Softphone connected" in bridge.status.text()
    incoming = {
        "accountaor": "sip:clinic-a@127.0.0.1",
        "direction": "incoming",
        "id": "1-42@127.0.0.1",
        "peeruri": "sip:+48600111222@127.0.0.1",
        "peerdisplayname": "Jan Kowalski",
    }
    softphone.send_event(type="CALL_INCOMING", **incoming)
    qtbot.waitUntil(lambda: window.current_id is not None, timeout=TIMEOUT)
    assert window.card.title.text() == "Med Centrum Mokotów"
    window.answer()
    qtbot.waitUntil(
        lambda: [c["command"] for c in softphone.commands] == ["uafind", "callfind", "accept"], timeout=TIMEOUT
    )
    call = window.current_call()
    assert call is not None and call.answered_at is None  # not until the phone says so
    softphone.send_event(type="CALL_ESTABLISHED", **incoming)
    qtbot.waitUntil(lambda: window.current_call().state is CallState.ANSWERED, timeout=TIMEOUT)  # type: ignore[union-attr]


def test_call_back_from_the_missed_list_dials_on_the_softphone(qtbot, window: MainWindow, softphone) -> None:  # type: ignore[no-untyped-def]
    _bridge, _source = phone_window(qtbot, window, softphone, dial_uri="sip:{number}@127.0.0.1:5070")
    incoming = {
        "accountaor": "sip:clinic-a@127.0.0.1",
        "direction": "incoming",
        "id": "1-43@127.0.0.1",
        "peeruri": "sip:+48600111222@127.0.0.1",
    }
    softphone.send_event(type="CALL_INCOMING", **incoming)
    softphone.send_event(type="CALL_CLOSED", **incoming)
    qtbot.waitUntil(lambda: window.missed.model.rowCount() == 1, timeout=TIMEOUT)
    assert window.missed.title.text() == "Missed calls (1)"
    task = window.missed.model.task(0)
    assert task.kind is TaskKind.CALLBACK and task.phone == "+48600111222"
    window.missed.button.click()
    qtbot.waitUntil(lambda: any(c["command"] == "dial" for c in softphone.commands), timeout=TIMEOUT)
    dial = next(c for c in softphone.commands if c["command"] == "dial")
    assert dial["params"] == "sip:+48600111222@127.0.0.1:5070"
    outbound = window.current_call()
    assert outbound is not None and outbound.direction is Direction.OUTBOUND and outbound.task_id == task.id
    assert "Calling" in window.statusBar().currentMessage()
    out = {"accountaor": "sip:clinic-a@127.0.0.1", "direction": "outgoing", "id": "9450259659794040"}
    softphone.send_event(type="CALL_RINGING", **out)
    softphone.send_event(type="CALL_ESTABLISHED", **out)
    qtbot.waitUntil(lambda: window.current_call().answered_at is not None, timeout=TIMEOUT)  # type: ignore[union-attr]


def test_without_a_phone_link_call_back_shows_the_number_to_dial(qtbot, window: MainWindow, clock: Clock) -> None:  # type: ignore[no-untyped-def]
    bridge = wire_telephony(window, window.services, TelephonySettings())
    ring(window, bridge, "lost", PL_LINE, clock)
    bridge.deliver(CallEvent(EventKind.END, "lost", clock.now, EventSource.SOFTPHONE))
    assert window.missed.model.rowCount() == 1
    window.missed.button.click()
    assert "Dial +48 600 111 222 now" in window.statusBar().currentMessage()


def test_softphone_down_shows_in_the_status_bar(qtbot, window: MainWindow, softphone) -> None:  # type: ignore[no-untyped-def]
    bridge, _source = phone_window(qtbot, window, softphone)
    softphone.close()
    qtbot.waitUntil(lambda: "not reachable" in bridge.status.text(), timeout=TIMEOUT)


def test_duplicate_and_late_events_never_duplicate_a_call(qtbot, window: MainWindow, clock: Clock) -> None:  # type: ignore[no-untyped-def]
    bridge = wire_telephony(window, window.services, TelephonySettings())
    for _ in range(2):
        ring(window, bridge, "twice", PL_LINE, clock)
    end = CallEvent(EventKind.END, "twice", clock.now, EventSource.SOFTPHONE)
    bridge.deliver(end)
    bridge.deliver(end)
    ring(window, bridge, "twice", PL_LINE, clock)  # a replay after it was recorded as missed
    assert window.calls_model.rowCount() == 0 and window.missed.model.rowCount() == 1
    assert "Missed call" in window.statusBar().currentMessage()


def test_pbx_calls_pop_the_card_by_did_and_keep_the_pbxs_times(qtbot, window: MainWindow, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from datetime import UTC, datetime

    from tests.telephony.ami_scripts import inbound_call
    from tests.telephony.peers import FakeAsterisk

    peer = FakeAsterisk()
    monkeypatch.setenv("RECEPTION_CONSOLE_AMI_SECRET", peer.secret)
    try:
        settings = TelephonySettings(source="ami", ami_port=peer.port, ami_username=peer.username,
                                     ami_interfaces=("PJSIP/101",), reconnect_max_seconds=0.5)  # fmt: skip
        bridge = wire_telephony(window, window.services, settings)
        qtbot.waitUntil(lambda: "PBX connected" in bridge.status.text(), timeout=TIMEOUT)
        t0 = datetime.now(UTC).timestamp() - 30
        answered = inbound_call("1795336000.10", did="48228431200", caller="+48600111222", answered=True, t0=t0)
        for message in answered[:5]:  # rings on PJSIP/101
            peer.push(message)
        qtbot.waitUntil(lambda: window.current_id is not None, timeout=TIMEOUT)
        assert window.card.title.text() == "Med Centrum Mokotów"  # the DID is the line's own number, no + needed
        for message in answered[5:]:
            peer.push(message)
        qtbot.waitUntil(lambda: window.current_call().state is CallState.ENDED, timeout=TIMEOUT)  # type: ignore[union-attr]
        call = window.current_call()
        assert call is not None and call.source is EventSource.PBX
        assert (call.answered_at - call.rang_at).total_seconds() == pytest.approx(3.99, abs=0.01)  # type: ignore[operator]
        window.answer()  # nothing to answer any more; and the PBX adapter never answers for the phone
        abandoned = inbound_call("1795336000.20", did="74956431020", caller="+79161234567", answered=False, t0=t0)
        for message in abandoned:
            peer.push(message)
        qtbot.waitUntil(lambda: window.missed.model.rowCount() == 1, timeout=TIMEOUT)
        assert window.missed.model.task(0).phone == "+79161234567"
    finally:
        for source in bridge.sources:
            source.stop()
        peer.close()
