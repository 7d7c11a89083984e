"""The supervisor's work lists: follow-ups, missed calls awaiting a callback, messages, visits to mark."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime

from ..domain.calls import utcnow
from ..domain.people import Person
from ..domain.permissions import Actor, Permission
from ..domain.tasks import Task, TaskKind
from ..domain.visits import VisitStatus
from ..domain.worklists import VisitToMark
from .deliveries import DeliveryDesk
from .permissions import require
from .ports import TaskStore
from .report_ports import VisitStore
from .tasks import with_deliveries


class WorkListService:
    """The team's lists: for supervisors and admins (`who` tells who is signed in)."""

    def __init__(
        self,
        tasks: TaskStore,
        visits: VisitStore,
        clock: Callable[[], datetime] = utcnow,
        who: Callable[[], Actor | None] = lambda: None,
        deliveries: DeliveryDesk | None = None,
    ) -> None:
        self._who = who
        self._tasks = tasks
        self._visits = visits
        self._clock = clock
        self.deliveries = deliveries

    def now(self) -> datetime:
        return self._clock()

    def open_tasks(self, kind: TaskKind, clinic_ids: Sequence[int] = ()) -> list[Task]:
        """Open tasks of one kind, oldest due first; messages for the owner or a doctor included."""
        require(self._who(), Permission.SUPERVISE)
        tasks = self._tasks.open_tasks([kind])
        return with_deliveries([t for t in tasks if not clinic_ids or t.clinic_id in clinic_ids], self.deliveries)

    def complete(self, task_id: int, person: Person) -> None:
        require(person, Permission.SUPERVISE)
        if self.deliveries is not None:  # a message: passed on by phone, so what was not sent yet stops
            self.deliveries.mark_handled(task_id, person)
        else:
            self._tasks.complete(task_id, person.id, self._clock())

    def send_again(self, task_id: int) -> int:
        return self.deliveries.retry(task_id) if self.deliveries is not None else 0

    def version(self, clinic_ids: Sequence[int] = ()) -> int:
        """Changes when an open task of these clinics changes: poll this, reload the lists on a change."""
        return self._tasks.version(clinic_ids)

    def visits_to_mark(self, clinic_ids: Sequence[int] = ()) -> list[VisitToMark]:
        require(self._who(), Permission.SUPERVISE)
        return self._visits.unmarked(self._clock(), clinic_ids)

    def mark_visit(self, visit_id: int, status: VisitStatus) -> bool:
        require(self._who(), Permission.SUPERVISE)
        return self._visits.mark(visit_id, status, self._clock())

    def load(self, clinic_ids: Sequence[int] = ()) -> WorkLists:
        return WorkLists(
            follow_ups=self.open_tasks(TaskKind.FOLLOW_UP, clinic_ids),
            callbacks=self.open_tasks(TaskKind.CALLBACK, clinic_ids),
            messages=self.open_tasks(TaskKind.MESSAGE, clinic_ids),
            visits=self.visits_to_mark(clinic_ids),
        )


@dataclass(frozen=True)
class WorkLists:
    follow_ups: list[Task]
    callbacks: list[Task]
    messages: list[Task]
    visits: list[VisitToMark]
