"""A call, the events that move it, and the outcome the receptionist records."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from decimal import Decimal
from enum import StrEnum

from .outside_text import NAME_LIMIT, NOTE_LIMIT, fit

# a call answered within this many seconds is answered in time (DOMAIN.md: service level); a clinic may set its own
DEFAULT_SERVICE_LEVEL_SECONDS = 9


class Direction(StrEnum):
    INBOUND = "inbound"
    OUTBOUND = "outbound"


class EventSource(StrEnum):
    MANUAL = "manual"
    COMMAND_LINE = "command_line"
    SOFTPHONE = "softphone"
    PBX = "pbx"
    IMPORT = "import"


class EventKind(StrEnum):
    RING = "ring"
    ANSWER = "answer"
    END = "end"


class Outcome(StrEnum):
    BOOKED = "booked"
    NOT_BOOKED = "not_booked"
    INFO_ONLY = "info_only"
    NON_TARGET = "non_target"
    MISSED = "missed"

    @property
    def is_target(self) -> bool:
        return self in (Outcome.BOOKED, Outcome.NOT_BOOKED)


class NotBookedReason(StrEnum):
    TOO_EXPENSIVE = "too_expensive"
    WILL_THINK = "will_think"
    NO_SUITABLE_TIME = "no_suitable_time"
    LOCATION = "location"
    WANTS_SPECIFIC_DOCTOR = "wants_specific_doctor"
    OTHER = "other"

    @property
    def needs_follow_up(self) -> bool:
        return self in (NotBookedReason.TOO_EXPENSIVE, NotBookedReason.WILL_THINK)


class CallState(StrEnum):
    RINGING = "ringing"
    ANSWERED = "answered"
    ENDED = "ended"  # talk over, outcome not saved yet
    SAVED = "saved"


def new_call_id() -> str:
    return str(uuid.uuid4())


def utcnow() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True, slots=True)
class CallEvent:
    """One thing the phone (or the receptionist) says about a call: it rings, is answered, ends.

    `call_id` is made where the call is first seen; every later event for that call carries the same id,
    so replaying events can never create a second call.
    """

    kind: EventKind
    call_id: str
    at: datetime
    source: EventSource = EventSource.MANUAL
    line: str | None = None  # dialled number (E.164) for RING
    caller: str | None = None  # caller's number for RING
    caller_name: str | None = None
    direction: Direction = Direction.INBOUND


@dataclass(frozen=True, slots=True)
class OutcomeForm:
    """What the receptionist filled in about the call (also kept as a draft while unsaved)."""

    outcome: Outcome | None = None
    reason: NotBookedReason | None = None
    reason_text: str = ""
    patient_name: str = ""
    notes: str = ""
    specialist_id: int | None = None
    service_id: int | None = None
    visit_at: datetime | None = None
    expected_value: Decimal | None = None
    follow_up_due: datetime | None = None
    message_to: str = ""  # "owner", or the doctor's name: creates a message task
    message_text: str = ""
    callback_requested: bool = False
    call_back_time: str = ""  # when the patient wants to be called back, in their words ("after 17:00")

    def with_(self, **changes: object) -> OutcomeForm:
        return replace(self, **changes)  # type: ignore[arg-type]


def fit_form(form: OutcomeForm) -> OutcomeForm:
    """The form as it can be stored: no NUL bytes or control characters, names shortened to what is kept."""
    fitted = form.with_(
        patient_name=fit(form.patient_name, NAME_LIMIT),
        message_to=fit(form.message_to, NAME_LIMIT),
        reason_text=fit(form.reason_text, NOTE_LIMIT, multi_line=True),
        notes=fit(form.notes, NOTE_LIMIT, multi_line=True),
        message_text=fit(form.message_text, NOTE_LIMIT, multi_line=True),
        call_back_time=fit(form.call_back_time, NAME_LIMIT),
    )
    return form if fitted == form else fitted


def asks_call_back_time(form: OutcomeForm) -> bool:
    """Whether the form makes somebody contact the patient later (a callback, a follow-up or a message for the
    owner or a doctor): then it asks for the best time to call back, and those tasks carry it."""
    follow_up = form.outcome is Outcome.NOT_BOOKED and form.reason is not None and form.reason.needs_follow_up
    return form.outcome is Outcome.MISSED or form.callback_requested or bool(form.message_to.strip()) or follow_up


class OutcomeError(ValueError):
    """The form cannot be saved: `code` says why (the UI words it), `field` names the input to fix."""

    def __init__(self, code: str, field: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.field = field


def validate_outcome(form: OutcomeForm, *, answered: bool) -> None:
    """Raise OutcomeError for the first thing that stops this outcome from being saved."""
    if form.outcome is None:
        raise OutcomeError("choose_outcome", "outcome", "Choose the outcome of the call.")
    if form.outcome is Outcome.MISSED and answered:
        raise OutcomeError("answered_not_missed", "outcome", "An answered call cannot be recorded as missed.")
    if form.outcome is not Outcome.MISSED and not answered:
        raise OutcomeError(
            "not_answered", "outcome", "The call was never answered: answer it first or record it as missed."
        )
    if form.outcome is Outcome.BOOKED:
        if form.specialist_id is None and form.service_id is None:
            raise OutcomeError("choose_booking", "specialist", "Choose the specialist or the service that was booked.")
        if form.visit_at is None:
            raise OutcomeError("visit_time", "visit_at", "Enter the date and time of the visit.")
        if not form.patient_name.strip():
            raise OutcomeError("patient_name", "patient_name", "Enter the patient's name: a booking needs it.")
        if form.expected_value is not None and form.expected_value < 0:
            raise OutcomeError("negative_value", "expected_value", "The expected value cannot be negative.")
    if form.outcome is Outcome.NOT_BOOKED:
        if form.reason is None:
            raise OutcomeError("choose_reason", "reason", "Choose why the patient did not book.")
        if form.reason is NotBookedReason.OTHER and not form.reason_text.strip():
            raise OutcomeError("describe_reason", "reason_text", "Describe the reason in a few words.")
    if form.message_to and not form.message_text.strip():
        raise OutcomeError("message_text", "message_text", "Write the message to pass on.")


@dataclass(frozen=True, slots=True)
class Call:
    id: str
    direction: Direction
    source: EventSource
    rang_at: datetime
    line: str | None = None  # dialled number as received
    clinic_id: int | None = None
    caller: str | None = None
    caller_name: str | None = None
    receptionist_id: int | None = None
    answered_at: datetime | None = None
    ended_at: datetime | None = None
    saved_at: datetime | None = None
    form: OutcomeForm = field(default_factory=OutcomeForm)
    task_id: int | None = None  # the task this (outbound) call works on

    @property
    def state(self) -> CallState:
        if self.saved_at is not None:
            return CallState.SAVED
        if self.ended_at is not None:
            return CallState.ENDED
        if self.answered_at is not None:
            return CallState.ANSWERED
        return CallState.RINGING

    @property
    def outcome(self) -> Outcome | None:
        return self.form.outcome if self.saved_at is not None else None


@dataclass(frozen=True, slots=True)
class PastCall:
    """A previous call from the same number, for the caller-history panel."""

    call_id: str
    rang_at: datetime
    clinic_name: str
    outcome: str | None
    reason: str | None
    specialist_name: str
    visit_at: datetime | None
    notes: str
    patient_name: str
    receptionist_name: str
