"""the best time to call the patient back, on the call's form and on its tasks

Revision ID: 0005_call_back_time
Revises: 0004_messages
Create Date: 2026-12-03 12:45:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005_call_back_time"
down_revision = "0004_messages"
branch_labels = None
depends_on = None


def upgrade() -> None:
    for table in ("calls", "tasks"):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(sa.Column("call_back_time", sa.String(length=200), nullable=False, server_default=""))


def downgrade() -> None:
    for table in ("tasks", "calls"):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column("call_back_time")
