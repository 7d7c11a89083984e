"""privacy: retention per clinic, anonymised calls, demo accounts, audit trail, sign-in failures, daily jobs

Revision ID: 0004_privacy
Revises: 0003
Create Date: 2026-12-03 10:00:00
"""

from __future__ import annotations

import base64
import hashlib
import hmac

import sqlalchemy as sa
from alembic import op

import reception_console.storage.types

revision = "0004_privacy"
down_revision = "0003"
branch_labels = None
depends_on = None

_DEMO_LOGINS = ("justyna", "olga", "anna", "admin")


def _is_demo_password(stored: str) -> bool:
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        expected = base64.b64decode(digest)
        actual = hashlib.scrypt(
            b"demo", salt=base64.b64decode(salt), n=int(n), r=int(r), p=int(p), dklen=len(expected), maxmem=2**28
        )
    except (ValueError, TypeError):
        return False
    return scheme == "scrypt" and hmac.compare_digest(actual, expected)


def upgrade() -> None:
    utc = reception_console.storage.types.UTCDateTime(timezone=True)
    with op.batch_alter_table("clinics", schema=None) as batch_op:
        batch_op.add_column(sa.Column("retention_months", sa.Integer(), server_default="24", nullable=False))
    with op.batch_alter_table("people", schema=None) as batch_op:
        batch_op.add_column(sa.Column("demo", sa.Boolean(), server_default=sa.false(), nullable=False))
    with op.batch_alter_table("calls", schema=None) as batch_op:
        batch_op.add_column(sa.Column("anonymised_at", utc, nullable=True))
        batch_op.add_column(sa.Column("kept_recovered", sa.Boolean(), nullable=True))
        batch_op.add_column(sa.Column("kept_callback_ms", sa.BigInteger(), nullable=True))
    op.create_table(
        "audit_events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", utc, nullable=False),
        sa.Column("actor_id", sa.Integer(), nullable=True),
        sa.Column("actor", sa.String(length=120), nullable=False),
        sa.Column("action", sa.String(length=40), nullable=False),
        sa.Column("clinic_id", sa.Integer(), nullable=True),
        sa.Column("subject", sa.String(length=200), nullable=False),
        sa.Column("details", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["actor_id"], ["people.id"], name=op.f("fk_audit_events_actor_id_people")),
        sa.ForeignKeyConstraint(["clinic_id"], ["clinics.id"], name=op.f("fk_audit_events_clinic_id_clinics")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_events")),
    )
    op.create_index("ix_audit_events_at", "audit_events", ["at"], unique=False)
    op.create_table(
        "sign_in_failures",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("scope", sa.String(length=10), nullable=False),
        sa.Column("key", sa.String(length=200), nullable=False),
        sa.Column("failures", sa.Integer(), nullable=False),
        sa.Column("first_failed_at", utc, nullable=False),
        sa.Column("last_failed_at", utc, nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sign_in_failures")),
        sa.UniqueConstraint("scope", "key", name=op.f("uq_sign_in_failures_scope")),
    )
    runs = op.create_table(
        "maintenance_runs",
        sa.Column("job", sa.String(length=40), nullable=False),
        sa.Column("last_day", sa.String(length=10), nullable=False),
        sa.Column("claimed_at", utc, nullable=True),
        sa.Column("claimed_by", sa.String(length=200), nullable=False),
        sa.PrimaryKeyConstraint("job", name=op.f("pk_maintenance_runs")),
    )
    op.bulk_insert(runs, [{"job": "purge", "last_day": "", "claimed_at": None, "claimed_by": ""}])
    # the demo data's accounts, from before they were marked: a demo login that still has the password "demo"
    people = sa.table(
        "people",
        sa.column("id", sa.Integer),
        sa.column("login", sa.String),
        sa.column("password_hash", sa.String),
        sa.column("demo", sa.Boolean),
    )
    bind = op.get_bind()
    rows = bind.execute(sa.select(people.c.id, people.c.password_hash).where(people.c.login.in_(_DEMO_LOGINS)))
    demo_ids = [row.id for row in rows if _is_demo_password(row.password_hash)]
    if demo_ids:
        bind.execute(sa.update(people).where(people.c.id.in_(demo_ids)).values(demo=True))


def downgrade() -> None:
    op.drop_table("maintenance_runs")
    op.drop_table("sign_in_failures")
    op.drop_index("ix_audit_events_at", table_name="audit_events")
    op.drop_table("audit_events")
    with op.batch_alter_table("calls", schema=None) as batch_op:
        batch_op.drop_column("kept_callback_ms")
        batch_op.drop_column("kept_recovered")
        batch_op.drop_column("anonymised_at")
    with op.batch_alter_table("people", schema=None) as batch_op:
        batch_op.drop_column("demo")
    with op.batch_alter_table("clinics", schema=None) as batch_op:
        batch_op.drop_column("retention_months")
