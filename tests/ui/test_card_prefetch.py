"""Every card is read ahead after start-up: no ring waits for a card, and a card is there even while the
database is away."""

from __future__ import annotations

from reception_console.domain.calls import CallEvent, EventKind, EventSource
from reception_console.storage.database import Database
from reception_console.ui.console.card_prefetch import CardPrefetch
from reception_console.ui.console.main_window import MainWindow
from tests.builders import services_for
from tests.conftest import RU_LINE, Clock
from tests.ui.test_outage import Outage


def test_the_window_reads_every_card_ahead(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: window.prefetch.done, timeout=5000)
    clinics = window.services.cards.prefetch_order()
    assert len(clinics) == 3
    assert window.prefetch.read == 3
    assert not any(window.services.cards.prefetch(clinic_id) for clinic_id in clinics)  # all cached already


def test_a_card_read_ahead_shows_on_a_ring_while_the_database_is_away(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, demo_db: Database, clock: Clock
) -> None:
    qtbot.waitUntil(lambda: window.prefetch.done, timeout=5000)
    outage = Outage(demo_db)
    outage.start()
    try:
        ring = CallEvent(EventKind.RING, "away", clock.now, EventSource.SOFTPHONE, RU_LINE, "+79161234567")
        window.receive_event(ring)
        assert window.outage.banner.isVisibleTo(window)
        assert window.card.title.text() == "Стоматология «Улыбка»"
    finally:
        outage.end()


def test_prefetch_waits_for_the_database_and_goes_on(qtbot, app, demo_db: Database, clock: Clock) -> None:  # type: ignore[no-untyped-def]
    cards = services_for(demo_db, clock).cards
    prefetch = CardPrefetch(cards, step_ms=1, retry_ms=50)
    outage = Outage(demo_db)
    outage.start()
    try:
        prefetch.start()
        qtbot.waitUntil(lambda: prefetch.timer.interval() == 50, timeout=2000)
        qtbot.wait(120)
        assert not prefetch.done and prefetch.read == 0
    finally:
        outage.end()
    with qtbot.waitSignal(prefetch.finished, timeout=3000) as finished:
        pass
    assert finished.args == [3]
    assert prefetch.done and not prefetch.timer.isActive()


def test_prefetch_stops_where_reading_a_card_is_slow(qtbot, app, demo_db: Database, clock: Clock) -> None:  # type: ignore[no-untyped-def]
    cards = services_for(demo_db, clock).cards
    prefetch = CardPrefetch(cards, step_ms=1, slow_step_ms=0.0, slow_reads=2)  # every read is slow here
    with qtbot.waitSignal(prefetch.finished, timeout=3000) as finished:
        prefetch.start()
    assert finished.args == [2] and prefetch.stopped_slow  # two slow reads in a row, then it gave up reading ahead
    clinics = cards.prefetch_order()
    assert [cards.prefetch(clinic_id) for clinic_id in clinics].count(True) == 1  # the third is read on demand


def test_prefetch_reads_no_more_cards_than_its_limit(qtbot, app, demo_db: Database, clock: Clock) -> None:  # type: ignore[no-untyped-def]
    cards = services_for(demo_db, clock).cards
    prefetch = CardPrefetch(cards, step_ms=1, max_cards=2)
    with qtbot.waitSignal(prefetch.finished, timeout=3000) as finished:
        prefetch.start()
    assert finished.args == [2] and not prefetch.stopped_slow
    assert [cards.prefetch(clinic_id) for clinic_id in cards.prefetch_order()] == [False, False, True]
