"""The daily purge inside the console: in a worker thread, once a day whatever the number of consoles."""

from __future__ import annotations

import os
import threading
from datetime import UTC, datetime, timedelta

from reception_console.app import daily_purge
from reception_console.domain.audit import AuditAction
from reception_console.domain.permissions import CommandLine
from reception_console.platform.daily import DailyJob
from reception_console.services.call_import import CallImportService
from reception_console.storage.database import Database
from reception_console.storage.repositories import SqlCardStore, SqlPeopleStore
from reception_console.storage.repositories.call_history import SqlCallHistoryStore
from tests.builders import services_for
from tests.conftest import PL_LINE, Clock


def test_the_console_purges_once_a_day_in_a_worker_thread(qtbot, app, demo_db: Database, clock: Clock) -> None:  # type: ignore[no-untyped-def]
    old = datetime(2023, 3, 1, 9, tzinfo=UTC)
    importer = CallImportService(
        SqlCardStore(demo_db.connections), SqlPeopleStore(demo_db.connections), SqlCallHistoryStore(demo_db.sessions)
    )
    row = {"id": "old-1", "line": PL_LINE, "caller": "+48601999888", "rang_at": old.isoformat(), "outcome": "info_only"}
    row |= {"answered_at": (old + timedelta(seconds=5)).isoformat(), "notes": "results of the blood test"}
    assert importer.import_rows([row]).added == 1
    path = demo_db.sqlite_path
    assert path is not None
    backup = path.with_name(f"{path.stem}.before-0004-from-0003-20230301-090000{path.suffix}")
    backup.write_bytes(b"an old copy of every call")
    stamp = old.timestamp()
    os.utime(backup, (stamp, stamp))

    services, other = services_for(demo_db, clock), services_for(demo_db, clock)
    threads: list[str] = []

    def job():  # type: ignore[no-untyped-def]
        threads.append(threading.current_thread().name)
        return daily_purge(services, demo_db, "pc-1 (anna)")

    first = DailyJob(job, first_ms=0, every_ms=40)
    second = DailyJob(lambda: daily_purge(other, demo_db, "pc-2 (olga)"), first_ms=0, every_ms=40)
    qtbot.waitUntil(lambda: first.runs >= 3 and second.runs >= 3, timeout=10_000)
    first.timer.stop()
    second.timer.stop()
    first.wait()
    second.wait()

    assert threads and "daily-job" in threads[0]
    assert services.desk.get("old-1").caller is None
    assert not backup.exists()
    purges = [e for e in services.audit.events(CommandLine()) if e.action is AuditAction.PURGED]
    assert len(purges) == 1 and purges[0].actor.startswith("daily run (pc-")
