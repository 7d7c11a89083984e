"""Training's tables: scenarios, practice attempts, knowledge-test results and assignments.

A practice call is stored only here, never in calls, tasks or the outbox: nothing of training reaches a figure,
a work list, an export or a message. `models` imports this module, so Alembic sees these tables with the others.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Boolean, Float, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from .models import Base
from .types import UTCDateTime


class TrainingScenarioRow(Base):
    """One virtual-patient scenario of a clinic, as a supervisor left it (the body is the scenario file's object)."""

    __tablename__ = "training_scenarios"
    __table_args__ = (UniqueConstraint("clinic_id", "key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    clinic_id: Mapped[int] = mapped_column(ForeignKey("clinics.id"), index=True)
    key: Mapped[str] = mapped_column(String(120))
    position: Mapped[int] = mapped_column(Integer, default=0)
    body: Mapped[dict[str, Any]] = mapped_column(JSON)
    edited_by_id: Mapped[int | None] = mapped_column(ForeignKey("people.id"))
    edited_at: Mapped[datetime] = mapped_column(UTCDateTime)


class PracticeAttemptRow(Base):
    """One finished practice call: what the scenario expected, what was done, and its score."""

    __tablename__ = "practice_attempts"
    __table_args__ = (Index("ix_practice_attempts_person_finished", "person_id", "finished_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id"))
    clinic_id: Mapped[int | None] = mapped_column(ForeignKey("clinics.id"))
    scenario_key: Mapped[str] = mapped_column(String(120))
    scenario_title: Mapped[str] = mapped_column(String(200), default="")
    topic: Mapped[str] = mapped_column(String(40), default="")
    started_at: Mapped[datetime] = mapped_column(UTCDateTime)
    finished_at: Mapped[datetime] = mapped_column(UTCDateTime)
    answered_after: Mapped[float | None] = mapped_column(Float)
    points: Mapped[int] = mapped_column(Integer)
    total: Mapped[int] = mapped_column(Integer)
    checks: Mapped[list[Any]] = mapped_column(JSON)  # [{name, passed, expected, actual}]
    find_times: Mapped[list[Any]] = mapped_column(JSON)  # seconds per step, null where nothing was found
    scenario: Mapped[dict[str, Any]] = mapped_column(JSON)  # the scenario as it was practised
    attempt: Mapped[dict[str, Any]] = mapped_column(JSON)  # what the trainee did
    assigned: Mapped[bool] = mapped_column(Boolean, default=False)


class KnowledgeTestResultRow(Base):
    """One monthly knowledge test of one clinic taken by one person."""

    __tablename__ = "knowledge_test_results"
    __table_args__ = (Index("ix_knowledge_test_results_person_taken", "person_id", "taken_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id"))
    clinic_id: Mapped[int | None] = mapped_column(ForeignKey("clinics.id"))
    period: Mapped[str] = mapped_column(String(7))  # YYYY-MM
    asked: Mapped[int] = mapped_column(Integer)
    right: Mapped[int] = mapped_column(Integer)
    seconds: Mapped[float] = mapped_column(Float)
    taken_at: Mapped[datetime] = mapped_column(UTCDateTime)
    answers: Mapped[list[Any]] = mapped_column(JSON)  # [{fact, topic, question, options, correct, chosen}]
    assigned: Mapped[bool] = mapped_column(Boolean, default=False)


class TrainingAssignmentRow(Base):
    """A supervisor asks a receptionist to practise a scenario or take the monthly test; done when taken."""

    __tablename__ = "training_assignments"
    __table_args__ = (Index("ix_training_assignments_person_done", "person_id", "done_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id"))
    kind: Mapped[str] = mapped_column(String(20))  # practice / test
    clinic_id: Mapped[int | None] = mapped_column(ForeignKey("clinics.id"))
    scenario_key: Mapped[str | None] = mapped_column(String(120))
    note: Mapped[str] = mapped_column(Text, default="")
    assigned_by_id: Mapped[int | None] = mapped_column(ForeignKey("people.id"))
    assigned_at: Mapped[datetime] = mapped_column(UTCDateTime)
    done_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    done_attempt_id: Mapped[int | None] = mapped_column(Integer)  # the attempt or test result that fulfilled it
