"""The admin's Shared database… dialog: typed where the focus is, saved to config.toml, the password only in the
keyring."""

from __future__ import annotations

from pathlib import Path

import keyring
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from reception_console.platform.database_settings import SharedDatabase, keyring_user
from reception_console.platform.paths import Paths
from reception_console.platform.settings import load_settings
from reception_console.ui.database_dialog import DatabaseDialog

SECRET = "Kiosk-Haslo-7"


def type_here(qtbot, text: str) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClicks(QApplication.focusWidget(), text)


def test_the_dialog_keeps_the_place_in_config_and_the_password_in_the_keyring(qtbot, app, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    paths = Paths(tmp_path / "data", tmp_path / "config", tmp_path / "logs", None)
    config = paths.config / "config.toml"
    dialog = DatabaseDialog(config, SharedDatabase())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.host)
    type_here(qtbot, "db.callcentre.local")
    dialog.save()  # no database yet: refused, nothing written
    assert dialog.error.isVisible() and not config.exists()
    dialog.name.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.name)
    type_here(qtbot, "reception")
    dialog.sslmode.setCurrentIndex(dialog.sslmode.findData("require"))
    dialog.login.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.login)
    type_here(qtbot, "desk-7")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    type_here(qtbot, SECRET)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert dialog.result() == DatabaseDialog.DialogCode.Accepted
    shared = load_settings(paths).shared
    assert (shared.host, shared.name, shared.sslmode, shared.unattended_login) == (
        "db.callcentre.local",
        "reception",
        "require",
        "desk-7",
    )
    assert keyring.get_password("ReceptionConsole", keyring_user(shared.url(), "desk-7")) == SECRET
    assert SECRET not in config.read_text()
