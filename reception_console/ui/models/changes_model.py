"""The change history of one clinic card (or of the global scripts): who changed what, when."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from ...domain.card_changes import Action, CardChange, Entity, describe
from .. import formatting as fmt

Index = QModelIndex | QPersistentModelIndex
ROLE_CHANGE = Qt.ItemDataRole.UserRole + 1


def entity_text(entity: Entity) -> str:
    return {
        Entity.CLINIC: QCoreApplication.translate("Changes", "Clinic details"),
        Entity.PHONE_LINE: QCoreApplication.translate("Changes", "Phone line"),
        Entity.SPECIALIST: QCoreApplication.translate("Changes", "Specialist"),
        Entity.SERVICE: QCoreApplication.translate("Changes", "Service"),
        Entity.KNOWLEDGE: QCoreApplication.translate("Changes", "Knowledge entry"),
        Entity.SCRIPT: QCoreApplication.translate("Changes", "Prompts and phrases"),
        Entity.ORDER: QCoreApplication.translate("Changes", "Order of the lists"),
    }[entity]


def action_text(action: Action) -> str:
    return {
        Action.CREATE: QCoreApplication.translate("Changes", "added"),
        Action.UPDATE: QCoreApplication.translate("Changes", "changed"),
        Action.ARCHIVE: QCoreApplication.translate("Changes", "removed (archived)"),
        Action.RESTORE: QCoreApplication.translate("Changes", "brought back"),
    }[action]


def who_text(change: CardChange) -> str:
    if change.changed_by:
        return change.changed_by
    return QCoreApplication.translate("Changes", "command line")


class ChangesModel(QAbstractTableModel):
    WHEN, WHO, WHAT, CHANGE = range(4)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._changes: list[CardChange] = []

    def set_changes(self, changes: Sequence[CardChange]) -> None:
        self.beginResetModel()
        self._changes = list(changes)
        self.endResetModel()

    def change(self, row: int) -> CardChange:
        return self._changes[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._changes)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("When"), self.tr("Who"), self.tr("What"), self.tr("Change"))[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        change = self._changes[index.row()]
        if role == ROLE_CHANGE:
            return change
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        column = index.column()
        if column == self.WHEN:
            return fmt.date_time(change.changed_at)
        if column == self.WHO:
            return who_text(change)
        if column == self.WHAT:
            label = describe(change)
            return f"{entity_text(change.entity)}: {label}" if label else entity_text(change.entity)
        fields = ", ".join(change.changed_fields()) if change.action is Action.UPDATE else ""
        return f"{action_text(change.action)} {fields}".strip()
