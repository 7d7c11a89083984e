"""The call desk: the single entry point for call events and the outcome of every call.

Manual starts, command-line events and softphone/PBX adapters all end up in `CallDesk.receive`.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime

from ..domain.calls import (
    Call,
    CallEvent,
    Direction,
    EventKind,
    EventSource,
    Outcome,
    OutcomeError,
    OutcomeForm,
    fit_form,
    new_call_id,
    utcnow,
    validate_outcome,
)
from ..domain.errors import StorageError
from ..domain.messages import OutgoingMessage
from ..domain.people import Person
from ..domain.phones import CALLER_TEXT_MAX, caller_name, outside_text
from ..domain.tasks import Task, TaskKind, TaskTakenError, tasks_for
from ..domain.visits import Visit
from .messages import MessageComposer
from .phones import InvalidNumberError, normalize, read_caller, require_caller, try_normalize
from .ports import CallStore, CardStore, TaskStore

log = logging.getLogger(__name__)
UNUSABLE_CALLER_NOTE = "Caller ID as received: {text}"  # a caller's "number" that is none, kept for a person


@dataclass(frozen=True, slots=True)
class SavedCall:
    call: Call
    tasks: list[Task]


class CallDesk:
    def __init__(
        self,
        calls: CallStore,
        cards: CardStore,
        *,
        region: str = "PL",
        clock: Callable[[], datetime] = utcnow,
        tasks: TaskStore | None = None,
        messages: MessageComposer | None = None,
        on_queued: Callable[[], None] | None = None,
    ) -> None:
        self._calls = calls
        self._cards = cards
        self._tasks = tasks
        self._messages = messages  # None: message tasks stay inside the console
        self._on_queued = on_queued
        self._region = region
        self._clock = clock
        self.receptionist: Person | None = None

    # --- events -------------------------------------------------------------------------------------------

    def receive(self, event: CallEvent) -> Call | None:
        """Apply one event. Duplicates and events for unknown calls change nothing; never raises for them."""
        if event.kind is EventKind.RING:
            return self._ring(event)
        call = self._calls.get(event.call_id)
        if call is None:
            log.warning("%s for unknown call %s ignored", event.kind, event.call_id)
            return None
        if event.kind is EventKind.ANSWER:
            if call.answered_at is not None or call.ended_at is not None:
                return call
            at = max(event.at, call.rang_at)
            self._calls.set_times(call.id, answered_at=at)
            if call.receptionist_id is None and self.receptionist is not None:
                self._calls.set_receptionist(call.id, self.receptionist.id)
            return self._calls.get(call.id)
        # END
        if call.ended_at is not None:
            return call
        self._calls.set_times(call.id, ended_at=max(event.at, call.answered_at or call.rang_at))
        ended = self._calls.get(call.id)
        assert ended is not None
        if (
            ended.answered_at is None
            and ended.direction is Direction.INBOUND
            and event.source is not EventSource.MANUAL
        ):
            return self.save(ended.id, OutcomeForm(outcome=Outcome.MISSED, notes=ended.form.notes)).call
        return ended

    def _ring(self, event: CallEvent) -> Call:
        """A ring from any source. What the phone says about the caller never fails a ring: a number that is
        none is stored as withheld (the text kept in the notes), a name is cleaned and shortened to fit."""
        line = try_normalize(outside_text(event.line, CALLER_TEXT_MAX), self._region)
        caller = read_caller(event.caller, self._region)
        if caller.unusable:
            log.info("call %s: the caller's number is no phone number; recorded as withheld", event.call_id)
        call = Call(
            id=event.call_id,
            direction=event.direction,
            source=event.source,
            rang_at=event.at,
            line=line,
            caller=caller.number,
            caller_name=caller_name(event.caller_name),
            receptionist_id=self.receptionist.id if self.receptionist else None,
            form=OutcomeForm(notes=UNUSABLE_CALLER_NOTE.format(text=caller.unusable) if caller.unusable else ""),
        )
        try:
            call = self._with_clinic(call)
            if not self._calls.add(call):  # a repeated ring, or another console stored it first
                stored = self._calls.get(call.id)
                assert stored is not None
                return stored
        except StorageError as error:
            error.call = call  # the caller keeps it: until the database is back (see `recover`), or to show it
            raise
        if call.clinic_id is None:
            log.warning("call %s on unknown line %r: recorded, clinic to be chosen", call.id, event.line)
        return call

    def _with_clinic(self, call: Call) -> Call:
        known = self._cards.line_by_number(call.line) if call.line and call.clinic_id is None else None
        return replace(call, clinic_id=known.clinic_id) if known else call

    def recover(self, call: Call) -> Call:
        """Store a call kept in memory during an outage (with what was typed), once the database answers again.

        A call kept with `saved_at` set was saved by the receptionist meanwhile: its outcome is saved now, at that
        time, with its tasks. Each step is safe to repeat — a recovery interrupted by the next outage, or one whose
        reply was lost, changes nothing the second time."""
        stored = self._calls.get(call.id)
        if stored is None:
            self._calls.add(self._with_clinic(replace(call, form=fit_form(call.form))))
        elif stored.saved_at is None:
            if call.answered_at or call.ended_at:
                self._calls.set_times(call.id, answered_at=call.answered_at, ended_at=call.ended_at)
            self._calls.save_draft(call.id, fit_form(call.form))
        if call.saved_at is not None and (stored is None or stored.saved_at is None):
            try:
                return self.save(call.id, call.form, at=call.saved_at).call
            except OutcomeError as error:  # kept as typed: the receptionist finishes it on screen
                log.warning("call %s kept during an outage cannot be saved as it is (%s)", call.id, error.code)
        recovered = self._calls.get(call.id)
        assert recovered is not None
        return recovered

    # --- the receptionist's actions ----------------------------------------------------------------------

    def start_manual(self, line: str, caller: str) -> Call:
        """A call typed in by hand: the dialled line and the caller's number (blank if withheld)."""
        line_number = normalize(line, self._region)
        caller_number = require_caller(caller, self._region)
        event = CallEvent(EventKind.RING, new_call_id(), self._clock(), EventSource.MANUAL, line_number, caller_number)
        return self._ring(event)

    def start_outgoing(self, number: str, line: str | None) -> Call:
        """An outbound call the receptionist starts to `number` (a clicked phone link) from a clinic's `line`
        (None: no clinic chosen; the console asks for it like for a call on no clinic's line)."""
        callee = normalize(number, self._region)
        line_number = normalize(line, self._region) if line else None
        known = self._cards.line_by_number(line_number) if line_number else None
        call = Call(
            id=new_call_id(),
            direction=Direction.OUTBOUND,
            source=EventSource.MANUAL,
            rang_at=self._clock(),
            line=line_number,
            clinic_id=known.clinic_id if known else None,
            caller=callee,
            receptionist_id=self.receptionist.id if self.receptionist else None,
        )
        self._calls.add(call)
        return call

    def start_callback(self, task: Task) -> Call:
        """An outbound call to the number of a task; saving its outcome completes the task.

        The task is taken first (atomically): when a colleague took it a moment earlier, TaskTakenError says so and
        no call is started — two receptionists never call the same patient back."""
        if not task.phone:
            raise InvalidNumberError("no_number", "", "This task has no phone number to call.")
        now = self._clock()
        taker = self.receptionist
        if self._tasks is not None and taker is not None and task.id is not None:
            self._take(self._tasks, task.id, taker.id, now)
        clinic = self._cards.card(task.clinic_id) if task.clinic_id else None
        line = clinic.phone_lines[0].number if clinic and clinic.phone_lines else None
        if line is None and task.call_id:  # a line of no clinic: call back from the line the patient dialled
            first = self._calls.get(task.call_id)
            line = first.line if first else None
        call = Call(
            id=new_call_id(),
            direction=Direction.OUTBOUND,
            source=EventSource.MANUAL,
            rang_at=now,
            line=line,
            clinic_id=task.clinic_id,
            caller=task.phone,
            receptionist_id=self.receptionist.id if self.receptionist else None,
            task_id=task.id,
            form=OutcomeForm(patient_name=task.patient_name),
        )
        self._calls.add(call)
        return call

    @staticmethod
    def _take(tasks: TaskStore, task_id: int, person_id: int, at: datetime) -> None:
        if not tasks.claim(task_id, person_id, at):
            stored = tasks.get(task_id)
            raise TaskTakenError(task_id, stored.claimed_by_id if stored else None, bool(stored and stored.done_at))

    def answer(self, call_id: str) -> Call | None:
        return self.receive(CallEvent(EventKind.ANSWER, call_id, self._clock()))

    def end(self, call_id: str) -> Call | None:
        return self.receive(CallEvent(EventKind.END, call_id, self._clock()))

    def set_clinic(self, call_id: str, clinic_id: int) -> Call | None:
        call = self._calls.get(call_id)
        if call is None or call.saved_at is not None:
            return call
        self._calls.set_clinic(call_id, clinic_id, call.line)
        return self._calls.get(call_id)

    def draft(self, call_id: str, form: OutcomeForm) -> None:
        """Keep what is typed so far; a crash or a closed window loses nothing."""
        self._calls.save_draft(call_id, fit_form(form))

    def unsaved(self) -> list[Call]:
        return self._calls.unsaved(self.receptionist.id if self.receptionist else None)

    def get(self, call_id: str) -> Call | None:
        return self._calls.get(call_id)

    def save(self, call_id: str, form: OutcomeForm, *, at: datetime | None = None, deliver: bool = True) -> SavedCall:
        """Record the outcome with its tasks, visit and messages in one transaction. A call saved already (the
        reply to an earlier save was lost, or the same call's save is retried from a journal) is not saved twice:
        its stored record comes back. `at` is when the receptionist saved, for a save kept during an outage and
        stored later. `deliver=False` keeps the call's messages out of the outbox (a practice call)."""
        call = self._calls.get(call_id)
        if call is None:
            raise KeyError(call_id)
        if call.saved_at is not None:
            return self._saved_already(call)
        form = self.check(call, form)
        now = at or self._clock()
        ends_now = call.ended_at is None  # stamped by the save itself (one statement, one commit)
        if form.outcome is Outcome.BOOKED and form.expected_value is None:
            form = replace(form, expected_value=self._price(call.clinic_id, form.service_id))
        call = replace(call, form=form, saved_at=now, ended_at=call.ended_at or now)
        if call.receptionist_id is None and self.receptionist is not None:
            call = replace(call, receptionist_id=self.receptionist.id)
        tasks = [
            replace(t, assignee_id=call.receptionist_id) if t.kind is TaskKind.FOLLOW_UP else t
            for t in tasks_for(call, now)
        ]
        visit = None
        if form.outcome is Outcome.BOOKED and form.visit_at is not None:
            visit = Visit(
                call.id,
                call.clinic_id,
                form.specialist_id,
                form.service_id,
                form.visit_at,
                form.expected_value,
            )
        outbox = self._outbox_for(call, tasks) if deliver else []
        stored = self._calls.save_outcome(
            call.id,
            form,
            now,
            tasks,
            visit,
            outbox,
            ended_at=now if ends_now else None,
            receptionist_id=call.receptionist_id,
        )
        if stored is None:  # saved by an earlier attempt whose reply was lost
            saved = self._calls.get(call.id)
            assert saved is not None
            return self._saved_already(saved)
        if outbox and self._on_queued:
            self._on_queued()
        return SavedCall(call, stored)

    @staticmethod
    def check(call: Call, form: OutcomeForm) -> OutcomeForm:
        """The form as it would be stored (text fitted), or the OutcomeError `save` would raise for it: asked of the
        call on screen, with no database, so the window says what is missing before it hands the save on."""
        form = fit_form(form)
        answered = call.answered_at is not None
        if call.direction is Direction.OUTBOUND and form.outcome is not Outcome.MISSED:
            answered = True  # an outbound call is "answered" once the receptionist talks to the patient
        validate_outcome(form, answered=answered)
        if call.clinic_id is None and form.outcome not in (Outcome.NON_TARGET, Outcome.MISSED):
            raise OutcomeError("choose_clinic", "clinic", "Choose the clinic this call was for.")
        return form

    def _saved_already(self, call: Call) -> SavedCall:
        log.info("call %s was saved already: its stored outcome stands", call.id)
        return SavedCall(call, self._calls.tasks_of(call.id))

    def _outbox_for(self, call: Call, tasks: list[Task]) -> list[OutgoingMessage]:
        if self._messages is None:
            return []
        taken_by = self.receptionist.display_name if self.receptionist else ""
        return self._messages.for_call(call, tasks, taken_by)

    def _price(self, clinic_id: int | None, service_id: int | None):  # type: ignore[no-untyped-def]
        if clinic_id is None or service_id is None:
            return None
        card = self._cards.card(clinic_id)
        service = next((s for s in card.services if s.id == service_id), None) if card else None
        return service.price if service else None
