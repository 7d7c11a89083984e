"""supervisor reports: a goal conversion per clinic, monthly targets per receptionist

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22 08:33:20.053922
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import reception_console.storage.types

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "receptionist_targets",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("month", sa.String(length=7), nullable=False),
        sa.Column("bookings", sa.Integer(), nullable=False),
        sa.Column("conversion", reception_console.storage.types.Ratio(), nullable=True),
        sa.Column("set_by_id", sa.Integer(), nullable=True),
        sa.Column("set_at", reception_console.storage.types.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["person_id"], ["people.id"], name=op.f("fk_receptionist_targets_person_id_people")),
        sa.ForeignKeyConstraint(["set_by_id"], ["people.id"], name=op.f("fk_receptionist_targets_set_by_id_people")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_receptionist_targets")),
        sa.UniqueConstraint("person_id", "month", name=op.f("uq_receptionist_targets_person_id")),
    )
    with op.batch_alter_table("clinics", schema=None) as batch_op:
        batch_op.add_column(sa.Column("goal_conversion", reception_console.storage.types.Ratio(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("clinics", schema=None) as batch_op:
        batch_op.drop_column("goal_conversion")
    op.drop_table("receptionist_targets")
