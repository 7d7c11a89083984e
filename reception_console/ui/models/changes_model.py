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


def field_text(entity: Entity, field: str) -> str:
    """A field of a change record as the editor names it (a field this version does not know: its key)."""

    if entity is Entity.SPECIALIST and field == "name":
        return QCoreApplication.translate("ChangeFields", "name and title")
    words = {
        "key": QCoreApplication.translate("ChangeFields", "key"),
        "name": QCoreApplication.translate("ChangeFields", "name"),
        "language": QCoreApplication.translate("ChangeFields", "language"),
        "timezone": QCoreApplication.translate("ChangeFields", "time zone"),
        "currency": QCoreApplication.translate("ChangeFields", "currency"),
        "average_check": QCoreApplication.translate("ChangeFields", "average check"),
        "address": QCoreApplication.translate("ChangeFields", "address"),
        "directions": QCoreApplication.translate("ChangeFields", "how to get there"),
        "parking": QCoreApplication.translate("ChangeFields", "parking"),
        "opening_hours": QCoreApplication.translate("ChangeFields", "opening hours"),
        "owner": QCoreApplication.translate("ChangeFields", "owner / manager"),
        "receptionist_title": QCoreApplication.translate("ChangeFields", "the {role} word"),
        "greeting_template": QCoreApplication.translate("ChangeFields", "greeting"),
        "number": QCoreApplication.translate("ChangeFields", "number"),
        "label": QCoreApplication.translate("ChangeFields", "label"),
        "specialty": QCoreApplication.translate("ChangeFields", "specialty"),
        "age_min_months": QCoreApplication.translate("ChangeFields", "patients from (months)"),
        "age_max_months": QCoreApplication.translate("ChangeFields", "patients up to (months)"),
        "visit_minutes": QCoreApplication.translate("ChangeFields", "visit length (min)"),
        "languages": QCoreApplication.translate("ChangeFields", "languages"),
        "notes": QCoreApplication.translate("ChangeFields", "notes"),
        "specialist": QCoreApplication.translate("ChangeFields", "specialist"),
        "price": QCoreApplication.translate("ChangeFields", "price"),
        "duration_minutes": QCoreApplication.translate("ChangeFields", "duration (min)"),
        "preparation": QCoreApplication.translate("ChangeFields", "preparation"),
        "question": QCoreApplication.translate("ChangeFields", "question"),
        "answer": QCoreApplication.translate("ChangeFields", "answer"),
        "tags": QCoreApplication.translate("ChangeFields", "tags"),
        "objections": QCoreApplication.translate("ChangeFields", "objection prompts"),
        "phrases": QCoreApplication.translate("ChangeFields", "ready phrases"),
        "specialists": QCoreApplication.translate("ChangeFields", "specialists"),
        "services": QCoreApplication.translate("ChangeFields", "services"),
        "knowledge": QCoreApplication.translate("ChangeFields", "knowledge entries"),
    }
    return words.get(field, field)


def change_text(change: CardChange) -> str:
    """What was done, and to which fields: "changed: price, preparation"."""
    if change.action is not Action.UPDATE:
        return action_text(change.action)
    fields = ", ".join(field_text(change.entity, f) for f in change.changed_fields())
    return f"{action_text(change.action)}: {fields}" if fields else action_text(change.action)


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
        return change_text(change)
