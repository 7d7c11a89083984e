"""Asterisk Manager Interface events → call events. Pure state machine: no sockets, no Qt.

Per the Asterisk AMI event documentation (Asterisk 12 and later; the same in 16–20):
    Newchannel   a channel is created; for the caller's channel (Uniqueid == Linkedid) `Exten` is the number
                 dialled — the DID — and CallerIDNum/CallerIDName the caller
    DialBegin    "raised when a dial action has started": `DestChannel` is the phone being rung. A ring when
                 that phone is one of the receptionist's interfaces (e.g. PJSIP/101, or the queue member
                 interface such as Local/101@from-queue); app_queue raises DialBegin for each member it rings
    DialEnd      "raised when a dial action has completed": `DialStatus: ANSWER` is the answer
    BridgeEnter  the answered phone joins the caller's bridge: also taken as the answer (pickups, transfers)
    Hangup       for the caller's own channel (Uniqueid == Linkedid): the end of the call
Linkedid ("Uniqueid of the oldest channel associated with this channel") ties the channels of one call together
and names the call. `Timestamp` (manager.conf `timestampevents = yes`) gives the event's own time when present.
Garbage, duplicates and events out of order are logged and dropped.
"""

from __future__ import annotations

import logging
import re
from collections import OrderedDict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime

from ..domain.calls import CallEvent, Direction, EventKind, EventSource, utcnow
from ..domain.phones import WITHHELD
from .ami_protocol import Message
from .ids import stable_call_id
from .lines import LineResolver

log = logging.getLogger(__name__)
REMEMBER = 2048  # channels' origins and closed calls remembered
NO_NUMBER = WITHHELD | {"", "s"}


def interface_of(channel: str) -> str:
    """`PJSIP/101-0000000a` → `pjsip/101`; `Local/101@from-queue-00000012;1` → `local/101@from-queue`."""
    name = re.sub(r";\d+$", "", channel.strip())
    name = re.sub(r"-[0-9a-fA-F]+$", "", name)
    return name.lower()


@dataclass
class _Origin:
    did: str
    caller: str
    caller_name: str


@dataclass
class _Call:
    call_id: str
    direction: Direction
    answered: bool = False
    phones: set[str] = field(default_factory=set)


def _bounded_set(od: OrderedDict[str, object], key: str, value: object) -> None:
    od[key] = value
    od.move_to_end(key)
    while len(od) > REMEMBER:
        od.popitem(last=False)


class AmiCallTracker:
    def __init__(
        self,
        lines: LineResolver,
        interfaces: Iterable[str],
        *,
        server: str = "",
        clock: Callable[[], datetime] = utcnow,
    ) -> None:
        self._lines = lines
        self._interfaces = {interface_of(i) for i in interfaces if i.strip()}
        self._server = server
        self._clock = clock
        self._origins: OrderedDict[str, object] = OrderedDict()  # linkedid → _Origin
        self._calls: dict[str, _Call] = {}  # by linkedid
        self._closed: OrderedDict[str, object] = OrderedDict()
        self._originating: dict[str, str] = {}  # our ActionID → console call id
        self._sync_id: str | None = None
        self._sync_lost_at: datetime | None = None
        self._sync_open: set[str] = set()  # calls open when the sync began: only these can have ended unseen
        self._sync_seen: set[str] = set()

    # --- questions and requests from the adapter --------------------------------------------------------

    def expect_originate(self, action_id: str, call_id: str) -> None:
        """An Originate was sent for the console's callback `call_id`; its OriginateResponse links them."""
        self._originating[action_id] = call_id

    def start_sync(self, action_id: str, lost_at: datetime | None = None) -> None:
        """A CoreShowChannels was sent after (re)connecting: calls not listed ended while we were away, at
        `lost_at` (when the link was lost) as far as anyone can tell."""
        self._sync_id = action_id
        self._sync_lost_at = lost_at
        self._sync_open = set(self._calls)
        self._sync_seen = set()

    @property
    def syncing(self) -> bool:
        return self._sync_id is not None

    def open_calls(self) -> list[str]:
        return [c.call_id for c in self._calls.values()]

    # --- events -------------------------------------------------------------------------------------------

    def on_message(self, message: Message) -> list[CallEvent]:
        kind = message.get("event", "").lower()
        handler = {
            "newchannel": self._newchannel,
            "dialbegin": self._dialbegin,
            "dialend": self._dialend,
            "bridgeenter": self._bridgeenter,
            "hangup": self._hangup,
            "originateresponse": self._originateresponse,
            "coreshowchannel": self._coreshowchannel,
            "coreshowchannelscomplete": self._coreshowchannelscomplete,
        }.get(kind)
        if handler is None:
            return []
        try:
            return handler(message)
        except (KeyError, ValueError) as error:
            log.warning("AMI %s event ignored: %s", kind, error)
            return []

    def _at(self, message: Message) -> datetime:
        stamp = message.get("timestamp")
        if stamp:
            try:
                return datetime.fromtimestamp(float(stamp), UTC)
            except (ValueError, OverflowError, OSError):
                pass
        return self._clock()

    def _id(self, linkedid: str) -> str:
        return stable_call_id("ami", f"{self._server}\x00{linkedid}")

    def _watched(self, channel: str) -> bool:
        return not self._interfaces or interface_of(channel) in self._interfaces

    def _newchannel(self, m: Message) -> list[CallEvent]:
        uniqueid, linkedid = m["uniqueid"], m.get("linkedid", m["uniqueid"])
        if uniqueid == linkedid and linkedid not in self._origins:
            _bounded_set(
                self._origins,
                linkedid,
                _Origin(m.get("exten", ""), m.get("calleridnum", ""), m.get("calleridname", "")),
            )
        return []

    def _dialbegin(self, m: Message) -> list[CallEvent]:
        linkedid = m["linkedid"]
        dest = m["destchannel"]
        if linkedid in self._closed:
            log.info("AMI DialBegin for ended call %s ignored", linkedid)
            return []
        call = self._calls.get(linkedid)
        if call is not None:
            if self._watched(dest):
                call.phones.add(interface_of(dest))
            return []
        if not self._watched(dest):
            return []
        origin = self._origins.get(linkedid)
        did = origin.did if isinstance(origin, _Origin) and origin.did.lower() not in NO_NUMBER else ""
        if not did and m.get("exten", "").lower() not in NO_NUMBER:
            did = m["exten"]
        caller = m.get("calleridnum", "") or (origin.caller if isinstance(origin, _Origin) else "")
        name = m.get("calleridname", "") or (origin.caller_name if isinstance(origin, _Origin) else "")
        call = _Call(self._id(linkedid), Direction.INBOUND, phones={interface_of(dest)})
        self._calls[linkedid] = call
        line = (self._lines.line_for(did) or did) if did else None
        if did and self._lines.line_for(did) is None:
            log.info("DID %r is in no line mapping; the console looks it up as a phone number", did)
        return [
            CallEvent(
                EventKind.RING,
                call.call_id,
                self._at(m),
                EventSource.PBX,
                line=line,
                caller=None if caller.lower() in NO_NUMBER else caller,
                caller_name=None if name.lower() in NO_NUMBER else name,
            )
        ]

    def _answer(self, linkedid: str, m: Message) -> list[CallEvent]:
        call = self._calls.get(linkedid)
        if call is None or call.answered:
            return []
        call.answered = True
        return [CallEvent(EventKind.ANSWER, call.call_id, self._at(m), EventSource.PBX, direction=call.direction)]

    def _dialend(self, m: Message) -> list[CallEvent]:
        if m.get("dialstatus", "").upper() != "ANSWER":
            return []
        return self._answer(m["linkedid"], m)

    def _bridgeenter(self, m: Message) -> list[CallEvent]:
        linkedid = m.get("linkedid", "")
        call = self._calls.get(linkedid)
        if call is None or interface_of(m.get("channel", "")) not in call.phones:
            return []
        return self._answer(linkedid, m)

    def _hangup(self, m: Message) -> list[CallEvent]:
        uniqueid, linkedid = m["uniqueid"], m.get("linkedid", m["uniqueid"])
        if uniqueid != linkedid:
            return []  # a phone that was rung, or a second leg: the call goes on
        self._origins.pop(linkedid, None)
        _bounded_set(self._closed, linkedid, None)
        return self._end(linkedid, self._at(m))

    def _end(self, linkedid: str, at: datetime) -> list[CallEvent]:
        call = self._calls.pop(linkedid, None)
        if call is None:
            return []
        return [CallEvent(EventKind.END, call.call_id, at, EventSource.PBX, direction=call.direction)]

    def _originateresponse(self, m: Message) -> list[CallEvent]:
        call_id = self._originating.pop(m.get("actionid", ""), None)
        if call_id is None:
            return []
        if m.get("response", "").lower() != "success":
            log.warning("callback could not be placed by the PBX: %s", m.get("reason", "no reason given"))
            return []
        linkedid = m.get("linkedid") or m["uniqueid"]
        self._calls[linkedid] = _Call(call_id, Direction.OUTBOUND)
        return []

    def _coreshowchannel(self, m: Message) -> list[CallEvent]:
        if self._sync_id is not None and m.get("actionid") == self._sync_id:
            self._sync_seen.add(m.get("linkedid") or m.get("uniqueid", ""))
        return []

    def _coreshowchannelscomplete(self, m: Message) -> list[CallEvent]:
        if self._sync_id is None or m.get("actionid") != self._sync_id:
            return []
        self._sync_id = None
        gone = [linkedid for linkedid in self._sync_open if linkedid in self._calls and linkedid not in self._sync_seen]
        events: list[CallEvent] = []
        for linkedid in gone:
            _bounded_set(self._closed, linkedid, None)
            events += self._end(linkedid, self._sync_lost_at or self._clock())
        if events:
            log.warning("%d call(s) ended while the PBX link was down", len(events))
        return events
