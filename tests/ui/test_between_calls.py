"""Between calls the last card stays on screen, and a ring changes only what belongs to the call: nothing on
screen moves, and the same clinic's card is not built again."""

from dataclasses import replace

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QWidget
from sqlalchemy import update

from reception_console.domain.calls import CallEvent, EventKind, EventSource, Outcome
from reception_console.storage.models import ClinicRow
from reception_console.ui.console.main_window import MainWindow
from tests.builders import services_for
from tests.conftest import PL_LINE, RU_LINE, Clock
from tests.ui.saving import settled


def ring(window: MainWindow, call_id: str, line: str, clock: Clock) -> None:
    window.receive_event(CallEvent(EventKind.RING, call_id, clock.now, EventSource.SOFTPHONE, line, "+48600111222"))


def hang_up(window: MainWindow, call_id: str, clock: Clock) -> None:
    """The caller gives up before anyone answers: a missed call, saved by itself."""
    clock.advance(seconds=20)
    window.receive_event(CallEvent(EventKind.END, call_id, clock.now, EventSource.SOFTPHONE))


def places(window: MainWindow) -> dict[str, tuple[QPoint, int, int]]:
    """Where the big parts of the window are, in window coordinates."""
    parts: dict[str, QWidget] = {
        "card": window.card,
        "specialists": window.card.specialists,
        "algorithms": window.card.knowledge,
        "prompts": window.prompts,
        "outcome": window.outcome,
        "caller": window.header.caller,
    }
    return {name: (w.mapTo(window, QPoint(0, 0)), w.width(), w.height()) for name, w in parts.items()}


def test_between_calls_the_last_card_stays_and_the_lookup_takes_the_greetings_place(
    qtbot, window: MainWindow, clock: Clock
) -> None:  # type: ignore[no-untyped-def]
    ring(window, "a", PL_LINE, clock)
    assert window.header.greeting.isVisible() and not window.unknown.isVisible()
    hang_up(window, "a", clock)
    assert window.current_id is None and window.card.title.text() == "Med Centrum Mokotów"
    assert window.card.specialists_proxy.rowCount() == len(window.card.view.card.specialists)
    assert window.unknown.isVisible() and not window.header.greeting.isVisible()
    assert "No call in progress" in window.unknown_label.text()
    assert window.header.caller.text() == "" and not window.outcome.isEnabled()
    assert window.header.answer.isVisible() and not window.header.answer.isEnabled()  # greyed, in its place
    assert window.prompts.objection_list.count() > 0  # the clinic's script stays too


def test_a_ring_moves_nothing_on_screen(qtbot, window: MainWindow, clock: Clock) -> None:  # type: ignore[no-untyped-def]
    idle = places(window)  # no card yet
    ring(window, "a", PL_LINE, clock)
    qtbot.wait(10)  # the posted layouts run
    assert places(window) == idle
    hang_up(window, "a", clock)
    ring(window, "b", RU_LINE, clock)  # another clinic, from the card kept between calls
    qtbot.wait(10)
    assert places(window) == idle and window.card.title.text() == "Стоматология «Улыбка»"


def test_the_same_clinic_ringing_again_keeps_its_card_but_starts_at_the_top(
    qtbot, window: MainWindow, clock: Clock
) -> None:  # type: ignore[no-untyped-def]
    ring(window, "a", PL_LINE, clock)
    resets: list[str] = []
    window.card.specialists_model.modelReset.connect(lambda: resets.append("specialists"))
    window.outcome.specialist.model().rowsInserted.connect(lambda *_: resets.append("outcome lists"))
    window.card.services.verticalScrollBar().setValue(window.card.services.verticalScrollBar().maximum())
    assert window.card.services.verticalScrollBar().value() > 0
    hang_up(window, "a", clock)
    clock.advance(minutes=1)
    ring(window, "b", PL_LINE, clock)
    assert resets == []  # nothing of the card was built again
    assert window.card.services.verticalScrollBar().value() == 0
    assert window.card.line.text().endswith("+48 22 843 12 00")
    assert (
        window.outcome.isEnabled() and window.outcome.specialist.count() == len(window.card.view.card.specialists) + 1
    )
    hang_up(window, "b", clock)
    ring(window, "c", RU_LINE, clock)
    assert "specialists" in resets and "outcome lists" in resets  # another card: built, its lists too
    russian = window.card.view.card
    assert window.outcome.specialist.count() == len(russian.specialists) + 1
    assert window.outcome.specialist.itemText(1).startswith(russian.specialists[0].name)


def test_a_supervisors_change_reaches_the_card_kept_between_calls(qtbot, window: MainWindow, clock: Clock) -> None:  # type: ignore[no-untyped-def]
    ring(window, "a", PL_LINE, clock)
    hang_up(window, "a", clock)
    anna = window.services.auth.sign_in("anna", "demo")
    base = window.services.editor.load(anna, window.card.view.card.id)
    renamed = replace(base, card=replace(base.card, name="Med Centrum Mokotów — filia"))
    window.services.editor.save(anna, base, renamed)
    assert window.live.poll()
    assert window.card.title.text() == "Med Centrum Mokotów — filia"


def test_a_saved_call_leaves_the_whole_card_for_the_next_caller(qtbot, window: MainWindow, clock: Clock) -> None:  # type: ignore[no-untyped-def]
    ring(window, "a", PL_LINE, clock)
    window.answer()
    qtbot.keyClicks(window.card.search, "5 lat")
    assert window.card.specialists_proxy.rowCount() < len(window.card.view.card.specialists)
    window.outcome.choose(Outcome.INFO_ONLY)
    window.save()
    settled(qtbot, window)
    assert window.card.search.text() == "" and window.card.title.text() == "Med Centrum Mokotów"
    assert window.card.specialists_proxy.rowCount() == len(window.card.view.card.specialists)


def test_a_console_of_one_clinic_shows_its_card_from_the_start(qtbot, app, demo_db, clock: Clock) -> None:  # type: ignore[no-untyped-def]
    with demo_db.sessions.begin() as s:  # the other two demo clinics closed: one clinic's own database
        s.execute(update(ClinicRow).where(ClinicRow.name != "Med Centrum Mokotów").values(archived_at=clock.now))
    services = services_for(demo_db, clock)
    window = MainWindow(services, services.auth.sign_in("justyna", "demo"), region="PL", clock=clock)
    qtbot.addWidget(window)
    assert window.current_id is None and window.card.title.text() == "Med Centrum Mokotów"
    assert window.unknown_label.text().startswith("No call in progress")  # any other card can still be looked up
    assert not window.outcome.isEnabled()
