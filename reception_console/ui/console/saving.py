"""Saving an outcome from the console: the form checked at once, the save handed to the saver's thread and the
receptionist moved on to her next call, and what comes back from the database taken in: "Saved", or the call back
in the list with the reason (an outage keeps it on this PC and stores it when the database is back)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from typing import Any, Protocol

from PySide6.QtCore import QObject

from ...domain.calls import Call, OutcomeError, OutcomeForm
from ...domain.errors import StorageRefusedError, StorageUnavailableError
from ...services.calls import SavedCall
from ...services.console import ConsoleServices
from ..models.calls_model import ActiveCallsModel
from ..models.history_model import outcome_text
from ..models.tasks_model import created_tasks_text
from .outage import OutageKeeper
from .outcome_panel import OutcomePanel
from .outcome_saver import OutcomeSaver

log = logging.getLogger(__name__)


class SavingWindow(Protocol):
    """What saving needs of the console window."""

    services: ConsoleServices
    outcome: OutcomePanel
    outage: OutageKeeper
    calls_model: ActiveCallsModel
    clock: Callable[[], datetime]
    current_id: str | None
    practice: Any
    call_saved: Any  # Signal(str)

    def current_call(self) -> Call | None: ...

    def keep_draft(self) -> None: ...

    def stop_drafting(self) -> None: ...

    def moved_on(self, call_id: str) -> None: ...

    def select_call(self, call_id: str) -> None: ...

    def update_empty_state(self) -> None: ...

    def statusBar(self) -> Any: ...


class Saving(QObject):
    def __init__(self, window: SavingWindow, parent: QObject) -> None:
        super().__init__(parent)  # a QObject of the window's thread: the saver's results are taken there
        self.window = window
        self.saver = OutcomeSaver(lambda call_id, form, at: window.services.desk.save(call_id, form, at=at), self)
        self._saving: dict[str, Call] = {}  # handed to the saver, not yet back: with the form as saved
        self.saver.saved.connect(self._stored)
        self.saver.failed.connect(self._not_stored)

    def save(self) -> None:
        """Check the form here and now; store it on the saver's thread and move on to the next call at once."""
        w = self.window
        call = w.current_call()
        if call is None or call.id in self.saver.pending:
            return
        w.outcome.commit_typing()
        if not w.outcome.value_is_valid():
            w.outcome.show_error(OutcomeError("bad_value", "expected_value", "bad amount"))
            return
        form = w.outcome.form()
        if call.id in w.outage.pending:
            w.outage.keeper.refused.pop(call.id, None)  # saving again is the retry of a refused call
            w.outage.flush()
            if call.id in w.outage.pending:  # still not stored: the banner or the refusal says why
                w.outage.keep(replace(w.outage.pending[call.id], form=form))
                w.outcome.show_error(OutcomeError("storage", "outcome", "not stored"))
                return
        try:
            w.services.desk.check(call, form)
        except OutcomeError as error:
            w.keep_draft()
            w.outcome.show_error(error)
            return
        w.stop_drafting()
        w.practice.saving(call.id)  # what a practice call had on screen, before the window moves on
        self._saving[call.id] = replace(call, form=form)
        self.saver.submit(call.id, form, w.clock())
        w.statusBar().showMessage(self.tr("Saving…"), 10000)
        w.moved_on(call.id)

    def _stored(self, call_id: str, saved: SavedCall) -> None:
        w = self.window
        self.saver.settled(call_id)
        self._saving.pop(call_id, None)
        call, tasks = saved.call, saved.tasks
        form = call.form
        text = outcome_text(form.outcome.value if form.outcome else None, form.reason.value if form.reason else None)
        message = self.tr("Saved: %1.").replace("%1", text)
        if tasks:
            message += " " + self.tr("Task(s) created: %1.", "", len(tasks)).replace("%1", created_tasks_text(tasks))
        w.statusBar().showMessage(message, 10000)
        if w.calls_model.row_of(call.id) >= 0:
            w.moved_on(call.id)
        w.call_saved.emit(call.id)

    def _not_stored(self, call_id: str, form: OutcomeForm, error: Exception) -> None:
        """The save came back refused or unreached: the call is back in the list with what was typed, and the
        message says why; an outage keeps it on this PC and stores it when the database is back."""
        w = self.window
        self.saver.settled(call_id)
        call = self._saving.pop(call_id, None)
        if call is None:
            return
        if isinstance(error, StorageUnavailableError):
            w.outage.failed(error)
            w.outage.keep(call)
            shown = OutcomeError("storage", "outcome", str(error))
        elif isinstance(error, StorageRefusedError):  # not an outage: said once, the call kept here, no retry
            w.outage.refused(error, call)
            shown = OutcomeError("refused", "outcome", w.outage.refusal_text(error))
        elif isinstance(error, OutcomeError):
            shown = error
        else:
            log.error("call %s: the outcome could not be stored (%s)", call_id, type(error).__name__)  # no text of it
            w.outage.keep(call)
            shown = OutcomeError("storage", "outcome", type(error).__name__)
        w.calls_model.upsert(call)
        w.update_empty_state()
        w.statusBar().showMessage(self.tr("Not saved: the call is back in the list."), 15000)
        if w.current_id is None:
            w.select_call(call_id)
        if w.current_id == call_id:
            w.outcome.show_error(shown)
