"""A real HTTP server on loopback playing an SMS gateway: it keeps each request and answers as scripted."""

from __future__ import annotations

import json
import threading
import time
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclass
class Request:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes

    def json(self) -> Any:
        return json.loads(self.body)


@dataclass
class Answer:
    status: int = 200
    body: str = ""
    headers: tuple[tuple[str, str], ...] = ()
    delay: float = 0.0  # seconds before answering (a timeout test)


class Gateway:
    def __init__(self) -> None:
        self.requests: list[Request] = []
        self.script: list[Answer] = []  # answers in order; then `default`
        self.default = Answer(200, '{"id": "gw-%(n)d", "status": "queued"}')
        self.lock = threading.Lock()
        gateway = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                gateway._handle(self)

            do_GET = do_POST

            def log_message(self, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_port}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def _handle(self, handler: BaseHTTPRequestHandler) -> None:
        length = int(handler.headers.get("Content-Length") or 0)
        body = handler.rfile.read(length) if length else b""
        with self.lock:
            self.requests.append(Request(handler.command, handler.path, dict(handler.headers.items()), body))
            answer = self.script.pop(0) if self.script else self.default
            n = len(self.requests)
        if answer.delay:
            time.sleep(answer.delay)
        payload = (answer.body % {"n": n} if "%(n)" in answer.body else answer.body).encode()
        try:
            handler.send_response(answer.status)
            for name, value in answer.headers:
                handler.send_header(name, value)
            handler.send_header("Content-Type", "application/json")
            handler.send_header("Content-Length", str(len(payload)))
            handler.end_headers()
            handler.wfile.write(payload)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up (timeout test)

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()
