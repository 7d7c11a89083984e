"""What the console may ask of the phone system it is connected to, and how that connection is doing.

Implemented by the adapters in `reception_console.telephony`; the window uses only this.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Protocol

from ..domain.calls import Call


class PhoneSystem(StrEnum):
    SOFTPHONE = "softphone"
    PBX = "pbx"


class LinkState(StrEnum):
    CONNECTING = "connecting"
    CONNECTED = "connected"
    RETRYING = "retrying"  # not reachable; the next attempt is due in `retry_in` seconds
    REFUSED = "refused"  # reached, but it turned us away (wrong AMI user or secret); retried slowly


@dataclass(frozen=True, slots=True)
class PhoneStatus:
    system: PhoneSystem
    state: LinkState
    retry_in: float | None = None
    detail: str = ""  # for the log and a tooltip: host:port, the error


class Phone(Protocol):
    """Answering and dialling through the phone, where the phone system allows it."""

    def can_answer(self, call: Call) -> bool: ...
    def answer(self, call: Call) -> bool:
        """Ask the phone to answer; the answer itself arrives later as an event. False if it could not ask."""
        ...

    def can_dial(self) -> bool: ...
    def dial(self, number: str, line: str | None, call_id: str) -> bool:
        """Ask the phone to call `number` from `line` for the console's outbound call `call_id`."""
        ...
