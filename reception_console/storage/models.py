"""The ORM's classes, mapped onto the tables of `tables`: for the code that edits and reports (card editor,
people, goals, privacy, exports), where loading whole objects with their relationships reads best. Nothing on a
console's start or on a ring imports this module: mapping the classes costs more than the start can spare, and
the receptionist's everyday reads and writes are written on the tables themselves."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy.orm import DeclarativeBase, Mapped, column_property, relationship

from . import tables


class Base(DeclarativeBase):
    metadata = tables.metadata


# --- clinic card -------------------------------------------------------------------------------------------


class ClinicRow(Base):
    __table__ = tables.clinics

    id: Mapped[int]
    key: Mapped[str]
    name: Mapped[str]
    language: Mapped[str]
    timezone: Mapped[str]
    currency: Mapped[str]
    average_check: Mapped[Decimal | None]
    goal_conversion: Mapped[Decimal | None]
    address: Mapped[str]
    directions: Mapped[str]
    parking: Mapped[str]
    opening_hours: Mapped[str]
    receptionist_title: Mapped[str]
    greeting_template: Mapped[str]
    owner_name: Mapped[str]
    owner_phone: Mapped[str]
    owner_email: Mapped[str]
    retention_months: Mapped[int]
    owner_channel: Mapped[str]
    archived_at: Mapped[datetime | None]
    updated_at: Mapped[datetime | None]
    version: Mapped[int]

    lines: Mapped[list[PhoneLineRow]] = relationship(back_populates="clinic", order_by="PhoneLineRow.id")
    specialists: Mapped[list[SpecialistRow]] = relationship(order_by="SpecialistRow.position")
    services: Mapped[list[ServiceRow]] = relationship(order_by="ServiceRow.position")
    knowledge: Mapped[list[KnowledgeRow]] = relationship(order_by="KnowledgeRow.position")

    __mapper_args__ = {"version_id_col": tables.clinics.c.version}  # noqa: RUF012


class PhoneLineRow(Base):
    __table__ = tables.phone_lines

    id: Mapped[int]
    clinic_id: Mapped[int]
    number: Mapped[str]
    label: Mapped[str]
    telephony_account: Mapped[str | None]
    archived_at: Mapped[datetime | None]

    clinic: Mapped[ClinicRow] = relationship(back_populates="lines")


class SpecialistRow(Base):
    __table__ = tables.specialists

    id: Mapped[int]
    clinic_id: Mapped[int]
    key: Mapped[str]
    name: Mapped[str]
    specialty: Mapped[str]
    age_min_months: Mapped[int]
    age_max_months: Mapped[int | None]
    visit_minutes: Mapped[int]
    languages: Mapped[list[str]]
    notes: Mapped[str]
    position: Mapped[int]
    archived_at: Mapped[datetime | None]
    email: Mapped[str]
    mobile: Mapped[str]
    channel: Mapped[str]


class ServiceRow(Base):
    __table__ = tables.services

    id: Mapped[int]
    clinic_id: Mapped[int]
    specialist_id: Mapped[int | None]
    specialty: Mapped[str | None]
    name: Mapped[str]
    price: Mapped[Decimal]
    duration_minutes: Mapped[int | None]
    preparation: Mapped[str]
    position: Mapped[int]
    archived_at: Mapped[datetime | None]


class KnowledgeRow(Base):
    __table__ = tables.knowledge_entries

    id: Mapped[int]
    clinic_id: Mapped[int]
    question: Mapped[str]
    answer: Mapped[str]
    tags: Mapped[list[str]]
    position: Mapped[int]
    archived_at: Mapped[datetime | None]


class ObjectionPromptRow(Base):
    __table__ = tables.objection_prompts

    id: Mapped[int]
    clinic_id: Mapped[int | None]
    language: Mapped[str]
    objection: Mapped[str]
    title: Mapped[str]
    text: Mapped[str]


class PhraseRow(Base):
    __table__ = tables.phrases

    id: Mapped[int]
    clinic_id: Mapped[int | None]
    language: Mapped[str]
    title: Mapped[str]
    text: Mapped[str]
    position: Mapped[int]


class CardChangeRow(Base):
    """One change to a clinic card: who, when, what, before and after."""

    __table__ = tables.card_changes

    id: Mapped[int]
    clinic_id: Mapped[int | None]
    changed_by_id: Mapped[int | None]
    changed_at: Mapped[datetime]
    entity: Mapped[str]
    entity_id: Mapped[int | None]
    action: Mapped[str]
    before: Mapped[dict[str, Any] | None]
    after: Mapped[dict[str, Any] | None]


# --- people ------------------------------------------------------------------------------------------------


class PersonRow(Base):
    __table__ = tables.people

    id: Mapped[int]
    login: Mapped[str]
    display_name: Mapped[str]
    role: Mapped[str]
    # never loaded with the row: on a shared database only the schema owner may read it (storage.access)
    password_hash: Mapped[str] = column_property(tables.people.c.password_hash, deferred=True)
    active: Mapped[bool]
    created_at: Mapped[datetime]
    demo: Mapped[bool]


# --- calls, tasks, visits ----------------------------------------------------------------------------------


class CallRow(Base):
    __table__ = tables.calls

    id: Mapped[str]
    direction: Mapped[str]
    source: Mapped[str]
    line: Mapped[str | None]
    clinic_id: Mapped[int | None]
    caller: Mapped[str | None]
    caller_name: Mapped[str | None]
    receptionist_id: Mapped[int | None]
    rang_at: Mapped[datetime]
    answered_at: Mapped[datetime | None]
    ended_at: Mapped[datetime | None]
    saved_at: Mapped[datetime | None]
    outcome: Mapped[str | None]
    reason: Mapped[str | None]
    reason_text: Mapped[str]
    patient_name: Mapped[str]
    notes: Mapped[str]
    specialist_id: Mapped[int | None]
    service_id: Mapped[int | None]
    visit_at: Mapped[datetime | None]
    expected_value: Mapped[Decimal | None]
    follow_up_due: Mapped[datetime | None]
    message_to: Mapped[str]
    message_text: Mapped[str]
    callback_requested: Mapped[bool]
    call_back_time: Mapped[str]
    task_id: Mapped[int | None]
    anonymised_at: Mapped[datetime | None]
    kept_recovered: Mapped[bool | None]
    kept_callback_ms: Mapped[int | None]


class TaskRow(Base):
    __table__ = tables.tasks

    id: Mapped[int]
    kind: Mapped[str]
    clinic_id: Mapped[int | None]
    call_id: Mapped[str | None]
    phone: Mapped[str | None]
    patient_name: Mapped[str]
    recipient: Mapped[str]
    text: Mapped[str]
    call_back_time: Mapped[str]
    due_at: Mapped[datetime]
    created_at: Mapped[datetime]
    assignee_id: Mapped[int | None]
    done_at: Mapped[datetime | None]
    done_by_id: Mapped[int | None]
    claimed_by_id: Mapped[int | None]
    claimed_at: Mapped[datetime | None]


class WorkListVersionRow(Base):
    """A counter per clinic (0: tasks of no clinic), raised in the same transaction as any change to its open
    tasks: a console learns that its work lists changed from one small read, and reads them again only then."""

    __table__ = tables.work_list_versions

    clinic_id: Mapped[int]
    version: Mapped[int]


class VisitRow(Base):
    __table__ = tables.visits

    id: Mapped[int]
    call_id: Mapped[str]
    clinic_id: Mapped[int | None]
    specialist_id: Mapped[int | None]
    service_id: Mapped[int | None]
    visit_at: Mapped[datetime]
    expected_value: Mapped[Decimal | None]
    status: Mapped[str | None]
    status_at: Mapped[datetime | None]


class KnowledgeGapRow(Base):
    """A question a receptionist could not answer from the card."""

    __table__ = tables.knowledge_gaps

    id: Mapped[int]
    clinic_id: Mapped[int | None]
    call_id: Mapped[str | None]
    asked_by_id: Mapped[int | None]
    asked_at: Mapped[datetime]
    question: Mapped[str]
    resolved_entry_id: Mapped[int | None]
    resolved_at: Mapped[datetime | None]


class ReceptionistTargetRow(Base):
    """A receptionist's target for one month, set by a supervisor."""

    __table__ = tables.receptionist_targets

    id: Mapped[int]
    person_id: Mapped[int]
    month: Mapped[str]
    bookings: Mapped[int]
    conversion: Mapped[Decimal | None]
    set_by_id: Mapped[int | None]
    set_at: Mapped[datetime]


# --- privacy -----------------------------------------------------------------------------------------------


class AuditEventRow(Base):
    """Who saw, exported, changed or erased what: kept as long as the calls it is about (docs/privacy.md)."""

    __table__ = tables.audit_events

    id: Mapped[int]
    at: Mapped[datetime]
    actor_id: Mapped[int | None]
    actor: Mapped[str]
    action: Mapped[str]
    clinic_id: Mapped[int | None]
    subject: Mapped[str]
    details: Mapped[str]


class SignInFailureRow(Base):
    """Wrong passwords in a row, per login and per PC (scope "login" / "pc"), until a good sign-in."""

    __table__ = tables.sign_in_failures

    id: Mapped[int]
    scope: Mapped[str]
    key: Mapped[str]
    failures: Mapped[int]
    first_failed_at: Mapped[datetime]
    last_failed_at: Mapped[datetime]


class MaintenanceRunRow(Base):
    """The last day a daily job ran: a console claims the day with one UPDATE, so one console runs it."""

    __table__ = tables.maintenance_runs

    job: Mapped[str]
    last_day: Mapped[str]
    claimed_at: Mapped[datetime | None]
    claimed_by: Mapped[str]


# --- messages that leave the console -------------------------------------------------------------------------


class OutboxRow(Base):
    """One e-mail or SMS to deliver, written in the same transaction as what caused it; a worker claims it.

    `subject`, `body` and `html` hold the message's words: anonymisation clears them (and `recipient`) once
    the message is delivered or handled."""

    __table__ = tables.outbox

    id: Mapped[int]
    key: Mapped[str]
    dedupe_key: Mapped[str | None]
    kind: Mapped[str]
    medium: Mapped[str]
    clinic_id: Mapped[int | None]
    task_id: Mapped[int | None]
    recipient: Mapped[str]
    subject: Mapped[str]
    body: Mapped[str]
    html: Mapped[str]
    state: Mapped[str]
    attempts: Mapped[int]
    created_at: Mapped[datetime]
    next_attempt_at: Mapped[datetime | None]
    claimed_by: Mapped[str | None]
    claimed_until: Mapped[datetime | None]
    sent_at: Mapped[datetime | None]
    provider_id: Mapped[str]
    answer: Mapped[str]
