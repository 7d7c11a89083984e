"""My tasks: callbacks, follow-ups and messages, and marking them done."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from ..domain.calls import utcnow
from ..domain.people import Person
from ..domain.permissions import Permission
from ..domain.tasks import Task
from .permissions import require
from .ports import TaskStore


class TaskService:
    def __init__(self, tasks: TaskStore, clock: Callable[[], datetime] = utcnow) -> None:
        self._tasks = tasks
        self._clock = clock

    def my_tasks(self, person: Person | None) -> list[Task]:
        """Open tasks for the person: those assigned to them and those of the whole team (nobody else's is read)."""
        return self._tasks.open_tasks_for(person.id if person else None)

    def get(self, task_id: int) -> Task | None:
        return self._tasks.get(task_id)

    def complete(self, task_id: int, person: Person) -> None:
        """Done: a receptionist's own task or one of the whole team's; anyone's for a supervisor."""
        task = self._tasks.get(task_id)
        if task is not None and task.assignee_id not in (None, person.id):
            require(person, Permission.SUPERVISE)
        self._tasks.complete(task_id, person.id, self._clock())

    def now(self) -> datetime:
        return self._clock()
