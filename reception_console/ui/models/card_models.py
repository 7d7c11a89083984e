"""Specialists and services of the card on screen, and the proxy that filters them as you type."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, ClassVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from ...domain.clinic import ClinicCard, Service, Specialist
from ...domain.search import CardIndex, CardQuery
from .. import formatting as fmt

Index = QModelIndex | QPersistentModelIndex
ROLE_ITEM = Qt.ItemDataRole.UserRole + 1


class _CardTable(QAbstractTableModel):
    HEADERS: ClassVar[tuple[str, ...]] = ()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.card: ClinicCard | None = None

    def set_card(self, card: ClinicCard | None) -> None:
        self.beginResetModel()
        self.card = card
        self.endResetModel()

    def items(self) -> tuple[Any, ...]:
        raise NotImplementedError

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.items())

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.header(section)
        return None

    def header(self, section: int) -> str:
        raise NotImplementedError


class SpecialistsModel(_CardTable):
    NAME, SPECIALTY, AGES, VISIT, NOTES = range(5)
    HEADERS = ("name", "specialty", "ages", "visit", "notes")

    def items(self) -> tuple[Specialist, ...]:
        return self.card.specialists if self.card else ()

    def header(self, section: int) -> str:
        return (
            self.tr("Specialist"),
            self.tr("Specialty"),
            self.tr("Ages"),
            self.tr("Visit"),
            self.tr("Notes"),
        )[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.card is None:
            return None
        sp = self.card.specialists[index.row()]
        column = index.column()
        if role == ROLE_ITEM:
            return sp
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.NAME:
                return sp.name
            if column == self.SPECIALTY:
                return sp.specialty
            if column == self.AGES:
                return fmt.age_limits(sp.age_min_months, sp.age_max_months)
            if column == self.VISIT:
                return fmt.minutes(sp.visit_minutes)
            if column == self.NOTES:
                return sp.notes
        if role == Qt.ItemDataRole.ToolTipRole:
            prices = [f"{s.name}: {fmt.money(s.price, self.card.currency)}" for s in self.card.services_for(sp)]
            parts = [f"<b>{sp.name}</b> — {sp.specialty}", *prices]
            if sp.notes:
                parts.append(sp.notes)
            if sp.languages:
                parts.append(self.tr("Languages: %1").replace("%1", ", ".join(sp.languages)))
            return "<br>".join(parts)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.AGES, self.VISIT):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None


class ServicesModel(_CardTable):
    NAME, SPECIALIST, PRICE, DURATION, PREPARATION = range(5)
    HEADERS = ("name", "specialist", "price", "duration", "preparation")

    def items(self) -> tuple[Service, ...]:
        return self.card.services if self.card else ()

    def header(self, section: int) -> str:
        return (
            self.tr("Service"),
            self.tr("Who"),
            self.tr("Price"),
            self.tr("Time"),
            self.tr("Preparation"),
        )[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.card is None:
            return None
        sv = self.card.services[index.row()]
        column = index.column()
        if role == ROLE_ITEM:
            return sv
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.NAME:
                return sv.name
            if column == self.SPECIALIST:
                who = self.card.specialist(sv.specialist_key)
                return who.name if who else (sv.specialty or "")
            if column == self.PRICE:
                return fmt.money(sv.price, self.card.currency)
            if column == self.DURATION:
                return fmt.minutes(sv.duration_minutes)
            if column == self.PREPARATION:
                return sv.preparation
        if role == Qt.ItemDataRole.ToolTipRole and sv.preparation:
            return f"<b>{sv.name}</b><br>{sv.preparation}"
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.PRICE, self.DURATION):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class CardFilterProxy(QSortFilterProxyModel):
    """Keeps the rows the card index says match the query (text and age)."""

    def __init__(self, visible: Callable[[CardIndex, int, CardQuery], bool], parent: Any = None) -> None:
        super().__init__(parent)
        self._visible = visible
        self._index: CardIndex | None = None
        self._query = CardQuery()

    def set_index(self, index: CardIndex | None) -> None:
        self.beginFilterChange()
        self._index = index
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_query(self, query: CardQuery) -> None:
        if query == self._query:
            return
        self.beginFilterChange()
        self._query = query
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if self._index is None or self._query.is_empty:
            return True
        return self._visible(self._index, source_row, self._query)
