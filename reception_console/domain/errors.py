"""Errors every layer understands."""

from __future__ import annotations


class StorageUnavailableError(RuntimeError):
    """The database cannot be reached or read right now (server down, file locked or damaged, network share gone).

    Nothing was changed by the failed operation; the caller keeps its data and may try again. `call` carries a
    call that could not be stored (a ring during the outage) so the caller can keep it until the database is back.
    """

    def __init__(self, message: str, call: object | None = None) -> None:
        super().__init__(message)
        self.call = call
