"""Outcomes are stored on a thread of their own, one after another, so a slow or distant database never freezes
the window: the receptionist moves to the next call at once, and each result comes back to the window's thread
as a signal (stored, or the error that kept it from being stored).

The window checks the form before it hands it on (what would be refused is said at once, under its field), and
the call stays in the database's drafts until the save commits: a console closed meanwhile waits for the saves in
flight; one that crashes finds the call again among the unsaved at its next start.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor, wait
from datetime import datetime

from PySide6.QtCore import QObject, Signal

from ...domain.calls import OutcomeForm

log = logging.getLogger(__name__)

Save = Callable[[str, OutcomeForm, datetime], object]


class OutcomeSaver(QObject):
    saved = Signal(str, object)  # call id, what was stored (SavedCall)
    failed = Signal(str, object, object)  # call id, the form, the exception

    def __init__(self, save: Save, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._save = save
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="outcome-save")
        self._flying: dict[str, Future[object]] = {}

    @property
    def pending(self) -> set[str]:
        """The calls whose save has not come back yet."""
        return set(self._flying)

    def submit(self, call_id: str, form: OutcomeForm, at: datetime) -> None:
        self._flying[call_id] = self._pool.submit(self._store, call_id, form, at)

    def _store(self, call_id: str, form: OutcomeForm, at: datetime) -> object:
        try:
            saved = self._save(call_id, form, at)
        except Exception as error:  # every kind goes back to the window, which says what it means
            log.info("call %s: outcome not stored: %s", call_id, type(error).__name__)
            self.failed.emit(call_id, form, error)
            return None
        self.saved.emit(call_id, saved)
        return saved

    def settled(self, call_id: str) -> None:
        """The window has taken the result for this call."""
        self._flying.pop(call_id, None)

    def wait(self, timeout: float = 10.0) -> bool:
        """Wait for the saves in flight (a closing window); True when none is left running."""
        _done, running = wait(list(self._flying.values()), timeout=timeout)
        return not running

    def shut(self) -> None:
        self._pool.shutdown(wait=True)
