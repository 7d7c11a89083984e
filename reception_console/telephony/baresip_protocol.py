"""baresip's ctrl_tcp messages (JSON inside netstrings): events, command responses, and the commands we send.

Facts (baresip 1.0.0, checked against the real program): an event is
`{"event":true,"type":"CALL_INCOMING","class":"call","accountaor":"sip:clinic-a@127.0.0.1","direction":"incoming",
"peeruri":"sip:+48600111222@127.0.0.1","peerdisplayname":"Jan Kowalski","id":"<SIP Call-ID>","param":"…"}`;
a response is `{"response":true,"ok":true,"data":"…","token":"…"}`. Pure: no sockets, no Qt.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
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
    raise BaresipMessageError(f"field {key!r} is not text: {value!r}"[:200])


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


def command(name: str, params: str | None = None, token: str | None = None) -> bytes:
    """A ctrl_tcp command as JSON (to be framed as a netstring)."""
    message: dict[str, str] = {"command": name}
    if params is not None:
        message["params"] = params
    if token is not None:
        message["token"] = token
    return json.dumps(message, ensure_ascii=False).encode("utf-8")


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
