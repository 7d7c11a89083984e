"""The admin's *Send test message*: one message straight to a channel, outside the outbox, with its answer."""

from __future__ import annotations

from datetime import UTC, datetime

from ..domain.card_rules import is_email
from ..domain.message_texts import texts
from ..domain.messages import DeliveryState, Medium, MessageKind, OutboxItem, new_message_key
from .phones import InvalidNumberError, normalize


def check_message(medium: Medium, to: str, language: str, region: str = "PL") -> OutboxItem:
    """A test message to `to`; ValueError (with the reason) when `to` is no address for that medium."""
    to = to.strip()
    if medium is Medium.EMAIL and not is_email(to):
        raise ValueError(f"{to!r} is not an e-mail address.")
    if medium is Medium.SMS:
        try:
            to = normalize(to, region)
        except InvalidNumberError as error:
            raise ValueError(str(error)) from error
    t = texts(language)
    return OutboxItem(
        id=0,
        key=new_message_key(),
        kind=MessageKind.TEST,
        medium=medium,
        to=to,
        subject=t["test_subject"] if medium is Medium.EMAIL else "",
        text=t["test_text"],
        html="",
        state=DeliveryState.QUEUED,
        attempts=0,
        created_at=datetime.now(UTC),
    )
