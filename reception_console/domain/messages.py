"""Messages that leave the console: who gets them by which channel, and what the outbox knows of each one."""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum


class Channel(StrEnum):
    """A recipient's preferred way to be reached."""

    EMAIL = "email"
    SMS = "sms"
    BOTH = "both"
    NONE = "none"

    @property
    def media(self) -> tuple[Medium, ...]:
        return {
            Channel.EMAIL: (Medium.EMAIL,),
            Channel.SMS: (Medium.SMS,),
            Channel.BOTH: (Medium.EMAIL, Medium.SMS),
            Channel.NONE: (),
        }[self]


class Medium(StrEnum):
    EMAIL = "email"
    SMS = "sms"


class MessageKind(StrEnum):
    MESSAGE = "message"  # a patient's message for the owner or a doctor
    SUMMARY = "summary"  # the owner's daily or weekly figures
    TEST = "test"  # the admin's "Send test message"


class DeliveryState(StrEnum):
    QUEUED = "queued"  # waiting for its (next) attempt
    SENT = "sent"  # the server accepted it
    FAILED = "failed"  # given up: the provider's answer says why; can be retried
    HANDLED = "handled"  # a person passed it on by phone instead


@dataclass(frozen=True, slots=True)
class Contact:
    email: str = ""
    mobile: str = ""  # E.164
    channel: Channel = Channel.NONE

    def addresses(self) -> list[tuple[Medium, str]]:
        """The (medium, address) pairs the preferred channel asks for, where the card has that address."""
        found = {Medium.EMAIL: self.email.strip(), Medium.SMS: self.mobile.strip()}
        return [(m, found[m]) for m in self.channel.media if found[m]]


def new_message_key() -> str:
    return uuid.uuid4().hex


@dataclass(frozen=True, slots=True)
class OutgoingMessage:
    """A message to write into the outbox. `key` is its identity for ever: the e-mail's Message-ID and the
    SMS gateway's idempotency key, so a repeat after a crash is recognisably the same message."""

    medium: Medium
    to: str
    subject: str
    text: str
    kind: MessageKind = MessageKind.MESSAGE
    html: str = ""
    clinic_id: int | None = None
    task_index: int | None = None  # which of the saved call's tasks it belongs to
    task_id: int | None = None
    dedupe_key: str | None = None  # at most one message with this key, ever (e.g. a clinic's daily summary)
    key: str = ""

    def __post_init__(self) -> None:
        if not self.key:
            object.__setattr__(self, "key", new_message_key())


@dataclass(frozen=True, slots=True)
class OutboxItem:
    id: int
    key: str
    kind: MessageKind
    medium: Medium
    to: str
    subject: str
    text: str
    html: str
    state: DeliveryState
    attempts: int
    created_at: datetime
    next_attempt_at: datetime | None = None
    sent_at: datetime | None = None
    provider_id: str = ""
    answer: str = ""  # the provider's last answer
    task_id: int | None = None
    clinic_id: int | None = None

    @property
    def message_id(self) -> str:
        return f"<{self.key}@reception-console>"


@dataclass(frozen=True, slots=True)
class Delivery:
    """The delivery state of one message of a task, as a receptionist or supervisor sees it."""

    outbox_id: int
    medium: Medium
    to: str
    state: DeliveryState
    attempts: int
    sent_at: datetime | None
    answer: str
    next_attempt_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class Receipt:
    """A provider accepted a message: its id for it and its answer."""

    provider_id: str
    answer: str = ""


class DeliveryError(Exception):
    """A channel could not deliver. `permanent`: retrying the same message cannot help (a refused login, a
    refused recipient); else it is tried again later, after `retry_after` seconds when the provider said so."""

    def __init__(self, answer: str, *, permanent: bool = False, retry_after: float | None = None) -> None:
        super().__init__(answer)
        self.answer = answer
        self.permanent = permanent
        self.retry_after = retry_after


_DIGITS = re.compile(r"\d")


def mask_address(address: str) -> str:
    """An address as a log may show it: a number keeps its last 3 digits, an e-mail its first letter and domain."""
    address = address.strip()
    if "@" in address:
        local, _, domain = address.rpartition("@")
        return f"{local[:1]}***@{domain}"
    digits = _DIGITS.findall(address)
    return "***" + "".join(digits[-3:]) if digits else "***"


_LONG_NUMBER = re.compile(r"\+?\d[\d \-]{4,}\d")


def mask_numbers(text: str) -> str:
    """Any phone-number-like run of digits in a provider's answer, shown with its last 3 digits only."""
    return _LONG_NUMBER.sub(lambda m: mask_address(m.group(0)), text)
