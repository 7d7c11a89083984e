"""A large card import: statements that do not grow per entry, a complete history, and rings that still land.

No timing here (the figures are in `python -m bench.cards`): the number of SQL statements an import runs is
counted instead, so a return of one UPDATE (or INSERT) per entry fails whatever the machine's speed.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from sqlalchemy import Engine, event, select

from reception_console.domain.calls import CallEvent, EventKind, EventSource
from reception_console.domain.card_changes import Action, Entity
from reception_console.domain.permissions import CommandLine
from reception_console.services.console import ConsoleServices
from reception_console.storage.database import Database, open_database
from reception_console.storage.models import CardChangeRow, KnowledgeRow
from tests.builders import services_for
from tests.conftest import RU_LINE, Clock

IT = CommandLine()
PL = "med-centrum-mokotow"


@pytest.fixture
def console(demo_db: Database, clock: Clock) -> ConsoleServices:
    return services_for(demo_db, clock)


def entries(n: int, prefix: str = "Question") -> list[dict[str, Any]]:
    return [{"question": f"{prefix} {i}?", "answer": f"Answer {i}.", "tags": [f"tag{i % 7}"]} for i in range(n)]


def with_knowledge(console: ConsoleServices, key: str, knowledge: list[dict[str, Any]]) -> str:
    """The database's cards as a file, with the knowledge entries of clinic `key` replaced."""
    data = json.loads(console.exchange.export(IT))
    next(c for c in data["clinics"] if c["key"] == key)["knowledge"] = knowledge
    return json.dumps(data, ensure_ascii=False)


@contextmanager
def counted(engine: Engine) -> Iterator[list[str]]:
    """Every statement sent to the database meanwhile (an executemany is one)."""
    statements: list[str] = []

    def count(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        statements.append(statement)

    event.listen(engine, "before_cursor_execute", count)
    try:
        yield statements
    finally:
        event.remove(engine, "before_cursor_execute", count)


def test_statements_of_an_import_do_not_grow_with_its_entries(console: ConsoleServices, demo_db: Database) -> None:
    keys = sorted(json.loads(console.exchange.export(IT))["clinics"], key=lambda c: c["key"])
    small_key, large_key = keys[0]["key"], keys[1]["key"]
    small = with_knowledge(console, small_key, entries(100))
    with counted(demo_db.engine) as for_100:
        console.exchange.import_text(IT, small)
    large = with_knowledge(console, large_key, entries(1000))
    with counted(demo_db.engine) as for_1000:
        console.exchange.import_text(IT, large)
    # the same work on a card ten times larger: a few more batches at most, never one statement per entry
    assert len(for_1000) - len(for_100) <= 10, (len(for_100), len(for_1000))


def test_a_large_import_keeps_order_and_history(console: ConsoleServices, demo_db: Database, clock: Clock) -> None:
    anna = console.auth.sign_in("anna", "demo")
    console.exchange.import_text(anna, with_knowledge(console, PL, entries(1500)))
    stored = console.exchange.export(IT)
    pl = next(c for c in json.loads(stored)["clinics"] if c["key"] == PL)
    assert pl["knowledge"] == entries(1500)
    # moved, new ones between them, some gone: every entry lands in its place
    wanted = entries(1500)[::-1][:1000]
    wanted[10:10] = entries(300, "New question")
    clock.advance(minutes=5)
    plan = console.exchange.import_text(anna, with_knowledge(console, PL, wanted))
    assert plan.updated[PL] == 300 + 500 + 1  # created, archived, and the new order
    pl = next(c for c in json.loads(console.exchange.export(IT))["clinics"] if c["key"] == PL)
    assert pl["knowledge"] == wanted
    with demo_db.sessions() as s:
        rows = {r.id: r for r in s.scalars(select(KnowledgeRow))}
        last = s.scalars(select(CardChangeRow).where(CardChangeRow.changed_at == clock.now)).all()
    created = [c for c in last if c.entity == Entity.KNOWLEDGE and c.action == Action.CREATE]
    archived = [c for c in last if c.entity == Entity.KNOWLEDGE and c.action == Action.ARCHIVE]
    assert len(created) == 300 and len(archived) == 500
    # who, when, before and after, and the row each change names
    assert {(c.changed_by_id, c.before is None) for c in created} == {(anna.id, True)}
    assert all(rows[c.entity_id].question == c.after["question"] for c in created)
    assert all(rows[c.entity_id].archived_at == clock.now and c.after is None for c in archived)
    assert all(rows[c.entity_id].question == c.before["question"] for c in archived)
    # and one change of the history can be undone on its own
    reverted = console.editor.revert(anna, created[0].id)
    questions = [k.question for k in reverted.card.knowledge]  # type: ignore[union-attr]
    assert created[0].after["question"] not in questions and len(questions) == 1299


def test_a_ring_lands_while_a_large_card_is_imported(console: ConsoleServices, demo_db: Database, clock: Clock) -> None:
    """A second console rings on another clinic's line while the import writes; it waits for the import's
    short write, never fails with "database is locked"."""
    other = open_database(demo_db.engine.url.render_as_string(hide_password=False))
    ringing = services_for(other, clock)
    ringing.desk.receptionist = ringing.auth.sign_in("olga", "demo")
    demo_entries = len(
        next(c for c in json.loads(console.exchange.export(IT))["clinics"] if c["key"] == PL)["knowledge"]
    )
    text = with_knowledge(console, PL, entries(3000))
    ring_writes, import_writes, done = threading.Event(), threading.Event(), threading.Event()
    results: dict[str, Any] = {}

    def on_ring_statement(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        if statement.lstrip().upper().startswith("INSERT"):
            ring_writes.set()

    def after_import_statement(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        # the import has written its first row (SQLite: it holds the write lock until it commits): ring now,
        # and go on once the ring is about to store its call
        if statement.lstrip().upper().startswith(("INSERT", "UPDATE", "DELETE")) and not import_writes.is_set():
            import_writes.set()
            ring_writes.wait(timeout=30)

    def ring() -> None:
        import_writes.wait(timeout=30)
        try:
            event = CallEvent(
                EventKind.RING, "during-import", clock.now, EventSource.SOFTPHONE, RU_LINE, "+48600111222"
            )
            call = ringing.desk.receive(event)
            results["call"] = call
            results["card"] = ringing.cards.view(call.clinic_id) if call and call.clinic_id else None
        except Exception as error:  # reported by the assertion below
            results["ring error"] = error
        finally:
            ring_writes.set()

    def run_import() -> None:
        try:
            results["plan"] = console.exchange.import_text(IT, text)
        except Exception as error:
            results["import error"] = error
        finally:
            done.set()

    event.listen(other.engine, "before_cursor_execute", on_ring_statement)
    event.listen(demo_db.engine, "after_cursor_execute", after_import_statement)
    threads = [threading.Thread(target=ring), threading.Thread(target=run_import)]
    try:
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=300)
    finally:
        event.remove(demo_db.engine, "after_cursor_execute", after_import_statement)
        other.dispose()
    assert done.is_set() and import_writes.is_set()
    assert "ring error" not in results, results["ring error"]
    assert "import error" not in results, results["import error"]
    assert results["plan"].updated == {PL: demo_entries + 3000}  # the demo's entries archived, 3,000 new ones
    card = results["card"]
    assert card is not None and card.card.phone_lines[0].number == RU_LINE
    stored = console.desk.get("during-import")
    assert stored is not None and stored.clinic_id == card.card.id and stored.caller == "+48600111222"
