"""Open tasks: callbacks, follow-ups and messages."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush

from ...domain.tasks import Task, TaskKind
from .. import formatting as fmt
from .. import theme
from ..delivery_text import delivery_text

Index = QModelIndex | QPersistentModelIndex
ROLE_TASK = Qt.ItemDataRole.UserRole + 1
OWNER = "owner: "  # a message's recipient "owner: <name>" is the clinic's owner; any other is a doctor's name


def recipient_text(recipient: str) -> str:
    """Who a message is for, in the user's language: "Owner: Jan Kowalski", or the doctor's name as it is."""
    if recipient.startswith(OWNER):
        return QCoreApplication.translate("TasksModel", "Owner: %1").replace("%1", recipient.removeprefix(OWNER))
    return recipient


def no_number_text() -> str:
    """Why a task cannot be dialled."""
    return QCoreApplication.translate(
        "TasksModel",
        "No number to call: the caller's number was withheld or not known. Mark the task done once dealt with.",
    )


def created_tasks_text(tasks: list[Task]) -> str:
    """The tasks a saved outcome created, as the status bar names them: "follow-up on 24.11 10:00, callback"."""
    return ", ".join(
        QCoreApplication.translate("MainWindow", "follow-up on %1").replace("%1", fmt.date_time(t.due_at))
        if t.kind is TaskKind.FOLLOW_UP
        else QCoreApplication.translate("MainWindow", "callback")
        if t.kind is TaskKind.CALLBACK
        else QCoreApplication.translate("MainWindow", "message for %1").replace("%1", recipient_text(t.recipient))
        for t in tasks
    )


class TasksModel(QAbstractTableModel):
    KIND, DUE, CLINIC, PHONE, PATIENT, TEXT, CALL_BACK_TIME, DELIVERY = range(8)

    def __init__(self, clinic_name: Callable[[int | None], str], clock: Callable[[], datetime], parent: Any = None):
        super().__init__(parent)
        self._tasks: list[Task] = []
        self._clinic_name = clinic_name
        self._clock = clock

    def set_tasks(self, tasks: list[Task]) -> None:
        self.beginResetModel()
        self._tasks = list(tasks)
        self.endResetModel()

    def task(self, row: int) -> Task:
        return self._tasks[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._tasks)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 8

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("Task"),
            self.tr("Due"),
            self.tr("Clinic"),
            self.tr("Phone"),
            self.tr("Patient"),
            self.tr("Details"),
            self.tr("Call back when"),
            self.tr("Delivery"),
        )[section]

    def kind_text(self, task: Task) -> str:
        return {
            TaskKind.CALLBACK: self.tr("Call back"),
            TaskKind.FOLLOW_UP: self.tr("Follow up"),
            TaskKind.MESSAGE: self.tr("Message for %1").replace("%1", recipient_text(task.recipient)),
        }[task.kind]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        task = self._tasks[index.row()]
        column = index.column()
        if role == ROLE_TASK:
            return task
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                self.kind_text(task),
                fmt.date_time(task.due_at),
                self._clinic_name(task.clinic_id),
                fmt.phone(task.phone),
                task.patient_name,
                task.text,
                task.call_back_time,
                delivery_text(task),
            )[column]
        if role == Qt.ItemDataRole.ForegroundRole and column == self.DUE and task.is_overdue(self._clock()):
            return QBrush(theme.colour("error"))
        if role == Qt.ItemDataRole.ToolTipRole and column == self.DUE and task.is_overdue(self._clock()):
            return self.tr("Overdue")
        if role == Qt.ItemDataRole.ForegroundRole and column == self.DELIVERY and task.delivery_failed:
            return QBrush(theme.colour("error"))
        if role == Qt.ItemDataRole.ToolTipRole and column == self.DELIVERY:
            return delivery_text(task).replace(" · ", "\n") or None
        return None
