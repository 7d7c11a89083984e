"""Training's ORM classes, mapped onto its tables (`training_tables`) when training is first used."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy.orm import Mapped

from . import training_tables
from .models import Base


class TrainingScenarioRow(Base):
    """One virtual-patient scenario of a clinic, as a supervisor left it (the body is the scenario file's object)."""

    __table__ = training_tables.training_scenarios

    id: Mapped[int]
    clinic_id: Mapped[int]
    key: Mapped[str]
    position: Mapped[int]
    body: Mapped[dict[str, Any]]
    edited_by_id: Mapped[int | None]
    edited_at: Mapped[datetime]


class PracticeAttemptRow(Base):
    """One finished practice call: what the scenario expected, what was done, and its score."""

    __table__ = training_tables.practice_attempts

    id: Mapped[int]
    person_id: Mapped[int]
    clinic_id: Mapped[int | None]
    scenario_key: Mapped[str]
    scenario_title: Mapped[str]
    topic: Mapped[str]
    started_at: Mapped[datetime]
    finished_at: Mapped[datetime]
    answered_after: Mapped[float | None]
    points: Mapped[int]
    total: Mapped[int]
    checks: Mapped[list[Any]]
    find_times: Mapped[list[Any]]
    scenario: Mapped[dict[str, Any]]
    attempt: Mapped[dict[str, Any]]
    assigned: Mapped[bool]


class KnowledgeTestResultRow(Base):
    """One monthly knowledge test of one clinic taken by one person."""

    __table__ = training_tables.knowledge_test_results

    id: Mapped[int]
    person_id: Mapped[int]
    clinic_id: Mapped[int | None]
    period: Mapped[str]
    asked: Mapped[int]
    right: Mapped[int]
    seconds: Mapped[float]
    taken_at: Mapped[datetime]
    answers: Mapped[list[Any]]
    assigned: Mapped[bool]


class TrainingAssignmentRow(Base):
    """A supervisor asks a receptionist to practise a scenario or take the monthly test; done when taken."""

    __table__ = training_tables.training_assignments

    id: Mapped[int]
    person_id: Mapped[int]
    kind: Mapped[str]
    clinic_id: Mapped[int | None]
    scenario_key: Mapped[str | None]
    note: Mapped[str]
    assigned_by_id: Mapped[int | None]
    assigned_at: Mapped[datetime]
    done_at: Mapped[datetime | None]
    done_attempt_id: Mapped[int | None]
