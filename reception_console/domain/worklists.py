"""The supervisor's work lists: what still needs someone to act."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal


@dataclass(frozen=True, slots=True)
class VisitToMark:
    """A booked visit whose time has passed and whose status (attended / no-show / cancelled) is not marked."""

    id: int
    call_id: str
    clinic_id: int | None
    visit_at: datetime
    patient_name: str
    phone: str | None
    specialist_name: str
    expected_value: Decimal | None
