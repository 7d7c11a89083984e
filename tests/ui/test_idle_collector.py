"""Full garbage collections wait for a quiet moment instead of striking in the middle of a ring."""

from __future__ import annotations

import gc
import weakref

import pytest

from reception_console.ui.console.idle_collector import NEVER, IdleCollector


class Node:
    def __init__(self) -> None:
        self.me = self  # a reference cycle: only the cycle collector frees it


def old_garbage() -> weakref.ref[Node]:
    """A cycle that lived long enough to reach the oldest generation, then was dropped."""
    node = Node()
    gc.collect(1)
    gc.collect(1)  # survived two collections of generation 1: it is in generation 2 now
    ref = weakref.ref(node)
    del node
    for _ in range(3):
        gc.collect(1)
    return ref


@pytest.fixture
def thresholds():  # type: ignore[no-untyped-def]
    before = gc.get_threshold()
    yield before
    gc.unfreeze()
    gc.set_threshold(*before)


def test_full_collections_run_only_when_quiet(qtbot, app, thresholds) -> None:  # type: ignore[no-untyped-def]
    collector = IdleCollector(interval_ms=30, quiet_s=0.3)
    collector.start()
    assert gc.get_threshold() == (thresholds[0], thresholds[1], NEVER)
    assert gc.get_freeze_count() > 0

    collector.busy()
    ref = old_garbage()
    assert ref() is not None  # young collections leave it; automatic full ones are off
    qtbot.wait(150)
    assert collector.collections == 0 and ref() is not None  # a call came 150 ms ago: not yet
    qtbot.waitUntil(lambda: collector.collections == 1, timeout=3000)
    assert ref() is None

    collector.stop()
    assert gc.get_threshold() == thresholds
    assert not collector.timer.isActive()


def test_a_window_gets_its_collector_once_on_screen(qtbot, window, thresholds) -> None:  # type: ignore[no-untyped-def]
    collector = IdleCollector.follow(window, delay_ms=50)
    assert gc.get_threshold() == thresholds  # nothing frozen or switched off while the window is being shown
    qtbot.waitUntil(lambda: gc.get_threshold()[2] == NEVER, timeout=2000)
    window.call_shown.emit("a call")
    collector._tick()
    assert collector.collections == 0  # a call was just shown
    collector.stop()
