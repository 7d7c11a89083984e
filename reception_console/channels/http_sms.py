"""SMS through an HTTP gateway, set up by a request template rather than code.

Placeholders in the URL, the body fields and the headers: `{to}` (E.164, "+48601234567"), `{to_digits}`
("48601234567"), `{text}`, `{sender}`, `{key}` (the message's idempotency key) and `{secret}` (the API token
from the system keyring). E.g. SMSAPI: url "https://api.smsapi.pl/sms.do", body "form",
fields {to = "{to_digits}", message = "{text}", from = "{sender}", format = "json"},
headers {Authorization = "Bearer {secret}"}, id_field "list.0.id".
"""

from __future__ import annotations

import email.utils
import http.client
import json
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from ..domain.messages import DeliveryError, OutboxItem, Receipt
from .settings import GatewaySettings

ID_GUESSES = ("id", "message_id", "messageId", "sid", "sms_id")


def _fill(template: str, values: dict[str, str], quote: bool = False) -> str:
    for name, value in values.items():
        template = template.replace("{" + name + "}", urllib.parse.quote(value, safe="") if quote else value)
    return template


def _dig(data: Any, path: str) -> Any:
    for part in path.split("."):
        if isinstance(data, list) and part.isdigit() and int(part) < len(data):
            data = data[int(part)]
        elif isinstance(data, dict) and part in data:
            data = data[part]
        else:
            return None
    return data


def retry_after(value: str | None, now: datetime | None = None) -> float | None:
    """Seconds from a Retry-After header: a number of seconds or an HTTP date."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - (now or datetime.now(UTC))).total_seconds())


def _snippet(raw: bytes) -> str:
    return " ".join(raw[:300].decode("utf-8", "replace").split())


class HttpSmsGateway:
    def __init__(self, settings: GatewaySettings, secret: Callable[[], str]) -> None:
        self.settings = settings
        self._secret = secret

    def request(self, item: OutboxItem) -> urllib.request.Request:
        s = self.settings
        values = {
            "to": item.to,
            "to_digits": item.to.lstrip("+"),
            "text": item.text,
            "sender": s.sender,
            "key": item.key,
        }
        if any("{secret}" in t for t in (s.url, *s.fields.values(), *s.headers.values())):
            values["secret"] = self._secret()
        url = _fill(s.url, values, quote=True)
        fields = {name: _fill(value, values) for name, value in s.fields.items()}
        headers = {name: _fill(value, values) for name, value in s.headers.items()}
        data: bytes | None = None
        if s.body == "json":
            data = json.dumps(fields, ensure_ascii=False).encode("utf-8")
            headers.setdefault("Content-Type", "application/json; charset=utf-8")
        elif s.body == "form":
            data = urllib.parse.urlencode(fields).encode("ascii")
            headers.setdefault("Content-Type", "application/x-www-form-urlencoded; charset=utf-8")
        elif fields:
            url += ("&" if "?" in url else "?") + urllib.parse.urlencode(fields)
        if s.idempotency_header:
            headers[s.idempotency_header] = item.key
        headers.setdefault("User-Agent", "ReceptionConsole")
        return urllib.request.Request(url, data=data, headers=headers, method=s.method.upper())

    def send(self, item: OutboxItem) -> Receipt:
        if not self.settings.ready:
            raise DeliveryError("SMS is not set up: the gateway's URL is needed.")
        where = urllib.parse.urlsplit(self.settings.url).netloc  # never the path or query: they may hold a token
        try:
            with urllib.request.urlopen(self.request(item), timeout=self.settings.timeout) as reply:
                raw = reply.read(65536)
                return self._accepted(item, reply.status, raw)
        except urllib.error.HTTPError as error:
            raw = error.read(2048) if error.fp else b""
            answer = f"The SMS gateway answered {error.code} {error.reason}: {_snippet(raw)}".rstrip(": ")
            if error.code == 429 or error.code == 408 or error.code >= 500:
                raise DeliveryError(answer, retry_after=retry_after(error.headers.get("Retry-After"))) from error
            raise DeliveryError(answer, permanent=True) from error
        except (OSError, http.client.HTTPException) as error:  # refused, unreachable, timed out, cut off
            reason = getattr(error, "reason", None) or error or type(error).__name__
            raise DeliveryError(f"The SMS gateway {where} could not be reached: {reason}") from error

    def _accepted(self, item: OutboxItem, status: int, raw: bytes) -> Receipt:
        s = self.settings
        answer = f"{status} {_snippet(raw)}".strip()
        try:
            reply = json.loads(raw) if raw.strip() else None
        except ValueError:
            reply = None
        if s.error_field and reply is not None and _dig(reply, s.error_field) not in (None, "", 0, False):
            raise DeliveryError(f"The SMS gateway refused the message: {answer}", permanent=True)
        found = _dig(reply, s.id_field) if s.id_field else None
        if found is None and isinstance(reply, dict):
            found = next((reply[k] for k in ID_GUESSES if reply.get(k) not in (None, "")), None)
        return Receipt(provider_id=str(found) if found is not None else item.key, answer=answer)
