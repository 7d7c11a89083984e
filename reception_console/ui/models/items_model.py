"""The rows of one list of a card being edited (lines, specialists, services, entries, phrases)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush

from .. import theme

Index = QModelIndex | QPersistentModelIndex
Column = tuple[str, Callable[[Any], str]]  # header, text of an item


class ItemsModel(QAbstractTableModel):
    def __init__(self, columns: Sequence[Column], parent: Any = None) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._items: list[Any] = []
        self._bad_rows: set[int] = set()

    def items(self) -> list[Any]:
        return list(self._items)

    def set_items(self, items: Sequence[Any]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self._bad_rows = set()
        self.endResetModel()

    def item(self, row: int) -> Any:
        return self._items[row]

    def set_item(self, row: int, item: Any) -> None:
        self._items[row] = item
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self._columns) - 1))

    def append(self, item: Any) -> int:
        row = len(self._items)
        self.beginInsertRows(QModelIndex(), row, row)
        self._items.append(item)
        self.endInsertRows()
        return row

    def remove(self, row: int) -> None:
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._items[row]
        self.endRemoveRows()

    def move(self, row: int, step: int) -> int:
        target = row + step
        if not (0 <= row < len(self._items) and 0 <= target < len(self._items)):
            return row
        destination = target + 1 if step > 0 else target
        self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), destination)
        self._items.insert(target, self._items.pop(row))
        self.endMoveRows()
        return target

    def set_bad_rows(self, rows: set[int]) -> None:
        if rows != self._bad_rows:
            self._bad_rows = rows
            if self._items:
                self.dataChanged.emit(self.index(0, 0), self.index(len(self._items) - 1, len(self._columns) - 1))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._columns[section][0]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):  # a name cut short shows whole
            return self._columns[index.column()][1](self._items[index.row()])
        if role == Qt.ItemDataRole.ForegroundRole and index.row() in self._bad_rows:
            return QBrush(theme.colour("error"))
        return None
