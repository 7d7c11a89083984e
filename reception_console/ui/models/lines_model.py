"""Phone lines for the new-call picker, filtered by clinic name or number as you type."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt

from ...domain.clinic import LineChoice
from ...domain.phones import digits_only
from ...domain.text import fold
from .. import formatting as fmt

Index = QModelIndex | QPersistentModelIndex
ROLE_LINE = Qt.ItemDataRole.UserRole + 1


class LinesModel(QAbstractListModel):
    def __init__(self, lines: list[LineChoice], parent: Any = None) -> None:
        super().__init__(parent)
        self._lines = lines
        self._haystacks = [(fold(f"{x.clinic_name} {x.label}"), digits_only(x.number)) for x in lines]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._lines)

    def haystack(self, row: int) -> tuple[str, str]:
        return self._haystacks[row]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        line = self._lines[index.row()]
        if role == ROLE_LINE:
            return line
        if role == Qt.ItemDataRole.DisplayRole:
            label = f" · {line.label}" if line.label else ""
            return f"{line.clinic_name}{label}\n{fmt.phone(line.number)}"
        return None


class LinesFilter(QSortFilterProxyModel):
    """Every typed word must be in the clinic name or label; typed digits must be in the number."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self._digits = ""

    def set_text(self, text: str) -> None:
        self.beginFilterChange()
        words = fold(text).split()
        self._words = [w for w in words if not digits_only(w) or not w.lstrip("+").replace("-", "").isdigit()]
        # typed in local form ("022 …") the number starts with a trunk 0 that E.164 drops
        self._digits = "".join(digits_only(w) for w in words if w not in self._words).lstrip("0")
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        assert isinstance(model, LinesModel)
        text, digits = model.haystack(source_row)
        return all(w in text for w in self._words) and (not self._digits or self._digits in digits)
