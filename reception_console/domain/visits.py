"""A booked visit and what became of it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from enum import StrEnum


class VisitStatus(StrEnum):
    ATTENDED = "attended"
    NO_SHOW = "no_show"
    CANCELLED = "cancelled"


@dataclass(frozen=True, slots=True)
class Visit:
    call_id: str
    clinic_id: int | None
    specialist_id: int | None
    service_id: int | None
    visit_at: datetime
    expected_value: Decimal | None
