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
    _older_task_policy()
    with op.batch_alter_table("tasks", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_tasks_claimed_by_id_people"), type_="foreignkey")
        batch_op.drop_column("claimed_at")
        batch_op.drop_column("claimed_by_id")


def _older_task_policy() -> None:
    """On a shared database whose rights are set up, a receptionist's update policy reads the claim columns: it is
    put back as it was before them (her own or the team's tasks, completed in her name) for the same roles."""
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    roles = bind.execute(
        sa.text("SELECT array_to_string(roles, ',') FROM pg_policies WHERE tablename = 'tasks'"
                " AND policyname = 'tasks_mine_done'")
    ).scalar()  # fmt: skip
    if roles is None:
        return
    op.execute("DROP POLICY tasks_mine_done ON tasks")
    quoted = ", ".join('"' + role.replace('"', '""') + '"' for role in roles.split(","))
    mine = "(assignee_id IS NULL OR assignee_id = reception_person_id())"
    op.execute(
        f"CREATE POLICY tasks_mine_done ON tasks FOR UPDATE TO {quoted} USING {mine}"
        " WITH CHECK (done_by_id = reception_person_id())"
    )
