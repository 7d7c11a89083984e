"""The `[notify]` part of config.toml: how messages and the owners' summaries leave the console.

[notify.email]                 # SMTP; the password: reception-console notify secret smtp
host = "smtp.example.com"
port = 587
security = "starttls"          # "starttls", "ssl" (SMTPS, port 465) or "none"
username = "recepcja@example.com"
sender = "recepcja@example.com"
sender_name = "Recepcja"
[notify.sms]
via = "http"                   # "http" (a gateway), "email" (e-mail-to-SMS) or "" (no SMS)
parts = 2                      # the longest SMS, in parts (160 GSM-7 or 70 UCS-2 characters for one part)
email_address = "{to_digits}@sms.example.com"
[notify.sms.http]              # the API token: reception-console notify secret sms  → {secret}
url = "https://api.smsapi.pl/sms.do"
method = "POST"
body = "form"                  # "form", "json" or "none"
fields = { to = "{to_digits}", message = "{text}", from = "{sender}", format = "json" }
headers = { Authorization = "Bearer {secret}" }
sender = "Clinic"
id_field = "list.0.id"
idempotency_header = ""        # the provider's idempotency header, where it has one
[notify.summary]
daily = true                   # the owner's daily figures, by e-mail, once a day across all consoles
weekly = false                 # and on Mondays, last week's
hour = 7                       # sent after this hour, the clinic's local time

Passwords and tokens never go into these files: they live in the system keyring.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field, replace
from typing import Any

from ..channels.settings import BODIES, SECURITY, GatewaySettings, SmtpSettings

KEYRING_SERVICE = "ReceptionConsole"
SECRET_NAMES = ("smtp", "sms")
SMS_VIA = ("", "http", "email")
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class SummarySettings:
    daily: bool = True
    weekly: bool = False
    hour: int = 7


@dataclass(frozen=True)
class NotifySettings:
    email: SmtpSettings = field(default_factory=SmtpSettings)
    sms_via: str = ""
    sms_parts: int = 2
    sms_email_address: str = ""
    gateway: GatewaySettings = field(default_factory=GatewaySettings)
    summary: SummarySettings = field(default_factory=SummarySettings)


def _problem(problems: list[str], text: str) -> None:
    log.error("config: %s", text)
    problems.append(text)


def _texts(value: Any) -> dict[str, str]:
    return {str(k): str(v) for k, v in value.items()} if isinstance(value, dict) else {}


def _number(value: Any, default: float, problems: list[str], where: str) -> float:
    if isinstance(value, int | float) and not isinstance(value, bool) and value > 0:
        return float(value)
    _problem(problems, f"{where}: {value!r} is not a positive number; using {default}")
    return default


def merge_notify(base: NotifySettings, data: Any, problems: list[str]) -> NotifySettings:
    """Apply one config file's `[notify]` table; wrong values are reported and the previous ones kept."""
    if not isinstance(data, dict) or not data:
        return base
    out = base
    mail = data.get("email")
    if isinstance(mail, dict):
        e = out.email
        security = str(mail.get("security", e.security)).lower()
        if security not in SECURITY:
            _problem(problems, f"notify.email.security {security!r} is not one of starttls, ssl, none; ignored")
            security = e.security
        port = mail.get("port", e.port)
        if not (isinstance(port, int) and 0 < port < 65536):
            _problem(problems, f"notify.email.port {port!r} is not a port number; ignored")
            port = e.port
        if "password" in mail:
            _problem(problems, "notify.email.password is ignored: passwords live in the system keyring")
        e = replace(
            e,
            host=str(mail.get("host", e.host)),
            port=port,
            security=security,
            username=str(mail.get("username", e.username)),
            sender=str(mail.get("sender", e.sender)),
            sender_name=str(mail.get("sender_name", e.sender_name)),
            ca_file=str(mail.get("ca_file", e.ca_file)),
            timeout=_number(mail.get("timeout", e.timeout), e.timeout, problems, "notify.email.timeout"),
        )
        out = replace(out, email=e)
    sms = data.get("sms")
    if isinstance(sms, dict):
        via = str(sms.get("via", out.sms_via)).lower()
        if via not in SMS_VIA:
            _problem(problems, f"notify.sms.via {via!r} is not one of http, email or empty; ignored")
            via = out.sms_via
        parts = sms.get("parts", out.sms_parts)
        if not (isinstance(parts, int) and 1 <= parts <= 6):
            _problem(problems, f"notify.sms.parts {parts!r} is not 1 to 6; ignored")
            parts = out.sms_parts
        out = replace(out, sms_via=via, sms_parts=parts, sms_email_address=str(sms.get("email_address", "")))
        http = sms.get("http")
        if isinstance(http, dict):
            g = out.gateway
            body = str(http.get("body", g.body)).lower()
            if body not in BODIES:
                _problem(problems, f"notify.sms.http.body {body!r} is not one of form, json, none; ignored")
                body = g.body
            g = replace(
                g,
                url=str(http.get("url", g.url)),
                method=str(http.get("method", g.method)).upper(),
                body=body,
                fields=_texts(http.get("fields", g.fields)),
                headers=_texts(http.get("headers", g.headers)),
                sender=str(http.get("sender", g.sender)),
                id_field=str(http.get("id_field", g.id_field)),
                error_field=str(http.get("error_field", g.error_field)),
                idempotency_header=str(http.get("idempotency_header", g.idempotency_header)),
                timeout=_number(http.get("timeout", g.timeout), g.timeout, problems, "notify.sms.http.timeout"),
            )
            out = replace(out, gateway=g)
    summary = data.get("summary")
    if isinstance(summary, dict):
        s = out.summary
        hour = summary.get("hour", s.hour)
        if not (isinstance(hour, int) and 0 <= hour <= 23):
            _problem(problems, f"notify.summary.hour {hour!r} is not 0 to 23; ignored")
            hour = s.hour
        out = replace(
            out,
            summary=SummarySettings(bool(summary.get("daily", s.daily)), bool(summary.get("weekly", s.weekly)), hour),
        )
    return out


def secret(name: str) -> str:
    """A channel's password or token from the system keyring ("" when none is stored or no keyring answers)."""
    import keyring
    from keyring.errors import KeyringError

    try:
        return keyring.get_password(KEYRING_SERVICE, f"notify:{name}") or ""
    except KeyringError as error:
        log.error("the system keyring did not give the %s secret: %s", name, type(error).__name__)
        return ""


def store_secret(name: str, value: str) -> None:
    import keyring

    keyring.set_password(KEYRING_SERVICE, f"notify:{name}", value)
