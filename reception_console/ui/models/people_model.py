"""Everyone who can sign in (and those who no longer can)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush

from ...domain.people import Person, Role
from .. import theme

Index = QModelIndex | QPersistentModelIndex


def role_text(role: Role) -> str:
    from PySide6.QtCore import QCoreApplication

    return {
        Role.RECEPTIONIST: QCoreApplication.translate("People", "receptionist"),
        Role.SUPERVISOR: QCoreApplication.translate("People", "supervisor"),
        Role.ADMIN: QCoreApplication.translate("People", "admin"),
    }[role]


class PeopleModel(QAbstractTableModel):
    NAME, LOGIN, ROLE, ACTIVE = range(4)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._people: list[Person] = []

    def set_people(self, people: Sequence[Person]) -> None:
        self.beginResetModel()
        self._people = list(people)
        self.endResetModel()

    def person(self, row: int) -> Person:
        return self._people[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._people)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Name"), self.tr("Login"), self.tr("Role"), self.tr("Can sign in"))[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        person = self._people[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                person.display_name,
                person.login,
                role_text(person.role),
                self.tr("yes") if person.active else self.tr("no (deactivated)"),
            )[index.column()]
        if role == Qt.ItemDataRole.ForegroundRole and not person.active:
            return QBrush(theme.colour("caption"))
        return None
