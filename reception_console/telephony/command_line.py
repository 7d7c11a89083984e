"""`reception-console call ring|answer|end …`: call events from a softphone's "run a program" setting.

The same argument definitions serve the command that sends (commands/call.py) and the console that receives
(over the single-instance socket), so both sides agree on every option. Pure: no Qt, no sockets.

    call ring   --line NUMBER --caller NUMBER [--name TEXT] [--call-id ID]
    call answer (--call-id ID | --caller NUMBER)
    call end    (--call-id ID | --caller NUMBER)
Softphones that pass no call id (MicroSIP, Twinkle) name the call by the caller's number: answer and end then
apply to the latest unfinished call from that number that was rung from the command line.
"""

from __future__ import annotations

import argparse
import logging
import re
from collections import OrderedDict
from collections.abc import Callable
from datetime import UTC, datetime

from ..domain.calls import CallEvent, EventKind, EventSource, new_call_id, utcnow
from ..domain.privacy import mask_number, mask_numbers
from .lines import LineResolver

log = logging.getLogger(__name__)
MAX_TEXT = 200
REMEMBER = 256


class CallCommandError(ValueError):
    """The arguments do not make a call event; the message says what is wrong."""


def add_call_arguments(parser: argparse.ArgumentParser) -> None:
    """The `ring`, `answer` and `end` subcommands, on the `call` parser."""
    actions = parser.add_subparsers(dest="event", required=True, metavar="ring|answer|end")
    ring = actions.add_parser("ring", help="a call is ringing: show its clinic's card")
    ring.add_argument("--line", required=True, help="the number (or phone account) that was dialled")
    ring.add_argument("--caller", default="", help="the caller's number (empty when withheld)")
    ring.add_argument("--name", default="", help="the caller's name, when the phone knows it")
    ring.add_argument("--call-id", default="", help="the phone's id for the call (made up when not given)")
    for kind, text in (("answer", "the call was answered"), ("end", "the call ended")):
        sub = actions.add_parser(kind, help=text)
        sub.add_argument("--call-id", default="", help="the id given (or printed) at ring")
        sub.add_argument("--caller", default="", help="or: the caller's number, when the phone gives no id")
    for sub in actions.choices.values():
        sub.add_argument("--at", default="", help=argparse.SUPPRESS)  # when it happened, set by the sender


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):  # type: ignore[no-untyped-def]  # never exit the console on bad input
        raise CallCommandError(message)


def call_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="reception-console call", add_help=False)
    add_call_arguments(parser)  # subcommand parsers take the class of their parent: they raise too
    return parser


def _clean(text: str) -> str:
    return re.sub(r"[\x00-\x1f\x7f]", "", text).strip()[:MAX_TEXT]


def canonical_argv(args: argparse.Namespace, now: datetime) -> list[str]:
    """The sender's arguments, completed: a call id made at ring (where the call is first seen) and the time."""
    argv = ["call", args.event]
    if args.event == "ring":
        argv += ["--line", _clean(args.line), "--caller", _clean(args.caller), "--name", _clean(args.name)]
        argv += ["--call-id", _clean(args.call_id) or new_call_id()]
    else:
        if not _clean(args.call_id) and not _clean(args.caller):
            raise CallCommandError(f"call {args.event} needs --call-id or --caller")
        argv += ["--call-id", _clean(args.call_id), "--caller", _clean(args.caller)]
    return [*argv, "--at", (args.at or now.isoformat())]


def _shown(argv: list[str]) -> str:
    """The arguments as they may be shown and logged: a caller's name left out, numbers masked."""
    shown = [("..." if i and argv[i - 1] == "--name" else arg) for i, arg in enumerate(argv)]
    return mask_numbers(" ".join(a for a in shown if not a.startswith("--name="))[:100])


def _digits(number: str) -> str:
    return re.sub(r"\D", "", number)


class CommandLineEvents:
    """argv lists received from `reception-console call …` → call events (source: command line)."""

    def __init__(self, lines: LineResolver | None = None, clock: Callable[[], datetime] = utcnow) -> None:
        self._lines = lines
        self._clock = clock
        self._parser = call_parser()
        self._by_caller: OrderedDict[str, str] = OrderedDict()  # caller digits → latest call id rung

    def event(self, argv: list[str]) -> CallEvent:
        """Raises CallCommandError for arguments that make no event."""
        if not argv or argv[0] != "call":
            raise CallCommandError(f"not a call event: {_shown(argv)!r}")
        try:
            args = self._parser.parse_args(argv[1:])
        except SystemExit:  # --help and friends: argparse prints and exits; the console must not
            raise CallCommandError(f"not a call event: {_shown(argv)!r}") from None
        at = self._time(args.at)
        call_id = _clean(args.call_id)
        caller = _clean(args.caller)
        if args.event == "ring":
            line = _clean(args.line)
            if not line:
                raise CallCommandError("call ring needs --line")
            call_id = call_id or new_call_id()
            if _digits(caller):
                self._by_caller[_digits(caller)] = call_id
                self._by_caller.move_to_end(_digits(caller))
                while len(self._by_caller) > REMEMBER:
                    self._by_caller.popitem(last=False)
            mapped = self._lines.line_for(line) if self._lines else None
            return CallEvent(
                EventKind.RING,
                call_id,
                at,
                EventSource.COMMAND_LINE,
                line=mapped or line,
                caller=caller or None,
                caller_name=_clean(args.name) or None,
            )
        if not call_id:
            call_id = self._by_caller.get(_digits(caller), "") if _digits(caller) else ""
            if not call_id:
                raise CallCommandError(
                    f"call {args.event}: no call from {mask_number(caller)} was rung from the command line"
                )
        if args.event == "end":
            self._by_caller = OrderedDict((k, v) for k, v in self._by_caller.items() if v != call_id)
        kind = EventKind.ANSWER if args.event == "answer" else EventKind.END
        return CallEvent(kind, call_id, at, EventSource.COMMAND_LINE)

    def _time(self, text: str) -> datetime:
        """The sender's time when it is sane (never in the future, at most a day old); else now."""
        now = self._clock()
        if not text:
            return now
        try:
            at = datetime.fromisoformat(text)
        except ValueError:
            return now
        if at.tzinfo is None:
            at = at.replace(tzinfo=UTC)
        at = at.astimezone(UTC)
        return at if now.timestamp() - 86400 <= at.timestamp() <= now.timestamp() else now
