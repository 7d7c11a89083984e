"""Calls: inserted when first seen, their times, the outcome draft and the saved record."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime
from typing import Any

from sqlalchemy import bindparam, func, insert, select, update
from sqlalchemy.exc import IntegrityError

from ...domain.calls import Call, Direction, EventSource, NotBookedReason, Outcome, OutcomeForm, PastCall
from ...domain.messages import OutgoingMessage
from ...domain.tasks import Task
from ...domain.visits import Visit
from .. import tables
from ..errors import outage_safe
from ..sessions import Connections, inserted_id
from . import work_lists
from .outbox import outbox_values
from .tasks import to_task

_FORM_FIELDS = (
    "reason_text",
    "patient_name",
    "notes",
    "specialist_id",
    "service_id",
    "visit_at",
    "expected_value",
    "follow_up_due",
    "message_to",
    "message_text",
    "callback_requested",
    "call_back_time",
)


def _form(row: Any) -> OutcomeForm:
    return OutcomeForm(
        outcome=Outcome(row.outcome) if row.outcome else None,
        reason=NotBookedReason(row.reason) if row.reason else None,
        **{name: getattr(row, name) for name in _FORM_FIELDS},
    )


def _form_columns(form: OutcomeForm) -> dict[str, object]:
    columns: dict[str, object] = {name: getattr(form, name) for name in _FORM_FIELDS}
    columns["outcome"] = form.outcome.value if form.outcome else None
    columns["reason"] = form.reason.value if form.reason else None
    return columns


def to_call(row: Any) -> Call:
    """A call from a row of the calls table."""
    return Call(
        id=row.id,
        direction=Direction(row.direction),
        source=EventSource(row.source),
        rang_at=row.rang_at,
        line=row.line,
        clinic_id=row.clinic_id,
        caller=row.caller,
        caller_name=row.caller_name,
        receptionist_id=row.receptionist_id,
        answered_at=row.answered_at,
        ended_at=row.ended_at,
        saved_at=row.saved_at,
        form=_form(row),
        task_id=row.task_id,
    )


def task_values(task: Task) -> dict[str, object]:
    """The tasks row of a new task, to INSERT."""
    return {
        "kind": task.kind.value,
        "clinic_id": task.clinic_id,
        "call_id": task.call_id,
        "phone": task.phone,
        "patient_name": task.patient_name,
        "recipient": task.recipient,
        "text": task.text,
        "call_back_time": task.call_back_time,
        "due_at": task.due_at,
        "created_at": task.created_at,
        "assignee_id": task.assignee_id,
    }


# A caller's earlier calls with the names they refer to, built once (every ring runs it, and SQLAlchemy then finds
# it compiled).
_RECEPTIONIST = tables.people.alias("receptionist")
_HISTORY = (
    select(
        tables.calls.c.id,
        tables.calls.c.rang_at,
        tables.clinics.c.name,
        tables.calls.c.saved_at,
        tables.calls.c.outcome,
        tables.calls.c.reason,
        tables.specialists.c.name,
        tables.calls.c.visit_at,
        tables.calls.c.notes,
        tables.calls.c.patient_name,
        _RECEPTIONIST.c.display_name,
    )
    .outerjoin(tables.clinics, tables.clinics.c.id == tables.calls.c.clinic_id)
    .outerjoin(tables.specialists, tables.specialists.c.id == tables.calls.c.specialist_id)
    .outerjoin(_RECEPTIONIST, _RECEPTIONIST.c.id == tables.calls.c.receptionist_id)
    .where(tables.calls.c.caller == bindparam("caller"), tables.calls.c.id != bindparam("exclude"))
    .order_by(tables.calls.c.rang_at.desc())
    .limit(bindparam("limit"))
)


@outage_safe
class SqlCallStore:
    def __init__(self, connections: Connections) -> None:
        self._connections = connections

    def get(self, call_id: str) -> Call | None:
        with self._connections.autocommit() as s:  # one statement: no BEGIN and ROLLBACK around it
            row = s.execute(select(tables.calls).where(tables.calls.c.id == call_id)).first()
            return to_call(row) if row else None

    def add(self, call: Call) -> bool:
        """Insert the call; False when a call with that id is stored already (the key says so, no extra read).

        One plain INSERT: this runs on every ring, before the card is shown."""
        try:
            with self._connections.begin() as s:
                s.execute(insert(tables.calls), self._columns(call))
        except IntegrityError:
            if self.get(call.id) is None:
                raise  # a broken reference, not a duplicate
            return False
        return True

    @staticmethod
    def _columns(call: Call) -> dict[str, object]:
        return {
            "id": call.id,
            "direction": call.direction.value,
            "source": call.source.value,
            "line": call.line,
            "clinic_id": call.clinic_id,
            "caller": call.caller,
            "caller_name": call.caller_name,
            "receptionist_id": call.receptionist_id,
            "rang_at": call.rang_at,
            "answered_at": call.answered_at,
            "ended_at": call.ended_at,
            "task_id": call.task_id,
            **_form_columns(call.form),
        }

    def _update(self, call_id: str, **values: object) -> None:
        with self._connections.begin() as s:
            s.execute(update(tables.calls).where(tables.calls.c.id == call_id).values(**values))

    def set_times(self, call_id: str, *, answered_at: datetime | None = None, ended_at: datetime | None = None) -> None:
        values = {k: v for k, v in (("answered_at", answered_at), ("ended_at", ended_at)) if v is not None}
        if values:
            self._update(call_id, **values)

    def set_clinic(self, call_id: str, clinic_id: int, line: str | None) -> None:
        self._update(call_id, clinic_id=clinic_id, line=line)

    def set_receptionist(self, call_id: str, person_id: int) -> None:
        self._update(call_id, receptionist_id=person_id)

    def save_draft(self, call_id: str, form: OutcomeForm) -> None:
        with self._connections.begin() as s:
            s.execute(
                update(tables.calls)
                .where(tables.calls.c.id == call_id, tables.calls.c.saved_at.is_(None))
                .values(**_form_columns(form))
            )

    def save_outcome(
        self,
        call_id: str,
        form: OutcomeForm,
        saved_at: datetime,
        tasks: Sequence[Task],
        visit: Visit | None,
        outbox: Sequence[OutgoingMessage] = (),
        *,
        ended_at: datetime | None = None,
        receptionist_id: int | None = None,
    ) -> list[Task] | None:
        """One transaction; None (nothing written) when the call was saved already — the UPDATE's condition
        decides, so of two saves of one call (a retried save whose first reply was lost) exactly one counts.
        `ended_at` and `receptionist_id` fill those when still empty, in the same statement."""
        extra: dict[str, object] = {}
        if ended_at is not None:
            extra["ended_at"] = func.coalesce(
                tables.calls.c.ended_at, bindparam(None, ended_at, tables.calls.c.ended_at.type)
            )
        if receptionist_id is not None:
            extra["receptionist_id"] = func.coalesce(tables.calls.c.receptionist_id, receptionist_id)
        with self._connections.begin() as s:
            saved = s.execute(
                update(tables.calls)
                .where(tables.calls.c.id == call_id, tables.calls.c.saved_at.is_(None))
                .values(**_form_columns(form), saved_at=saved_at, **extra)
                .returning(tables.calls.c.task_id, tables.calls.c.receptionist_id)
            ).one_or_none()
            if saved is None:
                if s.scalar(select(tables.calls.c.id).where(tables.calls.c.id == call_id)) is None:
                    raise KeyError(call_id)
                return None
            task_id, receptionist_id = saved
            task_ids = [inserted_id(s.execute(insert(tables.tasks).values(task_values(t)))) for t in tasks]
            if visit is not None:
                s.execute(
                    insert(tables.visits).values(
                        call_id=visit.call_id,
                        clinic_id=visit.clinic_id,
                        specialist_id=visit.specialist_id,
                        service_id=visit.service_id,
                        visit_at=visit.visit_at,
                        expected_value=visit.expected_value,
                    )
                )
            changed = [t.clinic_id for t in tasks]
            if task_id is not None:  # an outbound call made from a task completes that task
                done = s.execute(
                    update(tables.tasks)
                    .where(tables.tasks.c.id == task_id, tables.tasks.c.done_at.is_(None))
                    .values(done_at=saved_at, done_by_id=receptionist_id)
                    .returning(tables.tasks.c.clinic_id)
                ).all()
                changed += [clinic for (clinic,) in done]
            # the messages for the owner or a doctor go out with the call, or not at all
            for m in outbox:
                task_of_message = task_ids[m.task_index] if m.task_index is not None else None
                s.execute(insert(tables.outbox).values(outbox_values(m, saved_at, task_of_message)))
            if changed:
                work_lists.bump(s, changed)  # last: the counter's row is held only while this commits
            return [replace(t, id=new_id) for t, new_id in zip(tasks, task_ids, strict=True)]

    def tasks_of(self, call_id: str) -> list[Task]:
        with self._connections() as s:
            return [
                to_task(r)
                for r in s.execute(
                    select(tables.tasks).where(tables.tasks.c.call_id == call_id).order_by(tables.tasks.c.id)
                )
            ]

    def history(self, caller: str, limit: int = 20, exclude: str | None = None) -> list[PastCall]:
        """The caller's earlier calls, newest first."""
        with self._connections() as s:
            rows = s.execute(_HISTORY, {"caller": caller, "exclude": exclude or "", "limit": limit})
            return [
                PastCall(
                    call_id=call_id,
                    rang_at=rang_at,
                    clinic_name=clinic or "",
                    outcome=outcome if saved_at else None,
                    reason=reason if saved_at else None,
                    specialist_name=specialist or "",
                    visit_at=visit_at if saved_at else None,
                    notes=notes if saved_at else "",
                    patient_name=patient_name,
                    receptionist_name=person or "",
                )
                for (
                    call_id,
                    rang_at,
                    clinic,
                    saved_at,
                    outcome,
                    reason,
                    specialist,
                    visit_at,
                    notes,
                    patient_name,
                    person,
                ) in rows
            ]

    def unsaved(self, receptionist_id: int | None) -> list[Call]:
        with self._connections() as s:
            query = select(tables.calls).where(tables.calls.c.saved_at.is_(None)).order_by(tables.calls.c.rang_at)
            if receptionist_id is not None:
                query = query.where(
                    (tables.calls.c.receptionist_id == receptionist_id) | tables.calls.c.receptionist_id.is_(None)
                )
            return [to_call(r) for r in s.execute(query)]
