"""How far a message's e-mails and SMS got, in the user's language: "E-mail: sent at 3.12 10:42 · SMS: failed: …"."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..domain.messages import Delivery, DeliveryState, Medium
from ..domain.tasks import Task
from . import formatting as fmt


def one_delivery(d: Delivery) -> str:
    medium = (
        QCoreApplication.translate("Delivery", "E-mail")
        if d.medium is Medium.EMAIL
        else QCoreApplication.translate("Delivery", "SMS")
    )
    if d.state is DeliveryState.SENT:
        state = QCoreApplication.translate("Delivery", "sent at %1").replace("%1", fmt.date_time(d.sent_at))
    elif d.state is DeliveryState.FAILED:
        state = QCoreApplication.translate("Delivery", "failed: %1").replace("%1", d.answer)
    elif d.state is DeliveryState.HANDLED:
        state = QCoreApplication.translate("Delivery", "passed on by phone")
    elif d.attempts:
        state = QCoreApplication.translate("Delivery", "queued, trying again at %1 (%2)").replace(
            "%1", fmt.date_time(d.next_attempt_at)
        )
        state = state.replace("%2", d.answer)
    else:
        state = QCoreApplication.translate("Delivery", "queued")
    return f"{medium}: {state}"


def delivery_text(task: Task) -> str:
    """Empty for a task that sends nothing (no address on the card, or not a message)."""
    return " · ".join(one_delivery(d) for d in task.deliveries)
