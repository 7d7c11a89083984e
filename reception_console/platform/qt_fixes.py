"""A guard against reference-counting bugs in the Qt binding.

PySide6 6.12.0 returns `None` from every void method (`setText`, `show`, `processEvents`, …) and `True` from
`SignalInstance.emit()` without taking a reference, so each such call made from Python costs `None` or `True`
one reference. Python 3.11 frees an object whose count reaches zero — for these that is a hard abort
("Fatal Python error: none_dealloc" / "bool_dealloc") after some thousands of calls, i.e. within an ordinary
working hour. The guard measures the loss once at start-up and, only when it is there, raises the counts of
`None`, `True` and `False` out of reach — which is what Python 3.12 and later do for them anyway ("immortal").
"""

from __future__ import annotations

import ctypes
import sys

OUT_OF_REACH = 1 << 40
CONSTANTS = (None, True, False)


def calls_lose_references() -> bool:
    """Whether a void call or an emit() from Python costs None or True a reference."""
    from PySide6.QtCore import QObject, Signal

    class Probe(QObject):
        ping = Signal()

    probe = Probe()
    none_before, true_before = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(3):
        probe.setObjectName("probe")
        probe.ping.emit()
    return sys.getrefcount(None) < none_before or sys.getrefcount(True) < true_before


def guard_refcounts() -> bool:
    """Apply the guard when the running binding needs it; True when it is in place."""
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return False  # None, True and False are immortal there
    if all(sys.getrefcount(value) > OUT_OF_REACH // 2 for value in CONSTANTS):
        return True  # applied already
    if not calls_lose_references():
        return False
    for value in CONSTANTS:
        ctypes.c_ssize_t.from_address(id(value)).value += OUT_OF_REACH
    return True
