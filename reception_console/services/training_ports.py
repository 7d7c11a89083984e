"""What the training service needs from storage. `storage.repositories.training` implements it."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any, Protocol

from ..domain.training.history import Assignment, AssignmentKind, AttemptSummary, StoredTestResult


class TrainingStore(Protocol):
    def clinics(self) -> list[tuple[int, str, str]]:
        """(id, key, name) of every clinic not archived, by name."""
        ...

    def scenarios(self, clinic_id: int) -> list[dict[str, Any]]:
        """The clinic's stored scenario objects in their order; empty when none are stored."""
        ...

    def replace_scenarios(
        self, clinic_id: int, bodies: Sequence[dict[str, Any]], by_id: int | None, at: datetime
    ) -> None:
        """The clinic's scenarios become exactly these (none: back to the generated set), in one transaction."""
        ...

    def add_attempt(
        self,
        person_id: int,
        clinic_id: int | None,
        row: dict[str, Any],
        *,
        assignment_id: int | None = None,
        at: datetime,
    ) -> int:
        """Store a finished practice attempt (and mark the assignment it fulfils done) in one transaction."""
        ...

    def attempts(self, person_id: int | None = None) -> list[AttemptSummary]:
        """Newest first."""
        ...

    def attempt(self, attempt_id: int) -> tuple[AttemptSummary, dict[str, Any]] | None:
        """The summary and the stored JSON (scenario, attempt, checks, find_times)."""
        ...

    def add_test_result(
        self,
        person_id: int,
        clinic_id: int | None,
        row: dict[str, Any],
        *,
        assignment_id: int | None = None,
        at: datetime,
    ) -> int: ...

    def test_results(self, person_id: int | None = None, period: str | None = None) -> list[StoredTestResult]:
        """Newest first."""
        ...

    def add_assignment(
        self,
        person_id: int,
        kind: AssignmentKind,
        clinic_id: int | None,
        scenario_key: str | None,
        note: str,
        by_id: int | None,
        at: datetime,
    ) -> int: ...

    def assignments(self, person_id: int | None = None, open_only: bool = True) -> list[Assignment]:
        """Oldest first."""
        ...

    def remove_assignment(self, assignment_id: int) -> bool: ...
