"""Delivery state of message tasks for the people who see them: retry a failed one, or mark it handled by phone."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime

from ..domain.calls import utcnow
from ..domain.messages import Delivery
from ..domain.people import Person
from .ports import OutboxStore


class DeliveryDesk:
    def __init__(self, outbox: OutboxStore, clock: Callable[[], datetime] = utcnow) -> None:
        self._outbox = outbox
        self._clock = clock
        self.wake: Callable[[], None] | None = None  # the delivery worker's wake-up, once it runs

    def queued(self) -> None:
        """Something was put in the outbox: the worker looks now rather than at its next round."""
        if self.wake is not None:
            self.wake()

    def of_tasks(self, task_ids: Sequence[int]) -> dict[int, list[Delivery]]:
        return self._outbox.deliveries(list(task_ids))

    def retry(self, task_id: int) -> int:
        count = self._outbox.retry(task_id, self._clock())
        if count:
            self.queued()
        return count

    def mark_handled(self, task_id: int, person: Person) -> int:
        """The message was passed on by phone: nothing more is sent, and the task is done."""
        return self._outbox.mark_handled(task_id, person.id, self._clock())
