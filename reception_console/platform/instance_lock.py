"""One console per user and data folder: a lock on a file in the data folder, held while the console runs.

Taking it is one system call, so a start knows at once whether another console runs — before it loads anything —
and the local socket that hands a later start's arguments over (`ipc`) can open once the window is up. The system
drops the lock when the process ends, a crash included: there is never a stale lock to clear.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

LOCK_FILE = "console.lock"


class InstanceLock:
    """The lock a running console holds; released when the process ends (or by `release`)."""

    def __init__(self, fd: int) -> None:
        self._fd: int | None = fd

    def release(self) -> None:
        if self._fd is not None:
            os.close(self._fd)  # closing the file drops the lock
            self._fd = None


def take(folder: Path) -> InstanceLock | None:
    """This data folder's console lock, or None when another console holds it. OSError when the folder has no
    room for the file (read-only, missing): the caller goes on without a lock."""
    fd = os.open(folder / LOCK_FILE, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        _lock(fd)
    except OSError:
        os.close(fd)
        return None
    return InstanceLock(fd)


def _lock(fd: int) -> None:
    """An exclusive lock that never waits: OSError when another process holds it."""
    if sys.platform == "win32":
        import msvcrt

        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
    else:
        import fcntl

        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
