"""A TCP link to a phone system that reconnects by itself, with backoff, and says how it is doing."""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable
from contextlib import AbstractContextManager

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtNetwork import QAbstractSocket, QTcpSocket

from ..services.phone import LinkState

log = logging.getLogger(__name__)
CONNECT_TIMEOUT_MS = 5000


class Backoff:
    """Delays between attempts: initial, doubled each time, never above maximum; reset once connected."""

    def __init__(self, initial: float = 0.25, maximum: float = 10.0, factor: float = 2.0) -> None:
        self.initial = initial
        self.maximum = maximum
        self.factor = factor
        self._next = initial

    def next(self) -> float:
        delay = self._next
        self._next = min(self.maximum, self._next * self.factor)
        return delay

    def reset(self) -> None:
        self._next = self.initial

    def slow_down(self) -> None:
        """The next delay is the longest: the other side is up but refuses us; don't hammer it."""
        self._next = self.maximum


class ReconnectingLink(QObject):
    received = Signal(bytes)
    connected = Signal()
    disconnected = Signal()  # a connection that was up went down
    refused = Signal()  # an attempt found nobody listening: the program on the other side is not running
    state_changed = Signal()

    def __init__(self, host: str, port: int, backoff: Backoff | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.host = host
        self.port = port
        self.backoff = backoff or Backoff()
        # Tests open the socket inside a private network namespace; anything else leaves this alone.
        self.around_connect: Callable[[], AbstractContextManager[object]] = contextlib.nullcontext
        self.state = LinkState.CONNECTING
        self.retry_in: float | None = None
        self.last_error = ""
        self._running = False
        self._replacing = False  # aborting a stale attempt to start a new one: no retry for that
        self._was_up = False
        self._socket = QTcpSocket(self)
        self._socket.connected.connect(self._on_connected)
        self._socket.readyRead.connect(self._on_ready_read)
        self._socket.errorOccurred.connect(self._on_error)
        self._socket.stateChanged.connect(self._on_socket_state)
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.timeout.connect(self._connect)
        self._connect_timeout = QTimer(self)
        self._connect_timeout.setSingleShot(True)
        self._connect_timeout.setInterval(CONNECT_TIMEOUT_MS)
        self._connect_timeout.timeout.connect(self._socket.abort)

    @property
    def address(self) -> str:
        return f"{self.host}:{self.port}"

    @property
    def is_up(self) -> bool:
        return self._socket.state() is QAbstractSocket.SocketState.ConnectedState

    def start(self) -> None:
        self._running = True
        self._connect()

    def stop(self) -> None:
        self._running = False
        self._retry.stop()
        self._connect_timeout.stop()
        self._socket.abort()

    def send(self, data: bytes) -> bool:
        if not self.is_up:
            return False
        self._socket.write(data)
        return True

    def drop(self, *, slow: bool = False) -> None:
        """Close the connection and try again later (after the longest delay when `slow`)."""
        if slow:
            self.backoff.slow_down()
        self._socket.abort()

    def _set_state(self, state: LinkState, retry_in: float | None = None) -> None:
        self.state, self.retry_in = state, retry_in
        self.state_changed.emit()

    def _connect(self) -> None:
        if not self._running:
            return
        if self._socket.state() is not QAbstractSocket.SocketState.UnconnectedState:
            self._replacing = True
            try:
                self._socket.abort()
            finally:
                self._replacing = False
        self._set_state(LinkState.CONNECTING)
        with self.around_connect():
            self._socket.connectToHost(self.host, self.port)
        self._connect_timeout.start()

    def _on_connected(self) -> None:
        self._connect_timeout.stop()
        self.backoff.reset()
        self._was_up = True
        self.last_error = ""
        log.info("connected to %s", self.address)
        self._set_state(LinkState.CONNECTED)
        self.connected.emit()

    def _on_ready_read(self) -> None:
        data = bytes(self._socket.readAll().data())
        if data:
            self.received.emit(data)

    def _on_error(self, error: QAbstractSocket.SocketError) -> None:
        self.last_error = self._socket.errorString()
        if error is QAbstractSocket.SocketError.ConnectionRefusedError:
            self.refused.emit()

    def _on_socket_state(self, state: QAbstractSocket.SocketState) -> None:
        if state is not QAbstractSocket.SocketState.UnconnectedState:
            return
        self._connect_timeout.stop()
        if self._was_up:
            self._was_up = False
            if self._running:
                log.warning("connection to %s lost (%s)", self.address, self.last_error or "closed")
            self.disconnected.emit()
        if self._running and not self._replacing and not self._retry.isActive():
            delay = self.backoff.next()
            self._set_state(LinkState.RETRYING, delay)
            self._retry.start(int(delay * 1000))
