"""Specialists and services of the card on screen, and the proxy that filters them as you type."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, ClassVar

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel

from ...domain.clinic import ClinicCard, Service, Specialist
from ...domain.search import CardIndex, CardQuery
from .. import formatting as fmt

Index = QModelIndex | QPersistentModelIndex
CELL_CHARS = 100  # more than a cell shows at any width; the tooltip has the whole text


def _cell(text: str) -> str:
    """A long note cut before it reaches the view: a cell lays out its whole text to cut it at its edge, at
    every paint."""
    return text if len(text) <= CELL_CHARS else text[: CELL_CHARS - 1].rstrip() + "…"


class _CardTable(QStandardItemModel):
    """A card's rows as items the views read without calling back into Python (a ring's paint asks the model
    several hundred times for texts, alignments and sizes), formatted once per card version: formatting ages,
    minutes and prices through the locale and translator on each ring would cost more than the query."""

    HEADERS: ClassVar[tuple[str, ...]] = ()
    ALIGNED: ClassVar[dict[int, Qt.AlignmentFlag]] = {}
    CACHED_CARDS = 64

    def __init__(self, parent: Any = None) -> None:
        super().__init__(0, len(self.HEADERS), parent)
        self.setHorizontalHeaderLabels([self.header(section) for section in range(len(self.HEADERS))])
        self.card: ClinicCard | None = None
        self._items: tuple[Any, ...] = ()
        self._formatted: dict[tuple[int | None, str, int], list[tuple[tuple[str, ...], str | None]]] = {}

    def set_card(self, card: ClinicCard | None) -> None:
        self.beginResetModel()
        self.blockSignals(True)  # one reset for the views, not a signal per row
        try:
            self.setRowCount(0)
            self.card = card
            self._items = self.items_of(card) if card else ()
            for texts, tip in self._rows_for(card) if card else []:
                row = [QStandardItem(text) for text in texts]  # left editable: the views have no edit triggers
                for column, item in enumerate(row):
                    # a cell cut short shows whole on hover, with the row's note
                    item.setToolTip(f"{texts[column]}\n{tip}" if tip and tip != texts[column] else texts[column])
                    if column in self.ALIGNED:
                        item.setTextAlignment(self.ALIGNED[column])
                self.appendRow(row)
        finally:
            self.blockSignals(False)
        self.endResetModel()

    def _rows_for(self, card: ClinicCard) -> list[tuple[tuple[str, ...], str | None]]:
        key = (card.id, card.key, card.version)
        if key not in self._formatted:
            if len(self._formatted) >= self.CACHED_CARDS:
                self._formatted.pop(next(iter(self._formatted)))
            self._formatted[key] = [
                (tuple(_cell(text) for text in self.texts(card, item)), self.tooltip(card, item))
                for item in self.items_of(card)
            ]
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

    def header(self, section: int) -> str:
        raise NotImplementedError


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
