"""Training's tables: scenarios, practice attempts, knowledge-test results and assignments.

Nothing here touches calls, tasks or the outbox: a practice call lives only in these tables."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session, sessionmaker

from ...domain.training.history import (
    Assignment,
    AssignmentKind,
    AttemptSummary,
    StoredTestResult,
    TestAnswer,
)
from ..errors import outage_safe
from ..models import ClinicRow, PersonRow
from ..training_models import (
    KnowledgeTestResultRow,
    PracticeAttemptRow,
    TrainingAssignmentRow,
    TrainingScenarioRow,
)


def _summary(row: PracticeAttemptRow, person: str) -> AttemptSummary:
    return AttemptSummary(
        id=row.id,
        person_id=row.person_id,
        person=person,
        clinic_id=row.clinic_id,
        scenario_key=row.scenario_key,
        scenario_title=row.scenario_title,
        topic=row.topic,
        started_at=row.started_at,
        finished_at=row.finished_at,
        points=row.points,
        total=row.total,
        answered_after=row.answered_after,
        assigned=row.assigned,
    )


def _assignment(row: TrainingAssignmentRow) -> Assignment:
    return Assignment(
        id=row.id,
        person_id=row.person_id,
        kind=AssignmentKind(row.kind),
        clinic_id=row.clinic_id,
        scenario_key=row.scenario_key,
        note=row.note,
        assigned_by_id=row.assigned_by_id,
        assigned_at=row.assigned_at,
        done_at=row.done_at,
        done_attempt_id=row.done_attempt_id,
    )


_ATTEMPT_FIELDS = (
    "scenario_key",
    "scenario_title",
    "topic",
    "started_at",
    "finished_at",
    "answered_after",
    "points",
    "total",
    "checks",
    "find_times",
    "scenario",
    "attempt",
    "assigned",
)
_TEST_FIELDS = ("period", "asked", "right", "seconds", "taken_at", "answers", "assigned")


@outage_safe
class SqlTrainingStore:
    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self._sessions = sessions

    # --- scenarios ----------------------------------------------------------------------------------------

    def clinics(self) -> list[tuple[int, str, str]]:
        query = (
            select(ClinicRow.id, ClinicRow.key, ClinicRow.name)
            .where(ClinicRow.archived_at.is_(None))
            .order_by(ClinicRow.name, ClinicRow.id)
        )
        with self._sessions() as s:
            return [(clinic_id, key, name) for clinic_id, key, name in s.execute(query)]

    def scenarios(self, clinic_id: int) -> list[dict[str, Any]]:
        query = (
            select(TrainingScenarioRow.body)
            .where(TrainingScenarioRow.clinic_id == clinic_id)
            .order_by(TrainingScenarioRow.position, TrainingScenarioRow.id)
        )
        with self._sessions() as s:
            return [dict(body) for body in s.scalars(query)]

    def replace_scenarios(
        self, clinic_id: int, bodies: Sequence[dict[str, Any]], by_id: int | None, at: datetime
    ) -> None:
        with self._sessions.begin() as s:
            s.execute(delete(TrainingScenarioRow).where(TrainingScenarioRow.clinic_id == clinic_id))
            s.flush()
            for position, body in enumerate(bodies):
                s.add(
                    TrainingScenarioRow(
                        clinic_id=clinic_id,
                        key=str(body["key"]),
                        position=position,
                        body=dict(body),
                        edited_by_id=by_id,
                        edited_at=at,
                    )
                )

    # --- practice attempts --------------------------------------------------------------------------------

    def _done(self, s: Session, assignment_id: int | None, result_id: int, at: datetime) -> None:
        if assignment_id is not None:
            s.execute(
                update(TrainingAssignmentRow)
                .where(TrainingAssignmentRow.id == assignment_id, TrainingAssignmentRow.done_at.is_(None))
                .values(done_at=at, done_attempt_id=result_id)
            )

    def add_attempt(
        self,
        person_id: int,
        clinic_id: int | None,
        row: dict[str, Any],
        *,
        assignment_id: int | None = None,
        at: datetime,
    ) -> int:
        with self._sessions.begin() as s:
            attempt = PracticeAttemptRow(
                person_id=person_id, clinic_id=clinic_id, **{k: row[k] for k in _ATTEMPT_FIELDS}
            )
            s.add(attempt)
            s.flush()
            self._done(s, assignment_id, attempt.id, at)
            return attempt.id

    def attempts(self, person_id: int | None = None) -> list[AttemptSummary]:
        query = (
            select(PracticeAttemptRow, PersonRow.display_name)
            .join(PersonRow, PersonRow.id == PracticeAttemptRow.person_id)
            .order_by(PracticeAttemptRow.finished_at.desc(), PracticeAttemptRow.id.desc())
        )
        if person_id is not None:
            query = query.where(PracticeAttemptRow.person_id == person_id)
        with self._sessions() as s:
            return [_summary(row, name) for row, name in s.execute(query)]

    def attempt(self, attempt_id: int) -> tuple[AttemptSummary, dict[str, Any]] | None:
        query = (
            select(PracticeAttemptRow, PersonRow.display_name)
            .join(PersonRow, PersonRow.id == PracticeAttemptRow.person_id)
            .where(PracticeAttemptRow.id == attempt_id)
        )
        with self._sessions() as s:
            found = s.execute(query).first()
            if found is None:
                return None
            row, name = found
            stored = {
                "scenario": row.scenario,
                "attempt": row.attempt,
                "checks": row.checks,
                "find_times": row.find_times,
            }
            return _summary(row, name), stored

    # --- knowledge tests ----------------------------------------------------------------------------------

    def add_test_result(
        self,
        person_id: int,
        clinic_id: int | None,
        row: dict[str, Any],
        *,
        assignment_id: int | None = None,
        at: datetime,
    ) -> int:
        with self._sessions.begin() as s:
            result = KnowledgeTestResultRow(
                person_id=person_id, clinic_id=clinic_id, **{k: row[k] for k in _TEST_FIELDS}
            )
            s.add(result)
            s.flush()
            self._done(s, assignment_id, result.id, at)
            return result.id

    def test_results(self, person_id: int | None = None, period: str | None = None) -> list[StoredTestResult]:
        query = (
            select(KnowledgeTestResultRow, PersonRow.display_name, ClinicRow.key)
            .join(PersonRow, PersonRow.id == KnowledgeTestResultRow.person_id)
            .outerjoin(ClinicRow, ClinicRow.id == KnowledgeTestResultRow.clinic_id)
            .order_by(KnowledgeTestResultRow.taken_at.desc(), KnowledgeTestResultRow.id.desc())
        )
        if person_id is not None:
            query = query.where(KnowledgeTestResultRow.person_id == person_id)
        if period is not None:
            query = query.where(KnowledgeTestResultRow.period == period)
        with self._sessions() as s:
            return [
                StoredTestResult(
                    id=row.id,
                    person_id=row.person_id,
                    person=name,
                    clinic_id=row.clinic_id,
                    clinic_key=key or "",
                    period=row.period,
                    asked=row.asked,
                    right=row.right,
                    seconds=row.seconds,
                    taken_at=row.taken_at,
                    assigned=row.assigned,
                    answers=tuple(TestAnswer.from_dict(a) for a in row.answers or []),
                )
                for row, name, key in s.execute(query)
            ]

    # --- assignments --------------------------------------------------------------------------------------

    def add_assignment(
        self,
        person_id: int,
        kind: AssignmentKind,
        clinic_id: int | None,
        scenario_key: str | None,
        note: str,
        by_id: int | None,
        at: datetime,
    ) -> int:
        with self._sessions.begin() as s:
            row = TrainingAssignmentRow(
                person_id=person_id,
                kind=kind.value,
                clinic_id=clinic_id,
                scenario_key=scenario_key,
                note=note,
                assigned_by_id=by_id,
                assigned_at=at,
            )
            s.add(row)
            s.flush()
            return row.id

    def assignments(self, person_id: int | None = None, open_only: bool = True) -> list[Assignment]:
        query = select(TrainingAssignmentRow).order_by(TrainingAssignmentRow.assigned_at, TrainingAssignmentRow.id)
        if person_id is not None:
            query = query.where(TrainingAssignmentRow.person_id == person_id)
        if open_only:
            query = query.where(TrainingAssignmentRow.done_at.is_(None))
        with self._sessions() as s:
            return [_assignment(r) for r in s.scalars(query)]

    def remove_assignment(self, assignment_id: int) -> bool:
        with self._sessions.begin() as s:
            gone = s.execute(delete(TrainingAssignmentRow).where(TrainingAssignmentRow.id == assignment_id))
            return bool(gone.rowcount)  # type: ignore[attr-defined]
