"""Arguments of later starts (a click on a number, `reception-console call …`) wait here, in order, until the
window takes them; they arrive on the local socket (`ipc`), opened once the first window is up."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .instance_lock import InstanceLock
    from .ipc import IpcServer


class Inbox:
    def __init__(self, lock: InstanceLock | None = None, server: IpcServer | None = None) -> None:
        self.lock = lock  # this console's, held as long as the inbox
        self.server = server  # kept alive as long as the inbox
        self.waiting: list[list[str]] = []
        self._handler: Callable[[list[str]], None] | None = None
        if server is not None:
            server.received.connect(self.put)

    def listen(self, name: str) -> bool:
        """Open the socket named `name` for later starts; False when another console answers on it."""
        from .ipc import IpcServer

        self.server = IpcServer(name)
        self.server.received.connect(self.put)
        return self.server.listen()

    def put(self, argv: list[str]) -> None:
        if self._handler is None:
            self.waiting.append(argv)
        else:
            self._handler(argv)

    def open(self, handler: Callable[[list[str]], None]) -> None:
        self._handler = handler
        waiting, self.waiting = self.waiting, []
        for argv in waiting:
            handler(argv)
