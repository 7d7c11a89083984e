"""Booked visits: those whose status is still to be marked, and marking it."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import select, update
from sqlalchemy.orm import Session, sessionmaker

from ...domain.visits import VisitStatus
from ...domain.worklists import VisitToMark
from ..errors import outage_safe
from ..models import CallRow, SpecialistRow, VisitRow


@outage_safe
class SqlVisitStore:
    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self._sessions = sessions

    def unmarked(self, before: datetime, clinic_ids: Sequence[int] = (), limit: int = 500) -> list[VisitToMark]:
        query = (
            select(VisitRow, CallRow.patient_name, CallRow.caller, SpecialistRow.name)
            .join(CallRow, CallRow.id == VisitRow.call_id)
            .outerjoin(SpecialistRow, SpecialistRow.id == VisitRow.specialist_id)
            .where(VisitRow.status.is_(None), VisitRow.visit_at < before)
            .order_by(VisitRow.visit_at)
            .limit(limit)
        )
        if clinic_ids:
            query = query.where(VisitRow.clinic_id.in_(clinic_ids))
        with self._sessions() as s:
            return [
                VisitToMark(
                    v.id, v.call_id, v.clinic_id, v.visit_at, patient or "", phone, specialist or "", v.expected_value
                )
                for v, patient, phone, specialist in s.execute(query)
            ]

    def mark(self, visit_id: int, status: VisitStatus, at: datetime) -> bool:
        """Mark a visit once; False when it was marked already (by another console) or does not exist."""
        with self._sessions.begin() as s:
            done = s.execute(
                update(VisitRow)
                .where(VisitRow.id == visit_id, VisitRow.status.is_(None))
                .values(status=status.value, status_at=at)
            )
            return bool(done.rowcount)  # type: ignore[attr-defined]
