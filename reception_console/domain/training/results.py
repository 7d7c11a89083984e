"""Knowledge-test results over months: one row per receptionist, clinic and month."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True, slots=True)
class KnowledgeTestRecord:
    person: str
    clinic_key: str
    taken_at: datetime
    asked: int
    right: int
    seconds: float


@dataclass(frozen=True, slots=True)
class MonthlyResult:
    person: str
    clinic_key: str
    month: str  # YYYY-MM
    tests: int
    asked: int
    right: int
    seconds: float

    @property
    def percent(self) -> float:
        return 100.0 * self.right / self.asked if self.asked else 0.0


def monthly_results(records: Iterable[KnowledgeTestRecord]) -> list[MonthlyResult]:
    """Results summed per receptionist, clinic and month, in that order."""
    totals: dict[tuple[str, str, str], list[float]] = {}
    for r in records:
        key = (r.person, r.clinic_key, r.taken_at.strftime("%Y-%m"))
        row = totals.setdefault(key, [0, 0, 0, 0.0])
        row[0] += 1
        row[1] += r.asked
        row[2] += r.right
        row[3] += r.seconds
    return [MonthlyResult(p, c, m, int(v[0]), int(v[1]), int(v[2]), v[3]) for (p, c, m), v in sorted(totals.items())]


def by_clinic(rows: Iterable[MonthlyResult]) -> list[MonthlyResult]:
    """The monthly results of every receptionist summed per clinic and month (`person` is empty)."""
    totals: dict[tuple[str, str], list[float]] = {}
    for r in rows:
        row = totals.setdefault((r.clinic_key, r.month), [0, 0, 0, 0.0])
        row[0] += r.tests
        row[1] += r.asked
        row[2] += r.right
        row[3] += r.seconds
    return [MonthlyResult("", c, m, int(v[0]), int(v[1]), int(v[2]), v[3]) for (c, m), v in sorted(totals.items())]
