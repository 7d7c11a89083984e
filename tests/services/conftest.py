"""These tests run on both databases: the embedded SQLite file and a real PostgreSQL server."""

from __future__ import annotations

import pytest

from reception_console.storage.database import Database


@pytest.fixture(params=["sqlite", "postgresql"])
def demo_db(request: pytest.FixtureRequest) -> Database:
    return request.getfixturevalue(f"demo_{request.param}")  # type: ignore[no-any-return]
