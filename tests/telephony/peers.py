"""Scripted peers on loopback: a fake baresip ctrl_tcp and a fake Asterisk Manager Interface.

Each runs a small TCP server in a thread, records what the console sends, answers the way the real program
does, and pushes whatever event sequence the test scripts. Like ctrl_tcp, one client at a time.
"""

from __future__ import annotations

import contextlib
import json
import socket
import threading
import time
from collections.abc import Callable

from reception_console.telephony import netstring
from reception_console.telephony.ami_protocol import AmiDecoder
from tests.telephony.ami_scripts import BANNER, message


def _hang_up(sock: socket.socket) -> None:
    """shutdown() first: a plain close() does not wake (or FIN) a socket another thread is reading."""
    with contextlib.suppress(OSError):
        sock.shutdown(socket.SHUT_RDWR)
    sock.close()


class ScriptedPeer:
    greeting = b""

    def __init__(self, port: int = 0) -> None:
        self._server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._server.bind(("127.0.0.1", port))
        self._server.listen(4)
        self.port = self._server.getsockname()[1]
        self._client: socket.socket | None = None
        self._lock = threading.Lock()
        self.connections = 0
        self.received: list[object] = []
        self._closed = False
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while not self._closed:
            try:
                client, _ = self._server.accept()
            except OSError:
                return
            if self._closed:
                client.close()
                return
            with self._lock:
                if self._client is not None:
                    _hang_up(self._client)  # ctrl_tcp: a new client silently replaces the old one
                self._client = client
                self.connections += 1
            if self.greeting:
                client.sendall(self.greeting)
            threading.Thread(target=self._read, args=(client,), daemon=True).start()

    def _read(self, client: socket.socket) -> None:
        while True:
            try:
                data = client.recv(65536)
            except OSError:
                return
            if not data:
                return
            self.handle(data)

    def handle(self, data: bytes) -> None:
        self.received.append(data)

    def push(self, data: bytes) -> None:
        with self._lock:
            client = self._client
        assert client is not None, "no client connected"
        client.sendall(data)

    def drop(self) -> None:
        """Close the client's connection (the program crashed or restarted)."""
        with self._lock:
            if self._client is not None:
                _hang_up(self._client)
                self._client = None

    def close(self) -> None:
        self._closed = True
        self.drop()
        with contextlib.suppress(OSError):
            self._server.shutdown(socket.SHUT_RDWR)  # wakes the thread blocked in accept()
        self._server.close()


class FakeBaresip(ScriptedPeer):
    """Answers like baresip 1.0.0's ctrl_tcp + menu: `uafind` chooses an account (ok false for one it does not
    have), `listcalls` lists that account's calls only, in baresip's own text."""

    def __init__(self, port: int = 0) -> None:
        super().__init__(port)
        self._decoder = netstring.NetstringDecoder()
        self.commands: list[dict[str, str]] = []
        self.accounts: set[str] | None = None  # None: every account asked for exists
        self.calls: dict[str, list[tuple[str, str, int]]] = {}  # account → [(peer URI, state, seconds answered)]
        self._current = ""

    def handle(self, data: bytes) -> None:
        for payload in self._decoder.feed(data):
            command = json.loads(payload)
            name, params = command.get("command", ""), command.get("params", "")
            ok, text = True, ""
            if name == "uafind":
                if self.accounts is not None and params not in self.accounts:
                    ok, text = False, "No such file or directory"
                else:
                    self._current, text = params, f"ua: {params}\n"
            elif name == "listcalls":
                text = self.listing(self._current)
            reply = {"response": True, "ok": ok, "data": text, "token": command.get("token", "")}
            self.push(netstring.encode(json.dumps(reply).encode()))
            self.commands.append(command)  # after the reply: a test that saw the command has had its answer sent

    def listing(self, account: str) -> str:
        calls = self.calls.get(account, [])
        out = f"\n--- Active calls ({len(calls)}) ---\n"
        for n, (peer, state, seconds) in enumerate(calls, 1):
            mark = ">" if n == len(calls) else " "
            clock = f"{seconds // 3600}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"
            out += f"{mark} [line {n}]  {clock}   {state:<20} {peer}\n"
        return out + "\n"

    def send_event(self, **fields: str) -> None:
        self.push(netstring.encode(json.dumps({"event": True, "class": "call", **fields}).encode()))

    def restart(self) -> None:
        """baresip crashed and is back on the same port before the console noticed: the connection drops, and the
        new process has no calls."""
        self.calls = {}
        self._current = ""
        self.drop()


class FakeAsterisk(ScriptedPeer):
    greeting = BANNER

    def __init__(self, port: int = 0, *, username: str = "console", secret: str = "s3cret") -> None:
        super().__init__(port)
        self.username, self.secret = username, secret
        self.channels: list[dict[str, str]] = []  # what CoreShowChannels reports
        self.actions: list[dict[str, str]] = []
        self.on_originate: Callable[[dict[str, str]], bytes] | None = None
        self._decoders: dict[int, AmiDecoder] = {}

    def handle(self, data: bytes) -> None:
        decoder = self._decoders.setdefault(0, AmiDecoder())
        decoder.banner = ""
        for action in decoder.feed(data):
            self.actions.append(action)
            name, action_id = action.get("action", "").lower(), action.get("actionid", "")
            if name == "login":
                ok = action.get("username") == self.username and action.get("secret") == self.secret
                self.push(
                    message(Response="Success", ActionID=action_id, Message="Authentication accepted")
                    if ok
                    else message(Response="Error", ActionID=action_id, Message="Authentication failed")
                )
                if ok:
                    self.push(message(Event="FullyBooted", Privilege="system,all", Status="Fully Booted"))
            elif name == "coreshowchannels":
                out = message(Response="Success", ActionID=action_id, EventList="start", Message="Channels will follow")
                for ch in self.channels:
                    out += message(Event="CoreShowChannel", ActionID=action_id, **ch)
                out += message(
                    Event="CoreShowChannelsComplete",
                    ActionID=action_id,
                    EventList="Complete",
                    ListItems=str(len(self.channels)),
                )
                self.push(out)
            elif name == "ping":
                self.push(message(Response="Success", ActionID=action_id, Ping="Pong", Timestamp=f"{time.time():.6f}"))
            elif name == "originate":
                self.push(message(Response="Success", ActionID=action_id, Message="Originate successfully queued"))
                if self.on_originate:
                    self.push(self.on_originate(action))
            else:
                self.push(message(Response="Error", ActionID=action_id, Message="Invalid/unknown command"))
