from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog

from reception_console.platform.i18n import install_translators
from reception_console.storage.database import Database
from reception_console.ui.console.main_window import MainWindow
from reception_console.ui.style import apply_style
from reception_console.ui.supervisor_windows import supervisor_windows
from tests.builders import services_for
from tests.conftest import Clock


@pytest.fixture
def app(qapp: QApplication) -> QApplication:
    apply_style(qapp)
    translators = install_translators(qapp, "en")
    yield qapp
    for translator in translators:
        qapp.removeTranslator(translator)


@pytest.fixture
def window(qtbot, app, demo_db: Database, clock: Clock) -> MainWindow:  # type: ignore[no-untyped-def]
    services = services_for(demo_db, clock)
    person = services.auth.sign_in("justyna", "demo")
    win = MainWindow(
        services, person, region="PL", clock=clock, supervisor_windows=supervisor_windows_for(services, clock)
    )
    qtbot.addWidget(win)
    win.resize(1366, 740)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    return win


def console_on_screen(qtbot, services, clock: Clock) -> MainWindow:  # type: ignore[no-untyped-def]
    """Justyna's console at 1366×740, shown (closed by qtbot at the end of the test)."""
    window = MainWindow(services, services.auth.sign_in("justyna", "demo"), clock=clock, database_label="Embedded")
    qtbot.addWidget(window)
    window.resize(1366, 740)
    window.show()
    qtbot.waitExposed(window)
    return window


def supervisor_windows_for(services, clock: Clock):  # type: ignore[no-untyped-def]
    """The editor and dashboard a console opens, wired as the application wires them."""
    return supervisor_windows(services, region="PL", clock=clock, ui_state=None)


def when_dialog_opens(qtbot, act: Callable[[QDialog], None]) -> None:  # type: ignore[no-untyped-def]
    """Run `act` on the next modal dialog as soon as it is shown (exec() blocks the test otherwise)."""

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QDialog) and dialog.isVisible():
            act(dialog)
        else:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)


def type_text(widget, text: str) -> None:  # type: ignore[no-untyped-def]
    """Type any text, Polish and Cyrillic included (QTest.keyClicks takes ASCII only)."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    for ch in text:
        QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier)
