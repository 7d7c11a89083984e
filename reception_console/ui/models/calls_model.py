"""The calls in progress on this console: ringing, on the line, or ended but not yet saved."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush

from ...domain.calls import DEFAULT_SERVICE_LEVEL_SECONDS, Call, CallState, Direction
from .. import formatting as fmt
from .. import theme

Index = QModelIndex | QPersistentModelIndex
ROLE_CALL = Qt.ItemDataRole.UserRole + 1

STATE_COLOURS = {  # names of light/dark pairs (ui/theme.py)
    CallState.RINGING: "ringing_bg",
    CallState.ANSWERED: "answered_bg",
    CallState.ENDED: "ended_bg",
}
WAITING_TOO_LONG = "waiting_bg"  # an inbound call ringing past the service level (answered within 9 s)
SERVICE_LEVEL = timedelta(seconds=DEFAULT_SERVICE_LEVEL_SECONDS)


class ActiveCallsModel(QAbstractListModel):
    def __init__(self, clinic_name: Callable[[int | None], str], clock: Callable[[], datetime], parent: Any = None):
        super().__init__(parent)
        self._calls: list[Call] = []
        self._clinic_name = clinic_name
        self._clock = clock

    def calls(self) -> list[Call]:
        return list(self._calls)

    def row_of(self, call_id: str) -> int:
        return next((i for i, c in enumerate(self._calls) if c.id == call_id), -1)

    def upsert(self, call: Call) -> int:
        row = self.row_of(call.id)
        if row >= 0:
            self._calls[row] = call
            self.dataChanged.emit(self.index(row), self.index(row))
            return row
        self.beginInsertRows(QModelIndex(), len(self._calls), len(self._calls))
        self._calls.append(call)
        self.endInsertRows()
        return len(self._calls) - 1

    def remove(self, call_id: str) -> None:
        row = self.row_of(call_id)
        if row >= 0:
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._calls[row]
            self.endRemoveRows()

    def tick(self) -> None:
        """Refresh the running durations."""
        if self._calls:
            self.dataChanged.emit(self.index(0), self.index(len(self._calls) - 1), [Qt.ItemDataRole.DisplayRole])

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._calls)

    def state_text(self, call: Call) -> str:
        return {
            CallState.RINGING: self.tr("Ringing"),
            CallState.ANSWERED: self.tr("On the line"),
            CallState.ENDED: self.tr("Outcome not saved"),
            CallState.SAVED: self.tr("Saved"),
        }[call.state]

    def marked_state(self, call: Call) -> str:
        """The state as the list and the call's header show it: "⚠ Ringing" past the service level."""
        return ("⚠ " if self.waiting_too_long(call) else "") + self.state_text(call)

    def waiting_too_long(self, call: Call) -> bool:
        """An inbound call still ringing past the service level: the caller has waited longer than good teams
        let anyone wait, so it stands out among the calls."""
        return (
            call.state is CallState.RINGING
            and call.direction is Direction.INBOUND
            and self._clock() - call.rang_at >= SERVICE_LEVEL
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        call = self._calls[index.row()]
        if role == ROLE_CALL:
            return call
        if role == Qt.ItemDataRole.DisplayRole:
            clinic = self._clinic_name(call.clinic_id) or self.tr("Unknown line %1").replace("%1", fmt.phone(call.line))
            arrow = "↗ " if call.direction is Direction.OUTBOUND else ""
            since = call.answered_at or call.rang_at
            timer = fmt.duration(self._clock() - since) if call.ended_at is None else fmt.clock(call.ended_at)
            who = call.caller_name or fmt.phone(call.caller)
            return f"{arrow}{clinic}\n{who}\n{self.marked_state(call)} · {timer}"
        if role == Qt.ItemDataRole.BackgroundRole:
            colour = WAITING_TOO_LONG if self.waiting_too_long(call) else STATE_COLOURS.get(call.state)
            return QBrush(theme.colour(colour)) if colour else None
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(theme.colour("strong"))
        return None
