"""The console's desk: every event, draft and save of a practice call goes to its session's own desk over an
in-memory store (`services.practice`, loaded when practice starts); everything else goes to storage."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from ..domain.calls import Call, CallEvent, OutcomeForm
from .calls import CallDesk, SavedCall

if TYPE_CHECKING:
    from ..domain.training.scenarios import Scenario
    from .practice import PracticeSession


class ConsoleDesk(CallDesk):
    """The console's desk: the practice call (at most one) to its session's memory, every other call to storage.

    A practice call id never reaches storage: its ring, answer, end, drafts and save all go to the session."""

    practice: PracticeSession | None = None
    _practised: frozenset[str] = frozenset()  # every practice call id of this desk, for `recover`

    def start_practice(self, scenario: Scenario, clinic_id: int, *, assigned: bool = False) -> PracticeSession:
        """A practice call of `scenario` on this desk (replacing any earlier one); ring it with `session.ring()`."""
        from .practice import PracticeSession

        session = PracticeSession(
            scenario, clinic_id, self._cards, region=self._region, clock=self._clock, assigned=assigned
        )
        session.desk.receptionist = self.receptionist
        self.practice = session
        self._practised = self._practised | {session.call_id}
        return session

    def stop_practice(self) -> None:
        self.practice = None

    def _session(self, call_id: str) -> PracticeSession | None:
        session = self.practice
        return session if session is not None and session.call_id == call_id else None

    def is_practice(self, call_id: str | None) -> bool:
        return call_id is not None and self._session(call_id) is not None

    def receive(self, event: CallEvent) -> Call | None:
        session = self._session(event.call_id)
        return session.receive(event) if session is not None else super().receive(event)

    def get(self, call_id: str) -> Call | None:
        session = self._session(call_id)
        return session.call() if session is not None else super().get(call_id)

    def draft(self, call_id: str, form: OutcomeForm) -> None:
        session = self._session(call_id)
        if session is not None:
            session.desk.draft(call_id, form)
        else:
            super().draft(call_id, form)

    def set_clinic(self, call_id: str, clinic_id: int) -> Call | None:
        session = self._session(call_id)
        return (
            session.desk.set_clinic(call_id, clinic_id)
            if session is not None
            else super().set_clinic(call_id, clinic_id)
        )

    def save(self, call_id: str, form: OutcomeForm, *, at: datetime | None = None, deliver: bool = True) -> SavedCall:
        session = self._session(call_id)
        return session.save(form, at) if session is not None else super().save(call_id, form, at=at, deliver=deliver)

    def recover(self, call: Call) -> Call:
        if call.id in self._practised:  # a practice call kept during an outage is never stored
            return call
        return super().recover(call)
