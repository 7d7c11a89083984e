"""Tasks that follow from outcomes: callbacks, follow-ups and messages."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from .calls import Call, Outcome, asks_call_back_time
from .messages import Delivery, DeliveryState


class TaskKind(StrEnum):
    CALLBACK = "callback"
    FOLLOW_UP = "follow_up"
    MESSAGE = "message"


FOLLOW_UP_AFTER = timedelta(days=2)
CALLBACK_WITHIN = timedelta(hours=1)


@dataclass(frozen=True, slots=True)
class Task:
    kind: TaskKind
    clinic_id: int | None
    phone: str | None
    due_at: datetime
    created_at: datetime
    call_id: str | None = None
    patient_name: str = ""
    recipient: str = ""  # for messages: "owner" or a doctor's name
    text: str = ""
    call_back_time: str = ""  # the best time to call the patient back, as they said it
    assignee_id: int | None = None
    done_at: datetime | None = None
    done_by_id: int | None = None
    id: int | None = None
    claimed_by_id: int | None = None  # who took it (is calling the patient back); nobody else gets it
    claimed_at: datetime | None = None
    deliveries: tuple[Delivery, ...] = ()  # a message's e-mails and SMS and how far each got

    @property
    def delivery_failed(self) -> bool:
        return any(d.state is DeliveryState.FAILED for d in self.deliveries)

    def is_overdue(self, now: datetime) -> bool:
        return self.done_at is None and self.due_at < now


class TaskTakenError(Exception):
    """Somebody else took this task first (or it was done meanwhile): it is not yours to work on."""

    def __init__(self, task_id: int, claimed_by_id: int | None, done: bool = False) -> None:
        super().__init__(
            f"task {task_id} was taken by person {claimed_by_id}" if not done else f"task {task_id} is done"
        )
        self.task_id = task_id
        self.claimed_by_id = claimed_by_id
        self.done = done


def tasks_for(call: Call, now: datetime) -> list[Task]:
    """The tasks DOMAIN.md asks for once a call's outcome is saved. A withheld caller gets no callback (nobody
    could dial it); the missed call still counts in the figures."""
    form = call.form
    when = form.call_back_time.strip() if asks_call_back_time(form) else ""

    def task(kind: TaskKind, due_at: datetime, text: str, recipient: str = "") -> Task:
        return Task(
            kind,
            clinic_id=call.clinic_id,
            phone=call.caller,
            due_at=due_at,
            created_at=now,
            call_id=call.id,
            patient_name=form.patient_name,
            recipient=recipient,
            text=text,
            call_back_time=when,
        )

    said = " — ".join(text for text in (form.reason_text.strip(), form.notes.strip()) if text)  # what to call about
    tasks: list[Task] = []
    if (form.outcome is Outcome.MISSED or form.callback_requested) and call.caller:
        tasks.append(task(TaskKind.CALLBACK, now + CALLBACK_WITHIN, said))
    if form.outcome is Outcome.NOT_BOOKED and form.reason is not None and form.reason.needs_follow_up:
        tasks.append(task(TaskKind.FOLLOW_UP, form.follow_up_due or now + FOLLOW_UP_AFTER, said))
    if form.message_to:
        tasks.append(task(TaskKind.MESSAGE, now, form.message_text, recipient=form.message_to))
    return tasks
