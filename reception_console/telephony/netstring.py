"""Netstring framing (`<length>:<payload>,`), as baresip's ctrl_tcp speaks it. Pure: bytes in, payloads out.

A broken frame (a bad length, a missing comma, a length beyond the limit) is reported once and skipped: the
decoder looks for the next place a well-formed frame starts, so one bad message never loses the ones after it.
"""

from __future__ import annotations

import re
from collections.abc import Callable

MAX_PAYLOAD = 1 << 20  # 1 MiB: far above any event; a bigger length is garbage
_MAX_DIGITS = len(str(MAX_PAYLOAD))
_START = re.compile(rb"[0-9]{1,%d}:" % _MAX_DIGITS)


def encode(payload: bytes) -> bytes:
    return b"%d:%s," % (len(payload), payload)


class NetstringDecoder:
    """Feed bytes as they arrive; get back every complete payload. Never raises on bad input."""

    def __init__(self, on_error: Callable[[str], None] | None = None) -> None:
        self._buffer = bytearray()
        self._on_error = on_error or (lambda _message: None)
        self.errors = 0
        self._unsure = False  # the buffer starts at a frame found while skipping garbage, not yet proven

    @property
    def pending(self) -> int:
        """Bytes kept for a frame not complete yet."""
        return len(self._buffer)

    def feed(self, data: bytes) -> list[bytes]:
        self._buffer += data
        payloads: list[bytes] = []
        while self._buffer:
            status, payload, used = self._frame_at(0)
            if status == "partial" and self._unsure and self._complete_frame_after(0) > 0:
                status = "bad"  # what looked like a frame start inside garbage holds back real frames
            if status == "ok":
                assert payload is not None
                payloads.append(payload)
                del self._buffer[:used]
                self._unsure = False
            elif status == "partial" or not self._resync():
                break
        return payloads

    def _frame_at(self, start: int) -> tuple[str, bytes | None, int]:
        """("ok", payload, end) | ("partial", None, 0) | ("bad", None, 0) for a frame starting at `start`."""
        buf = self._buffer
        colon = buf.find(b":", start, start + _MAX_DIGITS + 1)
        if colon < 0:
            digits = bytes(buf[start : start + _MAX_DIGITS + 1])
            if len(digits) <= _MAX_DIGITS and digits.isdigit():
                return "partial", None, 0
            return "bad", None, 0
        digits = bytes(buf[start:colon])
        if not digits.isdigit():
            return "bad", None, 0
        length = int(digits)
        if length > MAX_PAYLOAD:
            return "bad", None, 0
        end = colon + 1 + length
        if len(buf) <= end:
            return "partial", None, 0
        if buf[end] != ord(","):
            return "bad", None, 0
        return "ok", bytes(buf[colon + 1 : end]), end + 1

    def _complete_frame_after(self, position: int) -> int:
        """Where the first complete, well-formed frame after `position` starts; -1 if there is none."""
        for match in _START.finditer(self._buffer, position + 1):
            if self._frame_at(match.start())[0] == "ok":
                return match.start()
        return -1

    def _resync(self) -> bool:
        """Drop bytes up to the next place a frame can start. False when more data must arrive first.

        A complete frame further on wins over an incomplete one nearer: a stray `123:` inside garbage must
        not hold back the good frames that follow it.
        """
        self.errors += 1
        self._on_error(f"malformed netstring near {bytes(self._buffer[:40])!r}; skipping to the next frame")
        complete_at = self._complete_frame_after(0)
        if complete_at > 0:
            del self._buffer[:complete_at]
            return True
        partial_at = next(
            (m.start() for m in _START.finditer(self._buffer, 1) if self._frame_at(m.start())[0] == "partial"), -1
        )
        if partial_at >= 0:
            del self._buffer[:partial_at]
            self._unsure = True
            return False
        # nothing usable: keep only trailing digits, which may be the start of the next frame's length
        tail = re.search(rb"[0-9]{0,%d}\Z" % _MAX_DIGITS, bytes(self._buffer))
        keep = len(tail.group(0)) if tail else 0
        del self._buffer[: len(self._buffer) - keep]
        return False
