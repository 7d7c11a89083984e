"""Python's full garbage collection walks every object the console holds — cached cards, models, Qt wrappers —
and takes tens of milliseconds. Left to itself it starts whenever allocations cross a threshold, which is as
likely as not in the middle of a ring. This moves it to a quiet moment: the objects built at start-up are frozen
(never walked again), automatic full collections are switched off, and a timer runs one while no call arrives.
Young-generation collections (well under a millisecond) stay automatic.
"""

from __future__ import annotations

import gc
import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

if TYPE_CHECKING:
    from .main_window import MainWindow

INTERVAL_MS = 60_000
QUIET_S = 5.0  # no call event for this long counts as quiet
NEVER = 1 << 30  # a third threshold no count reaches
START_DELAY_MS = 1000  # the first collection and the freeze wait until the window is on screen


class IdleCollector(QObject):
    def __init__(self, parent: QObject | None = None, interval_ms: int = INTERVAL_MS, quiet_s: float = QUIET_S):
        super().__init__(parent)
        self._interval_ms = interval_ms
        self._quiet_s = quiet_s
        self._busy_at = -quiet_s
        self._thresholds = gc.get_threshold()
        self.collections = 0
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self._tick)

    @classmethod
    def follow(cls, window: MainWindow, delay_ms: int = START_DELAY_MS) -> IdleCollector:
        """Collect in the window's quiet moments, from shortly after it is on screen (the first collection and
        the freeze take tens of milliseconds the start-up need not wait for)."""
        collector = cls(window)
        window.call_shown.connect(collector.busy)
        QTimer.singleShot(delay_ms, collector.start)
        return collector

    def start(self) -> None:
        gc.collect()
        gc.freeze()
        first, second, _ = self._thresholds
        gc.set_threshold(first, second, NEVER)
        self.timer.start(self._interval_ms)

    def stop(self) -> None:
        """Give the collection back to Python (the start-up objects stay frozen)."""
        self.timer.stop()
        gc.set_threshold(*self._thresholds)

    def busy(self, *_args: object) -> None:
        """A call came: the next full collection waits for a quiet moment."""
        self._busy_at = time.monotonic()

    def _tick(self) -> None:
        if time.monotonic() - self._busy_at < self._quiet_s:
            self.timer.start(1000)  # look again in a second
            return
        gc.collect()
        self.collections += 1
        self.timer.start(self._interval_ms)
