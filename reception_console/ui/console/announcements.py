"""What the console says to a screen reader on its own: a ring, a caller waiting past the service level, the
database going away. Each once, as it happens."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject
from PySide6.QtWidgets import QWidget

from ...domain.calls import Call, CallState
from .. import formatting as fmt
from ..accessible import Announcer
from ..models.calls_model import ActiveCallsModel


class CallAnnouncements(QObject):
    def __init__(self, calls: ActiveCallsModel, announcer: Announcer, window: QWidget) -> None:
        super().__init__(window)
        self._calls = calls
        self._announcer = announcer
        self._window = window
        self._waiting: set[str] = set()  # calls already announced as waiting too long
        calls.rowsInserted.connect(self._inserted)

    def _who(self, call: Call) -> str:
        clinic = self._calls.data(self._calls.index(self._calls.row_of(call.id))).split("\n", 1)[0]
        return f"{clinic}, {call.caller_name or fmt.phone(call.caller)}"

    def _inserted(self, _parent: QModelIndex, first: int, last: int) -> None:
        for call in self._calls.calls()[first : last + 1]:
            if call.state is CallState.RINGING:
                text = self.tr("Call ringing: %1").replace("%1", self._who(call))
                self._announcer.say(self._window, text, urgent=True)

    def tick(self) -> None:
        """Once a second: a caller who has just waited past the service level is announced."""
        for call in self._calls.calls():
            if call.id not in self._waiting and self._calls.waiting_too_long(call):
                self._waiting.add(call.id)
                text = self.tr("Waiting too long: %1").replace("%1", self._who(call))
                self._announcer.say(self._window, text, urgent=True)

    def outage(self, text: str) -> None:
        self._announcer.say(self._window, text, urgent=True)
