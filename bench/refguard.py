"""Measuring a reference-counting bug of PySide6 6.12.0 on Python 3.11 (the reason PySide6 is pinned to 6.11).

With PySide6/shiboken6 6.12.0 on Python 3.11 every call of a Qt method that returns nothing (setText, update,
processEvents …) gives back `None` without taking a reference to it: `None`'s reference count drops by one per
call. Python 3.12+ makes None immortal, and PySide6 6.11.3 on 3.11 does not do it. When the count reaches zero
the interpreter aborts with "Fatal Python error: none_dealloc". The console loses ~500 references per call
handled, so it dies after some 70 calls; the benchmark makes thousands of such calls.

The benchmark reports the leak per call and, when there is one, how many calls a console survives
(bench/crashprobe.py); tests/unit/test_qt_binding.py fails the suite if a binding with the bug is installed.
"""

from __future__ import annotations

import gc
import sys
from dataclasses import dataclass


@dataclass
class RefCounts:
    none: int
    true: int
    false: int

    @classmethod
    def now(cls) -> RefCounts:
        gc.collect()
        return cls(sys.getrefcount(None), sys.getrefcount(True), sys.getrefcount(False))

    def lost_since(self, earlier: RefCounts) -> RefCounts:
        """References lost (positive) between `earlier` and this reading."""
        return RefCounts(earlier.none - self.none, earlier.true - self.true, earlier.false - self.false)


def void_call_leak() -> float:
    """References to None lost per call of a void Qt method (0 when the binding is sound)."""
    from PySide6.QtCore import QObject

    probe = QObject()
    before = RefCounts.now().none
    for _ in range(200):
        probe.setObjectName("probe")
    after = RefCounts.now().none
    return max(0.0, (before - after) / 200)
