"""What every screenshot script starts with: a private home, the app styled and translated, the demo database."""

from __future__ import annotations

import os
import sys
import tempfile
from dataclasses import dataclass
from typing import Any


@dataclass
class ShotSession:
    app: Any  # QApplication
    db: Any  # storage.database.Database
    services: Any  # services.console.ConsoleServices
    settings: Any
    translators: list[Any]


def start(language: str, prefix: str, theme: str = "system") -> ShotSession:
    os.environ["RECEPTION_CONSOLE_HOME"] = tempfile.mkdtemp(prefix=prefix)

    from PySide6.QtWidgets import QApplication

    from reception_console.app import build_services, open_prepared_database
    from reception_console.platform.i18n import install_translators
    from reception_console.platform.settings import load_settings
    from reception_console.ui.style import apply_style

    app = QApplication.instance() or QApplication(sys.argv[:1])
    from reception_console.ui.theme import Theme

    apply_style(app, Theme.of(theme))
    translators = install_translators(app, language)
    settings = load_settings()
    db = open_prepared_database(settings, load_demo=True)
    return ShotSession(app, db, build_services(db, settings), settings, translators)
