"""visits by clinic and time: one index serves the show rate's per-zone ranges and lookups by clinic

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22 11:10:00
"""

from __future__ import annotations

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("visits", schema=None) as batch_op:
        batch_op.drop_index("ix_visits_clinic_id")
        batch_op.create_index("ix_visits_clinic_visit_at", ["clinic_id", "visit_at"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("visits", schema=None) as batch_op:
        batch_op.drop_index("ix_visits_clinic_visit_at")
        batch_op.create_index("ix_visits_clinic_id", ["clinic_id"], unique=False)
