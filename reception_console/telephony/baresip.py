"""The baresip adapter: its ctrl_tcp socket → call events; Answer and Call back → ctrl_tcp commands.

ctrl_tcp takes one client at a time (a second connection silently drops the first) and buffers nothing: what
happens while nobody is connected is lost, so the link reconnects at once and then with backoff. When baresip
is gone (it said SHUTDOWN/EXIT, or an attempt to reconnect finds nobody listening) the calls it carried are
ended: a call that was still ringing becomes a missed call with a callback task.

A restart faster than the reconnection (or another ctrl_tcp client taking the socket for a moment) shows only
as "lost, then connected again". So after every reconnection the console asks, account by account (`uafind`,
then `listcalls`: baresip lists only the chosen account's calls), which calls baresip still has: those it no
longer lists ended at the moment the link was lost; those it lists go on.
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QObject, QTimer, Signal

from ..domain.calls import Call, CallEvent, utcnow
from ..services.phone import LinkState, PhoneStatus, PhoneSystem
from . import netstring
from .baresip_calls import BaresipCallTracker
from .baresip_protocol import (
    BaresipEvent,
    BaresipMessageError,
    BaresipResponse,
    command,
    parse_listcalls,
    parse_message,
)
from .lines import LineResolver
from .link import Backoff, ReconnectingLink

log = logging.getLogger(__name__)
SYNC_TIMEOUT_MS = 5000  # a baresip that does not answer `listcalls` (no `menu` module) keeps its calls as they are


class BaresipSource(QObject):
    call_event = Signal(object)  # CallEvent
    status_changed = Signal(object)  # PhoneStatus
    raw_event = Signal(object)  # BaresipEvent, for diagnostics and tests
    synced = Signal()  # after a reconnection, baresip has said which calls it still has

    def __init__(
        self,
        host: str,
        port: int,
        lines: LineResolver,
        *,
        dial_uri: str = "{number}",
        clock: Callable[[], datetime] = utcnow,
        backoff: Backoff | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.lines = lines
        self.dial_uri = dial_uri
        self.tracker = BaresipCallTracker(lines, clock)
        self.link = ReconnectingLink(host, port, backoff, self)
        self.link.received.connect(self._on_bytes)
        self.link.connected.connect(self._on_connected)
        self.link.disconnected.connect(self._on_lost)
        self.link.refused.connect(self._phone_gone)
        self.link.state_changed.connect(lambda: self.status_changed.emit(self.status))
        self._decoder = netstring.NetstringDecoder(lambda text: log.warning("baresip: %s", text))
        self._tokens = itertools.count(1)
        self._pending: dict[str, str] = {}  # token → command, to log what a failure was about
        self.bad_messages = 0
        self._clock = clock
        self._lost_at: datetime | None = None  # when the link was lost, until baresip said which calls it has
        self._sync_replies: dict[str, tuple[str, str]] = {}  # token → (uafind | listcalls, account)
        self._accounts_gone: set[str] = set()
        self._sync_timeout = QTimer(self)
        self._sync_timeout.setSingleShot(True)
        self._sync_timeout.setInterval(SYNC_TIMEOUT_MS)
        self._sync_timeout.timeout.connect(self._finish_sync)

    @property
    def status(self) -> PhoneStatus:
        return PhoneStatus(PhoneSystem.SOFTPHONE, self.link.state, self.link.retry_in, self.link.address)

    def start(self) -> None:
        self.link.start()

    def stop(self) -> None:
        self.link.stop()

    # --- Phone ---------------------------------------------------------------------------------------------

    def can_answer(self, call: Call) -> bool:
        return self.link.state is LinkState.CONNECTED and self.tracker.is_ringing(call.id)

    def answer(self, call: Call) -> bool:
        found = self.tracker.sip_call(call.id)
        if found is None or not self.link.is_up:
            return False
        sip_id, account = found
        self._send("uafind", account)
        self._send("callfind", sip_id)
        return self._send("accept") is not None

    def can_dial(self) -> bool:
        return self.link.state is LinkState.CONNECTED

    def dial(self, number: str, line: str | None, call_id: str) -> bool:
        if not self.link.is_up:
            return False
        account = self.lines.account_for(line) or ""
        if account:
            self._send("uafind", account)
        self.tracker.expect_outgoing(account, call_id)
        return self._send("dial", self.dial_uri.replace("{number}", number)) is not None

    # --- the wire ------------------------------------------------------------------------------------------

    def _send(self, name: str, params: str | None = None) -> str | None:
        """The command's token, or None when the link is down."""
        token = f"rc{next(self._tokens)}"
        self._pending[token] = f"{name} {params or ''}".strip()
        while len(self._pending) > 64:
            self._pending.pop(next(iter(self._pending)))
        return token if self.link.send(netstring.encode(command(name, params, token))) else None

    def _on_connected(self) -> None:
        self._decoder = netstring.NetstringDecoder(lambda text: log.warning("baresip: %s", text))
        if self._lost_at is None:
            return  # the first connection: nothing was open
        self._sync_replies.clear()
        self._accounts_gone.clear()
        for account in self.tracker.start_sync(self._lost_at):
            found, listed = self._send("uafind", account), self._send("listcalls")
            if found and listed:
                self._sync_replies[found] = ("uafind", account)
                self._sync_replies[listed] = ("listcalls", account)
        if self._sync_replies:
            self._sync_timeout.start()
        else:
            self._finish_sync()

    def _on_lost(self) -> None:
        self._sync_timeout.stop()
        self._sync_replies.clear()
        if self._lost_at is None:  # lost again before baresip answered: the calls were lost the first time
            self._lost_at = self._clock()

    def _finish_sync(self) -> None:
        self._sync_timeout.stop()
        self._sync_replies.clear()
        self._lost_at = None
        self._emit(self.tracker.finish_sync())
        self.synced.emit()

    def _on_bytes(self, data: bytes) -> None:
        for payload in self._decoder.feed(data):
            try:
                message = parse_message(payload)
            except BaresipMessageError as error:
                self.bad_messages += 1
                log.warning("baresip message ignored (%s; %d bytes)", error, len(payload))
                continue
            if isinstance(message, BaresipResponse):
                self._on_response(message)
            else:
                self._on_event(message)

    def _on_response(self, response: BaresipResponse) -> None:
        sent = self._pending.pop(response.token, "")
        sync = self._sync_replies.pop(response.token, None)
        if sync is not None:
            self._on_sync_reply(*sync, response)
            return
        if not response.ok:
            log.warning("baresip refused %r: %s", sent or response.token, response.data.strip())

    def _on_sync_reply(self, asked: str, account: str, response: BaresipResponse) -> None:
        if asked == "uafind" and not response.ok:
            # the restarted baresip has no such account: its calls are gone (and the `listcalls` that follows
            # would list another account's calls)
            self._accounts_gone.add(account)
            self.tracker.sync_listing(account, None)
        elif asked == "listcalls" and account not in self._accounts_gone:
            try:
                if not response.ok:
                    raise BaresipMessageError(response.data.strip() or "refused")
                self.tracker.sync_listing(account, parse_listcalls(response.data))
            except BaresipMessageError as error:
                log.warning("baresip's call list for %s not understood (%s): its calls are kept", account, error)
        if not any(kind == "listcalls" for kind, _ in self._sync_replies.values()):
            self._finish_sync()

    def _on_event(self, message: BaresipEvent) -> None:
        self.raw_event.emit(message)
        self._emit(self.tracker.on_event(message))

    def _phone_gone(self) -> None:
        self._emit(self.tracker.phone_gone(self._lost_at))

    def _emit(self, events: list[CallEvent]) -> None:
        for event in events:
            self.call_event.emit(event)
