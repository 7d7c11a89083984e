"""The database goes away in the middle of work: a clear message, and nothing typed is lost."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from reception_console.domain.calls import Call, CallEvent, CallState, Direction, EventKind, EventSource, Outcome
from reception_console.platform.journal import CallJournal
from reception_console.storage.database import Database
from reception_console.ui.console.main_window import MainWindow
from tests.builders import services_for
from tests.conftest import PL_LINE, RU_LINE, Clock
from tests.ui.conftest import type_text, when_dialog_opens
from tests.ui.saving import settled


class Outage:
    """Swaps the real SQLite file for garbage and back, the way a lost network share or a damaged disk looks."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self.path = db.sqlite_path
        assert self.path is not None
        self.kept = self.path.with_suffix(".kept")

    def start(self) -> None:
        self.db.engine.dispose()
        shutil.move(self.path, self.kept)
        for suffix in ("-wal", "-shm"):
            Path(f"{self.path}{suffix}").unlink(missing_ok=True)
        self.path.write_bytes(b"\x00garbage" * 512)

    def end(self) -> None:
        self.db.engine.dispose()
        shutil.move(self.kept, self.path)


@pytest.fixture
def setup(qtbot, app, demo_db: Database, clock: Clock, tmp_path: Path):  # type: ignore[no-untyped-def]
    journal = CallJournal(tmp_path / "unsaved-calls.json")
    services = services_for(demo_db, clock)
    person = services.auth.sign_in("justyna", "demo")
    window = MainWindow(services, person, clock=clock, journal=journal)
    qtbot.addWidget(window)
    window.show()
    return window, Outage(demo_db), journal, person


def ring(window: MainWindow, call_id: str, line: str, clock: Clock):  # type: ignore[no-untyped-def]
    return window.receive_event(
        CallEvent(EventKind.RING, call_id, clock.now, EventSource.SOFTPHONE, line, "+48600111222")
    )


def test_outage_mid_call_keeps_everything_and_stores_it_when_back(qtbot, setup, clock: Clock) -> None:  # type: ignore[no-untyped-def]
    window, outage, journal, _ = setup
    ring(window, "before", PL_LINE, clock)
    window.answer()
    window.outcome.choose(Outcome.NOT_BOOKED)
    type_text(window.outcome.patient, "Józef Nowak")

    outage.start()
    window.keep_draft()
    assert window.outage.active and "cannot be reached" in window.outage.banner.text()
    assert window.card.title.text() == "Med Centrum Mokotów"  # the card stays on screen
    qtbot.keyClick(window.outcome.patient, Qt.Key.Key_Return)  # try to save: no reason chosen yet, but no crash
    ring(window, "during", RU_LINE, clock)  # the phone keeps ringing
    assert window.calls_model.row_of("during") >= 0 and window.current_id == "before"
    kept = {c.id: c for c in journal.read()}
    assert set(kept) == {"before", "during"} and kept["before"].form.patient_name == "Józef Nowak"

    outage.end()
    window.outage.flush()
    assert not window.outage.active and journal.read() == []
    desk = window.services.desk
    assert desk.get("before").form.patient_name == "Józef Nowak"
    during = desk.get("during")
    assert during is not None and during.clinic_id is not None and during.state is CallState.RINGING


def test_calls_kept_during_an_outage_survive_a_restart(qtbot, setup, app, demo_db: Database, clock: Clock) -> None:  # type: ignore[no-untyped-def]
    window, outage, journal, person = setup
    outage.start()
    ring(window, "lost?", PL_LINE, clock)
    window.answer()
    type_text(window.outcome.notes, "oddzwonić po 17")
    window.close()
    outage.end()

    again = MainWindow(services_for(demo_db, clock), person, clock=clock, journal=journal)
    qtbot.addWidget(again)
    qtbot.waitUntil(lambda: again.services.desk.get("lost?") is not None, timeout=3000)
    assert again.restore_unsaved() == 1
    stored = again.services.desk.get("lost?")
    assert stored.form.notes == "oddzwonić po 17" and stored.answered_at is not None


def test_saving_during_an_outage_says_so_and_saves_after(qtbot, setup, clock: Clock) -> None:  # type: ignore[no-untyped-def]
    window, outage, _, _ = setup
    ring(window, "s", PL_LINE, clock)
    window.answer()
    window.outcome.choose(Outcome.INFO_ONLY)
    outage.start()
    window.save()
    settled(qtbot, window)
    assert window.outcome.error.isVisible() and "database" in window.outcome.error.text()
    assert window.calls_model.row_of("s") >= 0
    outage.end()
    window.save()
    settled(qtbot, window)
    assert window.services.desk.get("s").outcome is Outcome.INFO_ONLY


def test_a_damaged_journal_is_set_aside(tmp_path: Path) -> None:
    path = tmp_path / "unsaved-calls.json"
    path.write_text("{not json", encoding="utf-8")
    journal = CallJournal(path)
    assert journal.read() == []
    assert not path.exists() and path.with_suffix(".damaged.json").read_text(encoding="utf-8") == "{not json"
    assert journal.set_aside == path.with_suffix(".damaged.json") and journal.unreadable == 0  # how many: unknown


def test_the_readable_calls_of_a_damaged_journal_come_back(tmp_path: Path, clock: Clock) -> None:
    path = tmp_path / "unsaved-calls.json"
    good = Call("kept", Direction.INBOUND, EventSource.SOFTPHONE, clock.now, line=PL_LINE, caller="+48600111222")
    CallJournal(path).write([good])
    entries = json.loads(path.read_text(encoding="utf-8"))
    entries.append({**entries[0], "id": "broken", "rang_at": "yesterday"})
    entries.append("not a call at all")
    path.write_text(json.dumps(entries), encoding="utf-8")

    journal = CallJournal(path)
    assert [c.id for c in journal.read()] == ["kept"]
    assert journal.unreadable == 2 and journal.set_aside is not None
    assert len(json.loads(journal.set_aside.read_text(encoding="utf-8"))) == 3  # everything, for IT to look at
    assert [c.id for c in CallJournal(path).read()] == ["kept"]  # the readable call stays journalled


@pytest.mark.parametrize(
    ("journal_text", "said"),
    [('[{"id": 1}]', "1 call kept while"), ("\x00garbage", "The calls kept while")],
    ids=["one unreadable call", "an unreadable file"],
)
def test_the_window_says_when_kept_calls_are_unreadable(qtbot, app, demo_db, clock, tmp_path, journal_text, said):  # type: ignore[no-untyped-def]
    path = tmp_path / "unsaved-calls.json"
    path.write_text(journal_text, encoding="utf-8")
    told: list[str] = []
    when_dialog_opens(qtbot, lambda box: (told.append(box.text()), box.accept()))
    services = services_for(demo_db, clock)
    window = MainWindow(services, services.auth.sign_in("justyna", "demo"), clock=clock, journal=CallJournal(path))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: bool(told), timeout=3000)
    assert told[0].startswith(said) and str(path.with_suffix(".damaged.json")) in told[0]


def test_a_read_only_database_is_named_as_such_not_shown_as_an_outage(  # type: ignore[no-untyped-def]
    qtbot, app, demo_db: Database, clock: Clock, tmp_path: Path
) -> None:
    from reception_console.storage.database import open_database

    person = services_for(demo_db, clock).auth.sign_in("justyna", "demo")  # signed in before the file went read-only
    read_only = open_database(f"sqlite:///file:{demo_db.sqlite_path}?mode=ro&uri=true")
    services = services_for(read_only, clock)
    journal = CallJournal(tmp_path / "unsaved-calls.json")
    window = MainWindow(services, person, clock=clock, journal=journal)
    qtbot.addWidget(window)
    window.show()
    told: list[str] = []

    def read(box) -> None:  # type: ignore[no-untyped-def]
        told.append(box.text())
        box.accept()

    when_dialog_opens(qtbot, read)
    ring(window, "read-only", PL_LINE, clock)
    qtbot.waitUntil(lambda: bool(told))
    assert "read but not written" in told[0]
    assert not window.outage.active and not window.outage._retry.isActive()  # no banner, no retry every 5 s
    assert window.calls_model.row_of("read-only") >= 0 and window.card.title.text() == "Med Centrum Mokotów"
    assert [c.id for c in journal.read()] == ["read-only"]  # kept: nothing is lost
    read_only.dispose()
