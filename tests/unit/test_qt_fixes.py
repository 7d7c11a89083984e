"""The guard against PySide6 6.12.0 losing a reference to None or True on each void call or emit()."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
EMIT_MANY = """
import sys
from PySide6.QtCore import QCoreApplication, QObject, Signal
{guard}
app = QCoreApplication([])
class Source(QObject):
    changed = Signal(object)
source = Source()
source.changed.connect(lambda value: None)
for n in range(20000):
    source.changed.emit(n)  # returns True without a reference
    source.setObjectName(str(n))  # returns None without a reference
print("survived")
"""


def run(guard: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", EMIT_MANY.format(guard=guard)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"},
    )


def test_a_working_day_of_signals_survives_with_the_guard() -> None:
    guarded = run("from reception_console.platform.qt_fixes import guard_refcounts; guard_refcounts()")
    assert guarded.returncode == 0 and "survived" in guarded.stdout, guarded.stderr


def test_the_guard_is_only_applied_where_the_binding_needs_it() -> None:
    from reception_console.platform.qt_fixes import calls_lose_references

    unguarded = run("")
    needs_it = unguarded.returncode != 0 and "_dealloc" in unguarded.stderr
    assert needs_it == (sys.version_info < (3, 12) and calls_lose_references())
