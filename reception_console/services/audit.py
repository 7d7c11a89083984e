"""The audit trail as the services write it and the admin reads and exports it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from ..domain.audit import AuditAction, AuditEvent
from ..domain.calls import utcnow
from ..domain.people import Person
from ..domain.permissions import Actor, CommandLine, Permission
from .permissions import require
from .privacy_ports import AuditStore

if TYPE_CHECKING:  # (the export modules load with the first export, not with every console)
    from .exports import Table

SYSTEM = "console"  # the daily run, with no person signed in behind it


def actor_name(actor: Actor | None) -> str:
    if isinstance(actor, Person):
        return actor.login
    if isinstance(actor, CommandLine):
        return actor.display_name
    return SYSTEM


class AuditTrail:
    def __init__(self, store: AuditStore, *, clock: Callable[[], datetime] = utcnow) -> None:
        self._store = store
        self._clock = clock

    def record(
        self,
        actor: Actor | None,
        action: AuditAction,
        *,
        subject: str = "",
        details: str = "",
        clinic_id: int | None = None,
        actor_label: str | None = None,
    ) -> None:
        self._store.add(
            AuditEvent(
                at=self._clock(),
                actor=actor_label or actor_name(actor),
                action=action,
                subject=subject,
                details=details,
                clinic_id=clinic_id,
                actor_id=actor.id if isinstance(actor, Person) else None,
            )
        )

    def events(
        self, actor: Actor | None, since: datetime | None = None, until: datetime | None = None
    ) -> list[AuditEvent]:
        """The trail, newest first: for admins only."""
        require(actor, Permission.MANAGE_PEOPLE)
        return self._store.events(since, until)

    def export(self, actor: Actor | None, since: datetime | None = None, until: datetime | None = None) -> Table:
        """The trail as a table to write out; the export itself is recorded."""
        from .exports import Table

        events = self.events(actor, since, until)
        self.record(actor, AuditAction.EXPORTED, subject="audit trail", details=f"{len(events)} event(s)")
        return Table(
            "audit trail",
            ("at", "actor", "action", "clinic_id", "subject", "details"),
            [[e.at, e.actor, e.action.value, e.clinic_id, e.subject, e.details] for e in events],
        )
