"""Text reads on a light and on a dark desktop: the console between calls and with a call ringing past the
service level, and the dashboard, rendered under each palette; every label and list row measured against WCAG's
contrast (4.5:1 for body text, 3:1 for large titles)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from reception_console.domain.calls import CallEvent, EventKind, EventSource
from reception_console.domain.errors import StorageUnavailableError
from reception_console.storage.database import Database
from reception_console.ui.style import apply_style
from reception_console.ui.theme import Theme, is_dark
from tests.builders import services_for
from tests.conftest import EN_LINE, PL_LINE, Clock
from tests.ui import test_dashboard
from tests.ui.conftest import console_on_screen
from tests.ui.seeing import Seen, labels, rows, too_faint

seeded = test_dashboard.seeded


@pytest.fixture(params=[Theme.LIGHT, Theme.DARK])
def themed(request, app: QApplication) -> Iterator[Theme]:  # type: ignore[no-untyped-def]
    # windows closed by earlier tests are deleted first: a new style re-polishes every widget still alive
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QApplication.processEvents()
    apply_style(app, request.param)
    assert is_dark() == (request.param is Theme.DARK)
    yield request.param
    apply_style(app, Theme.SYSTEM)


def seen_in(window: QWidget, *views_and_insets: tuple[QWidget, int]) -> list[Seen]:
    QApplication.processEvents()
    image = window.grab().toImage()
    seen = labels(window, image)
    for view, inset in views_and_insets:
        seen += rows(view, window, image, inset=inset)  # type: ignore[arg-type]
    return seen


def test_the_console_reads_on_either_palette(qtbot, themed: Theme, demo_db: Database, clock: Clock) -> None:  # type: ignore[no-untyped-def]
    services = services_for(demo_db, clock)
    window = console_on_screen(qtbot, services, clock)
    window.browse(window.services.cards.lines()[0].clinic_id)
    between = seen_in(window, (window.card.specialists, 2))
    assert any("clinicName" in s.what for s in between) and any("specialists" not in s.what for s in between)

    window.receive_event(CallEvent(EventKind.RING, "a", clock.now, EventSource.SOFTPHONE, PL_LINE, "+48600111222"))
    window.receive_event(CallEvent(EventKind.RING, "b", clock.now, EventSource.SOFTPHONE, EN_LINE, "+447700900123"))
    clock.advance(seconds=12)  # both past the 9 s of the service level
    window.answer()  # the first one answered; the second waits too long
    window._on_tick()
    assert window.calls_model.waiting_too_long(window.calls_model.calls()[1])
    window.card.search.setText("5")
    ringing = seen_in(window, (window.calls, 6), (window.card.specialists, 2), (window.card.services, 2))
    assert sum("calls row" in s.what.replace("QListView", "calls") for s in ringing) == 2
    window.outage.failed(StorageUnavailableError("database is locked"))
    outage = seen_in(window)
    assert any("outage" in s.what for s in outage)
    problems = too_faint(between + ringing + outage)
    assert not problems, "\n".join(problems)


def test_the_dashboard_reads_on_either_palette(qtbot, themed: Theme, seeded, clock: Clock) -> None:  # type: ignore[no-untyped-def]
    window = test_dashboard.open_dashboard(qtbot, seeded, clock)
    window.resize(1366, 740)
    seen = seen_in(window, (window.people_view, 2), (window.reasons_view, 2))
    assert any("tileValue" in s.what for s in seen)
    window.tabs.setCurrentIndex(1)
    seen += seen_in(window, (window.grid_view, 2))
    problems = too_faint(seen)
    assert not problems, "\n".join(problems)


def test_settings_offer_system_light_and_dark(qtbot, app: QApplication, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from reception_console.platform.paths import Paths
    from reception_console.platform.settings import load_settings
    from reception_console.ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(tmp_path / "config.toml", "", "en")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    box = dialog.theme_box
    assert [box.itemData(i) for i in range(box.count())] == ["system", "light", "dark"]
    qtbot.keyClick(box, Qt.Key.Key_End)  # the last choice: Dark
    dialog.save()
    assert dialog.theme is Theme.DARK
    assert load_settings(Paths(tmp_path, tmp_path, tmp_path, None)).theme == "dark"
    try:
        apply_style(app, dialog.theme)  # what the toolbar's Settings… does with it
        assert is_dark()
    finally:
        apply_style(app, Theme.SYSTEM)
    assert not is_dark()


def test_practice_reads_on_either_palette(qtbot, themed: Theme, demo_db: Database, clock: Clock) -> None:  # type: ignore[no-untyped-def]
    """The practice banner (title, scenario, the patient's line, the greeting box) on the console and a dialog's."""
    from PySide6.QtWidgets import QDialog, QVBoxLayout

    from reception_console.ui.theme import colour, contrast

    services = services_for(demo_db, clock)
    window = console_on_screen(qtbot, services, clock)
    clinic_id = next(line.clinic_id for line in services.cards.lines() if line.number == PL_LINE)
    window.practice.start(clinic_id, services.training.scenarios(clinic_id)[0])
    window.answer()
    seen = seen_in(window)
    banner = [s for s in seen if "practice" in s.what or "patientLine" in s.what]
    assert {"practiceTitle", "practiceScenario", "patientLine"} <= {s.what.split()[1] for s in banner}
    dialog = QDialog(window)
    QVBoxLayout(dialog).addWidget(QLabel("…"))
    dialog.show()
    qtbot.waitExposed(dialog)
    seen += [s for s in seen_in(dialog) if "practice" in s.what]
    problems = too_faint(seen)
    assert not problems, "\n".join(problems)
    frame = colour("practice_frame")  # the frame stands out from the window around it (WCAG's 3:1 for graphics)
    assert contrast(frame, window.palette().window().color()) >= 3
    dialog.close()
    window.practice.back_to_live()
