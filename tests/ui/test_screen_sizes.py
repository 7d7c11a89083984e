"""The windows on a laptop's screen: 1920×1080 at 150 % (1280×720 logical pixels) and 1366×768 at 125 %
(1093×614). Each size runs tests/ui/on_screen.py in its own process, with Qt's offscreen screen set to that size
and QT_SCALE_FACTOR to that scaling, and fails on any window outside the screen or control cut."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    ("pixels", "scale", "logical"),
    [((1920, 1080), "1.5", "1280x720"), ((1366, 768), "1.25", "1093x614")],
    ids=["1920x1080@150", "1366x768@125"],
)
def test_every_window_fits_the_screen(tmp_path: Path, pixels: tuple[int, int], scale: str, logical: str) -> None:
    screen = {"name": "laptop", "x": 0, "y": 0, "width": pixels[0], "height": pixels[1], "logicalDpi": 96, "dpr": 1}
    config = tmp_path / "screen.json"
    config.write_text(json.dumps({"windowFrameMargins": False, "screens": [screen]}), encoding="utf-8")
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": f"offscreen:configfile={config}",
        "QT_SCALE_FACTOR": scale,
        "SCREEN_UNDER_TEST": logical,
    }
    run = subprocess.run(
        [sys.executable, "-m", "pytest", "tests/ui/on_screen.py", "-q", "-s", "-p", "no:cacheprovider"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    print(run.stdout[-3000:])
    assert run.returncode == 0, run.stdout[-6000:] + run.stderr[-2000:]
    assert "3 passed" in run.stdout


def test_size_and_splitters_are_remembered_per_screen(qtbot, app, demo_db, clock, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QSettings, QSize
    from PySide6.QtWidgets import QSplitter

    from reception_console.ui.console.main_window import MainWindow
    from reception_console.ui.window_place import screen_key
    from tests.builders import services_for

    services = services_for(demo_db, clock)
    state = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)

    def open_window() -> MainWindow:
        window = MainWindow(services, services.auth.sign_in("justyna", "demo"), clock=clock, ui_state=state)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        return window

    first = open_window()
    first.resize(700, 500)
    first.card.split.setSizes([150, 200, 150])
    chosen = first.card.split.sizes()
    first.close()
    key = screen_key(first.screen())
    assert state.contains(f"main/{key}/geometry") and state.contains(f"main/{key}/splitter2")
    again = open_window()
    assert again.size().toTuple() == first.size().toTuple()
    assert again.card.split.sizes() == chosen
    assert isinstance(again.card.split, QSplitter)
    state.remove(f"main/{key}")  # another screen: nothing remembered for it, the window takes its preferred size
    third = open_window()
    room = third.screen().availableGeometry()
    assert third.size() == QSize(1366, 740).boundedTo(room.size()).expandedTo(third.minimumSizeHint())
