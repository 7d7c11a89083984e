"""The outage at the service level, with no window: rings, answers, ends and saved outcomes are kept in the
journal while the database is away and stored — outcomes with their tasks, exactly once — when it answers."""

from __future__ import annotations

import shutil
from pathlib import Path

from sqlalchemy import func, select

from reception_console.domain.calls import CallEvent, EventKind, EventSource, NotBookedReason, Outcome, OutcomeForm
from reception_console.platform.journal import CallJournal
from reception_console.services.calls import SavedCall
from reception_console.services.keeping import CallKeeper
from reception_console.storage.database import Database
from reception_console.storage.models import CallRow, TaskRow
from tests.builders import services_for
from tests.conftest import PL_LINE, RU_LINE, Clock


class FileOutage:
    """The SQLite file replaced by garbage and put back: how a lost network share looks to the console."""

    def __init__(self, db: Database) -> None:
        assert db.sqlite_path is not None
        self.db, self.path, self.kept = db, db.sqlite_path, db.sqlite_path.with_suffix(".kept")

    def __enter__(self) -> FileOutage:
        self.db.engine.dispose()
        shutil.move(self.path, self.kept)
        for suffix in ("-wal", "-shm"):
            Path(f"{self.path}{suffix}").unlink(missing_ok=True)
        self.path.write_bytes(b"\x00garbage" * 512)
        return self

    def __exit__(self, *_exc: object) -> None:
        self.db.engine.dispose()
        shutil.move(self.kept, self.path)


def _event(kind: EventKind, call_id: str, clock: Clock, line: str = PL_LINE) -> CallEvent:
    if kind is EventKind.RING:
        return CallEvent(kind, call_id, clock.now, EventSource.SOFTPHONE, line, "+48600111222")
    return CallEvent(kind, call_id, clock.now, EventSource.SOFTPHONE)


def test_kept_calls_and_outcomes_are_stored_once_when_the_database_is_back(
    demo_sqlite: Database, clock: Clock, tmp_path: Path
) -> None:
    services = services_for(demo_sqlite, clock)
    services.desk.receptionist = services.auth.sign_in("justyna", "demo")
    journal = CallJournal(tmp_path / "unsaved-calls.json")
    keeper = CallKeeper(services.desk, journal)
    before = keeper.receive(_event(EventKind.RING, "before", clock))
    assert before is not None and before.clinic_id is not None
    with FileOutage(demo_sqlite):
        clock.advance(seconds=3)
        answered = keeper.receive(_event(EventKind.ANSWER, "before", clock), known=before)
        assert answered is not None and answered.answered_at == clock.now
        clock.advance(seconds=60)
        form = OutcomeForm(outcome=Outcome.NOT_BOOKED, reason=NotBookedReason.TOO_EXPENSIVE, patient_name="Ewa")
        kept = keeper.save(answered, form, clock.now)
        assert not isinstance(kept, SavedCall) and kept.saved_at == clock.now
        keeper.receive(_event(EventKind.RING, "during", clock, RU_LINE))
        clock.advance(seconds=20)
        keeper.receive(_event(EventKind.END, "during", clock))  # hung up unanswered: a missed call
        assert {c.id for c in journal.read()} == {"before", "during"}
        assert keeper.waiting == 2

    restarted = CallKeeper(services.desk, CallJournal(tmp_path / "unsaved-calls.json"))  # the console closed meanwhile
    assert {c.id for c in restarted.flush()} == {"before", "during"}
    assert restarted.flush() == [] and journal.read() == []
    saved = services.desk.get("before")
    assert saved is not None and saved.outcome is Outcome.NOT_BOOKED and saved.saved_at == kept.saved_at
    missed = services.desk.get("during")
    assert missed is not None and missed.outcome is Outcome.MISSED and missed.clinic_id is not None
    for call in (kept, *journal.read()):  # storing the same kept call again changes nothing
        services.desk.recover(call)
    with demo_sqlite.sessions() as s:
        tasks = s.execute(select(TaskRow.call_id, TaskRow.kind)).all()
        assert sorted(tasks) == [("before", "follow_up"), ("during", "callback")]
        assert s.scalar(select(func.count()).select_from(CallRow)) == 2
