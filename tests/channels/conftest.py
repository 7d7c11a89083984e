from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from reception_console.domain.messages import DeliveryState, Medium, MessageKind, OutboxItem
from tests.mailserver import RunningMailServer, make_certificate


def item(medium: Medium = Medium.EMAIL, to: str = "wlasciciel@klinika.test", **kwargs: object) -> OutboxItem:
    values: dict[str, object] = {
        "id": 1,
        "key": "0f1e2d3c4b5a69788796a5b4c3d2e1f0",
        "kind": MessageKind.MESSAGE,
        "medium": medium,
        "to": to,
        "subject": "Wiadomość od: Zażółć Gęślą — Med Centrum",
        "text": "Пациентка просит перезвонить. Proszę oddzwonić po 16:00, żółw.",
        "html": "",
        "state": DeliveryState.QUEUED,
        "attempts": 0,
        "created_at": datetime(2026, 12, 3, 9, 0, tzinfo=UTC),
    }
    values.update(kwargs)
    return OutboxItem(**values)  # type: ignore[arg-type]


@pytest.fixture(scope="session")
def certificate(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    return make_certificate(tmp_path_factory.mktemp("tls"))


@pytest.fixture
def mail_server(mail: RunningMailServer) -> RunningMailServer:
    return mail
