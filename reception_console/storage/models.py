"""Every table, in one module so Alembic's autogenerate sees them all."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    false,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from .types import Money, Ratio, UTCDateTime

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


# --- clinic card -------------------------------------------------------------------------------------------


class ClinicRow(Base):
    __tablename__ = "clinics"

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(80), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    language: Mapped[str] = mapped_column(String(8))
    timezone: Mapped[str] = mapped_column(String(64))
    currency: Mapped[str] = mapped_column(String(3))
    average_check: Mapped[Decimal | None] = mapped_column(Money)
    goal_conversion: Mapped[Decimal | None] = mapped_column(Ratio)  # None: the default goal (0.90)
    address: Mapped[str] = mapped_column(Text, default="")
    directions: Mapped[str] = mapped_column(Text, default="")
    parking: Mapped[str] = mapped_column(Text, default="")
    opening_hours: Mapped[str] = mapped_column(Text, default="")
    receptionist_title: Mapped[str] = mapped_column(String(80), default="")
    greeting_template: Mapped[str] = mapped_column(Text, default="")
    owner_name: Mapped[str] = mapped_column(String(200), default="")
    owner_phone: Mapped[str] = mapped_column(String(32), default="")
    owner_email: Mapped[str] = mapped_column(String(200), default="")
    # months after which the clinic's calls are anonymised (docs/privacy.md)
    retention_months: Mapped[int] = mapped_column(Integer, default=24, server_default="24")
    owner_channel: Mapped[str] = mapped_column(String(8), default="none")
    archived_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    updated_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    version: Mapped[int] = mapped_column(Integer, default=1)

    lines: Mapped[list[PhoneLineRow]] = relationship(back_populates="clinic", order_by="PhoneLineRow.id")
    specialists: Mapped[list[SpecialistRow]] = relationship(order_by="SpecialistRow.position")
    services: Mapped[list[ServiceRow]] = relationship(order_by="ServiceRow.position")
    knowledge: Mapped[list[KnowledgeRow]] = relationship(order_by="KnowledgeRow.position")

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012


class PhoneLineRow(Base):
    __tablename__ = "phone_lines"

    id: Mapped[int] = mapped_column(primary_key=True)
    clinic_id: Mapped[int] = mapped_column(ForeignKey("clinics.id"), index=True)
    number: Mapped[str] = mapped_column(String(32), unique=True)
    label: Mapped[str] = mapped_column(String(120), default="")
    telephony_account: Mapped[str | None] = mapped_column(String(200), unique=True)
    archived_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    clinic: Mapped[ClinicRow] = relationship(back_populates="lines")


class SpecialistRow(Base):
    __tablename__ = "specialists"
    __table_args__ = (UniqueConstraint("clinic_id", "key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    clinic_id: Mapped[int] = mapped_column(ForeignKey("clinics.id"), index=True)
    key: Mapped[str] = mapped_column(String(80))
    name: Mapped[str] = mapped_column(String(200))
    specialty: Mapped[str] = mapped_column(String(200))
    age_min_months: Mapped[int] = mapped_column(Integer, default=0)
    age_max_months: Mapped[int | None] = mapped_column(Integer)
    visit_minutes: Mapped[int] = mapped_column(Integer, default=20)
    languages: Mapped[list[str]] = mapped_column(JSON, default=list)
    notes: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(Integer, default=0)
    archived_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    email: Mapped[str] = mapped_column(String(200), default="")
    mobile: Mapped[str] = mapped_column(String(32), default="")
    channel: Mapped[str] = mapped_column(String(8), default="none")


class ServiceRow(Base):
    __tablename__ = "services"

    id: Mapped[int] = mapped_column(primary_key=True)
    clinic_id: Mapped[int] = mapped_column(ForeignKey("clinics.id"), index=True)
    specialist_id: Mapped[int | None] = mapped_column(ForeignKey("specialists.id"))
    specialty: Mapped[str | None] = mapped_column(String(200))
    name: Mapped[str] = mapped_column(String(300))
    price: Mapped[Decimal] = mapped_column(Money)
    duration_minutes: Mapped[int | None] = mapped_column(Integer)
    preparation: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(Integer, default=0)
    archived_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class KnowledgeRow(Base):
    __tablename__ = "knowledge_entries"

    id: Mapped[int] = mapped_column(primary_key=True)
    clinic_id: Mapped[int] = mapped_column(ForeignKey("clinics.id"), index=True)
    question: Mapped[str] = mapped_column(Text)
    answer: Mapped[str] = mapped_column(Text)
    tags: Mapped[list[str]] = mapped_column(JSON, default=list)
    position: Mapped[int] = mapped_column(Integer, default=0)
    archived_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class ObjectionPromptRow(Base):
    __tablename__ = "objection_prompts"

    id: Mapped[int] = mapped_column(primary_key=True)
    clinic_id: Mapped[int | None] = mapped_column(ForeignKey("clinics.id"), index=True)  # None = global
    language: Mapped[str] = mapped_column(String(8))
    objection: Mapped[str] = mapped_column(String(40))
    title: Mapped[str] = mapped_column(String(200))
    text: Mapped[str] = mapped_column(Text)


class PhraseRow(Base):
    __tablename__ = "phrases"

    id: Mapped[int] = mapped_column(primary_key=True)
    clinic_id: Mapped[int | None] = mapped_column(ForeignKey("clinics.id"), index=True)
    language: Mapped[str] = mapped_column(String(8))
    title: Mapped[str] = mapped_column(String(200))
    text: Mapped[str] = mapped_column(Text)
    position: Mapped[int] = mapped_column(Integer, default=0)


class CardChangeRow(Base):
    """One change to a clinic card: who, when, what, before and after."""

    __tablename__ = "card_changes"

    id: Mapped[int] = mapped_column(primary_key=True)
    clinic_id: Mapped[int | None] = mapped_column(ForeignKey("clinics.id"), index=True)
    changed_by_id: Mapped[int | None] = mapped_column(ForeignKey("people.id"))
    changed_at: Mapped[datetime] = mapped_column(UTCDateTime)
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[int | None] = mapped_column(Integer)
    action: Mapped[str] = mapped_column(String(20))
    before: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    after: Mapped[dict[str, Any] | None] = mapped_column(JSON)


# --- people ------------------------------------------------------------------------------------------------


class PersonRow(Base):
    __tablename__ = "people"

    id: Mapped[int] = mapped_column(primary_key=True)
    login: Mapped[str] = mapped_column(String(80), unique=True)
    display_name: Mapped[str] = mapped_column(String(120))
    role: Mapped[str] = mapped_column(String(20))
    # never loaded with the row: on a shared database only the schema owner may read it (storage.access)
    password_hash: Mapped[str] = mapped_column(String(300), deferred=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    demo: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())  # a demo data account


# --- calls, tasks, visits ----------------------------------------------------------------------------------


class CallRow(Base):
    __tablename__ = "calls"
    __table_args__ = (
        Index("ix_calls_caller_rang_at", "caller", "rang_at"),
        Index("ix_calls_clinic_rang_at", "clinic_id", "rang_at"),
        Index("ix_calls_receptionist_rang_at", "receptionist_id", "rang_at"),
    )

    id: Mapped[str] = mapped_column(String(64), primary_key=True)  # UUID made where the call is first seen
    direction: Mapped[str] = mapped_column(String(10))
    source: Mapped[str] = mapped_column(String(20))
    line: Mapped[str | None] = mapped_column(String(64))
    clinic_id: Mapped[int | None] = mapped_column(ForeignKey("clinics.id"))
    caller: Mapped[str | None] = mapped_column(String(64))
    caller_name: Mapped[str | None] = mapped_column(String(200))
    receptionist_id: Mapped[int | None] = mapped_column(ForeignKey("people.id"))
    rang_at: Mapped[datetime] = mapped_column(UTCDateTime)
    answered_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    ended_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    saved_at: Mapped[datetime | None] = mapped_column(UTCDateTime, index=True)
    # the outcome form: a draft while saved_at is empty, the record once saved
    outcome: Mapped[str | None] = mapped_column(String(20))
    reason: Mapped[str | None] = mapped_column(String(40))
    reason_text: Mapped[str] = mapped_column(Text, default="")
    patient_name: Mapped[str] = mapped_column(String(200), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    specialist_id: Mapped[int | None] = mapped_column(ForeignKey("specialists.id"))
    service_id: Mapped[int | None] = mapped_column(ForeignKey("services.id"))
    visit_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    expected_value: Mapped[Decimal | None] = mapped_column(Money)
    follow_up_due: Mapped[datetime | None] = mapped_column(UTCDateTime)
    message_to: Mapped[str] = mapped_column(String(200), default="")
    message_text: Mapped[str] = mapped_column(Text, default="")
    callback_requested: Mapped[bool] = mapped_column(Boolean, default=False)
    call_back_time: Mapped[str] = mapped_column(String(200), default="")  # the best time to call back
    task_id: Mapped[int | None] = mapped_column(Integer, index=True)  # the task this outbound call works on
    # anonymisation: when the caller's data was cleared, and what the figures had read from the number until then
    anonymised_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    kept_recovered: Mapped[bool | None] = mapped_column(Boolean)  # follow_up_recovered, for a not_booked call
    kept_callback_ms: Mapped[int | None] = mapped_column(BigInteger)  # time to the first callback, for a missed one


class TaskRow(Base):
    __tablename__ = "tasks"
    __table_args__ = (Index("ix_tasks_open", "done_at", "due_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))
    clinic_id: Mapped[int | None] = mapped_column(ForeignKey("clinics.id"))
    call_id: Mapped[str | None] = mapped_column(ForeignKey("calls.id"), index=True)
    phone: Mapped[str | None] = mapped_column(String(64))
    patient_name: Mapped[str] = mapped_column(String(200), default="")
    recipient: Mapped[str] = mapped_column(String(200), default="")
    text: Mapped[str] = mapped_column(Text, default="")
    call_back_time: Mapped[str] = mapped_column(String(200), default="")  # as the patient said it
    due_at: Mapped[datetime] = mapped_column(UTCDateTime)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    assignee_id: Mapped[int | None] = mapped_column(ForeignKey("people.id"))
    done_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    done_by_id: Mapped[int | None] = mapped_column(ForeignKey("people.id"))
    # who is working on it (calling the patient back): taken by one conditional UPDATE, so never by two people
    claimed_by_id: Mapped[int | None] = mapped_column(ForeignKey("people.id"))
    claimed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class WorkListVersionRow(Base):
    """A counter per clinic (0: tasks of no clinic), raised in the same transaction as any change to its open
    tasks: a console learns that its work lists changed from one small read, and reads them again only then."""

    __tablename__ = "work_list_versions"

    clinic_id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    version: Mapped[int] = mapped_column(Integer, default=0)


class VisitRow(Base):
    __tablename__ = "visits"
    # a clinic's visits in a period: the show rate per clinic time zone (and any lookup by clinic alone)
    __table_args__ = (Index("ix_visits_clinic_visit_at", "clinic_id", "visit_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    call_id: Mapped[str] = mapped_column(ForeignKey("calls.id"), unique=True)
    clinic_id: Mapped[int | None] = mapped_column(ForeignKey("clinics.id"))
    specialist_id: Mapped[int | None] = mapped_column(ForeignKey("specialists.id"))
    service_id: Mapped[int | None] = mapped_column(ForeignKey("services.id"))
    visit_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    expected_value: Mapped[Decimal | None] = mapped_column(Money)
    status: Mapped[str | None] = mapped_column(String(20))  # attended / no_show / cancelled
    status_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class KnowledgeGapRow(Base):
    """A question a receptionist could not answer from the card."""

    __tablename__ = "knowledge_gaps"

    id: Mapped[int] = mapped_column(primary_key=True)
    clinic_id: Mapped[int | None] = mapped_column(ForeignKey("clinics.id"), index=True)
    call_id: Mapped[str | None] = mapped_column(ForeignKey("calls.id"))
    asked_by_id: Mapped[int | None] = mapped_column(ForeignKey("people.id"))
    asked_at: Mapped[datetime] = mapped_column(UTCDateTime)
    question: Mapped[str] = mapped_column(Text)
    resolved_entry_id: Mapped[int | None] = mapped_column(ForeignKey("knowledge_entries.id"))
    resolved_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class ReceptionistTargetRow(Base):
    """A receptionist's target for one month, set by a supervisor."""

    __tablename__ = "receptionist_targets"
    __table_args__ = (UniqueConstraint("person_id", "month"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id"))
    month: Mapped[str] = mapped_column(String(7))  # YYYY-MM
    bookings: Mapped[int] = mapped_column(Integer)
    conversion: Mapped[Decimal | None] = mapped_column(Ratio)
    set_by_id: Mapped[int | None] = mapped_column(ForeignKey("people.id"))
    set_at: Mapped[datetime] = mapped_column(UTCDateTime)


# --- privacy -----------------------------------------------------------------------------------------------


class AuditEventRow(Base):
    """Who saw, exported, changed or erased what: kept as long as the calls it is about (docs/privacy.md)."""

    __tablename__ = "audit_events"
    __table_args__ = (Index("ix_audit_events_at", "at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("people.id"))
    actor: Mapped[str] = mapped_column(String(120))  # login, or "command line (os user)"
    action: Mapped[str] = mapped_column(String(40))
    clinic_id: Mapped[int | None] = mapped_column(ForeignKey("clinics.id"))
    subject: Mapped[str] = mapped_column(String(200), default="")  # a caller's number, a file, a person's login
    details: Mapped[str] = mapped_column(Text, default="")


class SignInFailureRow(Base):
    """Wrong passwords in a row, per login and per PC (scope "login" / "pc"), until a good sign-in."""

    __tablename__ = "sign_in_failures"
    __table_args__ = (UniqueConstraint("scope", "key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    scope: Mapped[str] = mapped_column(String(10))
    key: Mapped[str] = mapped_column(String(200))
    failures: Mapped[int] = mapped_column(Integer, default=0)
    first_failed_at: Mapped[datetime] = mapped_column(UTCDateTime)
    last_failed_at: Mapped[datetime] = mapped_column(UTCDateTime)


class MaintenanceRunRow(Base):
    """The last day a daily job ran: a console claims the day with one UPDATE, so one console runs it."""

    __tablename__ = "maintenance_runs"

    job: Mapped[str] = mapped_column(String(40), primary_key=True)
    last_day: Mapped[str] = mapped_column(String(10), default="")  # YYYY-MM-DD (UTC)
    claimed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    claimed_by: Mapped[str] = mapped_column(String(200), default="")


# --- messages that leave the console -------------------------------------------------------------------------


class OutboxRow(Base):
    """One e-mail or SMS to deliver, written in the same transaction as what caused it; a worker claims it.

    `subject`, `body` and `html` hold the message's words: anonymisation clears them (and `recipient`) once
    the message is delivered or handled."""

    __tablename__ = "outbox"
    __table_args__ = (Index("ix_outbox_due", "state", "next_attempt_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(64), unique=True)  # Message-ID and idempotency key
    dedupe_key: Mapped[str | None] = mapped_column(String(160), unique=True)
    kind: Mapped[str] = mapped_column(String(20))
    medium: Mapped[str] = mapped_column(String(10))
    clinic_id: Mapped[int | None] = mapped_column(ForeignKey("clinics.id"))
    task_id: Mapped[int | None] = mapped_column(ForeignKey("tasks.id"), index=True)
    recipient: Mapped[str] = mapped_column(String(200))
    subject: Mapped[str] = mapped_column(Text, default="")
    body: Mapped[str] = mapped_column(Text, default="")
    html: Mapped[str] = mapped_column(Text, default="")
    state: Mapped[str] = mapped_column(String(10))
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    next_attempt_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    claimed_by: Mapped[str | None] = mapped_column(String(120))
    claimed_until: Mapped[datetime | None] = mapped_column(UTCDateTime)
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    provider_id: Mapped[str] = mapped_column(String(300), default="")
    answer: Mapped[str] = mapped_column(Text, default="")


# --- training (its own module; imported here so every table is in Base.metadata) ----------------------------

from . import training_models  # noqa: E402, F401
