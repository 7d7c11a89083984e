"""My tasks: callbacks, follow-ups and messages, and marking them done."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import datetime

from ..domain.calls import utcnow
from ..domain.people import Person
from ..domain.permissions import Permission
from ..domain.tasks import Task, TaskKind
from .deliveries import DeliveryDesk
from .permissions import require
from .ports import TaskStore


def with_deliveries(tasks: list[Task], deliveries: DeliveryDesk | None) -> list[Task]:
    """Message tasks with the delivery state of their e-mails and SMS."""
    ids = [t.id for t in tasks if t.kind is TaskKind.MESSAGE and t.id is not None]
    found = deliveries.of_tasks(ids) if deliveries and ids else {}
    return [replace(t, deliveries=tuple(found[t.id])) if t.id in found else t for t in tasks]


class TaskService:
    def __init__(
        self, tasks: TaskStore, clock: Callable[[], datetime] = utcnow, deliveries: DeliveryDesk | None = None
    ) -> None:
        self._tasks = tasks
        self._clock = clock
        self.deliveries = deliveries

    def my_tasks(self, person: Person | None) -> list[Task]:
        """Open tasks for the person: those assigned to them and those of the whole team (nobody else's is read)."""
        return with_deliveries(self._tasks.open_tasks_for(person.id if person else None), self.deliveries)

    def get(self, task_id: int) -> Task | None:
        return self._tasks.get(task_id)

    def complete(self, task_id: int, person: Person) -> None:
        """Done: a receptionist's own task or one of the whole team's; anyone's for a supervisor."""
        task = self._tasks.get(task_id)
        if task is not None and task.assignee_id not in (None, person.id):
            require(person, Permission.SUPERVISE)
        if self.deliveries is not None:  # a message's e-mails and SMS not yet sent stop: passed on by phone
            self.deliveries.mark_handled(task_id, person)
        else:
            self._tasks.complete(task_id, person.id, self._clock())

    def send_again(self, task_id: int) -> int:
        """Queue a message's failed e-mails and SMS again; how many."""
        return self.deliveries.retry(task_id) if self.deliveries is not None else 0

    def now(self) -> datetime:
        return self._clock()
