"""The actions the composition root adds to the console's toolbar (Settings…, Shared database…, Messages…, Monthly
test…) are buttons Tab reaches, like the toolbar's own."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QToolBar

from reception_console.platform.database_settings import SharedDatabase
from reception_console.platform.notify_settings import NotifySettings
from reception_console.ui.console.main_window import MainWindow
from reception_console.ui.database_dialog import DatabaseAction
from reception_console.ui.messages_settings import MessageSettingsAction
from reception_console.ui.monthly_test import MonthlyTestAction
from reception_console.ui.settings_dialog import SettingsAction
from reception_console.ui.toolbar import MAIN_TOOLBAR
from tests.ui.keyboard import Keyboard, focus_target


def test_tab_reaches_every_button_the_console_adds_to_its_toolbar(qtbot, window: MainWindow, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    config = tmp_path / "config.toml"
    added = [
        SettingsAction(window, config, ""),
        DatabaseAction(window, config, SharedDatabase()),
        MessageSettingsAction(window, config, NotifySettings(), lambda *_: None),
        MonthlyTestAction(window, lambda: window.services.training),
    ]
    bar = window.findChild(QToolBar, MAIN_TOOLBAR)
    buttons = {bar.widgetForAction(action): action for action in added if action.isVisible()}
    assert len(buttons) >= 3  # (the database's is an admin's: hidden for Justyna)
    keys = Keyboard(qtbot)
    reached = set()
    for _ in range(60):  # once round the window and back
        keys("<Tab>")
        if focus_target() in buttons:
            reached.add(focus_target())
    assert reached == set(buttons)
