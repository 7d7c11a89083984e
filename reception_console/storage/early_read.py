"""What a start needs before SQLAlchemy has loaded, read from an embedded database with the standard library.

An unattended PC signs in with a stored password: its scrypt check (a third of a second of CPU, off the GIL) can
then run on another core while the storage layer loads, instead of after it. Nothing here writes, migrates or
decides anything: a database this cannot read (no file yet, an older schema, a shared server) gives None and the
start goes the usual way."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from urllib.parse import unquote

SQLITE_PREFIX = "sqlite:///"


def embedded_path(url: str) -> Path | None:
    """The file of a `sqlite:///…` URL; None for any other database, an in-memory one or a URL with options."""
    if not url.startswith(SQLITE_PREFIX) or "?" in url:
        return None
    name = unquote(url[len(SQLITE_PREFIX) :])
    return Path(name) if name and name != ":memory:" else None


def stored_password_hash(url: str, login: str) -> str | None:
    """The stored password hash of an active `login` (case as the sign-in compares it), or None."""
    path = embedded_path(url)
    if path is None or not path.is_file():
        return None
    try:
        # read-only: never creates the file, never takes the write lock
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=0.5)
    except sqlite3.Error:
        return None
    try:
        row = conn.execute(
            "SELECT password_hash FROM people WHERE lower(login) = ? AND active", (login.strip().lower(),)
        ).fetchone()
    except sqlite3.Error:  # no such table or column yet: the migrations will see to it
        return None
    finally:
        conn.close()
    return row[0] if row and isinstance(row[0], str) else None
