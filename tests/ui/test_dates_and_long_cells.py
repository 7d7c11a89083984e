"""One unambiguous form of a date per language, everywhere in the console and the dashboard: 5 Dec 2026,
5.12.2026, 05.12.2026 — never 12/5/26 (the 12th of May to a Pole) beside 2026-12-05."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from PySide6.QtWidgets import QApplication

from reception_console.ui import formatting as fmt
from reception_console.ui import report_format as rf
from reception_console.ui.dashboard.window import DashboardWindow
from tests.conftest import Clock
from tests.i18n.speaking import speaking
from tests.ui import test_dashboard

seeded = test_dashboard.seeded
EXPECTED = {"en": "5 Dec 2026", "pl": "5.12.2026", "ru": "05.12.2026"}


@pytest.mark.parametrize("language", ["en", "pl", "ru"])
def test_a_date_reads_one_way_per_language(app: QApplication, language: str) -> None:
    with speaking(app, language):
        at = datetime(2026, 12, 5, 9, 30, tzinfo=UTC)
        assert rf.day(date(2026, 12, 5)) == EXPECTED[language]
        assert fmt.date_time(at).startswith(EXPECTED[language] + " ")  # then the time, in the language's way
        assert fmt.date_time_input_format().startswith(fmt.date_format())


def test_the_dashboard_writes_its_period_as_the_console_does(qtbot, app: QApplication, seeded, clock: Clock) -> None:  # type: ignore[no-untyped-def]
    with speaking(app, "pl"):
        window: DashboardWindow = test_dashboard.open_dashboard(qtbot, seeded, clock)
        assert window.first.text() == "1.11.2026"  # the month so far, from the 1st (not 2026-11-01)
        assert window.last.text() == rf.day(clock.now.date())


def test_a_long_cell_shows_whole_on_hover_and_beside_the_title_when_its_row_is_selected(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    window.browse(next(iter(window.clinic_names())))
    table = window.card.specialists
    notes = max(range(table.model().rowCount()), key=lambda r: len(str(table.model().index(r, 4).data())))
    cell = table.model().index(notes, 4)
    assert table.visualRect(cell).width() < table.fontMetrics().horizontalAdvance(str(cell.data()))  # cut on screen
    assert str(cell.data()) in str(cell.data(Qt.ItemDataRole.ToolTipRole))  # whole on hover
    table.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is table)
    for _ in range(notes + 1):  # down the rows by keyboard to the one with the longest note
        if table.currentIndex().row() == notes:
            break
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down)
    assert table.currentIndex().row() == notes
    detail = window.card.specialist_detail
    assert str(cell.data()) in detail.text() and str(table.model().index(notes, 0).data()) in detail.text()
    assert detail.toolTip() == detail.text()  # and whole on hover when the line is too short for it
