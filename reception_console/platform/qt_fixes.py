"""A guard against a reference-counting bug in the Qt binding.

PySide6 6.12.0's `SignalInstance.emit()` returns `True` without taking a reference to it, so every `.emit()`
made from Python costs `True` one reference. Python 3.11 frees an object whose count reaches zero — for `True`
that is a hard abort ("Fatal Python error: bool_dealloc") after some hundreds of emits, i.e. during an ordinary
working day. The guard measures the bug once at start-up and, only when it is there, raises the counts of
`True` and `False` out of reach, which is what Python 3.12 and later do for them anyway ("immortal" objects).
"""

from __future__ import annotations

import ctypes
import sys

OUT_OF_REACH = 1 << 40


def emit_loses_a_reference() -> bool:
    from PySide6.QtCore import QObject, Signal

    class Probe(QObject):
        ping = Signal()

    probe = Probe()
    before = sys.getrefcount(True)
    for _ in range(3):
        probe.ping.emit()
    return sys.getrefcount(True) < before


def protect_booleans() -> bool:
    """Apply the guard when the running binding needs it; True when it was applied."""
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return False  # True and False are immortal there
    if sys.getrefcount(True) > OUT_OF_REACH // 2:
        return True  # applied already
    if not emit_loses_a_reference():
        return False
    for value in (True, False):
        ctypes.c_ssize_t.from_address(id(value)).value += OUT_OF_REACH
    return True
