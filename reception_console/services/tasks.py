"""My tasks: callbacks, follow-ups and messages, and marking them done."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import datetime

from ..domain.calls import utcnow
from ..domain.people import Person
from ..domain.permissions import Permission
from ..domain.tasks import Task, TaskKind, TaskTakenError
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
        """Open tasks for the person: those assigned to them and those of the whole team, except the ones a
        colleague has taken (she is calling that patient back)."""
        mine = person.id if person else None
        open_tasks = [t for t in self._tasks.open_tasks_for(mine) if t.claimed_by_id in (None, mine)]
        return with_deliveries(open_tasks, self.deliveries)

    def claim(self, task: Task, person: Person) -> Task:
        """Take a task to work on it: of two people taking it at once exactly one gets it, and it leaves the
        others' lists. Raises TaskTakenError when somebody else has it, or it was done meanwhile."""
        if task.id is None:
            raise ValueError("a task that is not stored cannot be taken")
        if not self._tasks.claim(task.id, person.id, self._clock()):
            stored = self._tasks.get(task.id)
            raise TaskTakenError(
                task.id, stored.claimed_by_id if stored else None, done=bool(stored and stored.done_at)
            )
        stored = self._tasks.get(task.id)
        assert stored is not None
        return stored

    def release(self, task: Task, person: Person) -> None:
        """Give back a task taken and not done: it is on everybody's list again."""
        if task.id is not None:
            self._tasks.release(task.id, person.id)

    def version(self) -> int:
        """Changes when any open task changes (added, taken, given back, done): poll this, reload on a change."""
        return self._tasks.version()

    def get(self, task_id: int) -> Task | None:
        return self._tasks.get(task_id)

    def complete(self, task_id: int, person: Person) -> None:
        """Done: a receptionist's own task or one of the whole team's that no colleague has taken; anyone's for a
        supervisor."""
        task = self._tasks.get(task_id)
        if task is not None and (
            task.assignee_id not in (None, person.id) or task.claimed_by_id not in (None, person.id)
        ):
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
