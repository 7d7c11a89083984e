"""The console stores an outcome on a thread of its own: a test that saved waits for the result to come back to
the window (stored, or refused) before it looks at the database or the window, as a receptionist's screen does."""

from __future__ import annotations

from typing import Any


def settled(qtbot: Any, window: Any, timeout: int = 10_000) -> None:
    qtbot.waitUntil(lambda: not window.saver.pending, timeout=timeout)
