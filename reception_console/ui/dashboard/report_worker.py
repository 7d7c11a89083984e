"""Database work off the UI thread: a job runs in a thread pool and its result comes back by signal.

Only the newest request's result is delivered (a slow old query never overwrites a newer one). Widgets are
never touched from the worker: the job returns plain domain objects, and the signal is queued to the thread
the runner lives in.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)


class _Relay(QObject):
    done = Signal(int, object)
    failed = Signal(int, str)


class _Job(QRunnable):
    def __init__(self, request: int, work: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._request = request
        self._work = work
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._work()
        except Exception as error:  # reported to the window, never lost
            log.exception("report query failed")
            self._relay.failed.emit(self._request, f"{type(error).__name__}: {error}")
        else:
            self._relay.done.emit(self._request, result)


class ReportRunner(QObject):
    finished = Signal(object)  # the newest request's result
    failed = Signal(str)
    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)  # one database reader per window; requests queue up in order
        self._latest = 0
        self._relays: dict[int, _Relay] = {}

    @property
    def busy(self) -> bool:
        return bool(self._relays)

    def run(self, work: Callable[[], Any]) -> int:
        self._latest += 1
        relay = _Relay()
        relay.done.connect(self._done)
        relay.failed.connect(self._failed)
        self._relays[self._latest] = relay
        self._pool.start(_Job(self._latest, work, relay))
        self.busy_changed.emit(True)
        return self._latest

    def _finish(self, request: int) -> bool:
        self._relays.pop(request, None)
        if not self._relays:
            self.busy_changed.emit(False)
        return request == self._latest

    def _done(self, request: int, result: object) -> None:
        if self._finish(request):
            self.finished.emit(result)

    def _failed(self, request: int, message: str) -> None:
        if self._finish(request):
            self.failed.emit(message)

    def wait(self, msecs: int = 30_000) -> bool:
        return self._pool.waitForDone(msecs)
