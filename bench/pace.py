"""How fast this machine runs right now: the same fixed piece of pure-Python work, timed.

On a shared virtual machine the same code runs up to twice as slow in some minutes as in others. Printing
this beside each benchmark tells a slow figure of the console from a slow phase of the machine.
"""

from __future__ import annotations

import statistics
import time

WORK = 300_000
REPEATS = 7


def _work() -> int:
    total = 0
    for i in range(WORK):
        total += i * i
    return total


def pace_ms() -> float:
    """Median milliseconds of the fixed work (lower is a faster phase)."""
    samples = []
    for _ in range(REPEATS):
        started = time.perf_counter()
        _work()
        samples.append((time.perf_counter() - started) * 1000)
    return statistics.median(samples)
