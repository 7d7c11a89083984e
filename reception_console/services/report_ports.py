"""What the report services need from storage. `reception_console.storage.repositories` implements these."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from decimal import Decimal
from typing import Protocol

from ..domain.kpis import Counts
from ..domain.periods import Window
from ..domain.reports import ClinicInfo, Grouping, GroupKey, MonthlyTarget
from ..domain.trends import HourCounts
from ..domain.visits import VisitStatus
from ..domain.worklists import VisitToMark


class ReportStore(Protocol):
    def clinics(self) -> list[ClinicInfo]: ...
    def counts(
        self, windows: Sequence[Window], by: Grouping, *, service_level_ms: int, now: datetime
    ) -> dict[tuple[GroupKey, int | None], Counts]:
        """Counts per (group key, clinic id) of the calls and visits in the windows."""
        ...

    def reasons(self, windows: Sequence[Window]) -> dict[str, int]: ...
    def hourly(self, windows: Sequence[Window]) -> list[HourCounts]: ...


class GoalStore(Protocol):
    def set_clinic_goals(
        self, clinic_id: int, goal_conversion: Decimal, average_check: Decimal | None, person_id: int, at: datetime
    ) -> None: ...
    def targets(self, month: str) -> list[MonthlyTarget]: ...
    def set_target(self, target: MonthlyTarget, set_by_id: int, at: datetime) -> None: ...


class VisitStore(Protocol):
    def unmarked(self, before: datetime, clinic_ids: Sequence[int] = (), limit: int = 500) -> list[VisitToMark]: ...
    def mark(self, visit_id: int, status: VisitStatus, at: datetime) -> bool: ...
