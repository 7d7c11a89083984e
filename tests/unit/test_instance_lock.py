"""One console per user and data folder: the lock is exclusive between processes, private, and gone with its
process (a crash included)."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from reception_console.platform import instance_lock

HOLD = """
import sys, time
from pathlib import Path
from reception_console.platform import instance_lock
lock = instance_lock.take(Path(sys.argv[1]))
print("held" if lock else "refused", flush=True)
time.sleep(60)
"""


def holder(folder: Path) -> subprocess.Popen[str]:
    process = subprocess.Popen([sys.executable, "-c", HOLD, str(folder)], stdout=subprocess.PIPE, text=True)
    assert process.stdout is not None
    assert process.stdout.readline().strip() == "held"
    return process


def test_a_second_console_is_refused_while_the_first_runs_and_takes_it_once_the_first_has_crashed(
    tmp_path: Path,
) -> None:
    first = holder(tmp_path)
    try:
        assert instance_lock.take(tmp_path) is None
    finally:
        first.kill()  # no clean exit: the system drops the lock with the process
        first.wait(timeout=30)
    lock = instance_lock.take(tmp_path)
    assert lock is not None
    lock.release()


def test_released_it_can_be_taken_again_and_it_is_the_users_own(tmp_path: Path) -> None:
    lock = instance_lock.take(tmp_path)
    assert lock is not None
    assert instance_lock.take(tmp_path) is None  # another open of the file: refused, in the same process too
    lock.release()
    again = instance_lock.take(tmp_path)
    assert again is not None
    again.release()
    if os.name == "posix":
        assert stat.S_IMODE((tmp_path / instance_lock.LOCK_FILE).stat().st_mode) == 0o600


def test_a_folder_without_room_for_the_lock_is_an_error_to_go_on_without(tmp_path: Path) -> None:
    with pytest.raises(OSError):
        instance_lock.take(tmp_path / "missing")


def test_a_start_gives_up_with_a_message_when_the_console_holding_the_lock_never_answers(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from reception_console import app
    from reception_console.platform.settings import load_settings

    monkeypatch.setenv("RECEPTION_CONSOLE_HOME", str(tmp_path))
    monkeypatch.setattr(app, "HAND_OVER_TIMEOUT_S", 0.5)
    settings = load_settings()
    settings.paths.data.mkdir(parents=True)
    hung = instance_lock.take(settings.paths.data)  # a console that holds the lock and never opens its socket
    assert hung is not None
    try:
        assert app._instance_lock(settings) == (None, False)
        assert app._instance_lock(replace(settings, paths=replace(settings.paths, data=tmp_path / "no"))) == (
            None,
            True,
        )
        assert app._hand_over(settings, ["tel:+48600111222"]) == 1
    finally:
        hung.release()
    assert "already running for this user but does not answer" in capsys.readouterr().err
