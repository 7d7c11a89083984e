"""shared work lists: who took a task, and a per-clinic counter of changes to open tasks

Revision ID: 0004_shared_work_lists
Revises: 0004_privacy
Create Date: 2026-12-03 10:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from reception_console.storage.types import UTCDateTime

revision = "0004_shared_work_lists"
down_revision = "0004_privacy"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("tasks", schema=None) as batch_op:
        batch_op.add_column(sa.Column("claimed_by_id", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("claimed_at", UTCDateTime(timezone=True), nullable=True))
        batch_op.create_foreign_key(batch_op.f("fk_tasks_claimed_by_id_people"), "people", ["claimed_by_id"], ["id"])
    op.create_table(
        "work_list_versions",
        sa.Column("clinic_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("clinic_id", name=op.f("pk_work_list_versions")),
    )


def downgrade() -> None:
    op.drop_table("work_list_versions")
    with op.batch_alter_table("tasks", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_tasks_claimed_by_id_people"), type_="foreignkey")
        batch_op.drop_column("claimed_at")
        batch_op.drop_column("claimed_by_id")
