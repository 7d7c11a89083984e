"""training: virtual-patient scenarios, practice attempts, knowledge-test results and assignments

Revision ID: 0005_training
Revises: 0005_call_back_time
Create Date: 2026-12-03 12:45:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from reception_console.storage.types import UTCDateTime

revision = "0005_training"
down_revision = "0005_call_back_time"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "training_scenarios",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("clinic_id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=120), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("body", sa.JSON(), nullable=False),
        sa.Column("edited_by_id", sa.Integer(), nullable=True),
        sa.Column("edited_at", UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["clinic_id"], ["clinics.id"], name=op.f("fk_training_scenarios_clinic_id_clinics")),
        sa.ForeignKeyConstraint(
            ["edited_by_id"], ["people.id"], name=op.f("fk_training_scenarios_edited_by_id_people")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_training_scenarios")),
        sa.UniqueConstraint("clinic_id", "key", name=op.f("uq_training_scenarios_clinic_id")),
    )
    with op.batch_alter_table("training_scenarios", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_training_scenarios_clinic_id"), ["clinic_id"], unique=False)
    op.create_table(
        "practice_attempts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("clinic_id", sa.Integer(), nullable=True),
        sa.Column("scenario_key", sa.String(length=120), nullable=False),
        sa.Column("scenario_title", sa.String(length=200), nullable=False),
        sa.Column("topic", sa.String(length=40), nullable=False),
        sa.Column("started_at", UTCDateTime(timezone=True), nullable=False),
        sa.Column("finished_at", UTCDateTime(timezone=True), nullable=False),
        sa.Column("answered_after", sa.Float(), nullable=True),
        sa.Column("points", sa.Integer(), nullable=False),
        sa.Column("total", sa.Integer(), nullable=False),
        sa.Column("checks", sa.JSON(), nullable=False),
        sa.Column("find_times", sa.JSON(), nullable=False),
        sa.Column("scenario", sa.JSON(), nullable=False),
        sa.Column("attempt", sa.JSON(), nullable=False),
        sa.Column("assigned", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(["person_id"], ["people.id"], name=op.f("fk_practice_attempts_person_id_people")),
        sa.ForeignKeyConstraint(["clinic_id"], ["clinics.id"], name=op.f("fk_practice_attempts_clinic_id_clinics")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_practice_attempts")),
    )
    with op.batch_alter_table("practice_attempts", schema=None) as batch_op:
        batch_op.create_index("ix_practice_attempts_person_finished", ["person_id", "finished_at"], unique=False)
    op.create_table(
        "knowledge_test_results",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("clinic_id", sa.Integer(), nullable=True),
        sa.Column("period", sa.String(length=7), nullable=False),
        sa.Column("asked", sa.Integer(), nullable=False),
        sa.Column("right", sa.Integer(), nullable=False),
        sa.Column("seconds", sa.Float(), nullable=False),
        sa.Column("taken_at", UTCDateTime(timezone=True), nullable=False),
        sa.Column("answers", sa.JSON(), nullable=False),
        sa.Column("assigned", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(["person_id"], ["people.id"], name=op.f("fk_knowledge_test_results_person_id_people")),
        sa.ForeignKeyConstraint(
            ["clinic_id"], ["clinics.id"], name=op.f("fk_knowledge_test_results_clinic_id_clinics")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_knowledge_test_results")),
    )
    with op.batch_alter_table("knowledge_test_results", schema=None) as batch_op:
        batch_op.create_index("ix_knowledge_test_results_person_taken", ["person_id", "taken_at"], unique=False)
    op.create_table(
        "training_assignments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("clinic_id", sa.Integer(), nullable=True),
        sa.Column("scenario_key", sa.String(length=120), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("assigned_by_id", sa.Integer(), nullable=True),
        sa.Column("assigned_at", UTCDateTime(timezone=True), nullable=False),
        sa.Column("done_at", UTCDateTime(timezone=True), nullable=True),
        sa.Column("done_attempt_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["person_id"], ["people.id"], name=op.f("fk_training_assignments_person_id_people")),
        sa.ForeignKeyConstraint(["clinic_id"], ["clinics.id"], name=op.f("fk_training_assignments_clinic_id_clinics")),
        sa.ForeignKeyConstraint(
            ["assigned_by_id"], ["people.id"], name=op.f("fk_training_assignments_assigned_by_id_people")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_training_assignments")),
    )
    with op.batch_alter_table("training_assignments", schema=None) as batch_op:
        batch_op.create_index("ix_training_assignments_person_done", ["person_id", "done_at"], unique=False)


def downgrade() -> None:
    op.drop_table("training_assignments")
    op.drop_table("knowledge_test_results")
    op.drop_table("practice_attempts")
    op.drop_table("training_scenarios")
