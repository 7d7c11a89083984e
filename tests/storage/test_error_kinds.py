"""Database errors are named for what they are: only a lost connection is an outage; a value the database cannot
hold, a permission it does not give and a database that may not be written each have their own error."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from reception_console.domain.calls import Call, CallEvent, Direction, EventKind, EventSource
from reception_console.domain.errors import (
    PermissionRefusedError,
    ReadOnlyStorageError,
    RejectedValueError,
    StorageUnavailableError,
)
from reception_console.storage.database import Database, open_database
from reception_console.storage.repositories import SqlCallStore
from tests.builders import services_for
from tests.conftest import PL_LINE, Clock
from tests.postgres import PostgresServer


def _call(clock: Clock, call_id: str, **values: object) -> Call:
    return Call(id=call_id, direction=Direction.INBOUND, source=EventSource.SOFTPHONE, rang_at=clock.now, **values)  # type: ignore[arg-type]


def _url(db: Database) -> str:
    return db.engine.url.render_as_string(hide_password=False)


def test_a_ring_with_a_long_name_and_a_nul_byte_is_stored_shortened(demo_db: Database, clock: Clock) -> None:
    desk = services_for(demo_db, clock).desk
    name = "Ala\x00 " + "x" * 400
    number = "sip:" + "7" * 300 + "@pbx"
    event = CallEvent(EventKind.RING, "long", clock.now, EventSource.SOFTPHONE, PL_LINE, number, caller_name=name)
    desk.receive(event)
    stored = desk.get("long")
    assert stored is not None and stored.clinic_id is not None
    assert stored.caller_name is not None and len(stored.caller_name) == 200 and stored.caller_name.endswith("…")
    assert stored.caller_name.startswith("Ala ") and "\x00" not in stored.caller_name
    assert stored.caller is None and "7777" in stored.form.notes  # a "number" that is none: withheld, text kept


def test_a_value_the_database_cannot_hold_is_a_rejected_value_not_an_outage(demo_db: Database, clock: Clock) -> None:
    calls = SqlCallStore(demo_db.connections)
    with pytest.raises(RejectedValueError):  # a reference to no clinic: refused by both databases
        calls.add(_call(clock, "nowhere", clinic_id=99999))
    assert calls.get("nowhere") is None


def test_postgresql_refuses_a_nul_byte_and_an_over_long_value_as_rejected_values(
    demo_postgresql: Database, clock: Clock
) -> None:
    calls = SqlCallStore(demo_postgresql.connections)
    with pytest.raises(RejectedValueError):
        calls.add(_call(clock, "nul", caller_name="Ala\x00Kot"))
    with pytest.raises(RejectedValueError):
        calls.add(_call(clock, "long", caller_name="x" * 300))
    assert calls.get("nul") is None and calls.get("long") is None


def test_a_login_without_the_right_to_write_gets_a_permission_refusal(
    demo_postgresql: Database, postgres: PostgresServer, clock: Clock
) -> None:
    with demo_postgresql.engine.begin() as conn:
        conn.execute(
            text(
                "DO $$ BEGIN CREATE ROLE reader_only LOGIN PASSWORD 'reader-only'; "
                "EXCEPTION WHEN duplicate_object THEN END $$"
            )
        )
        conn.execute(text("GRANT SELECT ON ALL TABLES IN SCHEMA public TO reader_only"))
    url = _url(demo_postgresql).replace("postgres@", "reader_only:reader-only@", 1)
    reader = open_database(url)
    try:
        calls = SqlCallStore(reader.connections)
        assert calls.get("none") is None  # reading is allowed
        with pytest.raises(PermissionRefusedError):
            calls.add(_call(clock, "refused"))
    finally:
        reader.dispose()


def test_a_read_only_server_is_its_own_error(demo_postgresql: Database, clock: Clock) -> None:
    name = demo_postgresql.engine.url.database
    with demo_postgresql.engine.begin() as conn:
        conn.execute(text(f'ALTER DATABASE "{name}" SET default_transaction_read_only = on'))
    standby_like = open_database(_url(demo_postgresql))
    try:
        with pytest.raises(ReadOnlyStorageError):
            SqlCallStore(standby_like.connections).add(_call(clock, "read-only"))
    finally:
        standby_like.dispose()


def test_a_read_only_file_is_its_own_error_and_the_ring_is_kept(demo_sqlite: Database, clock: Clock) -> None:
    path = demo_sqlite.sqlite_path
    assert path is not None
    read_only = open_database(f"sqlite:///file:{path}?mode=ro&uri=true")
    try:
        desk = services_for(read_only, clock).desk
        event = CallEvent(EventKind.RING, "ro", clock.now, EventSource.SOFTPHONE, PL_LINE, "+48600111222")
        with pytest.raises(ReadOnlyStorageError) as refused:
            desk.receive(event)
        assert isinstance(refused.value.call, Call) and refused.value.call.id == "ro"  # kept, to show and keep
    finally:
        read_only.dispose()


def test_a_missing_server_is_an_outage(tmp_path: Path, clock: Clock) -> None:
    gone = open_database(f"postgresql+psycopg://postgres@/none?host={tmp_path}&port=1&connect_timeout=2")
    try:
        with pytest.raises(StorageUnavailableError):
            SqlCallStore(gone.connections).get("any")
    finally:
        gone.dispose()
