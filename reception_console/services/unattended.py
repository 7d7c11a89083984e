"""Calls that ring while nobody is signed in at the console (the sign-in window is open, or the database is
still loading behind it). Each one is stored at once — line, caller, times, no receptionist — so a caller who
hangs up before anyone signs in still becomes a missed call with its callback task. Whoever signs in next finds
the calls still ringing on screen (they are unsaved calls without a receptionist).
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from ..domain.calls import Call, CallEvent, EventKind
from ..domain.errors import StorageUnavailableError
from .calls import CallDesk

log = logging.getLogger(__name__)


class UnattendedDesk:
    def __init__(self, desk: CallDesk, on_ring: Callable[[Call], None] | None = None) -> None:
        self._desk = desk
        self._on_ring = on_ring
        self.kept: dict[str, Call] = {}  # calls the database could not take: handed to the window after sign-in
        self.rang: list[str] = []

    def deliver(self, event: CallEvent) -> Call | None:
        """Apply one phone event with nobody signed in; never raises."""
        try:
            call = self._desk.receive(event)
        except StorageUnavailableError as error:
            if isinstance(error.call, Call):
                self.kept[error.call.id] = error.call
            log.warning("database unavailable while nobody is signed in: a call is kept in memory")
            return error.call if isinstance(error.call, Call) else None
        except Exception:
            log.exception("a call event with nobody signed in could not be applied")
            return None
        if call is not None and event.kind is EventKind.RING and call.id not in self.rang:
            self.rang.append(call.id)
            if self._on_ring is not None:
                self._on_ring(call)
        return call
