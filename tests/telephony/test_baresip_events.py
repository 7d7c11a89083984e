"""baresip messages and the call state machine over them: real event texts, garbage, duplicates, disorder."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reception_console.domain.calls import Direction, EventKind, EventSource
from reception_console.telephony.baresip_calls import BaresipCallTracker
from reception_console.telephony.baresip_protocol import (
    BaresipEvent,
    BaresipMessageError,
    BaresipResponse,
    ListedCall,
    command,
    display_name,
    parse_listcalls,
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


KINDS = ["CALL_INCOMING", "CALL_ESTABLISHED", "CALL_CLOSED", "CALL_RINGING", "CALL_PROGRESS", "SHUTDOWN", "RECONNECT"]


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
        elif kind == "RECONNECT":  # baresip lists the calls from sip_id's account still there, or none
            for account in t.start_sync(NOW):
                t.sync_listing(account, listed("+48600111222") if direction == "incoming" else [])
            out += t.finish_sync()
        else:
            out += t.on_event(event(kind, sip_id, direction=direction))
    for call_id in {e.call_id for e in out}:
        kinds = [e.kind for e in out if e.call_id == call_id]
        assert kinds.count(EventKind.RING) <= 1 and kinds.count(EventKind.END) <= 1
        assert kinds.count(EventKind.ANSWER) <= 1
        assert kinds[0] is EventKind.RING  # nothing is said about a call before its ring
        if EventKind.END in kinds:
            assert kinds[-1] is EventKind.END


# exactly what baresip 1.0.0 answered to `listcalls` (after `uafind sip:clinic-b@127.0.0.1`)
LISTING = (
    "\n--- Active calls (2) ---\n"
    "  [line 1]  0:00:00   INCOMING             sip:+48600111444@127.0.0.1\n"
    "> [line 2]  0:00:00   INCOMING             sip:+48600111333@127.0.0.1\n\n"
)


def test_parses_baresips_call_list() -> None:
    assert parse_listcalls(LISTING) == [
        ListedCall("sip:+48600111444@127.0.0.1", "INCOMING", timedelta(0)),
        ListedCall("sip:+48600111333@127.0.0.1", "INCOMING", timedelta(0)),
    ]
    assert parse_listcalls("\n--- Active calls (0) ---\n\n") == []
    established = "\n--- Active calls (1) ---\n> [line 1]  1:02:03   ESTABLISHED          sip:+1@h\n\n"
    assert parse_listcalls(established)[0].duration == timedelta(hours=1, minutes=2, seconds=3)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "ua: sip:clinic-b@127.0.0.1\n",
        "call not found (id=x)\n",
        "\n--- Active calls (2) ---\n> [line 1]  0:00:00  X  y\n",  # one call listed of two
    ],
)
def test_a_reply_that_is_no_call_list_is_never_taken_for_no_calls(text: str) -> None:
    with pytest.raises(BaresipMessageError):
        parse_listcalls(text)


def test_sip_display_names_lose_their_escapes() -> None:
    assert display_name('Jan \\"Kowal\\"') == 'Jan "Kowal"'  # as baresip passed it on
    assert display_name('"Anna \\\\ Nowak"') == "Anna \\ Nowak"
    assert display_name(" Jan Kowalski ") == "Jan Kowalski"
    ring = tracker().on_event(event("CALL_INCOMING", name='Jan \\"Kowal\\"'))
    assert ring[0].caller_name == 'Jan "Kowal"'


def listed(*peers: str, state: str = "INCOMING", seconds: int = 0) -> list[ListedCall]:
    return [ListedCall(f"sip:{p}@127.0.0.1", state, timedelta(seconds=seconds)) for p in peers]


def test_sync_ends_what_baresip_no_longer_lists_at_the_time_the_link_was_lost() -> None:
    now = [NOW]
    t = BaresipCallTracker(LINES, clock=lambda: now[0])
    a1 = t.on_event(event("CALL_INCOMING", "a1", peer="sip:+48600111222@127.0.0.1"))[0]
    a2 = t.on_event(event("CALL_INCOMING", "a2", peer="sip:+48600111333@127.0.0.1"))[0]
    b1 = t.on_event(event("CALL_INCOMING", "b1", "sip:clinic-b@127.0.0.1", peer="sip:+79161234567@127.0.0.1"))[0]
    c1 = t.on_event(event("CALL_INCOMING", "c1", "sip:clinic-c@127.0.0.1", peer="sip:+441614960999@127.0.0.1"))[0]
    lost_at = NOW + timedelta(seconds=5)
    now[0] = NOW + timedelta(seconds=40)
    assert t.start_sync(lost_at) == ["sip:clinic-a@127.0.0.1", "sip:clinic-b@127.0.0.1", "sip:clinic-c@127.0.0.1"]
    t.sync_listing("sip:clinic-a@127.0.0.1", listed("+48600111333"))
    t.sync_listing("sip:clinic-b@127.0.0.1", listed("+79161234567", state="ESTABLISHED", seconds=12))
    # clinic-c: its listing never came (unreadable): its call is left alone
    late = t.on_event(event("CALL_INCOMING", "a3", peer="sip:+48600111444@127.0.0.1"))[0]  # rang during the sync
    out = t.finish_sync()
    assert {(e.call_id, e.kind, e.at) for e in out} == {
        (a1.call_id, EventKind.END, lost_at),
        (b1.call_id, EventKind.ANSWER, now[0] - timedelta(seconds=12)),
    }
    assert t.is_ringing(a2.call_id) and t.is_ringing(c1.call_id) and t.is_ringing(late.call_id)
    assert t.on_event(event("CALL_CLOSED", "a1")) == []  # a late word about it changes nothing
    assert t.finish_sync() == []


def test_sync_ends_the_calls_of_an_account_baresip_no_longer_has_and_only_as_many_as_it_lists() -> None:
    t = tracker()
    twice = [t.on_event(event("CALL_INCOMING", f"x{i}", peer="sip:+48600111222@127.0.0.1"))[0] for i in (1, 2)]
    gone = t.on_event(event("CALL_INCOMING", "y", "sip:clinic-b@127.0.0.1"))[0]
    lost_at = NOW - timedelta(seconds=1)
    t.start_sync(lost_at)
    t.sync_listing("sip:clinic-a@127.0.0.1", listed("+48600111222"))  # one of the two calls from that number
    t.sync_listing("sip:clinic-b@127.0.0.1", None)
    out = t.finish_sync()
    assert sorted(e.kind for e in out) == [EventKind.END, EventKind.END] and {e.at for e in out} == {lost_at}
    assert gone.call_id in {e.call_id for e in out}
    assert sum(t.is_ringing(c.call_id) for c in twice) == 1


def test_phone_gone_stamps_the_time_it_is_given() -> None:
    t = tracker()
    t.on_event(event("CALL_INCOMING"))
    lost_at = NOW - timedelta(seconds=3)
    assert [e.at for e in t.phone_gone(lost_at)] == [lost_at]
