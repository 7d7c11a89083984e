"""Every card ready before its first ring: after start-up the console reads the clinics' cards into the card
cache, one card per idle moment of the event loop, so no ring waits for a card to be read (a read is 3–5 ms of
SQL and Python per card; the ring then costs one version query). The cache still checks each card's version on
every ring, so a card a supervisor saved meanwhile is read again. Where reading a card is slow (a distant
shared database), reading ahead would make the window stutter, so it stops and cards are read when they ring.
"""

from __future__ import annotations

import logging
import time

from PySide6.QtCore import QObject, QTimer, Signal

from ...domain.errors import StorageError
from ...services.cards import CardService

log = logging.getLogger(__name__)
STEP_MS = 5  # the pause between two cards: input and rings are handled in between
RETRY_MS = 30_000  # after the database went away
SLOW_STEP_MS = 40.0  # card reads this slow (a distant shared database) would make typing stutter …
SLOW_READS = 3  # … so this many of them in a row stop reading ahead (the first reads also compile SQL)
MAX_CARDS = 2000  # about 47 MB a thousand: beyond this, the others are read when they ring
FIRST_DELAY_MS = 300  # the window is painted first: reading ahead never delays the start


class CardPrefetch(QObject):
    finished = Signal(int)  # how many cards were read

    def __init__(
        self,
        cards: CardService,
        parent: QObject | None = None,
        step_ms: int = STEP_MS,
        retry_ms: int = RETRY_MS,
        slow_step_ms: float = SLOW_STEP_MS,
        slow_reads: int = SLOW_READS,
        max_cards: int = MAX_CARDS,
    ) -> None:
        super().__init__(parent)
        self._cards = cards
        self._step_ms = step_ms
        self._retry_ms = retry_ms
        self._slow_step_ms = slow_step_ms
        self._slow_reads = slow_reads
        self._max_cards = max_cards
        self._slow_in_a_row = 0
        self.stopped_slow = False
        self._queue: list[int] | None = None
        self.read = 0
        self.done = False
        self.timer = QTimer(self)
        self.timer.setInterval(step_ms)
        self.timer.timeout.connect(self._step)

    def start(self, delay_ms: int = 0) -> None:
        if self.done:
            return
        if delay_ms:
            QTimer.singleShot(delay_ms, self, self.timer.start)
        else:
            self.timer.start()

    def _step(self) -> None:
        took_ms = 0.0
        try:
            if self._queue is None:
                # popped from the end: the lines' order, as many as the cache may hold
                self._queue = self._cards.prefetch_order()[: self._max_cards][::-1]
            if self._queue:
                started = time.perf_counter()
                if self._cards.prefetch(self._queue[-1]):
                    self.read += 1
                took_ms = (time.perf_counter() - started) * 1000
                self._queue.pop()
        except StorageError:
            log.info("card prefetch paused: the database is not reachable")
            self.timer.setInterval(self._retry_ms)
            return
        self._slow_in_a_row = self._slow_in_a_row + 1 if took_ms > self._slow_step_ms else 0
        if self._queue and self._slow_in_a_row >= self._slow_reads:
            log.info("card prefetch stopped after %d card(s): reading one takes %.0f ms", self.read, took_ms)
            self.stopped_slow = True
            self._queue.clear()  # the rest are read when their lines ring, as without reading ahead
        self.timer.setInterval(self._step_ms)
        if not self._queue:
            self.timer.stop()
            self.done = True
            log.info("card prefetch: %d card(s) read", self.read)
            self.finished.emit(self.read)
