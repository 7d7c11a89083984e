"""Practice on the real console: a virtual patient's call that goes through the desk like any call, but is kept
in memory only. It never reaches the calls, tasks, visits or outbox of the database: no figure, work list or
export can see it, and no message can leave it. What the trainee did becomes an `AttemptRecord`, scored and kept
by the training service. The console's desk (`services.console_desk`) sends a practice call here.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import datetime, timedelta

from ..domain.calls import Call, CallEvent, Direction, EventKind, EventSource, OutcomeForm, PastCall, new_call_id
from ..domain.clinic import ClinicCard
from ..domain.script import Objection
from ..domain.tasks import Task
from ..domain.training.scenarios import Scenario, Step
from ..domain.training.scoring import AttemptRecord, StepDone
from ..domain.visits import Visit
from .calls import CallDesk, SavedCall
from .ports import CardStore

log = logging.getLogger(__name__)


class MemoryCalls:
    """The `CallStore` of practice calls: a dictionary. Nothing in it is ever written anywhere."""

    def __init__(self) -> None:
        self.calls: dict[str, Call] = {}
        self.tasks: dict[str, list[Task]] = {}

    def get(self, call_id: str) -> Call | None:
        return self.calls.get(call_id)

    def add(self, call: Call) -> bool:
        if call.id in self.calls:
            return False
        self.calls[call.id] = call
        return True

    def set_times(self, call_id: str, *, answered_at: datetime | None = None, ended_at: datetime | None = None) -> None:
        call = self.calls[call_id]
        self.calls[call_id] = replace(
            call, answered_at=answered_at or call.answered_at, ended_at=ended_at or call.ended_at
        )

    def set_clinic(self, call_id: str, clinic_id: int, line: str | None) -> None:
        self.calls[call_id] = replace(self.calls[call_id], clinic_id=clinic_id)

    def set_receptionist(self, call_id: str, person_id: int) -> None:
        self.calls[call_id] = replace(self.calls[call_id], receptionist_id=person_id)

    def save_draft(self, call_id: str, form: OutcomeForm) -> None:
        self.calls[call_id] = replace(self.calls[call_id], form=form)

    def save_outcome(
        self,
        call_id: str,
        form: OutcomeForm,
        saved_at: datetime,
        tasks: Sequence[Task],
        visit: Visit | None,
        outbox: Sequence[object] = (),
        *,
        ended_at: datetime | None = None,
        receptionist_id: int | None = None,
    ) -> list[Task] | None:
        call = self.calls[call_id]
        if call.saved_at is not None:
            return None
        self.calls[call_id] = replace(
            call,
            form=form,
            saved_at=saved_at,
            ended_at=call.ended_at or ended_at,
            receptionist_id=call.receptionist_id or receptionist_id,
        )
        self.tasks[call_id] = list(tasks)
        return list(tasks)

    def tasks_of(self, call_id: str) -> list[Task]:
        return list(self.tasks.get(call_id, []))

    def history(self, caller: str, limit: int = 20, exclude: str | None = None) -> list[PastCall]:
        return []

    def unsaved(self, receptionist_id: int | None) -> list[Call]:
        return []

    def shift(self, call_id: str, by: timedelta) -> None:
        """Move the call's clock on by a pause: its times to answer and to find each fact do not count it."""
        call = self.calls[call_id]
        self.calls[call_id] = replace(
            call,
            rang_at=call.rang_at + by,
            answered_at=call.answered_at + by if call.answered_at else None,
            ended_at=call.ended_at + by if call.ended_at else None,
        )


class PracticeSession:
    """One practice call of one scenario: the patient's lines as the trainee acts, her actions with their times,
    a pause while a real call is handled, and the attempt once the outcome is saved."""

    def __init__(
        self,
        scenario: Scenario,
        clinic_id: int,
        cards: CardStore,
        *,
        region: str,
        clock: Callable[[], datetime],
        assigned: bool = False,
    ) -> None:
        self.scenario = scenario
        self.clinic_id = clinic_id
        self.assigned = assigned
        self.call_id = new_call_id()
        self.store = MemoryCalls()
        self.desk = CallDesk(self.store, cards, region=region, clock=clock)  # no task store, no messages
        self._clock = clock
        self.said: list[str] = []  # the patient's lines so far
        self.on_line: Callable[[str], None] | None = None
        self.done: list[StepDone | None] = [None] * len(scenario.steps)
        self.step = -1  # the step whose line was said last; -1 before the answer
        self.paused_at: datetime | None = None
        self.saved: SavedCall | None = None

    # --- the call ----------------------------------------------------------------------------------------

    def ring(self) -> CallEvent:
        """The ring of the scenario's call on its line (the caller's number withheld: a patient that is none)."""
        return CallEvent(EventKind.RING, self.call_id, self._clock(), EventSource.MANUAL, self.scenario.line, "")

    def receive(self, event: CallEvent) -> Call | None:
        if event.kind is EventKind.RING and self.desk.get(self.call_id) is None:
            self.store.add(
                Call(
                    self.call_id,
                    Direction.INBOUND,
                    EventSource.MANUAL,
                    event.at,
                    line=self.scenario.line,
                    clinic_id=self.clinic_id,
                    receptionist_id=self.desk.receptionist.id if self.desk.receptionist else None,
                )
            )
            return self.desk.get(self.call_id)
        call = self.desk.receive(event)
        if event.kind is EventKind.ANSWER and call is not None and self.step < 0 and not self.paused:
            self._next_line()
        return call

    def save(self, form: OutcomeForm, at: datetime | None = None) -> SavedCall:
        saved = self.desk.save(self.call_id, form, at=at, deliver=False)
        self.saved = saved
        return saved

    def call(self) -> Call | None:
        return self.desk.get(self.call_id)

    # --- what the trainee does ---------------------------------------------------------------------------

    @property
    def paused(self) -> bool:
        return self.paused_at is not None

    @property
    def finished(self) -> bool:
        """Every step done: what is left is the outcome."""
        return self.step >= len(self.scenario.steps)

    def elapsed(self) -> float | None:
        """Seconds since the answer, pauses left out."""
        call = self.call()
        if call is None or call.answered_at is None:
            return None
        return (self._clock() - call.answered_at).total_seconds()

    def found(self, reference: str) -> bool:
        """A fact is on screen; True when it was the one the patient is waiting for (the next line follows)."""
        step = self._current()
        if step is None or step.objection is not None or step.couldnt_answer or step.fact != reference:
            return False
        return self._done(StepDone(self.elapsed(), fact=reference))

    def prompt_used(self, objection: Objection) -> bool:
        step = self._current()
        if step is None or step.objection != objection:
            return False
        return self._done(StepDone(self.elapsed(), prompt=objection))

    def couldnt_answer(self) -> bool:
        step = self._current()
        if step is None or not step.couldnt_answer:
            return False
        return self._done(StepDone(self.elapsed(), couldnt_answer=True))

    def _current(self) -> Step | None:
        if self.paused or self.saved is not None or not 0 <= self.step < len(self.scenario.steps):
            return None
        return self.scenario.steps[self.step]

    def _done(self, done: StepDone) -> bool:
        self.done[self.step] = done
        self._next_line()
        return True

    def _next_line(self) -> None:
        self.step += 1
        if self.step < len(self.scenario.steps):
            line = self.scenario.steps[self.step].line
            self.said.append(line)
            if self.on_line is not None:
                self.on_line(line)

    # --- a real call comes first -------------------------------------------------------------------------

    def pause(self) -> None:
        if self.paused_at is None:
            self.paused_at = self._clock()

    def resume(self) -> None:
        if self.paused_at is not None:
            paused_for = self._clock() - self.paused_at
            self.paused_at = None
            if self.call() is not None:
                self.store.shift(self.call_id, paused_for)

    # --- the attempt -------------------------------------------------------------------------------------

    def attempt(
        self, card_shown: ClinicCard | None, greeting_said: bool, specialist_shown: str | None = None
    ) -> AttemptRecord:
        """What she did. The specialist is the one booked, or (a call not booked) the one she picked on the card."""
        call = self.call()
        assert call is not None and self.saved is not None
        form = call.form
        answered = (call.answered_at - call.rang_at).total_seconds() if call.answered_at else None
        specialist = (
            next((s.key for s in card_shown.specialists if s.id == form.specialist_id), None)
            if card_shown is not None and form.specialist_id is not None
            else specialist_shown
        )
        return AttemptRecord(
            answered_after=answered,
            clinic_key_shown=card_shown.key if card_shown is not None else None,
            greeting_said=greeting_said,
            steps=tuple(d or StepDone() for d in self.done),
            outcome=form.outcome,
            reason=form.reason,
            specialist_key=specialist,
            task=self.saved.tasks[0].kind if self.saved.tasks else None,
        )
