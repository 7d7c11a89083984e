"""Training's tables: scenarios, practice attempts, knowledge-test results and assignments.

A practice call is stored only here, never in calls, tasks or the outbox: nothing of training reaches a figure,
a work list, an export or a message. `tables` imports this module, so Alembic sees these tables with the others.
"""

from __future__ import annotations

from sqlalchemy import JSON, Boolean, Column, Float, ForeignKey, Index, Integer, String, Table, Text, UniqueConstraint

from .tables import metadata
from .types import UTCDateTime

# One virtual-patient scenario of a clinic, as a supervisor left it (the body is the scenario file's object).
training_scenarios = Table(
    "training_scenarios",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("clinic_id", Integer, ForeignKey("clinics.id"), index=True, nullable=False),
    Column("key", String(120), nullable=False),
    Column("position", Integer, default=0, nullable=False),
    Column("body", JSON, nullable=False),
    Column("edited_by_id", Integer, ForeignKey("people.id")),
    Column("edited_at", UTCDateTime, nullable=False),
    UniqueConstraint("clinic_id", "key"),
)


# One finished practice call: what the scenario expected, what was done, and its score.
practice_attempts = Table(
    "practice_attempts",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("person_id", Integer, ForeignKey("people.id"), nullable=False),
    Column("clinic_id", Integer, ForeignKey("clinics.id")),
    Column("scenario_key", String(120), nullable=False),
    Column("scenario_title", String(200), default="", nullable=False),
    Column("topic", String(40), default="", nullable=False),
    Column("started_at", UTCDateTime, nullable=False),
    Column("finished_at", UTCDateTime, nullable=False),
    Column("answered_after", Float),
    Column("points", Integer, nullable=False),
    Column("total", Integer, nullable=False),
    Column("checks", JSON, nullable=False),  # [{name, passed, expected, actual}]
    Column("find_times", JSON, nullable=False),  # seconds per step, null where nothing was found
    Column("scenario", JSON, nullable=False),  # the scenario as it was practised
    Column("attempt", JSON, nullable=False),  # what the trainee did
    Column("assigned", Boolean, default=False, nullable=False),
    Index("ix_practice_attempts_person_finished", "person_id", "finished_at"),
)


# One monthly knowledge test of one clinic taken by one person.
knowledge_test_results = Table(
    "knowledge_test_results",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("person_id", Integer, ForeignKey("people.id"), nullable=False),
    Column("clinic_id", Integer, ForeignKey("clinics.id")),
    Column("period", String(7), nullable=False),  # YYYY-MM
    Column("asked", Integer, nullable=False),
    Column("right", Integer, nullable=False),
    Column("seconds", Float, nullable=False),
    Column("taken_at", UTCDateTime, nullable=False),
    Column("answers", JSON, nullable=False),  # [{fact, topic, question, options, correct, chosen}]
    Column("assigned", Boolean, default=False, nullable=False),
    Index("ix_knowledge_test_results_person_taken", "person_id", "taken_at"),
)


# A supervisor asks a receptionist to practise a scenario or take the monthly test; done when taken.
training_assignments = Table(
    "training_assignments",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("person_id", Integer, ForeignKey("people.id"), nullable=False),
    Column("kind", String(20), nullable=False),  # practice / test
    Column("clinic_id", Integer, ForeignKey("clinics.id")),
    Column("scenario_key", String(120)),
    Column("note", Text, default="", nullable=False),
    Column("assigned_by_id", Integer, ForeignKey("people.id")),
    Column("assigned_at", UTCDateTime, nullable=False),
    Column("done_at", UTCDateTime),
    Column("done_attempt_id", Integer),  # the attempt or test result that fulfilled it
    Index("ix_training_assignments_person_done", "person_id", "done_at"),
)
