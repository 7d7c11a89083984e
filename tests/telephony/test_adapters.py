"""The baresip and AMI adapters over real loopback sockets, against scripted peers: connection state, bad bytes,
drops and restarts, answering and dialling."""

from __future__ import annotations

import json

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
    return AmiSource("127.0.0.1", peer.port, "console", secret, LINES, ["PJSIP/101"], backoff=fast(), **kw)


def test_ami_logs_in_follows_a_call_and_survives_a_drop(qtbot, asterisk, cleanup) -> None:  # type: ignore[no-untyped-def]
    source = ami(asterisk)
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
    asterisk.drop()  # the link drops; the caller hangs up meanwhile, so the PBX no longer lists the call
    qtbot.waitUntil(lambda: len(asterisk.actions) >= 4, timeout=TIMEOUT)  # logged in again and synced
    qtbot.waitUntil(lambda: len(events) == 2, timeout=TIMEOUT)
    assert events[1].kind is EventKind.END and events[1].call_id == events[0].call_id
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
