"""Past calls loaded in bulk (the CSV import): all in one transaction, calls already stored skipped."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import insert, select
from sqlalchemy.orm import Session, sessionmaker

from ...domain.call_import import ImportedCall
from ..errors import outage_safe
from ..models import CallRow, VisitRow
from .calls import _form_columns

CHUNK = 500


@outage_safe
class SqlCallHistoryStore:
    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self._sessions = sessions

    def add_history(self, calls: Sequence[ImportedCall]) -> tuple[int, int]:
        """Insert the calls whose id is new (and the visits of their bookings); returns (added, skipped).

        All or nothing: an error rolls the whole batch back.
        """
        with self._sessions.begin() as s:
            ids = [c.call.id for c in calls]
            existing: set[str] = set()
            for start in range(0, len(ids), CHUNK):
                existing.update(s.scalars(select(CallRow.id).where(CallRow.id.in_(ids[start : start + CHUNK]))))
            new = [c for c in calls if c.call.id not in existing]
            rows = [
                {
                    "id": c.call.id,
                    "direction": c.call.direction.value,
                    "source": c.call.source.value,
                    "line": c.call.line,
                    "clinic_id": c.call.clinic_id,
                    "caller": c.call.caller,
                    "caller_name": c.call.caller_name,
                    "receptionist_id": c.call.receptionist_id,
                    "rang_at": c.call.rang_at,
                    "answered_at": c.call.answered_at,
                    "ended_at": c.call.ended_at,
                    "saved_at": c.call.saved_at,
                    "task_id": None,
                    **_form_columns(c.call.form),
                }
                for c in new
            ]
            visits = [
                {
                    "call_id": c.call.id,
                    "clinic_id": c.call.clinic_id,
                    "specialist_id": c.call.form.specialist_id,
                    "service_id": c.call.form.service_id,
                    "visit_at": c.call.form.visit_at,
                    "expected_value": c.call.form.expected_value,
                    "status": c.visit_status.value if c.visit_status else None,
                    "status_at": c.call.saved_at if c.visit_status else None,
                }
                for c in new
                if c.call.form.visit_at is not None
            ]
            if rows:
                s.execute(insert(CallRow), rows)
            if visits:
                s.execute(insert(VisitRow), visits)
            return len(new), len(calls) - len(new)
