"""Every card ready before its first ring: after start-up the console reads the clinics' cards into the card
cache, one card per idle moment of the event loop, so no ring waits for a card to be read (a read is 3–5 ms of
SQL and Python per card; the ring then costs one version query). The cache still checks each card's version on
every ring, so a card a supervisor saved meanwhile is read again.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer, Signal

from ..domain.errors import StorageUnavailableError
from ..services.cards import CardService

log = logging.getLogger(__name__)
STEP_MS = 5  # the pause between two cards: input and rings are handled in between
RETRY_MS = 30_000  # after the database went away


class CardPrefetch(QObject):
    finished = Signal(int)  # how many cards were read

    def __init__(
        self, cards: CardService, parent: QObject | None = None, step_ms: int = STEP_MS, retry_ms: int = RETRY_MS
    ) -> None:
        super().__init__(parent)
        self._cards = cards
        self._step_ms = step_ms
        self._retry_ms = retry_ms
        self._queue: list[int] | None = None
        self.read = 0
        self.done = False
        self.timer = QTimer(self)
        self.timer.setInterval(step_ms)
        self.timer.timeout.connect(self._step)

    def start(self) -> None:
        if not self.done:
            self.timer.start()

    def _step(self) -> None:
        try:
            if self._queue is None:
                self._queue = self._cards.prefetch_order()[::-1]  # popped from the end: the lines' order
            if self._queue:
                if self._cards.prefetch(self._queue[-1]):
                    self.read += 1
                self._queue.pop()
        except StorageUnavailableError:
            log.info("card prefetch paused: the database is not reachable")
            self.timer.setInterval(self._retry_ms)
            return
        self.timer.setInterval(self._step_ms)
        if not self._queue:
            self.timer.stop()
            self.done = True
            log.info("card prefetch: %d card(s) read", self.read)
            self.finished.emit(self.read)
