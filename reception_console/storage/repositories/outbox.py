"""The outbox: e-mails and SMS waiting to be delivered, claimed by one console's worker at a time.

A worker claims a row by setting `claimed_by`/`claimed_until` with an UPDATE that only succeeds while nobody
else holds it (on PostgreSQL the candidates are first read `FOR UPDATE SKIP LOCKED`, so two consoles never even
wait on each other; on SQLite writers take turns, and the conditional UPDATE is the exclusive claim). A claim
expires after its lease: a console killed mid-delivery leaves its rows to the next worker (or to itself after
a restart, since a worker's id stays the same).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import and_, insert, or_, select, update
from sqlalchemy.exc import IntegrityError

from ...domain.messages import Delivery, DeliveryState, Medium, MessageKind, OutboxItem, OutgoingMessage
from ..errors import outage_safe
from ..sessions import Connections
from ..tables import outbox, tasks


def outbox_values(message: OutgoingMessage, at: datetime, task_id: int | None = None) -> dict[str, Any]:
    """The outbox row of a message queued at `at`, to INSERT."""
    return {
        "key": message.key,
        "dedupe_key": message.dedupe_key,
        "kind": message.kind.value,
        "medium": message.medium.value,
        "clinic_id": message.clinic_id,
        "task_id": task_id if task_id is not None else message.task_id,
        "recipient": message.to,
        "subject": message.subject,
        "body": message.text,
        "html": message.html,
        "state": DeliveryState.QUEUED.value,
        "attempts": 0,
        "created_at": at,
        "next_attempt_at": at,
        "provider_id": "",
        "answer": "",
    }


def _item(row: Any) -> OutboxItem:
    return OutboxItem(
        id=row.id,
        key=row.key,
        kind=MessageKind(row.kind),
        medium=Medium(row.medium),
        to=row.recipient,
        subject=row.subject,
        text=row.body,
        html=row.html,
        state=DeliveryState(row.state),
        attempts=row.attempts,
        created_at=row.created_at,
        next_attempt_at=row.next_attempt_at,
        sent_at=row.sent_at,
        provider_id=row.provider_id,
        answer=row.answer,
        task_id=row.task_id,
        clinic_id=row.clinic_id,
    )


def _delivery(row: Any) -> Delivery:
    return Delivery(
        outbox_id=row.id,
        medium=Medium(row.medium),
        to=row.recipient,
        state=DeliveryState(row.state),
        attempts=row.attempts,
        sent_at=row.sent_at,
        answer=row.answer,
        next_attempt_at=row.next_attempt_at,
    )


@outage_safe
class SqlOutbox:
    def __init__(self, connections: Connections) -> None:
        self._connections = connections

    def add(self, message: OutgoingMessage, at: datetime) -> bool:
        """Queue one message on its own; False (nothing written) when its dedupe key is taken already."""
        try:
            with self._connections.begin() as s:
                s.execute(insert(outbox).values(outbox_values(message, at)))
        except IntegrityError:
            if message.dedupe_key and self.has(message.dedupe_key):
                return False
            raise
        return True

    def has(self, dedupe_key: str) -> bool:
        with self._connections() as s:
            return s.scalar(select(outbox.c.id).where(outbox.c.dedupe_key == dedupe_key)) is not None

    def get(self, outbox_id: int) -> OutboxItem | None:
        with self._connections() as s:
            row = s.execute(select(outbox).where(outbox.c.id == outbox_id)).first()
            return _item(row) if row else None

    def claim(self, worker: str, now: datetime, lease: timedelta, limit: int = 10) -> list[OutboxItem]:
        """Claim up to `limit` due messages for `worker` until now + lease; each row goes to one worker only."""
        free = or_(outbox.c.claimed_until.is_(None), outbox.c.claimed_until < now, outbox.c.claimed_by == worker)
        due = and_(outbox.c.state == DeliveryState.QUEUED.value, outbox.c.next_attempt_at <= now, free)
        claimed: list[OutboxItem] = []
        with self._connections.begin() as s:
            candidates = s.scalars(
                select(outbox.c.id)
                .where(due)
                .order_by(outbox.c.next_attempt_at, outbox.c.id)
                .limit(limit)
                .with_for_update(skip_locked=True)
            ).all()
            for outbox_id in candidates:
                taken = s.execute(
                    update(outbox)
                    .where(outbox.c.id == outbox_id, due)
                    .values(claimed_by=worker, claimed_until=now + lease)
                )
                if taken.rowcount == 1:  # type: ignore[attr-defined]
                    claimed.append(_item(s.execute(select(outbox).where(outbox.c.id == outbox_id)).one()))
        return claimed

    def _finish(self, outbox_id: int, worker: str, **values: object) -> bool:
        with self._connections.begin() as s:
            done = s.execute(
                update(outbox)
                .where(outbox.c.id == outbox_id, outbox.c.claimed_by == worker)
                .values(claimed_by=None, claimed_until=None, **values)
            )
            return bool(done.rowcount == 1)  # type: ignore[attr-defined]

    def mark_sent(self, outbox_id: int, worker: str, at: datetime, provider_id: str, answer: str) -> bool:
        return self._finish(
            outbox_id,
            worker,
            state=DeliveryState.SENT.value,
            sent_at=at,
            provider_id=provider_id[:300],
            answer=answer,
            attempts=outbox.c.attempts + 1,
            next_attempt_at=None,
        )

    def mark_retry(self, outbox_id: int, worker: str, next_attempt_at: datetime, answer: str) -> bool:
        return self._finish(
            outbox_id, worker, answer=answer, attempts=outbox.c.attempts + 1, next_attempt_at=next_attempt_at
        )

    def mark_failed(self, outbox_id: int, worker: str, answer: str) -> bool:
        return self._finish(
            outbox_id,
            worker,
            state=DeliveryState.FAILED.value,
            answer=answer,
            attempts=outbox.c.attempts + 1,
            next_attempt_at=None,
        )

    def retry(self, task_id: int, now: datetime) -> int:
        """Queue a task's failed messages again, due now; returns how many."""
        with self._connections.begin() as s:
            done = s.execute(
                update(outbox)
                .where(outbox.c.task_id == task_id, outbox.c.state == DeliveryState.FAILED.value)
                .values(state=DeliveryState.QUEUED.value, next_attempt_at=now, claimed_by=None, claimed_until=None)
            )
            return int(done.rowcount)  # type: ignore[attr-defined]

    def mark_handled(self, task_id: int, person_id: int, at: datetime) -> int:
        """A person passed the message on by phone: its undelivered messages stop, and the task is done."""
        with self._connections.begin() as s:
            done = s.execute(
                update(outbox)
                .where(
                    outbox.c.task_id == task_id,
                    outbox.c.state.in_([DeliveryState.FAILED.value, DeliveryState.QUEUED.value]),
                    # a row a worker holds right now is being sent: it keeps its claim and its outcome
                    or_(outbox.c.claimed_until.is_(None), outbox.c.claimed_until < at),
                )
                .values(state=DeliveryState.HANDLED.value, next_attempt_at=None)
            )
            s.execute(
                update(tasks)
                .where(tasks.c.id == task_id, tasks.c.done_at.is_(None))
                .values(done_at=at, done_by_id=person_id)
            )
            return int(done.rowcount)  # type: ignore[attr-defined]

    def deliveries(self, task_ids: Sequence[int]) -> dict[int, list[Delivery]]:
        """The delivery state of each task's messages, e-mail before SMS."""
        found: dict[int, list[Delivery]] = {}
        if not task_ids:
            return found
        with self._connections() as s:
            for start in range(0, len(task_ids), 500):
                rows = s.execute(
                    select(outbox)
                    .where(outbox.c.task_id.in_(list(task_ids[start : start + 500])))
                    .order_by(outbox.c.task_id, outbox.c.medium, outbox.c.id)
                )
                for row in rows:
                    assert row.task_id is not None
                    found.setdefault(row.task_id, []).append(_delivery(row))
        return found

    def items(self, *, kind: MessageKind | None = None, limit: int = 200) -> list[OutboxItem]:
        """The newest messages (for the admin and the tests)."""
        query = select(outbox).order_by(outbox.c.id.desc()).limit(limit)
        if kind is not None:
            query = query.where(outbox.c.kind == kind.value)
        with self._connections() as s:
            return [_item(r) for r in s.execute(query)]
