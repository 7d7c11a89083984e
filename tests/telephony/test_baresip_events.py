"""baresip messages and the call state machine over them: real event texts, garbage, duplicates, disorder."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reception_console.domain.calls import Direction, EventKind, EventSource
from reception_console.telephony.baresip_calls import BaresipCallTracker
from reception_console.telephony.baresip_protocol import (
    BaresipEvent,
    BaresipMessageError,
    BaresipResponse,
    command,
    parse_message,
    uri_user,
)
from reception_console.telephony.lines import LineMap

LINES = LineMap.build([], {"sip:clinic-a@127.0.0.1": "+48228431200", "clinic-b": "+74956431020"})
NOW = datetime(2026, 11, 23, 9, 15, tzinfo=UTC)

# exactly what baresip 1.0.0 sent in the recipe's runs
INCOMING = (
    b'{"event":true,"type":"CALL_INCOMING","class":"call","accountaor":"sip:clinic-a@127.0.0.1",'
    b'"direction":"incoming","peeruri":"sip:+48600111222@127.0.0.1","peerdisplayname":"Jan Kowalski",'
    b'"id":"1-20627@127.0.0.1","param":"sip:+48600111222@127.0.0.1"}'
)


def event(kind: str, sip_id: str = "1-20627@127.0.0.1", account: str = "sip:clinic-a@127.0.0.1", **kw: str):
    return BaresipEvent(
        type=kind,
        event_class="call",
        call_id=sip_id,
        account=account,
        direction=kw.get("direction", "incoming"),
        peer_uri=kw.get("peer", "sip:+48600111222@127.0.0.1"),
        peer_name=kw.get("name", ""),
    )


def tracker() -> BaresipCallTracker:
    return BaresipCallTracker(LINES, clock=lambda: NOW)


def test_parses_a_real_incoming_event() -> None:
    message = parse_message(INCOMING)
    assert isinstance(message, BaresipEvent)
    assert message.type == "CALL_INCOMING" and message.account == "sip:clinic-a@127.0.0.1"
    assert message.peer_name == "Jan Kowalski" and message.call_id == "1-20627@127.0.0.1"


def test_parses_responses_and_builds_commands() -> None:
    response = parse_message(b'{"response":true,"ok":false,"data":"No such file or directory","token":"rc2"}')
    assert response == BaresipResponse(ok=False, data="No such file or directory", token="rc2")
    assert json.loads(command("uafind", "sip:clinic-b@127.0.0.1", "t1")) == {
        "command": "uafind",
        "params": "sip:clinic-b@127.0.0.1",
        "token": "t1",
    }


@pytest.mark.parametrize(
    "payload",
    [
        b"",
        b"not json",
        b"[1,2]",
        b'"text"',
        b'{"event":true}',
        b'{"response":true,"data":"x"}',
        b"\xff\xfe",
        b'{"event":true,"type":{"a":1}}',
        b'{"x":1}',
        b"[" * 5000,
    ],
)
def test_garbage_is_refused_with_a_reason(payload: bytes) -> None:
    with pytest.raises(BaresipMessageError):
        parse_message(payload)


@settings(max_examples=300)
@given(
    st.recursive(
        st.none() | st.booleans() | st.integers() | st.text(max_size=20),
        lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=6),
        max_leaves=20,
    )
)
def test_any_json_parses_or_is_refused_never_crashes(value: object) -> None:
    try:
        message = parse_message(json.dumps(value).encode())
    except BaresipMessageError:
        return
    assert isinstance(value, dict)  # only a JSON object can be a message
    assert isinstance(message, BaresipEvent | BaresipResponse)


def test_uri_user() -> None:
    assert uri_user("sip:+48600111222@127.0.0.1") == "+48600111222"
    assert uri_user('"Jan" <sip:+48600111222@10.0.0.1;transport=udp>') == "+48600111222"
    assert uri_user("tel:+441614960999") == "+441614960999"
    assert uri_user("") == ""


def test_ring_then_close_without_answer_is_a_ring_and_an_end() -> None:
    t = tracker()
    ring = t.on_event(event("CALL_INCOMING", name="Jan Kowalski"))
    assert [e.kind for e in ring] == [EventKind.RING]
    assert ring[0].line == "+48228431200" and ring[0].caller == "+48600111222"
    assert ring[0].caller_name == "Jan Kowalski" and ring[0].source is EventSource.SOFTPHONE
    end = t.on_event(event("CALL_CLOSED"))
    assert [e.kind for e in end] == [EventKind.END] and end[0].call_id == ring[0].call_id


def test_answered_call_and_stable_ids() -> None:
    t = tracker()
    ring = t.on_event(event("CALL_INCOMING"))
    answer = t.on_event(event("CALL_ESTABLISHED"))
    assert [e.kind for e in answer] == [EventKind.ANSWER]
    assert answer[0].call_id == ring[0].call_id == tracker().on_event(event("CALL_INCOMING"))[0].call_id


def test_auto_answer_account_rings_on_established() -> None:
    events = tracker().on_event(event("CALL_ESTABLISHED", "1-1@h", "sip:clinic-b@127.0.0.1"))
    assert [e.kind for e in events] == [EventKind.RING, EventKind.ANSWER]
    assert events[0].line == "+74956431020"  # found by the account's user part


def test_duplicates_late_and_unknown_events_change_nothing() -> None:
    t = tracker()
    t.on_event(event("CALL_INCOMING"))
    assert t.on_event(event("CALL_INCOMING")) == []
    t.on_event(event("CALL_ESTABLISHED"))
    assert t.on_event(event("CALL_ESTABLISHED")) == []
    t.on_event(event("CALL_CLOSED"))
    assert t.on_event(event("CALL_CLOSED")) == []
    assert t.on_event(event("CALL_INCOMING")) == []  # a replay of a closed call never rings it again
    assert t.on_event(event("CALL_CLOSED", "never-seen")) == []
    assert t.on_event(event("CALL_INCOMING", "")) == []
    assert t.on_event(BaresipEvent("REGISTER_OK", "register")) == []


def test_unknown_account_still_rings_on_an_unknown_line() -> None:
    ring = tracker().on_event(event("CALL_INCOMING", account="sip:front-desk@pbx"))
    assert ring[0].kind is EventKind.RING and ring[0].line == "front-desk"  # the desk leaves the clinic to choose


def test_shutdown_ends_every_open_call_once() -> None:
    t = tracker()
    t.on_event(event("CALL_INCOMING", "a"))
    t.on_event(event("CALL_INCOMING", "b"))
    t.on_event(event("CALL_ESTABLISHED", "b"))
    ends = t.on_event(BaresipEvent("SHUTDOWN", "application"))
    assert sorted(e.kind for e in ends) == [EventKind.END, EventKind.END]
    assert t.on_event(BaresipEvent("EXIT", "application")) == []
    assert t.on_event(event("CALL_CLOSED", "a")) == []


def test_outgoing_calls_are_followed_only_when_the_console_dialled_them() -> None:
    t = tracker()
    assert t.on_event(event("CALL_RINGING", "942", direction="outgoing")) == []
    t.expect_outgoing("sip:clinic-a@127.0.0.1", "console-call")
    assert t.on_event(event("CALL_RINGING", "943", direction="outgoing")) == []
    answer = t.on_event(event("CALL_ESTABLISHED", "943", direction="outgoing"))
    assert [(e.kind, e.call_id) for e in answer] == [(EventKind.ANSWER, "console-call")]
    end = t.on_event(event("CALL_CLOSED", "943", direction="outgoing"))
    assert end[0].direction is Direction.OUTBOUND and end[0].call_id == "console-call"


KINDS = ["CALL_INCOMING", "CALL_ESTABLISHED", "CALL_CLOSED", "CALL_RINGING", "CALL_PROGRESS", "SHUTDOWN"]


@settings(max_examples=300)
@given(
    st.lists(
        st.tuples(st.sampled_from(KINDS), st.sampled_from(["x", "y", "z"]), st.sampled_from(["incoming", "outgoing"])),
        max_size=40,
    )
)
def test_any_order_of_events_rings_each_call_at_most_once_and_ends_it_at_most_once(
    script: list[tuple[str, str, str]],
) -> None:
    t = tracker()
    out = []
    for kind, sip_id, direction in script:
        if kind == "SHUTDOWN":
            out += t.on_event(BaresipEvent("SHUTDOWN", "application"))
        else:
            out += t.on_event(event(kind, sip_id, direction=direction))
    for call_id in {e.call_id for e in out}:
        kinds = [e.kind for e in out if e.call_id == call_id]
        assert kinds.count(EventKind.RING) <= 1 and kinds.count(EventKind.END) <= 1
        assert kinds.count(EventKind.ANSWER) <= 1
        assert kinds[0] is EventKind.RING  # nothing is said about a call before its ring
        if EventKind.END in kinds:
            assert kinds[-1] is EventKind.END
