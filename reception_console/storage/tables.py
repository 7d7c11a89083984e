"""Every table of the database as SQLAlchemy Core describes it: the schema Alembic's migrations are checked
against, and what the receptionist's everyday reads and writes (a ring, the card, the outcome, the work lists) are
written on. The ORM's classes (`models`) are mapped onto these tables only where editing needs them, so a
console's start never pays for mapping them."""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Column,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    false,
)

from .types import Money, Ratio, UTCDateTime

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}
metadata = MetaData(naming_convention=NAMING)


# --- clinic card -------------------------------------------------------------------------------------------


clinics = Table(
    "clinics",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("key", String(80), unique=True, nullable=False),
    Column("name", String(200), nullable=False),
    Column("language", String(8), nullable=False),
    Column("timezone", String(64), nullable=False),
    Column("currency", String(3), nullable=False),
    Column("average_check", Money),
    Column("goal_conversion", Ratio),  # None: the default goal (0.90)
    Column("address", Text, default="", nullable=False),
    Column("directions", Text, default="", nullable=False),
    Column("parking", Text, default="", nullable=False),
    Column("opening_hours", Text, default="", nullable=False),
    Column("receptionist_title", String(80), default="", nullable=False),
    Column("greeting_template", Text, default="", nullable=False),
    Column("owner_name", String(200), default="", nullable=False),
    Column("owner_phone", String(32), default="", nullable=False),
    Column("owner_email", String(200), default="", nullable=False),
    # months after which the clinic's calls are anonymised (docs/privacy.md)
    Column("retention_months", Integer, default=24, server_default="24", nullable=False),
    Column("owner_channel", String(8), default="none", nullable=False),
    Column("archived_at", UTCDateTime),
    Column("updated_at", UTCDateTime),
    Column("version", Integer, default=1, nullable=False),
)


phone_lines = Table(
    "phone_lines",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("clinic_id", Integer, ForeignKey("clinics.id"), index=True, nullable=False),
    Column("number", String(32), unique=True, nullable=False),
    Column("label", String(120), default="", nullable=False),
    Column("telephony_account", String(200), unique=True),
    Column("archived_at", UTCDateTime),
)


specialists = Table(
    "specialists",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("clinic_id", Integer, ForeignKey("clinics.id"), index=True, nullable=False),
    Column("key", String(80), nullable=False),
    Column("name", String(200), nullable=False),
    Column("specialty", String(200), nullable=False),
    Column("age_min_months", Integer, default=0, nullable=False),
    Column("age_max_months", Integer),
    Column("visit_minutes", Integer, default=20, nullable=False),
    Column("languages", JSON, default=list, nullable=False),
    Column("notes", Text, default="", nullable=False),
    Column("position", Integer, default=0, nullable=False),
    Column("archived_at", UTCDateTime),
    Column("email", String(200), default="", nullable=False),
    Column("mobile", String(32), default="", nullable=False),
    Column("channel", String(8), default="none", nullable=False),
    UniqueConstraint("clinic_id", "key"),
)


services = Table(
    "services",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("clinic_id", Integer, ForeignKey("clinics.id"), index=True, nullable=False),
    Column("specialist_id", Integer, ForeignKey("specialists.id")),
    Column("specialty", String(200)),
    Column("name", String(300), nullable=False),
    Column("price", Money, nullable=False),
    Column("duration_minutes", Integer),
    Column("preparation", Text, default="", nullable=False),
    Column("position", Integer, default=0, nullable=False),
    Column("archived_at", UTCDateTime),
)


knowledge_entries = Table(
    "knowledge_entries",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("clinic_id", Integer, ForeignKey("clinics.id"), index=True, nullable=False),
    Column("question", Text, nullable=False),
    Column("answer", Text, nullable=False),
    Column("tags", JSON, default=list, nullable=False),
    Column("position", Integer, default=0, nullable=False),
    Column("archived_at", UTCDateTime),
)


objection_prompts = Table(
    "objection_prompts",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("clinic_id", Integer, ForeignKey("clinics.id"), index=True),  # None = global
    Column("language", String(8), nullable=False),
    Column("objection", String(40), nullable=False),
    Column("title", String(200), nullable=False),
    Column("text", Text, nullable=False),
)


phrases = Table(
    "phrases",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("clinic_id", Integer, ForeignKey("clinics.id"), index=True),
    Column("language", String(8), nullable=False),
    Column("title", String(200), nullable=False),
    Column("text", Text, nullable=False),
    Column("position", Integer, default=0, nullable=False),
)


# One change to a clinic card: who, when, what, before and after.
card_changes = Table(
    "card_changes",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("clinic_id", Integer, ForeignKey("clinics.id"), index=True),
    Column("changed_by_id", Integer, ForeignKey("people.id")),
    Column("changed_at", UTCDateTime, nullable=False),
    Column("entity", String(40), nullable=False),
    Column("entity_id", Integer),
    Column("action", String(20), nullable=False),
    Column("before", JSON),
    Column("after", JSON),
)


# --- people ------------------------------------------------------------------------------------------------


people = Table(
    "people",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("login", String(80), unique=True, nullable=False),
    Column("display_name", String(120), nullable=False),
    Column("role", String(20), nullable=False),
    # never loaded with the row: on a shared database only the schema owner may read it (storage.access)
    Column("password_hash", String(300), nullable=False),
    Column("active", Boolean, default=True, nullable=False),
    Column("created_at", UTCDateTime, nullable=False),
    Column("demo", Boolean, default=False, server_default=false(), nullable=False),  # a demo data account
)


# --- calls, tasks, visits ----------------------------------------------------------------------------------


calls = Table(
    "calls",
    metadata,
    Column("id", String(64), primary_key=True),  # UUID made where the call is first seen
    Column("direction", String(10), nullable=False),
    Column("source", String(20), nullable=False),
    Column("line", String(64)),
    Column("clinic_id", Integer, ForeignKey("clinics.id")),
    Column("caller", String(64)),
    Column("caller_name", String(200)),
    Column("receptionist_id", Integer, ForeignKey("people.id")),
    Column("rang_at", UTCDateTime, nullable=False),
    Column("answered_at", UTCDateTime),
    Column("ended_at", UTCDateTime),
    Column("saved_at", UTCDateTime, index=True),
    # the outcome form: a draft while saved_at is empty, the record once saved
    Column("outcome", String(20)),
    Column("reason", String(40)),
    Column("reason_text", Text, default="", nullable=False),
    Column("patient_name", String(200), default="", nullable=False),
    Column("notes", Text, default="", nullable=False),
    Column("specialist_id", Integer, ForeignKey("specialists.id")),
    Column("service_id", Integer, ForeignKey("services.id")),
    Column("visit_at", UTCDateTime),
    Column("expected_value", Money),
    Column("follow_up_due", UTCDateTime),
    Column("message_to", String(200), default="", nullable=False),
    Column("message_text", Text, default="", nullable=False),
    Column("callback_requested", Boolean, default=False, nullable=False),
    Column("call_back_time", String(200), default="", nullable=False),  # the best time to call back
    Column("task_id", Integer, index=True),  # the task this outbound call works on
    # anonymisation: when the caller's data was cleared, and what the figures had read from the number until then
    Column("anonymised_at", UTCDateTime),
    Column("kept_recovered", Boolean),  # follow_up_recovered, for a not_booked call
    Column("kept_callback_ms", BigInteger),  # time to the first callback, for a missed one
    Index("ix_calls_caller_rang_at", "caller", "rang_at"),
    Index("ix_calls_clinic_rang_at", "clinic_id", "rang_at"),
    Index("ix_calls_receptionist_rang_at", "receptionist_id", "rang_at"),
)


tasks = Table(
    "tasks",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("kind", String(20), nullable=False),
    Column("clinic_id", Integer, ForeignKey("clinics.id")),
    Column("call_id", String(64), ForeignKey("calls.id"), index=True),
    Column("phone", String(64)),
    Column("patient_name", String(200), default="", nullable=False),
    Column("recipient", String(200), default="", nullable=False),
    Column("text", Text, default="", nullable=False),
    Column("call_back_time", String(200), default="", nullable=False),  # as the patient said it
    Column("due_at", UTCDateTime, nullable=False),
    Column("created_at", UTCDateTime, nullable=False),
    Column("assignee_id", Integer, ForeignKey("people.id")),
    Column("done_at", UTCDateTime),
    Column("done_by_id", Integer, ForeignKey("people.id")),
    # who is working on it (calling the patient back): taken by one conditional UPDATE, so never by two people
    Column("claimed_by_id", Integer, ForeignKey("people.id")),
    Column("claimed_at", UTCDateTime),
    Index("ix_tasks_open", "done_at", "due_at"),
)


# A counter per clinic (0: tasks of no clinic), raised in the same transaction as any change to its open
# tasks: a console learns that its work lists changed from one small read, and reads them again only then.
work_list_versions = Table(
    "work_list_versions",
    metadata,
    Column("clinic_id", Integer, primary_key=True, autoincrement=False),
    Column("version", Integer, default=0, nullable=False),
)


visits = Table(
    "visits",
    metadata,
    # a clinic's visits in a period: the show rate per clinic time zone (and any lookup by clinic alone)
    Column("id", Integer, primary_key=True),
    Column("call_id", String(64), ForeignKey("calls.id"), unique=True, nullable=False),
    Column("clinic_id", Integer, ForeignKey("clinics.id")),
    Column("specialist_id", Integer, ForeignKey("specialists.id")),
    Column("service_id", Integer, ForeignKey("services.id")),
    Column("visit_at", UTCDateTime, index=True, nullable=False),
    Column("expected_value", Money),
    Column("status", String(20)),  # attended / no_show / cancelled
    Column("status_at", UTCDateTime),
    Index("ix_visits_clinic_visit_at", "clinic_id", "visit_at"),
)


# A question a receptionist could not answer from the card.
knowledge_gaps = Table(
    "knowledge_gaps",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("clinic_id", Integer, ForeignKey("clinics.id"), index=True),
    Column("call_id", String(64), ForeignKey("calls.id")),
    Column("asked_by_id", Integer, ForeignKey("people.id")),
    Column("asked_at", UTCDateTime, nullable=False),
    Column("question", Text, nullable=False),
    Column("resolved_entry_id", Integer, ForeignKey("knowledge_entries.id")),
    Column("resolved_at", UTCDateTime),
)


# A receptionist's target for one month, set by a supervisor.
receptionist_targets = Table(
    "receptionist_targets",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("person_id", Integer, ForeignKey("people.id"), nullable=False),
    Column("month", String(7), nullable=False),  # YYYY-MM
    Column("bookings", Integer, nullable=False),
    Column("conversion", Ratio),
    Column("set_by_id", Integer, ForeignKey("people.id")),
    Column("set_at", UTCDateTime, nullable=False),
    UniqueConstraint("person_id", "month"),
)


# --- privacy -----------------------------------------------------------------------------------------------


# Who saw, exported, changed or erased what: kept as long as the calls it is about (docs/privacy.md).
audit_events = Table(
    "audit_events",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("at", UTCDateTime, nullable=False),
    Column("actor_id", Integer, ForeignKey("people.id")),
    Column("actor", String(120), nullable=False),  # login, or "command line (os user)"
    Column("action", String(40), nullable=False),
    Column("clinic_id", Integer, ForeignKey("clinics.id")),
    Column("subject", String(200), default="", nullable=False),  # a caller's number, a file, a person's login
    Column("details", Text, default="", nullable=False),
    Index("ix_audit_events_at", "at"),
)


# Wrong passwords in a row, per login and per PC (scope "login" / "pc"), until a good sign-in.
sign_in_failures = Table(
    "sign_in_failures",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("scope", String(10), nullable=False),
    Column("key", String(200), nullable=False),
    Column("failures", Integer, default=0, nullable=False),
    Column("first_failed_at", UTCDateTime, nullable=False),
    Column("last_failed_at", UTCDateTime, nullable=False),
    UniqueConstraint("scope", "key"),
)


# The last day a daily job ran: a console claims the day with one UPDATE, so one console runs it.
maintenance_runs = Table(
    "maintenance_runs",
    metadata,
    Column("job", String(40), primary_key=True),
    Column("last_day", String(10), default="", nullable=False),  # YYYY-MM-DD (UTC)
    Column("claimed_at", UTCDateTime),
    Column("claimed_by", String(200), default="", nullable=False),
)


# --- messages that leave the console -------------------------------------------------------------------------


# One e-mail or SMS to deliver, written in the same transaction as what caused it; a worker claims it.
#
# `subject`, `body` and `html` hold the message's words: anonymisation clears them (and `recipient`) once
# the message is delivered or handled.
outbox = Table(
    "outbox",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("key", String(64), unique=True, nullable=False),  # Message-ID and idempotency key
    Column("dedupe_key", String(160), unique=True),
    Column("kind", String(20), nullable=False),
    Column("medium", String(10), nullable=False),
    Column("clinic_id", Integer, ForeignKey("clinics.id")),
    Column("task_id", Integer, ForeignKey("tasks.id"), index=True),
    Column("recipient", String(200), nullable=False),
    Column("subject", Text, default="", nullable=False),
    Column("body", Text, default="", nullable=False),
    Column("html", Text, default="", nullable=False),
    Column("state", String(10), nullable=False),
    Column("attempts", Integer, default=0, nullable=False),
    Column("created_at", UTCDateTime, nullable=False),
    Column("next_attempt_at", UTCDateTime),
    Column("claimed_by", String(120)),
    Column("claimed_until", UTCDateTime),
    Column("sent_at", UTCDateTime),
    Column("provider_id", String(300), default="", nullable=False),
    Column("answer", Text, default="", nullable=False),
    Index("ix_outbox_due", "state", "next_attempt_at"),
)


# --- training (its own module; imported here so every table is in the metadata) -----------------------------

from . import training_tables  # noqa: E402, F401
