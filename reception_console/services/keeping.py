"""While the database is away, calls are kept — in memory and in a journal file — and stored when it answers.

This is the service level of the outage: it works the same in the window (which adds the banner and a retry
timer) and in a console with no window at all. A ring, an answer, an end and a saved outcome are all kept; a
kept save is stored with its tasks as soon as the database answers, exactly once (see `CallDesk.recover`).
Only `StorageUnavailableError` is an outage: a refusal (a rejected value, a permission, a read-only database)
is raised to the caller, which keeps the call on screen and says what happened, and is not retried by itself.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from datetime import datetime
from typing import Protocol

from ..domain.calls import Call, CallEvent, Direction, EventKind, EventSource, Outcome, OutcomeForm, fit_form
from ..domain.errors import StorageRefusedError, StorageUnavailableError
from .calls import CallDesk, SavedCall

log = logging.getLogger(__name__)


class Journal(Protocol):
    """Where kept calls survive a closed or killed console (platform.journal.CallJournal)."""

    def read(self) -> list[Call]: ...
    def write(self, calls: list[Call]) -> None: ...


class CallKeeper:
    def __init__(self, desk: CallDesk, journal: Journal | None = None) -> None:
        self.desk = desk
        self.journal = journal
        self.pending: dict[str, Call] = {c.id: c for c in journal.read()} if journal else {}
        # kept calls the database refused (not an outage): still in the journal, not tried again until a restart
        self.refused: dict[str, StorageRefusedError] = {}

    # --- keeping ---------------------------------------------------------------------------------------------

    def keep(self, call: Call) -> None:
        self.pending[call.id] = call
        self._write()

    def forget(self, call_id: str) -> None:
        if self.pending.pop(call_id, None) is not None:
            self._write()

    def _write(self) -> None:
        if self.journal is None:
            return
        try:
            self.journal.write(list(self.pending.values()))
        except OSError:
            log.exception("cannot write the journal of kept calls")

    # --- the desk's operations, kept when the database is away ----------------------------------------------

    def receive(self, event: CallEvent, known: Call | None = None) -> Call | None:
        """`CallDesk.receive`; during an outage the event is applied to the kept call (or to `known`, the call as
        the caller last had it) and kept. A call ending unanswered on the phone is kept as a saved missed call."""
        if event.call_id in self.pending:
            return self._apply(self.pending[event.call_id], event)
        try:
            return self.desk.receive(event)
        except StorageUnavailableError as error:
            if isinstance(error.call, Call):  # a ring
                self.keep(error.call)
                return error.call
            if known is not None and known.id == event.call_id:
                return self._apply(known, event)
            raise

    def _apply(self, call: Call, event: CallEvent) -> Call:
        if event.kind is EventKind.ANSWER and call.answered_at is None and call.ended_at is None:
            call = replace(call, answered_at=max(event.at, call.rang_at))
        elif event.kind is EventKind.END and call.ended_at is None:
            call = replace(call, ended_at=max(event.at, call.answered_at or call.rang_at))
            if (
                call.answered_at is None
                and call.direction is Direction.INBOUND
                and event.source is not EventSource.MANUAL
                and call.saved_at is None
            ):
                call = replace(call, form=OutcomeForm(outcome=Outcome.MISSED), saved_at=call.ended_at)
        self.keep(call)
        return call

    def save(self, call: Call, form: OutcomeForm, at: datetime) -> SavedCall | Call:
        """Save the outcome: the stored record, or — while the database is away — the call kept with its outcome
        and `saved_at`, to be stored with its tasks when it answers (then `flush` returns it)."""
        if call.id not in self.pending:
            try:
                return self.desk.save(call.id, form, at=at)
            except StorageUnavailableError:
                pass
        kept = replace(self.pending.get(call.id, call), form=fit_form(form), saved_at=at)
        kept = replace(kept, ended_at=kept.ended_at or at)
        self.keep(kept)
        return kept

    def flush(self) -> list[Call]:
        """Store everything kept, oldest first; raises StorageUnavailableError (keeping the rest) when the database
        is still away. Returns the calls stored."""
        stored: list[Call] = []
        for call in sorted(self.pending.values(), key=lambda c: c.rang_at):
            if call.id in self.refused:
                continue
            try:
                stored.append(self.desk.recover(call))
            except StorageRefusedError as error:
                log.error("a kept call was refused by the database (%s): kept, not retried", type(error).__name__)
                self.refused[call.id] = error
                continue
            self.forget(call.id)
        return stored

    @property
    def waiting(self) -> int:
        """Kept calls still to be stored when the database answers (the refused ones not counted)."""
        return len(self.pending.keys() - self.refused.keys())
