"""The screen the benchmarks' windows open on: a receptionist's 1366×768.

Qt's offscreen platform has one 800×800 screen unless told otherwise. The console's window is kept within the
screen it opens on, so there it shrank to its smallest width (1,122 px), where the middle column cannot take a
caller's name and number without squeezing its neighbours: every ring moved the splitter twice and painted the
window three times. The benchmarks measure the console as it is used, on the screen of the brief's figures.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

WIDTH, HEIGHT = 1366, 768


def use_receptionist_screen(cache: Path) -> str:
    """Point Qt's offscreen platform (the default here) at a 1366×768 screen, for this process and its children;
    any other platform is left as it is. Returns the platform string in effect."""
    platform = os.environ.get("QT_QPA_PLATFORM", "offscreen")
    if platform != "offscreen":
        return platform
    cache.mkdir(parents=True, exist_ok=True)
    config = cache / f"screen-{WIDTH}x{HEIGHT}.json"
    screen = {"name": "receptionist", "x": 0, "y": 0, "width": WIDTH, "height": HEIGHT, "dpi": 96, "dpr": 1}
    config.write_text(json.dumps({"screens": [screen]}), encoding="utf-8")
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"
    return os.environ["QT_QPA_PLATFORM"]
