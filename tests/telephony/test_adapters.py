"""The baresip and AMI adapters over real loopback sockets, against scripted peers: connection state, bad bytes,
drops and restarts, answering and dialling."""

from __future__ import annotations

import json
import socket
from datetime import UTC, datetime, timedelta

import pytest

from reception_console.domain.calls import Call, Direction, EventKind, EventSource
from reception_console.services.phone import LinkState, PhoneSystem
from reception_console.telephony.ami import AmiSource
from reception_console.telephony.baresip import BaresipSource
from reception_console.telephony.lines import LineMap
from reception_console.telephony.link import Backoff
from tests.telephony.ami_scripts import inbound_call, message
from tests.telephony.peers import FakeAsterisk, FakeBaresip

LINES = LineMap.build([("+48228431200", "sip:clinic-a@127.0.0.1"), ("+74956431020", None)], {})
TIMEOUT = 10_000


def fast() -> Backoff:
    return Backoff(initial=0.05, maximum=0.3)


def slow() -> Backoff:
    """Time enough for a test to move its clock between the link going down and coming back."""
    return Backoff(initial=0.5, maximum=0.5)


@pytest.fixture
def baresip():  # type: ignore[no-untyped-def]
    peer = FakeBaresip()
    yield peer
    peer.close()


@pytest.fixture
def asterisk():  # type: ignore[no-untyped-def]
    peer = FakeAsterisk()
    yield peer
    peer.close()


@pytest.fixture
def cleanup(qtbot):  # type: ignore[no-untyped-def]
    """Adapters are stopped and deleted by Qt at the end of each test, not left to the garbage collector."""
    made: list = []
    yield made
    for source in made:
        source.stop()
        source.deleteLater()
    qtbot.wait(10)


def collect(source) -> list:  # type: ignore[no-untyped-def]
    events: list = []
    source.call_event.connect(events.append)
    return events


def test_baresip_events_survive_garbage_on_the_wire(qtbot, baresip, cleanup) -> None:  # type: ignore[no-untyped-def]
    source = BaresipSource("127.0.0.1", baresip.port, LINES, backoff=fast())
    cleanup.append(source)
    events = collect(source)
    source.start()
    qtbot.waitUntil(lambda: source.status.state is LinkState.CONNECTED, timeout=TIMEOUT)
    assert source.status.system is PhoneSystem.SOFTPHONE
    call = {
        "accountaor": "sip:clinic-a@127.0.0.1",
        "direction": "incoming",
        "id": "1-1@h",
        "peeruri": "sip:+48600111222@127.0.0.1",
    }
    baresip.push(b"17:this is garbage!,3:{x},")  # framing fine, not JSON
    baresip.push(b"zz:}")  # not even framing
    baresip.send_event(type="CALL_INCOMING", **call)
    baresip.send_event(type="CALL_INCOMING", **call)  # duplicate
    baresip.push(netstring_json({"event": True, "type": "CALL_CLOSED", "class": "call", **call})[:20])
    qtbot.waitUntil(lambda: len(events) == 1, timeout=TIMEOUT)
    baresip.push(netstring_json({"event": True, "type": "CALL_CLOSED", "class": "call", **call})[20:])
    qtbot.waitUntil(lambda: len(events) == 2, timeout=TIMEOUT)
    assert [e.kind for e in events] == [EventKind.RING, EventKind.END]
    assert events[0].line == "+48228431200" and source.bad_messages == 1
    source.stop()


def netstring_json(obj: dict) -> bytes:  # type: ignore[type-arg]
    from reception_console.telephony import netstring

    return netstring.encode(json.dumps(obj).encode())


def test_baresip_answer_sends_uafind_callfind_accept(qtbot, baresip, cleanup) -> None:  # type: ignore[no-untyped-def]
    source = BaresipSource("127.0.0.1", baresip.port, LINES, backoff=fast())
    cleanup.append(source)
    events = collect(source)
    source.start()
    qtbot.waitUntil(lambda: source.status.state is LinkState.CONNECTED, timeout=TIMEOUT)
    baresip.send_event(
        type="CALL_INCOMING",
        accountaor="sip:clinic-b@127.0.0.1",
        direction="incoming",
        id="7-7@h",
        peeruri="sip:+48600111222@h",
    )
    qtbot.waitUntil(lambda: len(events) == 1, timeout=TIMEOUT)
    call = Call(events[0].call_id, Direction.INBOUND, EventSource.SOFTPHONE, events[0].at)
    assert source.can_answer(call)
    assert source.answer(call)
    qtbot.waitUntil(lambda: len(baresip.commands) == 3, timeout=TIMEOUT)
    assert [(c["command"], c.get("params")) for c in baresip.commands] == [
        ("uafind", "sip:clinic-b@127.0.0.1"),
        ("callfind", "7-7@h"),
        ("accept", None),
    ]
    assert not source.can_answer(Call("other", Direction.INBOUND, EventSource.SOFTPHONE, events[0].at))
    source.stop()


def test_baresip_restart_ends_open_calls_then_reconnects(qtbot, baresip, cleanup) -> None:  # type: ignore[no-untyped-def]
    source = BaresipSource("127.0.0.1", baresip.port, LINES, backoff=fast())
    cleanup.append(source)
    events = collect(source)
    states: list[LinkState] = []
    source.status_changed.connect(lambda s: states.append(s.state))
    source.start()
    qtbot.waitUntil(lambda: source.status.state is LinkState.CONNECTED, timeout=TIMEOUT)
    baresip.send_event(
        type="CALL_INCOMING", accountaor="sip:clinic-a@127.0.0.1", direction="incoming", id="r-1", peeruri="sip:1@h"
    )
    qtbot.waitUntil(lambda: len(events) == 1, timeout=TIMEOUT)
    port = baresip.port
    baresip.close()  # baresip killed: the connection drops, then nobody listens
    qtbot.waitUntil(lambda: len(events) == 2, timeout=TIMEOUT)
    assert events[1].kind is EventKind.END  # the ringing call is over: the desk records it as missed
    assert LinkState.RETRYING in states
    restarted = FakeBaresip(port)
    try:
        qtbot.waitUntil(lambda: source.status.state is LinkState.CONNECTED, timeout=TIMEOUT)
        restarted.send_event(
            type="CALL_INCOMING", accountaor="sip:clinic-a@127.0.0.1", direction="incoming", id="r-2", peeruri="sip:2@h"
        )
        qtbot.waitUntil(lambda: len(events) == 3, timeout=TIMEOUT)
        assert events[2].kind is EventKind.RING
    finally:
        source.stop()
        restarted.close()


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 11, 23, 9, 15, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, seconds: float) -> datetime:
        self.now += timedelta(seconds=seconds)
        return self.now


def ring_on(peer: FakeBaresip, account: str, sip_id: str, caller: str, state: str = "INCOMING") -> None:
    """A call rings on `account` of the (fake) baresip: it lists it and tells the console."""
    peer.calls.setdefault(account, []).append((f"sip:{caller}@127.0.0.1", state, 0))
    peer.send_event(
        type="CALL_INCOMING", accountaor=account, direction="incoming", id=sip_id, peeruri=f"sip:{caller}@127.0.0.1"
    )


def test_baresip_restarting_faster_than_the_reconnection_ends_the_ringing_call_when_the_link_was_lost(  # type: ignore[no-untyped-def]
    qtbot, baresip, cleanup
) -> None:
    clock = Clock()
    source = BaresipSource("127.0.0.1", baresip.port, LINES, clock=clock, backoff=slow())
    cleanup.append(source)
    events = collect(source)
    source.start()
    qtbot.waitUntil(lambda: source.status.state is LinkState.CONNECTED, timeout=TIMEOUT)
    ring_on(baresip, "sip:clinic-a@127.0.0.1", "crash-1", "+48600111222")
    qtbot.waitUntil(lambda: len(events) == 1, timeout=TIMEOUT)
    lost_at = clock.advance(5)
    baresip.restart()  # crashed and back at once: the console only sees the connection drop
    qtbot.waitUntil(lambda: source.status.state is LinkState.RETRYING, timeout=TIMEOUT)
    clock.advance(30)  # the reconnection comes later
    qtbot.waitUntil(lambda: len(events) == 2, timeout=TIMEOUT)
    assert (events[1].kind, events[1].call_id, events[1].at) == (EventKind.END, events[0].call_id, lost_at)
    assert baresip.connections == 2 and source.status.state is LinkState.CONNECTED
    assert [(c["command"], c.get("params")) for c in baresip.commands] == [
        ("uafind", "sip:clinic-a@127.0.0.1"),
        ("listcalls", None),
    ]


def test_after_a_reconnection_calls_baresip_still_lists_go_on_and_the_others_end(qtbot, baresip, cleanup) -> None:  # type: ignore[no-untyped-def]
    clock = Clock()
    source = BaresipSource("127.0.0.1", baresip.port, LINES, clock=clock, backoff=slow())
    cleanup.append(source)
    events = collect(source)
    source.start()
    qtbot.waitUntil(lambda: source.status.state is LinkState.CONNECTED, timeout=TIMEOUT)
    ring_on(baresip, "sip:clinic-a@127.0.0.1", "a-1", "+48600111222")
    ring_on(baresip, "sip:clinic-a@127.0.0.1", "a-2", "+48600111333")
    ring_on(baresip, "sip:clinic-b@127.0.0.1", "b-1", "+79161234567")
    ring_on(baresip, "sip:clinic-c@127.0.0.1", "c-1", "+441614960999")
    qtbot.waitUntil(lambda: len(events) == 4, timeout=TIMEOUT)
    ring_a1, ring_a2, ring_b1, ring_c1 = events
    lost_at = clock.advance(2)
    # while the link is down: a-1 hangs up, b-1 is answered on the phone 3 s before the console is back,
    # and baresip comes back without clinic-c (its account was removed)
    baresip.calls["sip:clinic-a@127.0.0.1"].pop(0)
    baresip.calls["sip:clinic-b@127.0.0.1"] = [("sip:+79161234567@127.0.0.1", "ESTABLISHED", 3)]
    baresip.accounts = {"sip:clinic-a@127.0.0.1", "sip:clinic-b@127.0.0.1"}
    baresip.drop()
    qtbot.waitUntil(lambda: source.status.state is not LinkState.CONNECTED, timeout=TIMEOUT)
    back_at = clock.advance(10)
    qtbot.waitUntil(lambda: len(events) == 7, timeout=TIMEOUT)
    outcome = {(e.call_id, e.kind): e.at for e in events[4:]}
    assert outcome == {
        (ring_a1.call_id, EventKind.END): lost_at,
        (ring_b1.call_id, EventKind.ANSWER): back_at - timedelta(seconds=3),
        (ring_c1.call_id, EventKind.END): lost_at,
    }
    assert source.can_answer(Call(ring_a2.call_id, Direction.INBOUND, EventSource.SOFTPHONE, ring_a2.at))


def test_a_second_ctrl_tcp_client_kicking_the_console_off_ends_no_live_call(qtbot, baresip, cleanup) -> None:  # type: ignore[no-untyped-def]
    source = BaresipSource("127.0.0.1", baresip.port, LINES, backoff=fast())
    cleanup.append(source)
    events = collect(source)
    source.start()
    qtbot.waitUntil(lambda: source.status.state is LinkState.CONNECTED, timeout=TIMEOUT)
    ring_on(baresip, "sip:clinic-a@127.0.0.1", "live-1", "+48600111222")
    ring_on(baresip, "sip:clinic-b@127.0.0.1", "live-2", "+79161234567", state="ESTABLISHED")
    baresip.send_event(
        type="CALL_ESTABLISHED", accountaor="sip:clinic-b@127.0.0.1", direction="incoming", id="live-2",
        peeruri="sip:+79161234567@127.0.0.1",
    )  # fmt: skip
    qtbot.waitUntil(lambda: len(events) == 3, timeout=TIMEOUT)
    other = socket.create_connection(("127.0.0.1", baresip.port))  # e.g. a technician's ctrl_tcp tool
    try:
        qtbot.waitUntil(lambda: baresip.connections == 3, timeout=TIMEOUT)  # the console is back (the tool is out)
        qtbot.waitUntil(lambda: [c["command"] for c in baresip.commands].count("listcalls") == 2, timeout=TIMEOUT)
    finally:
        other.close()
    baresip.send_event(
        type="CALL_CLOSED", accountaor="sip:clinic-a@127.0.0.1", direction="incoming", id="live-1",
        peeruri="sip:+48600111222@127.0.0.1",
    )  # fmt: skip
    qtbot.waitUntil(lambda: len(events) == 4, timeout=TIMEOUT)
    assert [e.kind for e in events] == [EventKind.RING, EventKind.RING, EventKind.ANSWER, EventKind.END]
    assert events[3].call_id == events[0].call_id  # ended by baresip's own word, not by the reconnection


def test_baresip_dial_uses_the_lines_account_and_links_the_outgoing_call(qtbot, baresip, cleanup) -> None:  # type: ignore[no-untyped-def]
    source = BaresipSource("127.0.0.1", baresip.port, LINES, dial_uri="sip:{number}@127.0.0.1:5070", backoff=fast())
    cleanup.append(source)
    events = collect(source)
    source.start()
    qtbot.waitUntil(source.can_dial, timeout=TIMEOUT)
    assert source.dial("+48600111222", "+48228431200", "console-call")
    qtbot.waitUntil(lambda: len(baresip.commands) == 2, timeout=TIMEOUT)
    assert [(c["command"], c.get("params")) for c in baresip.commands] == [
        ("uafind", "sip:clinic-a@127.0.0.1"),
        ("dial", "sip:+48600111222@127.0.0.1:5070"),
    ]
    out = {"accountaor": "sip:clinic-a@127.0.0.1", "direction": "outgoing", "id": "9450259659794040"}
    baresip.send_event(type="CALL_RINGING", **out)
    baresip.send_event(type="CALL_ESTABLISHED", **out)
    baresip.send_event(type="CALL_CLOSED", **out)
    qtbot.waitUntil(lambda: len(events) == 2, timeout=TIMEOUT)
    assert [(e.kind, e.call_id) for e in events] == [
        (EventKind.ANSWER, "console-call"),
        (EventKind.END, "console-call"),
    ]
    source.stop()


def ami(peer: FakeAsterisk, secret: str = "s3cret", **kw) -> AmiSource:  # type: ignore[no-untyped-def]
    kw.setdefault("backoff", fast())
    return AmiSource("127.0.0.1", peer.port, "console", secret, LINES, ["PJSIP/101"], **kw)


def test_ami_logs_in_follows_a_call_and_survives_a_drop(qtbot, asterisk, cleanup) -> None:  # type: ignore[no-untyped-def]
    clock = Clock()
    source = ami(asterisk, clock=clock, backoff=slow())
    cleanup.append(source)
    events = collect(source)
    source.start()
    qtbot.waitUntil(lambda: source.status.state is LinkState.CONNECTED, timeout=TIMEOUT)
    assert source.status.system is PhoneSystem.PBX
    assert [a["action"] for a in asterisk.actions] == ["Login", "CoreShowChannels"]
    ringing = inbound_call("1795336000.100", did="48228431200", caller="+48600111222", answered=False)
    for chunk in ringing[:4]:
        asterisk.push(chunk)
    asterisk.push(b"complete garbage\r\nwith no colon\r\n\r\n\x00\xff\r\n\r\n")
    qtbot.waitUntil(lambda: len(events) == 1, timeout=TIMEOUT)
    assert events[0].kind is EventKind.RING and events[0].line == "+48228431200"
    assert events[0].source is EventSource.PBX
    lost_at = clock.advance(3)
    asterisk.drop()  # the link drops; the caller hangs up meanwhile, so the PBX no longer lists the call
    qtbot.waitUntil(lambda: source.status.state is not LinkState.CONNECTED, timeout=TIMEOUT)
    clock.advance(20)
    qtbot.waitUntil(lambda: len(asterisk.actions) >= 4, timeout=TIMEOUT)  # logged in again and synced
    qtbot.waitUntil(lambda: len(events) == 2, timeout=TIMEOUT)
    assert events[1].kind is EventKind.END and events[1].call_id == events[0].call_id
    assert events[1].at == lost_at  # when the link was lost, not when it came back
    assert asterisk.connections == 2
    source.stop()


def test_ami_wrong_secret_is_shown_as_refused(qtbot, asterisk, cleanup) -> None:  # type: ignore[no-untyped-def]
    source = ami(asterisk, secret="wrong")
    cleanup.append(source)
    source.start()
    qtbot.waitUntil(lambda: source.status.state is LinkState.REFUSED, timeout=TIMEOUT)
    assert not source.can_dial()
    source.stop()


def test_ami_callback_originates_from_the_receptionists_phone(qtbot, asterisk, cleanup) -> None:  # type: ignore[no-untyped-def]
    asterisk.on_originate = lambda action: b"".join(
        [
            message(
                Event="OriginateResponse",
                ActionID=action["actionid"],
                Response="Success",
                Channel="PJSIP/101-00000009",
                Uniqueid="1795336200.9",
                CallerIDNum="+48228431200",
            ),
            message(
                Event="DialEnd",
                Channel="PJSIP/101-00000009",
                Uniqueid="1795336200.9",
                Linkedid="1795336200.9",
                DestChannel="PJSIP/trunk-0000000a",
                DialStatus="ANSWER",
            ),
        ]
    )
    source = ami(asterisk, originate_channel="PJSIP/101", originate_context="from-internal")
    cleanup.append(source)
    events = collect(source)
    source.start()
    qtbot.waitUntil(source.can_dial, timeout=TIMEOUT)
    assert source.dial("+48600111222", "+48228431200", "console-call")
    qtbot.waitUntil(lambda: len(events) == 1, timeout=TIMEOUT)
    originate = next(a for a in asterisk.actions if a["action"] == "Originate")
    assert originate["channel"] == "PJSIP/101" and originate["exten"] == "+48600111222"
    assert originate["context"] == "from-internal" and originate["callerid"] == "+48228431200"
    assert (events[0].kind, events[0].call_id, events[0].direction) == (
        EventKind.ANSWER,
        "console-call",
        Direction.OUTBOUND,
    )
    source.stop()
