"""SMS by e-mail: many operators and SMS providers turn a mail to `<number>@<their domain>` into an SMS."""

from __future__ import annotations

from dataclasses import replace

from ..domain.messages import DeliveryError, OutboxItem, Receipt
from .smtp import SmtpChannel, build_email


class EmailToSms:
    def __init__(self, smtp: SmtpChannel, address: str) -> None:
        self._smtp = smtp
        self.address = address  # e.g. "{to_digits}@sms.example.com"

    def send(self, item: OutboxItem) -> Receipt:
        if "@" not in self.address:
            raise DeliveryError("SMS by e-mail is not set up: the address pattern is needed, e.g. {to_digits}@…")
        to = self.address.replace("{to_digits}", item.to.lstrip("+")).replace("{to}", item.to)
        return self._smtp.submit(
            build_email(replace(item, subject=item.subject or "SMS", html=""), self._smtp.settings, to), to
        )
