"""Table models for the supervisor's dashboard: one generic model, a column list per table.

Each column knows its header, how to get the raw value from a row object and what kind of value it is; the
model formats for display, sorts by the raw value (SORT_ROLE), and hands the raw values to exports.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from fractions import Fraction
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush

from ...services.exports import Table
from .. import report_format as rf
from .. import theme

Index = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole + 10
ROW_ROLE = Qt.ItemDataRole.UserRole + 11


class Kind(Enum):
    TEXT = "text"
    COUNT = "count"
    RATIO = "ratio"  # shown as a percentage
    SECONDS = "seconds"
    DECIMAL = "decimal"
    MONEY = "money"
    DATETIME = "datetime"
    DATE = "date"


@dataclass(frozen=True)
class Column:
    header: str
    value: Callable[[Any], Any]
    kind: Kind = Kind.TEXT
    goal: Decimal | None = None  # ratios below it are drawn in red, at or above it in green
    tooltip: str = ""


def _sortable(value: Any) -> Any:
    """A value Qt can compare: numbers as floats, empty (None) first, times as ISO text."""
    if value is None:
        return float("-inf")
    if isinstance(value, Decimal | Fraction):
        return float(value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def _exportable(value: Any) -> Any:
    if isinstance(value, Fraction):
        return Decimal(value.numerator) / Decimal(value.denominator)
    if isinstance(value, Enum):
        return value.value
    return value


class ColumnTableModel(QAbstractTableModel):
    def __init__(self, title: str, columns: Sequence[Column], currency: str = "", parent: Any = None) -> None:
        super().__init__(parent)
        self.title = title
        self.columns = list(columns)
        self.currency = currency
        self._rows: list[Any] = []

    def set_rows(self, rows: Sequence[Any], currency: str | None = None) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        if currency is not None:
            self.currency = currency
        self.endResetModel()

    def set_goal(self, column: int, goal: Decimal | None) -> None:
        self.columns[column] = replace(self.columns[column], goal=goal)
        if self._rows:
            self.dataChanged.emit(self.index(0, column), self.index(len(self._rows) - 1, column))

    def row_object(self, row: int) -> Any:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].header
        if role == Qt.ItemDataRole.ToolTipRole and self.columns[section].tooltip:
            return self.columns[section].tooltip
        return None

    def raw(self, row: int, column: int) -> Any:
        return self.columns[column].value(self._rows[row])

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        column = self.columns[index.column()]
        if role == ROW_ROLE:
            return self._rows[index.row()]
        value = self.raw(index.row(), index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(column.kind, value)
        if role == SORT_ROLE:
            return _sortable(value)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.kind not in (Kind.TEXT,):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and column.goal is not None and value is not None:
            return QBrush(theme.colour(rf.GOOD if Decimal(str(float(value))) >= column.goal else rf.BAD))
        return None

    def display(self, kind: Kind, value: Any) -> str:
        if kind is Kind.TEXT:
            return "" if value is None else str(value)
        if kind is Kind.COUNT:
            return rf.count(value)
        if kind is Kind.RATIO:
            return rf.percent(value)
        if kind is Kind.SECONDS:
            return rf.seconds(value)
        if kind is Kind.DECIMAL:
            return rf.number(value)
        if kind is Kind.MONEY:
            return rf.money(value, self.currency)
        if kind is Kind.DATETIME:
            return rf.when(value)
        return rf.day(value)

    def table(self) -> Table:
        """The rows with raw values, for CSV and XLSX."""
        return Table(
            self.title,
            [c.header for c in self.columns],
            [[_exportable(c.value(r)) for c in self.columns] for r in self._rows],
        )
