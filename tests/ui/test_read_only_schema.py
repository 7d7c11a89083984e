"""A console facing a database whose schema is not its own stays useful where that is safe: when every table and
column it reads is there (a newer version only added things), it opens to read — the card at every ring — with
every write refused by the database itself, the banner saying why, and calls kept on this PC meanwhile. When
something it reads is missing, it stops and says so."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from sqlalchemy import text
from sqlalchemy.exc import OperationalError

from reception_console import app as console_app
from reception_console.domain.calls import CallEvent, EventKind, EventSource
from reception_console.platform.journal import CallJournal
from reception_console.platform.paths import Paths
from reception_console.platform.settings import load_settings
from reception_console.storage import migrate
from reception_console.storage.database import Database, open_database
from reception_console.ui.console.main_window import MainWindow
from tests.builders import services_for
from tests.conftest import PL_LINE, Clock
from tests.ui.keyboard import Keyboard
from tests.ui.saving import settled


def newer_schema(db: Database) -> None:
    """What a newer version's upgrade could have done: a column and a table added, its revision stamped."""
    with db.engine.begin() as conn:
        conn.execute(text("ALTER TABLE calls ADD COLUMN mood VARCHAR(20)"))
        conn.execute(text("CREATE TABLE call_tags (id INTEGER PRIMARY KEY, name VARCHAR(20))"))
        conn.execute(text("UPDATE alembic_version SET version_num = '0099_future'"))


def calls_stored(path: Path) -> int:
    db = open_database(f"sqlite:///{path}")
    try:
        with db.engine.connect() as conn:
            return int(conn.execute(text("SELECT count(*) FROM calls WHERE id = 'r'")).scalar_one())
    finally:
        db.dispose()


def test_an_older_console_shows_cards_and_keeps_calls_on_a_newer_database(  # type: ignore[no-untyped-def]
    qtbot, app: QApplication, demo_sqlite: Database, clock: Clock, tmp_path: Path
) -> None:
    newer_schema(demo_sqlite)
    demo_sqlite.dispose()
    assert demo_sqlite.sqlite_path is not None
    settings = load_settings(Paths(tmp_path / "d", tmp_path / "c", tmp_path / "l", None), database_url=demo_sqlite.url)
    db = console_app._open_storage(settings, app)
    assert db is not None and db.read_only and "older than the database" in db.read_only_reason
    with pytest.raises(OperationalError, match="readonly"), db.engine.begin() as conn:
        conn.execute(text("UPDATE clinics SET name = 'x'"))  # the database itself refuses

    services = services_for(db, clock)
    person = services.auth.sign_in("justyna", "demo")  # signing in writes nothing it needs
    journal = CallJournal(tmp_path / "unsaved-calls.json")
    window = MainWindow(services, person, clock=clock, journal=journal)
    qtbot.addWidget(window)
    window.outage.read_only(db.read_only_reason)
    window.show()
    qtbot.waitExposed(window)
    window.receive_event(CallEvent(EventKind.RING, "r", clock.now, EventSource.SOFTPHONE, PL_LINE, "+48600111222"))
    assert window.card.title.text() == "Med Centrum Mokotów"  # the card, read from the newer schema
    window.answer()
    Keyboard(qtbot)("<Ctrl+3><Ctrl+Enter>")  # information only, saved
    settled(qtbot, window)
    assert window.outage.banner.isVisible() and "install the new version" in window.outage.banner.text()
    assert window.calls_model.row_of("r") >= 0  # the call stays on screen …
    assert [c.id for c in journal.read()] == ["r"]  # … and on this PC
    assert calls_stored(demo_sqlite.sqlite_path) == 0
    db.dispose()


def test_a_schema_missing_what_the_console_reads_is_not_opened(demo_sqlite: Database) -> None:
    assert migrate.unreadable(demo_sqlite) == []
    with demo_sqlite.engine.begin() as conn:
        conn.execute(text("ALTER TABLE clinics DROP COLUMN parking"))
        conn.execute(text("DROP TABLE outbox"))
    assert set(migrate.unreadable(demo_sqlite)) == {"clinics.parking", "outbox"}
