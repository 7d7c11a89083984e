"""The clinic's facts at the top of the card are whole on a 1366×768 laptop: the demo clinics' parking (the
longest, asked mid-call) and opening hours lose no line in the clinic's own language, and the hours give the
parking the width they do not need. (At 125 % on such a screen the card is narrower still: what does not fit is
whole on hover and under Directions, Ctrl+G.)"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from reception_console.domain.calls import CallEvent, EventKind, EventSource
from reception_console.storage.database import Database
from reception_console.ui.console.clinic_facts import ClinicFacts
from reception_console.ui.console.main_window import MainWindow
from tests.builders import services_for
from tests.conftest import EN_LINE, PL_LINE, RU_LINE, Clock
from tests.i18n.speaking import speaking


@pytest.mark.parametrize(("language", "line"), [("pl", PL_LINE), ("ru", RU_LINE), ("en", EN_LINE)])
def test_parking_and_hours_are_whole_on_a_laptop(  # type: ignore[no-untyped-def]
    qtbot, app: QApplication, demo_db: Database, clock: Clock, language: str, line: str
) -> None:
    with speaking(app, language, None):
        services = services_for(demo_db, clock)
        window = MainWindow(services, services.auth.sign_in("justyna", "demo"), clock=clock, database_label="x")
        qtbot.addWidget(window)
        window.resize(1366, 740)
        window.show()
        qtbot.waitExposed(window)
        window.receive_event(CallEvent(EventKind.RING, "a", clock.now, EventSource.SOFTPHONE, line, "+48600111222"))
        QApplication.processEvents()
        facts = window.card.facts
        assert facts.parking.text() and facts.hours.text()
        for label in (facts.address, facts.parking, facts.hours):
            assert not label.is_cut(), f"{label.text()!r} is cut at {label.width()} px"
        assert facts.hours.width() < facts.parking.width()


def test_the_hours_wrap_before_parking_loses_a_line(qtbot) -> None:  # type: ignore[no-untyped-def]
    facts = ClinicFacts()
    qtbot.addWidget(facts)
    facts.resize(620, 200)
    facts.show()
    parking = " ".join(["Parking behind the building, entrance by the pharmacy gate"] * 4)
    hours = "Mon–Fri 7:30–20:00 (on public holidays the doctor on duty only, acute pain)"
    facts.set_texts("1 Main St", "Tram 4", parking, hours)
    QApplication.processEvents()
    assert facts.hours.width() < facts.hours.natural_width()  # narrower than its one long line …
    assert not facts.parking.is_cut() and not facts.hours.is_cut()  # … so that both are whole


def test_a_short_parking_leaves_the_hours_on_one_line_each(qtbot) -> None:  # type: ignore[no-untyped-def]
    facts = ClinicFacts()
    qtbot.addWidget(facts)
    facts.resize(900, 200)
    facts.show()
    facts.set_texts("1 Main St", "Tram 4", "Free, behind the clinic.", "Mon–Fri 7:30–20:00 (doctor on duty at night)")
    QApplication.processEvents()
    assert facts.hours.lines_needed(facts.hours.width()) == 1
