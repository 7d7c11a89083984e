"""A job a console runs about once a day in a worker thread (the purge of calls past their retention).

The timer only asks; the job itself decides whether today's run is still to be done (for the purge: a claim row
in the database, so that one console of many runs it). The first ask comes a minute after start, then hourly.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

log = logging.getLogger(__name__)

FIRST_MS = 60_000
EVERY_MS = 3_600_000


class DailyJob(QObject):
    def __init__(
        self,
        job: Callable[[], object],
        parent: QObject | None = None,
        *,
        first_ms: int = FIRST_MS,
        every_ms: int = EVERY_MS,
    ) -> None:
        super().__init__(parent)
        self._job = job
        self._every_ms = every_ms
        self._worker: threading.Thread | None = None
        self.runs = 0
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.ask)
        self.timer.start(first_ms)

    def ask(self) -> None:
        """Run the job in a worker thread unless the last run still works; ask again later."""
        self.timer.start(self._every_ms)
        if self._worker is not None and self._worker.is_alive():
            return
        self._worker = threading.Thread(target=self._run, name="daily-job", daemon=True)
        self._worker.start()

    def _run(self) -> None:
        try:
            self._job()
        except Exception:
            log.exception("the daily job failed; it is tried again in an hour")
        finally:
            self.runs += 1

    def wait(self, timeout: float = 30.0) -> None:
        if self._worker is not None:
            self._worker.join(timeout)
