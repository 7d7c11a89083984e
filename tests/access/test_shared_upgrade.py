"""Schema upgrades of a shared database only by IT: consoles say so; `db upgrade` locks, backs up, and runs the
chain in one transaction, safely from two PCs at once."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import text

from reception_console.storage import migrate
from reception_console.storage.database import Database
from tests.access.conftest import PASSWORD
from tests.builders import services_for
from tests.postgres import PostgresServer

ROOT = Path(__file__).resolve().parents[2]


def at_revision(it_db: Database, revision: str) -> None:
    migrate.downgrade(it_db, revision)
    assert migrate.current_revision(it_db) == revision


def test_a_console_never_upgrades_a_shared_database_and_says_who_must(console_db: Database, it_db: Database) -> None:
    at_revision(it_db, "0002")
    services = services_for(console_db)
    services.auth.sign_in("justyna", PASSWORD)
    with pytest.raises(migrate.SchemaTooOldError) as older:
        migrate.prepare(console_db)
    assert "must be upgraded by IT: `reception-console db upgrade`" in str(older.value)
    assert migrate.current_revision(it_db) == "0002"  # untouched
    with it_db.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    with pytest.raises(migrate.SchemaTooNewError) as newer:
        migrate.prepare(console_db)
    assert "This console is older than the database" in str(newer.value) and "install the new version" in str(
        newer.value
    )


def test_the_chain_runs_in_one_transaction(it_db: Database) -> None:
    at_revision(it_db, "0002")

    def fail(_conn: object) -> None:
        raise RuntimeError("the last step failed")

    with pytest.raises(RuntimeError):
        migrate.upgrade_shared(it_db, after=fail)
    assert migrate.current_revision(it_db) == "0002"  # 0003 was rolled back with the rest
    assert migrate.upgrade_shared(it_db) == "upgraded"


def test_db_upgrade_from_two_pcs_at_once(
    postgres: PostgresServer, shared_name: str, it_db: Database, console_db: Database, tmp_path: Path
) -> None:
    at_revision(it_db, "0002")
    it_db.dispose()
    env = {k: v for k, v in os.environ.items() if k not in ("RECEPTION_CONSOLE_DB", "RECEPTION_CONSOLE_PASSWORD")}
    env.update(
        RECEPTION_CONSOLE_HOME=str(tmp_path / "home"),
        QT_QPA_PLATFORM="offscreen",
        PATH=f"{postgres.programs}{os.pathsep}{env.get('PATH', '')}",  # pg_dump of the server's own version
    )
    command = [sys.executable, "-m", "reception_console", "--db", postgres.url(shared_name), "db", "upgrade"]
    backups = tmp_path / "backups"
    pcs = [
        subprocess.Popen(
            [*command, "--backup-dir", str(backups)],
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(2)
    ]
    results = [pc.communicate(timeout=120) for pc in pcs]
    assert [pc.returncode for pc in pcs] == [0, 0], results
    outputs = sorted(out for out, _ in results)
    assert sum(": upgraded" in out for out in outputs) == 1 and sum(": current" in out for out in outputs) == 1
    upgraded = next(out for out in outputs if ": upgraded" in out)
    (dump,) = backups.iterdir()  # one backup, by the PC that upgraded, and it says where
    assert f"backup: {dump}" in upgraded and oct(dump.stat().st_mode & 0o777) == "0o600"
    listed = subprocess.run(
        [str(postgres.programs / "pg_restore"), "--list", str(dump)], capture_output=True, text=True, check=True
    )
    assert "TABLE public clinics" in listed.stdout
    assert migrate.current_revision(it_db) == migrate.HEAD
    services = services_for(console_db)  # the receptionists' rights survived the upgrade
    services.auth.sign_in("justyna", PASSWORD)
    migrate.prepare(console_db)
    assert services.cards.lines()


def test_a_console_older_than_the_shared_database_reads_it_and_writes_nothing(  # type: ignore[no-untyped-def]
    console_db: Database, it_db: Database, qapp
) -> None:
    """IT upgraded the server for newer consoles (a column and a table added); this console signs in, sees that
    everything it reads is there and opens read-only: cards come, PostgreSQL refuses every write."""
    from reception_console import app as console_app
    from reception_console.domain.calls import CallEvent, EventKind, EventSource
    from reception_console.domain.errors import ReadOnlyStorageError
    from tests.conftest import PL_LINE

    with it_db.engine.begin() as conn:
        conn.execute(text("ALTER TABLE calls ADD COLUMN mood varchar(20)"))
        conn.execute(text("CREATE TABLE call_tags (id serial PRIMARY KEY, name varchar(20))"))
        conn.execute(text("UPDATE alembic_version SET version_num = '0099_future'"))
    services = services_for(console_db)
    justyna = services.auth.sign_in("justyna", PASSWORD)
    assert console_app._schema_fits(console_db) and console_db.read_only
    assert "older than the database" in console_db.read_only_reason
    view = services.cards.view(services.cards.lines()[0].clinic_id)
    assert view is not None and view.card.specialists  # the card, read from the newer schema
    services.desk.receptionist = justyna
    with pytest.raises(ReadOnlyStorageError) as refused:
        services.desk.receive(CallEvent(EventKind.RING, "ro", datetime.now(UTC), EventSource.SOFTPHONE, PL_LINE))
    assert refused.value.call is not None and refused.value.call.id == "ro"  # the ring, kept by the console
    with it_db.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM calls WHERE id = 'ro'")).scalar_one() == 0
    # switching user keeps it read-only: the next person's connection refuses writes too
    olga = services.auth.sign_in("olga", PASSWORD)
    assert olga.login == "olga"
    with pytest.raises(ReadOnlyStorageError):
        services.desk.receive(CallEvent(EventKind.RING, "ro2", datetime.now(UTC), EventSource.SOFTPHONE, PL_LINE))
