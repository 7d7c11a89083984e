"""initial schema: clinic cards, scripts, people, calls, tasks, visits

Revision ID: 0001
Revises: (none)
Create Date: 2026-11-22 08:12:36.776009
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import reception_console.storage.types

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "clinics",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=80), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("language", sa.String(length=8), nullable=False),
        sa.Column("timezone", sa.String(length=64), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("average_check", reception_console.storage.types.Money(), nullable=True),
        sa.Column("address", sa.Text(), nullable=False),
        sa.Column("directions", sa.Text(), nullable=False),
        sa.Column("parking", sa.Text(), nullable=False),
        sa.Column("opening_hours", sa.Text(), nullable=False),
        sa.Column("receptionist_title", sa.String(length=80), nullable=False),
        sa.Column("greeting_template", sa.Text(), nullable=False),
        sa.Column("owner_name", sa.String(length=200), nullable=False),
        sa.Column("owner_phone", sa.String(length=32), nullable=False),
        sa.Column("owner_email", sa.String(length=200), nullable=False),
        sa.Column("archived_at", reception_console.storage.types.UTCDateTime(timezone=True), nullable=True),
        sa.Column("updated_at", reception_console.storage.types.UTCDateTime(timezone=True), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_clinics")),
        sa.UniqueConstraint("key", name=op.f("uq_clinics_key")),
    )
    op.create_table(
        "people",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("login", sa.String(length=80), nullable=False),
        sa.Column("display_name", sa.String(length=120), nullable=False),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.Column("password_hash", sa.String(length=300), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", reception_console.storage.types.UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_people")),
        sa.UniqueConstraint("login", name=op.f("uq_people_login")),
    )
    op.create_table(
        "card_changes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("clinic_id", sa.Integer(), nullable=True),
        sa.Column("changed_by_id", sa.Integer(), nullable=True),
        sa.Column("changed_at", reception_console.storage.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("entity", sa.String(length=40), nullable=False),
        sa.Column("entity_id", sa.Integer(), nullable=True),
        sa.Column("action", sa.String(length=20), nullable=False),
        sa.Column("before", sa.JSON(), nullable=True),
        sa.Column("after", sa.JSON(), nullable=True),
        sa.ForeignKeyConstraint(["changed_by_id"], ["people.id"], name=op.f("fk_card_changes_changed_by_id_people")),
        sa.ForeignKeyConstraint(["clinic_id"], ["clinics.id"], name=op.f("fk_card_changes_clinic_id_clinics")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_card_changes")),
    )
    with op.batch_alter_table("card_changes", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_card_changes_clinic_id"), ["clinic_id"], unique=False)

    op.create_table(
        "knowledge_entries",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("clinic_id", sa.Integer(), nullable=False),
        sa.Column("question", sa.Text(), nullable=False),
        sa.Column("answer", sa.Text(), nullable=False),
        sa.Column("tags", sa.JSON(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("archived_at", reception_console.storage.types.UTCDateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(["clinic_id"], ["clinics.id"], name=op.f("fk_knowledge_entries_clinic_id_clinics")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_knowledge_entries")),
    )
    with op.batch_alter_table("knowledge_entries", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_knowledge_entries_clinic_id"), ["clinic_id"], unique=False)

    op.create_table(
        "objection_prompts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("clinic_id", sa.Integer(), nullable=True),
        sa.Column("language", sa.String(length=8), nullable=False),
        sa.Column("objection", sa.String(length=40), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["clinic_id"], ["clinics.id"], name=op.f("fk_objection_prompts_clinic_id_clinics")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_objection_prompts")),
    )
    with op.batch_alter_table("objection_prompts", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_objection_prompts_clinic_id"), ["clinic_id"], unique=False)

    op.create_table(
        "phone_lines",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("clinic_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=32), nullable=False),
        sa.Column("label", sa.String(length=120), nullable=False),
        sa.Column("telephony_account", sa.String(length=200), nullable=True),
        sa.Column("archived_at", reception_console.storage.types.UTCDateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(["clinic_id"], ["clinics.id"], name=op.f("fk_phone_lines_clinic_id_clinics")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_phone_lines")),
        sa.UniqueConstraint("number", name=op.f("uq_phone_lines_number")),
        sa.UniqueConstraint("telephony_account", name=op.f("uq_phone_lines_telephony_account")),
    )
    with op.batch_alter_table("phone_lines", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_phone_lines_clinic_id"), ["clinic_id"], unique=False)

    op.create_table(
        "phrases",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("clinic_id", sa.Integer(), nullable=True),
        sa.Column("language", sa.String(length=8), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["clinic_id"], ["clinics.id"], name=op.f("fk_phrases_clinic_id_clinics")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_phrases")),
    )
    with op.batch_alter_table("phrases", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_phrases_clinic_id"), ["clinic_id"], unique=False)

    op.create_table(
        "specialists",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("clinic_id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=80), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("specialty", sa.String(length=200), nullable=False),
        sa.Column("age_min_months", sa.Integer(), nullable=False),
        sa.Column("age_max_months", sa.Integer(), nullable=True),
        sa.Column("visit_minutes", sa.Integer(), nullable=False),
        sa.Column("languages", sa.JSON(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("archived_at", reception_console.storage.types.UTCDateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(["clinic_id"], ["clinics.id"], name=op.f("fk_specialists_clinic_id_clinics")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_specialists")),
        sa.UniqueConstraint("clinic_id", "key", name=op.f("uq_specialists_clinic_id")),
    )
    with op.batch_alter_table("specialists", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_specialists_clinic_id"), ["clinic_id"], unique=False)

    op.create_table(
        "services",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("clinic_id", sa.Integer(), nullable=False),
        sa.Column("specialist_id", sa.Integer(), nullable=True),
        sa.Column("specialty", sa.String(length=200), nullable=True),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("price", reception_console.storage.types.Money(), nullable=False),
        sa.Column("duration_minutes", sa.Integer(), nullable=True),
        sa.Column("preparation", sa.Text(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("archived_at", reception_console.storage.types.UTCDateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(["clinic_id"], ["clinics.id"], name=op.f("fk_services_clinic_id_clinics")),
        sa.ForeignKeyConstraint(
            ["specialist_id"], ["specialists.id"], name=op.f("fk_services_specialist_id_specialists")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_services")),
    )
    with op.batch_alter_table("services", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_services_clinic_id"), ["clinic_id"], unique=False)

    op.create_table(
        "calls",
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("direction", sa.String(length=10), nullable=False),
        sa.Column("source", sa.String(length=20), nullable=False),
        sa.Column("line", sa.String(length=64), nullable=True),
        sa.Column("clinic_id", sa.Integer(), nullable=True),
        sa.Column("caller", sa.String(length=64), nullable=True),
        sa.Column("caller_name", sa.String(length=200), nullable=True),
        sa.Column("receptionist_id", sa.Integer(), nullable=True),
        sa.Column("rang_at", reception_console.storage.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("answered_at", reception_console.storage.types.UTCDateTime(timezone=True), nullable=True),
        sa.Column("ended_at", reception_console.storage.types.UTCDateTime(timezone=True), nullable=True),
        sa.Column("saved_at", reception_console.storage.types.UTCDateTime(timezone=True), nullable=True),
        sa.Column("outcome", sa.String(length=20), nullable=True),
        sa.Column("reason", sa.String(length=40), nullable=True),
        sa.Column("reason_text", sa.Text(), nullable=False),
        sa.Column("patient_name", sa.String(length=200), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("specialist_id", sa.Integer(), nullable=True),
        sa.Column("service_id", sa.Integer(), nullable=True),
        sa.Column("visit_at", reception_console.storage.types.UTCDateTime(timezone=True), nullable=True),
        sa.Column("expected_value", reception_console.storage.types.Money(), nullable=True),
        sa.Column("follow_up_due", reception_console.storage.types.UTCDateTime(timezone=True), nullable=True),
        sa.Column("message_to", sa.String(length=200), nullable=False),
        sa.Column("message_text", sa.Text(), nullable=False),
        sa.Column("callback_requested", sa.Boolean(), nullable=False),
        sa.Column("task_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["clinic_id"], ["clinics.id"], name=op.f("fk_calls_clinic_id_clinics")),
        sa.ForeignKeyConstraint(["receptionist_id"], ["people.id"], name=op.f("fk_calls_receptionist_id_people")),
        sa.ForeignKeyConstraint(["service_id"], ["services.id"], name=op.f("fk_calls_service_id_services")),
        sa.ForeignKeyConstraint(["specialist_id"], ["specialists.id"], name=op.f("fk_calls_specialist_id_specialists")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_calls")),
    )
    with op.batch_alter_table("calls", schema=None) as batch_op:
        batch_op.create_index("ix_calls_caller_rang_at", ["caller", "rang_at"], unique=False)
        batch_op.create_index("ix_calls_clinic_rang_at", ["clinic_id", "rang_at"], unique=False)
        batch_op.create_index("ix_calls_receptionist_rang_at", ["receptionist_id", "rang_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_calls_saved_at"), ["saved_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_calls_task_id"), ["task_id"], unique=False)

    op.create_table(
        "knowledge_gaps",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("clinic_id", sa.Integer(), nullable=True),
        sa.Column("call_id", sa.String(length=64), nullable=True),
        sa.Column("asked_by_id", sa.Integer(), nullable=True),
        sa.Column("asked_at", reception_console.storage.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("question", sa.Text(), nullable=False),
        sa.Column("resolved_entry_id", sa.Integer(), nullable=True),
        sa.Column("resolved_at", reception_console.storage.types.UTCDateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(["asked_by_id"], ["people.id"], name=op.f("fk_knowledge_gaps_asked_by_id_people")),
        sa.ForeignKeyConstraint(["call_id"], ["calls.id"], name=op.f("fk_knowledge_gaps_call_id_calls")),
        sa.ForeignKeyConstraint(["clinic_id"], ["clinics.id"], name=op.f("fk_knowledge_gaps_clinic_id_clinics")),
        sa.ForeignKeyConstraint(
            ["resolved_entry_id"],
            ["knowledge_entries.id"],
            name=op.f("fk_knowledge_gaps_resolved_entry_id_knowledge_entries"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_knowledge_gaps")),
    )
    with op.batch_alter_table("knowledge_gaps", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_knowledge_gaps_clinic_id"), ["clinic_id"], unique=False)

    op.create_table(
        "tasks",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("clinic_id", sa.Integer(), nullable=True),
        sa.Column("call_id", sa.String(length=64), nullable=True),
        sa.Column("phone", sa.String(length=64), nullable=True),
        sa.Column("patient_name", sa.String(length=200), nullable=False),
        sa.Column("recipient", sa.String(length=200), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("due_at", reception_console.storage.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("created_at", reception_console.storage.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("assignee_id", sa.Integer(), nullable=True),
        sa.Column("done_at", reception_console.storage.types.UTCDateTime(timezone=True), nullable=True),
        sa.Column("done_by_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["assignee_id"], ["people.id"], name=op.f("fk_tasks_assignee_id_people")),
        sa.ForeignKeyConstraint(["call_id"], ["calls.id"], name=op.f("fk_tasks_call_id_calls")),
        sa.ForeignKeyConstraint(["clinic_id"], ["clinics.id"], name=op.f("fk_tasks_clinic_id_clinics")),
        sa.ForeignKeyConstraint(["done_by_id"], ["people.id"], name=op.f("fk_tasks_done_by_id_people")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_tasks")),
    )
    with op.batch_alter_table("tasks", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_tasks_call_id"), ["call_id"], unique=False)
        batch_op.create_index("ix_tasks_open", ["done_at", "due_at"], unique=False)

    op.create_table(
        "visits",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("call_id", sa.String(length=64), nullable=False),
        sa.Column("clinic_id", sa.Integer(), nullable=True),
        sa.Column("specialist_id", sa.Integer(), nullable=True),
        sa.Column("service_id", sa.Integer(), nullable=True),
        sa.Column("visit_at", reception_console.storage.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("expected_value", reception_console.storage.types.Money(), nullable=True),
        sa.Column("status", sa.String(length=20), nullable=True),
        sa.Column("status_at", reception_console.storage.types.UTCDateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(["call_id"], ["calls.id"], name=op.f("fk_visits_call_id_calls")),
        sa.ForeignKeyConstraint(["clinic_id"], ["clinics.id"], name=op.f("fk_visits_clinic_id_clinics")),
        sa.ForeignKeyConstraint(["service_id"], ["services.id"], name=op.f("fk_visits_service_id_services")),
        sa.ForeignKeyConstraint(
            ["specialist_id"], ["specialists.id"], name=op.f("fk_visits_specialist_id_specialists")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_visits")),
        sa.UniqueConstraint("call_id", name=op.f("uq_visits_call_id")),
    )
    with op.batch_alter_table("visits", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_visits_clinic_id"), ["clinic_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_visits_visit_at"), ["visit_at"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("visits", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_visits_visit_at"))
        batch_op.drop_index(batch_op.f("ix_visits_clinic_id"))

    op.drop_table("visits")
    with op.batch_alter_table("tasks", schema=None) as batch_op:
        batch_op.drop_index("ix_tasks_open")
        batch_op.drop_index(batch_op.f("ix_tasks_call_id"))

    op.drop_table("tasks")
    with op.batch_alter_table("knowledge_gaps", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_knowledge_gaps_clinic_id"))

    op.drop_table("knowledge_gaps")
    with op.batch_alter_table("calls", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_calls_task_id"))
        batch_op.drop_index(batch_op.f("ix_calls_saved_at"))
        batch_op.drop_index("ix_calls_receptionist_rang_at")
        batch_op.drop_index("ix_calls_clinic_rang_at")
        batch_op.drop_index("ix_calls_caller_rang_at")

    op.drop_table("calls")
    with op.batch_alter_table("services", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_services_clinic_id"))

    op.drop_table("services")
    with op.batch_alter_table("specialists", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_specialists_clinic_id"))

    op.drop_table("specialists")
    with op.batch_alter_table("phrases", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_phrases_clinic_id"))

    op.drop_table("phrases")
    with op.batch_alter_table("phone_lines", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_phone_lines_clinic_id"))

    op.drop_table("phone_lines")
    with op.batch_alter_table("objection_prompts", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_objection_prompts_clinic_id"))

    op.drop_table("objection_prompts")
    with op.batch_alter_table("knowledge_entries", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_knowledge_entries_clinic_id"))

    op.drop_table("knowledge_entries")
    with op.batch_alter_table("card_changes", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_card_changes_clinic_id"))

    op.drop_table("card_changes")
    op.drop_table("people")
    op.drop_table("clinics")
