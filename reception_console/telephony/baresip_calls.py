"""baresip events → call events. Pure state machine: no sockets, no Qt; the clock is handed in.

    CALL_INCOMING                         → ring   (auto-answer accounts send none: ESTABLISHED rings first)
    CALL_ESTABLISHED                      → answer
    CALL_CLOSED                           → end    (incoming then closed without established = a missed call)
    SHUTDOWN / EXIT, or baresip gone      → end for every call still open (the softphone cannot carry them on)
    after a reconnection                  → `listcalls` per account: a call baresip no longer lists ended when the
                                            link was lost; one it lists as ESTABLISHED was answered meanwhile
Duplicates, events for calls already closed, and events for calls never seen are logged and dropped, so a
replayed stream can never ring a call twice. Outgoing calls are followed only when the console dialled them
(a callback): their answer and end then move the console's outbound call.
"""

from __future__ import annotations

import logging
from collections import Counter, OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from ..domain.calls import CallEvent, Direction, EventKind, EventSource, utcnow
from .baresip_protocol import BaresipEvent, ListedCall, display_name, uri_user
from .ids import stable_call_id
from .lines import LineResolver

log = logging.getLogger(__name__)
REMEMBER_CLOSED = 512  # closed calls remembered, to drop late and repeated events


@dataclass
class _Tracked:
    call_id: str
    sip_id: str
    account: str
    direction: Direction
    peer_uri: str = ""
    answered: bool = False


@dataclass
class _Sync:
    """A reconnection's question to baresip: which of the calls open when it began does it still have?"""

    lost_at: datetime
    open: set[str]  # SIP ids of the calls open when the sync began: only these can have ended unseen
    listings: dict[str, list[ListedCall] | None] = field(default_factory=dict)  # account → its calls; None: gone


class BaresipCallTracker:
    def __init__(self, lines: LineResolver, clock: Callable[[], datetime] = utcnow) -> None:
        self._lines = lines
        self._clock = clock
        self._open: dict[str, _Tracked] = {}  # by baresip/SIP call id
        self._closed: OrderedDict[str, None] = OrderedDict()
        self._dialled: dict[str, str] = {}  # account key → console call id awaiting its outgoing call
        self._unknown_accounts: set[str] = set()
        self._sync: _Sync | None = None

    # --- questions from the adapter ---------------------------------------------------------------------

    def sip_call(self, call_id: str) -> tuple[str, str] | None:
        """(SIP call id, account AOR) of an open call, for answering it on the phone."""
        tracked = next((t for t in self._open.values() if t.call_id == call_id), None)
        return (tracked.sip_id, tracked.account) if tracked else None

    def is_ringing(self, call_id: str) -> bool:
        return any(t.call_id == call_id and not t.answered for t in self._open.values())

    def expect_outgoing(self, account: str, call_id: str) -> None:
        """The console just dialled on `account` ("" = whichever account baresip uses): the next outgoing call
        there is its callback `call_id`."""
        self._dialled[account.lower()] = call_id

    # --- after a reconnection ----------------------------------------------------------------------------

    def start_sync(self, lost_at: datetime) -> list[str]:
        """The link is back after being lost at `lost_at`: the accounts whose calls to ask baresip about
        (none: nothing to ask)."""
        self._sync = _Sync(lost_at, set(self._open))
        return list(dict.fromkeys(t.account for t in self._open.values()))

    def sync_listing(self, account: str, listed: list[ListedCall] | None) -> None:
        """What `listcalls` said about `account`'s calls; None when baresip has no such account any more."""
        if self._sync is not None:
            self._sync.listings[account] = listed

    def finish_sync(self) -> list[CallEvent]:
        """End the calls baresip no longer lists (at the time the link was lost); answer those it lists as
        established. Calls on an account whose listing could not be read are left as they are."""
        sync, self._sync = self._sync, None
        if sync is None:
            return []
        events: list[CallEvent] = []
        listed = {account: Counter(c.peer_uri.lower() for c in calls or ()) for account, calls in sync.listings.items()}
        established = {
            (account, c.peer_uri.lower()): c for account, calls in sync.listings.items() for c in calls or ()
            if c.state.upper() == "ESTABLISHED"
        }  # fmt: skip
        for sip_id in sorted(sync.open):
            tracked = self._open.get(sip_id)
            if tracked is None or tracked.account not in listed:
                continue  # closed meanwhile by an event, or its listing unknown: nothing to say
            peers = listed[tracked.account]
            peer = tracked.peer_uri.lower()
            if peers[peer] > 0:
                peers[peer] -= 1
                answered = established.get((tracked.account, peer))
                if answered is not None and not tracked.answered:
                    tracked.answered = True
                    at = max(sync.lost_at, self._clock() - answered.duration)
                    events.append(CallEvent(EventKind.ANSWER, tracked.call_id, at, EventSource.SOFTPHONE,
                                            direction=tracked.direction))  # fmt: skip
                continue
            events.append(self._end(tracked, sync.lost_at))
        ended = sum(e.kind is EventKind.END for e in events)
        if ended:
            log.warning("%d call(s) ended while the softphone link was down", ended)
        return events

    # --- events -------------------------------------------------------------------------------------------

    def on_event(self, event: BaresipEvent) -> list[CallEvent]:
        if event.type in ("SHUTDOWN", "EXIT"):
            return self.phone_gone()
        if event.event_class not in ("", "call") or not event.type.startswith("CALL_"):
            return []
        if not event.call_id:
            return []  # e.g. CALL_LOCAL_SDP of an outgoing call before its id exists
        if event.call_id in self._closed:
            log.info("baresip %s for closed call %s ignored", event.type, event.call_id)
            return []
        if event.direction == "outgoing":
            return self._outgoing(event)
        if event.type == "CALL_INCOMING":
            if event.call_id in self._open:
                log.info("repeated CALL_INCOMING for %s ignored", event.call_id)
                return []
            return [self._ring(event)]
        if event.type == "CALL_ESTABLISHED":
            tracked = self._open.get(event.call_id)
            events = [] if tracked else [self._ring(event)]  # an auto-answer account rings no CALL_INCOMING
            tracked = self._open[event.call_id]
            if tracked.answered:
                log.info("repeated CALL_ESTABLISHED for %s ignored", event.call_id)
                return events
            tracked.answered = True
            return [*events, CallEvent(EventKind.ANSWER, tracked.call_id, self._clock(), EventSource.SOFTPHONE)]
        if event.type == "CALL_CLOSED":
            tracked = self._open.get(event.call_id)
            if tracked is None:
                log.info("CALL_CLOSED for call %s never seen ringing ignored", event.call_id)
                self._remember_closed(event.call_id)
                return []
            return [self._end(tracked)]
        return []

    def phone_gone(self, at: datetime | None = None) -> list[CallEvent]:
        """baresip exited or restarted: the calls it carried are over (at `at`, or now)."""
        self._sync = None
        events = [self._end(tracked, at) for tracked in list(self._open.values())]
        if events:
            log.warning("softphone gone: %d open call(s) ended", len(events))
        self._dialled.clear()
        return events

    # --- helpers ------------------------------------------------------------------------------------------

    def _ring(self, event: BaresipEvent) -> CallEvent:
        tracked = _Tracked(
            stable_call_id("baresip", event.call_id), event.call_id, event.account, Direction.INBOUND, event.peer_uri
        )
        self._open[event.call_id] = tracked
        line = self._lines.line_for(event.account) if event.account else None
        if line is None:
            line = uri_user(event.account) or None  # an account named by its number still finds its line
            if event.account not in self._unknown_accounts:
                self._unknown_accounts.add(event.account)
                log.warning(
                    "baresip account %r is mapped to no clinic line (set phone_lines.telephony_account or "
                    "[telephony.lines]); its calls ring on the line %r",
                    event.account,
                    line,
                )
        return CallEvent(
            EventKind.RING,
            tracked.call_id,
            self._clock(),
            EventSource.SOFTPHONE,
            line=line,
            caller=uri_user(event.peer_uri) or None,
            caller_name=display_name(event.peer_name) or None,
        )

    def _outgoing(self, event: BaresipEvent) -> list[CallEvent]:
        tracked = self._open.get(event.call_id)
        if tracked is None:
            call_id = self._dialled.pop(event.account.lower(), None) or self._dialled.pop("", None)
            if call_id is None:
                return []  # dialled on the phone itself, not from the console: not ours to follow
            tracked = _Tracked(call_id, event.call_id, event.account, Direction.OUTBOUND, event.peer_uri)
            self._open[event.call_id] = tracked
        if event.type == "CALL_ESTABLISHED" and not tracked.answered:
            tracked.answered = True
            return [CallEvent(EventKind.ANSWER, tracked.call_id, self._clock(), EventSource.SOFTPHONE)]
        if event.type == "CALL_CLOSED":
            return [self._end(tracked)]
        return []

    def _end(self, tracked: _Tracked, at: datetime | None = None) -> CallEvent:
        self._open.pop(tracked.sip_id, None)
        self._remember_closed(tracked.sip_id)
        return CallEvent(
            EventKind.END, tracked.call_id, at or self._clock(), EventSource.SOFTPHONE, direction=tracked.direction
        )

    def _remember_closed(self, sip_id: str) -> None:
        self._closed[sip_id] = None
        while len(self._closed) > REMEMBER_CLOSED:
            self._closed.popitem(last=False)
