"""Open questions of one clinic, grouped by wording, with how often they were asked."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from ...domain.knowledge_gaps import GapGroup
from .. import formatting as fmt

Index = QModelIndex | QPersistentModelIndex


class GapsModel(QAbstractTableModel):
    QUESTION, TIMES, LAST, WHO = range(4)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._groups: list[GapGroup] = []

    def set_groups(self, groups: Sequence[GapGroup]) -> None:
        self.beginResetModel()
        self._groups = list(groups)
        self.endResetModel()

    def group(self, row: int) -> GapGroup:
        return self._groups[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._groups)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Question"), self.tr("Asked"), self.tr("Last asked"), self.tr("By"))[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        group = self._groups[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.QUESTION:
                return group.question
            if column == self.TIMES:
                return self.tr("%n time(s)", "", group.count)
            if column == self.LAST:
                return fmt.date_time(group.last_asked)
            return ", ".join(dict.fromkeys(g.asked_by for g in group.gaps if g.asked_by))
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.TIMES:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None
