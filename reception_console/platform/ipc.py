"""One console per user: a second start hands its arguments to the running one over a local socket.

The socket (`QLocalServer`, Unix domain socket / Windows named pipe) is restricted to the current user
(`UserAccessOption`) and named after the user and the data folder, so two users — or two test runs with their
own RECEPTION_CONSOLE_HOME — never meet. One message per connection: a JSON line `{"argv": [...]}`; the console
answers `ok` once it has taken the arguments (even before its window is up: they wait in a queue).
"""

from __future__ import annotations

import getpass
import hashlib
import json
import logging

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from .paths import Paths

log = logging.getLogger(__name__)
MAX_MESSAGE = 64 * 1024
ACK = b"ok\n"


def server_name(paths: Paths) -> str:
    try:
        user = getpass.getuser()
    except Exception:  # no login name (some containers): the data folder alone still separates
        user = "user"
    digest = hashlib.sha256(f"{user}\x00{paths.data.resolve()}".encode()).hexdigest()[:16]
    return f"reception-console-{digest}"


def encode(argv: list[str]) -> bytes:
    return json.dumps({"argv": list(argv)}, ensure_ascii=False).encode("utf-8") + b"\n"


def decode(data: bytes) -> list[str]:
    """A received message → argv; ValueError for anything else."""
    try:
        message = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise ValueError(f"not a JSON message: {error}") from None
    argv = message.get("argv") if isinstance(message, dict) else None
    if not isinstance(argv, list) or not all(isinstance(a, str) for a in argv):
        raise ValueError("message without an argv list of strings")
    return argv


def send(name: str, argv: list[str], timeout_ms: int = 3000) -> bool:
    """Hand `argv` to the running console. True once it confirmed; False when none is running or it did not."""
    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(timeout_ms):
        return False
    try:
        socket.write(encode(argv))
        if not socket.waitForBytesWritten(timeout_ms):
            return False
        reply = b""
        while not reply.endswith(b"\n"):
            if not socket.waitForReadyRead(timeout_ms):
                return False
            reply += bytes(socket.readAll().data())
        return reply == ACK
    finally:
        socket.disconnectFromServer()


class IpcServer(QObject):
    received = Signal(list)  # argv of a second start or of `reception-console call …`

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._accept)
        self._buffers: dict[QLocalSocket, bytes] = {}

    def listen(self) -> bool:
        """Start serving. False (and nothing done) when another console is already listening."""
        if self._server.listen(self.name):
            return True
        probe = QLocalSocket()
        probe.connectToServer(self.name)
        if probe.waitForConnected(500):
            probe.disconnectFromServer()
            return False
        QLocalServer.removeServer(self.name)  # left behind by a console that crashed
        if self._server.listen(self.name):
            return True
        log.error("single-instance socket %s: %s", self.name, self._server.errorString())
        return False

    def close(self) -> None:
        self._server.close()

    def _accept(self) -> None:
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            self._buffers[socket] = b""
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(lambda s=socket: self._forget(s))

    def _forget(self, socket: QLocalSocket) -> None:
        self._buffers.pop(socket, None)
        socket.deleteLater()

    def _read(self, socket: QLocalSocket) -> None:
        if socket not in self._buffers:
            return
        data = self._buffers[socket] + bytes(socket.readAll().data())
        if len(data) > MAX_MESSAGE:
            log.warning("oversized message on the single-instance socket dropped")
            self._buffers.pop(socket, None)
            socket.abort()
            return
        if b"\n" not in data:
            self._buffers[socket] = data
            return
        self._buffers.pop(socket, None)
        try:
            argv = decode(data.split(b"\n", 1)[0])
        except ValueError as error:
            log.warning("message on the single-instance socket ignored: %s", error)
            socket.write(b"error\n")
            socket.flush()
            socket.disconnectFromServer()
            return
        socket.write(ACK)
        socket.flush()
        socket.disconnectFromServer()
        self.received.emit(argv)
