"""Tasks: callbacks, follow-ups and messages."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import select, update

from ...domain.tasks import Task, TaskKind
from ..errors import outage_safe
from ..sessions import Connections
from ..tables import tasks
from . import work_lists


def to_task(row: Any) -> Task:
    """A task from a row of the tasks table (or an ORM TaskRow)."""
    return Task(
        id=row.id,
        kind=TaskKind(row.kind),
        clinic_id=row.clinic_id,
        call_id=row.call_id,
        phone=row.phone,
        patient_name=row.patient_name,
        recipient=row.recipient,
        text=row.text,
        call_back_time=row.call_back_time or "",
        due_at=row.due_at,
        created_at=row.created_at,
        assignee_id=row.assignee_id,
        done_at=row.done_at,
        done_by_id=row.done_by_id,
        claimed_by_id=row.claimed_by_id,
        claimed_at=row.claimed_at,
    )


@outage_safe
class SqlTaskStore:
    def __init__(self, connections: Connections) -> None:
        self._connections = connections

    def get(self, task_id: int) -> Task | None:
        with self._connections() as s:
            row = s.execute(select(tasks).where(tasks.c.id == task_id)).first()
            return to_task(row) if row else None

    def open_tasks_for(self, person_id: int | None) -> list[Task]:
        query = select(tasks).where(tasks.c.done_at.is_(None)).order_by(tasks.c.due_at, tasks.c.id)
        mine = tasks.c.assignee_id.is_(None)
        query = query.where(mine if person_id is None else mine | (tasks.c.assignee_id == person_id))
        with self._connections() as s:
            return [to_task(r) for r in s.execute(query)]

    def open_tasks(self, kinds: Sequence[TaskKind] | None = None) -> list[Task]:
        query = select(tasks).where(tasks.c.done_at.is_(None)).order_by(tasks.c.due_at, tasks.c.id)
        if kinds:
            query = query.where(tasks.c.kind.in_([k.value for k in kinds]))
        with self._connections() as s:
            return [to_task(r) for r in s.execute(query)]

    def complete(self, task_id: int, person_id: int, at: datetime) -> None:
        with self._connections.begin() as s:
            done = s.execute(
                update(tasks)
                .where(tasks.c.id == task_id, tasks.c.done_at.is_(None))
                .values(done_at=at, done_by_id=person_id)
                .returning(tasks.c.clinic_id)
            ).all()
            work_lists.bump(s, [clinic for (clinic,) in done])

    def claim(self, task_id: int, person_id: int, at: datetime) -> bool:
        """Take an open task nobody else has taken: one conditional UPDATE, so of two people taking it at the same
        moment exactly one gets it. True when the task is now this person's (taking it again is fine)."""
        with self._connections.begin() as s:
            taken = s.execute(
                update(tasks)
                .where(
                    tasks.c.id == task_id,
                    tasks.c.done_at.is_(None),
                    (tasks.c.claimed_by_id.is_(None)) | (tasks.c.claimed_by_id == person_id),
                )
                .values(claimed_by_id=person_id, claimed_at=at)
                .returning(tasks.c.clinic_id)
            ).all()
            work_lists.bump(s, [clinic for (clinic,) in taken])
            return len(taken) == 1

    def release(self, task_id: int, person_id: int) -> bool:
        """Give back a task this person took and did not finish: it is back on everybody's list."""
        with self._connections.begin() as s:
            released = s.execute(
                update(tasks)
                .where(tasks.c.id == task_id, tasks.c.done_at.is_(None), tasks.c.claimed_by_id == person_id)
                .values(claimed_by_id=None, claimed_at=None)
                .returning(tasks.c.clinic_id)
            ).all()
            work_lists.bump(s, [clinic for (clinic,) in released])
            return len(released) == 1

    def version(self, clinic_ids: Sequence[int] = ()) -> int:
        """Grows with every committed change to open tasks (of these clinics): one small read."""
        with self._connections.autocommit() as s:  # one statement: no BEGIN and ROLLBACK around it
            return work_lists.version(s, clinic_ids)
