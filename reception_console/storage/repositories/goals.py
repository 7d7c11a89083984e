"""What supervisors set: a clinic's goal conversion and average check, receptionists' monthly targets."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from ...domain.reports import MonthlyTarget
from ..errors import outage_safe
from ..models import CardChangeRow, ClinicRow, ReceptionistTargetRow


def _money(value: Decimal | None) -> str | None:
    return None if value is None else str(value)


@outage_safe
class SqlGoalStore:
    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self._sessions = sessions

    def set_clinic_goals(
        self, clinic_id: int, goal_conversion: Decimal, average_check: Decimal | None, person_id: int, at: datetime
    ) -> None:
        """Change both values and keep the change in the card's history (who, when, before, after)."""
        with self._sessions.begin() as s:
            row = s.get(ClinicRow, clinic_id)
            if row is None:
                raise KeyError(clinic_id)
            before = {"goal_conversion": _money(row.goal_conversion), "average_check": _money(row.average_check)}
            row.goal_conversion = goal_conversion
            row.average_check = average_check
            row.updated_at = at
            s.add(
                CardChangeRow(
                    clinic_id=clinic_id,
                    changed_by_id=person_id,
                    changed_at=at,
                    entity="clinic",
                    entity_id=clinic_id,
                    action="update",
                    before=before,
                    after={"goal_conversion": _money(goal_conversion), "average_check": _money(average_check)},
                )
            )

    def targets(self, month: str) -> list[MonthlyTarget]:
        with self._sessions() as s:
            rows = s.scalars(select(ReceptionistTargetRow).where(ReceptionistTargetRow.month == month))
            return [MonthlyTarget(r.person_id, r.month, r.bookings, r.conversion) for r in rows]

    def set_target(self, target: MonthlyTarget, set_by_id: int, at: datetime) -> None:
        with self._sessions.begin() as s:
            row = s.scalars(
                select(ReceptionistTargetRow).where(
                    ReceptionistTargetRow.person_id == target.person_id, ReceptionistTargetRow.month == target.month
                )
            ).first()
            if row is None:
                row = ReceptionistTargetRow(person_id=target.person_id, month=target.month)
                s.add(row)
            row.bookings = target.bookings
            row.conversion = target.conversion
            row.set_by_id = set_by_id
            row.set_at = at
