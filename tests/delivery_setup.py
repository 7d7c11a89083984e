"""Recipients on a demo card and a worker wired to real servers on loopback, for the delivery tests."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from sqlalchemy import update

from reception_console.channels.http_sms import HttpSmsGateway
from reception_console.channels.settings import GatewaySettings, SmtpSettings
from reception_console.channels.smtp import SmtpChannel
from reception_console.domain.messages import Medium, OutboxItem
from reception_console.services.delivery import DeliveryWorker, RetryPolicy
from reception_console.storage.database import Database
from reception_console.storage.models import ClinicRow, SpecialistRow
from reception_console.storage.repositories.outbox import SqlOutbox

OWNER_EMAIL = "ewa.nowicka@klinika.test"
OWNER_MOBILE = "+48601482390"


def give_recipients(db: Database, clinic_key: str = "med-centrum-mokotow", channel: str = "both") -> None:
    with db.sessions.begin() as s:
        s.execute(
            update(ClinicRow)
            .where(ClinicRow.key == clinic_key)
            .values(owner_email=OWNER_EMAIL, owner_phone=OWNER_MOBILE, owner_channel=channel)
        )
        s.execute(
            update(SpecialistRow)
            .where(SpecialistRow.key == "wisniewska-pediatra")
            .values(email="k.wisniewska@klinika.test", mobile="+48601000222", channel="email")
        )


def smtp_channel(port: int, password: str) -> SmtpChannel:
    from tests.mailserver import USER

    settings = SmtpSettings("127.0.0.1", port, "none", USER, "recepcja@klinika.test", "Recepcja", 5.0)
    return SmtpChannel(settings, lambda: password)


def gateway_channel(url: str, timeout: float = 2.0) -> HttpSmsGateway:
    settings = GatewaySettings(url=url + "/send", body="json", fields={"to": "{to}", "text": "{text}"}, timeout=timeout)
    return HttpSmsGateway(settings, lambda: "token")


def worker(
    db: Database,
    senders: dict[Medium, object],
    clock: Callable[[], datetime],
    worker_id: str = "console-a",
    step: Callable[[str, OutboxItem], None] | None = None,
    **kwargs: object,
) -> DeliveryWorker:
    return DeliveryWorker(
        SqlOutbox(db.connections),
        senders,  # type: ignore[arg-type]
        worker_id=worker_id,
        clock=clock,
        policy=RetryPolicy(),
        step=step,
        **kwargs,  # type: ignore[arg-type]
    )
