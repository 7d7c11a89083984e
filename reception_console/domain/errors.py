"""Errors every layer understands.

Only a lost connection is an outage: the banner, the journal and the retry are for `StorageUnavailableError`
alone. When the database answers and refuses (a value it cannot hold, a permission it does not give, a file it
cannot write) trying the same thing again changes nothing: those are `StorageRefusedError`s, each with its own
type, so the console can say what happened and keep the call without retrying it forever.
"""

from __future__ import annotations


class StorageError(RuntimeError):
    """Something the database did not do. Nothing was changed by the failed operation; `call` carries a call that
    could not be stored (a ring) so the caller can keep it."""

    def __init__(self, message: str, call: object | None = None) -> None:
        super().__init__(message)
        self.call = call


class StorageUnavailableError(StorageError):
    """The database cannot be reached or read right now (server down or restarting, connection lost, file locked
    or damaged, network share gone). The caller keeps its data and tries again later."""


class StorageRefusedError(StorageError):
    """The database answered and refused the operation: trying it again as it is would be refused again."""


class RejectedValueError(StorageRefusedError):
    """A value the database cannot hold (too long, a NUL byte, out of range, a reference to nothing)."""


class PermissionRefusedError(StorageRefusedError):
    """The signed-in person's database login is not allowed to do this."""


class ReadOnlyStorageError(StorageRefusedError):
    """The database can be read but not written (a read-only file or folder, a standby server)."""
