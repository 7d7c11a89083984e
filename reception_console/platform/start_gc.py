"""The garbage collector during a start.

A start makes about a million objects (SQLAlchemy's and the ORM's classes, Qt's wrappers, the translations), and
nearly all of them live as long as the program. Left on, the cyclic collector walks them over and over while they
are made: about 230 collections and 45 ms of a console's start here, with almost nothing to free. So a start
pauses it, and turns it back on once the window is up (or a command starts); the console's idle collector then
collects once and freezes what the start made (`ui.console.idle_collector`).
"""

from __future__ import annotations

import gc


def pause() -> None:
    gc.disable()


def resume() -> None:
    gc.enable()
