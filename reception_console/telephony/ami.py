"""The Asterisk Manager Interface adapter: log in, follow the receptionist's calls, place callbacks.

After each (re)connection it logs in, then asks `CoreShowChannels` which calls still exist, so a call that ended
while the link was down is ended in the console too, at the time the link was lost. A `Ping` every 20 s finds a
link that died silently. A refused login is shown as such and retried at the slowest pace, never hammered.
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable, Iterable
from datetime import datetime

from PySide6.QtCore import QObject, QTimer, Signal

from ..domain.calls import Call, utcnow
from ..services.phone import LinkState, PhoneStatus, PhoneSystem
from .ami_calls import AmiCallTracker
from .ami_protocol import AmiDecoder, Message, encode_action
from .lines import LineResolver
from .link import Backoff, ReconnectingLink

log = logging.getLogger(__name__)
PING_EVERY_MS = 20_000
PING_TIMEOUT_MS = 10_000


class AmiSource(QObject):
    call_event = Signal(object)  # CallEvent
    status_changed = Signal(object)  # PhoneStatus

    def __init__(
        self,
        host: str,
        port: int,
        username: str,
        secret: str,
        lines: LineResolver,
        interfaces: Iterable[str],
        *,
        originate_channel: str = "",
        originate_context: str = "from-internal",
        clock: Callable[[], datetime] = utcnow,
        backoff: Backoff | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.username = username
        self._secret = secret
        self.originate_channel = originate_channel
        self.originate_context = originate_context
        self.tracker = AmiCallTracker(lines, interfaces, server=f"{host}:{port}", clock=clock)
        self.link = ReconnectingLink(host, port, backoff, self)
        self.link.received.connect(self._on_bytes)
        self.link.connected.connect(self._on_connected)
        self.link.disconnected.connect(self._on_lost)
        self.link.state_changed.connect(self._report)
        self._decoder = AmiDecoder(lambda text: log.warning("AMI: %s", text))
        self._ids = itertools.count(1)
        self._login_id = ""
        self._logged_in = False
        self._refused = False
        self._ping = QTimer(self)
        self._ping.setInterval(PING_EVERY_MS)
        self._ping.timeout.connect(self._send_ping)
        self._pong = QTimer(self)
        self._pong.setSingleShot(True)
        self._pong.setInterval(PING_TIMEOUT_MS)
        self._pong.timeout.connect(self._ping_lost)
        self._ping_id = ""
        self._clock = clock
        self._lost_at: datetime | None = None  # when the link was lost, until the PBX said which calls it has

    @property
    def status(self) -> PhoneStatus:
        state = self.link.state
        if state is LinkState.CONNECTED and not self._logged_in:
            state = LinkState.CONNECTING
        if self._refused and state in (LinkState.RETRYING, LinkState.CONNECTING):
            state = LinkState.REFUSED
        detail = f"{self.username}@{self.link.address}"
        return PhoneStatus(PhoneSystem.PBX, state, self.link.retry_in, detail)

    def start(self) -> None:
        self.link.start()

    def stop(self) -> None:
        self._ping.stop()
        self._pong.stop()
        self.link.stop()

    def _report(self) -> None:
        if self.link.state is not LinkState.CONNECTED:
            self._logged_in = False
            self._ping.stop()
            self._pong.stop()
        self.status_changed.emit(self.status)

    # --- Phone ---------------------------------------------------------------------------------------------

    def can_answer(self, call: Call) -> bool:
        return False  # the receptionist answers on her phone; the PBX then reports it

    def answer(self, call: Call) -> bool:
        return False

    def can_dial(self) -> bool:
        return self._logged_in and bool(self.originate_channel)

    def dial(self, number: str, line: str | None, call_id: str) -> bool:
        """Originate: the PBX rings the receptionist's phone first, then dials the patient from the clinic line."""
        if not self.can_dial():
            return False
        action_id = self._action_id("callback")
        self.tracker.expect_originate(action_id, call_id)
        fields = {
            "ActionID": action_id,
            "Channel": self.originate_channel,
            "Context": self.originate_context,
            "Exten": number,
            "Priority": "1",
            "Async": "true",
            "Variable": f"RC_CALL_ID={call_id}",
        }
        if line:
            fields["CallerID"] = line
        return self.link.send(encode_action("Originate", **fields))

    # --- the wire ------------------------------------------------------------------------------------------

    def _action_id(self, what: str) -> str:
        return f"rc-{what}-{next(self._ids)}"

    def _on_connected(self) -> None:
        self._decoder = AmiDecoder(lambda text: log.warning("AMI: %s", text))
        self._login_id = self._action_id("login")
        self.link.send(
            encode_action("Login", ActionID=self._login_id, Username=self.username, Secret=self._secret, Events="call")
        )

    def _on_lost(self) -> None:
        if self._lost_at is None:  # lost again before the PBX answered: the calls were lost the first time
            self._lost_at = self._clock()

    def _on_bytes(self, data: bytes) -> None:
        for message in self._decoder.feed(data):
            if "response" in message and "event" not in message:
                self._on_response(message)
            else:
                for event in self.tracker.on_message(message):
                    self.call_event.emit(event)
                if self._lost_at is not None and self._logged_in and not self.tracker.syncing:
                    self._lost_at = None  # the PBX has said which calls it still has

    def _on_response(self, message: Message) -> None:
        action_id = message.get("actionid", "")
        ok = message.get("response", "").lower() in ("success", "pong", "follows")
        if action_id == self._login_id:
            if not ok:
                log.error("AMI login as %r refused: %s", self.username, message.get("message", ""))
                self._refused = True
                self.link.drop(slow=True)
                return
            self._refused = False
            self._logged_in = True
            log.info("AMI: logged in to %s as %s", self.link.address, self.username)
            sync_id = self._action_id("sync")
            self.tracker.start_sync(sync_id, self._lost_at)
            self.link.send(encode_action("CoreShowChannels", ActionID=sync_id))
            self._ping.start()
            self.status_changed.emit(self.status)
        elif action_id == self._ping_id:
            self._pong.stop()
        elif not ok and action_id:
            log.warning("AMI action %s failed: %s", action_id, message.get("message", ""))

    def _send_ping(self) -> None:
        self._ping_id = self._action_id("ping")
        if self.link.send(encode_action("Ping", ActionID=self._ping_id)):
            self._pong.start()

    def _ping_lost(self) -> None:
        log.warning("AMI: no answer to Ping from %s; reconnecting", self.link.address)
        self.link.drop()
