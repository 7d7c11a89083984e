"""Past calls from a CSV file (docs/call-import.md): every row checked before anything is stored.

Rows come in as dicts of text (csv.DictReader); problems are collected for the whole file, each naming the
line of the file and the column, so a clinic can fix its export in one go.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from decimal import Decimal, InvalidOperation
from enum import Enum
from typing import TypeVar
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from .calls import Call, Direction, EventSource, NotBookedReason, Outcome, OutcomeForm, fit_form
from .outside_text import clean
from .phones import is_withheld
from .visits import VisitStatus

COLUMNS = (
    "id",
    "direction",
    "line",
    "clinic",
    "caller",
    "receptionist",
    "source",
    "rang_at",
    "answered_at",
    "ended_at",
    "saved_at",
    "outcome",
    "reason",
    "reason_text",
    "patient_name",
    "notes",
    "specialist",
    "visit_at",
    "expected_value",
    "visit_status",
)
REQUIRED = ("id", "rang_at", "outcome")
MAX_ID = 64
E = TypeVar("E", bound=Enum)


@dataclass(frozen=True, slots=True)
class Problem:
    line: int  # the line of the file (the header is line 1)
    column: str
    message: str

    def __str__(self) -> str:
        return f"line {self.line}, column {self.column}: {self.message}"


class CallImportError(ValueError):
    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("\n".join(map(str, problems)))
        self.problems = problems


@dataclass(frozen=True, slots=True)
class ImportedClinic:
    id: int
    timezone: str
    specialists: Mapping[str, int] = field(default_factory=dict)  # specialist key → id


@dataclass(frozen=True, slots=True)
class Lookup:
    """What the file's names refer to in the database."""

    clinics: Mapping[str, ImportedClinic]  # clinic key → clinic
    lines: Mapping[str, str]  # line number (E.164) → clinic key
    people: Mapping[str, int]  # login (lower case) → person id
    normalize: Callable[[str], str | None]  # a phone number as typed → E.164, or None when it is not one


@dataclass(frozen=True, slots=True)
class ImportedCall:
    call: Call
    visit_status: VisitStatus | None = None


def _enum(kind: type[E], value: str) -> E | None:
    try:
        return kind(value)
    except ValueError:
        return None


class _Row:
    def __init__(self, number: int, row: Mapping[str, str | None], problems: list[Problem]) -> None:
        self.number = number
        self.row = row
        self.problems = problems

    def text(self, column: str) -> str:
        return clean(self.row.get(column) or "", multi_line=True).strip()  # never a NUL byte into the database

    def fail(self, column: str, message: str) -> None:
        self.problems.append(Problem(self.number, column, message))

    def time(self, column: str, tz: ZoneInfo | None) -> datetime | None:
        value = self.text(column)
        if not value:
            return None
        try:
            at = datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            self.fail(column, f"{value!r} is not a date and time (use 2026-11-23T09:15:00+01:00)")
            return None
        if at.tzinfo is None:
            if tz is None:
                self.fail(column, "has no UTC offset and the clinic's time zone is unknown")
                return None
            at = at.replace(tzinfo=tz)
        return at.astimezone(UTC)


def _clinic(r: _Row, lookup: Lookup, line: str | None) -> ImportedClinic | None:
    key = r.text("clinic")
    if key:
        clinic = lookup.clinics.get(key)
        if clinic is None:
            r.fail("clinic", f"no clinic with the key {key!r}")
        elif line and lookup.lines.get(line, key) != key:
            r.fail("clinic", f"the line {line} belongs to the clinic {lookup.lines[line]!r}, not {key!r}")
        return clinic
    if line and line in lookup.lines:
        return lookup.clinics.get(lookup.lines[line])
    return None


def parse_row(
    number: int, row: Mapping[str, str | None], lookup: Lookup, problems: list[Problem]
) -> ImportedCall | None:
    """One row as a saved call, or None after adding its problems."""
    r = _Row(number, row, problems)
    before = len(problems)
    for column in REQUIRED:
        if not r.text(column):
            r.fail(column, "is required")
    call_id = r.text("id")
    if len(call_id) > MAX_ID:
        r.fail("id", f"is longer than {MAX_ID} characters")
    direction = _enum(Direction, r.text("direction") or "inbound")
    if direction is None:
        r.fail("direction", "must be inbound or outbound")
    source = _enum(EventSource, r.text("source") or "import")
    if source is None:
        r.fail("source", "must be one of " + ", ".join(s.value for s in EventSource))
    line = caller = None
    if r.text("line"):
        line = lookup.normalize(r.text("line"))
        if line is None:
            r.fail("line", f"{r.text('line')!r} is not a phone number")
    if not is_withheld(r.text("caller")):
        caller = lookup.normalize(r.text("caller"))
        if caller is None:
            r.fail("caller", f"{r.text('caller')!r} is not a phone number")
    clinic = _clinic(r, lookup, line)
    if clinic is None and not r.text("clinic"):
        r.fail("clinic", "the line belongs to no clinic: give the clinic's key")
    receptionist = None
    if r.text("receptionist"):
        receptionist = lookup.people.get(r.text("receptionist").lower())
        if receptionist is None:
            r.fail("receptionist", f"nobody signs in as {r.text('receptionist')!r}")
    try:
        tz = ZoneInfo(clinic.timezone) if clinic else None
    except (ZoneInfoNotFoundError, ValueError):
        tz = None
    rang_at, answered_at = r.time("rang_at", tz), r.time("answered_at", tz)
    ended_at, saved_at, visit_at = r.time("ended_at", tz), r.time("saved_at", tz), r.time("visit_at", tz)
    outcome = _enum(Outcome, r.text("outcome")) if r.text("outcome") else None
    if r.text("outcome") and outcome is None:
        r.fail("outcome", "must be one of " + ", ".join(o.value for o in Outcome))
    reason = _enum(NotBookedReason, r.text("reason")) if r.text("reason") else None
    if r.text("reason") and reason is None:
        r.fail("reason", "must be one of " + ", ".join(x.value for x in NotBookedReason))
    if outcome is Outcome.NOT_BOOKED and reason is None and not r.text("reason"):
        r.fail("reason", "is required when the outcome is not_booked")
    if outcome is not Outcome.NOT_BOOKED and r.text("reason"):
        r.fail("reason", "is only for not_booked calls")
    if outcome is Outcome.MISSED and answered_at is not None:
        r.fail("answered_at", "a missed call was never answered: leave it empty")
    if outcome not in (None, Outcome.MISSED) and direction is Direction.INBOUND and answered_at is None:
        r.fail("answered_at", f"is required for an answered call ({outcome})")
    for column, at, earlier in (
        ("answered_at", answered_at, rang_at),
        ("ended_at", ended_at, answered_at or rang_at),
        ("saved_at", saved_at, ended_at or answered_at or rang_at),
    ):
        if at is not None and earlier is not None and at < earlier:
            r.fail(column, "is earlier than the time before it")
    specialist = None
    if r.text("specialist") and clinic is not None:
        specialist = clinic.specialists.get(r.text("specialist"))
        if specialist is None:
            r.fail("specialist", f"the clinic has no specialist {r.text('specialist')!r}")
    value = None
    if r.text("expected_value"):
        try:
            value = Decimal(r.text("expected_value").replace(",", "."))
            if not value.is_finite() or value < 0:
                raise InvalidOperation
        except InvalidOperation:
            r.fail("expected_value", f"{r.text('expected_value')!r} is not an amount")
    status = _enum(VisitStatus, r.text("visit_status")) if r.text("visit_status") else None
    if r.text("visit_status") and status is None:
        r.fail("visit_status", "must be attended, no_show or cancelled")
    booking_only = (
        ("specialist", specialist),
        ("visit_at", visit_at),
        ("expected_value", value),
        ("visit_status", status),
    )
    if outcome is not Outcome.BOOKED:
        for column, given in booking_only:
            if given is not None:
                r.fail(column, "is only for booked calls")
    if status is not None and visit_at is None:
        r.fail("visit_status", "needs the visit's time (visit_at)")
    if len(problems) > before or rang_at is None or outcome is None:
        return None
    form = fit_form(  # a name longer than the database keeps is shortened with an ellipsis, not refused
        OutcomeForm(
            outcome=outcome,
            reason=reason,
            reason_text=r.text("reason_text"),
            patient_name=r.text("patient_name"),
            notes=r.text("notes"),
            specialist_id=specialist,
            visit_at=visit_at,
            expected_value=value,
        )
    )
    end = ended_at or answered_at or rang_at
    call = Call(
        id=call_id,
        direction=direction or Direction.INBOUND,
        source=source or EventSource.IMPORT,
        rang_at=rang_at,
        line=line,
        clinic_id=clinic.id if clinic else None,
        caller=caller,
        receptionist_id=receptionist,
        answered_at=answered_at,
        ended_at=end,
        saved_at=saved_at or end,
        form=form,
    )
    return ImportedCall(call, status)


def parse_calls(
    header: Iterable[str] | None, rows: Iterable[Mapping[str, str | None]], lookup: Lookup
) -> list[ImportedCall]:
    """Every row checked; raises CallImportError with all the problems, or returns all the calls."""
    problems: list[Problem] = []
    columns = [c.strip() for c in header or ()]
    missing = [c for c in REQUIRED if c not in columns]
    unknown = [c for c in columns if c not in COLUMNS]
    if missing:
        problems.append(Problem(1, ", ".join(missing), "missing from the header line"))
    if unknown:
        problems.append(Problem(1, ", ".join(unknown), "unknown column (see docs/call-import.md)"))
    if problems:
        raise CallImportError(problems)
    calls: list[ImportedCall] = []
    seen: dict[str, int] = {}
    for number, row in enumerate(rows, start=2):
        if None in row:  # csv.DictReader puts extra fields under None
            problems.append(Problem(number, "(end)", "more fields than the header has"))
            continue
        call_id = (row.get("id") or "").strip()
        if call_id in seen:
            problems.append(Problem(number, "id", f"the same id as line {seen[call_id]}"))
            continue
        if call_id:
            seen[call_id] = number
        imported = parse_row(number, row, lookup, problems)
        if imported is not None:
            calls.append(imported)
    if problems:
        raise CallImportError(problems)
    return calls
