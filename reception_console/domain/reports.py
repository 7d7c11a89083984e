"""What the supervisor's reports are made of: groupings, clinics' goals, rows of figures, monthly targets."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum
from fractions import Fraction

from .calls import DEFAULT_SERVICE_LEVEL_SECONDS
from .kpis import DEFAULT_CALLBACK_HOURS, DEFAULT_GOAL_CONVERSION, Figures, ratio
from .periods import Period


class Grouping(StrEnum):
    TOTAL = "total"
    CLINIC = "clinic"
    RECEPTIONIST = "receptionist"
    LINE = "line"


GroupKey = int | str | None  # a clinic id, a person id, a line number, or None (the total / unknown)


@dataclass(frozen=True, slots=True)
class ClinicInfo:
    id: int
    key: str
    name: str
    timezone: str
    currency: str
    average_check: Decimal | None
    goal_conversion: Decimal | None  # None: DEFAULT_GOAL_CONVERSION

    @property
    def goal(self) -> Decimal:
        return self.goal_conversion if self.goal_conversion is not None else DEFAULT_GOAL_CONVERSION


@dataclass(frozen=True, slots=True)
class ReportQuery:
    period: Period
    clinic_ids: tuple[int, ...] = ()  # empty: every clinic (and calls on lines of no clinic)
    by: Grouping = Grouping.TOTAL
    service_level_seconds: int = DEFAULT_SERVICE_LEVEL_SECONDS
    callback_hours: float = DEFAULT_CALLBACK_HOURS


@dataclass(frozen=True, slots=True)
class ReportRow:
    key: GroupKey
    label: str  # the clinic's name, the receptionist's name, the line's number; "" for the total
    figures: Figures


@dataclass(frozen=True, slots=True)
class MonthlyTarget:
    person_id: int
    month: str  # YYYY-MM
    bookings: int
    conversion: Decimal | None = None


@dataclass(frozen=True, slots=True)
class TargetProgress:
    person_id: int
    name: str
    target: MonthlyTarget | None
    booked: int
    booking_conversion: Decimal | None

    @property
    def progress(self) -> Fraction | None:
        """Bookings so far against the month's target (may exceed 1)."""
        return None if self.target is None else ratio(self.booked, self.target.bookings)


def month_key(day: date) -> str:
    return f"{day.year:04d}-{day.month:02d}"


def validate_target(bookings: int, conversion: Decimal | None) -> None:
    """Raise ValueError with a `code` attribute the UI words."""
    if bookings < 0:
        raise TargetError("negative_target", "A target cannot be negative.")
    if conversion is not None and not (0 <= conversion <= 1):
        raise TargetError("conversion_range", "A conversion target is between 0% and 100%.")


def validate_goals(goal_conversion: Decimal, average_check: Decimal | None) -> None:
    if not (0 < goal_conversion <= 1):
        raise TargetError("goal_range", "The goal conversion is above 0% and at most 100%.")
    if average_check is not None and average_check < 0:
        raise TargetError("negative_check", "The average check cannot be negative.")


class TargetError(ValueError):
    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
