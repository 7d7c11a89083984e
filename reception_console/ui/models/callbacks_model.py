"""Missed calls waiting to be called back (open callback tasks), newest first."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush

from ...domain.tasks import Task
from .. import formatting as fmt
from .. import theme

Index = QModelIndex | QPersistentModelIndex
ROLE_TASK = Qt.ItemDataRole.UserRole + 1


class CallbacksModel(QAbstractListModel):
    def __init__(self, clinic_name: Callable[[int | None], str], clock: Callable[[], datetime], parent: Any = None):
        super().__init__(parent)
        self._tasks: list[Task] = []
        self._clinic_name = clinic_name
        self._clock = clock

    def set_tasks(self, tasks: list[Task]) -> None:
        self.beginResetModel()
        self._tasks = sorted(tasks, key=lambda t: t.created_at, reverse=True)
        self.endResetModel()

    def tasks(self) -> list[Task]:
        return list(self._tasks)

    def task(self, row: int) -> Task:
        return self._tasks[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._tasks)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        task = self._tasks[index.row()]
        if role == ROLE_TASK:
            return task
        overdue = task.is_overdue(self._clock())
        if role == Qt.ItemDataRole.DisplayRole:
            who = fmt.phone(task.phone)
            if task.patient_name:
                who = f"{task.patient_name} · {who}"
            when = self.tr("%1 · by %2").replace("%1", fmt.clock(task.created_at))
            return f"{who}\n{self._clinic_name(task.clinic_id)}\n{when.replace('%2', fmt.clock(task.due_at))}"
        if role == Qt.ItemDataRole.BackgroundRole and overdue:
            return QBrush(theme.colour("alert_bg"))
        if role == Qt.ItemDataRole.ForegroundRole and overdue:
            return QBrush(theme.colour("alert_text"))
        if role == Qt.ItemDataRole.ToolTipRole:
            due = fmt.date_time(task.due_at)
            return (
                self.tr("Overdue: call back by %1").replace("%1", due)
                if overdue
                else self.tr("Call back by %1").replace("%1", due)
            )
        return None
