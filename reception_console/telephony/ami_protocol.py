"""The Asterisk Manager Interface wire format: `Key: Value` lines, a blank line ends a message. Pure.

On connect Asterisk greets with one line, `Asterisk Call Manager/<version>`. Actions are written the same
way (`Action: Login`, …). Keys are matched without regard to case (Asterisk writes `Uniqueid`, `Linkedid`).
"""

from __future__ import annotations

from collections.abc import Callable

MAX_MESSAGE = 64 * 1024  # one event is a few hundred bytes; more without a blank line is garbage
BANNER_PREFIX = "asterisk call manager/"

Message = dict[str, str]  # keys lower-cased


class AmiDecoder:
    """Feed bytes as they arrive; get back each complete message. Never raises on bad input."""

    def __init__(self, on_error: Callable[[str], None] | None = None) -> None:
        self._buffer = bytearray()
        self._on_error = on_error or (lambda _message: None)
        self.banner: str | None = None
        self.errors = 0

    def _error(self, text: str) -> None:
        self.errors += 1
        self._on_error(text)

    def feed(self, data: bytes) -> list[Message]:
        self._buffer += data
        messages: list[Message] = []
        while True:
            if self.banner is None:
                end = self._buffer.find(b"\n")
                if end < 0:
                    break
                line = self._buffer[:end].decode("utf-8", "replace").strip()
                if line.lower().startswith(BANNER_PREFIX):
                    self.banner = line
                    del self._buffer[: end + 1]
                    continue
                self.banner = ""  # no greeting: read messages anyway
            end, skip = self._message_end()
            if end < 0:
                if len(self._buffer) > MAX_MESSAGE:
                    self._error(f"AMI message longer than {MAX_MESSAGE} bytes dropped")
                    cut = self._buffer.rfind(b"\n")
                    del self._buffer[: cut + 1 if cut >= 0 else len(self._buffer)]
                break
            block = bytes(self._buffer[:end])
            del self._buffer[: end + skip]
            message = self._parse(block)
            if message:
                messages.append(message)
        return messages

    def _message_end(self) -> tuple[int, int]:
        """Index of the blank line ending the first message and its length (\\r\\n\\r\\n or \\n\\n)."""
        found = [(i, n) for i, n in ((self._buffer.find(b"\r\n\r\n"), 4), (self._buffer.find(b"\n\n"), 2)) if i >= 0]
        return min(found) if found else (-1, 0)

    def _parse(self, block: bytes) -> Message:
        message: Message = {}
        bad = 0
        for raw in block.decode("utf-8", "replace").splitlines():
            line = raw.strip()
            if not line:
                continue
            key, sep, value = line.partition(":")
            key = key.strip().lower()
            if not sep or not key or " " in key:
                bad += 1
                continue
            message.setdefault(key, value.strip())
        if bad:
            self._error(f"{bad} line(s) without 'Key: Value' ignored in an AMI message")
        return message


def encode_action(action: str, **fields: str) -> bytes:
    """`Action: X` plus fields; line breaks inside values are removed so nothing can inject a second action."""

    def clean(value: object) -> str:
        return str(value).replace("\r", " ").replace("\n", " ")

    lines = [f"Action: {clean(action)}"]
    lines += [f"{clean(key)}: {clean(value)}" for key, value in fields.items()]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("utf-8")
