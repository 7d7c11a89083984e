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
    """A card's rows, formatted once per card version (a ring repaints them several times; formatting ages,
    minutes and prices through the locale and translator each time would cost more than the query)."""

    HEADERS: ClassVar[tuple[str, ...]] = ()
    ALIGNED: ClassVar[dict[int, Qt.AlignmentFlag]] = {}
    CACHED_CARDS = 64

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.card: ClinicCard | None = None
        self._items: tuple[Any, ...] = ()
        self._texts: list[tuple[str, ...]] = []
        self._formatted: dict[tuple[int | None, str, int], list[tuple[str, ...]]] = {}
        self._headers: dict[int, str] = {}

    def set_card(self, card: ClinicCard | None) -> None:
        self.beginResetModel()
        self.card = card
        self._items = self.items_of(card) if card else ()
        self._texts = self._texts_for(card) if card else []
        self.endResetModel()

    def _texts_for(self, card: ClinicCard) -> list[tuple[str, ...]]:
        key = (card.id, card.key, card.version)
        if key not in self._formatted:
            if len(self._formatted) >= self.CACHED_CARDS:
                self._formatted.pop(next(iter(self._formatted)))
            self._formatted[key] = [self.texts(card, item) for item in self.items_of(card)]
        return self._formatted[key]

    def items_of(self, card: ClinicCard) -> tuple[Any, ...]:
        raise NotImplementedError

    def texts(self, card: ClinicCard, item: Any) -> tuple[str, ...]:
        """The display text of each column for one row."""
        raise NotImplementedError

    def tooltip(self, card: ClinicCard, item: Any) -> str | None:
        return None

    def items(self) -> tuple[Any, ...]:
        return self._items

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            if section not in self._headers:  # translated once: the header repaints ask hundreds of times a call
                self._headers[section] = self.header(section)
            return self._headers[section]
        return None

    def header(self, section: int) -> str:
        raise NotImplementedError

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self._texts[index.row()][index.column()] if index.isValid() else None
        if not index.isValid() or self.card is None:
            return None
        if role == ROLE_ITEM:
            return self._items[index.row()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(self.card, self._items[index.row()])
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in self.ALIGNED:
            return int(self.ALIGNED[index.column()])
        return None


class SpecialistsModel(_CardTable):
    NAME, SPECIALTY, AGES, VISIT, NOTES = range(5)
    HEADERS = ("name", "specialty", "ages", "visit", "notes")
    ALIGNED: ClassVar[dict[int, Qt.AlignmentFlag]] = {2: Qt.AlignmentFlag.AlignCenter, 3: Qt.AlignmentFlag.AlignCenter}

    def items_of(self, card: ClinicCard) -> tuple[Specialist, ...]:
        return card.specialists

    def header(self, section: int) -> str:
        return (
            self.tr("Specialist"),
            self.tr("Specialty"),
            self.tr("Ages"),
            self.tr("Visit"),
            self.tr("Notes"),
        )[section]

    def texts(self, card: ClinicCard, sp: Specialist) -> tuple[str, ...]:
        return (
            sp.name,
            sp.specialty,
            fmt.age_limits(sp.age_min_months, sp.age_max_months),
            fmt.minutes(sp.visit_minutes),
            sp.notes,
        )

    def tooltip(self, card: ClinicCard, sp: Specialist) -> str:
        prices = [f"{s.name}: {fmt.money(s.price, card.currency)}" for s in card.services_for(sp)]
        parts = [f"<b>{sp.name}</b> — {sp.specialty}", *prices]
        if sp.notes:
            parts.append(sp.notes)
        if sp.languages:
            parts.append(self.tr("Languages: %1").replace("%1", ", ".join(sp.languages)))
        return "<br>".join(parts)


class ServicesModel(_CardTable):
    NAME, SPECIALIST, PRICE, DURATION, PREPARATION = range(5)
    HEADERS = ("name", "specialist", "price", "duration", "preparation")
    RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
    ALIGNED: ClassVar[dict[int, Qt.AlignmentFlag]] = {2: RIGHT, 3: RIGHT}

    def items_of(self, card: ClinicCard) -> tuple[Service, ...]:
        return card.services

    def header(self, section: int) -> str:
        return (
            self.tr("Service"),
            self.tr("Who"),
            self.tr("Price"),
            self.tr("Time"),
            self.tr("Preparation"),
        )[section]

    def texts(self, card: ClinicCard, sv: Service) -> tuple[str, ...]:
        who = card.specialist(sv.specialist_key)
        return (
            sv.name,
            who.name if who else (sv.specialty or ""),
            fmt.money(sv.price, card.currency),
            fmt.minutes(sv.duration_minutes),
            sv.preparation,
        )

    def tooltip(self, card: ClinicCard, sv: Service) -> str | None:
        return f"<b>{sv.name}</b><br>{sv.preparation}" if sv.preparation else None


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
