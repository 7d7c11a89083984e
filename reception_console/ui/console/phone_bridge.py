"""Events from the phone (an adapter, or `reception-console call …`) into the window, and the ring's attention.

Every event goes through `MainWindow.receive_event` — the desk's single entry point — so a ring never replaces
the call on screen. A bad event is logged and shown in the status bar; it never reaches the user as a crash.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject

from ...domain.calls import Call, CallEvent, CallState, EventKind
from ...services.phone_links import link_in
from .. import formatting as fmt
from .main_window import MainWindow
from .outgoing_call import call_link
from .phone_status import PhoneStatusLabel
from .ring_attention import RingAttention

log = logging.getLogger(__name__)
MESSAGE_MS = 8000


class PhoneBridge(QObject):
    def __init__(
        self,
        window: MainWindow,
        attention: RingAttention,
        parse_argv: Callable[[list[str]], CallEvent],
    ) -> None:
        super().__init__(window)
        self.window = window
        self.attention = attention
        self.parse_argv = parse_argv
        self.status = PhoneStatusLabel()
        self.sources: list[QObject] = []

    def attach(self, source) -> None:  # type: ignore[no-untyped-def]  # BaresipSource | AmiSource
        """Follow a phone adapter: its events, its link state in the status bar, answering and dialling."""
        self.sources.append(source)
        source.call_event.connect(self.deliver)
        source.status_changed.connect(self.status.set_status)
        self.status.set_status(source.status)
        self.window.statusBar().insertPermanentWidget(0, self.status)
        self.window.phone = source

    def deliver(self, event: CallEvent) -> Call | None:
        try:
            ringing_anew = event.kind is EventKind.RING and self.window.calls_model.row_of(event.call_id) < 0
            call = self.window.receive_event(event)
        except Exception:
            log.exception("call event %s for call %s could not be applied", event.kind, event.call_id)
            self.window.statusBar().showMessage(self.tr("A call event could not be recorded; see the log."), MESSAGE_MS)
            return None
        if ringing_anew and call is not None and call.state is CallState.RINGING:
            self.attention.ring(*self.describe(call))
        return call

    def describe(self, call: Call) -> tuple[str, str]:
        clinic = self.window.clinic_name(call.clinic_id) or self.tr("Unknown line %1").replace(
            "%1", fmt.phone(call.line)
        )
        who = fmt.phone(call.caller)
        if call.caller_name:
            who = f"{call.caller_name} · {who}"
        return self.tr("Ringing: %1").replace("%1", clinic), who

    def handle_argv(self, argv: list[str]) -> None:
        """Arguments of a second start: `call …` events; a clicked phone link (`tel:…`) starts an outgoing call;
        anything else just brings the console forward."""
        if not argv or argv[0] != "call":
            self.attention.bring_forward()
            link = link_in(argv)
            if link is not None:
                call_link(self.window, link, self.window)
            return
        try:
            event = self.parse_argv(argv)
        except ValueError as error:
            log.warning("command-line call event ignored: %s", error)
            self.window.statusBar().showMessage(
                self.tr("A call event from the command line was ignored: %1").replace("%1", str(error)), MESSAGE_MS
            )
            return
        self.deliver(event)
