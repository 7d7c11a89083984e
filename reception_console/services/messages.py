"""What a saved call sends: the e-mails and SMS for the owner or a doctor named in its message task.

`MessageComposer.for_call` is the one place where a call's messages are put in the outbox (see `CallDesk.save`):
a call that must send nothing (a practice call) passes `deliver=False` there.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from ..domain.calls import Call
from ..domain.clinic import ClinicCard
from ..domain.message_texts import PatientMessage, email_text, sms_text
from ..domain.messages import Contact, Medium, MessageKind, OutgoingMessage
from ..domain.tasks import Task, TaskKind
from .ports import CardStore

log = logging.getLogger(__name__)
OWNER = "owner: "  # a message task's recipient "owner: <name>" is the clinic's owner; any other a doctor's name


def recipient_contact(card: ClinicCard, recipient: str) -> tuple[str, Contact | None]:
    """The name to greet and the contact of a message task's recipient, None when the card knows no such person."""
    if recipient.startswith(OWNER) or recipient == "owner":
        return card.owner.name or recipient.removeprefix(OWNER), card.owner.contact
    wanted = recipient.strip().casefold()
    doctor = next((s for s in card.specialists if s.name.strip().casefold() == wanted), None)
    return recipient, doctor.contact if doctor else None


class MessageComposer:
    def __init__(self, cards: CardStore, *, sms_parts: int = 2) -> None:
        self._cards = cards
        self._sms_parts = sms_parts

    def for_call(self, call: Call, tasks: Sequence[Task], taken_by: str) -> list[OutgoingMessage]:
        """The messages the call's message tasks send, each pointing at its task by index."""
        wanted = [(i, t) for i, t in enumerate(tasks) if t.kind is TaskKind.MESSAGE]
        if not wanted or call.clinic_id is None:
            return []
        card = self._cards.card(call.clinic_id)
        if card is None:
            return []
        messages: list[OutgoingMessage] = []
        for index, task in wanted:
            name, contact = recipient_contact(card, task.recipient)
            if contact is None or not contact.addresses():
                log.info("message task of call %s: no address to deliver it to; it stays in the console", call.id)
                continue
            content = PatientMessage(
                recipient=name,
                caller_name=task.patient_name or call.caller_name or "",
                caller_number=call.caller,
                clinic_name=card.name,
                line=call.line,
                called_at=call.rang_at,
                text=task.text,
                taken_by=taken_by,
                language=card.language,
                timezone=card.timezone,
                call_back_time=task.call_back_time,
            )
            for medium, address in contact.addresses():
                if medium is Medium.EMAIL:
                    subject, text = email_text(content)
                else:
                    subject, text = "", sms_text(content, self._sms_parts)
                messages.append(
                    OutgoingMessage(
                        medium,
                        address,
                        subject,
                        text,
                        kind=MessageKind.MESSAGE,
                        clinic_id=card.id,
                        task_index=index,
                    )
                )
        return messages
