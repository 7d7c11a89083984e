"""Earlier calls from the same number."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from ...domain.calls import PastCall
from .. import formatting as fmt
from ..outcome_names import outcome_names, reason_names

Index = QModelIndex | QPersistentModelIndex


def outcome_text(outcome: str | None, reason: str | None = None) -> str:
    names, reasons = outcome_names(), reason_names()
    if outcome is None:
        return QCoreApplication.translate("Outcome", "not saved")
    text = names.get(outcome, outcome)
    if reason:
        text += f" — {reasons.get(reason, reason)}"
    return text


class HistoryModel(QAbstractTableModel):
    WHEN, CLINIC, OUTCOME, DETAILS = range(4)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._calls: list[PastCall] = []

    def set_calls(self, calls: list[PastCall]) -> None:
        self.beginResetModel()
        self._calls = list(calls)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._calls)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("When"), self.tr("Clinic"), self.tr("Outcome"), self.tr("Details"))[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        call = self._calls[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            details = [
                x for x in (call.patient_name, call.specialist_name, fmt.date_time(call.visit_at), call.notes) if x
            ]
            return (
                fmt.date_time(call.rang_at),
                call.clinic_name,
                outcome_text(call.outcome, call.reason),
                " · ".join(details),
            )[index.column()]
        return None
