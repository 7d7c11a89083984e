"""Files that hold patient data are the user's own: folders 0700, files 0600.

On POSIX systems the console sets its umask to 0077 at start, so whatever it (or SQLite, or the log handler)
creates is private from the first byte, and `tighten` narrows what an older version left readable by others.
On Windows the modes mean nothing: the data, config and log folders live in the user's profile
(`%LOCALAPPDATA%`), whose ACLs already keep other accounts out (docs/privacy.md).
"""

from __future__ import annotations

import logging
import os
import stat
from collections.abc import Iterable
from pathlib import Path

log = logging.getLogger(__name__)

FOLDER_MODE = 0o700
FILE_MODE = 0o600
UMASK = 0o077


def enforced() -> bool:
    """Whether POSIX modes protect files here (not on Windows, where the profile's ACLs do)."""
    return os.name == "posix"


def restrict_umask() -> None:
    """From now on this process creates files 0600 and folders 0700."""
    if enforced():
        os.umask(UMASK)


def private_folder(path: Path) -> Path:
    """Create the folder (and missing parents) for the user alone; an existing one is narrowed to 0700."""
    path.mkdir(mode=FOLDER_MODE, parents=True, exist_ok=True)
    _narrow(path, FOLDER_MODE)
    return path


def new_private_folder(path: Path) -> Path:
    """Create the folder (and missing parents) for the user alone, and leave an existing one as it is: a folder
    someone named for a database file (a share several consoles use, /tmp) is theirs to set, not this app's."""
    path.mkdir(mode=FOLDER_MODE, parents=True, exist_ok=True)
    return path


def private_file(path: Path) -> Path:
    """Narrow an existing file to 0600 (a missing one is left alone)."""
    if path.exists():
        _narrow(path, FILE_MODE)
    return path


def _narrow(path: Path, mode: int) -> None:
    if not enforced():
        return
    try:
        current = stat.S_IMODE(path.stat().st_mode)
        if path.is_dir() and current & stat.S_ISVTX:  # a sticky folder is shared by design (/tmp): never narrowed
            log.warning("%s is a shared folder (sticky): its permissions are left as they are", path)
            return
        if current & ~mode:
            os.chmod(path, current & mode)
            log.info("permissions of %s narrowed from %o to %o", path, current, current & mode)
    except OSError as error:
        log.warning("cannot narrow the permissions of %s: %s", path, error)


def tighten(folders: Iterable[Path]) -> None:
    """Narrow each folder to 0700 and every file and subfolder in it to 0600 / 0700 (an existing installation)."""
    for folder in folders:
        if not folder.is_dir():
            continue
        _narrow(folder, FOLDER_MODE)
        for path in folder.rglob("*"):
            if path.is_symlink():
                continue
            _narrow(path, FOLDER_MODE if path.is_dir() else FILE_MODE)


def make_private(folders: Iterable[Path]) -> None:
    """At start: a private umask, the folders created 0700, and what an older version left open narrowed."""
    folders = list(folders)
    restrict_umask()
    for folder in folders:
        private_folder(folder)
    tighten(folders)
