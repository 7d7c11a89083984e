"""baresip's ctrl_tcp messages (JSON inside netstrings): events, command responses, and the commands we send.

Facts (baresip 1.0.0, checked against the real program): an event is
`{"event":true,"type":"CALL_INCOMING","class":"call","accountaor":"sip:clinic-a@127.0.0.1","direction":"incoming",
"peeruri":"sip:+48600111222@127.0.0.1","peerdisplayname":"Jan Kowalski","id":"<SIP Call-ID>","param":"…"}`;
a response is `{"response":true,"ok":true,"data":"…","token":"…"}`. `listcalls` answers with the calls of the
account chosen last by `uafind` only, one line each and without their SIP Call-ID:
    "\n--- Active calls (2) ---\n  [line 1]  0:00:00   INCOMING   sip:+48600111444@127.0.0.1\n> [line 2]  …\n\n"
(the columns: line, time since the call was answered, state, the other side's URI). Pure: no sockets, no Qt.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import timedelta
from typing import Any


class BaresipMessageError(ValueError):
    """The payload is not a message we understand; the text says why (for the log)."""


@dataclass(frozen=True, slots=True)
class BaresipEvent:
    type: str  # CALL_INCOMING, CALL_ESTABLISHED, CALL_CLOSED, SHUTDOWN, EXIT, …
    event_class: str = ""  # "call", "application", "register", …
    call_id: str = ""  # SIP Call-ID for incoming calls; baresip's own id for outgoing ones
    account: str = ""  # the account's AOR, e.g. sip:clinic-a@127.0.0.1
    direction: str = ""  # "incoming" | "outgoing"
    peer_uri: str = ""
    peer_name: str = ""
    param: str = ""


@dataclass(frozen=True, slots=True)
class BaresipResponse:
    ok: bool
    data: str = ""
    token: str = ""


def _text(message: dict[str, Any], key: str) -> str:
    value = message.get(key)
    if value is None:
        return ""
    if isinstance(value, str | int | float) and not isinstance(value, bool):
        return str(value)
    raise BaresipMessageError(f"field {key!r} is not text but {type(value).__name__}")


def parse_message(payload: bytes) -> BaresipEvent | BaresipResponse:
    """One netstring payload → an event or a response. Raises BaresipMessageError for anything else."""
    try:
        message = json.loads(payload.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as error:
        raise BaresipMessageError(f"not JSON: {error}") from None
    if not isinstance(message, dict):
        raise BaresipMessageError(f"not a JSON object: {type(message).__name__}")
    if message.get("event") is True:
        kind = _text(message, "type")
        if not kind:
            raise BaresipMessageError("event without a type")
        return BaresipEvent(
            type=kind,
            event_class=_text(message, "class"),
            call_id=_text(message, "id"),
            account=_text(message, "accountaor"),
            direction=_text(message, "direction"),
            peer_uri=_text(message, "peeruri"),
            peer_name=_text(message, "peerdisplayname"),
            param=_text(message, "param"),
        )
    if message.get("response") is True:
        ok = message.get("ok")
        if not isinstance(ok, bool):
            raise BaresipMessageError("response without ok true/false")
        return BaresipResponse(ok=ok, data=_text(message, "data"), token=_text(message, "token"))
    raise BaresipMessageError("neither an event nor a response")


@dataclass(frozen=True, slots=True)
class ListedCall:
    """One line of `listcalls`: a call baresip still has."""

    peer_uri: str
    state: str  # INCOMING, OUTGOING, RINGING, EARLY, ESTABLISHED, …
    duration: timedelta  # since the call was answered (0 while it rings)


_LISTING_HEADER = re.compile(r"^-+\s*Active calls \((\d+)\)\s*-+$")
_LISTED_CALL = re.compile(r"^>?\s*\[line \d+\]\s+(\d+):(\d{2}):(\d{2})\s+(\S+)\s+(\S+)")


def parse_listcalls(data: str) -> list[ListedCall]:
    """The text of a `listcalls` reply → the calls it lists. Raises BaresipMessageError for any other text, so
    that a reply we cannot read is never taken for "no calls"."""
    lines = [line.strip() for line in data.splitlines() if line.strip()]
    header = _LISTING_HEADER.match(lines[0]) if lines else None
    if header is None:
        raise BaresipMessageError(f"not a call list ({len(data)} characters)")  # callers' numbers stay out of logs
    calls: list[ListedCall] = []
    for line in lines[1:]:
        found = _LISTED_CALL.match(line)
        if found is None:
            raise BaresipMessageError(f"call line {len(calls) + 1} unreadable")
        hours, minutes, seconds, state, peer = found.groups()
        calls.append(ListedCall(peer, state, timedelta(hours=int(hours), minutes=int(minutes), seconds=int(seconds))))
    if len(calls) != int(header.group(1)):
        raise BaresipMessageError(f"{header.group(1)} calls announced, {len(calls)} listed")
    return calls


def command(name: str, params: str | None = None, token: str | None = None) -> bytes:
    """A ctrl_tcp command as JSON (to be framed as a netstring)."""
    message: dict[str, str] = {"command": name}
    if params is not None:
        message["params"] = params
    if token is not None:
        message["token"] = token
    return json.dumps(message, ensure_ascii=False).encode("utf-8")


def display_name(text: str) -> str:
    """A SIP display name as baresip passes it on, SIP escapes and all (`Jan \\"Kowal\\"`) → `Jan "Kowal"`."""
    name = text.strip()
    if len(name) >= 2 and name[0] == name[-1] == '"':
        name = name[1:-1]
    return re.sub(r"\\(.)", r"\1", name).strip()


def uri_user(uri: str) -> str:
    """The user part of a SIP/tel URI: `"Jan" <sip:+48600111222@host;transport=udp>` → `+48600111222`."""
    text = uri.strip()
    if "<" in text and ">" in text.split("<", 1)[1]:
        text = text.split("<", 1)[1].split(">", 1)[0]
    lowered = text.lower()
    for scheme in ("sips:", "sip:", "tel:"):
        if lowered.startswith(scheme):
            text = text[len(scheme) :]
            break
    text = text.split(";", 1)[0].split("?", 1)[0]
    return text.split("@", 1)[0] if "@" in text else text
