"""What each channel needs to know, in plain dataclasses: config.toml is read into these at start, without
loading smtplib or urllib (the channels load them when a message is sent)."""

from __future__ import annotations

from dataclasses import dataclass, field

BODIES = ("form", "json", "none")
SECURITY = ("starttls", "ssl", "none")


@dataclass(frozen=True)
class SmtpSettings:
    host: str = ""
    port: int = 587
    security: str = "starttls"  # "starttls" (587), "ssl" (SMTPS, 465) or "none" (a relay on the local network)
    username: str = ""  # the password lives in the system keyring: reception-console notify secret smtp
    sender: str = ""  # the From address
    sender_name: str = "Reception Console"
    timeout: float = 30.0
    ca_file: str = ""  # a private CA's certificate, where the server's is not signed by a public one

    @property
    def ready(self) -> bool:
        return bool(self.host and self.sender)


@dataclass(frozen=True)
class GatewaySettings:
    url: str = ""
    method: str = "POST"
    body: str = "form"  # "form" (application/x-www-form-urlencoded), "json", or "none" (all in the URL)
    fields: dict[str, str] = field(default_factory=dict)
    headers: dict[str, str] = field(default_factory=dict)
    sender: str = ""
    id_field: str = ""  # where the reply (JSON) holds the provider's id, dotted: "list.0.id"; empty: guess
    error_field: str = ""  # a JSON reply with this field is a refusal even with HTTP 200 (some providers do that)
    idempotency_header: str = "Idempotency-Key"  # empty: the provider has none
    timeout: float = 15.0

    @property
    def ready(self) -> bool:
        return bool(self.url)
