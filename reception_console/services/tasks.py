"""My tasks: callbacks, follow-ups and messages, and marking them done."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from ..domain.calls import utcnow
from ..domain.people import Person
from ..domain.permissions import Permission
from ..domain.tasks import Task, TaskTakenError
from .permissions import require
from .ports import TaskStore


class TaskService:
    def __init__(self, tasks: TaskStore, clock: Callable[[], datetime] = utcnow) -> None:
        self._tasks = tasks
        self._clock = clock

    def my_tasks(self, person: Person | None) -> list[Task]:
        """Open tasks for the person: those assigned to them and those of the whole team, except the ones a
        colleague has taken (she is calling that patient back)."""
        mine = person.id if person else None
        return [t for t in self._tasks.open_tasks_for(mine) if t.claimed_by_id in (None, mine)]

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
        """Done: a receptionist's own task or one of the whole team's; anyone's for a supervisor."""
        task = self._tasks.get(task_id)
        if task is not None and task.assignee_id not in (None, person.id):
            require(person, Permission.SUPERVISE)
        self._tasks.complete(task_id, person.id, self._clock())

    def now(self) -> datetime:
        return self._clock()
