"""The AMI wire format and the call state machine over realistic Asterisk event sequences."""

from __future__ import annotations

from datetime import UTC, datetime

from hypothesis import given, settings
from hypothesis import strategies as st

from reception_console.domain.calls import Direction, EventKind, EventSource
from reception_console.telephony.ami_calls import AmiCallTracker, interface_of
from reception_console.telephony.ami_protocol import AmiDecoder, encode_action
from reception_console.telephony.lines import LineMap
from tests.telephony.ami_scripts import BANNER, event, inbound_call, message, queue_call

NOW = datetime(2026, 11, 23, 9, 15, tzinfo=UTC)
LINES = LineMap.build([("+48228431200", None), ("+74956431020", None)], {"2284312": "+48228431200"})


def run(stream: list[bytes], interfaces=("PJSIP/101",), chunk: int = 0):  # type: ignore[no-untyped-def]
    decoder = AmiDecoder()
    tracker = AmiCallTracker(LINES, interfaces, server="pbx:5038", clock=lambda: NOW)
    data = BANNER + b"".join(stream)
    pieces = [data[i : i + chunk] for i in range(0, len(data), chunk)] if chunk else [data]
    out = []
    for piece in pieces:
        for msg in decoder.feed(piece):
            out += tracker.on_message(msg)
    return out, decoder, tracker


def test_decoder_reads_the_banner_and_messages_in_any_chunking() -> None:
    stream = inbound_call("1795336000.100", did="48228431200", caller="+48600111222", answered=True)
    whole, decoder, _ = run(stream)
    assert decoder.banner == "Asterisk Call Manager/7.0.3"
    for chunk in (1, 7, 100):
        assert run(stream, chunk=chunk)[0] == whole


def test_answered_call_on_the_receptionists_phone() -> None:
    stream = inbound_call(
        "1795336000.100", did="48228431200", caller="+48600111222", name="Jan Kowalski", answered=True
    )
    events, _, _ = run(stream)
    assert [e.kind for e in events] == [EventKind.RING, EventKind.ANSWER, EventKind.END]
    ring, answer, _end = events
    assert ring.source is EventSource.PBX and ring.line == "+48228431200" and ring.caller == "+48600111222"
    assert ring.caller_name == "Jan Kowalski"
    assert ring.at == datetime.fromtimestamp(1795336000.01, UTC)  # the PBX's own time, not ours
    assert (answer.at - ring.at).total_seconds() == 3.99
    assert {e.call_id for e in events} == {ring.call_id}


def test_abandoned_call_rings_and_ends_without_answer() -> None:
    events, _, _ = run(inbound_call("1795336000.200", did="2284312", caller="600111222", answered=False))
    assert [e.kind for e in events] == [EventKind.RING, EventKind.END]
    assert events[0].line == "+48228431200"  # mapped in config
    assert events[0].caller_name is None  # "<unknown>" is no name


def test_calls_to_other_phones_are_not_ours() -> None:
    stream = inbound_call("1795336000.300", did="48228431200", caller="1", phone="PJSIP/102", answered=True)
    assert run(stream)[0] == []
    assert [e.kind for e in run(stream, interfaces=())[0]] == [EventKind.RING, EventKind.ANSWER, EventKind.END]


def test_queue_rings_the_member_interface_and_answer_by_a_colleague_counts_for_the_call() -> None:
    stream = queue_call(
        "1795336100.400",
        did="74956431020",
        caller="+79161234567",
        members=["Local/101@from-queue", "Local/102@from-queue"],
        answered_by="Local/102@from-queue",
    )
    events, _, _ = run(stream, interfaces=["Local/101@from-queue"])
    assert [e.kind for e in events] == [EventKind.RING, EventKind.ANSWER, EventKind.END]
    assert events[0].line == "+74956431020"


def test_abandoned_queue_call() -> None:
    stream = queue_call(
        "1795336100.500", did="74956431020", caller="+79161234567", members=["Local/101@from-queue"], answered_by=None
    )
    assert [e.kind for e in run(stream, interfaces=["Local/101@from-queue"])[0]] == [EventKind.RING, EventKind.END]


def test_duplicates_and_late_events_change_nothing() -> None:
    stream = inbound_call("1795336000.600", did="48228431200", caller="1", answered=True)
    events, _, _ = run(stream + stream)  # the whole call replayed after it ended
    assert [e.kind for e in events] == [EventKind.RING, EventKind.ANSWER, EventKind.END]


def test_out_of_order_hangup_first_then_the_rest() -> None:
    stream = inbound_call("1795336000.700", did="48228431200", caller="1", answered=False)
    hangup = stream[-1]
    events, _, _ = run([hangup, *stream[:-1]])
    assert events == []  # the call was over before we heard of it: nothing rings forever


def test_reconnect_sync_ends_calls_that_ended_while_away() -> None:
    stream = inbound_call("1795336000.800", did="48228431200", caller="1", answered=False)[:4]  # ringing
    events, decoder, tracker = run(stream)
    assert [e.kind for e in events] == [EventKind.RING]
    lost_at = datetime(2026, 11, 23, 9, 14, 30, tzinfo=UTC)  # the link went down then; the clock says 9:15 now
    tracker.start_sync("sync-1", lost_at)
    assert tracker.syncing
    listed = message(Event="CoreShowChannel", ActionID="sync-1", Channel="PJSIP/9-1", Uniqueid="9.1", Linkedid="9.1")
    done = message(Event="CoreShowChannelsComplete", ActionID="sync-1", EventList="Complete", ListItems="1")
    out = [e for m in decoder.feed(listed + done) for e in tracker.on_message(m)]
    assert [(e.kind, e.call_id, e.at) for e in out] == [(EventKind.END, events[0].call_id, lost_at)]
    assert not tracker.syncing


def test_a_call_that_rings_while_the_sync_runs_is_not_taken_for_ended() -> None:
    _events, decoder, tracker = run([])
    tracker.start_sync("sync-2")
    ring = [
        e
        for m in decoder.feed(
            b"".join(inbound_call("1795336000.900", did="48228431200", caller="1", answered=False)[:4])
        )
        for e in tracker.on_message(m)
    ]
    done = message(Event="CoreShowChannelsComplete", ActionID="sync-2", EventList="Complete", ListItems="0")
    assert [e.kind for e in ring] == [EventKind.RING]
    assert [e for m in decoder.feed(done) for e in tracker.on_message(m)] == []


def test_originate_links_the_callback_and_follows_its_answer() -> None:
    tracker = AmiCallTracker(LINES, ["PJSIP/101"], clock=lambda: NOW)
    decoder = AmiDecoder()
    tracker.expect_originate("rc-callback-7", "console-call")
    feed = b"".join(
        [
            message(
                Event="OriginateResponse",
                ActionID="rc-callback-7",
                Response="Success",
                Channel="PJSIP/101-0001",
                Context="from-internal",
                Exten="600111222",
                Reason="4",
                Uniqueid="5.1",
                CallerIDNum="101",
            ),
            event(
                "DialEnd",
                {"Channel": "PJSIP/101-0001", "Uniqueid": "5.1", "Linkedid": "5.1"},
                {"DestChannel": "PJSIP/trunk-0002", "DestUniqueid": "5.2", "DestLinkedid": "5.1"},
                DialStatus="ANSWER",
            ),
            event("Hangup", {"Channel": "PJSIP/101-0001", "Uniqueid": "5.1", "Linkedid": "5.1"}),
        ]
    )
    out = [e for m in decoder.feed(feed) for e in tracker.on_message(m)]
    assert [(e.kind, e.call_id, e.direction) for e in out] == [
        (EventKind.ANSWER, "console-call", Direction.OUTBOUND),
        (EventKind.END, "console-call", Direction.OUTBOUND),
    ]


def test_garbage_lines_and_fields_are_skipped() -> None:
    errors: list[str] = []
    decoder = AmiDecoder(errors.append)
    got = decoder.feed(b"Asterisk Call Manager/5.0\r\nthis is not a field\r\nEvent: Hangup\r\n\r\n\r\n\r\n")
    assert got == [{"event": "Hangup"}] and errors
    tracker = AmiCallTracker(LINES, [], clock=lambda: NOW)
    assert tracker.on_message({"event": "DialBegin"}) == []  # fields missing: logged, ignored
    assert tracker.on_message({"event": "Hangup", "uniqueid": "1"}) == []


def test_actions_cannot_be_injected_through_values() -> None:
    action = encode_action("Originate", Exten="123\r\nAction: Command\r\nCommand: core stop now")
    assert action.count(b"\r\nAction:") == 0 and action.endswith(b"\r\n\r\n")


def test_interface_names() -> None:
    assert interface_of("PJSIP/101-0000000a") == "pjsip/101"
    assert interface_of("Local/101@from-queue-00000012;1") == "local/101@from-queue"
    assert interface_of("SIP/trunk-plus-0000001f") == "sip/trunk-plus"


@settings(max_examples=300)
@given(st.binary(max_size=3000), st.integers(min_value=1, max_value=300))
def test_any_bytes_never_crash_the_decoder(data: bytes, chunk: int) -> None:
    decoder = AmiDecoder()
    for i in range(0, len(data), chunk):
        for decoded in decoder.feed(data[i : i + chunk]):
            # whatever arrives, what comes out is plain key/value text with lower-case keys
            assert all(isinstance(k, str) and isinstance(v, str) and k == k.lower() for k, v in decoded.items())


EVENT_NAMES = [
    "Newchannel",
    "DialBegin",
    "DialEnd",
    "BridgeEnter",
    "Hangup",
    "OriginateResponse",
    "CoreShowChannelsComplete",
    "Newstate",
    "Bogus",
]
FIELD_VALUES = st.sampled_from(
    ["1.1", "1.2", "2.1", "PJSIP/101-0001", "PJSIP/102-0002", "ANSWER", "CANCEL", "", "48228431200", "<unknown>", "x"]
)


@settings(max_examples=400)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(EVENT_NAMES),
            st.dictionaries(
                st.sampled_from(
                    [
                        "uniqueid",
                        "linkedid",
                        "destchannel",
                        "channel",
                        "dialstatus",
                        "exten",
                        "calleridnum",
                        "actionid",
                        "response",
                        "timestamp",
                    ]
                ),
                FIELD_VALUES,
                max_size=8,
            ),
        ),
        max_size=40,
    )
)
def test_any_event_sequence_rings_each_call_at_most_once(script: list[tuple[str, dict[str, str]]]) -> None:
    tracker = AmiCallTracker(LINES, ["PJSIP/101"], clock=lambda: NOW)
    out = []
    for name, fields in script:
        out += tracker.on_message({"event": name, **fields})
    for call_id in {e.call_id for e in out}:
        kinds = [e.kind for e in out if e.call_id == call_id]
        assert kinds.count(EventKind.RING) <= 1 and kinds.count(EventKind.ANSWER) <= 1
        assert kinds.count(EventKind.END) <= 1
        assert kinds[0] is EventKind.RING
