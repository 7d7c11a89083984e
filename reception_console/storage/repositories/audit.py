"""The audit trail's rows: one short INSERT per event, read back newest first."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import insert, select

from ...domain.audit import AuditAction, AuditEvent
from ..errors import outage_safe
from ..sessions import Connections
from ..tables import audit_events


def audit_columns(event: AuditEvent) -> dict[str, object]:
    return {
        "at": event.at,
        "actor_id": event.actor_id,
        "actor": event.actor[:120],
        "action": event.action.value,
        "clinic_id": event.clinic_id,
        "subject": event.subject[:200],
        "details": event.details,
    }


@outage_safe
class SqlAuditStore:
    def __init__(self, connections: Connections) -> None:
        self._connections = connections

    def add(self, event: AuditEvent) -> None:
        with self._connections.begin() as s:
            s.execute(insert(audit_events).values(**audit_columns(event)))

    def events(
        self, since: datetime | None = None, until: datetime | None = None, limit: int = 5000
    ) -> list[AuditEvent]:
        query = select(audit_events).order_by(audit_events.c.at.desc(), audit_events.c.id.desc()).limit(limit)
        if since is not None:
            query = query.where(audit_events.c.at >= since)
        if until is not None:
            query = query.where(audit_events.c.at < until)
        with self._connections() as s:
            return [
                AuditEvent(
                    at=r.at,
                    actor=r.actor,
                    action=AuditAction(r.action),
                    subject=r.subject,
                    details=r.details,
                    clinic_id=r.clinic_id,
                    actor_id=r.actor_id,
                    id=r.id,
                )
                for r in s.execute(query)
            ]
