"""A console's delivery worker as its own process, for the tests that kill it or run two side by side.

python -m tests.delivery_child DB_URL GATEWAY_URL WORKER_ID LEASE_SECONDS [KILL_AT_STEP]

Delivers everything due through the SMS gateway at GATEWAY_URL, then exits 0; with KILL_AT_STEP ("claimed",
"accepted" or "recorded") the process dies (exit 70, no clean-up) at that step of its first message.
"""

from __future__ import annotations

import os
import sys
from datetime import timedelta

from reception_console.domain.messages import Medium, OutboxItem
from reception_console.services.delivery import DeliveryWorker
from reception_console.storage.database import open_database
from reception_console.storage.repositories.outbox import SqlOutbox
from tests.delivery_setup import gateway_channel

KILLED = 70


def main(argv: list[str]) -> int:
    url, gateway_url, worker_id, lease = argv[:4]
    kill_at = argv[4] if len(argv) > 4 else ""
    db = open_database(url)

    def step(name: str, item: OutboxItem) -> None:
        if name == kill_at:
            os._exit(KILLED)

    worker = DeliveryWorker(
        SqlOutbox(db.connections),
        {Medium.SMS: gateway_channel(gateway_url, timeout=5.0)},
        worker_id=worker_id,
        lease=timedelta(seconds=float(lease)),
        step=step,
    )
    while worker.run_once(limit=3):
        pass
    db.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
