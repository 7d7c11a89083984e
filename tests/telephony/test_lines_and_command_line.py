"""Accounts and DIDs → clinic lines; `reception-console call …` arguments → events."""

from __future__ import annotations

import argparse
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reception_console.domain.calls import EventKind, EventSource
from reception_console.telephony.command_line import (
    CallCommandError,
    CommandLineEvents,
    add_call_arguments,
    canonical_argv,
)
from reception_console.telephony.lines import CachedLineMap, LineMap, account_keys

NOW = datetime(2026, 11, 23, 9, 15, tzinfo=UTC)
DB_LINES = [("+48228431200", "sip:clinic-a@127.0.0.1"), ("+48228431201", None), ("+74956431020", None)]


def test_account_keys_cover_the_ways_an_account_is_written() -> None:
    assert account_keys("sip:Clinic-A@127.0.0.1:5060;transport=udp") == [
        "clinic-a@127.0.0.1:5060",
        "clinic-a@127.0.0.1",
        "clinic-a",
    ]
    assert account_keys("+48228431200") == ["+48228431200", "48228431200"]


def test_database_accounts_win_config_fills_in_and_numbers_find_themselves() -> None:
    lines = LineMap.build(DB_LINES, {"clinic-a": "+74956431020", "clinic-b": "+74956431020"})
    assert lines.line_for("sip:clinic-a@127.0.0.1") == "+48228431200"
    assert lines.line_for("<sip:CLINIC-A@127.0.0.1>") == "+48228431200"
    assert lines.line_for("sip:clinic-b@pbx.local") == "+74956431020"
    assert lines.line_for("48228431201") == "+48228431201"  # a DID without its +
    assert lines.line_for("sip:nobody@pbx") is None
    assert lines.account_for("+48228431200") == "sip:clinic-a@127.0.0.1"
    assert lines.account_for("+48228431201") is None  # no account: dial on the phone's default one


def test_cached_map_reloads_when_old_and_when_asked_for_something_unknown() -> None:
    now = [0.0]
    loads = []
    data = {"clinic-a": "+48228431200"}

    def load() -> LineMap:
        loads.append(now[0])
        return LineMap.build([], dict(data))

    cached = CachedLineMap(load, max_age=60, retry_unknown_after=5, monotonic=lambda: now[0])
    assert cached.line_for("clinic-a") == "+48228431200" and len(loads) == 1
    data["clinic-b"] = "+74956431020"
    assert cached.line_for("clinic-b") is None and len(loads) == 1  # asked again too soon
    now[0] = 6
    assert cached.line_for("clinic-b") == "+74956431020" and len(loads) == 2


def test_cached_map_survives_a_failing_load() -> None:
    def load() -> LineMap:
        raise RuntimeError("database gone")

    assert CachedLineMap(load).line_for("clinic-a") is None


def sender_args(*argv: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser()
    add_call_arguments(parser)
    return parser.parse_args(list(argv))


def test_the_sender_makes_the_call_id_and_stamps_the_time() -> None:
    argv = canonical_argv(sender_args("ring", "--line", "+48228431200", "--caller", "600111222"), NOW)
    events = CommandLineEvents(clock=lambda: NOW + timedelta(seconds=2))
    ring = events.event(argv)
    assert ring.kind is EventKind.RING and ring.source is EventSource.COMMAND_LINE
    assert ring.call_id == argv[argv.index("--call-id") + 1] and ring.at == NOW
    assert ring.line == "+48228431200" and ring.caller == "600111222"


def test_answer_and_end_by_caller_when_the_phone_gives_no_id() -> None:
    events = CommandLineEvents(clock=lambda: NOW)
    ring = events.event(["call", "ring", "--line", "+48228431200", "--caller", "+48 600 111 222"])
    answer = events.event(["call", "answer", "--caller", "48600111222"])
    end = events.event(["call", "end", "--caller", "+48600111222"])
    assert (answer.kind, answer.call_id) == (EventKind.ANSWER, ring.call_id)
    assert (end.kind, end.call_id) == (EventKind.END, ring.call_id)
    with pytest.raises(CallCommandError):
        events.event(["call", "end", "--caller", "+48600111222"])  # that call is over


def test_line_may_be_a_phone_account() -> None:
    events = CommandLineEvents(LineMap.build(DB_LINES, {}), clock=lambda: NOW)
    assert events.event(["call", "ring", "--line", "clinic-a", "--caller", "1"]).line == "+48228431200"


@pytest.mark.parametrize(
    "argv",
    [
        [],
        ["demo", "load"],
        ["call"],
        ["call", "ring"],
        ["call", "ring", "--line", ""],
        ["call", "answer"],
        ["call", "hangup", "--call-id", "x"],
        ["call", "ring", "--help"],
        ["call", "end", "--caller", "+48999"],
    ],
)
def test_bad_arguments_are_refused_with_a_message_never_an_exit(argv: list[str]) -> None:
    with pytest.raises(CallCommandError):
        CommandLineEvents(clock=lambda: NOW).event(argv)


def test_times_from_the_future_or_long_ago_are_not_believed() -> None:
    events = CommandLineEvents(clock=lambda: NOW)
    for at in ((NOW + timedelta(hours=1)).isoformat(), "2001-01-01T00:00:00+00:00", "yesterday"):
        assert events.event(["call", "ring", "--line", "1", "--at", at]).at == NOW


@given(st.lists(st.text(max_size=30), max_size=12))
def test_any_argv_gives_an_event_or_a_refusal(argv: list[str]) -> None:
    try:
        event = CommandLineEvents(clock=lambda: NOW).event(["call", *argv])
    except CallCommandError:
        return
    assert event.call_id and event.at.tzinfo is not None and event.at <= NOW  # a usable event, never a future one
